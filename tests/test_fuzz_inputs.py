"""Property-based: no input makes the site answer a server error (issue 12, point 2).

Hypothesis sends generated text, bytes and files to every field and upload of every public form
and tool, every query parameter of the public pages and the API, and the search of every admin
listing (as an administrator), on the demo site; every answer must be a 2xx, 3xx or 4xx, and a
4xx must say what is wrong (a form's errors, or the API's JSON message). Each input reproduced
in the issue is an explicit `@example`, and must reach validation: a 200, or a 400 with the
field's error (or a JSON 400/404 for the API), never a 403 or 429 answered before any parsing.

The search pages' own property tests (search/tests/test_fuzz.py, on both search backends) are
the model: this module reuses their generated values (tests/fuzz_helpers.py) and adds forms,
files, the API and the admin. Rate limits and throttles are off here (`RATELIMIT_ENABLED`), so
every request is read.
"""

import datetime
from urllib.parse import quote

import pytest
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from hypothesis import example, given
from hypothesis import strategies as st

from clauses.models import Country, HubPage, Sector, Theme
from tests.fuzz_helpers import (
    ADMIN_LISTINGS,
    ALL_API_PARAMETERS,
    API_PARAMETERS,
    DEEP_JSON,
    FORMS,
    LONG_NUMBER_CSV,
    NO_FIELDS,
    PAGE_PARAMETERS,
    PAGES,
    QUOTES,
    DemoSite,
    api_values,
    assert_api_answer,
    client_for,
    files,
    fuzz,
    page_values,
    reached_validation,
    says_what_is_wrong,
    search_values,
    texts,
)
from workshops.models import ToolPage, WorkshopIndexPage, WorkshopPage
from workshops.tools.checklist import entries as checklist
from workshops.tools.impact import results as impact

pytestmark = pytest.mark.django_db


# The demo site, and where its forms are --------------------------------------------------------


