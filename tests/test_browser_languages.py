"""Languages in a real browser: the Arabic overview page mirrors, and the language switcher leads
to the English version of the same page; an Arabic reader goes from the home page to a clause
and a tool's step, right to left with the Arabic interface; a Portuguese reader finds the course
in the menu."""

import pytest
from django.utils import translation
from django.utils.translation import gettext, pgettext
from wagtail.models import Locale

from home.models import ProjectPage
from workshops.models import WorkshopIndexPage

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_arabic_overview_page_is_right_to_left(browser_page, live_server, demo_content):
    arabic = ProjectPage.objects.get(locale=Locale.objects.get(language_code="ar"))
    english = ProjectPage.objects.get(locale=Locale.objects.get(language_code="en"))
    browser_page.set_viewport_size({"width": 1200, "height": 800})
    browser_page.goto(f"{live_server.url}{arabic.url}")
    assert browser_page.locator("html").get_attribute("dir") == "rtl"

    items = browser_page.locator(".main-nav li")
    first_item = items.first.bounding_box()
    width = browser_page.viewport_size["width"]
    # The main navigation starts at the right edge and runs leftwards.
    assert first_item["x"] + first_item["width"] > width - 100
    if items.count() > 1:
        assert items.nth(1).bounding_box()["x"] < first_item["x"]
    site_name = browser_page.locator(".site-name").bounding_box()
    assert site_name["x"] > width / 2

    browser_page.locator('.language-switcher a[hreflang="en"]').click()
    browser_page.wait_for_load_state()
    assert browser_page.url == f"{live_server.url}{english.url}"
    assert browser_page.locator("html").get_attribute("dir") == "ltr"
    assert browser_page.locator("h1").inner_text() == english.title


def _in(code, text, context=None):
    with translation.override(code):
        return pgettext(context, text) if context else gettext(text)


def _right_to_left_in_arabic(page):
    assert page.locator("html").get_attribute("lang") == "ar"
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator(".site-header button[type=submit]").inner_text() == _in("ar", "Search")


def test_an_arabic_reader_goes_from_home_to_a_tool_step_right_to_left(
    browser_page, live_server, demo_content
):
    page = browser_page
    page.set_viewport_size({"width": 1200, "height": 800})
    page.goto(f"{live_server.url}/ar/")
    _right_to_left_in_arabic(page)

    menu = page.locator(".main-nav")
    menu.get_by_role("link", name=_in("ar", "Digital Bargaining Hub", "main menu")).click()
    page.wait_for_url("**/ar/hub/")
    _right_to_left_in_arabic(page)

    page.get_by_role("link", name=_in("ar", "Browse the database")).click()
    page.wait_for_url("**/ar/hub/database/")
    _right_to_left_in_arabic(page)
    first = page.locator(".search-results .search-hit h3 a").first
    title = first.inner_text()
    first.click()
    page.wait_for_url("**/ar/hub/clauses/DBH-*/")
    _right_to_left_in_arabic(page)
    assert title in page.locator("main").inner_text()

    menu = page.locator(".main-nav")
    menu.get_by_role("link", name=_in("ar", "Tools", "main menu")).click()
    page.wait_for_url("**/ar/tools/")
    _right_to_left_in_arabic(page)
    page.locator('a[href$="/ar/tools/digital-impact-framework/"]').first.click()
    page.wait_for_url("**/ar/tools/digital-impact-framework/")
    page.get_by_role("link", name=_in("ar", "Take the self-assessment")).click()
    page.wait_for_url("**/ar/tools/digital-impact-framework/assess/")
    _right_to_left_in_arabic(page)
    # The tool is not translated into Arabic yet: its text is marked as English, left to right.
    heading = page.locator("main h1")
    assert heading.get_attribute("lang") == "en" and heading.get_attribute("dir") == "ltr"
    assert heading.evaluate("e => getComputedStyle(e).direction") == "ltr"
    assert page.locator("main").evaluate("e => getComputedStyle(e).direction") == "rtl"


def test_a_portuguese_reader_finds_the_course_in_the_menu(browser_page, live_server, demo_content):
    page = browser_page
    page.goto(f"{live_server.url}/pt/")
    assert page.locator("html").get_attribute("lang") == "pt"
    page.locator(".main-nav").get_by_role("link", name=_in("pt", "Course", "main menu")).click()
    page.wait_for_url("**/pt/course/")
    heading = page.locator("main h1")
    assert heading.get_attribute("lang") is None  # the course is translated into Portuguese
    course = WorkshopIndexPage.objects.get(locale__language_code="pt")
    assert heading.inner_text() == course.title
    assert page.locator(".main-nav a[aria-current=page]").inner_text() == _in(
        "pt", "Course", "main menu"
    )
