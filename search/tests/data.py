"""A small, fixed hub for the search tests, built from hub.json: five published English clauses
whose facets differ in known ways, translations that exercise each language's analysis, a
draft, and pages."""

import json
from dataclasses import dataclass
from pathlib import Path

from wagtail.models import Locale

from clauses.models import Clause, HubPage
from clauses.tests.factories import build_taxonomy, make_clause, make_hub
from home.models import StandardPage
from ourdigitalfuture.core.demo import ensure_translations

DATA = json.loads((Path(__file__).parent / "hub.json").read_text())
DRAFT_TITLE = DATA["draft"]["title"]


@dataclass
class Hub:
    hub: HubPage
    clauses: dict  # identifier -> English clause
    translations: dict  # (identifier, language) -> translated clause


def publish(clause):
    clause.save_revision().publish()
    return clause


def build_hub():
    """The hub, in English and French, with the clauses of hub.json."""
    hub = make_hub()
    ensure_translations(hub, ["fr"])
    taxonomy = build_taxonomy(spec=DATA)
    english = taxonomy.locale
    clauses = {}
    for row in DATA["clauses"]:
        clauses[row["identifier"]] = make_clause(
            taxonomy,
            row["title"],
            identifier=row["identifier"],
            text=row["text"],
            commentary="<p>Negotiators can adapt this clause.</p>",
            clause_type=row["type"],
            country=row["country"],
            year=row["year"],
            themes=[row["theme"]],
            subthemes=[row["subtheme"]] if row["subtheme"] else [],
            unions=[row["union"]] if row["union"] else [],
            sectors=[row["sector"]] if row["sector"] else [],
        )
    translations = {}
    for row in DATA["translations"]:
        identifier, language = row["identifier"], row["language"]
        source = clauses[identifier]
        translated = source.copy_for_translation(Locale.objects.get(language_code=language))
        translated.title, translated.text = row["title"], row["text"]
        translated.live = False
        translated.save()
        translated.themes.set(source.themes.all())
        translated.subthemes.set(source.subthemes.all())
        translated.unions.set(source.unions.all())
        translated.sectors.set(source.sectors.all())
        translations[identifier, language] = publish(translated)
    draft = DATA["draft"]
    Clause(
        identifier=draft["identifier"],
        title=draft["title"],
        text=draft["text"],
        clause_type=draft["type"],
        locale=english,
        live=False,
    ).save()
    page = DATA["page"]
    hub.get_parent().add_child(
        instance=StandardPage(
            title=page["title"], slug=page["slug"], body=[("paragraph", page["body"])]
        )
    )
    return Hub(hub=hub, clauses=clauses, translations=translations)
