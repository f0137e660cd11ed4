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

Indexing speed. Wagtail reads many-to-many filter fields (a clause's themes, unions...) one
query per object; `add_items` prefetches them for each chunk instead, which is what keeps
``update_index`` for 100,000 clauses in minutes rather than hours; a model may also define
``prepare_search_documents(items)`` (a classmethod) to read what its filter fields need for
the whole chunk at once.
"""

from django.core.exceptions import FieldDoesNotExist
from django.db.models import prefetch_related_objects
from django.db.models.fields.related import ManyToManyField
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


def is_translatable(model):
    return any(f.name == "locale" for f in model._meta.get_fields())


class PerLanguageMapping(Elasticsearch8Mapping):
    """Wagtail's mapping plus ``i18n.<language>.<field>`` for the model's text fields."""

    def __init__(self, model):
        super().__init__(model)
        self._languages_by_locale = None

    def text_columns(self):
        """(column, boost) of each SearchField of this model that holds text."""
        columns = []
        for field in self.model.get_search_fields():
            if isinstance(field, index.SearchField):
                name, definition = self.get_field_mapping(field)
                if definition.get("type") == "text":
                    columns.append((name, field.boost or 1))
        return columns

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

    def get_document(self, obj):
        document = super().get_document(obj)
        if is_translatable(self.model) and getattr(obj, "locale_id", None):
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


class PerLanguageIndex(Elasticsearch8Index):
    def add_items(self, model, items):
        if index.class_is_indexed(model):
            names = many_to_many_filter_fields(model)
            if names:
                prefetch_related_objects(items, *names)
            # A model whose filter fields read other records reads them for the whole chunk.
            prepare = getattr(model, "prepare_search_documents", None)
            if prepare is not None:
                prepare(items)
        super().add_items(model, items)


class PerLanguageSearchQueryCompiler(Elasticsearch8SearchQueryCompiler):
    mapping_class = PerLanguageMapping


class PerLanguageAutocompleteQueryCompiler(Elasticsearch8AutocompleteQueryCompiler):
    mapping_class = PerLanguageMapping


class PerLanguageSearchBackend(Elasticsearch8SearchBackend):
    mapping_class = PerLanguageMapping
    index_class = PerLanguageIndex
    query_compiler_class = PerLanguageSearchQueryCompiler
    autocomplete_query_compiler_class = PerLanguageAutocompleteQueryCompiler
    results_class = Elasticsearch8SearchResults

    def index_name(self, model):
        return self.get_index_for_model(model).name


SearchBackend = PerLanguageSearchBackend
