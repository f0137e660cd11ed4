"""Search backends for Wagtail's WAGTAILSEARCH_BACKENDS setting.

`search.backends.elasticsearch` is Wagtail's Elasticsearch 8 backend with per-language text
fields (see that module). The database backend needs nothing of ours at indexing time: the
query layer in `search.engines` works on the index Wagtail's own database backend keeps.
"""
