"""The hub's Atom feeds of newly published clauses: every clause, one theme's, one country's,
in the hub's language, newest first, bounded, drafts never; advertised on the matching pages;
an unknown theme or country is a 404 that says so."""

import datetime
import re
import xml.etree.ElementTree as ET

import pytest
from django.utils import timezone, translation
from wagtail.models import Locale

from clauses import feeds
from clauses.models import Clause, HubPage, ThemePage
from ourdigitalfuture.core.demo import ensure_translations

from .factories import make_clause

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("licence")]

TAXONOMY = "three_themes"
ATOM = "{http://www.w3.org/2005/Atom}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def published_on(clause, day):
    when = timezone.make_aware(datetime.datetime(2024, 1, 1, 9)) + datetime.timedelta(days=day)
    Clause.objects.filter(pk=clause.pk).update(first_published_at=when, last_published_at=when)


@pytest.fixture
def french_hub(hub):
    ensure_translations(hub, ["fr"])
    return HubPage.objects.get(locale__language_code="fr")


@pytest.fixture
def clauses(taxonomy, french_hub):
    gps = make_clause(taxonomy, "GPS tracking limits", themes=(2,), country="GB")
    disconnect = make_clause(taxonomy, "Right to disconnect", themes=(3, 1), country="FR")
    framework = make_clause(taxonomy, "International framework", themes=(1,), country=None)
    draft = make_clause(taxonomy, "Draft about telework", themes=(3,), country="FR", live=False)
    french = Locale.objects.get(language_code="fr")
    translated = disconnect.copy_for_translation(french)
    translated.title = "Droit à la déconnexion"
    translated.live = False
    translated.save()
    translated.themes.set(disconnect.themes.all())
    translated.save_revision().publish()
    for day, clause in enumerate([gps, framework, disconnect, translated, draft]):
        published_on(clause, day)
    theme = taxonomy.themes[3]
    french_theme = theme.copy_for_translation(french)
    french_theme.title = "Temps de travail"
    french_theme.save()
    return {"gps": gps, "disconnect": disconnect, "framework": framework, "draft": draft}


def feed(client, url):
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    assert response["Content-Type"] == "application/atom+xml; charset=utf-8"
    root = ET.fromstring(response.content)
    entries = [
        {
            "title": entry.findtext(f"{ATOM}title"),
            "link": entry.find(f"{ATOM}link[@rel='alternate']").get("href"),
            "published": entry.findtext(f"{ATOM}published"),
            "lang": entry.get(XML_LANG),
        }
        for entry in root.findall(f"{ATOM}entry")
    ]
    return root, entries


def test_every_clause_newest_first_linking_to_its_page(client, hub, clauses):
    root, entries = feed(client, "/en/hub/feeds/clauses.atom")

    assert root.get(XML_LANG) == "en"
    assert root.findtext(f"{ATOM}title") == "Hub: new clauses"
    assert root.find(f"{ATOM}link[@rel='self']").get("href") == (
        "http://localhost/en/hub/feeds/clauses.atom"
    )
    # The draft is never listed; the newest publication comes first.
    assert [(e["title"], e["link"], e["lang"]) for e in entries] == [
        ("DBH-0002 · Right to disconnect", "http://localhost/en/hub/clauses/DBH-0002/", None),
        ("DBH-0003 · International framework", "http://localhost/en/hub/clauses/DBH-0003/", None),
        ("DBH-0001 · GPS tracking limits", "http://localhost/en/hub/clauses/DBH-0001/", None),
    ]
    assert entries[0]["published"] == "2024-01-03T09:00:00+00:00"
    for entry in entries:
        assert client.get(entry["link"].removeprefix("http://localhost")).status_code == 200


def test_the_french_feed_shows_each_clause_once_in_french_where_translated(
    client, french_hub, clauses
):
    root, entries = feed(client, "/fr/hub/feeds/clauses.atom")

    assert root.get(XML_LANG) == "fr"
    # The translation was published last (day 3); untranslated clauses keep their language.
    assert [(e["title"], e["link"], e["lang"]) for e in entries] == [
        ("DBH-0002 · Droit à la déconnexion", "http://localhost/fr/hub/clauses/DBH-0002/", None),
        ("DBH-0003 · International framework", "http://localhost/fr/hub/clauses/DBH-0003/", "en"),
        ("DBH-0001 · GPS tracking limits", "http://localhost/fr/hub/clauses/DBH-0001/", "en"),
    ]


