"""Test data for the hub, from factories (factory_boy, wagtail-factories): the hub page, the
taxonomy snippets, clauses and submissions. `build_taxonomy` builds one of the taxonomies
described in taxonomies.toml; `make_clause` makes a clause with that taxonomy's facets;
`make_submission` a submission naming them; `make_hub` adds the hub page under the English home
page. Every test module builds its hub data with these."""

import tomllib
from dataclasses import dataclass
from pathlib import Path

import factory
import wagtail_factories
from django.core.files.base import ContentFile
from factory.django import DjangoModelFactory
from wagtail.models import Locale

from clauses.models import (
    Clause,
    ClauseSubmission,
    Country,
    HubPage,
    Sector,
    SubTheme,
    Theme,
    Union,
)
from home.tests.factories import english_home

TAXONOMIES = tomllib.loads((Path(__file__).with_name("taxonomies.toml")).read_text("utf-8"))
FACETS = ("themes", "subthemes", "country", "sectors", "unions")
CLAUSE_TITLE = "Workers see their data"


class SectorFactory(DjangoModelFactory):
    class Meta:
        model = Sector

    locale = factory.LazyFunction(Locale.get_default)
    slug = factory.Sequence(lambda n: f"sector-{n}")
    name = factory.LazyAttribute(lambda sector: sector.slug.replace("-", " ").capitalize())


class CountryFactory(DjangoModelFactory):
    """A country: every ISO 3166 country has its row already (a migration makes them), so the
    factory finds it by its code."""

    class Meta:
        model = Country
        django_get_or_create = ("code",)

    code = "FR"
    name = "France"
    region = "europe"


class UnionFactory(DjangoModelFactory):
    class Meta:
        model = Union
        skip_postgeneration_save = True

    acronym = factory.Sequence(lambda n: f"U{n}")
    name = factory.LazyAttribute(lambda union: f"Union {union.acronym}")
    country = None

    @factory.post_generation
    def sectors(union, create, sectors, **kwargs):
        if create and sectors:
            union.sectors.add(*sectors)


class ThemeFactory(DjangoModelFactory):
    class Meta:
        model = Theme

    locale = factory.LazyFunction(Locale.get_default)
    number = factory.Sequence(lambda n: n + 1)
    title = factory.LazyAttribute(lambda theme: f"Theme {theme.number}")
    slug = factory.LazyAttribute(lambda theme: f"theme-{theme.number}")
    summary = factory.SelfAttribute("title")


class SubThemeFactory(DjangoModelFactory):
    class Meta:
        model = SubTheme

    locale = factory.LazyFunction(Locale.get_default)
    theme = factory.SubFactory(ThemeFactory)
    title = factory.Sequence(lambda n: f"Sub-theme {n}")
    slug = factory.Sequence(lambda n: f"subtheme-{n}")


class ClauseFactory(DjangoModelFactory):
    """A clause with its facets (lists of objects), saved, given a revision, and published
    through it unless live=False (then a draft)."""

    class Meta:
        model = Clause

    locale = factory.LazyFunction(Locale.get_default)
    title = CLAUSE_TITLE
    text = "The employer shall give each worker a copy of the data it holds on them."
    clause_type = "agreement_clause"
    year = 2020
    live = True

    @classmethod
    def _create(cls, model_class, *args, live=True, **fields):
        related = {name: fields.pop(name, ()) for name in FACETS if name != "country"}
        clause = model_class(*args, live=False, **fields)
        for name, objects in related.items():
            getattr(clause, name).set(objects)
        clause.save()
        revision = clause.save_revision()
        if live:
            revision.publish()
        return clause


