"""Where a clause comes from, as readers and editors meet it: the clause page's "Source" section
(every fact the clause has, dates and numbers in the reader's language, nothing for a fact it
lacks), the "summary" notice by the text, the source document only once it is public, the
preview, the translations sharing the facts, the import of the provenance columns, the demo
loader filling them in and the admin's filters. The database view's filters on them, on both
search backends: test_provenance_search.py."""

import csv
import re
from datetime import date
from io import StringIO

import pytest
from django.core.files.base import ContentFile
from django.core.management import CommandError, call_command
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from wagtail.documents import get_document_model
from wagtail.models import Locale

from clauses import source_documents
from clauses.demo import fill_provenance, provenance_fields
from clauses.models import Clause, HubPage
from ourdigitalfuture.core.demo import ensure_translations
from ourdigitalfuture.core.translation import translate_from_copy

from .factories import make_clause

pytestmark = pytest.mark.django_db

FACTS = {
    "source_title": "Framework agreement on digitalisation 2021",
    "employer": "Ministry of Local Government",
    "bargaining_level": "national",
    "date_signed": date(2021, 7, 13),
    "valid_from": date(2021, 9, 1),
    "valid_until": date(2024, 12, 31),
    "workers_covered": 12000,
    "text_status": "summary",
    "source_url": "https://example.org/agreement",
    "original_language": "fr",
}
SUMMARY_NOTICE = "Summary of the source — not its exact wording."


def page(client, hub, clause):
    response = client.get(f"{hub.url}clauses/{clause.identifier}/")
    assert response.status_code == 200
    return response.content.decode()


def source_section(html):
    return re.search(r'<section aria-labelledby="source".*?</section>', html, re.S).group(0)


def facts(html):
    """{term: description} of the Source section's list, as text."""
    pairs = re.findall(r"<dt>(.*?)</dt>\s*<dd[^>]*>(.*?)</dd>", source_section(html), re.S)
    return {term: re.sub(r"<[^>]+>", "", text).strip() for term, text in pairs}


def test_the_clause_page_says_where_the_clause_comes_from(client, hub, taxonomy):
    clause = make_clause(taxonomy, **FACTS)
    html = page(client, hub, clause)
    assert facts(html) == {
        "Source agreement": "Framework agreement on digitalisation 2021",
        "Employer or public authority": "Ministry of Local Government",
        "Signatory unions": "CFDT Santé-Sociaux (CFDT)",
        "Bargaining level": "National",
        "Date signed": "July 13, 2021",
        "Valid from": "Sept. 1, 2021",
        "Valid until": "Dec. 31, 2024",
        "Workers covered": "12,000",
        "Original language": "French",
        "Wording": "A summary of the source, not its exact wording",
        "Source link": "https://example.org/agreement",
    }
    section = source_section(html)
    assert '<a href="https://example.org/agreement" rel="noopener">Framework agreement' in section
    assert f'href="{hub.url}database/?union=CFDT"' in section
    assert f'href="{hub.url}database/?level=national"' in section
    assert '<time datetime="2021-07-13">' in section
    # The summary is said by the text itself, before it.
    text = html.index('<blockquote class="clause-box"')
    assert html.index(SUMMARY_NOTICE) < text
    assert 'aria-describedby="clause-wording"' in html[text : text + 200]


def test_dates_and_numbers_read_as_in_the_readers_language(client, hub, taxonomy):
    clause = make_clause(taxonomy, **FACTS)
    ensure_translations(hub, ["fr", "es"])
    french = facts(
        page(client, hub.get_translation(Locale.objects.get(language_code="fr")), clause)
    )
    assert "13 juillet 2021" in french.values()
    assert "31 décembre 2024" in french.values()
    assert "12\xa0000" in french.values()
    spanish = page(client, hub.get_translation(Locale.objects.get(language_code="es")), clause)
    assert "13 de julio de 2021" in facts(spanish).values()


def test_facts_a_clause_lacks_are_left_out(client, hub, taxonomy):
    clause = make_clause(taxonomy, source_title="Accord santé 2020", unions=[])
    html = page(client, hub, clause)
    assert facts(html) == {
        "Source agreement": "Accord santé 2020",
        "Original language": "English",
    }
    # Nothing is said about the wording when nobody has said whether it is verbatim.
    assert SUMMARY_NOTICE not in html
    assert "own words" not in html
    assert "unknown" not in source_section(html).lower()


def test_a_verbatim_text_is_said_to_be_the_sources_own_words(client, hub, taxonomy):
    clause = make_clause(taxonomy, text_status="verbatim", workers_covered=0)
    html = page(client, hub, clause)
    assert facts(html)["Wording"] == "The source's own words"
    assert facts(html)["Workers covered"] == "0"
    assert "The source's own words." in html.split('<blockquote class="clause-box"')[0]
    assert SUMMARY_NOTICE not in html


