"""Fragments quoted under a result on the database backend: each from one field of the text,
never from the keywords or the source's title (which the clause page shows), as on
Elasticsearch."""

from clauses.models import Clause
from search.engines.database import matched_fragments
from search.highlight import strip_marks
from search.registry import index_spec


def quoted(obj, stems):
    """The fragments the database engine quotes for a hit of the clause database."""
    return matched_fragments(obj, stems, skip=index_spec("clauses").unquoted)


def clause():
    return Clause(
        title="Refusal rights",
        text="Workers may refuse GPS tracking outside working hours.",
        commentary="<p>Negotiators report that refusal is rarely used.</p>",
        keywords="refuse, GPS, tracking",
        source_title="Refuse-to-track agreement",
    )


def test_each_fragment_comes_from_one_field():
    fragments = [strip_marks(f) for f in quoted(clause(), ["refus"])]
    assert fragments == [
        "Workers may refuse GPS tracking outside working hours.",
        "Negotiators report that refusal is rarely used.",
    ]


def test_keywords_and_source_are_not_quoted():
    assert quoted(clause(), ["track"]) == [
        "Workers may refuse GPS \ue000tracking\ue001 outside working hours."
    ]
    assert quoted(clause(), ["agreement"]) == []
