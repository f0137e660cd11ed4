"""The hub as a researcher uses it, in a real browser: from the themes navigator to a sub-theme,
into the database view filtered by it, two clauses ticked and compared side by side, and the
BibTeX citation of one downloaded."""

import re

import pytest

from clauses.models import Clause

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_a_reader_goes_from_a_theme_to_a_comparison_and_a_citation(
    browser_page, live_server, demo_content
):
    page = browser_page
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(f"{live_server.url}/en/hub/")

    navigator = page.locator("nav.themes-nav")
    theme = navigator.locator("details").first
    assert theme.get_attribute("open") is None
    theme.locator("summary").click()  # opens without JavaScript's help: <details>
    assert theme.get_attribute("open") is not None

    # The first sub-theme of the theme with at least two clauses.
    links = theme.locator(".themes-nav__subtheme")
    counts = [
        int(links.nth(i).locator(".count [aria-hidden]").inner_text()) for i in range(links.count())
    ]
    chosen = next(i for i, count in enumerate(counts) if count >= 2)
    subtheme = links.nth(chosen).locator("a")
    name = subtheme.inner_text()
    subtheme.click()
    page.wait_for_url(re.compile(r".*/en/hub/database/\?.*subtheme="))
    assert page.locator(f'nav.themes-nav a[aria-current="true"]:has-text("{name}")').count() == 1

    hits = page.locator(".search-results .search-hit")
    # The navigator's count is what the database view finds.
    assert f"{counts[chosen]} clauses" in page.locator("main").inner_text()
    picked = []
    for i in range(2):
        hit = hits.nth(i)
        picked.append(re.search(r"DBH-\d+", hit.locator("h3 a").get_attribute("href")).group(0))
        hit.locator('input[name="c"]').check()
    page.get_by_role("button", name="Compare the ticked clauses").click()
    page.wait_for_url(re.compile(r".*/en/hub/compare/\?c=DBH-\d+&c=DBH-\d+"))

    table = page.locator("main table")
    for identifier in picked:
        clause = Clause.objects.get(identifier=identifier, locale__language_code="en")
        column = table.locator(f'td[data-clause="{identifier}"]')
        assert column.count() > 1  # one cell per compared field
        assert clause.title in table.inner_text()

    table.get_by_role(
        "link", name=Clause.objects.get(identifier=picked[0], locale__language_code="en").title
    ).click()
    page.wait_for_url(f"**/en/hub/clauses/{picked[0]}/")
    with page.expect_download() as download:
        page.get_by_role("link", name="BibTeX").click()
    assert download.value.suggested_filename == f"{picked[0]}.bib"
    bibtex = open(download.value.path(), encoding="utf-8").read()
    assert bibtex.lstrip().startswith("@")
    assert picked[0] in bibtex
    assert f"/en/hub/clauses/{picked[0]}/" in bibtex
