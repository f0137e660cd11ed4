"""A translator starts and updates translations through wagtail-localize's own views, into their
language only (ourdigitalfuture.core.translating): the French translator, as an editor would,
through the admin's HTTP views."""

from django.urls import reverse
from wagtail.models import Locale, WorkflowState
from wagtail_localize.models import TranslationSource

from clauses.models import Clause
from clauses.tests.factories import make_clause
from home.models import StandardPage
from home.tests.factories import StandardPageFactory

from .helpers import client_for


def submit_url(obj):
    if isinstance(obj, Clause):
        return reverse(
            "wagtail_localize:submit_snippet_translation", args=["clauses", "clause", obj.pk]
        )
    return reverse("wagtail_localize:submit_page_translation", args=[obj.pk])


def locale(code):
    return Locale.objects.get(language_code=code)


def test_the_french_translator_starts_french_translations_only(db, site):
    client = client_for(site.users["translator"])
    page = StandardPageFactory(parent=site.africa, title="Platform work", slug="platform-work")
    clause = make_clause(site.taxonomy, "Algorithmic management")

    # The form offers French, the translator's language, and no other.
    form = client.get(submit_url(clause))
    assert form.status_code == 200
    offered = list(form.context["form"].fields["locales"].queryset)
    assert offered == [locale("fr")]
    assert 'name="select_all"' in form.content.decode()
    assert form.context["form"].fields["select_all"].widget.is_hidden

    # Another language: refused outright, and nothing is made.
    for obj in (page, clause):
        response = client.post(submit_url(obj), {"locales": [locale("es").pk]})
        assert response.status_code == 403
        assert obj.get_translation_or_none(locale("es")) is None

    # French: made, as a draft page for the translator to translate and publish...
    assert client.post(submit_url(page), {"locales": [locale("fr").pk]}).status_code == 302
    french_page = page.get_translation(locale("fr"))
    assert isinstance(french_page.specific, StandardPage) and not french_page.live
    # ...and a clause translation that waits in "Clause moderation" for a moderator.
    assert client.post(submit_url(clause), {"locales": [locale("fr").pk]}).status_code == 302
    french_clause = clause.get_translation(locale("fr"))
    assert not french_clause.live
    state = WorkflowState.objects.for_instance(french_clause).get()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.workflow.name == "Clause moderation"


def test_the_french_translator_updates_the_french_translation_only(
    db, site, django_capture_on_commit_callbacks
):
    client = client_for(site.users["translator"])
    source = TranslationSource.objects.get_for_instance(site.africa)
    url = reverse("wagtail_localize:update_translations", args=[source.pk])
    spanish_before = type(site.africa_es).objects.get(pk=site.africa_es.pk).live_revision_id
    french_before = type(site.africa_fr).objects.get(pk=site.africa_fr.pk).live_revision_id

    # wagtail-localize publishes when the transaction commits.
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"publish_translations": "on"})
    assert response.status_code == 302
    assert type(site.africa_fr).objects.get(pk=site.africa_fr.pk).live_revision_id != (
        french_before
    )
    assert type(site.africa_es).objects.get(pk=site.africa_es.pk).live_revision_id == (
        spanish_before
    )


def test_a_translator_without_a_translation_in_their_language_cannot_update(db, site):
    client = client_for(site.users["translator"])
    europe = TranslationSource.get_or_create_from_instance(site.europe)[0]
    url = reverse("wagtail_localize:update_translations", args=[europe.pk])
    assert client.post(url, {"publish_translations": "on"}).status_code == 403
