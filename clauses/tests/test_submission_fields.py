"""The submission form's fields for the clause's language, type, bargaining level and source,
the "link or document: at least one" rule stated as such, and accepting a submission through the
admin (as a hub moderator) carrying every field into the draft clause."""

import csv
import io
import re
from datetime import date, timedelta

import pytest
from django.utils import timezone
from wagtail.models import Locale

from clauses.models import ClauseSubmission

from .factories import make_submission
from .helpers import admin_url, form_data, moderator, pdf_bytes

pytestmark = pytest.mark.django_db

RULE = "Give a link to the source, upload the document, or both."


def field_tag(html, name):
    return re.search(rf'<(?:input|select)[^>]*name="{name}"[^>]*>', html).group()


def test_the_form_asks_for_language_type_level_and_source_and_states_the_source_rule(
    client, url, taxonomy
):
    html = client.get(url).content.decode()
    for name in ("clause_language", "clause_type", "bargaining_level", "source_title"):
        assert f'name="{name}"' in html
    assert 'type="date"' in field_tag(html, "date_signed")
    assert '<option value="fr">French</option>' in html
    assert '<option value="model_clause">Model clause</option>' in html
    assert '<option value="municipal">Municipal</option>' in html
    # The rule is the fieldset's description, and neither of its fields says "(optional)".
    fieldset = re.search(r'<fieldset aria-describedby="([^"]+)">(.*?)</fieldset>', html, re.S)
    rule_id, content = fieldset.groups()
    assert f'<p class="help" id="{rule_id}">{RULE}</p>' in content
    assert "Link or document: at least one" in content
    for label in ("Link to the source", "Source document"):
        assert re.search(rf"{label}\s*</label>", content), label
    assert "(optional)" not in content
    # The bargaining level is optional and says so; language and type are required.
    assert re.search(r"Bargaining level <span class=\"help\">\(optional\)", html)
    assert not re.search(r"Language of the clause <span", html)


def test_without_link_or_document_both_fields_name_the_rule(client, url, taxonomy):
    response = client.post(url, form_data(taxonomy, source_url=""))
    assert response.status_code == 400
    html = response.content.decode()
    errors = response.context["form"].errors
    assert errors["source_url"] == [RULE] and errors["source_file"] == [RULE]
    for name in ("source_url", "source_file"):
        tag = field_tag(html, name)
        assert 'aria-invalid="true"' in tag
        assert f"id_{name}_error" in re.search(r'aria-describedby="([^"]+)"', tag).group(1)
        assert f'<ul class="errorlist" id="id_{name}_error"><li>{RULE}</li></ul>' in html
    assert not ClauseSubmission.objects.exists()


@pytest.mark.parametrize(
    "overrides, field",
    [
        ({"clause_language": ""}, "clause_language"),
        ({"clause_language": "xx"}, "clause_language"),
        ({"clause_type": ""}, "clause_type"),
        ({"bargaining_level": "galactic"}, "bargaining_level"),
        ({"date_signed": (timezone.localdate() + timedelta(days=1)).isoformat()}, "date_signed"),
        ({"date_signed": "1949-12-31"}, "date_signed"),
        ({"date_signed": "2021-02-30"}, "date_signed"),
    ],
)
def test_bad_values_of_the_new_fields_are_a_400_naming_the_field(
    client, url, taxonomy, overrides, field
):
    response = client.post(url, form_data(taxonomy, **overrides))
    assert response.status_code == 400
    assert list(response.context["form"].errors) == [field]
    assert not ClauseSubmission.objects.exists()


def test_the_new_fields_are_stored(client, url, taxonomy):
    data = form_data(
        taxonomy,
        clause_language="de",
        clause_type="framework_agreement",
        bargaining_level="sectoral",
        source_title="Tarifvertrag Digitalisierung",
        employer="Vereinigung der kommunalen Arbeitgeberverbände",
        date_signed="2021-03-15",
    )
    assert client.post(url, data).status_code == 303
    submission = ClauseSubmission.objects.get()
    assert (submission.clause_language, submission.clause_type) == ("de", "framework_agreement")
    assert submission.bargaining_level == "sectoral"
    assert submission.source_title == "Tarifvertrag Digitalisierung"
    assert submission.employer == "Vereinigung der kommunalen Arbeitgeberverbände"
    assert submission.date_signed == date(2021, 3, 15)


SOURCE = {
    "clause_type": "model_clause",
    "bargaining_level": "national",
    "source_title": "Accord sur le droit à la déconnexion",
    "employer": "Ministère de la Santé",
    "date_signed": date(2021, 6, 1),
    "union_name": "  cfdt SANTE-sociaux ",
}


def accept(client, submission):
    client.force_login(moderator())
    response = client.post(admin_url("accept", submission))
    assert response.status_code == 302
    submission.refresh_from_db()
    assert submission.status == ClauseSubmission.Status.ACCEPTED
    return submission.clause


def test_accepting_carries_every_field_into_a_draft_in_the_clauses_language(client, taxonomy):
    submission = make_submission(
        taxonomy, source_file=pdf_bytes(), clause_language="fr", language="es", **SOURCE
    )
    clause = accept(client, submission)
    assert clause.locale == Locale.objects.get(language_code="fr")
    assert clause.original_language == "fr"
    assert clause.live is False and clause.latest_revision is not None
    assert clause.title == "Right to disconnect"
    assert clause.text == "Workers need not answer e-mails after 18:00.\nNor at weekends."
    assert clause.clause_type == "model_clause"
    assert clause.bargaining_level == "national"
    assert clause.source_title == "Accord sur le droit à la déconnexion"
    assert clause.employer == "Ministère de la Santé"
    assert clause.date_signed == date(2021, 6, 1)
    assert clause.country == taxonomy.country
    assert list(clause.sectors.all()) == [taxonomy.sector]
    assert list(clause.themes.all()) == [taxonomy.theme]
    assert clause.year == 2021
    assert clause.source_url == "https://example.org/agreement"
    assert clause.source_document is not None
    # Matched by name, whatever the case, accents and spacing.
    assert list(clause.unions.all()) == [taxonomy.union]


def test_a_language_without_a_hub_locale_makes_an_english_draft(client, taxonomy):
    submission = make_submission(
        taxonomy,
        clause_language="de",
        union_name="Cfdt",
        **{key: value for key, value in SOURCE.items() if key != "union_name"},
    )
    clause = accept(client, submission)
    assert clause.locale == Locale.get_default()
    assert clause.original_language == "de"
    assert clause.clause_type == "model_clause"
    assert list(clause.unions.all()) == [taxonomy.union]


def test_the_moderators_see_and_export_the_new_fields(admin_client, taxonomy):
    submission = make_submission(taxonomy, clause_language="fr", **SOURCE)
    html = admin_client.get(admin_url("inspect", submission)).content.decode()
    assert "Accord sur le droit à la déconnexion" in html and "Ministère de la Santé" in html
    response = admin_client.get(admin_url("index"), {"export": "csv"})
    [row] = csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode()))
    assert row["Source Agreement"] == "Accord sur le droit à la déconnexion"
    assert row["Employer Or Public Authority"] == "Ministère de la Santé"
    assert row["Date Signed"] == "2021-06-01"
