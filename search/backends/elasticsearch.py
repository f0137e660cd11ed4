"""Wagtail's Elasticsearch 8 backend, with each text analysed by its own language's analyzer.

Use it in WAGTAILSEARCH_BACKENDS as ``"BACKEND": "search.backends.elasticsearch"``; every
option of Wagtail's backend (URLS, INDEX_PREFIX, TIMEOUT, ATOMIC_REBUILD, OPTIONS,
INDEX_SETTINGS) works as before, and so does everything Wagtail itself searches (the admin,
choosers, ``Page.objects.search()``), because the documents keep all of Wagtail's fields.

Per-language analysis. Wagtail analyses every text with one analyzer, so "données" would
not find "donnée". This backend adds language fields to each document of a translatable model
(anything with a `locale`, i.e. pages and clauses): the text of every ``index.SearchField``
is copied to ``i18n.<language>.<field>``, and that field is mapped with the language's
analyzer (``i18n.fr.text`` with "french", ``i18n.ru.text`` with "russian"...). A document
only fills the fields of its own language, so the index holds each text once more rather than
once per language, and a query names the fields of the language(s) it searches
(``i18n.fr.*``), which Elasticsearch then analyses with the same analyzer as the text. The
query layer (`search.engines.elasticsearch`) builds those queries; see the README's Search
section for the design.

Indexing speed. Wagtail reads each many-to-many filter field (a clause's themes, unions...)
with a ``values_list`` query per object, which a prefetch does not answer; `add_items` reads
the ids of every such link of a chunk in one query per field from the link tables instead (no
related object is built), and the mapping takes them from there: indexing costs a fixed
number of queries per chunk, whatever its size. A model may also define
``prepare_search_documents(items)`` (a classmethod) to read what its other filter fields need
for the whole chunk at once.
"""

from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor

from django.core.exceptions import FieldDoesNotExist
from django.db.models.fields.related import ManyToManyField
from modelsearch.backends.elasticsearchbase import (
    ElasticsearchAtomicIndexRebuilder,
    ElasticsearchIndexRebuilder,
)
from wagtail.models import Locale
from wagtail.search import index
from wagtail.search.backends.elasticsearch8 import (
    Elasticsearch8AutocompleteQueryCompiler,
    Elasticsearch8Index,
    Elasticsearch8Mapping,
    Elasticsearch8SearchBackend,
    Elasticsearch8SearchQueryCompiler,
    Elasticsearch8SearchResults,
)

from search.languages import all_analysed_languages, analysed_language, analyzer_for

LANGUAGE_FIELDS = "i18n"
# Where `add_items` leaves the ids of a chunk's many-to-many links for the mapping.
LINK_IDS = "_search_link_ids"


def is_translatable(model):
    return any(f.name == "locale" for f in model._meta.get_fields())


class PerLanguageMapping(Elasticsearch8Mapping):
    """Wagtail's mapping plus ``i18n.<language>.<field>`` for the model's text fields."""

    def __init__(self, model):
        super().__init__(model)
        self._languages_by_locale = None
        # Looked up once per mapping (i.e. per chunk of update_index), not once per document.
        self._text_columns = None
        self._column_names = {}
        self._plain_fields = {}
        self._translatable = is_translatable(model)

    def text_columns(self):
        """(column, boost) of each SearchField of this model that holds text."""
        if self._text_columns is None:
            columns = []
            for field in self.model.get_search_fields():
                if isinstance(field, index.SearchField):
                    name, definition = self.get_field_mapping(field)
                    if definition.get("type") == "text":
                        columns.append((name, field.boost or 1))
            self._text_columns = columns
        return self._text_columns

    def get_field_column_name(self, field):
        try:
            return self._column_names[field]
        except KeyError:
            name = self._column_names[field] = super().get_field_column_name(field)
            return name

    def plain_field(self, field, model):
        """The model field behind a search field whose value is the column's as it is (not a
        relation, no searchable content of its own), else None. For those, `field.get_value`
        comes down to `value_from_object` after lookups (the field, whether django-taggit is
        installed) that cost more than the value itself, once per field and document."""
        key = (field, model)
        if key not in self._plain_fields:
            try:
                model_field = field.get_field(model)
            except FieldDoesNotExist:
                model_field = None
            plain = model_field is not None and not model_field.is_relation
            if plain and hasattr(model_field, "get_searchable_content"):
                plain = False
            self._plain_fields[key] = model_field if plain else None
        return self._plain_fields[key]

    def get_mapping(self):
        mapping = super().get_mapping()
        if is_translatable(self.model):
            columns = [name for name, _boost in self.text_columns()]
            mapping["properties"][LANGUAGE_FIELDS] = {
                "properties": {
                    language: {
                        "properties": {
                            # Offsets in the postings let the highlighter find fragments
                            # without analysing the stored text again.
                            column: {
                                "type": "text",
                                "analyzer": analyzer_for(language),
                                "index_options": "offsets",
                            }
                            for column in columns
                        }
                    }
                    for language in all_analysed_languages()
                }
            }
        return mapping

    def language_of(self, obj):
        locale = obj._state.fields_cache.get("locale")
        if locale is not None:
            return analysed_language(locale.language_code)
        if self._languages_by_locale is None:
            # One query per mapping, i.e. per object or per chunk of update_index.
            self._languages_by_locale = dict(Locale.objects.values_list("pk", "language_code"))
        return analysed_language(self._languages_by_locale.get(obj.locale_id))

    def _get_document_field_data(self, field, obj):
        if isinstance(field, index.FilterField):
            links = getattr(obj, LINK_IDS, None)
            if links is not None and field.field_name in links:
                return self.get_field_column_name(field), links[field.field_name], []
        if isinstance(field, index.RelatedFields):
            return super()._get_document_field_data(field, obj)
        model_field = self.plain_field(field, type(obj))
        if model_field is None:
            return super()._get_document_field_data(field, obj)
        # What Wagtail's mapping returns for a plain column, without its lookups.
        value = self._clean_value(model_field.value_from_object(obj))
        edgengrams = [value] if isinstance(field, index.AutocompleteField) else []
        return self.get_field_column_name(field), value, edgengrams

    def get_document(self, obj):
        document = super().get_document(obj)
        if self._translatable and getattr(obj, "locale_id", None):
            texts = {}
            for column, _boost in self.text_columns():
                value = document.get(column)
                if value not in (None, "", []):
                    texts[column] = value
            document[LANGUAGE_FIELDS] = {self.language_of(obj): texts}
        return document


