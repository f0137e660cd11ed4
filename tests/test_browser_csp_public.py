"""The Content-Security-Policy in a real browser, on the public site (Playwright driving Debian's
Chromium against a live server).

Chromium reports every violation of an enforced policy as a `securitypolicyviolation` event in the
page (recorded by an init script in every frame) and as a "Refused to …" console message; these
tests fail on either (tests/browser_helpers.py's `PolicyWatch`). They open every public page type
and each interactive tool's steps, forms and results in English and in Arabic; they check that
each document answers an enforced policy (never Report-Only), that an inline script injected into
a page neither runs nor goes unreported, and that a click-to-load video may load its player.
"""

import json
from urllib.parse import urlsplit

import pytest
from wagtail.models import Locale

from clauses.models import Clause, HubPage, ThemePage
from home.models import (
    HomePage,
    ProjectPage,
    PublicationIndexPage,
    PublicationPage,
    RegionIndexPage,
    RegionPage,
    StandardPage,
)
from ourdigitalfuture.core.demo import ensure_translations
from tests.browser_helpers import standard_page
from workshops.models import ToolIndexPage, ToolPage, WorkshopIndexPage, WorkshopPage
from workshops.tools.data_rights.worksheet import MAX_SYSTEMS

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


# Public pages --------------------------------------------------------------------------------


def english_pages():
    """One live English page of each public type, every tool, parents before children."""
    english = Locale.objects.get(language_code="en")
    pages = []
    for model in (
        HomePage,
        ProjectPage,
        StandardPage,
        RegionIndexPage,
        RegionPage,
        PublicationIndexPage,
        PublicationPage,
        WorkshopIndexPage,
        WorkshopPage,
        ToolIndexPage,
        HubPage,
        ThemePage,
    ):
        page = model.objects.live().filter(locale=english).order_by("path").first()
        assert page is not None, model
        pages.append(page)
    pages += list(ToolPage.objects.live().filter(locale=english).order_by("path"))
    return sorted(pages, key=lambda page: page.path)


def translate_into_arabic(pages):
    """The Arabic translation of each page (through wagtail-localize, published), as a
    translator would make it; returns the Arabic pages in the same order."""
    arabic = Locale.objects.get(language_code="ar")
    for page in pages:
        ensure_translations(page, ["ar"])
    return [page.get_translation(arabic).specific for page in pages]


def hub_views(hub, language):
    """The hub's routed views: the database view with a query, a clause page, the submit form,
    and the site search."""
    clause = Clause.objects.filter(live=True, locale__language_code="en").order_by("pk").first()
    return [
        f"{hub.url}database/?q=data&language=all",
        f"{hub.url}clauses/{clause.identifier}/",
        f"{hub.url}submit/",
        f"/{language}/search/?q=data",
    ]


def try_the_impact_framework(watch, tool, tmp_path):
    page = watch.page
    watch.visit(f"{tool.url}assess/")
    for index, fieldset in enumerate(page.locator("fieldset.dimension").all()):
        fieldset.locator("li.level label").nth(index % 5).click()
    page.locator("form[data-impact-form] button[type=submit]").click()
    page.wait_for_selector("svg.chart")
    watch.check("the framework's result")
    with page.expect_download() as info:
        page.locator('form[action$="result/file/"] button[type=submit]').click()
    saved = tmp_path / f"result-{tool.locale.language_code}.json"
    info.value.save_as(saved)
    assert json.loads(saved.read_text())
    # The saved result loaded back beside the current one: the comparison.
    page.locator('form[action$="result/"] input[name="earlier_file"]').set_input_files(saved)
    page.locator('form[action$="result/"] button[type=submit]').click()
    page.wait_for_selector("svg.chart")
    watch.check("the framework's comparison")


def try_the_checklist(watch, tool, tmp_path):
    page = watch.page
    watch.visit(f"{tool.url}checklist/")
    page.locator("textarea[name='answer-1']").fill("Management will report every quarter.")
    page.locator("input[name='assessment-1']").nth(1).check()
    with page.expect_download() as info:
        page.locator("button[name=format][value=csv]").click()
    saved = tmp_path / f"checklist-{tool.locale.language_code}.csv"
    info.value.save_as(saved)
    page.locator("#checklist-file").set_input_files(saved)
    page.locator('form[action$="checklist/load/"] button[type=submit]').click()
    page.wait_for_selector(".notice[role=status]")
    assert page.locator("textarea[name='answer-1']").input_value().startswith("Management")
    watch.check("the checklist loaded back")


def try_the_data_rights_tool(watch, tool):
    page = watch.page
    watch.visit(f"{tool.url}steps/")
    while page.locator("[data-step]:not([hidden]) [data-step-next]").count():
        page.locator("[data-step]:not([hidden]) [data-step-next]").click()
    watch.check("the data rights tool's steps")
    # Sent with too many systems: the form comes back with its problem.

    page.locator("#systems").fill("\n".join(f"System {n}" for n in range(MAX_SYSTEMS + 1)))
    page.locator("form.data-rights button[type=submit]").click()
    page.wait_for_selector(".error-summary")
    watch.check("the data rights worksheet form with a problem")
    page.locator("input[name=regime]").first.check()
    page.locator("#systems").fill("HR system\nRostering app")
    with page.expect_download() as info:
        page.locator("form.data-rights button[type=submit]").click()
    assert info.value.suggested_filename.endswith(".xlsx")
    watch.check("the data rights worksheet")


