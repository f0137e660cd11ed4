"""The site's chrome in a real browser: on a phone the header is one compact bar whose menu opens
without JavaScript and whose languages are one tap away; the focus ring stands out on every
background it meets; links in menus and lists are targets of at least 24 px; a card is a link
all over, and card grids leave no card alone on its last row."""

import re

import pytest
from django.utils import translation
from django.utils.translation import gettext
from wagtail.models import Locale

from workshops.models import ToolPage, WorkshopPage

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PHONE = {"width": 375, "height": 812}
LAPTOP = {"width": 1280, "height": 800}
MAX_HEADER = 0.2 * PHONE["height"]  # the header and the closed menu: at most 20 % of the screen


def _workshop_url(code):
    return WorkshopPage.objects.live().filter(locale__language_code=code).order_by("path")[0].url


def _phone_paths():
    return [
        path
        for code in ("en", "ar")
        for path in (f"/{code}/", _workshop_url(code), f"/{code}/hub/database/")
    ]


def _bottom(page, selector):
    return page.evaluate(f"document.querySelector({selector!r}).getBoundingClientRect().bottom")


def test_the_phone_header_is_one_bar_whose_menu_opens_without_javascript(
    browser, live_server, demo_content
):
    context = browser.new_context(viewport=PHONE, java_script_enabled=False)
    page = context.new_page()
    try:
        for path in _phone_paths():
            page.goto(f"{live_server.url}{path}")
            assert _bottom(page, ".site-header") <= MAX_HEADER, path
            menu = page.locator(".main-nav a")
            assert menu.count() == 6 and not menu.first.is_visible(), path
            assert not page.locator(".site-header input[type=search]").is_visible()
            # Every language is in the bar, one tap away, named by its code.
            languages = page.locator(".language-switcher a")
            codes = page.locator(".language-switcher__code")
            assert [codes.nth(i).inner_text() for i in range(6)] == [
                "EN", "FR", "ES", "PT", "RU", "AR"
            ]  # fmt: skip
            assert all(languages.nth(i).is_visible() for i in range(6))
            assert "français" in languages.nth(1).text_content()  # its name, for screen readers

            page.locator(".site-menu__button").click()
            assert all(menu.nth(i).is_visible() for i in range(6)), path
            assert page.locator(".site-header input[type=search]").is_visible()
            # Open, the menu pushes the page down rather than covering it.
            assert _bottom(page, ".site-header") > MAX_HEADER
            page.locator(".site-menu__button").click()
            assert not menu.first.is_visible()

        # One tap on "AR" leads to the Arabic version of the same page.
        page.goto(f"{live_server.url}{_workshop_url('en')}")
        page.locator('.language-switcher a[hreflang="ar"]').click()
        page.wait_for_url(f"**{_workshop_url('ar')}")
        assert page.locator("html").get_attribute("dir") == "rtl"
        # The menu opens from the bar's end in Arabic too, and leads to a section.
        page.locator(".site-menu__button").click()
        with translation.override("ar"):
            course = gettext("Search")
        assert page.locator(".site-header button[type=submit]").inner_text() == course
        page.locator(".main-nav a").nth(2).click()
        page.wait_for_url(re.compile(r".*/ar/[^/]+/$"))
    finally:
        context.close()


