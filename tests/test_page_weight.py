"""Page weight: every type of page (tests/page_types.py), in English and Arabic, weighs less than
100 KB of HTML (inline SVG included) plus the site's CSS and JavaScript that it links to; the
hub's landing page, with its charts, less than 150 KB. Sizes are the bytes as sent before
compression. And no page asks any other host for anything."""

from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest

from tests.browser_helpers import PolicyWatch
from tests.page_types import ERROR_URLCONF, open_in_browser, visits

LANGUAGES = ["en", "ar"]
BUDGET = 100_000
BUDGETS = {"hub: landing": 150_000}


class LinkedFiles(HTMLParser):
    """The addresses of the stylesheets and scripts a page links to."""

    def __init__(self):
        super().__init__()
        self.found = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "link" and "stylesheet" in (attrs.get("rel") or "").split() and attrs.get("href"):
            self.found.append(attrs["href"])
        elif tag == "script" and attrs.get("src"):
            self.found.append(attrs["src"])


@pytest.mark.browser
@pytest.mark.urls(ERROR_URLCONF)
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_every_page_type_is_light_and_asks_no_other_host(
    browser_page, live_server, demo_content, settings
):
    settings.RATELIMIT_ENABLED = False
    watch = PolicyWatch(browser_page, live_server.url)
    sizes = {}  # a linked file's address -> its size

    def size_of(address):
        if address not in sizes:
            sizes[address] = len(browser_page.request.get(address).body())
        return sizes[address]

    too_heavy, foreign_files, weights = [], [], []
    for language in LANGUAGES:
        to_visit, problems = visits(language)
        assert not problems, problems
        for visit in to_visit:
            response = open_in_browser(browser_page, live_server.url, visit)
            browser_page.wait_for_load_state("load")
            html = response.body()
            parser = LinkedFiles()
            parser.feed(html.decode("utf-8"))
            files = [urljoin(response.url, href) for href in parser.found]
            foreign_files += [f for f in files if not f.startswith(live_server.url + "/")]
            linked = sum(size_of(f) for f in files if f.startswith(live_server.url + "/"))
            weight = len(html) + linked
            where = f"{urlsplit(response.url).path} ({visit.label})"
            weights.append((weight, where))
            budget = BUDGETS.get(visit.label, BUDGET)
            if weight >= budget:
                too_heavy.append(
                    f"{where}: {weight:,} bytes "
                    f"(HTML {len(html):,}, CSS and JS {linked:,}), budget {budget:,}"
                )
    # The heaviest pages, shown with the test's output (pytest -rP) or when it fails.
    print(
        "\n".join(f"{weight:>9,} {where}" for weight, where in sorted(weights, reverse=True)[:15])
    )
    assert not foreign_files, f"files linked from other hosts: {foreign_files}"
    foreign = sorted({urlsplit(url).netloc for url in watch.foreign_requests})
    assert not foreign, f"requests to other hosts: {foreign}: {watch.foreign_requests[:10]}"
    assert not too_heavy, "pages over their weight budget:\n" + "\n".join(too_heavy)
