"""Rate limits that hold across every worker process, keyed on the client's address.

Each limit is "at most N requests of one client in a window of W seconds", the window starting
at the client's first request. The counting is atomic wherever it happens:

- `RATELIMIT_STORE = "cache"` (the settings choose it when `REDIS_URL` is set): the shared
  cache's atomic `add` and `incr` (Redis `SET NX` and `INCRBY`), through its strict view
  (core/cache.py), and in the database whenever Redis cannot be reached;
- `RATELIMIT_STORE = "database"` (no shared cache): a `RateLimitCounter` row per client and
  window, changed only by single UPDATE statements inside a transaction, so that concurrent
  requests queue on the row's lock (PostgreSQL) or the database lock (SQLite) and each one
  reads its own count. Django's DatabaseCache would not do: its `incr` is a get and a set.

The client's address is REMOTE_ADDR, or, behind `TRUSTED_PROXY_COUNT` proxies, the address the
outermost trusted proxy saw (`client_address`). Only a hash of it, salted with SECRET_KEY, is
ever stored.

Settings (all read from the environment too, see settings/base.py and the README):
`RATELIMIT_ENABLED` (False turns every limit and throttle off: the property-based test, load
tests), `HUB_SUBMISSIONS_PER_HOUR`, `TOOL_FILES_PER_MINUTE`, `SEARCHES_PER_MINUTE`,
`SUGGESTIONS_PER_MINUTE` (0 = no limit), `TRUSTED_PROXY_COUNT`, `RATELIMIT_STORE`."""

import hashlib
import ipaddress
import logging
import math
import time
from dataclasses import dataclass
from datetime import timedelta
from functools import wraps

from django.conf import settings
from django.db import DatabaseError, IntegrityError, transaction
from django.db.models import F
from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from .cache import UNAVAILABLE, OccasionalWarning, strict_cache
from .models import RateLimitCounter

logger = logging.getLogger(__name__)
# Logged once a minute at most while the cache is down, not once per request.
cache_down_warning = OccasionalWarning(logger)

TEMPLATE = "429.html"


# The client -------------------------------------------------------------------------------------


def client_address(request):
    """The client's IP address. With TRUSTED_PROXY_COUNT = n > 0, each trusted proxy appends
    the address it received the request from to X-Forwarded-For, so the client is the n-th
    entry from the right; whatever stands further left was written by the client and is
    ignored. Without trusted proxies (the default) X-Forwarded-For is never read."""
    remote = request.META.get("REMOTE_ADDR", "")
    trusted = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    if trusted > 0:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
        if len(hops) >= trusted:
            try:
                return str(ipaddress.ip_address(hops[-trusted]))
            except ValueError:
                logger.warning("A trusted proxy forwarded an invalid client address")
    return remote


def client_hash(request):
    """The client's address hashed with the secret key: enough to count one client's requests
    without keeping the address."""
    return hashlib.sha256((client_address(request) + settings.SECRET_KEY).encode()).hexdigest()


# Counting ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Decision:
    allowed: bool
    count: int = 0
    retry_after: int = 0  # seconds until the client's window ends


def enabled(limit):
    return getattr(settings, "RATELIMIT_ENABLED", True) and limit > 0


def hit(scope, client, limit, window):
    """Count one more request of `client` in `scope`: allowed while it is one of the first
    `limit` in the client's current window of `window` seconds."""
    if not enabled(limit):
        return Decision(True)
    key = f"ratelimit:{scope}:{client}"
    if getattr(settings, "RATELIMIT_STORE", "database") == "cache":
        try:
            count, ends = cache_hit(key, window)
        except UNAVAILABLE as error:
            # The shared cache is down: count in the database rather than not at all.
            cache_down_warning(
                "Rate limit: the cache cannot be reached (%s), counting in the database",
                type(error).__name__,
            )
            count, ends = database_hit(key, window)
    else:
        count, ends = database_hit(key, window)
    retry_after = max(1, math.ceil(ends - time.time()))
    return Decision(count <= limit, count, retry_after)


