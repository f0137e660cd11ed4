"""Benchmark of the hub's clause search on the database backend (a benchmark, not a test).

    .venv/bin/python benchmarks/db_search_bench.py [--sizes 1000 10000 100000] [--requests 40]
        [--keep DIR]

The embedded default: SQLite, Wagtail's database search backend (search.backends.database),
no Elasticsearch. For each size it makes a scratch SQLite database with that many synthetic
clauses (`manage.py generate_clauses`, seed 1, each size topped up from a copy of the one
before) indexed by `update_index`, serves the site with gunicorn on 127.0.0.1 (2 workers x 4
threads, the page cache and the throttle off) and measures the p50/p95 latency of the same
faceted, highlighted clause searches as benchmarks/search_bench.py (a keyword and a filter,
every facet count, page 1) through /en/hub/database/, at concurrency 1 (and 8 with
--concurrency 1 8). With --keep DIR the databases are kept in DIR and reused by the next run
(100,000 clauses take minutes to generate and index). Goal (#17, item 8): p50 <= 300 ms at
100,000 clauses. Numbers depend on the machine: note its cores and what else runs on it.
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.search_bench import SEARCHES, Client, Server, measure, percentile  # noqa: E402

GOAL_MS = 300  # p50 at 100,000 clauses


def prepare(path, size):
    """(In a process of its own: Django is set up for one database.) The scratch database at
    `path` with `size` clauses and its database search index up to date."""
    from benchmarks.clause_page_bench import grow_to, scratch_site

    if path.exists():
        os.environ.update(
            {
                "DATABASE_URL": f"sqlite:///{path}",
                "DJANGO_SETTINGS_MODULE": "benchmarks.settings",
                "BENCH_SEARCH": "database",
            }
        )
        import django

        django.setup()
    else:
        scratch_site(f"sqlite:///{path}", path.parent)
    from django.core.management import call_command
    from modelsearch.conf import get_app_config

    from clauses.models import Clause

    grow_to(size)
    entries = get_app_config().get_model("IndexEntry").objects
    if entries.filter(content_type__model="clause").count() != Clause.objects.count():
        call_command("update_index", verbosity=0)


def database_for(workdir, size, previous):
    """The path of the database with `size` clauses in `workdir`, made (from a copy of the
    `previous` size's, when there is one) and indexed if needed."""
    path = workdir / f"clauses-{size}.sqlite3"
    if not path.exists() and previous is not None:
        shutil.copyfile(previous, path)
    subprocess.run(
        [sys.executable, __file__, "--prepare", str(path), str(size)], check=True, cwd=ROOT
    )
    return path


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    parser.add_argument("--requests", type=int, default=40, help="per size and concurrency")
    parser.add_argument("--concurrency", type=int, nargs="+", default=[1])
    parser.add_argument("--keep", type=Path, default=None, help="keep (and reuse) databases here")
    parser.add_argument("--prepare", nargs=2, metavar=("PATH", "SIZE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.prepare:
        prepare(Path(args.prepare[0]), int(args.prepare[1]))
        return

    workdir = args.keep or Path(tempfile.mkdtemp(prefix="odf-db-search-bench-"))
    (workdir / "static").mkdir(parents=True, exist_ok=True)
    paths = [f"/en/hub/database/?{urlencode(search)}" for search in SEARCHES]
    rows = []
    previous = None
    for size in sorted(args.sizes):
        database = database_for(workdir, size, previous)
        previous = database
        env = {
            **os.environ,
            "DATABASE_URL": f"sqlite:///{database}",
            "DJANGO_SETTINGS_MODULE": "benchmarks.settings",
            "MEDIA_ROOT": str(workdir / "media"),
            "STATIC_ROOT": str(workdir / "static"),  # made empty: WhiteNoise wants the folder
            "RATELIMIT_ENABLED": "0",
            "PAGE_CACHE_ENABLED": "0",
        }
        server = Server(env, "database")
        try:
            client = Client(server.url)

            def view(i, client=client, size=size):
                path = paths[i % len(paths)]
                elapsed, content = client.request("GET", path)
                if b"search-hit" not in content:
                    raise RuntimeError(f"{path} found nothing at {size} clauses")
                return elapsed

            for concurrency in args.concurrency:
                latencies, rate = measure(view, args.requests, concurrency)
                rows.append((size, concurrency, latencies, rate))
                print(format_row(rows[-1]), flush=True)
        finally:
            server.stop()

    print()
    print(f"Machine: {os.cpu_count()} cores; load average {os.getloadavg()[0]:.1f} at the end.")
    print(HEADER)
    for row in rows:
        print(format_row(row))
    for size, concurrency, latencies, _rate in rows:
        if size == 100_000 and concurrency == 1:
            p50 = percentile(latencies, 0.5) * 1000
            verdict = "met" if p50 <= GOAL_MS else "NOT met"
            print(f"p50 at 100,000 clauses {p50:.0f} ms (goal <= {GOAL_MS} ms): {verdict}")


HEADER = "clauses  | conc |   n | p50 ms | p95 ms | req/s"


def format_row(row):
    size, concurrency, latencies, rate = row
    p50 = percentile(latencies, 0.5) * 1000
    p95 = percentile(latencies, 0.95) * 1000
    return (
        f"{size:<8} | {concurrency:>4} | {len(latencies):>3} | {p50:>6.1f} | {p95:>6.1f} | "
        f"{rate:>5.1f}"
    )


if __name__ == "__main__":
    main()
