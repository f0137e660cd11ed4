"""The roles' guards and dashboards (ourdigitalfuture.core.roles): translators stay in their
language, even through wagtail-localize's endpoints; coordinators keep their region page and
start from it; each role's dashboard panels."""

from urllib.parse import urlencode

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, Translation, TranslationSource

from home.models import FooterText

from .helpers import allowed, client_for

MIDDLEWARE = "ourdigitalfuture.core.roles.middleware.TranslatorLocaleMiddleware"


# Translators stay in their language, even through wagtail-localize's endpoints.


@pytest.fixture
def locale_middleware(settings):
    if MIDDLEWARE not in settings.MIDDLEWARE:
        settings.MIDDLEWARE = [*settings.MIDDLEWARE, MIDDLEWARE]


def string_url(translation):
    segment = StringSegment.objects.filter(source=translation.source).first()
    return reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])


def test_a_translator_writes_strings_into_their_language_only(db, site, locale_middleware):
    source = TranslationSource.objects.get_for_instance(site.clause)
    french = Translation.objects.get(source=source, target_locale__language_code="fr")
    spanish = Translation.objects.get(source=source, target_locale__language_code="es")
    client = client_for(site.users["translator"])
    body = urlencode({"value": "Les travailleurs voient leurs données"})
    kind = "application/x-www-form-urlencoded"
    assert client.put(string_url(french), body, content_type=kind).status_code in (200, 201)
    assert client.put(string_url(spanish), body, content_type=kind).status_code == 403
    # Editors translate into every language.
    editor = client_for(site.users["editor"])
    assert editor.put(string_url(spanish), body, content_type=kind).status_code in (200, 201)


def test_a_translator_is_told_why_the_source_is_refused(db, site):
    client = client_for(site.users["translator"])
    response = client.get(reverse("wagtailsnippets_clauses_clause:edit", args=[site.clause.pk]))
    assert response.status_code == 302
    messages = [str(m).strip() for m in get_messages(response.wsgi_request)]
    assert messages == ["You translate into French only: this is in English."]


def test_a_translator_edits_the_footer_in_their_language_only(db, site):
    english = FooterText.objects.create(licence_line="CC BY 4.0", locale=Locale.get_default())
    french = FooterText.objects.create(
        licence_line="CC BY 4.0 (français)",
        locale=Locale.objects.get(language_code="fr"),
        translation_key=english.translation_key,
    )
    client = client_for(site.users["translator"])
    for footer, expected in ((english, False), (french, True)):
        url = reverse("wagtailsnippets_home_footertext:edit", args=[footer.pk])
        assert allowed(client.get(url)) is expected, footer.locale


def test_a_coordinator_cannot_delete_their_own_region_page(db, site):
    url = reverse("wagtailadmin_pages:delete", args=[site.africa.pk])
    response = client_for(site.users["coordinator"]).get(url)
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_explore", args=[site.africa.pk])
    assert client_for(site.users["editor"]).get(url).status_code == 200


def test_the_explorer_starts_at_the_coordinators_region(db, site):
    response = client_for(site.users["coordinator"]).get(reverse("wagtailadmin_explore_root"))
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_explore", args=[site.africa.pk])


# Each role's dashboard.


def dashboard(site, role):
    response = client_for(site.users[role]).get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    return response.content.decode()


def test_a_coordinators_dashboard_shows_their_region(db, site):
    html = dashboard(site, "coordinator")
    assert 'id="role-region' in html
    assert reverse("wagtailadmin_pages:edit", args=[site.africa.pk]) in html
    assert reverse("wagtailadmin_pages:edit", args=[site.europe.pk]) not in html
    collection_id = site.documents["africa"].collection_id
    assert f"?collection_id={collection_id}" in html


def test_a_translators_dashboard_shows_what_waits_for_their_language(db, site):
    html = dashboard(site, "translator")
    assert 'id="role-translations' in html
    assert reverse("wagtailadmin_pages:edit", args=[site.africa_fr.pk]) in html
    assert reverse("wagtailsnippets_clauses_clause:edit", args=[site.clause_fr.pk]) in html
    assert reverse("wagtailadmin_pages:edit", args=[site.africa_es.pk]) not in html
    assert reverse("wagtailsnippets_clauses_clause:edit", args=[site.clause_es.pk]) not in html


def test_a_moderators_dashboard_shows_the_submissions_queue(db, site):
    html = dashboard(site, "moderator")
    assert 'id="role-submissions' in html
    inspect = reverse("clauses_clausesubmission_modeladmin_inspect", args=[site.submission.pk])
    assert inspect in html
    editor = dashboard(site, "editor")
    assert "role-submissions" not in editor and "role-region" not in editor
