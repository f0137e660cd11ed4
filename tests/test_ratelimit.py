"""The shared cache and the rate limits' counting (ourdigitalfuture.core.ratelimit): worker
processes share one cache when REDIS_URL is set; separate processes hitting one limit at the same
moment never get past it, counting on Redis or in an SQLite file (the embedded default); the
client's address is taken from X-Forwarded-For only through the configured trusted proxies; the
limits and the cache are set from the environment."""

import json
import os
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from django.test import RequestFactory

ROOT = Path(__file__).resolve().parent.parent
PROCESSES = 8
LIMIT = 5


def environment(**values):
    env = {k: v for k, v in os.environ.items() if k not in ("REDIS_URL", "DATABASE_URL")}
    env.update(values)
    return env


def django_python(code, env, timeout=120):
    """Run `code` after django.setup() in a new Python process (like a server worker)."""
    script = "import django\ndjango.setup()\n" + code
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


# The client's address ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "trusted, forwarded_for, expected",
    [
        (0, "", "10.0.0.2"),
        # Never trusted by default: a client can write anything there.
        (0, "198.51.100.4", "10.0.0.2"),
        (1, "198.51.100.4", "198.51.100.4"),
        # What the client wrote in front of what the proxy appended is ignored.
        (1, "203.0.113.9, 198.51.100.4", "198.51.100.4"),
        (2, "203.0.113.9, 198.51.100.4, 192.0.2.1", "198.51.100.4"),
        (1, "2001:db8::1", "2001:db8::1"),
        # Fewer entries than proxies, or no address at all: the connecting address.
        (2, "198.51.100.4", "10.0.0.2"),
        (1, "not-an-address", "10.0.0.2"),
    ],
)
def test_the_client_address_comes_through_trusted_proxies_only(
    settings, trusted, forwarded_for, expected
):
    from ourdigitalfuture.core.ratelimit import client_address

    settings.TRUSTED_PROXY_COUNT = trusted
    request = RequestFactory().get("/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR=forwarded_for)
    assert client_address(request) == expected


# Separate processes, one limit ------------------------------------------------------------------

# A worker process reduced to what counting needs: the kernel app, the database, the cache.
WORKER = """
import json, sys, time
import django
from django.conf import settings
settings.configure(**json.loads(sys.argv[1]), INSTALLED_APPS=["ourdigitalfuture.core"],
                   USE_TZ=True, SECRET_KEY="test")
django.setup()
"""

HIT = """
from pathlib import Path
from ourdigitalfuture.core import ratelimit
folder = Path(sys.argv[2])
(folder / f"ready-{sys.argv[3]}").touch()
while not (folder / "go").exists():
    time.sleep(0.002)
decision = ratelimit.hit(sys.argv[4], "one-client", int(sys.argv[5]), 3600)
print(int(decision.allowed), decision.count, decision.retry_after)
"""

CREATE_TABLE = """
from django.db import connection
from ourdigitalfuture.core.models import RateLimitCounter
with connection.schema_editor() as editor:
    editor.create_model(RateLimitCounter)
"""


def hit_from_processes(tmp_path, config):
    """PROCESSES worker processes count one request each against the same limit, released
    together once all are ready; their (allowed, count, retry_after)."""
    scope = f"race-{uuid.uuid4().hex}"
    arguments = [json.dumps(config), str(tmp_path)]
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", WORKER + HIT, *arguments, str(n), scope, str(LIMIT)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(PROCESSES)
    ]
    try:
        deadline = time.monotonic() + 120
        while len(list(tmp_path.glob("ready-*"))) < PROCESSES:
            assert time.monotonic() < deadline, "the processes did not start"
            assert all(p.poll() is None for p in processes), processes[0].communicate()
            time.sleep(0.02)
        (tmp_path / "go").touch()
        outputs = [p.communicate(timeout=60) for p in processes]
    finally:
        for process in processes:
            if process.poll() is None:
                process.kill()
    for process, (_out, err) in zip(processes, outputs, strict=True):
        assert process.returncode == 0, err
    return [tuple(int(v) for v in out.split()) for out, _err in outputs]


