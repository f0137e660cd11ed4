"""Nothing goes live without the right to publish it (ourdigitalfuture.core.publishing),
through every path wagtail-localize adds to Wagtail's own: the reproduced bypass (an editor
sends a draft clause for translation, then "updates" the translation with "Publish
immediately"), the translation editor's "Submit to moderation" in place of "Publish", the
moderators' approval, PO uploads, converting a page back into an alias and the pages' bulk
publish. All through the admin's HTTP views."""

from urllib.parse import urlencode

from django.contrib.auth.models import Group, Permission
from django.contrib.messages import get_messages
from django.test import TestCase
from django.urls import reverse
from wagtail.log_actions import LogContext
from wagtail.models import (
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowState,
)
from wagtail_localize.models import StringSegment, Translation, TranslationSource

from clauses.models import Clause
from clauses.tests.factories import make_clause
from ourdigitalfuture.core import roles
from ourdigitalfuture.core.demo import collection

from .helpers import client_for, make_user, po_file

CLAUSE_MODERATION = "Clause moderation"


def as_request(user):
    """Run wagtail-localize's on-commit publishing as it runs in a request: inside the admin's
    log context (the test's own transaction would otherwise defer it past the assertions)."""

    class Both:
        def __enter__(self):
            self.context = LogContext(user=user)
            self.capture = TestCase.captureOnCommitCallbacks(execute=True)
            self.context.__enter__()
            self.capture.__enter__()

        def __exit__(self, *exc):
            self.capture.__exit__(*exc)
            self.context.__exit__(*exc)

    return Both()


def messages_of(response):
    return [str(message).strip() for message in get_messages(response.wsgi_request)]


def in_moderation(clause, user):
    return WorkflowState.objects.filter(
        base_content_type__model="clause",
        object_id=str(clause.pk),
        status=WorkflowState.STATUS_IN_PROGRESS,
        workflow__name=CLAUSE_MODERATION,
        requested_by=user,
    ).first()


def approve(client, clause, state):
    url = reverse(
        "wagtailsnippets_clauses_clause:workflow_action",
        args=[clause.pk, "approve", state.current_task_state.pk],
    )
    return client.post(url, {"comment": ""})


def translate_strings(client, translation, text):
    """Type `text` into every string of the translation editor (its API, as the editor does)."""
    for segment in StringSegment.objects.filter(source=translation.source):
        url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
        body = urlencode({"value": f"{text} {segment.order}"})
        response = client.put(url, body, content_type="application/x-www-form-urlencoded")
        assert response.status_code in (200, 201), response.status_code


def test_an_editor_cannot_publish_a_clause_through_wagtail_localizes_update(db, site):
    """The reproduced bypass: a draft English clause, sent for translation into French, then
    "updated" with "Publish immediately". The French clause must stay unpublished and go
    through "Clause moderation", where a hub moderator publishes it."""
    editor, moderator = site.users["editor"], site.users["moderator"]
    english = make_clause(site.taxonomy, live=False, title="Algorithmic management is negotiated")
    french_locale = Locale.objects.get(language_code="fr")
    client = client_for(editor)
    submit = reverse(
        "wagtail_localize:submit_snippet_translation", args=["clauses", "clause", english.pk]
    )
    with as_request(editor):
        assert client.post(submit, {"locales": [french_locale.pk]}).status_code == 302
    french = Clause.objects.get(translation_key=english.translation_key, locale=french_locale)
    assert not french.live  # a draft

    source = TranslationSource.objects.get_for_instance(english)
    update = reverse("wagtail_localize:update_translations", args=[source.pk])
    with as_request(editor):
        response = client.post(update, {"publish_translations": "on"})
    assert response.status_code == 302
    french.refresh_from_db()
    assert not french.live, "the editor published the French clause"
    assert not Clause.objects.filter(pk=french.pk, live=True).exists()
    state = in_moderation(french, editor)
    assert state is not None, "the French clause is not in moderation"
    assert any(CLAUSE_MODERATION in message for message in messages_of(response))

    # A hub moderator finds it on their dashboard and approves it: then it is live.
    dashboard = client_for(moderator).get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("wagtailsnippets_clauses_clause:edit", args=[french.pk]) in dashboard
    with as_request(moderator):
        assert approve(client_for(moderator), french, state).status_code in (200, 302)
    french.refresh_from_db()
    assert french.live
    assert not Clause.objects.get(pk=english.pk).live  # the source stays a draft


