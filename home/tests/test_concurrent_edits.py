"""Two people who opened the same page or clause: the second to save, from a form loaded before
the first one's save, is refused (409) with a message naming who saved and when, and keeps what
they typed; the newer version stays. Through the admin's own edit views, as a browser posts them."""

import html

import pytest
from django.contrib.auth.models import Group, User
from django.test import Client
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import querydict_from_html

from clauses.models import Clause
from clauses.tests.factories import build_taxonomy, make_clause
from home.models import HomePage, StandardPage

pytestmark = pytest.mark.django_db

PAGE_FORM = "page-edit-form"
SNIPPET_FORM = "w-editor-form"


def person(username, first_name, last_name, group_name):
    user = User.objects.create_user(
        username, f"{username}@example.org", "pw", first_name=first_name, last_name=last_name
    )
    user.groups.add(Group.objects.get(name=group_name))
    client = Client()
    client.force_login(user)
    return client


def form_of(response):
    if "/pages/" not in response.wsgi_request.path:
        return querydict_from_html(response.content.decode(), form_id=SNIPPET_FORM)
    form = querydict_from_html(response.content.decode(), form_id=PAGE_FORM)
    # The browser's script writes the (empty) body's StreamField inputs; the HTML has none.
    form.setdefault("body-count", "0")
    return form


def opened(client, url):
    """What the browser posts: the edit form as loaded, hidden revision inputs included."""
    response = client.get(url)
    assert response.status_code == 200
    form = form_of(response)
    assert form.get("loaded_revision_id")
    return form


def messages_text(response):
    return html.unescape(response.content.decode())


def latest_page_revision(page):
    return Page.objects.get(pk=page.pk).get_latest_revision()


@pytest.fixture
def page():
    home = HomePage.objects.get(depth=2, locale__language_code="en")
    page = home.add_child(
        instance=StandardPage(title="Bargaining basics", slug="basics", summary="First.")
    )
    page.save_revision().publish()
    return page


def test_the_second_save_of_a_page_is_refused_and_keeps_what_was_typed(page):
    amina = person("amina", "Amina", "Diallo", "Editors")
    ben = person("ben", "Ben", "Carter", "Editors")
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    form_a, form_b = opened(amina, url), opened(ben, url)

    # The first save, from the current revision, goes through.
    form_a["summary"] = "Amina's summary."
    assert amina.post(url, form_a).status_code == 302
    amina_revision = latest_page_revision(page)
    assert amina_revision.as_object().summary == "Amina's summary."

    # The second, from the revision both opened, is refused: nothing saved, the form as typed.
    form_b["summary"] = "Ben's summary."
    response = ben.post(url, form_b)
    assert response.status_code == 409
    text = messages_text(response)
    assert "Amina Diallo saved a newer version" in text
    assert "Your changes have not been saved" in text
    assert "Ben's summary." in text  # still in the form
    compare = reverse(
        "wagtailadmin_pages:revisions_compare",
        args=[page.pk, form_b["loaded_revision_id"], amina_revision.pk],
    )
    assert f'href="{compare}"' in response.content.decode()
    assert latest_page_revision(page) == amina_revision
    assert latest_page_revision(page).as_object().summary == "Amina's summary."

    # Told, Ben saves again from the form he got back: now it counts as made on the newer one.
    again = form_of(response)
    assert again["loaded_revision_id"] == str(amina_revision.pk)
    assert again["summary"].strip() == "Ben's summary."  # a textarea starts with a newline
    assert ben.post(url, again).status_code == 302
    assert latest_page_revision(page).as_object().summary == "Ben's summary."

    # Reverting to an earlier version, from a form just opened, is no conflict.
    revert = reverse("wagtailadmin_pages:revisions_revert", args=[page.pk, amina_revision.pk])
    assert amina.post(revert, opened(amina, revert)).status_code == 302
    assert latest_page_revision(page).as_object().summary == "Amina's summary."


