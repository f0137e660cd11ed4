"""A file sent with a clause submission stays private until a clause that uses it is published:
accepting the submission puts it in a restricted collection, under a neutral title, that only
the hub's moderators, editors and administrators may fetch and that the API never lists; the
clause's publication (a moderator's approval, a publish) makes it public under the clause's
title; unpublishing or deleting the clause makes it private again."""

import importlib

import pytest
from django.apps import apps
from django.contrib.auth.models import Group, User
from django.core.files.base import ContentFile
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.models import Collection, Locale, WorkflowState
from wagtail.test.utils.form_data import querydict_from_html

from .factories import make_clause, make_submission
from .helpers import admin_url, pdf_bytes

pytestmark = pytest.mark.django_db

DOCUMENTS_API = "/api/v2/documents/"
# clauses.source_documents' collections: the private one and the public one.
SUBMISSIONS_COLLECTION = "Hub submissions"
PUBLIC_COLLECTION = "Hub documents"


def user_in(group_name, username):
    user = User.objects.create_user(username, f"{username}@example.org", "pw")
    user.groups.add(Group.objects.get(name=group_name))
    return user


def accepted(client, taxonomy, moderator, **fields):
    """A submission with a file, accepted by `moderator` through the admin: its draft clause."""
    submission = make_submission(taxonomy, source_file=pdf_bytes(), **fields)
    client.force_login(moderator)
    response = client.post(admin_url("accept", submission))
    assert response.status_code == 302
    client.logout()
    submission.refresh_from_db()
    return submission, submission.clause


def api_ids(client):
    response = client.get(DOCUMENTS_API)
    assert response.status_code == 200
    return {item["id"] for item in response.json()["items"]}


def assert_private(client, document):
    """Nobody outside the reader groups gets the file, and the API knows nothing of it."""
    response = client.get(document.url)
    assert response.status_code == 302
    assert "login" in response["Location"]
    assert document.id not in api_ids(client)
    # (follow: on an unknown id the API may answer a redirect to the language prefix first)
    detail = client.get(f"{DOCUMENTS_API}{document.id}/", follow=True)
    assert detail.status_code == 404
    assert document.title not in detail.content.decode()


def stored(document):
    with document.file.open("rb") as f:
        return f.read()