@pytest.fixture(scope="module")
def site(demo_site, django_db_blocker):
    """The public forms (URL, a valid submission, its text fields and its uploads), the pages'
    addresses and an administrator, found once in the demo content."""
    with django_db_blocker.unblock():
        hub = HubPage.objects.get(locale__language_code="en")
        tools = {
            t.interactive: t for t in ToolPage.objects.filter(locale__language_code="en").live()
        }
        assess, lists, rights, lifecycle = (
            tools[ToolPage.IMPACT_FRAMEWORK],
            tools[ToolPage.CHECKLIST],
            tools[ToolPage.WORKSHEET],
            tools[ToolPage.PRINTABLE],
        )
        dimensions = impact.dimensions_of(assess)
        levels = {impact.field_name(d): "3" for d in dimensions}
        result = impact.Result(
            date=datetime.date(2024, 5, 1), levels={d.id: 3 for d in dimensions}
        ).to_json(dimensions)
        goal_form = {
            "result": result,
            "goal-dimension": dimensions[0].id,
            f"goal-{dimensions[0].id}": "Members' data in one secure system",
            f"milestone-{dimensions[0].id}-1": "Audit where the data is kept",
            f"responsible-{dimensions[0].id}-1": "Amina Diallo",
            f"date-{dimensions[0].id}-1": "2025-09-30",
        }
        questions = checklist.questions_of(lists)
        answers = {}
        for q in questions:
            answers[f"answer-{q.number}"] = "We asked."
            answers[f"assessment-{q.number}"] = checklist.ASSESSMENTS[0][0]
        saved_checklist = checklist.to_csv(checklist.blank_entries(questions))
        tool = lambda page, route: page.url + page.reverse_subpage(route)  # noqa: E731
        submission = {
            "text": "The employer shall not monitor workers outside working hours.",
            "title": "No monitoring after hours",
            "clause_language": "en",
            "clause_type": "agreement_clause",
            "bargaining_level": "national",
            "source_title": "Accord sur le droit à la déconnexion",
            "employer": "Ministère de la Santé",
            "date_signed": "2021-06-01",
            "union_name": "CFDT",
            "country": str(Country.objects.first().pk),
            "sector": str(Sector.objects.first().pk),
            "suggested_theme": str(Theme.objects.filter(locale__language_code="en")[0].pk),
            "year": "2021",
            "source_url": "https://example.org/agreement.pdf",
            "submitter_name": "Ana Pereira",
            "submitter_email": "ana@example.org",
            "consent_to_contact": "on",
            "website": "",
        }
        forms = {
            "submit": (hub.url + hub.reverse_subpage("submit"), submission, ["source_file"]),
            "impact-assess": (tool(assess, "impact_assess"), levels, ["earlier_file"]),
            "impact-result": (
                tool(assess, "impact_result"),
                {"result": result, "earlier": ""},
                ["result_file", "earlier_file"],
            ),
            "impact-pdf": (tool(assess, "impact_pdf"), {"result": result}, ["earlier_file"]),
            "impact-file": (tool(assess, "impact_file"), {"result": result}, ["result_file"]),
            # The goals set after a result: one dimension, a goal, a milestone (who, by when).
            "impact-goals": (tool(assess, "impact_goals"), goal_form, ["result_file"]),
            "checklist": (tool(lists, "checklist"), {"format": "pdf", **answers}, []),
            "checklist-load": (tool(lists, "checklist_load"), {}, ["file"]),
            "worksheet": (
                tool(rights, "data_rights_worksheet"),
                {"systems": "HR system\nPayroll", "regime": "gdpr"},
                [],
            ),
        }
        valid_files = {"checklist-load": {"file": saved_checklist.encode("utf-8-sig")}}
        pages = {
            "database": hub.url + "database/",
            "site-search": "/en/search/",
            "suggest": "/en/search/suggest/",
            "open-data-csv": hub.url + "data/clauses.csv",
            "open-data-json": hub.url + "data/clauses.json",
            "open-data-package": hub.url + "data/datapackage.json",
            "open-data-codebook": hub.url + "data/",
            "feed": hub.url + "feeds/clauses.atom",
            "feed-theme": hub.url + "feeds/themes/1.atom",
            "feed-country": hub.url + "feeds/countries/FR.atom",
            "submit": forms["submit"][0],
            "impact-assess": forms["impact-assess"][0],
            "checklist": forms["checklist"][0],
            "data-rights-steps": tool(rights, "data_rights_steps"),
            "lifecycle-print": tool(lifecycle, "printable"),
            "workshop-pack": WorkshopPage.objects.get(
                locale__language_code="en", number=1
            ).pack_url(),
            "course-pack": WorkshopIndexPage.objects.get(locale__language_code="en").pack_url(),
        }
        admin = User.objects.create_superuser("fuzz-admin", "fuzz@example.org", "pw")
        explorer = reverse("wagtailadmin_explore", args=[hub.get_parent().get_parent().pk])
    return DemoSite(
        forms=forms, valid_files=valid_files, pages=pages, admin=admin, explorer=explorer
    )


@pytest.fixture
def open_doors(settings):
    """No limit answers before the form is read."""
    settings.RATELIMIT_ENABLED = False
    settings.HUB_SUBMISSIONS_PER_HOUR = 1_000_000
    settings.TOOL_FILES_PER_MINUTE = 0
    settings.SEARCHES_PER_MINUTE = 0
    settings.SUGGESTIONS_PER_MINUTE = 0


# Forms and tools --------------------------------------------------------------------------------


