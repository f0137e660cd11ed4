"""Turning what a reader typed into search terms, the same way for every backend.

Elasticsearch analyses query text itself (see `search.backends.elasticsearch`). The database
backends cannot stem per language (SQLite's FTS5 has no stemmers but Porter for English;
PostgreSQL's index uses one configuration for every language), so for them the query layer
reduces each term to a light stem and matches it as a prefix: "algoritmos" becomes
"algoritm*", which finds "algoritmo"; "données" becomes "donné*", which finds "donnée".
The stems are deliberately timid (a few inflectional endings per language, never shorter
than four letters) so that a prefix rarely matches an unrelated word.
"""

import re
import unicodedata

# Unicode letters and digits; everything else (Lucene or FTS syntax, quotes, control
# characters, punctuation) separates terms and never reaches a search engine's parser.
TERM = re.compile(r"[^\W_]+", re.UNICODE)
MAX_TERMS = 32
MIN_STEM = 4

# Inflectional endings, longest first, per language.
ENDINGS = {
    "en": ["ations", "ation", "ings", "ing", "ies", "ied", "es", "ed", "s"],
    "fr": ["ations", "ation", "ements", "ement", "ées", "és", "ée", "es", "s", "e", "x"],
    # "-ión" loses its accent in the plural ("desconexión", "desconexiones"): both are cut
    # before it, so that one prefix finds the other.
    "es": [
        "aciones",
        "ación",
        "ciones",
        "ción",
        "iones",
        "ión",
        "mente",
        "os",
        "as",
        "es",
        "s",
        "o",
        "a",
    ],
    "pt": ["ações", "ação", "mente", "ões", "os", "as", "es", "s", "o", "a"],
    "ru": [
        "иями",
        "ями",
        "ами",
        "ого",
        "его",
        "ому",
        "ему",
        "ыми",
        "ими",
        "ых",
        "их",
        "ые",
        "ие",
        "ая",
        "яя",
        "ой",
        "ей",
        "ом",
        "ем",
        "ов",
        "ев",
        "ам",
        "ям",
        "ах",
        "ях",
        "ы",
        "и",
        "а",
        "я",
        "о",
        "е",
        "у",
        "ю",
        "ь",
    ],
    # Arabic words take prefixes (the article, conjunctions) as well as suffixes, so a prefix
    # match after stripping endings would not help; Arabic terms are matched whole.
    "ar": [],
}


def terms(text):
    """The search terms in `text`, lower-cased, at most MAX_TERMS of them."""
    return [t.casefold() for t in TERM.findall(text or "")][:MAX_TERMS]


def light_stem(term, language):
    """`term` without one inflectional ending of `language`, if at least MIN_STEM letters
    remain; else `term` itself."""
    for ending in ENDINGS.get(language, []):
        if term.endswith(ending) and len(term) - len(ending) >= MIN_STEM:
            return term[: -len(ending)]
    return term


def stems(text, languages):
    """Prefixes to match for `text` searched in `languages`: one or more per term, without
    duplicates, in order."""
    found = []
    for term in terms(text):
        for language in languages:
            stem = light_stem(term, language)
            if stem not in found:
                found.append(stem)
    return found


def fold(word):
    """Lower case without diacritics, as SQLite's FTS5 tokenizer compares words."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))
