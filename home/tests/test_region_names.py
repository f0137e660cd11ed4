"""Region names and contact roles in the reader's language: the About page's regional contacts
(region names through the catalogues, contacts through their wagtail-localize translations) and
the region pages not yet translated."""

import pytest
from wagtail.models import Locale

from home.demo_contacts import translate_contacts
from home.models import ProjectPage, RegionPage

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_content")]

ENGLISH_ROLES = ["Regional coordinator", "Contact for EPSU", "Contact for PSI", "Global contact"]
ENGLISH_REGIONS = ["Africa &amp; MENA", "Americas", "Asia-Pacific", ">Europe<", ">Global<"]


def in_locale(page, code):
    """`page` in language `code`: its translation, or an alias made for the test."""
    locale = Locale.objects.get(language_code=code)
    found = page.get_translation_or_none(locale)
    return found or page.copy_for_translation(locale, copy_parents=True, alias=True)


def contacts_section(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    html = response.content.decode()
    return html[html.index('id="contacts"') :]


@pytest.mark.parametrize(
    ("code", "words"),
    [
        ("ru", ["Америка", "Европа", "Региональный координатор"]),
        ("ar", ["الأميركيتان", "أوروبا", "منسّق إقليمي"]),
        ("fr", ["Amériques", "Afrique et MENA", "Coordinateur régional"]),
    ],
)
def test_the_about_page_names_regions_and_roles_in_its_language(client, code, words):
    translate_contacts(report=[])
    about = in_locale(ProjectPage.objects.get(locale=Locale.get_default()), code)
    section = contacts_section(client, about)
    for word in words:
        assert word in section
    for english in ENGLISH_ROLES + ENGLISH_REGIONS:
        if code == "fr" and english == ">Europe<":
            continue  # the same word in French
        assert english not in section


def test_a_region_page_not_yet_translated_is_titled_in_the_readers_language(client):
    europe = RegionPage.objects.get(locale=Locale.get_default(), slug="europe")
    arabic = in_locale(europe, "ar")
    response = client.get(arabic.url)
    assert response.status_code == 200
    assert "<h1>أوروبا</h1>" in response.content.decode()

    index = client.get(in_locale(europe.get_parent(), "ar").url).content.decode()
    assert ">أوروبا</a></h2>" in index
    assert ">Europe</a>" not in index
