"""Small builders for the hub's tests: a hub page, taxonomy and clauses."""

from wagtail.models import Locale

from clauses.models import Clause, Country, HubPage, Sector, SubTheme, Theme, Union
from home.models import HomePage


def make_hub():
    home = HomePage.objects.get(depth=2)
    return home.add_child(instance=HubPage(title="Hub", slug="hub"))


def make_taxonomy():
    english = Locale.get_default()
    theme = Theme.objects.create(
        number=5, title="Data rights", slug="data-rights", summary="Data.", locale=english
    )
    subtheme = SubTheme.objects.create(
        theme=theme, title="Access to data", slug="access", locale=english
    )
    country = Country.objects.create(code="FR", name="France", region="europe")
    sector = Sector.objects.create(slug="health", name="Health and social services")
    union = Union.objects.create(name="CFDT Santé-Sociaux", acronym="CFDT", country=country)
    return theme, subtheme, country, sector, union


def make_clause(theme, subtheme, country, sector, union, live=True, **fields):
    values = {
        "title": "Workers see their data",
        "text": "The employer shall give each worker a copy of the data it holds on them.",
        "clause_type": "agreement_clause",
        "country": country,
        "year": 2020,
        "locale": Locale.get_default(),
        "live": False,
    }
    values.update(fields)
    clause = Clause(**values)
    clause.save()
    clause.themes.set([theme])
    clause.subthemes.set([subtheme])
    clause.sectors.set([sector])
    clause.unions.set([union])
    revision = clause.save_revision()
    if live:
        revision.publish()
    return clause


def end_rate_limit_windows():
    """Time passes: every client's rate-limit window ends (counted in the database or in the
    cache, ourdigitalfuture.core.ratelimit)."""
    from datetime import timedelta

    from django.core.cache import cache
    from django.utils import timezone
    from ourdigitalfuture.core.models import RateLimitCounter

    RateLimitCounter.objects.update(expires_at=timezone.now() - timedelta(seconds=1))
    cache.clear()


def form_data(taxonomy=None, **overrides):
    """A valid "Submit a clause" form; with `taxonomy`, its country, sector and theme."""
    data = {
        "text": "The employer shall not monitor workers outside working hours.",
        "title": "No monitoring after hours",
        "union_name": "cfdt",
        "year": "2021",
        "source_url": "https://example.org/agreement.pdf",
        "submitter_name": "Ana Pereira",
        "submitter_email": "ana@example.org",
        "consent_to_contact": "on",
        "website": "",
    }
    if taxonomy:
        theme, _subtheme, country, sector, _union = taxonomy
        data.update(country=country.pk, sector=sector.pk, suggested_theme=theme.pk)
    data.update(overrides)
    return data
