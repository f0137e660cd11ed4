"""Countries by their ISO 3166-1 code, named in the reader's language and listed in that
language's order.

Names come from the Unicode CLDR through Babel (`country_name`); the order is the Unicode
Collation Algorithm's (pyuca, the default table: in French "Égypte" comes before "Espagne",
where a plain sort would put every accented initial after "Z"). The federation region of each
code is a data table, `country_regions.json` beside this module: the UN M49 geoscheme's
continents, with the Middle East (and Iran) in "Africa & MENA", Europe with Russia, the
Caucasus, Cyprus and Türkiye in "Europe", the Americas split into Northern America with the
Caribbean and Latin America (Central and South America), and the rest of Asia with Oceania and
Antarctica in "Asia-Pacific"."""

import json
from functools import cache
from pathlib import Path

from babel import Locale, UnknownLocaleError
from django.core.exceptions import ValidationError
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from pyuca import Collator

# CLDR territories with a two-letter code that are not ISO 3166-1 countries: reserved and
# exceptional codes (Ascension, Clipperton, Diego Garcia, Ceuta and Melilla, Canary Islands,
# Tristan da Cunha), groupings (EU, eurozone, UN, outlying Oceania), pseudo-locales, Kosovo's
# user-assigned code and the unknown region.
NOT_COUNTRIES = frozenset("AC CP CQ DG EA EU EZ IC QO TA UN XA XB XK ZZ".split())
REGIONS_FILE = Path(__file__).with_name("country_regions.json")


def _english_territories():
    return Locale("en").territories


ISO_COUNTRY_CODES = frozenset(
    code
    for code in _english_territories()
    if len(code) == 2 and code.isalpha() and code not in NOT_COUNTRIES
)
# The federation region (a slug of ourdigitalfuture.core.regions.REGIONS) of every code.
COUNTRY_REGION = {
    code: region
    for region, codes in json.loads(REGIONS_FILE.read_text("utf-8")).items()
    for code in codes
}


@cache
def _territories(language):
    try:
        return Locale.parse(language, sep="-").territories
    except (UnknownLocaleError, ValueError):
        return _english_territories()


def country_name(code, language=None):
    """The name of the country `code` in `language` (the active language by default), or the
    code itself if CLDR does not know it."""
    code = (code or "").upper()
    return _territories(language or get_language() or "en").get(code, code)


@cache
def _collator():
    # Loading the collation table takes about a second: once, when first needed.
    return Collator()


def sort_key(text):
    """The Unicode collation key of `text` (case and accents second to the letters)."""
    return _collator().sort_key(text)


@cache
def country_choices(language):
    """[(code, name)] of every ISO 3166-1 country, named in `language` and in its order."""
    names = [(code, country_name(code, language)) for code in ISO_COUNTRY_CODES]
    return tuple(sorted(names, key=lambda item: sort_key(item[1])))


def sorted_by_name(items, name=str):
    """`items` in the active language's order of `name(item)`."""
    return sorted(items, key=lambda item: sort_key(name(item)))


def validate_country_code(value):
    if (value or "").upper() not in ISO_COUNTRY_CODES:
        raise ValidationError(
            _("“%(value)s” is not an ISO 3166-1 country code."),
            code="invalid_country",
            params={"value": value},
        )
