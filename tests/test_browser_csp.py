"""The Content-Security-Policy in a real browser (Playwright driving Debian's Chromium against a
live server).

Chromium reports every violation of an enforced policy as a `securitypolicyviolation` event in the
page (recorded by an init script in every frame) and as a "Refused to …" console message; these
tests fail on either. They open every public page type and each interactive tool's steps, forms
and results in English and in Arabic, and the admin pages a coordinator and a translator work in
(dashboard, explorer, page editor with its preview, snippet editor, wagtail-localize's translation
editor); they check that each document answers an enforced policy (never Report-Only), that an
inline script injected into a page neither runs nor goes unreported, that a click-to-load video
may load its player, and that the admin asks no host but the site's for anything (no avatars from
gravatar.com).
"""

import json
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Error as PlaywrightError

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PASSWORD = "a long password for the browser"

# Runs in every frame before the page's own scripts: keeps each violation Chromium reports.
RECORD_VIOLATIONS = """
(() => {
    const seen = [];
    Object.defineProperty(window, "__cspViolations", { value: seen });
    document.addEventListener("securitypolicyviolation", (event) => {
        seen.push({
            directive: event.effectiveDirective,
            blocked: event.blockedURI,
            disposition: event.disposition,
            source: `${event.sourceFile}:${event.lineNumber}`,
            sample: event.sample,
        });
    });
})();
"""
# The violations recorded so far in a frame (emptied), once queued events have been dispatched.
TAKE_VIOLATIONS = """
() => new Promise((resolve) => setTimeout(
    () => resolve(window.__cspViolations ? window.__cspViolations.splice(0) : []), 50))
"""


class PolicyWatch:
    """Watches one browser page: CSP violations (events and console) and complaints about the
    Permissions-Policy header, the policy headers of every document, and every request to a
    host other than the site's."""

    def __init__(self, page, origin):
        self.page = page
        self.origin = origin
        self.console = []
        self.documents = []
        self.foreign_requests = []
        page.add_init_script(RECORD_VIOLATIONS)
        page.on("console", self._console)
        page.on("response", self._response)
        page.on("request", self._request)

    def _console(self, message):
        text = message.text
        if (
            "Content Security Policy" in text
            or text.startswith("Refused to")
            or "Permissions-Policy" in text
        ):
            self.console.append(text)

    def _response(self, response):
        if response.request.resource_type == "document" and response.url.startswith(self.origin):
            self.documents.append((response.url, response.headers))

    def _request(self, request):
        if urlsplit(request.url).scheme in ("http", "https", "ws", "wss") and not (
            request.url.startswith(self.origin + "/")
        ):
            self.foreign_requests.append(request.url)

    def violations(self):
        found = []
        for frame in self.page.frames:
            try:
                found += frame.evaluate(TAKE_VIOLATIONS)
            except PlaywrightError:
                pass  # a frame that went away meanwhile
        return found

    def check(self, where):
        """No violation reported since the last check, and every document's policy enforced."""
        self.page.wait_for_load_state("load")
        violations, console = self.violations(), self.console[:]
        self.console.clear()
        assert not violations and not console, f"{where}: {violations} {console}"
        for url, headers in self.documents:
            assert "content-security-policy" in headers, url
            assert "content-security-policy-report-only" not in headers, url
            if not urlsplit(url).path.startswith("/admin/"):
                assert "'unsafe-inline'" not in headers["content-security-policy"], url
                assert "'nonce-" not in headers["content-security-policy"], url
        self.documents.clear()

    def visit(self, path):
        response = self.page.goto(f"{self.origin}{path}")
        assert response.status == 200, (path, response.status)
        self.check(path)


@pytest.fixture
def watch(browser_page, live_server, settings):
    # Wagtail builds the userbar's and the admin's absolute URLs from WAGTAILADMIN_BASE_URL,
    # which in production is the site's own address: here, the live server's.
    settings.WAGTAILADMIN_BASE_URL = live_server.url
    settings.RATELIMIT_ENABLED = False
    return PolicyWatch(browser_page, live_server.url)


# Public pages --------------------------------------------------------------------------------


def english_pages():
    """One live English page of each public type, every tool, parents before children."""
    from wagtail.models import Locale

    from clauses.models import HubPage, ThemePage
    from home.models import (
        HomePage,
        ProjectPage,
        PublicationIndexPage,
        PublicationPage,
        RegionIndexPage,
        RegionPage,
        StandardPage,
    )
    from workshops.models import ToolIndexPage, ToolPage, WorkshopIndexPage, WorkshopPage

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
    from wagtail.models import Locale

    from home.demo import ensure_translations

    arabic = Locale.objects.get(language_code="ar")
    for page in pages:
        ensure_translations(page, ["ar"])
    return [page.get_translation(arabic).specific for page in pages]


def hub_views(hub, language):
    """The hub's routed views: the database view with a query, a clause page, the submit form,
    and the site search."""
    from clauses.models import Clause

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
    from workshops.worksheet import MAX_SYSTEMS

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
    from clauses.models import HubPage
    from workshops.models import ToolPage

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


