"""The clause database's layout in a real browser, on the demo site: the first result in the
first screen of a laptop (the filters in a column beside the results) and within two screens
of a phone (the filters closed in a disclosure); with JavaScript, a filter applies when it is
chosen, the focus lands on the results' heading after a search, and the active filters are
chips that remove them; a "Skip to results" link leads to the results."""

import re
from urllib.parse import parse_qs, urlparse

import pytest

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

LAPTOP = {"width": 1280, "height": 800}
PHONE = {"width": 375, "height": 812}

# The first result's box, from the top of the document (whatever the page has scrolled to).
FIRST_RESULT = """() => {
    const box = document.querySelector('.search-results .search-hit').getBoundingClientRect();
    return {top: box.top + window.scrollY, bottom: box.bottom + window.scrollY};
}"""


def query(page):
    return parse_qs(urlparse(page.url).query)


def focused_id(page):
    return page.evaluate("document.activeElement && document.activeElement.id")


def test_on_a_laptop_the_first_result_is_in_the_first_screen_beside_the_filters(
    browser_page, live_server, demo_content
):
    page = browser_page
    page.set_viewport_size(LAPTOP)
    for language in ("en", "ar"):
        page.goto(f"{live_server.url}/{language}/hub/database/?q=GPS")
        assert page.locator(".search-results .search-hit").count() > 0
        assert page.evaluate(FIRST_RESULT)["bottom"] <= LAPTOP["height"], language
        # The filters are a column at the start side: left in English, right in Arabic; no
        # "Filters" button to open them.
        filters = page.locator(".hub-database__filters").bounding_box()
        results = page.locator(".search-results").bounding_box()
        if language == "en":
            assert filters["x"] + filters["width"] <= results["x"]
        else:
            assert results["x"] + results["width"] <= filters["x"]
        assert filters["y"] < results["y"] + results["height"]  # side by side
        assert page.locator("#id_type").is_visible()
        assert page.locator(".hub-database__filters > summary").is_hidden()
        # The query box comes first in the results' column.
        assert page.locator("#id_q").bounding_box()["y"] < results["y"]

    # "Skip to results", early in the tab order, out of sight until focused.
    page.goto(f"{live_server.url}/en/hub/database/")
    skip = page.get_by_role("link", name="Skip to results")
    assert skip.get_attribute("href") == "#results-heading"
    assert skip.bounding_box()["height"] <= 1
    for _press in range(30):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.textContent.trim()") == "Skip to results":
            break
    else:
        pytest.fail("the skip link is not within the first 30 Tab presses")
    assert skip.bounding_box()["height"] >= 24
    page.keyboard.press("Enter")
    assert focused_id(page) == "results-heading"
    page.keyboard.press("Tab")
    assert page.evaluate("!!document.activeElement.closest('.search-results')"), (
        "the next Tab stop is in the results"
    )


def test_on_a_phone_the_results_come_first_and_the_filters_open_from_a_disclosure(
    browser_page, live_server, demo_content
):
    page = browser_page
    page.set_viewport_size(PHONE)
    for language in ("en", "ar"):
        page.goto(f"{live_server.url}/{language}/hub/database/?q=GPS")
        assert page.evaluate(FIRST_RESULT)["top"] <= 2 * PHONE["height"], language

    page.goto(f"{live_server.url}/en/hub/database/?q=GPS&type=agreement_clause")
    filters = page.locator("details.hub-database__filters")
    assert filters.get_attribute("open") is None
    assert page.locator("#id_type").is_hidden()
    summary = page.locator("details.hub-database__filters > summary")
    assert re.fullmatch(r"Filters\s+1 active", summary.inner_text().strip())
    summary.click()
    assert filters.get_attribute("open") is not None
    assert page.locator("#id_type").is_visible()
    assert page.locator("#id_type").input_value() == "agreement_clause"
    assert filters.get_by_text("The results change as soon as you choose a filter.").is_visible()
    # The opened filters come before the results, and push them down.
    assert filters.bounding_box()["y"] < page.locator(".search-results").bounding_box()["y"]


def test_without_javascript_the_filters_open_and_apply_with_their_button(
    browser, live_server, demo_content
):
    context = browser.new_context(java_script_enabled=False, viewport=PHONE)
    page = context.new_page()
    page.goto(f"{live_server.url}/en/hub/database/?q=GPS")
    page.locator("details.hub-database__filters > summary").click()  # a <details>: no script
    page.select_option("#id_type", "agreement_clause")
    assert "type" not in query(page)  # nothing happens until the button
    with page.expect_navigation():
        page.get_by_role("button", name="Apply the filters").click()
    assert query(page)["type"] == ["agreement_clause"] and query(page)["q"] == ["GPS"]
    assert page.get_by_role("link", name=re.compile(r"^Clause type: Collective")).count() == 1
    # On a laptop the filters are the column beside the results, open without a script.
    page.set_viewport_size(LAPTOP)
    assert page.locator("#id_type").is_visible()
    assert page.evaluate(FIRST_RESULT)["bottom"] <= LAPTOP["height"]
    context.close()


def test_with_javascript_a_filter_applies_when_chosen_and_the_focus_goes_to_the_results(
    browser_page, live_server, demo_content
):
    page = browser_page
    page.set_viewport_size(LAPTOP)
    page.goto(f"{live_server.url}/en/hub/database/")
    assert focused_id(page) != "results-heading"  # arriving on the page is not a search

    page.locator("#id_q").fill("data")
    page.locator("#id_q").press("Enter")
    page.wait_for_url(re.compile(r".*/en/hub/database/\?.*q=data"))
    assert focused_id(page) == "results-heading"  # after a search
    assert page.locator("#results-heading").inner_text() == "Results"
    before = page.locator(".search-results .search-hit").count()

    with page.expect_navigation():
        page.select_option("#id_type", "model_clause")  # no button pressed
    assert query(page)["type"] == ["model_clause"] and query(page)["q"] == ["data"]
    assert focused_id(page) == "results-heading"
    chip = page.get_by_role("link", name=re.compile(r"^Clause type: Model clause\b.*remove"))
    assert chip.count() == 1
    metas = page.locator(".search-results .search-hit .meta").all_inner_texts()
    assert metas and all(" · Model clause" in meta for meta in metas)

    with page.expect_navigation():
        page.get_by_label("All languages").check()  # a radio button applies at once too
    assert query(page)["language"] == ["all"] and query(page)["type"] == ["model_clause"]

    with page.expect_navigation():
        chip.click()
    assert "type" not in query(page) and query(page)["language"] == ["all"]
    assert page.get_by_role("link", name=re.compile(r"^Clause type:")).count() == 0
    assert page.locator("#id_type").input_value() == ""
    assert page.locator(".search-results .search-hit").count() >= before

    # Moving through a filter's choices with the keyboard does not reload the page at each
    # step (WCAG 3.2.2, on input); Enter applies the choice.
    page.get_by_label("All languages").focus()
    page.keyboard.press("ArrowUp")  # the language before "All languages"
    page.wait_for_timeout(700)
    assert query(page)["language"] == ["all"]
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert query(page)["language"] not in (["all"], [""])
