"""A small, fixed hub for the search tests: five published English clauses whose facets differ
in known ways, translations that exercise each language's analysis, a draft, and pages."""

from dataclasses import dataclass

from wagtail.models import Locale

from clauses.models import Clause, Country, HubPage, Sector, SubTheme, Theme, Union
from home.demo import ensure_translations
from home.models import HomePage, StandardPage


@dataclass
class Hub:
    hub: HubPage
    clauses: dict  # identifier -> English clause
    translations: dict  # (identifier, language) -> translated clause


ENGLISH = [
    # identifier, title, text, theme, subtheme, type, union, country, sector, year
    (
        "DBH-9001",
        "GPS tracking of refuse trucks",
        "The employer shall not use GPS tracking data from refuse trucks to monitor "
        "individual drivers, nor in disciplinary proceedings.",
        1,
        "gps",
        "agreement_clause",
        "CFDT",
        "FR",
        "health",
        2020,
    ),
    (
        "DBH-9002",
        "Algorithmic scheduling in home care",
        "Any scheduling algorithm used to plan home care visits is disclosed to the union, "
        "with its parameters and the data it uses.",
        2,
        "algorithms",
        "model_clause",
        "UNISON",
        "GB",
        "local",
        2018,
    ),
    (
        "DBH-9003",
        "Right to disconnect",
        "Workers have the right to disconnect from e-mail and messaging outside working hours.",
        2,
        "time",
        "legislation",
        "CFDT",
        "FR",
        "local",
        2016,
    ),
    (
        "DBH-9004",
        "Video cameras in depots",
        "Video cameras are not used to monitor the performance of workers; recordings are "
        "deleted after 72 hours. <script>alert(1)</script>",
        1,
        None,
        "agreement_clause",
        "UNISON",
        "GB",
        "health",
        2022,
    ),
    (
        "DBH-9005",
        "Training for new technology",
        "Every worker receives paid training before new technology is introduced.",
        3,
        None,
        "union_guidance",
        None,
        None,
        None,
        None,
    ),
]

TRANSLATIONS = {
    ("DBH-9001", "fr"): (
        "Suivi GPS des camions-bennes",
        "L'employeur n'utilise pas la donnée de géolocalisation des camions-bennes pour "
        "surveiller les conducteurs.",
    ),
    ("DBH-9001", "ru"): (
        "GPS-отслеживание мусоровозов",
        "Работодатель не использует данные GPS мусоровозов для контроля водителей.",
    ),
    ("DBH-9001", "ar"): (
        "تتبع شاحنات النفايات",
        "لا يستخدم صاحب العمل البيانات لمراقبة السائقين.",
    ),
    ("DBH-9002", "es"): (
        "Planificación algorítmica en la atención domiciliaria",
        "Todo algoritmo de planificación de las visitas se comunica al sindicato.",
    ),
    ("DBH-9002", "pt"): (
        "Agendamento algorítmico no cuidado domiciliar",
        "Qualquer algoritmo de agendamento das visitas é comunicado ao sindicato.",
    ),
}

DRAFT_TITLE = "Unpublished GPS draft"


def build_taxonomy():
    english = Locale.get_default()
    themes = {
        number: Theme.objects.create(
            number=number, title=title, slug=slug, summary=title, locale=english
        )
        for number, title, slug in [
            (1, "Surveillance", "surveillance"),
            (2, "Working time and algorithms", "time-algorithms"),
            (3, "Skills", "skills"),
        ]
    }
    subthemes = {
        slug: SubTheme.objects.create(theme=themes[n], title=title, slug=slug, locale=english)
        for slug, n, title in [
            ("gps", 1, "GPS and location"),
            ("algorithms", 2, "Algorithmic management"),
            ("time", 2, "Right to disconnect"),
        ]
    }
    countries = {
        code: Country.objects.create(code=code, name=name, region="europe")
        for code, name in [("FR", "France"), ("GB", "United Kingdom")]
    }
    sectors = {
        slug: Sector.objects.create(slug=slug, name=name)
        for slug, name in [("health", "Health"), ("local", "Local government")]
    }
    unions = {
        "CFDT": Union.objects.create(name="CFDT Santé", acronym="CFDT", country=countries["FR"]),
        "UNISON": Union.objects.create(name="Unison", acronym="UNISON", country=countries["GB"]),
    }
    return themes, subthemes, countries, sectors, unions


def publish(clause):
    clause.save_revision().publish()
    return clause


def build_hub():
    """The hub, in English and French, with the clauses above."""
    home = HomePage.objects.get(depth=2, locale=Locale.get_default())
    hub = home.add_child(instance=HubPage(title="Hub", slug="hub"))
    ensure_translations(hub, ["fr"])
    themes, subthemes, countries, sectors, unions = build_taxonomy()
    english = Locale.get_default()
    clauses = {}
    for identifier, title, text, theme, subtheme, kind, union, country, sector, year in ENGLISH:
        clause = Clause(
            identifier=identifier,
            title=title,
            text=text,
            commentary="<p>Negotiators can adapt this clause.</p>",
            clause_type=kind,
            country=countries.get(country),
            year=year,
            locale=english,
            live=False,
        )
        clause.save()
        clause.themes.set([themes[theme]])
        clause.subthemes.set([subthemes[subtheme]] if subtheme else [])
        clause.unions.set([unions[union]] if union else [])
        clause.sectors.set([sectors[sector]] if sector else [])
        clauses[identifier] = publish(clause)
    translations = {}
    for (identifier, language), (title, text) in TRANSLATIONS.items():
        source = clauses[identifier]
        translated = source.copy_for_translation(Locale.objects.get(language_code=language))
        translated.title, translated.text = title, text
        translated.live = False
        translated.save()
        translated.themes.set(source.themes.all())
        translated.subthemes.set(source.subthemes.all())
        translated.unions.set(source.unions.all())
        translated.sectors.set(source.sectors.all())
        translations[identifier, language] = publish(translated)
    draft = Clause(
        identifier="DBH-9099",
        title=DRAFT_TITLE,
        text="GPS tracking that nobody has approved.",
        clause_type="agreement_clause",
        locale=english,
        live=False,
    )
    draft.save()
    home.add_child(
        instance=StandardPage(
            title="About GPS tracking at work",
            slug="about-gps",
            body=[("paragraph", "<p>How unions negotiate GPS tracking of workers.</p>")],
        )
    )
    return Hub(hub=hub, clauses=clauses, translations=translations)