class ClauseSubmissionFactory(DjangoModelFactory):
    """A submission as the public form stores it."""

    class Meta:
        model = ClauseSubmission

    title = "Right to disconnect"
    text = "Workers need not answer e-mails after 18:00.\nNor at weekends."
    union_name = "cfdt"
    year = 2021
    source_url = "https://example.org/agreement"
    language = "fr"
    submitter_name = "Ana Pereira"
    submitter_email = "ana.pereira@example.org"
    consent_to_contact = True
    address_hash = "0" * 64


class HubPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = HubPage

    title = "Hub"
    slug = "hub"
    parent = factory.LazyFunction(english_home)


@dataclass
class Taxonomy:
    """A taxonomy the tests built: each kind of snippet by its key (theme number, sub-theme
    slug, country code, sector slug, union acronym), and the keys of the facets a clause gets
    unless told otherwise."""

    locale: Locale
    themes: dict
    subthemes: dict
    countries: dict
    sectors: dict
    unions: dict
    clause: dict

    # The first of each kind (in a one-of-each taxonomy, the only one).
    @property
    def theme(self):
        return next(iter(self.themes.values()))

    @property
    def subtheme(self):
        return next(iter(self.subthemes.values()))

    @property
    def country(self):
        return next(iter(self.countries.values()))

    @property
    def sector(self):
        return next(iter(self.sectors.values()))

    @property
    def union(self):
        return next(iter(self.unions.values()))


def build_taxonomy(name="one_of_each", spec=None):
    """The taxonomy `name` of taxonomies.toml (or `spec`, a mapping in the same form, e.g. the
    search tests' hub.json), in the default locale."""
    spec = spec or TAXONOMIES[name]
    locale = Locale.get_default()
    sectors = {row["slug"]: SectorFactory(**row) for row in spec["sectors"]}
    countries = {row["code"]: CountryFactory(**row) for row in spec["countries"]}
    unions = {}
    for row in spec["unions"]:
        row = dict(row)
        row["country"] = countries.get(row.get("country"))
        row["sectors"] = [sectors[slug] for slug in row.get("sectors", ())]
        unions[row["acronym"]] = UnionFactory(**row)
    themes = {row["number"]: ThemeFactory(locale=locale, **row) for row in spec["themes"]}
    subthemes = {
        row["slug"]: SubThemeFactory(locale=locale, **{**row, "theme": themes[row["theme"]]})
        for row in spec["subthemes"]
    }
    return Taxonomy(locale, themes, subthemes, countries, sectors, unions, spec.get("clause", {}))


def make_clause(taxonomy, title=CLAUSE_TITLE, *, live=True, **fields):
    """A clause with the taxonomy's facets, by key: `themes=(1, 3)`, `subthemes=("telework",)`,
    `country="FR"` (None: no country), `sectors`, `unions`; each defaults to the taxonomy's
    `clause` entry. Other fields go to the clause as given."""
    keys = {name: fields.pop(name, taxonomy.clause.get(name)) for name in FACETS}
    tables = {
        "themes": taxonomy.themes,
        "subthemes": taxonomy.subthemes,
        "sectors": taxonomy.sectors,
        "unions": taxonomy.unions,
    }
    for name, table in tables.items():
        fields[name] = [table[key] for key in keys[name] or ()]
    fields["country"] = taxonomy.countries[keys["country"]] if keys["country"] else None
    fields.setdefault("locale", taxonomy.locale)
    return ClauseFactory(title=title, live=live, **fields)


def make_hub(**fields):
    """A hub page under the English home page."""
    return HubPageFactory(**fields)


def make_submission(taxonomy, source_file=None, **fields):
    """A submission suggesting the taxonomy's first theme, country and sector; with
    `source_file` (bytes), its private file "agreement.pdf"."""
    fields = {
        "country": taxonomy.country,
        "sector": taxonomy.sector,
        "suggested_theme": taxonomy.theme,
        **fields,
    }
    submission = ClauseSubmissionFactory.build(**fields)
    if source_file is not None:
        submission.source_file.save("agreement.pdf", ContentFile(source_file), save=False)
    submission.save()
    return submission
