"""The public site is right in every language: each demo page, in every locale it exists in,
answers with the right `lang`, `dir` and `hreflang` alternates; the demo translations are
wagtail-localize translations; shared snippets fall back visibly."""

import re

import pytest
from django.conf import settings
from django.utils.translation import gettext, override
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import StringSegment, Translation

from clauses.models import Clause, HubPage, Theme, ThemePage
from home.models import ProjectPage, StandardPage
from ourdigitalfuture.core.translation import shows_source_content, with_own_content

pytestmark = pytest.mark.django_db

RTL = {"ar"}


@pytest.fixture(autouse=True)
def _demo(demo_site, db):
    """Every test here reads the module's demo site."""


def test_every_page_in_every_locale_has_lang_dir_and_hreflang(client):
    pages = list(Page.objects.live().filter(depth__gt=1).select_related("locale").specific())
    assert {p.locale.language_code for p in pages} == {"en", "fr", "es", "pt", "ru", "ar"}
    # Alternates name the site's own address (the demo sets it from WAGTAILADMIN_BASE_URL).
    root_url = Site.objects.get(is_default_site=True).root_url
    assert root_url == settings.WAGTAILADMIN_BASE_URL
    problems = []
    for page in pages:
        code = page.locale.language_code
        html = client.get(page.url).content.decode()
        direction = "rtl" if code in RTL else "ltr"
        if f'<html lang="{code}" dir="{direction}">' not in html:
            problems.append((page.url, "lang/dir"))
        alternates = dict(
            re.findall(r'<link rel="alternate" hreflang="([\w-]+)" href="([^"]+)">', html)
        )
        if shows_source_content(page):
            # Not translated yet: its source is its canonical address, and it has no alternates.
            if alternates:
                problems.append((page.url, "alternates on a page showing its source"))
            continue
        own_codes = set(
            with_own_content(page.get_translations(inclusive=True).live()).values_list(
                "locale__language_code", flat=True
            )
        )
        if set(alternates) - {"x-default"} != own_codes:
            problems.append((page.url, "hreflang", sorted(alternates), sorted(own_codes)))
        if alternates.get(code) != f"{root_url}{page.url}":
            problems.append((page.url, "self alternate"))
    assert problems == []


@pytest.mark.parametrize("language", ["ru", "ar"])
def test_about_the_project_in_russian_and_arabic(client, language):
    locale = Locale.objects.get(language_code=language)
    page = ProjectPage.objects.live().get(locale=locale)
    html = client.get(page.url).content.decode()
    english = ProjectPage.objects.get(locale__language_code="en")
    assert len(page.topics) == 7 and page.title != english.title
    assert english.topics[0].value not in html
    assert "daniel.oberko@world-psi.org" in html


@pytest.mark.parametrize("language", ["fr", "es"])
def test_home_hub_and_themes_in_french_and_spanish(client, language):
    locale = Locale.objects.get(language_code=language)
    hub = HubPage.objects.live().get(locale=locale)
    assert ThemePage.objects.live().child_of(hub).count() == 8
    assert Theme.objects.filter(locale=locale).count() == 8
    for page in ThemePage.objects.live().child_of(hub):
        html = client.get(page.url).content.decode()
        english_theme = page.theme  # synchronised: the default language's theme
        assert english_theme.locale.language_code == "en"
        assert english_theme.get_translation(locale).title in html


def test_demo_translations_are_wagtail_localize_translations():
    """The translation editor shows the demo translations as translated."""
    translated_clauses = Clause.objects.filter(locale__language_code__in=["fr", "es"])
    assert translated_clauses.values("translation_key").distinct().count() >= 10
    for translation in Translation.objects.filter(
        target_locale__language_code__in=["fr", "es", "ru", "ar"]
    ):
        segments = StringSegment.objects.filter(source=translation.source)
        missing = segments.annotate_translation(translation.target_locale).filter(
            translation__isnull=True
        )
        if translation.source.specific_content_type.model in {
            "homepage",
            "projectpage",
            "hubpage",
            "themepage",
            "clause",
            "theme",
        }:
            assert (
                not missing.exclude(string__data__in=["home", "hub", "about"])
                .exclude(context__path__in=["slug", "keywords", "source_title"])
                .exists()
            ), translation


def test_untranslated_clauses_show_in_their_original_language_marked(client):
    # The demo translates every clause into French and Spanish, a few into Portuguese.
    portuguese_hub = HubPage.objects.get(locale__language_code="pt")
    portuguese = Locale.objects.get(language_code="pt")
    untranslated = next(
        c
        for c in Clause.objects.filter(locale__language_code="en", live=True)
        if not c.has_translation(portuguese)
    )
    html = client.get(f"{portuguese_hub.url}clauses/{untranslated.identifier}/").content.decode()
    assert '<html lang="pt"' in html
    assert re.search(r'<div lang="en"( dir="ltr")?>', html)
    with override("pt"):
        notice = gettext(
            "This clause has not yet been translated into this language; it is shown in its "
            "original language."
        )
    assert notice in html


def test_language_switcher_goes_to_the_translation_or_says_it_is_missing(client):
    english = ProjectPage.objects.get(locale__language_code="en")
    html = client.get(english.url).content.decode()
    arabic = english.get_translation(Locale.objects.get(language_code="ar"))
    assert f'<a href="{arabic.url}" lang="ar" hreflang="ar">' in html
    # Every language has the page (translated, or an alias until it is): none is unavailable.
    assert 'class="unavailable"' not in html
    # A page made in code after the demo was built has no alias yet: it exists in English only.
    page = StandardPage(title="Only in English", slug="only-in-english")
    english.get_parent().add_child(instance=page)
    page.save_revision().publish()
    html = client.get(page.url).content.decode()
    assert html.count('class="unavailable"') == 5
    assert '<a href="/fr/" lang="fr" hreflang="fr" class="unavailable"' in html


def test_language_switcher_keeps_the_search_and_marks_only_what_is_missing(client):
    # Site search is not a page: each language's link is the same search under its prefix.
    html = client.get("/fr/search/?q=donn%C3%A9es&type=clause").content.decode()
    for code in ("en", "es", "pt", "ru", "ar"):
        assert f'<a href="/{code}/search/?q=donn%C3%A9es&amp;type=clause" lang="{code}"' in html
    assert 'class="unavailable"' not in html
    # A routable page's sub-path and query go with it to the translation.
    french_hub = HubPage.objects.get(locale__language_code="fr")
    spanish_hub = HubPage.objects.get(locale__language_code="es")
    html = client.get(f"{french_hub.url}database/?q=GPS&year_from=2015").content.decode()
    assert f'<a href="{spanish_hub.url}database/?q=GPS&amp;year_from=2015" lang="es"' in html
    # A page not found has nothing to switch to: every other language says so.
    html = client.get("/fr/no-such-page/").content.decode()
    assert html.count('class="unavailable"') == 5
