"""Settings shared by every environment; each value that differs per machine comes from the
environment (see the README's table)."""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = False
SECRET_KEY = os.environ.get("SECRET_KEY", "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # The kernel first: its templates override wagtail-localize's editor.
    "ourdigitalfuture.core",
    "ourdigitalfuture.core.roles",
    "home",
    "workshops",
    "clauses",
    "search",
    # The demo site's loader (load_demo_content, ensure_dev_admin): calls every app's builder.
    "ourdigitalfuture.demo",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail_modeladmin",
    "django_tasks",
    "django_tasks_db",
    "wagtail.contrib.forms",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.table_block",
    "wagtail.contrib.routable_page",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.api.v2",
    "wagtail",
    "rest_framework",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "csp",
    "axes",
]

MIDDLEWARE = [
    # Content-Security-Policy (strict on the public site, looser in the admin) and
    # Permissions-Policy on every response, error pages included (first, so that they also
    # reach the 400 that SecurityMiddleware answers to a bad Host).
    "ourdigitalfuture.middleware.SiteCSPMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Whole pages for anonymous readers from the shared cache, after the static files and
    # inside the security headers (which every answer, a cached one too, gets on its way out).
    "ourdigitalfuture.core.page_cache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Django's, but a 404 that a view outside the language prefix answers (the API's JSON, a
    # missing document) is not redirected under the prefix (ourdigitalfuture.middleware).
    "ourdigitalfuture.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "ourdigitalfuture.core.route_cache.RouteCacheMiddleware",  # Wagtail's routes, kept
    # Keeps translators to their own language on wagtail-localize's translation endpoints.
    "ourdigitalfuture.core.roles.middleware.TranslatorLocaleMiddleware",
    # Turns django-axes' sign-in lockout into the sign-in page with its message (last).
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "ourdigitalfuture.urls"
WSGI_APPLICATION = "ourdigitalfuture.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# Database: a SQLite file unless DATABASE_URL names another (PostgreSQL in production).
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "0")),
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# django-axes first: it refuses a locked-out sign-in before any password is checked.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Internationalisation: six languages, English the default; Arabic is right-to-left.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", _("English")),
    ("fr", _("French")),
    ("es", _("Spanish")),
    ("pt", _("Portuguese")),
    ("ru", _("Russian")),
    ("ar", _("Arabic")),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [PROJECT_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "static"))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Our Digital Future <noreply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# SMTP, from the environment; every SMTP call gives up after EMAIL_TIMEOUT seconds.
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", False)
EMAIL_TIMEOUT = float(os.environ.get("EMAIL_TIMEOUT", "10"))

# Django's task framework (django-tasks). "default" is what Wagtail enqueues its own work on
# (search indexing, the reference index, frontend-cache purges): run at once, as without TASKS.
# "email" holds the site's e-mails in the database (django-tasks-db) for the e-mail worker,
# `manage.py email_worker` (db_worker for this backend, with a heartbeat), so that no visitor
# waits on the mail server.
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "email": {"BACKEND": "django_tasks_db.DatabaseBackend"},
}

# Wagtail
WAGTAIL_SITE_NAME = "Our Digital Future"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "txt", "xlsx", "zip", "mp4"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILEMBEDS_RESPONSIVE_HTML = True
# The rich-text features of every rich-text field and block (none names its own): the same short
# toolbar everywhere, and the same tags kept when a text is saved.
WAGTAILADMIN_RICH_TEXT_EDITORS = {
    "default": {
        "WIDGET": "wagtail.admin.rich_text.DraftailRichTextArea",
        "OPTIONS": {"features": ["bold", "italic", "link", "document-link", "ol", "ul"]},
    }
}
# No avatars from gravatar.com: the admin would send a hash of each staff member's e-mail
# address to a third party on every page. Wagtail shows its default avatar instead.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Nor a check for new Wagtail releases from releases.wagtail.org on administrators' dashboards.
WAGTAIL_ENABLE_UPDATE_CHECK = False

# HTTP security headers (Content-Security-Policy, Permissions-Policy): see security_headers.py.
from .security_headers import *  # noqa: E402, F403

# A failed CSRF check answers the site's own page, in the visitor's language.
CSRF_FAILURE_VIEW = "ourdigitalfuture.views.csrf_failure"

