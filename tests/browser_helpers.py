"""Helpers for the browser tests (Playwright driving Debian's Chromium against a live server):
the site that a transactional test may have emptied, the tools and a standard page built on it,
a watch on one browser page's Content-Security-Policy violations, and signing in to the admin."""

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth.models import Group, User
from playwright.sync_api import Error as PlaywrightError
from wagtail.models import Collection, Locale, Page, Site

from home.models import HomePage, StandardPage
from ourdigitalfuture.core import roles
from ourdigitalfuture.core.demo import get_home
from workshops.demo import load_interactive_tools, load_tools

PASSWORD = "a long password for the browser"


def ensure_site():
    """The locales, the home page and the site that the migrations create. A transactional test
    empties the database when it ends, and the serialized copy that should restore it for the
    next test is not always found once Playwright's event loop runs in the thread, so each test
    makes sure of them itself."""
    if Site.objects.filter(is_default_site=True).exists():
        return
    for code, _name in settings.LANGUAGES:
        Locale.objects.get_or_create(language_code=code)
    english = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    if not Collection.get_first_root_node():
        Collection.add_root(name="Root")
    root = Page.get_first_root_node() or Page.add_root(title="Root", slug="root", locale=english)
    home = root.add_child(
        instance=HomePage(title="Our Digital Future", slug="home", locale=english)
    )
    Site.objects.create(
        hostname="localhost",
        port=80,
        root_page=home,
        is_default_site=True,
        site_name="Our Digital Future",
    )


def build_tools():
    """The tool pages with their interactive versions, as the demo loader makes them."""
    ensure_site()
    report = []
    load_tools(get_home(), report)
    load_interactive_tools(report)


def standard_page(slug, body):
    ensure_site()
    home = get_home()
    page = home.add_child(instance=StandardPage(title=slug.replace("-", " ").title(), slug=slug))
    page.body = body
    page.save_revision().publish()
    return page


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


# The admin ------------------------------------------------------------------------------------


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
    coordinator = User.objects.create_user("coordinator", "coordinator@example.org", PASSWORD)
    coordinator.groups.add(Group.objects.get(name=roles.coordinator_group_name("Africa & MENA")))
    translator = User.objects.create_user("translator", "translator@example.org", PASSWORD)
    translator.groups.add(Group.objects.get(name=roles.translator_group_name("fr")))
    return coordinator, translator
