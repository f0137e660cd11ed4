"""The kernel's countries (ourdigitalfuture.core.countries): every ISO 3166-1 country, named by
CLDR in each of the site's languages, ordered by the Unicode collation, each in a region."""

from django.conf import settings

from ourdigitalfuture.core.countries import (
    COUNTRY_REGION,
    ISO_COUNTRY_CODES,
    country_choices,
    country_name,
)
from ourdigitalfuture.core.regions import COUNTRY_REGIONS


def test_every_iso_country_has_one_of_the_geographic_regions():
    assert len(ISO_COUNTRY_CODES) == 249
    assert set(COUNTRY_REGION) == ISO_COUNTRY_CODES
    assert set(COUNTRY_REGION.values()) == {slug for slug, _title in COUNTRY_REGIONS}


def test_names_in_every_language_of_the_site():
    assert {code: country_name("FR", code) for code, _name in settings.LANGUAGES} == {
        "en": "France",
        "fr": "France",
        "es": "Francia",
        "pt": "França",
        "ru": "Франция",
        "ar": "فرنسا",
    }
    assert country_name("US", "fr") == "États-Unis"


def test_choices_follow_the_languages_collation():
    french = [name for _code, name in country_choices("fr")]
    assert len(french) == 249
    # A plain sort would put every accented initial after "Z".
    assert french.index("Égypte") < french.index("Espagne") < french.index("Éthiopie")
    assert french.index("Éthiopie") < french.index("Fidji")