def try_the_tools(watch, tools, tmp_path):
    for tool in tools:
        kind = tool.interactive
        if kind == tool.IMPACT_FRAMEWORK:
            try_the_impact_framework(watch, tool, tmp_path)
        elif kind == tool.CHECKLIST:
            try_the_checklist(watch, tool, tmp_path)
        elif kind == tool.WORKSHEET:
            try_the_data_rights_tool(watch, tool)
        elif kind == tool.PRINTABLE:
            watch.visit(f"{tool.url}print/")


def try_the_public_site(watch, pages, language, tmp_path):
    for page in pages:
        watch.visit(page.url)
    hub = next(page for page in pages if isinstance(page, HubPage))
    for path in hub_views(hub, language):
        watch.visit(path)
    # The submit form sent empty comes back with its problems.
    watch.visit(f"{hub.url}submit/")
    watch.page.locator("main form[method=post] button[type=submit]").last.click()
    watch.page.wait_for_selector(".errorlist, .error-summary")
    watch.check(f"{hub.url}submit/ with problems")
    # The search box's suggestions (fetched by a script) and the results page.
    box = watch.page.locator("header input[type=search]").first
    box.fill("data")
    watch.page.wait_for_timeout(600)
    box.press("Enter")
    watch.page.wait_for_url("**/search/**")
    watch.check("the site search from the header")
    # A page that does not exist answers the site's 404 page under the same policy.
    response = watch.page.goto(f"{watch.origin}/{language}/no-such-page/")
    assert response.status == 404
    watch.check("the 404 page")
    interactive = [page for page in pages if isinstance(page, ToolPage) and page.interactive]
    assert len(interactive) == 4
    try_the_tools(watch, interactive, tmp_path)


def test_public_pages_and_tools_obey_the_strict_policy_in_english_and_arabic(
    watch, demo_content, tmp_path
):
    english = english_pages()
    try_the_public_site(watch, english, "en", tmp_path)
    arabic = translate_into_arabic(english)
    assert all(page.url.startswith("/ar/") for page in arabic)
    try_the_public_site(watch, arabic, "ar", tmp_path)
    assert watch.page.locator("html").get_attribute("dir") == "rtl"
    assert watch.foreign_requests == []


# An injected script and a video -------------------------------------------------------------


INJECTED = (
    "<p>Minutes of the meeting.</p>"
    '<script>document.documentElement.dataset.injected = "inline script";</script>'
    '<img src="/static/no-such-image.png" alt="" onerror="document.documentElement'
    ".dataset.injected = 'event handler'\">"
    '<p id="styled" style="color: rgb(255, 0, 0)">A red paragraph.</p>'
)


def test_an_injected_inline_script_does_not_run_and_is_reported(watch):
    """Rich text that slipped past the editor's sanitising (an import, a raw database edit):
    the page's enforced policy stops the script, the event handler and the inline style."""
    page = standard_page("injected", [("paragraph", INJECTED)])
    browser = watch.page
    response = browser.goto(f"{watch.origin}{page.url}")
    assert response.status == 200
    headers = response.headers
    assert "content-security-policy-report-only" not in headers
    assert "script-src 'self'" in headers["content-security-policy"]
    # The markup is there, as stored…
    assert "document.documentElement.dataset.injected" in browser.content()
    assert browser.locator("main h1").inner_text() == "Injected"
    # …but nothing of it ran, while the site's own script was loaded.
    browser.wait_for_load_state("load")
    loaded = browser.evaluate(
        "performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname)"
    )
    assert "/static/js/site.js" in loaded
    assert browser.evaluate("document.documentElement.dataset.injected") is None
    color = browser.evaluate("getComputedStyle(document.getElementById('styled')).color")
    assert color != "rgb(255, 0, 0)"
    violations = watch.violations()
    directives = {violation["directive"] for violation in violations}
    assert {"script-src-elem", "script-src-attr", "style-src-attr"} <= directives, violations
    assert all(violation["disposition"] == "enforce" for violation in violations)
    # Chromium says so in the console too ("Refused to execute…" in older versions).
    assert any(
        "inline script" in text and "Content Security Policy" in text for text in watch.console
    ), watch.console


def test_a_click_to_load_video_may_load_its_player_and_nothing_else(watch):
    page = standard_page(
        "videos",
        [
            ("video", {"url": "https://www.youtube.com/watch?v=abcdefghijk", "title": "YouTube"}),
            ("video", {"url": "https://vimeo.com/123456789", "title": "Vimeo"}),
        ],
    )
    browser = watch.page
    players = []

    def player(route):
        players.append(route.request.url)
        route.fulfill(status=200, content_type="text/html", body="<p>player</p>")

    browser.route("https://www.youtube-nocookie.com/**", player)
    browser.route("https://player.vimeo.com/**", player)
    watch.visit(page.url)
    assert watch.foreign_requests == []  # nothing from a video host before the click
    while browser.locator("[data-load-video]").count():
        browser.locator("[data-load-video]").first.click()
    browser.wait_for_selector(".video-embed iframe >> nth=1")
    browser.wait_for_timeout(300)
    watch.check("the loaded videos")
    assert sorted(urlsplit(url).hostname for url in players) == [
        "player.vimeo.com",
        "www.youtube-nocookie.com",
    ]
    # Any other host stays out of a frame.
    browser.evaluate(
        """() => { const frame = document.createElement("iframe");
        frame.src = "https://frames.example.org/"; document.body.append(frame); }"""
    )
    browser.wait_for_timeout(300)
    assert [v["directive"] for v in watch.violations()] == ["frame-src"]
    watch.console.clear()
