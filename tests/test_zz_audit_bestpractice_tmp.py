import json
import pytest
from axe_playwright_python.sync_playwright import Axe
from tests.page_types import ERROR_URLCONF, open_in_browser, visits


@pytest.mark.browser
@pytest.mark.urls(ERROR_URLCONF)
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_bp(browser, live_server, demo_content, settings):
    settings.RATELIMIT_ENABLED = False
    out = []
    for width in (1280, 375):
        ctx = browser.new_context(viewport={"width": width, "height": 900})
        page = ctx.new_page()
        for language in ("en", "fr", "ar"):
            for visit in visits(language)[0]:
                open_in_browser(page, live_server.url, visit)
                r = Axe().run(page, options={"runOnly": {"type": "tag", "values": ["best-practice"]}, "resultTypes": ["violations"]})
                for v in r.response["violations"]:
                    out.append({"url": visit.url, "width": width, "id": v["id"], "impact": v["impact"], "help": v["help"], "targets": [" ".join(map(str, n["target"])) for n in v["nodes"]]})
        ctx.close()
    json.dump(out, open("/tmp/auditbp/bp.json", "w"), indent=1)
