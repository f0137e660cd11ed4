"""Benchmark of the hub's clause search (a benchmark, not a test).

    .venv/bin/python benchmarks/search_bench.py [--sizes 10000 100000] [--requests 200]

On a scratch database (a temporary SQLite file, or --database-url) and a scratch
Elasticsearch node (tests/es_node.py, or ELASTICSEARCH_URL), for each size it:

1. creates synthetic clauses (`manage.py generate_clauses --count N --seed 1`) up to N;
2. times `update_index` on Elasticsearch (search.backends.elasticsearch, atomic rebuild) and
   on Wagtail's database backend;
3. serves the site with gunicorn on 127.0.0.1 and measures p50/p95 latency of a faceted,
   highlighted clause search (keyword + a filter, eight facet counts, highlighting, page 1)
   through the Django view, at concurrency 1 and 8; then the same searches as raw requests
   to Elasticsearch (the exact msearch the view's engine sends); then the same view on the
   database backend. Rows marked "counts cold" empty Elasticsearch's request cache before
   each request (outside the timing), so the facet counts are computed afresh every time:
   the others show repeated searches, whose counts that cache answers.

It prints a table. Goal: p95 under 50 ms through the view at 100,000 clauses, within 2x of
the raw Elasticsearch query. Every request goes to the loopback interface; the run ends by
itself. Numbers depend on the machine: note its cores and what else runs on it.
"""

import argparse
import http.client
import json
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlencode, urlparse

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SEARCHES = [
    {"q": "GPS tracking", "type": "agreement_clause"},
    {"q": "algorithm", "theme": "2"},
    {"q": "video surveillance", "sector": "health-social-services"},
    {"q": "training digital skills", "year_from": "2015"},
    {"q": "right to disconnect", "type": "model_clause"},
    {"q": "data protection impact assessment", "theme": "1"},
    {"q": "biometric time clocks", "year_to": "2020"},
    {"q": "chatbots", "country": "FR"},
]


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def timed(function, *args, **kwargs):
    started = time.perf_counter()
    function(*args, **kwargs)
    return time.perf_counter() - started


class Client(threading.local):
    """One keep-alive HTTP connection per thread."""

    def __init__(self, url):
        parsed = urlparse(url)
        self.host, self.port = parsed.hostname, parsed.port
        self.connection = None

    def request(self, method, path, body=None, content_type="application/json"):
        headers = {"Content-Type": content_type} if body else {}
        for attempt in (1, 2):
            if self.connection is None:
                self.connection = http.client.HTTPConnection(self.host, self.port, timeout=120)
            started = time.perf_counter()
            try:
                self.connection.request(method, path, body=body, headers=headers)
                response = self.connection.getresponse()
                content = response.read()
                break
            except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
                # The server closed an idle keep-alive connection: reconnect, once.
                self.connection.close()
                self.connection = None
                if attempt == 2:
                    raise
        elapsed = time.perf_counter() - started
        if response.status != 200:
            raise RuntimeError(f"{method} {path} answered {response.status}: {content[:300]!r}")
        return elapsed, content


def measure(send, count, concurrency):
    """Latencies (s) of `count` calls of send(i), `concurrency` at a time, and the rate."""
    for i in range(min(20, count)):  # warm-up: connections, caches, JIT of the JVM
        send(i)
    started = time.perf_counter()
    with ThreadPoolExecutor(concurrency) as pool:
        latencies = list(pool.map(send, range(count)))
    wall = time.perf_counter() - started
    return latencies, count / wall


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


class Server:
    """gunicorn serving the site (2 workers x 4 threads) with the settings `env` names; for the
    search benchmark, with one search backend (BENCH_SEARCH). Its output goes to `log_file`."""

    def __init__(self, env, search=None, log_file=None):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        if search is not None:
            env = {**env, "BENCH_SEARCH": search}
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "ourdigitalfuture.wsgi",
                "--bind",
                f"127.0.0.1:{self.port}",
                "--workers",
                "2",
                "--worker-class",
                "gthread",
                "--threads",
                "4",
                "--log-level",
                "warning",
            ],
            cwd=ROOT,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=log_file,
            stderr=subprocess.STDOUT if log_file is not None else None,
        )
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                    return
            except OSError:
                time.sleep(0.3)
        self.stop()
        raise RuntimeError("gunicorn did not start")

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(30)
        except subprocess.TimeoutExpired:
            self.process.kill()


def bench_env(workdir, es_url, database_url=None):
    """The environment of the scratch site: benchmark settings on a scratch database, the
    Elasticsearch backend at `es_url`, throttles and the page cache off (the view is measured)."""
    (workdir / "static").mkdir(parents=True, exist_ok=True)
    return {
        **os.environ,
        "DATABASE_URL": database_url or f"sqlite:///{workdir / 'bench.sqlite3'}",
        "DJANGO_SETTINGS_MODULE": "benchmarks.settings",
        "BENCH_SEARCH": "elasticsearch",
        "BENCH_ELASTICSEARCH_URL": es_url,
        "MEDIA_ROOT": str(workdir / "media"),
        "STATIC_ROOT": str(workdir / "static"),  # made empty: WhiteNoise wants the folder
        # Hundreds of searches a minute from one client (the throttle would answer 429), none
        # answered from the page cache.
        "RATELIMIT_ENABLED": "0",
        "PAGE_CACHE_ENABLED": "0",
    }


