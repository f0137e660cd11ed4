"""Generated inputs and answers' checks for the property-based tests of the whole site
(tests/test_fuzz_inputs.py): hostile text and files, the public forms and pages by name, the
API's parameters, the admin's listings, and what a 4xx must say. The search pages' own generated
values (search/tests/fuzzing.py) are part of them."""

from django.test import Client
from django.urls import reverse
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from wagtail.snippets.models import get_snippet_models

from search.tests.fuzzing import INTERESTING, PARAMETERS
from search.tests.fuzzing import values as search_values


def fuzz(examples):
    """Hypothesis' settings for `examples` generated inputs (the explicit ones come on top)."""
    return settings(
        max_examples=examples,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )


# Inputs reproduced in the issue, and their kin.
QUOTES = "'\"‹"
DEEP_JSON = "[" * 30_000
LONG_NUMBER_CSV = "No.,Theme,Question,Management's answer,Assessment\r\n" + "1" * 5000 + ",,,x,\r\n"
HOSTILE_TEXT = [
    QUOTES,
    "data",
    "１２",
    "https://[::1]:99999/",
    "HR system\x00PRIVATEMARKER",
    "HR system\x07",
    "line\x0bbreak",
    '=HYPERLINK("https://evil.example")',
    "+1",
    "@SUM(A1)",
    DEEP_JSON,
    "x" * 25_000,
    "\ufeff\ufffe\uffff",
    "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 🙂",
    "\u202egnp.exe",
]
texts = st.one_of(search_values, st.sampled_from(HOSTILE_TEXT), st.text(max_size=300))
HOSTILE_FILES = [
    DEEP_JSON.encode(),
    LONG_NUMBER_CSV.encode(),
    b"",
    b"\x00" * 512,
    b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\n",
    b"PK\x03\x04" + b"\x00" * 100,
    "No.,Theme,Question\r\n1,x".encode("utf-16"),
    b'{"tool": "digital-impact-framework", "version": 1, "levels": {"a": [[[[]]]]}}',
    b'{"tool": "digital-impact-framework", "version": 1e999}',
    b"\xff\xfe\xfd" * 1000,
]
files = st.one_of(st.binary(max_size=2048), st.sampled_from(HOSTILE_FILES))


class DemoSite(dict):
    """What `site` found, shown briefly in Hypothesis' reports."""

    def __init__(self, **found):
        super().__init__(found)

    def __repr__(self):
        return "<the demo site>"


def client_for(user=None):
    client = Client(raise_request_exception=False)
    if user is not None:
        client.force_login(user)
    return client


def says_what_is_wrong(response):
    """A 400 names the problem: a form's errors or refusal, a tool's message, JSON or text."""
    if response.get("Content-Type", "").startswith("application/json"):
        body = response.json()
        return bool(body.get("message") or body.get("error"))
    if response.get("Content-Type", "").startswith("text/plain"):
        return bool(response.content.strip())  # the open data's one-line message
    context = response.context
    if context is None:
        return False
    form = context.get("form")
    if form is not None and form.errors:
        return True
    keys = ("errors", "error_count", "file_error", "form_error", "refusal", "goal_errors")
    return any(context.get(key) for key in keys)


def reached_validation(response):
    return response.status_code == 200 or (
        response.status_code == 400 and says_what_is_wrong(response)
    )


# Forms, pages and their parameters, by name (`site` in tests/test_fuzz_inputs.py finds them).

FORMS = [
    "submit",
    "impact-assess",
    "impact-result",
    "impact-pdf",
    "impact-file",
    "impact-goals",
    "checklist",
    "checklist-load",
    "worksheet",
]
NO_FIELDS = {"typed": [], "uploads": []}


PAGES = [
    "database",
    "site-search",
    "suggest",
    "open-data-csv",
    "open-data-json",
    "open-data-package",
    "open-data-codebook",
    "feed",
    "feed-theme",
    "feed-country",
    "submit",
    "impact-assess",
    "checklist",
    "data-rights-steps",
    "lifecycle-print",
    # The facilitator packs (workshops/packs): query parameters are ignored.
    "workshop-pack",
    "course-pack",
]
PAGE_PARAMETERS = [*PARAMETERS, "thanks", "format"]
page_values = st.one_of(search_values, st.sampled_from(HOSTILE_TEXT[:10]))


API_PARAMETERS = {
    "pages": [
        "search",
        "search_operator",
        "locale",
        "type",
        "fields",
        "order",
        "limit",
        "offset",
        "child_of",
        "descendant_of",
        "ancestor_of",
        "translation_of",
        "site",
        "id",
        "slug",
        "title",
        "show_in_menus",
        "first_published_at",
    ],
    "documents": ["search", "search_operator", "fields", "order", "limit", "offset", "id", "title"],
    "images": ["search", "search_operator", "fields", "order", "limit", "offset", "id", "width"],
    "pages/find": ["html_path", "id", "fields", "locale"],
}
ALL_API_PARAMETERS = sorted({name for names in API_PARAMETERS.values() for name in names})
api_values = st.one_of(
    st.sampled_from(
        INTERESTING
        + HOSTILE_TEXT[:10]
        + ["and", "or", "AND", "en", "fr", "zz", "home.HomePage", "wagtailcore.Page", "root"]
        + ["*", "-title", "title,-id", "random", "_", "(", "title(id)", "99999999999999999999"]
    ),
    st.text(max_size=40),
    st.integers(-(10**20), 10**20).map(str),
)


def assert_api_answer(response):
    assert response.status_code < 500
    assert response.status_code in (200, 302, 400, 404), response.status_code
    if response.status_code == 302:
        assert response["Location"].split("/api/v2/")[0] in ("", "http://127.0.0.1:8000")
    else:
        assert response["Content-Type"].startswith("application/json")
        if response.status_code != 200:
            assert response.json()["message"]


def admin_listings():
    """Every admin listing with a search, by URL name (the explorer's needs a page: resolved in
    the test)."""
    listings = {
        "explorer": None,
        "pages-search": reverse("wagtailadmin_pages:search"),
        "documents": reverse("wagtaildocs:index"),
        "images": reverse("wagtailimages:index"),
        "users": reverse("wagtailusers_users:index"),
        "groups": reverse("wagtailusers_groups:index"),
        "submissions": "/admin/clauses/clausesubmission/",
        "translations-report": reverse("wagtail_localize:translations_report"),
        "redirects": reverse("wagtailredirects:index"),
        "page-chooser": reverse("wagtailadmin_choose_page_search"),
        "document-chooser": reverse("wagtaildocs_chooser:choose"),
        "image-chooser": reverse("wagtailimages_chooser:choose"),
    }
    for model in get_snippet_models():
        viewset = model.snippet_viewset
        listings[f"snippets:{model._meta.label_lower}"] = reverse(viewset.get_url_name("list"))
        listings[f"chooser:{model._meta.label_lower}"] = reverse(
            viewset.chooser_viewset.get_url_name("choose")
        )
    return listings


ADMIN_LISTINGS = admin_listings()
