"""The page cache's near copies, on Redis only (ourdigitalfuture.core.page_cache).

Reading a page from Redis costs a network round trip (0.2-0.4 ms, about a third of a hit's
time), so each process also keeps the pages it served last in its own memory (`NearCache`:
PAGE_CACHE_NEAR_ENTRIES of them, LRU), the fragments and routes it used (ten times as many,
`get_part`/`set_part`), and the site generation it last read from Redis. Within
PAGE_CACHE_NEAR_SECONDS of that read a hit is answered from memory with no call to Redis. A
change made in this process drops the remembered generation at once; one made in another
process (another worker, a server, `manage.py`) is seen here at most PAGE_CACHE_NEAR_SECONDS
later (1 s; 0 turns the near copies off). With the local memory cache (no REDIS_URL) the cache
itself is in memory, and a dummy cache keeps nothing: there are no near copies."""

import time

from django.conf import settings
from django.core.cache import cache, caches
from django.core.cache.backends.locmem import LocMemCache
from django.core.cache.backends.redis import RedisCache


def setting(name, default):
    return getattr(settings, name, default)


class NearCache:
    """This process's copies of the pages it last served from Redis and of the fragments and
    routes it last used (each kept under the generation in its key), and the site generation it
    last read there (see the module's docstring). Thread-safe: Django's local memory cache."""

    def __init__(self):
        self.stores = {}
        self.snapshot = None  # (generation, when it was read): replaced whole, never half-set

    def enabled(self):
        """On Redis only: another cache is in this process already (local memory) or keeps
        nothing (a dummy cache, the benchmark's cold pages)."""
        return setting("PAGE_CACHE_NEAR_SECONDS", 1.0) > 0 and isinstance(
            caches["default"], RedisCache
        )

    def fresh_generation(self):
        """The generation read from Redis less than PAGE_CACHE_NEAR_SECONDS ago, if any."""
        snapshot = self.snapshot
        if snapshot is None:
            return None
        value, read_at = snapshot
        if time.monotonic() - read_at < setting("PAGE_CACHE_NEAR_SECONDS", 1.0):
            return value
        return None

    def note_generation(self, value):
        self.snapshot = (value, time.monotonic())

    def forget_generation(self):
        self.snapshot = None

    def store(self, kind="pages"):
        """The pages (PAGE_CACHE_NEAR_ENTRIES of them), or the smaller parts: fragments and
        routes (ten times as many)."""
        if kind not in self.stores:
            entries = setting("PAGE_CACHE_NEAR_ENTRIES", 200) * (1 if kind == "pages" else 10)
            self.stores[kind] = LocMemCache(
                f"odf-page-cache-near-{kind}",
                {"TIMEOUT": None, "OPTIONS": {"MAX_ENTRIES": entries, "CULL_FREQUENCY": 4}},
            )
        return self.stores[kind]

    def get(self, key):
        return self.store().get(key)

    def get_many(self, keys):
        return self.store().get_many(keys)

    def set_many(self, values):
        self.store().set_many(values, setting("PAGE_CACHE_TIMEOUT", 300))

    def clear(self):
        """Everything forgotten: the copies and the generation (tests; another cache set up)."""
        self.forget_generation()
        for store in self.stores.values():
            store.clear()
        self.stores = {}


near = NearCache()


def get_part(key):
    """A value kept under a key holding the site generation (a fragment, a route): on Redis
    from this process's near copies when it has one, else from the cache."""
    if not near.enabled():
        return cache.get(key)
    parts = near.store("parts")
    value = parts.get(key)
    if value is None:
        value = cache.get(key)
        if value is not None:
            parts.set(key, value, setting("PAGE_CACHE_TIMEOUT", 300))
    return value


def set_part(key, value):
    timeout = setting("PAGE_CACHE_TIMEOUT", 300)
    cache.set(key, value, timeout)
    if near.enabled():
        near.store("parts").set(key, value, timeout)
