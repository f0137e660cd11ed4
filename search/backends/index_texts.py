"""The three texts Wagtail's SQLite search index keeps of a record (title, body, autocomplete),
read the way django-modelsearch's `ObjectIndexer` reads them, but faster; used by
`search.backends.sqlite_bulk` when `update_index` fills the index.

For a model whose indexed fields are all columns of its table(s) (`text_fields`), the texts
can be read from rows (`values_list`) instead of model instances: building 100,000 clause
instances (38 columns each, dates converted, modelcluster's set-up) cost more than all the
rest of the indexing. A field is read as `SearchField.get_value` reads it (the column's value,
through the field's `get_searchable_content` when it has one) and joined as
`ObjectIndexer.prepare_value` joins it.

A rich text's tags are stripped as Wagtail's `get_text_for_indexing` strips them (a space
after a block, Django's `strip_tags`, then entities unescaped), but with a regular expression
instead of Python's HTML parser when the markup is plain (`strip_plain_markup`): only
well-formed tags, no entity, no comment, no script or style. Anything else goes through
Wagtail's function. `search/tests/test_index_texts.py` checks that both give the same text.
"""

import re
from functools import cache

from django.core.exceptions import FieldDoesNotExist
from django.db.models import Field
from django.utils.encoding import force_str
from modelsearch.index import AutocompleteField, FilterField, SearchField
from wagtail.fields import RichTextField
from wagtail.rich_text import get_text_for_indexing

TITLE, BODY, AUTOCOMPLETE = 0, 1, 2

_NAME = r"[a-zA-Z][a-zA-Z0-9]*"
_ATTRIBUTE = r"""\s+[a-zA-Z_:][-a-zA-Z0-9_:.]*+(?:\s*=\s*(?:"[^"<>&]*+"|'[^'<>&]*+'))?"""
_TAG = rf"<{_NAME}(?:{_ATTRIBUTE})*+\s*+/?>|</{_NAME}\s*+>"
# Text without markup characters, and well-formed tags: nothing HTML's parser reads otherwise.
# (Possessive: what matched is never tried again another way, so a failure costs no more
# than a match.)
PLAIN_MARKUP = re.compile(rf"(?:[^<>&]++|{_TAG})*+")
TAG = re.compile(_TAG)
# Elements whose content the HTML parser reads as raw text.
RAW_TEXT = re.compile(
    r"<\s*/?\s*(?:script|style|textarea|title|xmp|iframe|noembed|noframes|noscript|plaintext)\b",
    re.IGNORECASE,
)
# The spaces get_text_for_indexing puts after blocks, so that blocks do not run together.
BLOCK_END = re.compile(r"(</(p|h\d|li|blockquote)>)", re.IGNORECASE)
BREAK = re.compile(r"(<(br|hr)\s*/>)", re.IGNORECASE)


def strip_plain_markup(source):
    """What `get_text_for_indexing(source)` returns, when `source` is plain markup (see the
    module); else None."""
    if "&" in source or not PLAIN_MARKUP.fullmatch(source) or RAW_TEXT.search(source):
        return None
    text = BREAK.sub(r"\1 ", BLOCK_END.sub(r"\1 ", source))
    return TAG.sub("", text).strip()


def text_for_indexing(source):
    """Wagtail's `get_text_for_indexing`, faster on plain markup."""
    source = force_str(source)
    text = strip_plain_markup(source)
    return get_text_for_indexing(source) if text is None else text


def rich_text_content(value):
    """RichTextField.get_searchable_content."""
    return [text_for_indexing(value)]


def prepare_value(value):
    """django-modelsearch's ObjectIndexer.prepare_value."""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return ", ".join(prepare_value(item) for item in value)
    if isinstance(value, dict):
        return ", ".join(prepare_value(item) for item in value.values())
    return force_str(value)


def searchable(model_field):
    """The function a field's value goes through before it is indexed (SearchField.get_value)."""
    method = getattr(type(model_field), "get_searchable_content", None)
    if method is None:
        return None
    if isinstance(model_field, RichTextField) and method is RichTextField.get_searchable_content:
        return rich_text_content
    return model_field.get_searchable_content


@cache
def text_fields(model):
    """[(slot, model field, searchable)] of the fields the SQLite index reads of `model`, slot
    being TITLE, BODY or AUTOCOMPLETE, in the order of its search fields; None when one of
    them is not a plain column (a method, a relation, related fields), which only the model
    instance can give."""
    fields = []
    for field in model.get_search_fields():
        if isinstance(field, FilterField):
            continue  # not in the texts
        if not isinstance(field, (SearchField, AutocompleteField)):
            return None
        try:
            model_field = field.get_field(model)
        except FieldDoesNotExist:
            return None
        if (
            model_field.is_relation
            or not model_field.concrete
            or type(model_field).value_from_object is not Field.value_from_object
        ):
            return None
        if isinstance(field, AutocompleteField):
            slot = AUTOCOMPLETE
        else:
            slot = TITLE if field.field_name == "title" else BODY
        fields.append((slot, model_field, searchable(model_field)))
    return fields


def texts_of(fields, values):
    """(title, body, autocomplete) of a record whose `fields` (from text_fields) hold
    `values`."""
    texts = ([], [], [])
    for (slot, _model_field, content), value in zip(fields, values, strict=True):
        texts[slot].append(prepare_value(content(value) if content else value))
    return " ".join(texts[TITLE]), " ".join(texts[BODY]), " ".join(texts[AUTOCOMPLETE])


class IndexRow:
    """A record to index read as a row: its primary key and its texts."""

    __slots__ = ("pk", "texts")

    def __init__(self, pk, texts):
        self.pk = pk
        self.texts = texts


def row_reader(model):
    """A function (queryset, limit) -> [IndexRow] of the first `limit` records of a queryset
    of `model`, or None if `model`'s texts need its instances."""
    fields = text_fields(model)
    if fields is None:
        return None
    names = [model_field.attname for _slot, model_field, _content in fields]

    def read(queryset, limit):
        rows = queryset.values_list("pk", *names)[:limit]
        return [IndexRow(row[0], texts_of(fields, row[1:])) for row in rows]

    return read


def instance_texts(fields, obj):
    """(title, body, autocomplete) of a model instance whose model's fields are `fields`."""
    return texts_of(fields, [getattr(obj, model_field.attname) for _s, model_field, _c in fields])
