"""The clause's edit form in the admin: themes, sub-themes and sectors are offered from the
default language's (source) taxonomy only, named in the editor's language, sub-themes grouped
under their themes; a translated record is refused; choosing a sub-theme adds its theme; and a
clause's translations hold the very same source records."""

import re

import pytest
from django.contrib.admin.utils import quote
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape
from wagtail.models import Locale
from wagtail.users.models import UserProfile
from wagtail_localize.models import Translation, TranslationSource

from clauses.models import Clause

from .factories import SectorFactory, SubThemeFactory, ThemeFactory

pytestmark = pytest.mark.django_db

LANGUAGES = ("fr", "es")
# What the rich-text editor posts when left empty (Draftail's contentstate).
EMPTY_RICH_TEXT = '{"blocks": [], "entityMap": {}}'


def translate(record, language, **fields):
    copy = record.copy_for_translation(Locale.objects.get(language_code=language))
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save()
    return copy


@pytest.fixture
def taxonomy():
    """Eight themes with two sub-themes each and a sector, in English, French and Spanish."""
    themes, subthemes = {}, {}
    for number in range(1, 9):
        theme = ThemeFactory(number=number, title=f"Theme {number}")
        themes[number] = theme
        for language in LANGUAGES:
            translate(theme, language, title=f"Thème {number} [{language}]")
        for order in (1, 2):
            subtheme = SubThemeFactory(
                theme=theme, title=f"Sub-theme {number}.{order}", sort_order=order
            )
            subthemes[(number, order)] = subtheme
            for language in LANGUAGES:
                translate(subtheme, language, title=f"Sous-thème {number}.{order} [{language}]")
    sector = SectorFactory(slug="health", name="Health")
    for language in LANGUAGES:
        translate(sector, language, name=f"Santé [{language}]")
    return themes, subthemes, sector


@pytest.fixture
def french_editor(admin_user, client):
    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "fr"
    profile.save()
    client.force_login(admin_user)
    return client


def url(action, clause=None):
    name = Clause.snippet_viewset.get_url_name(action)
    return reverse(name, args=[quote(clause.pk)]) if clause else reverse(name)


def clause_data(**facets):
    data = {
        "title": "Workers see their data",
        "identifier": "",
        "text": "The employer shall give each worker a copy of the data it holds on them.",
        "commentary": EMPTY_RICH_TEXT,
        "clause_type": "agreement_clause",
        "original_language": "en",
        "keywords": "",
        "country": "",
        "year": "2020",
        "source_title": "",
        "employer": "",
        "bargaining_level": "",
        "text_status": "",
        "date_signed": "",
        "valid_from": "",
        "valid_until": "",
        "workers_covered": "",
        "source_url": "",
        "source_document": "",
    }
    for name, records in facets.items():
        data[name] = [str(record.pk) for record in records]
    return data


def test_the_form_groups_each_sub_theme_once_under_its_theme_in_the_editors_language(
    french_editor, taxonomy
):
    response = french_editor.get(url("add") + "?locale=en")
    assert response.status_code == 200
    html = response.content.decode()
    widget = html[html.index('<div id="id_subthemes"') : html.index('name="sectors"')]
    groups = re.findall(r"<legend>(.*?)</legend>(.*?)</fieldset>", widget, re.S)
    assert [legend for legend, _boxes in groups] == [f"{n}. Thème {n} [fr]" for n in range(1, 9)]
    for number, (_legend, boxes) in enumerate(groups, start=1):
        labels = re.findall(r"</?label[^>]*>\s*<input[^>]*>\s*(.*?)</label>", boxes, re.S)
        assert [label.strip() for label in labels] == [
            f"Sous-thème {number}.{order} [fr]" for order in (1, 2)
        ]
    # Once each, and only the French names: no English or Spanish record is offered.
    assert html.count("Sous-thème 3.1 [fr]") == 1
    assert "Santé [fr]" in html
    assert "[es]" not in html and "Sub-theme 3.1" not in html
    themes, subthemes, sector = taxonomy
    offered = set(re.findall(r'name="subthemes" value="(\d+)"', html))
    assert offered == {str(subtheme.pk) for subtheme in subthemes.values()}
    offered = set(re.findall(r'name="themes" value="(\d+)"', html))
    assert offered == {str(theme.pk) for theme in themes.values()}
    assert re.findall(r'name="sectors" value="(\d+)"', html) == [str(sector.pk)]