def _luminance(rgb):
    def channel(value):
        value /= 255
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (channel(v) for v in rgb)
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def _contrast(one, two):
    light, dark = sorted((_luminance(one), _luminance(two)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


RING = """el => {
    const rgb = c => c.match(/[\\d.]+/g).slice(0, 4).map(Number);
    const style = getComputedStyle(el);
    let node = el.parentElement, background = null;
    while (node) {
        const colour = rgb(getComputedStyle(node).backgroundColor);
        if (colour.length === 3 || colour[3] === 1) { background = colour.slice(0, 3); break; }
        node = node.parentElement;
    }
    return {
        focused: document.activeElement === el && el.matches(":focus-visible"),
        style: style.outlineStyle, width: parseFloat(style.outlineWidth),
        outline: rgb(style.outlineColor).slice(0, 3), background: background || [255, 255, 255],
    };
}"""


def _ring(page, locator):
    handle = locator.element_handle()
    handle.evaluate("el => el.focus()")
    return handle.evaluate(RING)


def test_the_focus_ring_stands_out_on_every_background(browser_page, live_server, demo_content):
    page = browser_page
    page.set_viewport_size(LAPTOP)
    page.goto(f"{live_server.url}{_workshop_url('en')}")
    page.keyboard.press("Tab")  # the reader is using the keyboard: focus is shown
    places = {
        "header (blue)": page.locator(".site-name"),
        "menu (dark blue)": page.locator(".main-nav a").first,
        "search box in the menu": page.locator(".site-header input[type=search]"),
        "main (white)": page.locator(".breadcrumbs a").first,
        "contents (grey)": page.locator(".toc a").first,
        "footer (grey)": page.locator(".site-footer a").first,
    }
    for place, locator in places.items():
        ring = _ring(page, locator)
        assert ring["focused"] and ring["style"] == "solid" and ring["width"] >= 2, place
        assert _contrast(ring["outline"], ring["background"]) >= 3, (place, ring)
    page.goto(f"{live_server.url}/ar/hub/database/")
    page.keyboard.press("Tab")
    search = page.locator("main input[type=search]").first
    ring = _ring(page, search)
    assert _contrast(ring["outline"], ring["background"]) >= 3, ring
    # The edges of the inputs themselves: at least 3:1 against the page.
    border = search.evaluate("el => getComputedStyle(el).borderTopColor")
    assert _contrast([int(v) for v in re.findall(r"\d+", border)[:3]], ring["background"]) >= 3


def _small_targets(page, selector):
    boxes = page.locator(selector).evaluate_all(
        "links => links.filter(a => a.offsetParent).map(a => {"
        " const r = a.getBoundingClientRect(); return [a.textContent.trim(), r.width, r.height]; })"
    )
    assert boxes, selector
    return [box for box in boxes if box[1] < 24 or box[2] < 24]


def test_links_in_menus_and_lists_are_targets_of_at_least_24_px(
    browser_page, live_server, demo_content
):
    page = browser_page
    for size in (LAPTOP, PHONE):
        page.set_viewport_size(size)
        for path in (_workshop_url("en"), _workshop_url("ar")):
            page.goto(f"{live_server.url}{path}")
            if size is PHONE:
                page.locator(".site-menu__button").click()
            for selector in (".main-nav a", ".language-switcher a", ".breadcrumbs a", ".toc a"):
                assert _small_targets(page, selector) == [], (size, path, selector)


def test_a_card_is_a_link_all_over_and_grids_leave_no_card_alone(
    browser_page, live_server, demo_content
):
    page = browser_page
    page.set_viewport_size(LAPTOP)
    tools = ToolPage.objects.live().filter(locale=Locale.get_default())
    page.goto(f"{live_server.url}/en/tools/")
    cards = page.locator("main .grid > .card")
    assert cards.count() == tools.count() == 5
    boxes = [cards.nth(i).bounding_box() for i in range(5)]
    # Three on the first row, two centred under them, all of one height.
    rows = sorted({round(box["y"]) for box in boxes})
    assert len(rows) == 2 and [round(b["y"]) for b in boxes].count(rows[0]) == 3
    assert len({round(box["height"]) for box in boxes}) == 1
    first_row_middle = (boxes[0]["x"] + boxes[2]["x"] + boxes[2]["width"]) / 2
    last_row_middle = (boxes[3]["x"] + boxes[4]["x"] + boxes[4]["width"]) / 2
    assert abs(first_row_middle - last_row_middle) < 2

    # A click on the card's corner, far from its title, opens the tool.
    last = cards.nth(4)
    href = last.locator("a.card__link").get_attribute("href")
    last.scroll_into_view_if_needed()
    box = last.bounding_box()
    page.mouse.click(box["x"] + box["width"] - 6, box["y"] + box["height"] - 6)
    page.wait_for_url(f"**{href}")

    # The hub's four ways in are links too, each to where it says.
    page.goto(f"{live_server.url}/en/hub/")
    ways = page.locator("#ways-in + .grid > .card")
    assert ways.count() == 4
    assert len({round(ways.nth(i).bounding_box()["height"]) for i in range(4)}) == 1
    _click_middle_of(page, ways.nth(1).locator("p").first)  # the text, not the title
    page.wait_for_url("**/en/hub/database/")
    page.go_back()
    _click_middle_of(page, ways.nth(3).locator("p").first)
    page.wait_for_url("**/en/hub/submit/")


def _click_middle_of(page, locator):
    """A reader's click on what `locator` shows (Playwright's own click refuses an element that
    another covers, which is what a card's stretched link does on purpose)."""
    locator.scroll_into_view_if_needed()
    box = locator.bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
