"""Settings for benchmarks/search_bench.py: the site's base settings on a scratch database
(DATABASE_URL), with the search backend named by BENCH_SEARCH (elasticsearch or database)."""

import os

from ourdigitalfuture.settings.base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "benchmark-only-key"
ALLOWED_HOSTS = ["*"]
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "WARNING"}}

_DATABASE = {"BACKEND": "search.backends.database"}
if os.environ.get("BENCH_SEARCH") == "elasticsearch":
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "search.backends.elasticsearch",
            "URLS": [os.environ["BENCH_ELASTICSEARCH_URL"]],
            "INDEX_PREFIX": "bench_",
            "TIMEOUT": 60,
            "ATOMIC_REBUILD": True,
            "INDEX_SETTINGS": {
                "settings": {"index": {"number_of_shards": 1, "number_of_replicas": 0}}
            },
        },
        "database": _DATABASE,
    }
else:
    WAGTAILSEARCH_BACKENDS = {"default": _DATABASE}
