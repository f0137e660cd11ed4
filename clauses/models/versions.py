"""Which version of a clause a reader is shown: the clause database lists every clause once.

A clause and its translations share a `translation_key`; each live one is a *version*. A reader
of language L is shown, of each clause, its version in L where one is published, otherwise
the version in the clause's original language (`original_language`, e.g. a French agreement
in French), otherwise the default language's (English), otherwise the oldest live version.

The rule is written twice, in the same order: as SQL (`preference`, `shown_versions`) for the
database search engines and the clause pages, and in Python (`shown_in`) for the
`shown_in` filter field Elasticsearch indexes. Publishing, unpublishing or deleting one version
changes what its siblings are shown for, so `reindex_other_versions` indexes them again.
"""

from collections import defaultdict

from django.conf import settings
from django.db.models import Exists, F, IntegerField, OuterRef, Q, Subquery, Value, When
from django.db.models.expressions import Case
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale
from wagtail.search.tasks import insert_or_update_object_task


def default_language():
    return get_supported_content_language_variant(settings.LANGUAGE_CODE)


def preference(language):
    """An ORM expression ordering a clause's versions for a reader of `language`, best first
    (ties: the oldest version, by primary key)."""
    return Case(
        When(locale__language_code=language, then=Value(0)),
        When(locale__language_code=F("original_language"), then=Value(1)),
        When(locale__language_code=default_language(), then=Value(2)),
        default=Value(3),
        output_field=IntegerField(),
    )


def shown_version_of(versions, language):
    """Of `versions` (a queryset of one clause's live versions), the one shown in `language`."""
    return versions.order_by(preference(language), "pk").first()


def shown_versions(model, language):
    """A condition on `model` records: each is a live version, the one shown in `language`.

    Most records answer it without the subquery that orders a clause's versions: a live
    version in `language` is the one shown (a clause has one version per language), and so is
    a live version whose clause has no other live version. The database tests these first,
    row by row, and orders the versions only for the rest (at 100,000 clauses the subquery
    for every row cost more than a whole search)."""
    best = (
        model.objects.filter(live=True, translation_key=OuterRef("translation_key"))
        .order_by(preference(language), "pk")
        .values("pk")[:1]
    )
    others = model.objects.filter(live=True, translation_key=OuterRef("translation_key")).exclude(
        pk=OuterRef("pk")
    )
    return Q(live=True) & (
        Q(locale__in=Locale.objects.filter(language_code=language).values("pk"))
        | ~Exists(others)
        | Q(pk=Subquery(best))
    )


def live_versions(model, translation_keys):
    """{translation key: {language code: primary key}} of the live versions, in one query."""
    found = defaultdict(dict)
    rows = model.objects.filter(live=True, translation_key__in=translation_keys).order_by("pk")
    for key, code, pk in rows.values_list("translation_key", "locale__language_code", "pk"):
        found[key][code] = pk
    return found


def prepare_for_indexing(model, items):
    """Read the live versions of a chunk of clauses being indexed in one query (instead of one
    per clause) for `shown_in`."""
    versions = live_versions(model, {item.translation_key for item in items})
    codes = list(Locale.objects.values_list("language_code", flat=True))
    for item in items:
        item._live_versions = versions.get(item.translation_key, {})
        item._locale_codes = codes


def shown_in(clause):
    """The language codes (of the site's locales) in which `clause` is the version shown."""
    if not clause.live or clause.pk is None:
        return []
    versions = getattr(clause, "_live_versions", None)
    if versions is None:
        versions = live_versions(type(clause), [clause.translation_key])[clause.translation_key]
    codes = getattr(clause, "_locale_codes", None)
    if codes is None:
        codes = list(Locale.objects.values_list("language_code", flat=True))
    if not versions:
        return []
    fallback = (
        versions.get(clause.original_language)
        or versions.get(default_language())
        or min(versions.values())
    )
    return sorted(code for code in codes if versions.get(code, fallback) == clause.pk)


def reindex_other_versions(sender, instance, raw=False, update_fields=None, **kwargs):
    """Index a clause's other versions again when one is created, published, unpublished or
    deleted: what each is shown for depends on which versions are live."""
    if raw or (update_fields is not None and "live" not in update_fields):
        return
    others = sender.objects.filter(translation_key=instance.translation_key).exclude(pk=instance.pk)
    for pk in others.values_list("pk", flat=True):
        insert_or_update_object_task.enqueue(
            sender._meta.app_label, sender._meta.model_name, str(pk)
        )
