"""Test data for the comparison and citations of clauses (test_compare.py, test_citations.py):
a hub in English, French and Arabic with three published clauses whose provenance differs, an
Arabic translation of the first clause and of its theme, and a draft."""

from dataclasses import dataclass
from datetime import date

from wagtail.models import Locale

from clauses.models import Clause, HubPage
from ourdigitalfuture.core.demo import ensure_translations

from .factories import build_taxonomy, make_clause, make_hub

ARABIC_TITLE = "تتبع شاحنات النفايات"
ARABIC_TEXT = "لا يستخدم صاحب العمل بيانات تحديد المواقع لمراقبة السائقين."
ARABIC_THEME = "حقوق البيانات"


@dataclass
class CompareData:
    hubs: dict  # language code -> hub page
    gps: Clause  # translated into Arabic; every provenance field given
    rota: Clause  # a summary, with other provenance
    disconnect: Clause  # no provenance at all
    draft: Clause


def translate_clause(clause, language, **fields):
    """`clause`'s published translation in `language` with its own wording (as a translator
    would make it), with the same facets."""
    translated = clause.copy_for_translation(Locale.objects.get(language_code=language))
    for name, value in fields.items():
        setattr(translated, name, value)
    translated.live = False
    translated.save()
    for name in ("themes", "subthemes", "unions", "sectors"):
        getattr(translated, name).set(getattr(clause, name).all())
    translated.save_revision().publish()
    return translated


def build():
    hub = make_hub(title="Digital Bargaining Hub")
    ensure_translations(hub, ["fr", "ar"])
    taxonomy = build_taxonomy()
    arabic_theme = taxonomy.theme.copy_for_translation(Locale.objects.get(language_code="ar"))
    arabic_theme.title = ARABIC_THEME
    arabic_theme.save()
    gps = make_clause(
        taxonomy,
        "GPS tracking of refuse trucks",
        text="The employer shall not use GPS data from refuse trucks to monitor drivers.",
        source_title="Accord sur la propreté urbaine",
        employer="Ville de Lyon",
        bargaining_level="municipal",
        date_signed=date(2021, 3, 4),
        valid_from=date(2021, 4, 1),
        valid_until=date(2024, 3, 31),
        workers_covered=12000,
        text_status="verbatim",
        source_url="https://example.org/accord-proprete.pdf",
        original_language="fr",
        year=2021,
    )
    rota = make_clause(
        taxonomy,
        "Rota algorithms are disclosed",
        text="Any algorithm used to draw up rotas is disclosed to the union.",
        source_title="Hospital staff agreement",
        employer="Northern Hospitals Trust",
        bargaining_level="workplace",
        text_status="summary",
        country=None,
        year=2019,
    )
    disconnect = make_clause(
        taxonomy,
        "Right to disconnect",
        text="Workers need not answer messages outside working hours.",
        year=None,
    )
    draft = make_clause(taxonomy, "An unpublished draft", live=False)
    translate_clause(gps, "ar", title=ARABIC_TITLE, text=ARABIC_TEXT)
    hubs = {
        page.locale.language_code: page
        for page in HubPage.objects.filter(translation_key=hub.translation_key).select_related(
            "locale"
        )
    }
    return CompareData(hubs, gps, rota, disconnect, draft)
