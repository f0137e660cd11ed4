"""The page cache for anonymous readers, its HTTP headers, the chrome's fragment caches and the
one "site generation" counter that invalidates them all, in Django's cache (`CACHES["default"]`:
Redis when REDIS_URL is set, shared by every worker; else each process's local memory).

**What is cached.** `PageCacheMiddleware` (placed right after WhiteNoise, so the security
headers' middleware above it still adds Content-Security-Policy, Permissions-Policy and the
rest to every answer, hits included) keeps whole 200 answers to GET requests under a language
prefix (`/en/…`), and answers GET and HEAD from them. Never cached nor answered from the cache:

- a request carrying the session cookie (a signed-in user, or any visitor with a session), the
  messages cookie (a message waiting to be shown) or an Authorization header;
- any method but GET/HEAD, and any path outside the language prefixes (admin, API, documents);
- Wagtail's previews (`request.is_preview`), a signed-in user's answers;
- an answer that sets a cookie. A page rendering `{% csrf_token %}` (the clause submission
  form, the tools' forms) always sets the CSRF cookie, so such a page is never kept: no
  visitor's token reaches another;
- an answer that is not HTML (a pack's PDF has its own cache; the open data streams);
- an answer with `Cache-Control` private, no-store, no-cache or max-age=0 (the tools' answers,
  a 429, and a search counted against a throttle, see ratelimit.py), `Vary: *`, a streaming
  answer, or one over PAGE_CACHE_MAX_BYTES.

**Key.** Scheme, host, path and the query string with its parameters sorted by name, the
language (the URL prefix decides it here) and the site generation; then the values of the
request headers the answer names in `Vary` (as Django's cache middleware does). For `Vary:
Cookie` the cookies count, except the session cookie (a request with one never gets here), the
CSRF cookie (a page using it is never kept) and the language cookie (the prefix decides).

**HTTP caching.** A kept answer says `Cache-Control: public, max-age=PAGE_CACHE_MAX_AGE` and
carries an ETag, so a proxy or CDN may hold it briefly and a conditional GET gets a 304; every
answer says `X-Cache: hit`, `miss` (not found, kept now) or `bypass` (not for the cache). An
answer to a request with a session cookie, or one setting a cookie, gets `Cache-Control:
private` unless the view chose its own.

**Invalidation.** A kept page carries the site generation it was rendered under and is served
only while that is still current; every fragment's key contains it (templatetags/fragment_cache).
The site generation is a counter in the cache that any change to what pages show increments
(`bump`), through the signals content_changes.py connects: publishing, unpublishing, moving,
and saving or deleting anything Wagtail's registries name as content; saving only a draft does
not count. The counter is incremented at once and again when the transaction commits, so
that a page rendered meanwhile from the old data is not kept under the new generation. Old
entries are never served again; they are replaced, or expire after PAGE_CACHE_TIMEOUT seconds.

**Near copies.** On Redis, each process also keeps copies of what it last used (near_cache.py).
"""

import hashlib
import time
from operator import itemgetter
from urllib.parse import parse_qsl, urlencode

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import cache
from django.db import connection, transaction
from django.http import HttpResponse
from django.utils.cache import get_conditional_response, patch_cache_control, set_response_etag
from django.utils.translation import get_language_from_path

from .near_cache import near

GENERATION_KEY = "pagecache:generation"
# The request attribute holding the generation read at its start (fragments use the same one).
GENERATION_ATTRIBUTE = "_odf_site_generation"
NOT_KEPT = frozenset({"private", "no-store", "no-cache"})


def setting(name, default):
    return getattr(settings, name, default)


# The site generation ----------------------------------------------------------------------------


def generation():
    """The current site generation. A missing counter (a new or emptied cache) starts from the
    clock in nanoseconds, above any value an earlier counter reached, so that entries of an
    evicted counter's generations are never taken for current ones."""
    value = cache.get(GENERATION_KEY)
    if value is None:
        value = time.time_ns()
        if not cache.add(GENERATION_KEY, value, None):
            value = cache.get(GENERATION_KEY, value)
    return value


def request_generation(request):
    """The generation read once per request (at its start, by the middleware)."""
    if request is None:
        return generation()
    value = getattr(request, GENERATION_ATTRIBUTE, None)
    if value is None:
        value = generation()
        setattr(request, GENERATION_ATTRIBUTE, value)
    return value


def bump(**kwargs):
    """Something pages show changed: every cached page and fragment is out of date. Again when
    the transaction commits (see the module's docstring), once per transaction."""
    _increment()
    near.forget_generation()
    if connection.in_atomic_block:
        hooks = connection.run_on_commit
        if getattr(connection, "_odf_page_cache_hooks", None) is not hooks:
            connection._odf_page_cache_hooks = hooks
            transaction.on_commit(_increment)


def _increment():
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:  # no counter (or the cache cannot be reached): start a new one
        cache.set(GENERATION_KEY, time.time_ns(), None)
    near.forget_generation()


# The page cache ---------------------------------------------------------------------------------


def digest(*parts):
    return hashlib.sha256(repr(parts).encode()).hexdigest()


def request_may_use_cache(request):
    """Whether `request` may be answered from the cache (and its answer kept)."""
    if request.method not in ("GET", "HEAD") or "HTTP_AUTHORIZATION" in request.META:
        return False
    cookies = request.COOKIES
    if settings.SESSION_COOKIE_NAME in cookies or CookieStorage.cookie_name in cookies:
        return False
    return bool(get_language_from_path(request.path_info))


def base_key(request):
    query = parse_qsl(request.META.get("QUERY_STRING", ""), keep_blank_values=True)
    query.sort(key=itemgetter(0))  # stable: a repeated parameter keeps its values' order
    url = f"{request.scheme}://{request.get_host()}{request.path}?{urlencode(query)}"
    return digest(url, get_language_from_path(request.path_info))


