"""The content languages search knows how to analyse, and the analyzer each one gets."""

from django.conf import settings

# Elasticsearch's built-in language analyzers (stemming, stop words, normalisation).
ANALYZERS = {
    "en": "english",
    "fr": "french",
    "es": "spanish",
    "pt": "portuguese",
    "ru": "russian",
    "ar": "arabic",
}
# Text in any other language is still found, through the standard analyzer.
OTHER = "other"
ANALYZER_FOR_OTHER = "standard"


def analysed_language(language_code):
    """The key under which text in `language_code` is indexed: "fr" for "fr" or "fr-ca"."""
    base = (language_code or "").lower().split("-")[0]
    return base if base in ANALYZERS else OTHER


def all_analysed_languages():
    return [*ANALYZERS, OTHER]


def analyzer_for(key):
    return ANALYZERS.get(key, ANALYZER_FOR_OTHER)


def language_name(code):
    return dict(settings.LANGUAGES).get(code, code)