@pytest.fixture(params=["sqlite-file", "redis", "redis-down"])
def worker_config(request, tmp_path):
    """The worker processes' settings: the embedded default (an SQLite file and no REDIS_URL,
    so the limits count in the database), production's Redis cache, or production's Redis cache
    with nothing answering at its address (the limits then count in the SQLite file)."""
    if request.param == "redis":
        cache = {
            "BACKEND": "ourdigitalfuture.core.cache.ResilientRedisCache",
            "LOCATION": request.getfixturevalue("redis_url"),
        }
        return {"CACHES": {"default": cache}, "RATELIMIT_STORE": "cache"}
    database = {"ENGINE": "django.db.backends.sqlite3", "NAME": str(tmp_path / "db.sqlite3")}
    config = {"DATABASES": {"default": database}, "RATELIMIT_STORE": "database"}
    if request.param == "redis-down":
        from tests.redis_server import free_port

        cache = {
            "BACKEND": "ourdigitalfuture.core.cache.ResilientRedisCache",
            "LOCATION": f"redis://127.0.0.1:{free_port()}/0",
        }
        config.update(CACHES={"default": cache}, RATELIMIT_STORE="cache")
    subprocess.run(
        [sys.executable, "-c", WORKER + CREATE_TABLE, json.dumps(config)],
        cwd=ROOT,
        check=True,
        timeout=120,
    )
    return config


def test_processes_hitting_one_limit_at_once_never_get_past_it(worker_config, tmp_path):
    results = hit_from_processes(tmp_path, worker_config)

    assert sum(allowed for allowed, _count, _retry in results) == LIMIT
    # Each request was counted exactly once.
    assert sorted(count for _allowed, count, _retry in results) == list(range(1, PROCESSES + 1))
    assert all(3500 < retry <= 3600 for _allowed, _count, retry in results)


# Settings -------------------------------------------------------------------------------------

SHOW_SETTINGS = """
import json
from django.conf import settings
print(json.dumps({
    "cache": settings.CACHES["default"],
    "store": settings.RATELIMIT_STORE,
    "enabled": settings.RATELIMIT_ENABLED,
    "limits": [settings.HUB_SUBMISSIONS_PER_HOUR, settings.TOOL_FILES_PER_MINUTE,
               settings.SEARCHES_PER_MINUTE, settings.SUGGESTIONS_PER_MINUTE],
    "trusted": settings.TRUSTED_PROXY_COUNT,
    "axes": [settings.AXES_FAILURE_LIMIT, settings.AXES_COOLOFF_TIME.total_seconds()],
}))
"""


def production_settings(**values):
    env = environment(
        DJANGO_SETTINGS_MODULE="ourdigitalfuture.settings.production",
        SECRET_KEY="x" * 50,
        **values,
    )
    return json.loads(django_python(SHOW_SETTINGS, env))


def test_the_cache_and_the_limits_come_from_the_environment():
    shown = production_settings(
        REDIS_URL="redis://127.0.0.1:6390/2",
        HUB_SUBMISSIONS_PER_HOUR="500",
        TOOL_FILES_PER_MINUTE="600",
        SEARCHES_PER_MINUTE="700",
        SUGGESTIONS_PER_MINUTE="800",
        TRUSTED_PROXY_COUNT="1",
        RATELIMIT_ENABLED="false",
        AXES_FAILURE_LIMIT="7",
        AXES_COOLOFF_MINUTES="30",
    )
    assert shown["cache"]["BACKEND"] == "ourdigitalfuture.core.cache.ResilientRedisCache"
    assert shown["cache"]["LOCATION"] == "redis://127.0.0.1:6390/2"
    assert shown["store"] == "cache"
    assert shown["limits"] == [500, 600, 700, 800]
    assert shown["trusted"] == 1
    assert shown["enabled"] is False
    assert shown["axes"] == [7, 1800]

    # Without REDIS_URL: no server needed, and the limits count in the database.
    default = production_settings()
    assert default["cache"]["BACKEND"] == "django.core.cache.backends.locmem.LocMemCache"
    assert default["store"] == "database"
    assert default["limits"] == [5, 10, 60, 120]
    assert default["trusted"] == 0
    assert default["enabled"] is True
    assert default["axes"] == [5, 900]


def test_worker_processes_share_one_cache_with_redis_url(redis_url):
    """What one worker caches (the search filters' choices, a limit's count), the others see."""
    env = environment(
        DJANGO_SETTINGS_MODULE="ourdigitalfuture.settings.production",
        SECRET_KEY="x" * 50,
        REDIS_URL=redis_url,
    )
    key = f"shared-{uuid.uuid4().hex}"
    django_python(f"from django.core.cache import cache\ncache.set({key!r}, 'seen', 60)", env)
    shown = django_python(f"from django.core.cache import cache\nprint(cache.get({key!r}))", env)
    assert shown.strip() == "seen"