@fuzz(40)
@given(
    form=st.sampled_from(FORMS),
    typed=st.lists(st.one_of(st.none(), texts), max_size=20),
    uploads=st.lists(st.one_of(st.none(), files), max_size=2),
    fixed=st.just({}),
)
@example(form="submit", fixed={"text": "A clause. " * 240_000}, **NO_FIELDS)
@example(form="submit", fixed={"country": "１２"}, **NO_FIELDS)
@example(form="submit", fixed={"source_url": "https://[::1]:99999/"}, **NO_FIELDS)
@example(form="impact-assess", fixed={"earlier_file": DEEP_JSON.encode()}, **NO_FIELDS)
@example(form="impact-result", fixed={"result_file": DEEP_JSON.encode()}, **NO_FIELDS)
@example(form="impact-result", fixed={"result": DEEP_JSON}, **NO_FIELDS)
@example(form="impact-pdf", fixed={"result": DEEP_JSON}, **NO_FIELDS)
@example(form="impact-goals", fixed={"result": DEEP_JSON}, **NO_FIELDS)
@example(form="impact-goals", fixed={"goal-dimension": "no-such-dimension"}, **NO_FIELDS)
@example(form="checklist-load", fixed={"file": LONG_NUMBER_CSV.encode()}, **NO_FIELDS)
@example(form="worksheet", fixed={"systems": "HR system\x00PRIVATEMARKER"}, **NO_FIELDS)
@example(form="worksheet", fixed={"systems": "HR system\x07"}, **NO_FIELDS)
@example(form="worksheet", fixed={"systems": "HR\x0bsystem"}, **NO_FIELDS)
def test_public_forms_and_tools_never_fail(site, db, open_doors, form, typed, uploads, fixed):
    url, valid, upload_names = site["forms"][form]
    data = dict(valid)
    for name, value in zip(sorted(valid), typed, strict=False):
        if value is not None:
            data[name] = value
    contents = dict(site["valid_files"].get(form, {}))
    for name, content in zip(upload_names, uploads, strict=False):
        if content is not None:
            contents[name] = content
    for name, value in fixed.items():
        (contents if name in upload_names else data)[name] = value
    for name, content in contents.items():
        data[name] = SimpleUploadedFile(f"{name}.bin", content)

    response = client_for().post(url, data)

    assert response.status_code < 500
    assert response.status_code in (200, 303, 400), response.status_code
    if response.status_code == 400:
        assert says_what_is_wrong(response)
    if fixed:
        assert reached_validation(response), response.status_code


# Public pages' query parameters -----------------------------------------------------------------


@fuzz(30)
@given(
    page=st.sampled_from(PAGES),
    params=st.dictionaries(st.sampled_from(PAGE_PARAMETERS), page_values, max_size=6),
)
@example(page="open-data-csv", params={"theme": "１２"})
@example(page="open-data-json", params={"theme": QUOTES})
@example(page="database", params={"q": QUOTES, "country": "１２"})
@example(page="site-search", params={"q": QUOTES})
@example(page="suggest", params={"q": QUOTES})
def test_public_query_parameters_never_fail(site, db, open_doors, page, params):
    response = client_for().get(site["pages"][page], params)
    assert response.status_code < 500
    assert response.status_code in (200, 302, 400), response.status_code
    if response.status_code == 400:
        assert says_what_is_wrong(response) or b"not valid" in response.content


# The API ----------------------------------------------------------------------------------------


@fuzz(40)
@given(
    endpoint=st.sampled_from(sorted(API_PARAMETERS)),
    params=st.dictionaries(st.sampled_from(ALL_API_PARAMETERS), api_values, max_size=8),
)
@example(endpoint="pages", params={"search": "data", "search_operator": "evil"})
@example(endpoint="pages", params={"locale": "zz"})
@example(endpoint="pages/find", params={"html_path": ""})
@example(endpoint="pages/find", params={"html_path": "/no/such/page/"})
@example(endpoint="documents", params={"search": QUOTES})
@example(endpoint="pages", params={"search": QUOTES, "search_operator": "or"})
def test_the_api_never_fails(site, db, open_doors, endpoint, params):
    # Mostly the endpoint's own parameters (an unknown one is a 400 before the others are read).
    known = API_PARAMETERS[endpoint]
    params = {name: value for name, value in params.items() if name in known}
    assert_api_answer(client_for().get(f"/api/v2/{endpoint}/", params))


@fuzz(15)
@given(endpoint=st.sampled_from(["pages", "documents", "images"]), key=api_values)
@example(endpoint="pages", key="999999")
@example(endpoint="pages", key="１２")
def test_api_objects_never_fail(site, db, endpoint, key):
    assert_api_answer(client_for().get(f"/api/v2/{endpoint}/{quote(key, safe='')}/"))


# The admin's listings ---------------------------------------------------------------------------


@fuzz(40)
@given(listing=st.sampled_from(sorted(ADMIN_LISTINGS)), q=st.one_of(search_values, st.just(QUOTES)))
@example(listing="snippets:clauses.clause", q="data")
@example(listing="snippets:clauses.union", q="data")
@example(listing="snippets:home.contact", q="data")
@example(listing="documents", q=QUOTES)
@example(listing="explorer", q=QUOTES)
@example(listing="pages-search", q=QUOTES)
def test_admin_listing_searches_never_fail(site, db, listing, q):
    url = ADMIN_LISTINGS[listing] or site["explorer"]
    response = client_for(site["admin"]).get(url, {"q": q})
    assert response.status_code == 200, (url, response.status_code)