def standard_page(slug, body):
    from home.demo import get_home
    from home.models import StandardPage
    from tests.test_browser_tools import ensure_site

    ensure_site()
    home = get_home()
    page = home.add_child(instance=StandardPage(title=slug.replace("-", " ").title(), slug=slug))
    page.body = body
    page.save_revision().publish()
    return page


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


# The admin -----------------------------------------------------------------------------------


def log_in(watch, username):
    page = watch.page
    page.context.clear_cookies()
    page.goto(f"{watch.origin}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.locator("form button[type=submit], form input[type=submit]").first.click()
    page.wait_for_url(f"{watch.origin}/admin/")
    watch.check(f"{username}'s dashboard")


def open_preview(watch, title):
    """The editor's side panel preview: the page in a same-origin iframe."""
    page = watch.page
    toggle = page.locator('[data-side-panel-toggle="preview"]')
    assert toggle.count() == 1
    toggle.click()
    page.frame_locator("#w-preview-iframe").locator("main h1", has_text=title).wait_for()
    watch.check(f"the preview of {title}")


def editor_rendered(watch, where):
    """wagtail-localize's translation editor (a React application) has drawn its segments."""
    watch.page.wait_for_function(
        "document.querySelector('.js-translation-editor')?.querySelectorAll('textarea, li')"
        ".length > 0"
    )
    watch.check(where)


def make_users():
    from django.contrib.auth.models import Group, User

    from home import roles

    coordinator = User.objects.create_user("coordinator", "coordinator@example.org", PASSWORD)
    coordinator.groups.add(Group.objects.get(name=roles.coordinator_group_name("Africa & MENA")))
    translator = User.objects.create_user("translator", "translator@example.org", PASSWORD)
    translator.groups.add(Group.objects.get(name=roles.translator_group_name("fr")))
    return coordinator, translator


def test_a_coordinator_and_a_translator_work_in_the_admin_without_violations(watch, demo_content):
    from wagtail.models import Locale

    from clauses.models import Clause, HubPage
    from home.models import HomePage, RegionPage

    make_users()
    africa = RegionPage.objects.get(slug="africa-mena", locale__language_code="en")
    french = Locale.objects.get(language_code="fr")

    log_in(watch, "coordinator")
    watch.visit(f"/admin/pages/{africa.pk}/")
    watch.visit(f"/admin/pages/{africa.pk}/edit/")
    open_preview(watch, africa.title)
    watch.visit("/admin/snippets/clauses/clause/")
    watch.visit("/admin/snippets/clauses/clause/add/")
    watch.visit("/admin/account/")
    # Their region's public page, with Wagtail's user bar, under the public policy.
    watch.visit(africa.url)
    watch.page.locator("#wagtail-userbar-trigger").click()
    watch.page.locator("#wagtail-userbar-items").wait_for()
    watch.check("the user bar on a public page")

    log_in(watch, "translator")
    french_home = HomePage.objects.get(locale=french)
    french_hub = HubPage.objects.get(locale=french)
    watch.visit(f"/admin/pages/{french_home.pk}/")
    # wagtail-localize's translation editor, for a page and for a snippet.
    watch.visit(f"/admin/pages/{french_hub.pk}/edit/")
    editor_rendered(watch, "the French hub's translation editor")
    clause = Clause.objects.filter(locale=french).order_by("pk").first()
    watch.visit(f"/admin/snippets/clauses/clause/edit/{clause.pk}/")
    editor_rendered(watch, "a French clause's translation editor")
    watch.visit("/admin/snippets/clauses/clause/?locale=fr")
    watch.visit(french_hub.url)

    assert watch.foreign_requests == []


def test_the_admin_requests_nothing_from_another_host(watch):
    """A user with an e-mail address: no avatar from gravatar.com, nor anything else that is not
    the site's, on the pages they open every day. What the policy blocks counts as much as what
    the browser fetched: either is an attempt to reach another host."""
    from django.contrib.auth.models import User

    page = standard_page("about-the-admin", [("paragraph", "<p>Text.</p>")])
    User.objects.create_superuser("administrator", "administrator@example.org", PASSWORD)

    browser = watch.page
    browser.goto(f"{watch.origin}/admin/login/")
    browser.fill("#id_username", "administrator")
    browser.fill("#id_password", PASSWORD)
    browser.locator("form button[type=submit]").first.click()
    browser.wait_for_url(f"{watch.origin}/admin/")
    attempts = []
    for path in (
        "/admin/",
        "/admin/pages/",
        f"/admin/pages/{page.get_parent().pk}/",
        f"/admin/pages/{page.pk}/edit/",
        "/admin/snippets/clauses/clause/",
        "/admin/documents/",
        "/admin/users/",
        "/admin/account/",
    ):
        assert browser.goto(f"{watch.origin}{path}").status == 200, path
        browser.wait_for_load_state("load")
        attempts += [
            f"{path}: {violation['blocked']}"
            for violation in watch.violations()
            if urlsplit(violation["blocked"]).scheme in ("http", "https")
        ]
        attempts += [f"{path}: {url}" for url in watch.foreign_requests]
        watch.foreign_requests.clear()
    assert attempts == []
    watch.check("the administrator's pages")
