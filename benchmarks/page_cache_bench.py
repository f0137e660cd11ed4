"""Anonymous pages from the page cache against a static file (a benchmark, not a test).

    .venv/bin/python benchmarks/page_cache_bench.py [--seconds 5] [--connections 8]

Serves the demo site as production does (gunicorn, 2 workers x 4 threads, the production
settings via benchmarks/production_settings.py, WhiteNoise for the static files) from a scratch
SQLite database, and measures with `wrk` (Debian package wrk), side by side in one run, the
requests per second of a static CSS file and of each page type (home in English and Arabic, a
workshop, the hub landing, a clause page, a region page, a tool page, the clause database
search): with the page cache on the embedded default's local memory cache, then on Redis, then
uncached (page cache off, fragment caches warm, on Redis), then fully cold (Django's cache
keeps nothing, so every request is the first after clearing every cache). Prints each as a
share of the static file's rate in the same mode. Rate limits and throttles are off
(RATELIMIT_ENABLED and the per-minute limits). Needs Debian's wrk and redis-server; everything
listens on loopback and is stopped at the end.
"""

import argparse
import http.client
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.search_bench import Server  # noqa: E402
from benchmarks.services import Redis, manage, site_env  # noqa: E402

STATIC = "/static/css/site.css"
# (name, extra environment, served with Redis)
MODES = [
    ("cached, local memory", {}, False),
    ("cached, Redis", {}, True),
    ("uncached (fragments warm), Redis", {"PAGE_CACHE_ENABLED": "false"}, True),
    ("cold (no cache at all)", {"BENCH_COLD": "1"}, False),
]
# One page of each type, found in the demo content (English unless named).
FIND_PAGES = """
import json
import django
django.setup()
from clauses.models import Clause, HubPage
from home.models import RegionPage
from workshops.models import ToolPage, WorkshopPage
en = dict(locale__language_code="en")
hub = HubPage.objects.live().get(**en)
clause = Clause.objects.filter(live=True, locale=hub.locale).order_by("identifier").first()
tools = ToolPage.objects.live().filter(**en).order_by("path")
tool = tools.filter(kind="guide").first() or tools.first()
print(json.dumps({
    "home (en)": "/en/",
    "home (ar)": "/ar/",
    "workshop": WorkshopPage.objects.live().filter(**en).order_by("path").first().url,
    "hub landing": hub.url,
    "clause page": hub.clause_url(clause.identifier),
    "region page": RegionPage.objects.live().filter(**en).order_by("path").first().url,
    "tool page": tool.url,
    "database search": hub.url + "database/?q=data",
}))
"""


def production_env(workdir):
    env = site_env(
        workdir,
        "benchmarks.production_settings",
        "bench-only-",
        DATABASE_URL=f"sqlite:///{workdir / 'db.sqlite3'}",
        # Throttles off: thousands of requests a second from one client.
        RATELIMIT_ENABLED="false",
        SEARCHES_PER_MINUTE="0",
        TOOL_FILES_PER_MINUTE="0",
        SUGGESTIONS_PER_MINUTE="0",
    )
    env.pop("REDIS_URL", None)  # each mode chooses its cache
    return env


def prepare_demo(env):
    """Migrates the scratch database, loads the demo content, collects the static files;
    returns {page type: path}, the static file first."""
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "compile_translations")
    manage(env, "load_demo_content")
    manage(env, "collectstatic", "--noinput", "-v0")
    found = subprocess.run(
        [sys.executable, "-c", FIND_PAGES],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return {"static CSS": STATIC, **json.loads(found.strip().splitlines()[-1])}


def wrk(port, path, seconds, connections):
    result = subprocess.run(
        [
            "wrk",
            f"-t{min(2, connections)}",
            f"-c{connections}",
            f"-d{seconds}s",
            "--timeout=30s",  # a slow page is counted, not dropped after wrk's default 2 s
            # A new connection per request, for the static file and the pages alike: gunicorn
            # keeps a kept-alive connection on the worker that accepted it, so 8 connections
            # landed unevenly on the 2 workers and the same file measured 1,000 or 2,600 req/s.
            "--header=Connection: close",
            f"http://127.0.0.1:{port}{path}",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", result.stdout).group(1))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", result.stdout)
    timeouts = re.search(r"timeout (\d+)", result.stdout)
    return rate, sum(int(found.group(1)) for found in (errors, timeouts) if found)


def x_cache(port, path, connections=8):
    """Warms `path` (two GETs on each of `connections` connections at once, so that every
    worker process renders it and, with local memory, keeps its own copy); returns the last
    answer's status and X-Cache header."""

    def two_gets(_i):
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        try:
            for _ in range(2):
                connection.request("GET", path)
                response = connection.getresponse()
                response.read()
        finally:
            connection.close()
        return response.status, response.getheader("X-Cache")

    with ThreadPoolExecutor(connections) as pool:
        answers = list(pool.map(two_gets, range(connections)))
    return answers[-1]


def measure_modes(env, paths, redis_url, seconds=5, connections=8, modes=MODES, log=print):
    """[(mode, {page type: (path, req/s, status, X-Cache, non-2xx)})], one gunicorn per mode;
    each page warmed (x_cache: every worker renders it) before its wrk run. The static file
    (the first path) is measured first and again last, each time after a one-second wrk run
    (that wakes every worker, then lets the last page's queued requests drain); its rate is the
    higher of the two, so the pages' shares are, if anything, understated."""
    table = []
    static_label, static_path = next(iter(paths.items()))
    for name, extra, with_redis in modes:
        server_env = {**env, **extra}
        if with_redis:
            server_env["REDIS_URL"] = redis_url
        server = Server(server_env)
        try:
            wrk(server.port, static_path, 1, connections)
            row = {}
            for label, path in [*paths.items(), (static_label, static_path)]:
                if label in row:  # the static file again, once the last page's queue drained
                    wrk(server.port, path, 1, connections)
                status, header = x_cache(server.port, path, connections)
                rate, errors = wrk(server.port, path, seconds, connections)
                log(f"  {name:34} {label:16} {rate:8.0f} req/s  (HTTP {status}, X-Cache {header})")
                if label in row:
                    rate = max(rate, row[label][1])
                    errors += row[label][4]
                row[label] = (path, rate, status, header, errors)
            table.append((name, row))
        finally:
            server.stop()
    return table


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=int, default=5)
    parser.add_argument("--connections", type=int, default=8)
    args = parser.parse_args()
    if not shutil.which("wrk"):
        raise SystemExit("wrk is not installed (Debian package wrk)")

    workdir = Path(tempfile.mkdtemp(prefix="odf-pagecache-"))
    env = production_env(workdir)
    redis = Redis().start()
    try:
        print("migrate, demo content, static files…", flush=True)
        paths = prepare_demo(env)
        table = measure_modes(env, paths, redis.url, args.seconds, args.connections)
        print(
            f"\nwrk, {args.connections} connections x {args.seconds} s, gunicorn 2x4, "
            f"{os.cpu_count()} cores"
        )
        for name, row in table:
            static = row["static CSS"][1]
            print(f"\n{name}")
            for label, (path, rate, status, header, errors) in row.items():
                share = f"{100 * rate / static:6.1f} %" if path != STATIC else "  100 %"
                note = f"HTTP {status}, X-Cache {header}" + (
                    f", {errors} non-2xx or timed out" if errors else ""
                )
                print(f"  {label:16} {path[:40]:40} {rate:9.0f} req/s {share}   ({note})")
    finally:
        redis.stop()
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