def document_in(collection, title="Agreement"):
    document = get_document_model()(title=title, collection=collection)
    document.file.save("agreement.pdf", ContentFile(b"%PDF-1.4 agreement"), save=False)
    document.save()
    return document


def test_the_source_document_is_linked_only_once_anyone_may_fetch_it(client, hub, taxonomy):
    # A submitted file is private; publishing its clause makes it public (source_documents).
    document = document_in(source_documents.private_collection())
    draft = make_clause(taxonomy, live=False, source_document=document)
    preview = render_to_string("clauses/clause_preview.html", {"clause": draft})
    assert "Download the source document" not in preview
    draft.save_revision().publish()
    html = page(client, hub, draft)
    assert facts(html)["Source document"] == "Download the source document"
    assert f'<a href="{document.url}">' in source_section(html)
    assert client.get(document.url).status_code == 200

    # A published clause whose file sits in a restricted collection does not link it.
    document.refresh_from_db()
    document.collection = source_documents.private_collection()
    document.save()
    html = page(client, hub, draft)
    assert "Source document" not in facts(html)
    assert document.url not in html


def test_the_preview_shows_the_source_too(taxonomy):
    clause = make_clause(taxonomy, live=False, **FACTS)
    with translation.override("en"):
        html = render_to_string("clauses/clause_preview.html", {"clause": clause})
    assert facts(html)["Employer or public authority"] == "Ministry of Local Government"
    assert facts(html)["Signatory unions"] == "CFDT Santé-Sociaux (CFDT)"
    assert SUMMARY_NOTICE in html


def test_translations_share_the_sources_facts(client, hub, taxonomy):
    """The demo loader translates clauses with `translate_from_copy` (wagtail-localize)."""
    clause = make_clause(taxonomy, **FACTS)
    ensure_translations(hub, ["fr"])
    copy = Clause(
        title="Accord-cadre", text="Le texte.", commentary="", keywords="", source_title="Accord"
    )
    french, _missing = translate_from_copy(clause, copy, "fr")
    assert french.live and french.title == "Accord-cadre"
    for name in ("employer", "bargaining_level", "date_signed", "workers_covered", "text_status"):
        assert getattr(french, name) == FACTS[name], name
    html = page(client, hub.get_translation(french.locale), clause)
    assert "Accord-cadre" in html
    with translation.override("fr"):  # the labels in the reader's language
        employer, notice = gettext("Employer or public authority"), gettext(SUMMARY_NOTICE)
    assert employer != "Employer or public authority"
    assert facts(html)[employer] == "Ministry of Local Government"
    assert notice in html


def test_the_demo_loader_fills_in_missing_facts_once(taxonomy):
    """A site loaded before the demo content had provenance gets it on the next load, in every
    language; a fact an editor set is kept, and a second load changes nothing."""
    english = make_clause(taxonomy, identifier="DBH-0010", employer="Set by an editor")
    french = translate_from_copy(english, Clause(title="Fr", text="Fr", commentary=""), "fr")[0]
    given = provenance_fields(
        {"employer": "Ministry", "bargaining_level": "national", "text_status": "summary"}
    )
    assert fill_provenance("DBH-0010", given) == 1
    for clause in (english, french):
        clause.refresh_from_db()
        assert (clause.bargaining_level, clause.text_status) == ("national", "summary")
        assert clause.live and not clause.has_unpublished_changes
    assert english.employer == "Set by an editor"
    assert english.get_latest_revision_as_object().bargaining_level == "national"
    assert fill_provenance("DBH-0010", given) == 0


def test_the_demo_content_never_gives_a_year_as_a_date():
    assert provenance_fields({"date_signed": "2017-09-01", "valid_until": ""}) == {
        "date_signed": date(2017, 9, 1)
    }
    with pytest.raises(ValueError):
        provenance_fields({"date_signed": "2017"})


def test_the_admin_filters_clauses_by_level_and_wording(admin_client, taxonomy):
    make_clause(taxonomy, "National summary", bargaining_level="national", text_status="summary")
    make_clause(taxonomy, "Workplace verbatim", bargaining_level="workplace")
    listing = reverse("wagtailsnippets_clauses_clause:list")
    html = admin_client.get(listing, {"bargaining_level": "national"}).content.decode()
    assert "National summary" in html and "Workplace verbatim" not in html
    html = admin_client.get(listing, {"text_status": "summary"}).content.decode()
    assert "National summary" in html and "Workplace verbatim" not in html


# -- import --------------------------------------------------------------------------------