# What nearly every page varies on (Wagtail's user bar reads the session).
USUAL_VARY = ("cookie",)


def page_key(key, request, headers):
    return f"pagecache:page:{key}:{vary_values(request, headers)}"


def vary_values(request, headers):
    ignored = {settings.SESSION_COOKIE_NAME, settings.CSRF_COOKIE_NAME}
    ignored.add(settings.LANGUAGE_COOKIE_NAME)
    values = []
    for header in headers:
        if header == "cookie":
            values.append(sorted(i for i in request.COOKIES.items() if i[0] not in ignored))
        else:
            values.append(request.META.get("HTTP_" + header.upper().replace("-", "_"), ""))
    return digest(*values)


def vary_headers(response):
    return tuple(
        sorted({h.strip().lower() for h in response.get("Vary", "").split(",") if h.strip()})
    )


def directives(response):
    found = {}
    for part in response.get("Cache-Control", "").split(","):
        name, _, value = part.strip().partition("=")
        if name:
            found[name.lower()] = value.strip()
    return found


def storable(request, response):
    """Whether `response` to `request` may be kept and served to any anonymous reader."""
    if request.method != "GET" or response.status_code != 200 or response.streaming:
        return False
    if not response.get("Content-Type", "").startswith("text/html"):
        return False  # pages only: the packs' PDFs have their own cache, the exports stream
    if response.cookies or getattr(request, "is_preview", False):
        return False
    control = directives(response)
    if NOT_KEPT & control.keys() or control.get("max-age") == "0":
        return False
    if "*" in vary_headers(response):
        return False
    if len(response.content) > setting("PAGE_CACHE_MAX_BYTES", 1_000_000):
        return False
    user = getattr(request, "user", None)
    return not (user is not None and user.is_authenticated)


def rebuilt(entry):
    _generation, status, headers, content = entry
    response = HttpResponse(content, status=status)
    for name, value in headers:
        response.headers[name] = value
    return response


class PageCacheMiddleware:
    """See the module's docstring. A hit costs at most one cache round trip: the generation,
    the URL's `Vary` headers and the page kept for the usual `Vary: Cookie` are read together
    (one MGET on Redis, an atomic snapshot); the page is current when it was kept under the
    generation just read. Only an answer varying on other headers needs a second read. On
    Redis, a hit within PAGE_CACHE_NEAR_SECONDS of the last read of the generation is answered
    from this process's near copies with no round trip."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not setting("PAGE_CACHE_ENABLED", True) or not request_may_use_cache(request):
            response = self.get_response(request)
            return self.bypassed(request, response)
        key = base_key(request)
        vary_key = f"pagecache:vary:{key}"
        usual_key = page_key(key, request, USUAL_VARY)
        use_near = near.enabled()
        site_generation = near.fresh_generation() if use_near else None
        if site_generation is not None:
            setattr(request, GENERATION_ATTRIBUTE, site_generation)
            found = near.get_many([vary_key, usual_key])
            entry = self.current_entry(request, key, found, usual_key, site_generation, near)
            if entry is not None:
                return self.hit(request, entry)
        found = cache.get_many([GENERATION_KEY, vary_key, usual_key])
        site_generation = found.get(GENERATION_KEY)
        if site_generation is None:
            site_generation = generation()
        setattr(request, GENERATION_ATTRIBUTE, site_generation)
        if use_near:
            near.note_generation(site_generation)
        entry = self.current_entry(request, key, found, usual_key, site_generation, cache)
        if entry is not None:
            if use_near:
                near.set_many(self.kept(key, request, found[vary_key], entry))
            return self.hit(request, entry)
        response = self.get_response(request)
        if not storable(request, response):
            return self.bypassed(request, response)
        patch_cache_control(response, public=True, max_age=setting("PAGE_CACHE_MAX_AGE", 60))
        if not response.has_header("ETag"):
            set_response_etag(response)
        headers = vary_headers(response)
        # Kept under the generation read before rendering: if content changed meanwhile, the
        # page is already out of date, and the next reader's generation will not match.
        entry = (
            site_generation,
            response.status_code,
            list(response.headers.items()),
            response.content,
        )
        kept = self.kept(key, request, headers, entry)
        cache.set_many(kept, setting("PAGE_CACHE_TIMEOUT", 300))
        if use_near:
            near.set_many(kept)
        response["X-Cache"] = "miss"
        return get_conditional_response(request, etag=response.get("ETag"), response=response)

    @staticmethod
    def current_entry(request, key, found, usual_key, site_generation, store):
        """The page kept for `request` in `store` under `site_generation`, if any (`found`: its
        `Vary` headers and the page kept for the usual ones, read already)."""
        headers = found.get(f"pagecache:vary:{key}")
        if headers is None:
            return None
        entry = found.get(usual_key)
        if headers != USUAL_VARY:
            entry = store.get(page_key(key, request, headers))
        if entry is not None and entry[0] == site_generation:
            return entry
        return None

    @staticmethod
    def kept(key, request, headers, entry):
        return {f"pagecache:vary:{key}": headers, page_key(key, request, headers): entry}

    @staticmethod
    def hit(request, entry):
        response = rebuilt(entry)
        response["X-Cache"] = "hit"
        return get_conditional_response(request, etag=response.get("ETag"), response=response)

    def bypassed(self, request, response):
        if not response.has_header("Cache-Control") and (
            response.cookies or settings.SESSION_COOKIE_NAME in request.COOKIES
        ):
            patch_cache_control(response, private=True)
        response.headers.setdefault("X-Cache", "bypass")
        return response
