"""Submitted files stay private until their clause is published (clauses.source_documents).

Until now an accepted submission's file went into the "Hub submissions" collection, which anyone
could fetch, under the submitter's title. This restricts that collection to the hub's moderators,
the editors and the administrators, moves the files of clauses already published to the public
"Hub documents" collection (under the clause's identifier and title) and gives the others the
neutral title that new ones get."""

from django.conf import settings
from django.db import migrations

SUBMISSIONS_COLLECTION = "Hub submissions"
PUBLIC_COLLECTION = "Hub documents"
READER_GROUPS = ("Hub moderators", "Editors", "Administrators")
GROUPS = "groups"


def forwards(apps, schema_editor):
    Collection = apps.get_model("wagtailcore", "Collection")
    CollectionViewRestriction = apps.get_model("wagtailcore", "CollectionViewRestriction")
    Group = apps.get_model("auth", "Group")
    Document = apps.get_model(
        getattr(settings, "WAGTAILDOCS_DOCUMENT_MODEL", "wagtaildocs.Document")
    )
    Clause = apps.get_model("clauses", "Clause")
    ClauseSubmission = apps.get_model("clauses", "ClauseSubmission")

    private = Collection.objects.filter(depth=2, name=SUBMISSIONS_COLLECTION).first()
    if private is None:
        return  # Nothing was accepted yet: the collection is made, restricted, when needed.
    restriction = CollectionViewRestriction.objects.filter(
        collection=private, restriction_type=GROUPS
    ).first()
    if restriction is None:
        restriction = CollectionViewRestriction.objects.create(
            collection=private, restriction_type=GROUPS, password=""
        )
    restriction.groups.add(*Group.objects.filter(name__in=READER_GROUPS))

    title_length = Document._meta.get_field("title").max_length
    public = None
    for document in Document.objects.filter(collection=private):
        clause = Clause.objects.filter(source_document=document, live=True).order_by("pk").first()
        if clause is not None:
            if public is None:
                public = public_collection(Collection)
            document.collection = public
            document.title = f"{clause.identifier} {clause.title}".strip()[:title_length]
        else:
            submission = ClauseSubmission.objects.filter(clause__source_document=document).first()
            if submission is None:
                continue
            document.title = f"Clause submission {submission.pk} (source file)"
        document.save(update_fields=["collection", "title"])


def public_collection(HistoricalCollection):
    existing = HistoricalCollection.objects.filter(depth=2, name=PUBLIC_COLLECTION).first()
    if existing is not None:
        return existing
    # Adding a node to Wagtail's collection tree (kept in name order) needs treebeard's own
    # methods, which historical models lack. This runs only on a database that has published
    # clauses with submitted files, once, with the Wagtail this migration was written for.
    from wagtail.models import Collection

    created = Collection.get_first_root_node().add_child(name=PUBLIC_COLLECTION)
    return HistoricalCollection.objects.get(pk=created.pk)


class Migration(migrations.Migration):
    dependencies = [
        ("clauses", "0003_submission_personal_data_erased_at"),
        ("home", "0004_roles_and_workflows"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
