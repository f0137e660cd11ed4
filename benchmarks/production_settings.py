"""Production settings for the page benchmark (benchmarks/page_cache_bench.py). With BENCH_COLD
set, Django's cache is a DummyCache, which keeps nothing: every request renders as the first
one after every cache was cleared (page cache, fragments, filter choices, Wagtail's site root
paths); what a process keeps in memory of its own (compiled templates, content types) stays."""

import os

from ourdigitalfuture.settings.production import *  # noqa: F403

if os.environ.get("BENCH_COLD"):
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