HEADER = ["identifier", "title", "text", "clause_type", "employer", "bargaining_level"]
HEADER += ["date_signed", "valid_from", "valid_until", "workers_covered", "text_status"]


def run_import(tmp_path, rows):
    path = tmp_path / "clauses.csv"
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        writer.writerows(rows)
    error = None
    out, err = StringIO(), StringIO()
    try:
        call_command("import_clauses", str(path), stdout=out, stderr=err)
    except CommandError as raised:
        error = raised
    return out.getvalue(), err.getvalue(), error


GOOD = ["DBH-0500", "Tripartite digitalisation", "The parties cooperate.", "framework_agreement"]
GOOD += ["Ministry", "national", "2017-09-01", "2017-09-01", "2019-12-31", "4500", "summary"]


def test_the_import_reads_the_provenance_columns(tmp_path, taxonomy):
    out, err, error = run_import(tmp_path, [GOOD])
    assert error is None, err
    assert "Ignoring unknown columns" not in err
    clause = Clause.objects.get(identifier="DBH-0500")
    assert (clause.employer, clause.bargaining_level, clause.text_status) == (
        "Ministry",
        "national",
        "summary",
    )
    assert (clause.date_signed, clause.valid_until) == (date(2017, 9, 1), date(2019, 12, 31))
    assert clause.workers_covered == 4500
    # The same file again changes nothing.
    out, _err, error = run_import(tmp_path, [GOOD])
    assert error is None and "unchanged 1" in out


@pytest.mark.parametrize(
    "column, value, message",
    [
        ("bargaining_level", "federal", "bargaining_level 'federal' is not one of international"),
        ("text_status", "paraphrase", "text_status 'paraphrase' is not one of summary, verbatim"),
        ("date_signed", "2017", "date_signed '2017' is not a date in the form YYYY-MM-DD"),
        ("date_signed", "13/07/2021", "date_signed '13/07/2021' is not a date"),
        ("valid_from", "2021-02-30", "valid_from '2021-02-30' is not a date"),
        ("valid_until", "2017-01-01", "valid_until 2017-01-01 is before valid_from 2017-09-01"),
        ("workers_covered", "4,500", "workers_covered '4,500' is not a whole number"),
        ("workers_covered", "-3", "workers_covered '-3' is not a whole number"),
        ("employer", "x" * 301, "employer is longer than 300 characters"),
    ],
)
def test_bad_provenance_is_reported_by_row(tmp_path, taxonomy, column, value, message):
    bad = list(GOOD)
    bad[0] = "DBH-0501"
    bad[HEADER.index(column)] = value
    _out, err, error = run_import(tmp_path, [GOOD, bad])
    assert error is not None
    assert f"row 3: {message}" in err
    assert Clause.objects.filter(identifier="DBH-0500").exists()
    assert not Clause.objects.filter(identifier="DBH-0501").exists()


def test_empty_provenance_cells_leave_the_facts_empty(tmp_path, taxonomy):
    row = GOOD[:4] + [""] * 7
    _out, err, error = run_import(tmp_path, [row])
    assert error is None, err
    clause = Clause.objects.get(identifier="DBH-0500")
    assert (clause.employer, clause.bargaining_level, clause.text_status) == ("", "", "")
    assert clause.date_signed is None and clause.workers_covered is None


# -- the demo content (last: the demo site stays loaded for the rest of the module) ----------

NORWAY = "Ministry of Local Government and Modernisation; Norwegian Association of Local and"


def test_the_demo_clauses_give_the_facts_of_the_2019_report(demo_content, client):
    hubs = {h.locale.language_code: h for h in HubPage.objects.live().select_related("locale")}
    norway = Clause(identifier="DBH-0010")
    html = page(client, hubs["en"], norway)
    assert facts(html)["Employer or public authority"].startswith(NORWAY)
    assert facts(html)["Bargaining level"] == "National"
    assert SUMMARY_NOTICE in html
    assert facts(page(client, hubs["en"], Clause(identifier="DBH-0013")))["Bargaining level"] == (
        "Regional"
    )
    assert facts(page(client, hubs["en"], Clause(identifier="DBH-0015")))["Bargaining level"] == (
        "Municipal"
    )
    # The French translation shares the facts.
    french = page(client, hubs["fr"], norway)
    assert NORWAY in french
    assert f'href="{hubs["fr"].url}database/?level=national"' in french
    # No demo text is the source's own words; no date or number the project's documents do
    # not give (a year alone is not a date).
    live = Clause.objects.filter(live=True)
    assert live.filter(text_status="summary").count() == live.count()
    for name in ("date_signed", "valid_from", "valid_until", "workers_covered"):
        assert not live.exclude(**{name: None}).exists(), name
