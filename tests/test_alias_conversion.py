"""Turning an alias into a translation (#14): the page stays live with its English text, marked
as English and with a notice that follows the translation's progress, until the translated
version is published."""

import re

import pytest
from django.urls import reverse
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, Translation, TranslationSource

from home.models import HomePage
from home.tests.factories import PrivacyPageFactory
from ourdigitalfuture.core.demo import ensure_translations
from ourdigitalfuture.core.translation import shows_source_content, synchronise_locales

pytestmark = pytest.mark.django_db

PROGRESS = re.compile(r"\((\d+)\s?% ")


@pytest.fixture
def french():
    return Locale.objects.get(language_code="fr")


@pytest.fixture
def page():
    home = HomePage.objects.get(depth=2, locale__language_code="en")
    ensure_translations(home, ["fr"])
    page = PrivacyPageFactory(parent=home)
    synchronise_locales()  # a page made in code gets its aliases here
    return page


def translate(client, translation, source_text, value):
    segment = StringSegment.objects.get(source=translation.source, string__data=source_text)
    url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
    client.put(url, f"value={value}", content_type="application/x-www-form-urlencoded")


def test_synchronising_gives_a_page_made_in_code_an_alias_in_every_language(page):
    aliases = Page.objects.filter(alias_of=page).values_list("locale__language_code", flat=True)
    assert sorted(aliases) == ["ar", "es", "fr", "pt", "ru"]
    synchronise_locales()  # idempotent
    assert Page.objects.filter(alias_of=page).count() == 5


def test_a_converted_alias_stays_live_in_english_until_its_translation_is_published(
    client, admin_client, page, french, django_capture_on_commit_callbacks
):
    alias = page.get_translation(french)
    html = client.get(alias.url).content.decode()
    assert '<h1 lang="en" dir="ltr">Privacy</h1>' in html
    assert "notice--language" in html and PROGRESS.search(html) is None  # no translation yet

    response = admin_client.post(
        reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
        {"locales": [french.pk]},
    )
    assert response.status_code == 302
    converted = page.get_translation(french)
    assert converted.pk == alias.pk and converted.alias_of_id is None
    assert converted.live and shows_source_content(converted)
    html = client.get(alias.url).content.decode()
    assert '<h1 lang="en" dir="ltr">Privacy</h1>' in html
    assert PROGRESS.search(html).group(1) == "0"
    assert f'<link rel="canonical" href="{page.get_full_url()}">' in html

    source = TranslationSource.objects.get_for_instance(page)
    translation = Translation.objects.get(source=source, target_locale=french)
    translate(admin_client, translation, "Privacy", "Confidentialité")
    html = client.get(alias.url).content.decode()
    total, done = translation.get_progress()
    assert 0 < done < total
    assert PROGRESS.search(html).group(1) == str(round(100 * done / total))
    assert "Confidentialité" not in html  # nothing is shown before it is published

    translate(admin_client, translation, "We keep nothing about you.", "Nous ne gardons rien.")
    translate(admin_client, translation, "No tracking at all.", "Aucun pistage.")
    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(
            reverse("wagtailadmin_pages:edit", args=[converted.pk]), {"action": "publish"}
        )
    converted.refresh_from_db()
    assert not shows_source_content(converted)
    html = client.get(converted.url).content.decode()
    assert "<h1>Confidentialité</h1>" in html and "Aucun pistage." in html
    assert "notice--language" not in html
    assert f'<link rel="canonical" href="{converted.get_full_url()}">' in html