def test_a_translator_submits_a_clause_translation_to_moderation(db, site):
    """The translation editor offers a translator "Submit to moderation" instead of "Publish";
    the translation waits as a draft (the live French clause unchanged) until a hub moderator
    approves it."""
    translator, moderator = site.users["translator"], site.users["moderator"]
    french = site.clause_fr
    live_title = french.title
    translation = Translation.objects.get(
        source__object_id=site.clause.translation_key, target_locale=french.locale
    )
    client = client_for(translator)
    edit_url = reverse("wagtailsnippets_clauses_clause:edit", args=[french.pk])
    moderate_url = reverse("core_moderate_translation", args=[translation.pk])
    html = client.get(edit_url).content.decode()
    assert f'action="{moderate_url}"' in html and "Submit to moderation" in html
    # Those who may publish are not offered it (they have wagtail-localize's "Publish").
    assert moderate_url not in client_for(moderator).get(edit_url).content.decode()

    translate_strings(client, translation, "Les travailleurs voient leurs données")
    # "Publish" itself stays refused, with a message saying what to do instead.
    with as_request(translator):
        response = client.post(edit_url, {"action": "publish"})
    assert response.status_code == 302
    assert Clause.objects.get(pk=french.pk).title == live_title
    assert any("moderation" in message for message in messages_of(response))

    with as_request(translator):
        response = client.post(moderate_url)
    assert response.status_code == 302 and response["Location"] == edit_url
    state = in_moderation(french, translator)
    assert state is not None
    french.refresh_from_db()
    assert french.live and french.title == live_title  # the live version is untouched
    assert "moderation" in client.get(edit_url).content.decode().lower()

    with as_request(moderator):
        assert approve(client_for(moderator), french, state).status_code in (200, 302)
    french.refresh_from_db()
    assert french.live and french.title.startswith("Les travailleurs voient leurs données")


def test_a_translator_cannot_publish_through_a_po_file_or_another_language(db, site):
    translator = site.users["translator"]
    client = client_for(translator)
    for code, allowed in (("fr", True), ("es", False)):
        target = site.clause.get_translation(Locale.objects.get(language_code=code))
        translation = Translation.objects.get(
            source__object_id=site.clause.translation_key, target_locale=target.locale
        )
        url = reverse("wagtail_localize:upload_pofile", args=[translation.pk])
        before = target.live_revision_id
        with as_request(translator):
            response = client.post(url, {"file": po_file(translation, "traduit")})
        assert response.status_code == (302 if allowed else 403), code
        assert Clause.objects.get(pk=target.pk).live_revision_id == before
        # Nor through moderation in a language that is not theirs.
        moderate = reverse("core_moderate_translation", args=[translation.pk])
        client.post(moderate)
        assert (in_moderation(target, translator) is not None) is allowed, code


