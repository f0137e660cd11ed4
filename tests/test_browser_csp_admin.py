"""The Content-Security-Policy in a real browser, in the admin (Playwright driving Debian's
Chromium against a live server): the admin pages a coordinator and a translator work in
(dashboard, explorer, page editor with its preview, snippet editor, wagtail-localize's
translation editor) report no violation (tests/browser_helpers.py's `PolicyWatch`), and the
admin asks no host but the site's for anything (no avatars from gravatar.com).
"""

from urllib.parse import urlsplit

import pytest
from django.contrib.auth.models import User
from wagtail.models import Locale

from clauses.models import Clause, HubPage
from home.models import HomePage, RegionPage
from tests.browser_helpers import (
    PASSWORD,
    editor_rendered,
    log_in,
    make_users,
    open_preview,
    standard_page,
)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_a_coordinator_and_a_translator_work_in_the_admin_without_violations(watch, demo_content):
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
