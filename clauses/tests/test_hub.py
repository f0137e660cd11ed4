"""The hub as the public and its moderators meet it: the moderation workflow, published-only
public pages, French translations, clause pages and the demo hub."""

import json

import pytest
from django.contrib.auth.models import Group, User
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Locale, WorkflowState
from wagtail.test.utils.form_data import querydict_from_html
from wagtail_localize.models import Translation, TranslationSource

from clauses.models import Clause, HubPage, ThemeHighlight, ThemePage
from ourdigitalfuture.core.demo import ensure_translations

from .factories import make_clause

pytestmark = pytest.mark.django_db


def moderator():
    user = User.objects.create_user("moderator", "mod@example.org", "pw")
    user.groups.add(Group.objects.get(name="Hub moderators"))
    return user


def test_a_clause_goes_from_draft_through_moderation_to_published(client, hub, taxonomy):
    clause = make_clause(taxonomy, live=False, title="Draft clause")
    url = f"{hub.url}clauses/{clause.identifier}/"
    assert client.get(url).status_code == 404
    assert "Draft clause" not in client.get(f"{hub.url}database/").content.decode()

    user = moderator()
    client.force_login(user)
    edit_url = reverse("wagtailsnippets_clauses_clause:edit", args=[clause.pk])
    form = querydict_from_html(client.get(edit_url).content.decode(), form_id="w-editor-form")
    form["action-submit"] = "Submit to Hub moderator approval"
    response = client.post(edit_url, form)
    assert response.status_code == 302
    state = WorkflowState.objects.get(base_content_type__model="clause", object_id=str(clause.pk))
    assert state.status == "in_progress"
    clause.refresh_from_db()
    assert not clause.live
    client.logout()
    assert client.get(url).status_code == 404

    client.force_login(user)
    task_state = state.current_task_state
    approve = reverse(
        "wagtailsnippets_clauses_clause:workflow_action",
        args=[clause.pk, "approve", task_state.pk],
    )
    response = client.post(approve, {"comment": "Fine"})
    assert response.status_code in (200, 302)
    clause.refresh_from_db()
    assert clause.live
    client.logout()
    response = client.get(url)
    assert response.status_code == 200
    assert "Draft clause" in response.content.decode()
    assert "Draft clause" in client.get(f"{hub.url}database/").content.decode()


def test_only_published_clauses_are_public(client, hub, taxonomy):
    published = make_clause(taxonomy, title="Published one")
    draft = make_clause(taxonomy, live=False, title="Unpublished one")
    listing = client.get(f"{hub.url}database/").content.decode()
    assert "Published one" in listing and "Unpublished one" not in listing
    assert client.get(f"{hub.url}clauses/{published.identifier}/").status_code == 200
    assert client.get(f"{hub.url}clauses/{draft.identifier}/").status_code == 404
    response = client.get(f"{hub.url}data/clauses.json")
    data = json.loads(b"".join(response.streaming_content))
    assert [c["identifier"] for c in data["clauses"]] == [published.identifier]


def translate(instance, language, **fields):
    """Translate through wagtail-localize, then give the translation its own wording."""
    locale = Locale.objects.get(language_code=language)
    source, _ = TranslationSource.get_or_create_from_instance(instance)
    translation = Translation.objects.create(source=source, target_locale=locale, enabled=True)
    translation.save_target(publish=False)
    target = instance.get_translation(locale)
    for name, value in fields.items():
        setattr(target, name, value)
    target.save()
    if hasattr(target, "save_revision"):
        target.save_revision().publish()
    return target


def test_a_french_clause_shows_on_the_french_hub_and_links_the_english_original(
    client, hub, taxonomy
):
    clause = make_clause(taxonomy, title="Workers see their data")
    ensure_translations(hub, ["fr"])
    french_hub = hub.get_translation(Locale.objects.get(language_code="fr"))
    french = translate(
        clause,
        "fr",
        title="Les travailleurs voient leurs données",
        text="L'employeur remet à chaque salarié une copie des données qu'il détient sur lui.",
    )
    assert french.identifier == clause.identifier

    response = client.get(f"{french_hub.url}clauses/{clause.identifier}/")
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="fr"' in html
    assert "Les travailleurs voient leurs données" in html
    assert f'href="{hub.url}clauses/{clause.identifier}/" hreflang="en"' in html
    listing = client.get(f"{french_hub.url}database/").content.decode()
    assert "Les travailleurs voient leurs données" in listing
    assert "Workers see their data" not in listing
    english = client.get(f"{hub.url}clauses/{clause.identifier}/").content.decode()
    assert f'href="{french_hub.url}clauses/{clause.identifier}/" hreflang="fr"' in english