def test_converting_a_translation_into_an_alias_needs_the_right_to_publish_it(db, site):
    """Converting replaces the page's content with the source's live content and its live state:
    someone who may edit the French tree but not publish it is refused."""
    reviewers = Group.objects.create(name="French proofreaders")
    reviewers.permissions.add(Permission.objects.get(codename="access_admin"))
    french_home = site.africa_fr.get_parent().get_parent()
    GroupPagePermission.objects.create(
        group=reviewers, page=french_home, permission=Permission.objects.get(codename="change_page")
    )
    proofreader = make_user("proofreader", "French proofreaders")
    page = site.africa_fr
    client = client_for(proofreader)
    assert client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).status_code == 200
    response = client.post(reverse("wagtail_localize:convert_to_alias", args=[page.pk]))
    assert response.status_code == 403
    assert Page.objects.get(pk=page.pk).alias_of_id is None

    # Under a workflow, they submit the translation to it instead: a draft, the live page as it
    # was, until a reviewer (an editor, for the Global section's workflow) approves it.
    WorkflowPage.objects.create(
        page=page, workflow=Workflow.objects.get(name=roles.GLOBAL_WORKFLOW)
    )
    translation = Translation.objects.get(
        source__object_id=site.africa.translation_key, target_locale=page.locale
    )
    before = Page.objects.get(pk=page.pk).live_revision_id
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    moderate_url = reverse("core_moderate_translation", args=[translation.pk])
    assert f'action="{moderate_url}"' in client.get(edit_url).content.decode()
    with as_request(proofreader):
        assert client.post(moderate_url)["Location"] == edit_url
    assert Page.objects.get(pk=page.pk).live_revision_id == before
    assert WorkflowState.objects.filter(
        object_id=str(page.pk), status=WorkflowState.STATUS_IN_PROGRESS, requested_by=proofreader
    ).exists()


def test_a_page_in_moderation_is_published_by_its_reviewers_only(db, site):
    """A page in a workflow is locked for all but the task's reviewers: its translators, who
    hold the publish permission, can publish it neither from the translation editor nor with
    the bulk publish action while it waits."""
    translator, editor = site.users["translator"], site.users["editor"]
    page = site.africa_fr
    workflow = Workflow.objects.get(name=roles.GLOBAL_WORKFLOW)  # approved by editors
    page.save_revision(user=editor)
    workflow.start(page, editor)
    before = Page.objects.get(pk=page.pk).live_revision_id
    client = client_for(translator)

    with as_request(translator):
        client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), {"action": "publish"})
    assert Page.objects.get(pk=page.pk).live_revision_id == before

    bulk = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"])
    with as_request(translator):
        response = client.post(f"{bulk}?id={page.pk}", {"include_descendants": ""})
    assert response.status_code == 302
    assert Page.objects.get(pk=page.pk).live_revision_id == before
    assert any("may not publish" in message for message in messages_of(response))

    # An editor (the task's reviewer) may.
    with as_request(editor):
        client_for(editor).post(f"{bulk}?id={page.pk}", {"include_descendants": ""})
    assert Page.objects.get(pk=page.pk).live_revision_id != before


def test_a_coordinator_writes_clauses_in_english_only(db, site):
    client = client_for(site.users["coordinator"])
    response = client.get(reverse("wagtailsnippets_clauses_clause:edit", args=[site.clause_fr.pk]))
    assert response.status_code == 302
    assert messages_of(response) == ["You write in English only: this is in French."]
    add = reverse("wagtailsnippets_clauses_clause:add")
    assert client.get(f"{add}?locale=fr").status_code == 302
    assert client.get(add).status_code == 200


def test_moderators_documents_are_the_hubs_collections(db, site):
    """The root-collection grant of the clauses app's 0002 migration is gone; the hub's
    collections are bound, as soon as they are made."""
    grants = GroupCollectionPermission.objects.filter(
        group__name=roles.MODERATORS, permission__content_type__app_label="wagtaildocs"
    )
    assert not grants.filter(collection__depth=1).exists()
    assert {grant.collection.name for grant in grants} == {"Hub submissions"}
    roles.connect_signals()
    collection("Hub documents")
    assert {grant.collection.name for grant in grants.all()} == {
        "Hub submissions",
        "Hub documents",
    }
    assert {grant.permission.codename for grant in grants.all()} == {
        "add_document",
        "change_document",
        "choose_document",
    }