def many_to_many_filter_fields(model):
    names = []
    for field in model.get_filterable_search_fields():
        try:
            model_field = model._meta.get_field(field.field_name)
        except FieldDoesNotExist:
            continue
        if isinstance(model_field, ManyToManyField):
            names.append(field.field_name)
    return names


def read_link_ids(model, items):
    """Set LINK_IDS on each of `items`: {filter field name: sorted ids of its linked records}
    for the model's many-to-many filter fields, in one query per field for the whole chunk."""
    names = many_to_many_filter_fields(model)
    found = {item.pk: {name: [] for name in names} for item in items}
    for name in names:
        field = model._meta.get_field(name)
        through = field.remote_field.through
        source, target = field.m2m_field_name(), field.m2m_reverse_field_name()
        links = defaultdict(list)
        rows = through._default_manager.filter(**{f"{source}__in": list(found)}).order_by()
        for source_id, target_id in rows.values_list(source, target):
            links[source_id].append(target_id)
        for pk, ids in links.items():
            found[pk][name] = sorted(ids)
    for item in items:
        setattr(item, LINK_IDS, found[item.pk])


class PerLanguageIndex(Elasticsearch8Index):
    # During a rebuild (`bulk_load`), the bulk request of one chunk is sent by a thread while
    # the next chunk is read and built: Elasticsearch indexes as Python works.
    sender = None
    pending = None
    refresh_paused = False

    def add_items(self, model, items):
        if not index.class_is_indexed(model):
            return
        if items and many_to_many_filter_fields(model):
            read_link_ids(model, items)
        # A model whose filter fields read other records reads them for the whole chunk.
        prepare = getattr(model, "prepare_search_documents", None)
        if prepare is not None:
            prepare(items)
        mapping = self.mapping_class(model)
        try:
            actions = [
                {"_id": mapping.get_document_id(item), **mapping.get_document(item)}
                for item in items
            ]
        finally:
            # The ids are of this moment: a later add_item of the same object reads its own.
            for item in items:
                item.__dict__.pop(LINK_IDS, None)
        if not actions:
            return
        if self.sender is None:
            self.backend.bulk(self.es, actions, index=self.name)
            return
        if not self.refresh_paused:  # (not for the indices a rebuild leaves empty)
            self.es.indices.put_settings(index=self.name, settings={"refresh_interval": "-1"})
            self.refresh_paused = True
        self.wait()  # one request in flight at most; its error, if any, is raised here
        self.pending = self.sender.submit(self.backend.bulk, self.es, actions, index=self.name)

    def wait(self):
        pending, self.pending = self.pending, None
        if pending is not None:
            pending.result()

    def start_bulk_load(self):
        """Before a rebuild fills this index: requests pipelined, and no refresh until the
        rebuild is done (it refreshes once at the end)."""
        self.sender = ThreadPoolExecutor(max_workers=1, thread_name_prefix="es-bulk")
        self.refresh_paused = False

    def finish_bulk_load(self):
        try:
            self.wait()
        finally:
            sender, self.sender = self.sender, None
            if sender is not None:
                sender.shutdown()
            if self.refresh_paused:
                # Back to the configured (or Elasticsearch's default) refresh interval.
                configured = self.backend.settings.get("settings", {}).get("index", {})
                self.es.indices.put_settings(
                    index=self.name,
                    settings={"refresh_interval": configured.get("refresh_interval")},
                )
                self.refresh_paused = False


class BulkLoadMixin:
    """A rebuild that fills the new index with `start_bulk_load`/`finish_bulk_load`."""

    def start(self):
        started = super().start()
        started.start_bulk_load()
        return started

    def finish(self):
        self.index.finish_bulk_load()
        super().finish()


class PerLanguageIndexRebuilder(BulkLoadMixin, ElasticsearchIndexRebuilder):
    pass


class PerLanguageAtomicIndexRebuilder(BulkLoadMixin, ElasticsearchAtomicIndexRebuilder):
    pass


class PerLanguageSearchQueryCompiler(Elasticsearch8SearchQueryCompiler):
    mapping_class = PerLanguageMapping


class PerLanguageAutocompleteQueryCompiler(Elasticsearch8AutocompleteQueryCompiler):
    mapping_class = PerLanguageMapping


class PerLanguageSearchBackend(Elasticsearch8SearchBackend):
    mapping_class = PerLanguageMapping
    index_class = PerLanguageIndex
    basic_rebuilder_class = PerLanguageIndexRebuilder
    atomic_rebuilder_class = PerLanguageAtomicIndexRebuilder
    query_compiler_class = PerLanguageSearchQueryCompiler
    autocomplete_query_compiler_class = PerLanguageAutocompleteQueryCompiler
    results_class = Elasticsearch8SearchResults

    def index_name(self, model):
        return self.get_index_for_model(model).name


SearchBackend = PerLanguageSearchBackend
