"""The hub landing's ways in: each card leads where its editor said (`WayInBlock.target`), in the
reader's language, whatever the cards' order; a translation keeps its source's targets; and the
migration that introduced targets gave existing cards the links their positions gave them."""

import importlib
import json

import pytest
from bs4 import BeautifulSoup
from django.apps import apps
from wagtail.models import Revision
from wagtail_localize.models import TranslationSource

from clauses.models import HubPage, ThemePage
from ourdigitalfuture.core.demo import ensure_translations
from ourdigitalfuture.core.translation import translate_from_copy

from .factories import build_taxonomy, make_hub

pytestmark = pytest.mark.django_db

migration = importlib.import_module("clauses.migrations.0011_way_in_targets")

ENGLISH = [
    ("Themes and report view", "themes"),
    ("Database view", "database"),
    ("Keyword search", "search"),
    ("Contribute a clause", "submit"),
]
FRENCH_TITLES = [
    "Thèmes et vue rapport",
    "Vue base de données",
    "Recherche par mot-clé",
    "Proposer une clause",
]


def ways(cards):
    """StreamField data for `cards`, (title, target) pairs (target None: no target at all)."""
    data = []
    for title, target in cards:
        value = {"title": title, "text": f"<p>About {title}.</p>"}
        if target is not None:
            value["target"] = target
        data.append(("way_in", value))
    return data


def cards_of(client, page):
    """[(title, href or None)] of the ways-in cards a reader of `page` sees."""
    response = client.get(page.url)
    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    cards = html.select("#ways-in + ul.ways-in > li.card")
    return [
        (card.h3.get_text(strip=True), card.h3.a["href"] if card.h3.a else None) for card in cards
    ]


@pytest.fixture
def hub_with_themes():
    """An English hub with the four ways in, and the theme pages of themes 2 then 1 (so the
    first theme is not the first page made)."""
    taxonomy = build_taxonomy("three_themes")
    hub = make_hub(ways_in=ways(ENGLISH))
    for number, slug in ((2, "second-theme"), (1, "first-theme")):
        page = ThemePage(title=slug, slug=slug, theme=taxonomy.themes[number])
        hub.add_child(instance=page)
        page.save_revision().publish()
    return hub


def in_french(hub):
    """The hub translated into French as the demo loader does (titles and texts only), with its
    theme pages."""
    copy = HubPage(
        slug=hub.slug,
        title="Plateforme",
        ways_in=ways([(title, "") for title in FRENCH_TITLES]),
    )
    french, missing = translate_from_copy(hub, copy, "fr")
    assert missing == 0
    for page in ThemePage.objects.child_of(hub):
        ensure_translations(page, ["fr"])
    return french


def test_each_target_leads_to_its_view_in_english_and_french(client, hub_with_themes):
    french = in_french(hub_with_themes)
    for hub, titles, code in (
        (hub_with_themes, [title for title, _target in ENGLISH], "en"),
        (french, FRENCH_TITLES, "fr"),
    ):
        assert cards_of(client, hub) == list(
            zip(
                titles,
                [
                    f"/{code}/hub/first-theme/",
                    f"/{code}/hub/database/",
                    f"/{code}/hub/database/#id_q",
                    f"/{code}/hub/submit/",
                ],
                strict=True,
            )
        )
        # Each leads to a page that answers, the keyword search to the database's search box.
        database = client.get(f"/{code}/hub/database/")
        assert 'id="id_q"' in database.content.decode()
        for path in (f"/{code}/hub/first-theme/", f"/{code}/hub/submit/"):
            assert client.get(path).status_code == 200


def test_the_themes_card_of_a_hub_without_theme_pages_leads_to_the_ways_in(client):
    hub = make_hub(ways_in=ways([("Themes", "themes")]))
    assert cards_of(client, hub) == [("Themes", "/en/hub/#ways-in")]


def test_reordered_and_added_cards_keep_each_its_own_link(client, hub_with_themes):
    hub = hub_with_themes
    before = dict(cards_of(client, hub))
    # An editor puts contributing first, adds a second way to the database, and a card that
    # leads nowhere; then publishes.
    hub.ways_in = ways(
        [
            ("Contribute a clause", "submit"),
            ("Keyword search", "search"),
            ("Read first", ""),
            ("Themes and report view", "themes"),
            ("Every clause", "database"),
            ("Database view", "database"),
        ]
    )
    hub.save_revision().publish()
    after = cards_of(client, HubPage.objects.get(pk=hub.pk))
    assert [title for title, _href in after][:2] == ["Contribute a clause", "Keyword search"]
    for title, href in after:
        if title in before:
            assert href == before[title]
    assert dict(after)["Every clause"] == "/en/hub/database/"
    assert dict(after)["Read first"] is None


