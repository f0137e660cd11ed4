"""The shared cache on Redis, without making Redis a dependency of every page.

`ResilientRedisCache` is Django's `RedisCache` (settings/base.py uses it when REDIS_URL is set)
that answers like an empty cache while Redis cannot be reached, as django-redis'
IGNORE_EXCEPTIONS does: `get` gives the default, `get_many` nothing, `add`, `touch`, `delete`
and `has_key` False, `set` and `delete_many` do nothing, `set_many` reports every key as not
stored, `incr` and `decr` raise ValueError as for a key that is not there, `clear` gives False.
Every cache use then falls back to what it does on a miss (Wagtail's site lookup, the search
filters' choices, rendition look-ups...) and visitors are served as usual, only slower.

"Cannot be reached" is `UNAVAILABLE`: redis-py's ConnectionError (refused, reset, loading,
authentication, no free connection) and TimeoutError, and the two answers of a server in
trouble, out of memory and read-only (a replica after a failover). Anything else (a bad key,
an unpicklable value, a wrong command) is a programming error and is raised as usual.

After a failure the cache does not call Redis for `RETRY_AFTER` seconds (OPTIONS, default 5):
with a Redis that hangs rather than refuses, each call would otherwise wait for the socket
timeout, and a page makes several. The outage is logged once per `WARNING_INTERVAL` seconds
(OPTIONS, default 60) per process, with the number of failed calls, and once when Redis
answers again.

Code that must know about the outage, rather than take it for a miss, uses the cache's
`strict` view (`strict_cache()`): the same connections, raising the errors above (or
`CacheUnavailable` while the cache waits to retry). The rate limits count through it, and
count in the database when it raises (ratelimit.py).

    CACHES = {"default": {
        "BACKEND": "ourdigitalfuture.core.cache.ResilientRedisCache",
        "LOCATION": "redis://127.0.0.1:6379/0",
        "OPTIONS": {"socket_connect_timeout": 2, "socket_timeout": 2, "RETRY_AFTER": 5},
    }}"""

import logging
import threading
import time

from django.core.cache import cache
from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache
from django.utils.functional import cached_property
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import OutOfMemoryError, ReadOnlyError
from redis.exceptions import TimeoutError as RedisTimeoutError

from .near_cache import near

logger = logging.getLogger(__name__)

UNAVAILABLE = (RedisConnectionError, RedisTimeoutError, OutOfMemoryError, ReadOnlyError)
RETRY_AFTER = 5
WARNING_INTERVAL = 60


class CacheUnavailable(RedisConnectionError):
    """Redis failed a moment ago: the strict view raises this without calling it again."""


class OccasionalWarning:
    """A warning logged at most once every `interval` seconds in this process, however often
    it is asked for; the next one says how many were left out meanwhile."""

    def __init__(self, log, interval=WARNING_INTERVAL):
        self.log = log
        self.interval = interval
        self.lock = threading.Lock()
        self.reset()

    def reset(self):
        with self.lock:
            self.last = None
            self.left_out = 0

    def __call__(self, message, *args):
        now = time.monotonic()
        with self.lock:
            if self.last is not None and now - self.last < self.interval:
                self.left_out += 1
                return False
            self.last, left_out, self.left_out = now, self.left_out, 0
        if left_out:
            message += " (%d more since the last warning)"
            args = (*args, left_out)
        self.log.warning(message, *args)
        return True


class Outage:
    """What this process knows of one Redis server's failures, shared by the cache's instances
    in every thread (Django makes one per thread)."""

    def __init__(self, retry_after, warning_interval):
        self.retry_after = retry_after
        self.lock = threading.Lock()
        self.down = False
        self.retry_at = 0.0
        self.failures = 0
        self.warning = OccasionalWarning(logger, warning_interval)
        self.recovery = OccasionalWarning(logger, warning_interval)

    def check(self):
        if self.down and time.monotonic() < self.retry_at:
            with self.lock:
                self.failures += 1
            raise CacheUnavailable("The cache failed a moment ago; it is not called until later")

    def failed(self, error):
        with self.lock:
            self.down = True
            self.failures += 1
            self.retry_at = time.monotonic() + self.retry_after
        self.warning(
            "The cache (Redis) cannot be reached, pages are served without it: %s: %s",
            type(error).__name__,
            error,
        )

    def succeeded(self):
        if not self.down:
            return
        with self.lock:
            if not self.down:
                return
            self.down, failures, self.failures = False, self.failures, 0
        self.recovery(
            "The cache (Redis) answers again, after %d calls it could not answer", failures
        )