def test_clause_page_shows_facets_as_database_links_and_how_to_cite(client, hub, taxonomy):
    clause = make_clause(taxonomy, source_title="Accord santé 2020")
    other = make_clause(taxonomy, title="Related one")
    html = client.get(f"{hub.url}clauses/{clause.identifier}/").content.decode()
    for link in (
        "database/?theme=5",
        "database/?subtheme=access",
        "database/?type=agreement_clause",
        "database/?union=CFDT",
        "database/?country=FR",
        "database/?sector=health",
        "database/?year_from=2020&amp;year_to=2020",
    ):
        assert f'href="{hub.url}{link}"' in html, link
    permanent = f"http://localhost{hub.url}clauses/{clause.identifier}/"
    assert f", {clause.identifier}. <cite>Hub</cite>" in html
    assert f'<a href="{permanent}">{permanent}</a>' in html
    assert "Accord santé 2020" in html
    assert "Related one" in html and other.identifier in html


def test_user_text_is_escaped_on_the_clause_page(client, hub, taxonomy):
    clause = make_clause(taxonomy, text="<script>alert(1)</script> The employer shall.")
    html = client.get(f"{hub.url}clauses/{clause.identifier}/").content.decode()
    assert "<script>alert(1)" not in html
    assert "&lt;script&gt;alert(1)" in html


def test_database_view_filters_and_rejects_bad_values(client, hub, taxonomy):
    make_clause(taxonomy, title="Twenty twenty", year=2020)
    make_clause(taxonomy, title="Twenty ten", year=2010, clause_type="legislation")
    html = client.get(f"{hub.url}database/?type=legislation").content.decode()
    assert "Twenty ten" in html and "Twenty twenty" not in html
    html = client.get(f"{hub.url}database/?year_from=2015").content.decode()
    assert "Twenty twenty" in html and "Twenty ten" not in html
    for bad in ("theme=99", "country=ZZ", "year_from=abc", "type=<script>"):
        response = client.get(f"{hub.url}database/?{bad}")
        assert response.status_code == 400, bad
        assert "not valid" in response.content.decode()
    for page in ("abc", "-1", "99999"):
        assert client.get(f"{hub.url}database/?page={page}").status_code == 200


@pytest.mark.usefixtures("no_page_cache")  # what rendering costs, not a cache's hit
def test_theme_page_costs_the_same_queries_however_many_clauses_it_highlights(
    client, hub, taxonomy
):
    theme, subtheme = taxonomy.theme, taxonomy.subtheme

    def theme_page(slug, count):
        clauses = [make_clause(taxonomy, title=f"{slug} {i}") for i in range(count)]
        return hub.add_child(
            instance=ThemePage(
                title=slug,
                slug=slug,
                theme=theme,
                highlights=[ThemeHighlight(subtheme=subtheme, clause=c) for c in clauses],
            )
        )

    def queries(page):
        client.get(page.url)
        with CaptureQueriesContext(connection) as captured:
            response = client.get(page.url)
        assert response.status_code == 200
        return len(captured), response.content.decode()

    few, few_html = queries(theme_page("few", 2))
    many, many_html = queries(theme_page("many", 20))
    assert few == many
    assert many_html.count('class="clause-box"') == 20
    assert "See every clause on this theme in the database" in many_html


@pytest.fixture(scope="module")
def _demo_hub(demo_site):
    """The demo site, loaded once for the demo tests below."""


def test_demo_hub_has_eight_theme_pages_and_forty_published_clauses(_demo_hub, db, client):
    hub = HubPage.objects.get(locale__language_code="en")
    assert client.get(hub.url).status_code == 200
    pages = ThemePage.objects.live().child_of(hub)
    assert pages.count() == 8
    for page in pages:
        html = client.get(page.url).content.decode()
        assert page.highlights.exists()
        assert html.count('class="clause-box"') >= 1
    clauses = Clause.objects.filter(live=True, locale__language_code="en")
    assert clauses.count() >= 40
    assert clauses.values("clause_type").distinct().count() == 5
    assert clauses.values("country").distinct().count() >= 10
    assert clauses.values("sectors").distinct().count() >= 5
    for clause in clauses:
        assert client.get(f"{hub.url}clauses/{clause.identifier}/").status_code == 200, clause
