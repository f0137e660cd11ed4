"""A clause page links to the clause in its original language, named in the reader's language:
the English original from a French page, the French original from an English page; no link
when the original language's version is not published."""

import re

import pytest
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext
from wagtail.models import Locale

from clauses.models import Clause
from ourdigitalfuture.core.demo import ensure_translations
from ourdigitalfuture.core.translation import translate_from_copy

from .factories import make_clause

pytestmark = pytest.mark.django_db

LINK = re.compile(r'<a href="([^"]+)" hreflang="(\w+)">([^<]+)</a>')


def original_links(client, url, reader):
    """(href, hreflang, text) of the page's links to the original."""
    html = client.get(url).content.decode()
    with translation.override(reader):
        start = escape(gettext("Read the original (%(language)s)").split("(")[0])
    return [link for link in LINK.findall(html) if link[2].startswith(start)]


def language_name(code, reader):
    with translation.override(reader):
        return str(translation.get_language_info(code)["name_translated"])


@pytest.fixture
def french_hub(hub):
    ensure_translations(hub, ["fr"])
    return hub.get_translation(Locale.objects.get(language_code="fr"))


def translate(clause, code):
    copy = Clause(title=f"{clause.title} ({code})", text="Texte.", commentary="", keywords="")
    return translate_from_copy(clause, copy, code)[0]


def test_a_french_reader_is_led_to_the_english_original(client, hub, french_hub, taxonomy):
    clause = make_clause(taxonomy, identifier="DBH-0101")
    translate(clause, "fr")
    [(href, code, text)] = original_links(client, french_hub.clause_url("DBH-0101"), "fr")
    assert (href, code) == (hub.clause_url("DBH-0101"), "en")
    assert language_name("en", "fr") in text
    assert client.get(href).status_code == 200


def test_an_english_reader_is_led_to_a_french_original(client, hub, french_hub, taxonomy):
    clause = make_clause(taxonomy, identifier="DBH-0102", original_language="fr")
    translate(clause, "fr")
    [(href, code, text)] = original_links(client, hub.clause_url("DBH-0102"), "en")
    assert (href, code) == (french_hub.clause_url("DBH-0102"), "fr")
    assert text == "Read the original (French)"


def test_no_link_when_the_original_is_not_published_here(client, hub, french_hub, taxonomy):
    clause = make_clause(taxonomy, identifier="DBH-0103", original_language="de")
    translate(clause, "fr")
    assert original_links(client, hub.clause_url("DBH-0103"), "en") == []
    assert original_links(client, french_hub.clause_url("DBH-0103"), "fr") == []