_outages = {}
_outages_lock = threading.Lock()


def outage_of(servers, retry_after, warning_interval):
    key = (tuple(servers), retry_after, warning_interval)
    with _outages_lock:
        if key not in _outages:
            _outages[key] = Outage(retry_after, warning_interval)
        return _outages[key]


class StrictRedisCache(RedisCache):
    """Django's RedisCache that records outages in its `outage` and, while it waits to retry,
    raises CacheUnavailable without calling Redis. Its errors reach the caller."""

    def __init__(self, server, params):
        options = dict(params.get("OPTIONS") or {})
        retry_after = float(options.pop("RETRY_AFTER", RETRY_AFTER))
        warning_interval = float(options.pop("WARNING_INTERVAL", WARNING_INTERVAL))
        super().__init__(server, {**params, "OPTIONS": options})
        self._params = params
        self.outage = outage_of(self._servers, retry_after, warning_interval)

    def _call(self, method, *args):
        self.outage.check()
        try:
            result = method(*args)
        except UNAVAILABLE as error:
            self.outage.failed(error)
            raise
        self.outage.succeeded()
        return result

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(super().add, key, value, timeout, version)

    def get(self, key, default=None, version=None):
        return self._call(super().get, key, default, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(super().set, key, value, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(super().touch, key, timeout, version)

    def delete(self, key, version=None):
        return self._call(super().delete, key, version)

    def get_many(self, keys, version=None):
        return self._call(super().get_many, keys, version)

    def has_key(self, key, version=None):
        return self._call(super().has_key, key, version)

    def incr(self, key, delta=1, version=None):
        return self._call(super().incr, key, delta, version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(super().set_many, data, timeout, version)

    def delete_many(self, keys, version=None):
        return self._call(super().delete_many, keys, version)

    def clear(self):
        return self._call(super().clear)

    @property
    def strict(self):
        return self


class ResilientRedisCache(StrictRedisCache):
    """The site's cache when REDIS_URL is set: a miss, never an error, while Redis cannot be
    reached (see the module's docstring). `decr`, `get_or_set`, `incr_version` and the async
    methods go through the methods below (Django's BaseCache)."""

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        try:
            return super().add(key, value, timeout, version)
        except UNAVAILABLE:
            return False

    def get(self, key, default=None, version=None):
        try:
            return super().get(key, default, version)
        except UNAVAILABLE:
            return default

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        try:
            super().set(key, value, timeout, version)
        except UNAVAILABLE:
            pass

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        try:
            return super().touch(key, timeout, version)
        except UNAVAILABLE:
            return False

    def delete(self, key, version=None):
        try:
            return super().delete(key, version)
        except UNAVAILABLE:
            return False

    def get_many(self, keys, version=None):
        try:
            return super().get_many(keys, version)
        except UNAVAILABLE:
            return {}

    def has_key(self, key, version=None):
        try:
            return super().has_key(key, version)
        except UNAVAILABLE:
            return False

    def incr(self, key, delta=1, version=None):
        try:
            return super().incr(key, delta, version)
        except UNAVAILABLE:
            # What an empty cache answers: callers of incr() handle a missing key already.
            raise ValueError(f"Key '{key}' not found (the cache cannot be reached).") from None

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        try:
            return super().set_many(data, timeout, version)
        except UNAVAILABLE:
            return list(data)

    def delete_many(self, keys, version=None):
        try:
            super().delete_many(keys, version)
        except UNAVAILABLE:
            pass

    def clear(self):
        near.clear()  # the page cache's near copies of what Redis held go with it
        try:
            return super().clear()
        except UNAVAILABLE:
            return False

    @cached_property
    def strict(self):
        """This cache on the same connections, raising when Redis cannot be reached."""
        strict = StrictRedisCache(self._servers, self._params)
        strict.__dict__["_cache"] = self._cache
        strict.outage = self.outage
        return strict


def strict_cache(alias_cache=cache):
    """The cache that raises when it cannot be reached: the strict view of a resilient cache,
    any other cache as it is."""
    return getattr(alias_cache, "strict", alias_cache)
