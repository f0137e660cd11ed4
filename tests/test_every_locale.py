"""Every page in every language (#14): each live English page, each clause page, the clause
database with a query and each tool's steps answer under every other language's prefix, with
that language's `lang`/`dir`, header and main menu, and with the text not yet translated marked
as English (its own `lang`, and a notice in the reader's language on the page itself)."""

import re

import pytest
from django.utils import translation
from django.utils.translation import gettext, pgettext
from wagtail.models import Locale, Page

from clauses.models import Clause, HubPage
from ourdigitalfuture.core.translation import shows_source_content
from workshops.models import ToolPage

pytestmark = pytest.mark.django_db

OTHER_LANGUAGES = ["fr", "es", "pt", "ru", "ar"]
TOOL_STEPS = {
    ToolPage.IMPACT_FRAMEWORK: "assess/",
    ToolPage.CHECKLIST: "checklist/",
    ToolPage.WORKSHEET: "steps/",
    ToolPage.PRINTABLE: "print/",
}
MENU_LABELS = ["About", "Course", "Tools", "Digital Bargaining Hub", "Regions", "Publications"]
MAIN_NAV = re.compile(r'<nav class="main-nav".*?</nav>', re.S)
MAIN = re.compile(r"<main .*?</main>", re.S)


@pytest.fixture(autouse=True)
def _demo(demo_site, db):
    """Every test here reads the module's demo site."""


def english_addresses():
    """[(path under /en/, the English page it belongs to, clause or None)]."""
    english = Locale.get_default()
    pages = Page.objects.live().public().filter(locale=english, depth__gt=1).specific()
    addresses = [(page.url, page, None) for page in pages]
    hub = HubPage.objects.live().get(locale=english)
    clauses = Clause.objects.filter(locale=english, live=True).order_by("identifier")
    addresses += [(f"{hub.url}clauses/{c.identifier}/", hub, c) for c in clauses]
    addresses.append((f"{hub.url}database/?q=data", hub, None))
    for tool in ToolPage.objects.live().filter(locale=english).exclude(interactive=""):
        addresses.append((tool.url + TOOL_STEPS[tool.interactive], tool, None))
    return addresses


def test_every_english_page_clause_and_step_answers_in_every_language(client):
    addresses = english_addresses()
    assert len(addresses) > 100  # 39 pages, 66 clauses, the database and the tools' steps
    problems = []
    for code in OTHER_LANGUAGES:
        locale = Locale.objects.get(language_code=code)
        direction = "rtl" if code == "ar" else "ltr"
        with translation.override(code):
            search_button = f'<button type="submit">{gettext("Search")}</button>'
            labels = [pgettext("main menu", label) for label in MENU_LABELS]
        for path, english_page, clause in addresses:
            url = f"/{code}/{path.removeprefix('/en/')}"
            response = client.get(url)
            if response.status_code != 200:
                problems.append((url, response.status_code))
                continue
            html = response.content.decode()
            if f'<html lang="{code}" dir="{direction}">' not in html:
                problems.append((url, "lang/dir"))
            if search_button not in html:
                problems.append((url, "search button"))
            menu = MAIN_NAV.search(html)
            if menu is None or any(f">{label}</a>" not in menu.group(0) for label in labels):
                problems.append((url, "menu labels"))
            main = MAIN.search(html).group(0)
            shown = english_page.get_translation(locale)
            if shows_source_content(shown) and ' lang="en" dir="ltr"' not in main:
                problems.append((url, "untranslated page text not marked"))
            if clause is not None and not clause.has_translation(locale):
                if 'lang="en"' not in main:
                    problems.append((url, "untranslated clause not marked"))
    assert problems == []


def test_a_page_not_yet_translated_says_so_in_the_readers_language(client):
    english = Locale.get_default()
    arabic = Locale.objects.get(language_code="ar")
    course = Page.objects.get(locale=english, slug="the-fundamentals")  # workshop 1
    alias = course.get_translation(arabic)
    assert alias.alias_of_id == course.pk
    html = client.get(alias.url).content.decode()
    with translation.override("ar"):
        notice = gettext(
            "This page has not been translated into this language yet: its text is shown in "
            "%(language)s."
        ) % {"language": translation.get_language_info("en")["name_translated"]}
    assert notice in html
    # It links to the languages the page has been translated into, and only to those.
    links = dict(re.findall(r'<a href="([^"]+)" hreflang="(\w+)" lang="\w+">', html))
    assert set(links.values()) == {"en", "fr", "es", "pt"}
    assert links[course.url] == "en"
    # A translated page shows no notice and no English marking on its title.
    french = course.get_translation(Locale.objects.get(language_code="fr"))
    assert not shows_source_content(french)
    html = client.get(french.url).content.decode()
    assert "<h1>" + french.title + "</h1>" in html and "notice--language" not in html
