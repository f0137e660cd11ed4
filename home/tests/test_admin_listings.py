"""The admin smoke test: every admin listing, with and without a search (`?q=data`), as each
role, answers what README's "Admin listing" table says that role may open (200, or a redirect to
the page that role starts from) or a refusal (403, or a redirect to the login page or to the
dashboard with a message), and never a server error."""

from urllib.parse import urlparse

from django.contrib.messages import get_messages
from django.test import Client
from django.urls import reverse
from wagtail.models import Site

from .helpers import ROLE_NAMES, readme_table


def settings_url():
    site_pk = Site.objects.get(is_default_site=True).pk
    return reverse("wagtailsettings:edit", args=["home", "sitesettings", site_pk])


def url(name, *args):
    return lambda: reverse(name, args=args)


def snippets(app_label, model):
    return url(f"wagtailsnippets_{app_label}_{model}:list")


# Each listing, by its row in README's "Admin listing" table.
LISTINGS = {
    "Pages (explorer)": url("wagtailadmin_explore_root"),
    "Documents": url("wagtaildocs:index"),
    "Images": url("wagtailimages:index"),
    "Snippets": url("wagtailsnippets:index"),
    "Clauses": snippets("clauses", "clause"),
    "Themes": snippets("clauses", "theme"),
    "Sub-themes": snippets("clauses", "subtheme"),
    "Unions": snippets("clauses", "union"),
    "Countries": snippets("clauses", "country"),
    "Sectors": snippets("clauses", "sector"),
    "Contacts": snippets("home", "contact"),
    "Footer text": snippets("home", "footertext"),
    "Clause submissions": url("clauses_clausesubmission_modeladmin_index"),
    "Form submissions": url("wagtailforms:index"),
    "Redirects": url("wagtailredirects:index"),
    "Reports: translations (wagtail-localize)": url("wagtail_localize:translations_report"),
    "Reports: waiting for translation": url("core_waiting_for_translation"),
    "Reports: locked pages": url("wagtailadmin_reports:locked_pages"),
    "Reports: workflows": url("wagtailadmin_reports:workflow"),
    "Reports: workflow tasks": url("wagtailadmin_reports:workflow_tasks"),
    "Reports: site history": url("wagtailadmin_reports:site_history"),
    "Reports: aging pages": url("wagtailadmin_reports:aging_pages"),
    "Reports: page types usage": url("wagtailadmin_reports:page_types_usage"),
    "Workflows": url("wagtailadmin_workflows:index"),
    "Workflow tasks": url("wagtailadmin_workflows:task_index"),
    "Collections": url("wagtailadmin_collections:index"),
    "Users": url("wagtailusers_users:index"),
    "Groups": url("wagtailusers_groups:index"),
    "Sites": url("wagtailsites:index"),
    "Locales": url("wagtaillocales:index"),
    "Settings": settings_url,
}
QUERIES = ["", "?q=data"]


def answer(client, path):
    """("allowed" | "refused", status) for a GET of `path`; a redirect elsewhere in the admin is
    followed once (the explorer sends a coordinator to their region)."""
    response = client.get(path)
    status = response.status_code
    if status >= 500:
        return "error", status
    if status == 200:
        return "allowed", status
    if status == 403:
        return "refused", status
    assert status == 302, f"{path}: unexpected {status}"
    location = urlparse(response["Location"]).path
    if location.startswith(reverse("wagtailadmin_login")):
        return "refused", status
    if location == reverse("wagtailadmin_home"):
        assert list(get_messages(response.wsgi_request)), f"{path}: refused without a message"
        return "refused", status
    followed = client.get(response["Location"]).status_code
    if followed >= 500:
        return "error", followed
    return ("allowed" if followed == 200 else "refused"), status


def test_every_admin_listing_answers_each_role_as_the_readme_says(db, site):
    expected = readme_table("Admin listing")
    assert set(expected) == set(LISTINGS), (
        f"README's table and the test's listings differ: {sorted(set(expected) ^ set(LISTINGS))}"
    )
    failures, rows = [], []
    for name, wanted_row in expected.items():
        cells = []
        for role, wanted in zip(ROLE_NAMES, wanted_row, strict=True):
            # A server error is an answer here (a 500), not an exception in the test.
            client = Client(raise_request_exception=False)
            client.force_login(site.users[role])
            for query in QUERIES:
                got, status = answer(client, LISTINGS[name]() + query)
                ok = got == ("allowed" if wanted else "refused")
                cells.append(f"{role[:5]}{query or ''}={status}{'' if ok else '!!'}")
                if not ok:
                    failures.append((name, role, query, status))
        rows.append(f"{name}: " + " ".join(cells))
    assert not failures, "Unexpected answers (marked !!):\n" + "\n".join(rows)