# Search: Wagtail's database backend unless ELASTICSEARCH_URL names a server. With
# Elasticsearch, `search.backends.elasticsearch` (Wagtail's elasticsearch8 backend with
# per-language analysis, see the README's Search section) is the default, and the
# database backend is kept up to date alongside it as "database": when Elasticsearch cannot
# answer, the search pages answer from it with a notice (search.engines).
ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")
# `search.backends.database` is Wagtail's database backend with what a reader types quoted
# safely for SQLite's FTS5 (see that module).
DATABASE_SEARCH_BACKEND = {"BACKEND": "search.backends.database"}
if ELASTICSEARCH_URL:
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "search.backends.elasticsearch",
            "URLS": [ELASTICSEARCH_URL],
            "INDEX_PREFIX": os.environ.get("ELASTICSEARCH_INDEX_PREFIX", "odf_"),
            "TIMEOUT": 5,
            "ATOMIC_REBUILD": True,
            # One retry, then the database fallback: a reader should not wait on a dead node.
            "OPTIONS": {"max_retries": 1},
            "INDEX_SETTINGS": {},
        },
        "database": DATABASE_SEARCH_BACKEND,
    }
else:
    WAGTAILSEARCH_BACKENDS = {"default": DATABASE_SEARCH_BACKEND}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "django": {"handlers": ["console"], "level": "INFO", "propagate": False},
        # Wagtail logs every task run and page action at INFO: too chatty for a console.
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
        "wagtail_localize": {"level": "WARNING"},
        # django-axes: failed sign-ins and lockouts (WARNING) without its start-up banner.
        "axes": {"level": "WARNING"},
    },
}

# Files the public uploads with clause submissions: outside MEDIA_ROOT, never served directly.
PRIVATE_MEDIA_ROOT = Path(os.environ.get("PRIVATE_MEDIA_ROOT", BASE_DIR / "private-media"))
# Addresses told of each new clause submission (besides the Hub moderators group's members).
HUB_MODERATOR_EMAILS = env_list("HUB_MODERATOR_EMAILS")
# How many clause submissions one address may send per hour.
HUB_SUBMISSIONS_PER_HOUR = int(os.environ.get("HUB_SUBMISSIONS_PER_HOUR", "5"))

# Cache and limits -----------------------------------------------------------------------------
# REDIS_URL (e.g. redis://127.0.0.1:6379/0) gives every worker process one shared cache (the
# search filters' choices, the rate limits' counters). Without it each process keeps its own
# memory cache, which needs no server, and the rate limits count in the database instead.
# Django's RedisCache, except that while Redis cannot be reached the cache answers a miss
# instead of an error (the pages are served without it, the limits count in the database) and
# is not called again for RETRY_AFTER seconds; the outage is logged once a minute per process
# (ourdigitalfuture.core.cache).
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "ourdigitalfuture.core.cache.ResilientRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "odf"),
            # A dead Redis must not hold a request for long.
            "OPTIONS": {"socket_connect_timeout": 2, "socket_timeout": 2, "RETRY_AFTER": 5},
        }
    }
    # Sessions are read from the cache, written to both (the database keeps them across a
    # Redis restart).
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    # Room for the page cache's pages (two entries each) besides the smaller entries.
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "OPTIONS": {"MAX_ENTRIES": int(os.environ.get("LOCMEM_CACHE_MAX_ENTRIES", "3000"))},
        }
    }
# The page cache, the chrome's fragments and Wagtail's routes (core/page_cache.py, route_cache.py)
# in that cache, invalidated by any content change. A kept page says max-age=PAGE_CACHE_MAX_AGE
# (public, with an ETag); kept PAGE_CACHE_TIMEOUT s at most, no page over PAGE_CACHE_MAX_BYTES.
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE_ENABLED", True)
FRAGMENT_CACHE_ENABLED = env_bool("FRAGMENT_CACHE_ENABLED", True)
PAGE_CACHE_MAX_AGE = int(os.environ.get("PAGE_CACHE_MAX_AGE", "60"))
PAGE_CACHE_TIMEOUT = int(os.environ.get("PAGE_CACHE_TIMEOUT", "300"))
PAGE_CACHE_MAX_BYTES = int(os.environ.get("PAGE_CACHE_MAX_BYTES", "1000000"))
# On Redis, near copies of pages in each process (core/near_cache.py; 0 seconds: off).
PAGE_CACHE_NEAR_SECONDS = float(os.environ.get("PAGE_CACHE_NEAR_SECONDS", "1"))
PAGE_CACHE_NEAR_ENTRIES = int(os.environ.get("PAGE_CACHE_NEAR_ENTRIES", "200"))
# A CDN or caching proxy in front of the site: Wagtail purges a page's URLs from it when the page
# is published or unpublished (wagtail.contrib.frontend_cache). FRONTEND_CACHE_PURGE_URL: a proxy
# taking HTTP PURGE requests (Varnish, nginx); or Cloudflare, with CLOUDFLARE_API_TOKEN and
# CLOUDFLARE_ZONEID. Other changes (a snippet, the footer) reach it within PAGE_CACHE_MAX_AGE s.
WAGTAILFRONTENDCACHE = {}
if os.environ.get("FRONTEND_CACHE_PURGE_URL"):
    WAGTAILFRONTENDCACHE["proxy"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": os.environ["FRONTEND_CACHE_PURGE_URL"],
    }
