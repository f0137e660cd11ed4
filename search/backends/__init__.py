"""Search backends for Wagtail's WAGTAILSEARCH_BACKENDS setting.

`search.backends.elasticsearch` is Wagtail's Elasticsearch 8 backend with per-language text
fields (see that module). `search.backends.database` is Wagtail's database backend with what a
reader types quoted safely for SQLite's FTS5; it needs nothing of ours at indexing time: the
query layer in `search.engines` works on the index Wagtail's own database backend keeps.
"""
