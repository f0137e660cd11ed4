"""The test suite's settings: fast hashing, in-memory e-mail, files in a temporary folder."""

import tempfile
from pathlib import Path

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-key"
ALLOWED_HOSTS = ["*"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="odf-test-media-"))
PRIVATE_MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="odf-test-private-"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_AUTOREFRESH = True
# The database search backend whatever the environment says; the search tests switch to a real
# Elasticsearch node themselves (tests/search_fixtures.py).
WAGTAILSEARCH_BACKENDS = {"default": DATABASE_SEARCH_BACKEND}  # noqa: F405
# With REDIS_URL (CI's Redis tier) each xdist worker gets a Redis database of its own, so that
# one worker's cache.clear() between tests never empties the other's.
if REDIS_URL:  # noqa: F405
    from urllib.parse import urlsplit, urlunsplit

    _worker = os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw")  # noqa: F405
    _redis = urlsplit(REDIS_URL)  # noqa: F405
    CACHES["default"]["LOCATION"] = urlunsplit(  # noqa: F405
        _redis._replace(path=f"/{1 + int(_worker or 0) % 15}")
    )
# The suite's `client.login()` calls authenticate() without a request, which django-axes
# refuses; the lockout tests turn it on (tests/test_login_lockout.py).
AXES_ENABLED = False
# No throttle on the tools' files and the searches unless a test sets one (the throttle tests
# do): tests that search or download many times in one go must not meet it.
TOOL_FILES_PER_MINUTE = 0
SEARCHES_PER_MINUTE = 0
SUGGESTIONS_PER_MINUTE = 0
