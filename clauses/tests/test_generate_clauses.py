"""`manage.py generate_clauses`: marked synthetic clauses, the same for the same seed, numbered
after the real ones, with facets from the existing taxonomy and text that search can find."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from wagtail.search.backends import get_search_backend

from clauses.management.commands.generate_clauses import SOURCE_TITLE
from clauses.models import Clause

from .factories import make_clause

pytestmark = pytest.mark.django_db

TAXONOMY = "three_themes"


def generate(*args):
    out, err = StringIO(), StringIO()
    call_command("generate_clauses", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def content(clauses):
    """What a seed determines: everything but the identifier and translation key."""
    return [
        (
            c.title,
            c.text,
            c.commentary,
            c.clause_type,
            c.country.code if c.country else None,
            c.year,
            c.original_language,
            c.keywords,
            [t.number for t in c.themes.all()],
            [s.slug for s in c.subthemes.all()],
            [u.acronym for u in c.unions.all()],
            [s.slug for s in c.sectors.all()],
        )
        for c in clauses.select_related("country").prefetch_related(
            "themes", "subthemes", "unions", "sectors"
        )
    ]


def synthetic():
    return Clause.objects.filter(is_synthetic=True).order_by("pk")


def test_generates_marked_clauses_after_the_existing_ones(taxonomy):
    make_clause(taxonomy, "A real clause", identifier="DBH-0067")

    out, err = generate("--count", "200", "--seed", "7")

    clauses = list(synthetic().prefetch_related("themes", "subthemes", "sectors"))
    assert len(clauses) == 200
    assert [c.identifier for c in clauses] == [f"DBH-{n:04d}" for n in range(68, 268)]
    for clause in clauses:
        assert clause.title.startswith("[Synthetic] ")
        assert clause.source_title == SOURCE_TITLE
        assert clause.live
        assert clause.locale == taxonomy.locale
        assert clause.themes.all()
        assert clause.sectors.all()
        # Sub-themes belong to the clause's themes.
        theme_ids = {t.pk for t in clause.themes.all()}
        assert all(s.theme_id in theme_ids for s in clause.subthemes.all())
    assert len({c.translation_key for c in clauses}) == 200
    assert Clause.objects.filter(is_synthetic=False).count() == 1
    assert "Created 200 synthetic clauses (DBH-0068 to DBH-0267" in out
    assert "clauses/s" in out
    assert "update_index" in out
    assert err.rstrip().endswith("] 200/200")


def test_same_seed_same_content_in_any_batch_size(taxonomy):
    generate("--count", "200", "--seed", "7")
    first = content(synthetic())
    keys = list(synthetic().values_list("identifier", "translation_key"))
    synthetic().delete()

    generate("--count", "200", "--seed", "7", "--batch", "64")

    assert content(synthetic()) == first
    # From the same starting point, identifiers and translation keys repeat too.
    assert list(synthetic().values_list("identifier", "translation_key")) == keys


def test_a_second_run_continues_and_a_new_seed_changes_the_content(taxonomy):
    generate("--count", "50", "--seed", "7")
    first = content(synthetic())

    # The same seed again on top: the same content under new identifiers and keys.
    generate("--count", "50", "--seed", "7")
    assert Clause.objects.count() == 100
    assert content(synthetic())[50:] == first
    assert synthetic().last().identifier == "DBH-0100"

    generate("--count", "50", "--seed", "8")
    assert content(synthetic())[100:] != first


def test_the_vocabulary_is_searchable(taxonomy):
    generate("--count", "200", "--seed", "3")
    backend = get_search_backend()
    backend.add_bulk(Clause, list(synthetic()))

    for query in ["GPS", "algorithm", "surveillance", "working time", "disconnect", "training"]:
        assert backend.search(query, Clause).count() > 0, query


def test_needs_the_taxonomy():
    with pytest.raises(CommandError, match="load_demo_content"):
        generate("--count", "10")


def test_refuses_nonsense_counts(taxonomy):
    with pytest.raises(CommandError, match="at least 1"):
        generate("--count", "0")
    with pytest.raises(CommandError, match="no locale 'xx'"):
        generate("--count", "5", "--locale", "xx")