def test_publishing_a_page_from_an_out_of_date_form_is_refused(page):
    amina = person("amina", "Amina", "Diallo", "Editors")
    ben = person("ben", "Ben", "Carter", "Editors")
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    form_a, form_b = opened(amina, url), opened(ben, url)

    form_a["summary"] = "Amina's summary."
    form_a["action-publish"] = "action-publish"
    assert amina.post(url, form_a).status_code == 302
    form_b["summary"] = "Ben's summary."
    form_b["action-publish"] = "action-publish"
    response = ben.post(url, form_b)
    assert response.status_code == 409
    assert "Amina Diallo saved a newer version" in messages_text(response)
    live = Page.objects.get(pk=page.pk).specific
    assert live.summary == "Amina's summary."
    assert not live.has_unpublished_changes


def test_every_page_type_and_the_clauses_get_the_guarded_edit_views():
    from wagtail.admin.viewsets.pages import page_viewset_registry
    from wagtail.models import get_page_models

    from clauses.wagtail_hooks import ClauseViewSet
    from ourdigitalfuture.core.concurrency import GuardedPageEditView, GuardedSnippetEditView

    # The page viewsets are registered as the admin's URLs are built: build them first, as the
    # first request would (the test must not depend on another having run before it).
    reverse("wagtailadmin_home")
    for model in get_page_models():
        viewset = page_viewset_registry.get_by_type(model)
        assert issubclass(viewset.edit_view_class, GuardedPageEditView), model
    assert issubclass(ClauseViewSet.edit_view_class, GuardedSnippetEditView)


@pytest.fixture
def clause():
    return make_clause(build_taxonomy(), live=True, title="Right to disconnect")


def test_the_second_save_of_a_clause_is_refused_and_keeps_what_was_typed(clause):
    amina = person("amina", "Amina", "Diallo", "Hub moderators")
    ben = person("ben", "Ben", "Carter", "Hub moderators")
    url = reverse("wagtailsnippets_clauses_clause:edit", args=[clause.pk])
    form_a, form_b = opened(amina, url), opened(ben, url)

    form_a["title"] = "Right to disconnect after 18:00"
    assert amina.post(url, form_a).status_code == 302
    amina_revision = Clause.objects.get(pk=clause.pk).latest_revision
    assert amina_revision.as_object().title == "Right to disconnect after 18:00"

    form_b["title"] = "Right to disconnect at weekends"
    response = ben.post(url, form_b)
    assert response.status_code == 409
    text = messages_text(response)
    assert "Amina Diallo saved a newer version" in text
    assert "Your changes have not been saved" in text
    assert "Right to disconnect at weekends" in text
    compare = reverse(
        "wagtailsnippets_clauses_clause:revisions_compare",
        args=[clause.pk, form_b["loaded_revision_id"], amina_revision.pk],
    )
    assert f'href="{compare}"' in response.content.decode()
    latest = Clause.objects.get(pk=clause.pk).latest_revision
    assert latest == amina_revision

    # Publishing from the out-of-date form is refused too: the live clause is untouched.
    form_b["action-publish"] = "action-publish"
    response = ben.post(url, form_b)
    assert response.status_code == 409
    live = Clause.objects.get(pk=clause.pk)
    assert live.title == "Right to disconnect"
    assert live.latest_revision == amina_revision

    # From the form he got back (loaded from the newer revision) Ben's save goes through.
    again = form_of(response)
    assert again["loaded_revision_id"] == str(amina_revision.pk)
    again.pop("action-publish", None)
    assert ben.post(url, again).status_code == 302
    latest = Clause.objects.get(pk=clause.pk).latest_revision
    assert latest.as_object().title == "Right to disconnect at weekends"

    # Reverting to an earlier version, from a form just opened, is no conflict.
    revert = reverse(
        "wagtailsnippets_clauses_clause:revisions_revert", args=[clause.pk, amina_revision.pk]
    )
    assert amina.post(revert, opened(amina, revert)).status_code == 302
    latest = Clause.objects.get(pk=clause.pk).latest_revision
    assert latest.as_object().title == "Right to disconnect after 18:00"


def test_saving_again_in_another_window_says_so(clause):
    amina = person("amina", "Amina", "Diallo", "Hub moderators")
    url = reverse("wagtailsnippets_clauses_clause:edit", args=[clause.pk])
    first, second = opened(amina, url), opened(amina, url)
    first["title"] = "From the first window"
    assert amina.post(url, first).status_code == 302
    second["title"] = "From the second window"
    response = amina.post(url, second)
    assert response.status_code == 409
    assert "You saved a newer version in another window" in messages_text(response)