def test_a_theme_feed_and_a_country_feed(client, hub, clauses):
    _, entries = feed(client, "/en/hub/feeds/themes/1.atom")
    assert [e["title"] for e in entries] == [
        "DBH-0002 · Right to disconnect",
        "DBH-0003 · International framework",
    ]
    # The draft is in theme 3 and in France: still not listed.
    root, entries = feed(client, "/en/hub/feeds/themes/3.atom")
    assert [e["title"] for e in entries] == ["DBH-0002 · Right to disconnect"]
    assert root.findtext(f"{ATOM}title") == "Hub: new clauses on Working Time"
    root, entries = feed(client, "/en/hub/feeds/countries/FR.atom")
    assert [e["title"] for e in entries] == ["DBH-0002 · Right to disconnect"]
    assert root.findtext(f"{ATOM}title") == "Hub: new clauses from France"
    assert (
        root.find(f"{ATOM}link[@rel='alternate']")
        .get("href")
        .endswith("/en/hub/database/?country=FR")
    )
    _, entries = feed(client, "/en/hub/feeds/countries/DE.atom")
    assert entries == []


def test_feed_titles_name_the_theme_and_country_in_the_hubs_language(client, clauses):
    root, entries = feed(client, "/fr/hub/feeds/themes/3.atom")
    assert "Temps de travail" in root.findtext(f"{ATOM}title")
    assert [e["title"] for e in entries] == ["DBH-0002 · Droit à la déconnexion"]
    root, _ = feed(client, "/fr/hub/feeds/countries/GB.atom")
    assert "Royaume-Uni" in root.findtext(f"{ATOM}title")


def test_a_feed_is_bounded_to_the_newest(client, hub, clauses, monkeypatch):
    monkeypatch.setattr(feeds, "FEED_SIZE", 2)
    _, entries = feed(client, "/en/hub/feeds/clauses.atom")
    assert [e["title"][:8] for e in entries] == ["DBH-0002", "DBH-0003"]


@pytest.mark.parametrize(
    "path, message",
    [
        ("themes/9.atom", "There is no theme 9."),
        ("themes/abc.atom", "There is no theme abc."),
        ("themes/99999999999999999999.atom", "There is no theme 99999999999999999999."),
        ("countries/ZZ.atom", "There is no country with the code ZZ."),
        ("countries/France.atom", "There is no country with the code France."),
    ],
)
def test_an_unknown_theme_or_country_is_a_404_that_says_so(client, hub, clauses, path, message):
    response = client.get(f"/en/hub/feeds/{path}")
    assert response.status_code == 404
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response.content.decode() == message


def test_an_unknown_theme_is_explained_in_french(client, clauses):
    response = client.get("/fr/hub/feeds/themes/9.atom")
    assert response.status_code == 404
    assert response.content.decode() == "Il n’existe pas de thème 9."


FEED_LINK = re.compile(
    r'<link rel="alternate" type="application/atom\+xml" title="([^"]*)" href="([^"]*)">'
)


def advertised(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    head = response.content.decode().split("</head>", 1)[0]
    return [
        (title, href.removeprefix("http://localhost")) for title, href in FEED_LINK.findall(head)
    ]


def test_pages_advertise_their_feeds(client, hub, taxonomy, clauses):
    page = hub.add_child(
        instance=ThemePage(title="Working time", slug="working-time", theme=taxonomy.themes[3])
    )
    page.save_revision().publish()

    assert advertised(client, hub.url) == [("Hub: new clauses", "/en/hub/feeds/clauses.atom")]
    assert advertised(client, page.url) == [
        ("Hub: new clauses on Working Time", "/en/hub/feeds/themes/3.atom")
    ]
    assert advertised(client, "/en/hub/database/?theme=3&country=FR") == [
        ("Hub: new clauses on Working Time", "/en/hub/feeds/themes/3.atom"),
        ("Hub: new clauses from France", "/en/hub/feeds/countries/FR.atom"),
    ]
    assert advertised(client, "/en/hub/database/?country=GB") == [
        ("Hub: new clauses from United Kingdom", "/en/hub/feeds/countries/GB.atom")
    ]
    # Without a theme or country filter, the database view points at every clause's feed.
    assert advertised(client, "/en/hub/database/") == [
        ("Hub: new clauses", "/en/hub/feeds/clauses.atom")
    ]
    with translation.override("fr"):  # the French hub's feed, titled in French
        french = translation.gettext("%(hub)s: new clauses") % {"hub": "Hub"}
    assert french != "Hub: new clauses"
    assert advertised(client, "/fr/hub/") == [(french, "/fr/hub/feeds/clauses.atom")]