def assert_public(client, document):
    response = client.get(document.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == stored(document)
    assert document.id in api_ids(client)
    detail = client.get(f"{DOCUMENTS_API}{document.id}/")
    assert detail.status_code == 200
    return detail.json()


def test_an_accepted_file_is_private_until_its_clause_is_published(client, taxonomy):
    moderator = user_in("Hub moderators", "moderator")
    submission, clause = accepted(client, taxonomy, moderator, title="Polyglot agreement")
    document = clause.source_document
    content = stored(document)
    assert content.startswith(b"%PDF")

    # Private: not for anonymous visitors, nor a translator, nor anyone's API answer; and its
    # title is not the submitter's.
    assert document.collection.name == SUBMISSIONS_COLLECTION
    assert "Polyglot" not in document.title
    assert_private(client, document)
    client.force_login(user_in("Translators — French", "translator"))
    assert_private(client, document)

    # The moderator reads it, from the submission and as the clause's document; an editor too
    # (they finish the draft); the API still never lists it, not even for them.
    client.force_login(moderator)
    assert client.get(admin_url("source_file", submission)).status_code == 200
    response = client.get(document.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == content
    assert document.id not in api_ids(client)
    client.force_login(user_in("Editors", "editor"))
    assert client.get(document.url).status_code == 200
    client.logout()

    # Published: public, under the clause's identifier and title.
    clause.latest_revision.publish()
    document.refresh_from_db()
    assert document.collection.name == PUBLIC_COLLECTION
    detail = assert_public(client, document)
    assert detail["title"] == f"{clause.identifier} Polyglot agreement"


def test_a_moderators_approval_publishes_the_clause_and_its_file(client, taxonomy):
    moderator = user_in("Hub moderators", "moderator")
    _submission, clause = accepted(client, taxonomy, moderator)
    document = clause.source_document

    # An editor finishes the draft and submits it to "Clause moderation": still private.
    client.force_login(user_in("Editors", "editor"))
    edit_url = reverse("wagtailsnippets_clauses_clause:edit", args=[clause.pk])
    form = querydict_from_html(client.get(edit_url).content.decode(), form_id="w-editor-form")
    form["action-submit"] = "action-submit"
    assert client.post(edit_url, form).status_code == 302
    client.logout()
    assert_private(client, document)

    client.force_login(moderator)
    state = WorkflowState.objects.get(base_content_type__model="clause", object_id=str(clause.pk))
    approve = reverse(
        "wagtailsnippets_clauses_clause:workflow_action",
        args=[clause.pk, "approve", state.current_task_state.pk],
    )
    assert client.post(approve, {"comment": "Fine"}).status_code in (200, 302)
    client.logout()
    clause.refresh_from_db()
    assert clause.live
    document.refresh_from_db()
    assert_public(client, document)


def test_unpublishing_or_deleting_the_clause_makes_the_file_private_again(client, taxonomy):
    moderator = user_in("Hub moderators", "moderator")
    _submission, clause = accepted(client, taxonomy, moderator)
    document = clause.source_document
    clause.latest_revision.publish()
    client.logout()
    document.refresh_from_db()
    assert client.get(document.url).status_code == 200

    # Through the admin's unpublish view.
    client.force_login(moderator)
    unpublish = reverse("wagtailsnippets_clauses_clause:unpublish", args=[clause.pk])
    assert client.post(unpublish).status_code == 302
    client.logout()
    document.refresh_from_db()
    assert document.collection.name == SUBMISSIONS_COLLECTION
    assert_private(client, document)

    # Published again, then deleted while a published clause (a translation, sharing the
    # synchronised source document) still uses it: public; then the last one goes.
    clause.refresh_from_db()
    clause.save_revision().publish()
    french = clause.copy_for_translation(Locale.objects.get(language_code="fr"))
    french.save()
    french.save_revision().publish()
    clause.refresh_from_db()
    clause.delete()
    document.refresh_from_db()
    assert client.get(document.url).status_code == 200
    french.delete()
    document.refresh_from_db()
    assert_private(client, document)


def test_the_api_never_lists_a_restricted_collections_documents(client, admin_client):
    Document = get_document_model()
    root = Collection.get_first_root_node()
    restricted = root.add_child(name="Board papers")
    restricted.view_restrictions.create(restriction_type="login")
    inside = restricted.add_child(name="2023")
    public = Document(title="Annual report", collection=root)
    public.file.save("report.txt", ContentFile(b"report"))
    hidden = Document(title="Board minutes", collection=inside)
    hidden.file.save("minutes.txt", ContentFile(b"minutes"))

    for visitor in (client, admin_client):  # an administrator passes the restriction
        assert api_ids(visitor) == {public.id}
        assert visitor.get(f"{DOCUMENTS_API}{hidden.id}/", follow=True).status_code == 404
        assert visitor.get(f"{DOCUMENTS_API}{public.id}/").status_code == 200


def test_the_migration_makes_files_already_accepted_private_unless_published(client, taxonomy):
    """Files accepted before this change sat in an open "Hub submissions" collection under the
    submitter's title: the data migration restricts it and moves the published ones out."""
    Document = get_document_model()
    old = Collection.get_first_root_node().add_child(name=SUBMISSIONS_COLLECTION)
    files = {}
    for title, live in (("Draft one", False), ("Published one", True)):
        document = Document(title=title, collection=old)
        document.file.save(f"{title.split()[0].lower()}.pdf", ContentFile(pdf_bytes()))
        submission = make_submission(taxonomy, title=title)
        clause = make_clause(taxonomy, live=live, title=title, source_document=document)
        submission.clause = clause
        submission.status = "accepted"
        submission.save()
        files[title] = document
    assert client.get(files["Draft one"].url).status_code == 200  # the old layout's leak

    migration = importlib.import_module("clauses.migrations.0004_private_submission_documents")
    migration.forwards(apps, None)

    draft, published = (Document.objects.get(pk=files[t].pk) for t in files)
    assert draft.title == f"Clause submission {draft_submission_pk(draft)} (source file)"
    assert_private(client, draft)
    assert published.collection.name == PUBLIC_COLLECTION
    assert published.title.endswith("Published one")
    assert_public(client, published)


def draft_submission_pk(document):
    from clauses.models import ClauseSubmission

    return ClauseSubmission.objects.get(clause__source_document=document).pk