def test_a_card_without_a_target_is_not_a_link(client):
    # No target chosen, no target at all (a card saved before targets existed, which the
    # migration did not see), and a code this version does not know.
    hub = make_hub(ways_in=ways([("Empty", ""), ("Missing", None), ("Unknown", "forum")]))
    response = client.get(hub.url)
    html = BeautifulSoup(response.content, "html.parser")
    cards = html.select("#ways-in + ul.ways-in > li.card")
    assert [card.h3.get_text(strip=True) for card in cards] == ["Empty", "Missing", "Unknown"]
    assert not html.select("ul.ways-in a")
    assert [card.p.get_text() for card in cards] == [
        "About Empty.",
        "About Missing.",
        "About Unknown.",
    ]


def test_a_translation_takes_its_targets_from_the_source_when_synchronised(client, hub_with_themes):
    """A choice is no segment for wagtail-localize: the translation copies its source's value,
    and "Sync translated pages" brings an editor's new targets to it, text still translated."""
    hub = hub_with_themes
    french = in_french(hub)
    assert [way.value["target"] for way in french.ways_in] == [t for _title, t in ENGLISH]
    # The editor swaps the first two cards' targets in English and syncs the translations.
    hub = HubPage.objects.get(pk=hub.pk)
    hub.ways_in[0].value["target"], hub.ways_in[1].value["target"] = "database", "themes"
    hub.save_revision().publish()
    source = TranslationSource.objects.get_for_instance(hub)
    source.update_from_db()
    for translation in source.translations.all():
        translation.save_target(publish=False)
    french = HubPage.objects.get(pk=french.pk)
    french.get_latest_revision().publish()
    assert cards_of(client, HubPage.objects.get(pk=french.pk)) == [
        ("Thèmes et vue rapport", "/fr/hub/database/"),
        ("Vue base de données", "/fr/hub/first-theme/"),
        ("Recherche par mot-clé", "/fr/hub/database/#id_q"),
        ("Proposer une clause", "/fr/hub/submit/"),
    ]


def test_the_migration_maps_positions_to_the_targets_of_before():
    old = [{"type": "way_in", "value": {"title": f"T{i}", "text": "<p>x</p>"}} for i in range(5)]
    old.append({"type": "way_in", "value": {"title": "Set", "text": "", "target": "submit"}})
    new, changed = migration.targets_by_position(old)
    assert changed
    assert [block["value"].get("target") for block in new] == [
        "themes",
        "database",
        "search",
        "submit",
        "",  # a fifth card was no link
        "submit",  # a target already chosen is kept
    ]
    assert [block["value"]["title"] for block in new] == [b["value"]["title"] for b in old]
    assert migration.targets_by_position(new) == (new, False)


def _without_targets(ways_in):
    data = json.loads(ways_in) if isinstance(ways_in, str) else ways_in
    for block in data:
        block["value"].pop("target", None)
    return json.dumps(data) if isinstance(ways_in, str) else data


def test_the_migration_gives_existing_pages_revisions_and_translations_their_links(
    client, hub_with_themes
):
    """Pages saved with the old block shape (no "target") in every language, their revisions
    and wagtail-localize's copy of the source: after the migration's step, each card leads
    where its position led, on the live pages, in the editor's latest revision and in a
    translation rebuilt from the source."""
    hub = hub_with_themes
    french = in_french(hub)
    for page in HubPage.objects.all():
        HubPage.objects.filter(pk=page.pk).update(
            ways_in=_without_targets(list(page.ways_in.raw_data))
        )
    for revision in [*Revision.objects.for_instance(hub), *Revision.objects.for_instance(french)]:
        revision.content["ways_in"] = _without_targets(revision.content["ways_in"])
        revision.save(update_fields=["content"])
    source = TranslationSource.objects.get_for_instance(hub)
    content = json.loads(source.content_json)
    content["ways_in"] = _without_targets(content["ways_in"])
    source.content_json = json.dumps(content)
    source.save(update_fields=["content_json"])
    assert all(href is None for _title, href in cards_of(client, french))

    migration.set_targets(apps, None)

    expected = ["/fr/hub/first-theme/", "/fr/hub/database/", "/fr/hub/database/#id_q"]
    expected.append("/fr/hub/submit/")
    assert [href for _title, href in cards_of(client, french)] == expected
    english = [href for _title, href in cards_of(client, hub)]
    assert english == [href.replace("/fr/", "/en/") for href in expected]
    latest = HubPage.objects.get(pk=hub.pk).get_latest_revision_as_object()
    assert [way.value["target"] for way in latest.ways_in] == [t for _title, t in ENGLISH]
    # A translator's next save rebuilds the French page from the source's stored copy.
    for translation in TranslationSource.objects.get_for_instance(hub).translations.all():
        translation.save_target(publish=False)
    rebuilt = HubPage.objects.get(pk=french.pk).get_latest_revision_as_object()
    assert [way.value["target"] for way in rebuilt.ways_in] == [t for _title, t in ENGLISH]
    assert rebuilt.ways_in[0].value["title"] == FRENCH_TITLES[0]
