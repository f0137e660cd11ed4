"""Where the files sent with clause submissions live, and who may fetch them.

A file sent with a submission stays in private storage until a moderator accepts the submission
(clauses.moderation); it then becomes a Wagtail document in the "Hub submissions" collection,
which a Wagtail collection view restriction keeps to the hub's moderators, the editors and the
administrators: Wagtail's document view (`/documents/<id>/<name>`, served by Django because
`WAGTAILDOCS_SERVE_METHOD = "serve_view"`) sends anyone else to the login page, and the API
never lists it (ourdigitalfuture.api). While it is private its title names only the submission
it came from, not what the submitter called it.

The file becomes public when a clause that uses it is published (by a moderator's approval in
"Clause moderation", by a publish in the editor or by a scheduled publish: Wagtail sends its
`published` signal for each): it moves to the public "Hub documents" collection and takes the
clause's identifier and title. When no published clause uses it any more (the clause unpublished
or deleted) it goes back to "Hub submissions"."""

from django.contrib.auth.models import Group
from django.db.models.signals import post_delete
from wagtail.documents import get_document_model
from wagtail.models import BaseViewRestriction, Collection, CollectionViewRestriction
from wagtail.signals import published, unpublished

from ourdigitalfuture.core.roles import (
    ADMINISTRATORS,
    EDITORS,
    HUB_DOCUMENTS_COLLECTION,
    HUB_SUBMISSIONS_COLLECTION,
    MODERATORS,
)

from .models import Clause

SUBMISSIONS_COLLECTION = HUB_SUBMISSIONS_COLLECTION
PUBLIC_COLLECTION = HUB_DOCUMENTS_COLLECTION
# The groups that may fetch a submitted file before its clause is published (superusers too).
READER_GROUPS = (MODERATORS, EDITORS, ADMINISTRATORS)


def _root_child(name):
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name=name).first()
    return existing or root.add_child(name=name)


def private_collection():
    """The "Hub submissions" collection, created under the root the first time it is needed,
    with its view restriction (added if missing: only the reader groups may fetch its files)."""
    collection = _root_child(SUBMISSIONS_COLLECTION)
    restriction = CollectionViewRestriction.objects.filter(
        collection=collection, restriction_type=BaseViewRestriction.GROUPS
    ).first()
    if restriction is None:
        restriction = CollectionViewRestriction.objects.create(
            collection=collection, restriction_type=BaseViewRestriction.GROUPS
        )
    restriction.groups.add(*Group.objects.filter(name__in=READER_GROUPS))
    return collection


def public_collection():
    """The "Hub documents" collection: the files of published clauses, for everyone."""
    return _root_child(PUBLIC_COLLECTION)


def private_title(submission):
    # Document titles are data, like the collection names: in the site's source language.
    return f"Clause submission {submission.pk} (source file)"


def public_title(clause):
    return str(clause)[: get_document_model()._meta.get_field("title").max_length]


def in_collection(document, name):
    return document.collection.name == name and document.collection.depth == 2


def clause_published(clause):
    """A clause went live: its source document, if it is still a private submitted file, moves
    to the public collection under the clause's identifier and title."""
    document = clause.source_document
    if document is None or not in_collection(document, SUBMISSIONS_COLLECTION):
        return
    document.collection = public_collection()
    document.title = public_title(clause)
    document.save()


def clause_withdrawn(document_id):
    """A clause using document `document_id` was unpublished or deleted: the document, if it was
    made public for a clause, becomes private again unless another published clause (a
    translation, say) still uses it."""
    if document_id is None:
        return
    document = get_document_model().objects.filter(pk=document_id).first()
    if document is None or not in_collection(document, PUBLIC_COLLECTION):
        return
    if Clause.objects.filter(source_document=document, live=True).exists():
        return
    document.collection = private_collection()
    document.save()


def _published(sender, instance, **kwargs):
    clause_published(instance)


def _withdrawn(sender, instance, **kwargs):
    clause_withdrawn(instance.source_document_id)


def connect_signals():
    """A clause's publishing, unpublishing and deletion move its file (ClausesConfig.ready())."""
    published.connect(_published, sender=Clause, dispatch_uid="clauses.source_document.published")
    unpublished.connect(
        _withdrawn, sender=Clause, dispatch_uid="clauses.source_document.unpublished"
    )
    post_delete.connect(_withdrawn, sender=Clause, dispatch_uid="clauses.source_document.deleted")


def public_document(clause):
    """The clause's source document if every reader may fetch it, else None: the clause is
    published and no view restriction applies to the document's collection (a submitted file
    stays in the private "Hub submissions" collection until its clause is published)."""
    document = clause.source_document
    if document is None or not clause.live:
        return None
    if document.collection.get_view_restrictions().exists():
        return None
    return document