def raw_bodies(searches=SEARCHES):
    """(Django set up.) The exact msearch requests the view's engine sends for `searches`."""
    from django.http import QueryDict
    from wagtail.models import Locale
    from wagtail.search.backends import get_search_backend

    from clauses.database.forms import ClauseSearchForm
    from clauses.database.spec import CLAUSES
    from search.engines.elasticsearch import ElasticsearchEngine

    engine = ElasticsearchEngine(get_search_backend("default"))
    bodies = []
    for search in searches:
        form = ClauseSearchForm(QueryDict(urlencode(search)), locale=Locale.get_default())
        assert form.is_valid(), form.errors
        index_name, lines = engine.faceted_search_request(CLAUSES, form.to_query(1, 20))
        bodies.append((index_name, "".join(json.dumps(line) + "\n" for line in lines)))
    return bodies


def measure_searches(
    env,
    hub_url,
    size,
    es_url,
    requests=200,
    database_requests=60,
    backends=("elasticsearch", "database"),
    concurrencies=(1, 8),
    counts_cold=True,
    log=print,
):
    """(Django set up, both indexes current.) Rows (size, target, concurrency, latencies, rate):
    the view on each backend in `backends` served by gunicorn, and, with Elasticsearch, the same
    searches as raw msearch requests; "counts cold" rows empty Elasticsearch's request cache
    before each request (outside the timing)."""
    paths = [f"{hub_url}database/?{urlencode(s)}" for s in SEARCHES]
    es_client = Client(es_url) if es_url else None
    rows = []

    def clear_request_cache():
        es_client.request("POST", "/_cache/clear?request=true")

    def add(row):
        rows.append(row)
        log(format_row(row))

    for search in backends:
        server = Server(env, search)
        try:
            client = Client(server.url)
            count = requests if search == "elasticsearch" else database_requests

            def view(i, client=client):
                elapsed, content = client.request("GET", paths[i % len(paths)])
                if b"The full search service is not available" in content:
                    raise RuntimeError("the view fell back to the database backend")
                return elapsed

            for concurrency in concurrencies:
                latencies, rate = measure(view, count, concurrency)
                add((size, f"view ({search})", concurrency, latencies, rate))
            if search == "elasticsearch" and counts_cold:

                def cold_view(i, view=view):
                    clear_request_cache()
                    return view(i)

                latencies, rate = measure(cold_view, count, 1)
                add((size, "view (es, counts cold)", 1, latencies, rate))
        finally:
            server.stop()
        if search != "elasticsearch":
            continue
        bodies = raw_bodies()
        raw_client = Client(es_url)

        def raw(i, client=raw_client, bodies=bodies):
            index_name, body = bodies[i % len(bodies)]
            elapsed, content = client.request(
                "POST", f"/{index_name}/_msearch", body, "application/x-ndjson"
            )
            if b'"error"' in content:
                raise RuntimeError(f"raw search failed: {content[:300]!r}")
            return elapsed

        for concurrency in concurrencies:
            latencies, rate = measure(raw, requests, concurrency)
            add((size, "raw Elasticsearch", concurrency, latencies, rate))
        if counts_cold:

            def cold_raw(i, raw=raw):
                clear_request_cache()
                return raw(i)

            latencies, rate = measure(cold_raw, requests, 1)
            add((size, "raw es, counts cold", 1, latencies, rate))
    return rows


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--requests", type=int, default=200, help="per measurement")
    parser.add_argument("--database-requests", type=int, default=60)
    parser.add_argument("--database-url", default=None)
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="odf-bench-"))
    node = None
    es_url = os.environ.get("ELASTICSEARCH_URL")
    if not es_url:
        from tests.es_node import ElasticsearchNode

        node = ElasticsearchNode(heap="1g").start()
        es_url = node.url
    env = bench_env(workdir, es_url, args.database_url)
    os.environ.update(env)
    from benchmarks.clause_page_bench import grow_to, scratch_site

    rows = []
    indexing = []
    try:
        print(f"scratch database {env['DATABASE_URL']}, Elasticsearch {es_url}", flush=True)
        hub = scratch_site(env["DATABASE_URL"], workdir, "elasticsearch", es_url)
        from django.core.management import call_command

        for size in args.sizes:
            generate = grow_to(size, seed=size)
            index_es = timed(call_command, "update_index", backend_name="default", verbosity=0)
            index_db = timed(call_command, "update_index", backend_name="database", verbosity=0)
            indexing.append((size, generate, index_es, index_db))
            print(
                f"{size} clauses: generate_clauses {generate:.1f}s, update_index "
                f"Elasticsearch {index_es:.1f}s, database {index_db:.1f}s",
                flush=True,
            )
            rows += measure_searches(
                env, hub.url, size, es_url, args.requests, args.database_requests
            )
    finally:
        if node is not None:
            node.stop()

    print()
    print(f"Machine: {os.cpu_count()} cores; load average {os.getloadavg()[0]:.1f} at the end.")
    print("size     | update_index Elasticsearch | update_index database | generate_clauses")
    for size, generate, index_es, index_db in indexing:
        print(f"{size:<8} | {index_es:>24.1f} s | {index_db:>19.1f} s | {generate:>14.1f} s")
    print()
    print(HEADER)
    for row in rows:
        print(format_row(row))


HEADER = "size     | target                  | conc |   n | p50 ms | p95 ms | req/s"


def format_row(row):
    size, target, concurrency, latencies, rate = row
    p50 = percentile(latencies, 0.5) * 1000
    p95 = percentile(latencies, 0.95) * 1000
    return (
        f"{size:<8} | {target:<23} | {concurrency:>4} | {len(latencies):>3} | "
        f"{p50:>6.1f} | {p95:>6.1f} | {rate:>5.1f}"
    )


if __name__ == "__main__":
    main()
