"""The hub's tool page shows the hub's live numbers from the database, and neither it nor
workshop 5 makes claims the site does not bear out ("around 500 clauses", themes "on the left
of the screen"), in any language."""

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Locale

from clauses.models import Clause, HubPage
from clauses.tests.factories import build_taxonomy, make_clause
from home.tests.factories import english_home

from .factories import ToolIndexPageFactory, ToolPageFactory

# The claims, as the demo content made them in each of its languages.
FALSE_CLAIMS = (
    "500 clauses",
    "500 cláusulas",
    "left of the screen",
    "gauche de l’écran",
    "izquierda de la pantalla",
    "esquerda da tela",
)
THEMES_MENU = {"en": "Themes menu", "fr": "menu Thèmes", "es": "menú Temas", "pt": "menu Temas"}


def page_text(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content.decode(), "html.parser")


def numbers(html):
    panel = html.select_one(".hub-numbers")
    assert panel is not None, "the hub's live numbers"
    return [dd.get_text(" ", strip=True) for dd in panel.select("dd")]


@pytest.mark.django_db
def test_the_hub_tool_page_counts_the_published_clauses(client):
    tools = ToolIndexPageFactory(parent=english_home(), slug="tools")
    hub_tool = ToolPageFactory(parent=tools, slug="hub-tool", kind="database")
    guide = ToolPageFactory(parent=tools, slug="guide", kind="guide")
    taxonomy = build_taxonomy()
    make_clause(taxonomy, "One")
    draft = make_clause(taxonomy, "Two", live=False)
    assert numbers(page_text(client, hub_tool.url)) == ["1", "1", "1", "1 English"]
    draft.get_latest_revision().publish()
    assert numbers(page_text(client, hub_tool.url))[0] == "2"
    # Only the hub's own tool page shows them.
    assert page_text(client, guide.url).select_one(".hub-numbers") is None


@pytest.fixture(scope="module")
def _demo(demo_site):
    """The demo site, loaded once for this module's demo test."""


@pytest.mark.parametrize("language", ["en", "fr", "es", "pt"])
def test_the_demo_hub_tool_and_workshop_5_claim_nothing_false(_demo, db, client, language):
    each_once = Clause.objects.filter(live=True).values("translation_key").distinct().count()
    locale = Locale.objects.get(language_code=language)
    tool = page_text(client, f"/{language}/tools/digital-bargaining-hub/")
    workshop = page_text(client, f"/{language}/course/the-digital-bargaining-hub/")
    for html in (tool, workshop):
        text = html.get_text(" ", strip=True)
        for claim in FALSE_CLAIMS:
            assert claim not in text, claim
        assert THEMES_MENU[language] in text
    assert numbers(tool)[0] == str(each_once)
    # The menu the pages point to is on the hub's pages.
    hub = HubPage.objects.live().get(locale=locale)
    assert tool.select_one(".hub-numbers a")["href"] == hub.url
    themes = page_text(client, hub.url).select("nav.themes-nav details")
    assert len(themes) == 8
