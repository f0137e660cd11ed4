"""What the full-text adapters share: the index table of Wagtail's database backend.

Wagtail's database backends (django-modelsearch) keep one `IndexEntry` row per indexed
record: its content type, its primary key as text (`object_id`) and its indexed text (a title
and a body, in a form that depends on the database). The adapters query that table directly;
`search/tests/test_modelsearch_schema.py` checks that it still has the names they rely on.
"""

from django.db.models import BigIntegerField, CharField, Q
from django.db.models.functions import Cast
from modelsearch.conf import get_app_config
from modelsearch.utils import get_descendants_content_types_pks

# The IndexEntry model (in the app modelsearch installs) and its fields the adapters read.
INDEX_ENTRY_MODEL = "IndexEntry"
INDEX_ENTRY_FIELDS = ("id", "content_type", "object_id", "title", "body")


def index_entry_model():
    return get_app_config().get_model(INDEX_ENTRY_MODEL)


def index_entries():
    return index_entry_model().objects


def content_types(model):
    """The content types of `model` and its subclasses (what IndexEntry.content_type holds)."""
    return get_descendants_content_types_pks(model)


def as_text(queryset):
    """`queryset`'s primary keys as text, to compare with IndexEntry.object_id."""
    return queryset.order_by().annotate(_pk_text=Cast("pk", CharField())).values("_pk_text")


class IndexAdapter:
    """Matching and ranking on a full-text index. A subclass gives `entries(stems)` (the
    IndexEntry rows whose text matches) and `ranked_rows(stems, entries, offset, limit)`
    ((content type, object id) of `entries`, best first)."""

    ranks = True
    # Whether a faceted search's counts run as one statement over the matches materialised once
    # (search.engines.database.count_together): where the full-text match is the costly part.
    counts_together = False

    def __init__(self, backend):
        self.backend = backend

    def match(self, model, queryset, stems, like_fields):
        """`queryset` restricted to the records whose indexed text matches `stems`."""
        entries = self.entries(stems).filter(content_type_id__in=content_types(model))
        matching = entries.annotate(_pk=Cast("object_id", BigIntegerField())).values("_pk")
        return queryset.filter(pk__in=matching)

    def ranked(self, stems, kinds, offset, limit):
        """[(kind, pk)] of the best matches, where `kinds` maps a kind to (model, queryset of
        candidates)."""
        condition = Q()
        kind_of_type = {}
        for kind, (model, candidates) in kinds.items():
            types = content_types(model)
            kind_of_type.update({t: kind for t in types})
            condition |= Q(content_type_id__in=types, object_id__in=as_text(candidates))
        rows = self.ranked_rows(stems, index_entries().filter(condition), offset, limit)
        return [(kind_of_type[ct], int(pk)) for ct, pk in rows]


class LikeAdapter:
    """No full-text index (Wagtail's fallback backend keeps none): LIKE on the fields the
    caller names, and no ranking."""

    ranks = False
    counts_together = False

    def __init__(self, backend):
        self.backend = backend

    def match(self, model, queryset, stems, like_fields):
        condition = Q()
        for stem in stems:
            for name in like_fields:
                condition |= Q(**{f"{name}__icontains": stem})
        return queryset.filter(condition)
