"""axe-core's WCAG 2.2 AA rules on every type of page (tests/page_types.py: every page model of
the project, every route of the hub and of the interactive tools, site search, the error pages),
in English, French and Arabic, 1280 and 375 px wide: no violation, with no rule disabled and no
element excluded; axe's landmark-unique rule (best practice) runs too."""

from collections import defaultdict

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.page_types import ERROR_URLCONF, missing_samples, open_in_browser, visits

LANGUAGES = ["en", "fr", "ar"]
WIDTHS = [1280, 375]
AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]},
    # Not tagged WCAG but named by the design issue: two landmarks of one kind need two names.
    "rules": {"landmark-unique": {"enabled": True}},
    "resultTypes": ["violations"],
}


def test_every_route_has_a_sample_page():
    """A new route of the hub or of a tool needs a sample in tests/page_types.py (or to be
    declared a download), so that the accessibility and validity checks reach it."""
    without_sample, unknown = missing_samples()
    assert not without_sample, f"routes with no sample in tests/page_types.py: {without_sample}"
    assert not unknown, f"samples in tests/page_types.py for routes that are gone: {unknown}"


@pytest.fixture(scope="module")
def pages_by_width(browser):
    """One browser context per width, its page reused for every address."""
    contexts = [browser.new_context(viewport={"width": w, "height": 900}) for w in WIDTHS]
    yield {width: context.new_page() for width, context in zip(WIDTHS, contexts, strict=True)}
    for context in contexts:
        context.close()


def describe(found):
    """The violations grouped by rule: impact, what it asks, and each page and element."""
    lines = []
    for (rule, impact, help_text), where in sorted(found.items()):
        lines.append(f"\n{rule} ({impact}): {help_text}")
        lines += [f"    {url} @{width}px: {', '.join(targets)}" for url, width, targets in where]
    return "".join(lines)


@pytest.mark.browser
@pytest.mark.urls(ERROR_URLCONF)
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.parametrize("language", LANGUAGES)
def test_no_axe_violations_on_any_page_type(
    language, pages_by_width, live_server, demo_content, settings
):
    settings.RATELIMIT_ENABLED = False
    to_visit, problems = visits(language)
    assert not problems, problems
    axe = Axe()
    found, wrong_status = defaultdict(list), []
    for width, page in pages_by_width.items():
        for visit in to_visit:
            response = open_in_browser(page, live_server.url, visit)
            if response.status != visit.sample.status:
                wrong_status.append((visit.url, response.status))
            for violation in axe.run(page, options=AXE_OPTIONS).response["violations"]:
                key = (violation["id"], violation["impact"], violation["help"])
                targets = [" ".join(map(str, node["target"])) for node in violation["nodes"]]
                found[key].append((visit.url, width, targets))
    assert not wrong_status, f"unexpected status codes: {wrong_status}"
    assert not found, f"axe found violations in {language}:{describe(found)}"
