"""A faceted search's hits read from Elasticsearch's documents (`_source`), for an IndexSpec
with `document_fields` and `from_documents` (`search.registry`): the page of hits then costs
no database query. Without them, the hits are read from the database (`summaries`)."""

# (model, field names) -> {field name: document field}
_COLUMNS = {}


def document_columns(backend, model, names):
    """{name: document field} of `model`'s search fields `names` (a FilterField's column,
    else a SearchField's), looked up once per model."""
    key = (model, tuple(names))
    if key not in _COLUMNS:
        mapping = backend.mapping_class(model)
        fields = {f.field_name: f for f in model.get_searchable_search_fields()}
        fields.update({f.field_name: f for f in model.get_filterable_search_fields()})
        _COLUMNS[key] = {name: mapping.get_field_column_name(fields[name]) for name in names}
    return _COLUMNS[key]


def source_request(backend, spec):
    """The `_source` of a search's page of hits: the document fields the spec reads, or
    none."""
    if spec.from_documents is None:
        return False
    return list(document_columns(backend, spec.model, spec.document_fields).values())


def hit_records(backend, spec, hits):
    """The spec's summaries of `hits` (Elasticsearch hits), in their order."""
    if spec.from_documents is None:
        return spec.summaries([hit["_id"] for hit in hits])
    columns = document_columns(backend, spec.model, spec.document_fields).items()
    documents = []
    for hit in hits:
        source = hit.get("_source") or {}
        document = {name: source.get(column) for name, column in columns}
        document["pk"] = int(hit["_id"])
        documents.append(document)
    return spec.from_documents(documents)