if os.environ.get("CLOUDFLARE_API_TOKEN") and os.environ.get("CLOUDFLARE_ZONEID"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "BEARER_TOKEN": os.environ["CLOUDFLARE_API_TOKEN"],
        "ZONEID": os.environ["CLOUDFLARE_ZONEID"],
    }
# Where the limits count, atomically across workers: "cache" (Redis) or "database".
RATELIMIT_STORE = os.environ.get("RATELIMIT_STORE", "cache" if REDIS_URL else "database")
# Off switch for every limit and throttle below (load tests, the property-based form test);
# a limit of 0 turns that one limit off.
RATELIMIT_ENABLED = env_bool("RATELIMIT_ENABLED", True)
# Per client and minute: the tools' PDF, XLSX and CSV files; clause database and site searches;
# search-box suggestions. Past them the client gets a 429 with Retry-After.
TOOL_FILES_PER_MINUTE = int(os.environ.get("TOOL_FILES_PER_MINUTE", "10"))
SEARCHES_PER_MINUTE = int(os.environ.get("SEARCHES_PER_MINUTE", "60"))
SUGGESTIONS_PER_MINUTE = int(os.environ.get("SUGGESTIONS_PER_MINUTE", "120"))
# How many proxies in front of the site append to X-Forwarded-For (1 for the TLS proxy).
# 0 = X-Forwarded-For is never trusted and the client is REMOTE_ADDR.
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))

# Admin sign-in lockout (django-axes): after AXES_FAILURE_LIMIT failed sign-ins for one
# username from one address, that pair is locked out for AXES_COOLOFF_MINUTES; the sign-in
# page says so (ourdigitalfuture.core.lockout). Failures are kept in the database, shared by
# every worker; successful sign-ins are not logged.
AXES_ENABLED = env_bool("AXES_ENABLED", True)
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("AXES_COOLOFF_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_DISABLE_ACCESS_LOG = True
AXES_ENABLE_ADMIN = False
AXES_HANDLER = "axes.handlers.database.AxesDatabaseHandler"
AXES_CLIENT_IP_CALLABLE = "ourdigitalfuture.core.ratelimit.client_address"
AXES_LOCKOUT_CALLABLE = "ourdigitalfuture.core.lockout.lockout_response"
# Submitters' names and e-mail addresses are erased this many days after the decision on their
# submission (`manage.py apply_retention`, daily); finished e-mail task records likewise.
HUB_SUBMITTER_DATA_RETENTION_DAYS = int(os.environ.get("HUB_SUBMITTER_DATA_RETENTION_DAYS", "180"))
TASK_RESULT_RETENTION_DAYS = int(os.environ.get("TASK_RESULT_RETENTION_DAYS", "14"))
# /readyz reports the e-mail worker as down when a due e-mail has waited longer than this.
EMAIL_WORKER_MAX_DELAY = int(os.environ.get("EMAIL_WORKER_MAX_DELAY", "300"))
# …and when its heartbeat (`manage.py email_worker`, one every few seconds) is older than this.
EMAIL_WORKER_HEARTBEAT_MAX_AGE = int(os.environ.get("EMAIL_WORKER_HEARTBEAT_MAX_AGE", "60"))

# Translation workflow (wagtail-localize). A translated page is created as a draft: nothing is
# published in another language until a translator publishes it.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False


def machine_translator():
    """Machine translation is off unless LIBRETRANSLATE_URL or DEEPL_AUTH_KEY is set."""
    if os.environ.get("LIBRETRANSLATE_URL"):
        return {
            "CLASS": "wagtail_localize.machine_translators.libretranslate.LibreTranslator",
            "OPTIONS": {
                "LIBRETRANSLATE_URL": os.environ["LIBRETRANSLATE_URL"],
                "API_KEY": os.environ.get("LIBRETRANSLATE_API_KEY", ""),
            },
        }
    if os.environ.get("DEEPL_AUTH_KEY"):
        return {
            "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
            "OPTIONS": {"AUTH_KEY": os.environ["DEEPL_AUTH_KEY"]},
        }
    return None


if machine_translator():
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = machine_translator()
