"""A clause page's "Related clauses": other live clauses in the language of the version shown
that share a sub-theme, newest first, at most five, each once; in every language the page is
shown in. The bounded query (clauses.views.related_clauses) returns what the former
`SELECT DISTINCT` over the sub-theme join returned, in the same order."""

import re

import pytest
from wagtail.models import Locale

from clauses.models import public_clauses
from clauses.views import related_clauses
from ourdigitalfuture.core.demo import ensure_translations

from .compare_data import translate_clause
from .factories import make_clause

pytestmark = pytest.mark.django_db

TAXONOMY = "three_themes"
LANGUAGES = ["fr", "es", "pt", "ru", "ar"]


def distinct_join_query(clause, limit=5):
    """The query clause pages ran before #17: DISTINCT over the clause/sub-theme join."""
    return list(
        public_clauses()
        .filter(locale=clause.locale, subthemes__in=list(clause.subthemes.all()))
        .exclude(translation_key=clause.translation_key)
        .distinct()
        .order_by("-year", "identifier")[:limit]
    )


def related_on_page(client, url):
    html = client.get(url).content.decode()
    if 'id="related"' not in html:
        return []
    section = html.split('id="related"', 1)[1].split("</section>", 1)[0]
    return list(dict.fromkeys(re.findall(r"DBH-\d+", section)))


@pytest.fixture
def clauses(hub, taxonomy):
    """The clause measured, with clauses sharing one or both of its sub-themes, sharing none,
    in draft, without a year, and French translations of it and of one related clause."""

    def clause(title, year, *subthemes, live=True):
        return make_clause(taxonomy, title, year=year, subthemes=subthemes, live=live)

    made = {
        "measured": clause("Measured", 2020, "information-and-consultation", "worker-data-rights"),
        "one": clause("Shares one", 2022, "worker-data-rights"),
        "both": clause("Shares both", 2021, "information-and-consultation", "worker-data-rights"),
        "other": clause("Other sub-theme", 2024, "telework"),
        "none": clause("No sub-theme", 2023),
        "tie_b": clause("Tie B", 2019, "information-and-consultation"),
        "tie_a": clause("Tie A", 2019, "information-and-consultation"),
        "draft": clause("Draft", 2025, "worker-data-rights", live=False),
        "old": clause("Older", 2005, "information-and-consultation"),
        "undated": clause("Undated", None, "worker-data-rights"),
    }
    ensure_translations(hub, LANGUAGES)
    made["measured_fr"] = translate_clause(made["measured"], "fr", title="Mesurée")
    made["one_fr"] = translate_clause(made["one"], "fr", title="En partage une")
    made["other_fr"] = translate_clause(made["other"], "fr", title="Autre sous-thème")
    return made


def test_related_clauses_are_those_of_the_distinct_join_in_the_same_order(clauses):
    for name, clause in clauses.items():
        if clause.live:
            expected = [c.pk for c in distinct_join_query(clause)]
            assert [c.pk for c in related_clauses(clause)] == expected, name
    english = related_clauses(clauses["measured"])
    titles = [c.title for c in english]
    # Newest first, ties by identifier, each once, only live, at most five. An undated clause
    # comes where the database puts a missing year (last on SQLite, first on PostgreSQL), as
    # with the old query.
    newest = ["Shares one", "Shares both", "Tie B", "Tie A"]
    assert [title for title in titles if title != "Undated"][:4] == newest
    assert len(titles) == 5 and set(titles) - set(newest) <= {"Older", "Undated"}
    assert {c.title for c in related_clauses(clauses["measured_fr"])} == {"En partage une"}
    assert related_clauses(clauses["none"]) == []


def test_the_clause_page_lists_them_in_every_language_it_is_shown_in(client, hub, clauses):
    measured = clauses["measured"]
    for language in ["en", *LANGUAGES]:
        page_hub = hub.get_translation(Locale.objects.get(language_code=language))
        shown = clauses["measured_fr"] if language == "fr" else measured
        expected = [c.identifier for c in distinct_join_query(shown)]
        listed = related_on_page(client, f"{page_hub.url}clauses/{measured.identifier}/")
        assert listed == expected, language
        assert listed, language
    french_hub = hub.get_translation(Locale.objects.get(language_code="fr"))
    assert related_on_page(client, f"{french_hub.url}clauses/{measured.identifier}/") == [
        clauses["one"].identifier
    ]