def cache_hit(key, window):
    # The site's cache answers a miss while Redis is down (core/cache.py); its strict view
    # raises instead, so that the limit is counted in the database rather than not at all.
    cache = strict_cache()
    now = time.time()
    ends_key = f"{key}:ends"
    cache.add(key, 0, window)
    try:
        count = cache.incr(key)
    except ValueError:
        # The window ended between add() and incr().
        cache.add(key, 0, window)
        count = cache.incr(key)
    if count == 1:
        # This request opened the window (touch() also bounds a key that Redis' INCR may have
        # created itself, without an expiry, had the window ended after the existence check).
        cache.touch(key, window)
        cache.set(ends_key, now + window, window)
        return count, now + window
    return count, cache.get(ends_key) or now + window


def database_hit(key, window):
    counters = RateLimitCounter.objects
    for _attempt in range(5):
        now = timezone.now()
        ends = now + timedelta(seconds=window)
        with transaction.atomic():
            # One more in the open window: the UPDATE holds the row until commit, so that
            # concurrent requests count one after the other.
            counted = counters.filter(key=key, expires_at__gt=now).update(count=F("count") + 1)
            if not counted:
                # The window ended: this request opens the next one.
                counted = counters.filter(key=key, expires_at__lte=now).update(
                    count=1, expires_at=ends
                )
            if not counted:
                try:
                    with transaction.atomic():
                        counters.create(key=key, count=1, expires_at=ends)
                except IntegrityError:
                    continue  # another request created it first: count in it
                prune(now)
            count, expires_at = counters.filter(key=key).values_list("count", "expires_at").get()
        return count, expires_at.timestamp()
    raise RuntimeError(f"Rate limit: could not count {key}")


def prune(now):
    """Delete counters whose window ended (when a new window opens, so rarely)."""
    try:
        with transaction.atomic():
            RateLimitCounter.objects.filter(expires_at__lt=now - timedelta(minutes=1)).delete()
    except DatabaseError:
        logger.warning("Rate limit: could not prune expired counters", exc_info=True)


# Answers ----------------------------------------------------------------------------------------


def wait_text(seconds):
    if seconds < 120:
        return ngettext("%(count)d second", "%(count)d seconds", seconds) % {"count": seconds}
    minutes = math.ceil(seconds / 60)
    return ngettext("%(count)d minute", "%(count)d minutes", minutes) % {"count": minutes}


def too_many_requests(request, retry_after, json=False, message=None):
    """A 429 in the visitor's language (JSON for JSON endpoints) with Retry-After."""
    if message is None:
        message = _(
            "You have made many requests in a short time. Please wait %(wait)s and try again."
        ) % {"wait": wait_text(retry_after)}
    if json:
        response = JsonResponse({"error": message, "retry_after": retry_after}, status=429)
    else:
        response = TemplateResponse(request, TEMPLATE, {"message": message}, status=429)
    response["Retry-After"] = str(retry_after)
    response["Cache-Control"] = "no-store, private"
    return response


def throttle(scope, setting, window=60, methods=("POST",), json=False, when=None):
    """Decorate a view so that one client may call it at most `settings.<setting>` times a
    `window` with one of `methods` (and, if given, when `when(request, *args)` is true); past
    that it answers a 429 with Retry-After, before the view does any work."""

    def decorator(view):
        @wraps(view)
        def throttled(request, *args, **kwargs):
            if request.method in methods and (when is None or when(request, *args, **kwargs)):
                limit = getattr(settings, setting)
                if enabled(limit):
                    decision = hit(scope, client_hash(request), limit, window)
                    if not decision.allowed:
                        return too_many_requests(request, decision.retry_after, json=json)
                    # A counted answer is for this client only: served from a cache (the page
                    # cache, a CDN) to the next request, that request would not be counted.
                    response = view(request, *args, **kwargs)
                    patch_cache_control(response, private=True)
                    return response
            return view(request, *args, **kwargs)

        return throttled

    return decorator