def test_a_french_record_is_refused_with_a_message(french_editor, taxonomy):
    themes, subthemes, _sector = taxonomy
    french_theme = themes[2].get_translation(Locale.objects.get(language_code="fr"))
    response = french_editor.post(url("add") + "?locale=en", clause_data(themes=[french_theme]))
    assert response.status_code == 200
    form = response.context["form"]
    assert list(form.errors) == ["themes"]
    # The message names the value and says what to do, in the editor's language.
    with translation.override("fr"):
        [message] = form.errors["themes"]
    assert str(french_theme.pk) in message
    assert "is not one of the choices" not in message
    assert escape(message) in response.content.decode()
    assert not Clause.objects.exists()


def test_choosing_a_sub_theme_adds_its_theme(client, admin_user, taxonomy):
    themes, subthemes, sector = taxonomy
    client.force_login(admin_user)
    data = clause_data(themes=[themes[1]], subthemes=[subthemes[(3, 2)]], sectors=[sector])
    response = client.post(url("add") + "?locale=en", data)
    assert response.status_code == 302, response.context["form"].errors
    clause = Clause.objects.get()
    assert {theme.number for theme in clause.themes.all()} == {1, 3}
    assert list(clause.subthemes.all()) == [subthemes[(3, 2)]]
    assert list(clause.sectors.all()) == [sector]


def test_translations_hold_the_same_source_records_and_their_form_offers_only_those(
    french_editor, taxonomy
):
    themes, subthemes, sector = taxonomy
    french = Locale.objects.get(language_code="fr")
    clause = make_clause_with(themes[4], subthemes[(4, 1)], sector)
    source, _created = TranslationSource.get_or_create_from_instance(clause)
    translated, _created = source.create_or_update_translation(french, fallback=True)
    assert list(translated.themes.all()) == [themes[4]]
    assert list(translated.subthemes.all()) == [subthemes[(4, 1)]]
    assert list(translated.sectors.all()) == [sector]

    # A translation edited on its own (not synced by wagtail-localize) keeps to them too.
    unsynced = translate(
        make_clause_with(themes[5], subthemes[(5, 2)], sector, identifier="DBH-0100"), "fr"
    )
    html = french_editor.get(url("edit", unsynced)).content.decode()
    checked = re.findall(r'name="themes" value="(\d+)"[^>]*checked', html)
    assert checked == [str(themes[5].pk)]
    french_subtheme = subthemes[(5, 1)].get_translation(french)
    data = clause_data(themes=[themes[5]], subthemes=[french_subtheme])
    response = french_editor.post(url("edit", unsynced), data)
    assert response.status_code == 200
    assert list(response.context["form"].errors) == ["subthemes"]
    unsynced.refresh_from_db()
    assert list(unsynced.subthemes.all()) == [subthemes[(5, 2)]]


def make_clause_with(theme, subtheme, sector, **fields):
    clause = Clause(
        title="Workers see their data",
        text="The employer shall give each worker a copy of the data it holds on them.",
        clause_type="agreement_clause",
        locale=Locale.get_default(),
        **fields,
    )
    clause.themes.set([theme])
    clause.subthemes.set([subtheme])
    clause.sectors.set([sector])
    clause.save()
    clause.save_revision().publish()
    return clause


def test_clearing_a_facet_clears_it_on_the_synced_translation(taxonomy):
    themes, subthemes, sector = taxonomy
    french = Locale.objects.get(language_code="fr")
    clause = make_clause_with(themes[4], subthemes[(4, 1)], sector)
    # As wagtail-localize's "Translate" and "Sync translated snippets" do.
    source, _created = TranslationSource.get_or_create_from_instance(clause)
    translation = Translation.objects.create(source=source, target_locale=french)
    translation.save_target(publish=True)
    clause.subthemes.set([])
    clause.save()
    source.update_from_db()
    translation.save_target(publish=True)
    translated = clause.get_translation(french)
    assert list(translated.themes.all()) == [themes[4]]
    assert list(translated.subthemes.all()) == []
