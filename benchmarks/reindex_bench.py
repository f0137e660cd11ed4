"""Benchmark of `manage.py update_index` for many clauses (a benchmark, not a test).

    .venv/bin/python benchmarks/reindex_bench.py [--sizes 10000 100000] [--database-url URL]

On a scratch database (a temporary SQLite file, or --database-url) and a scratch
Elasticsearch node (tests/es_node.py, or ELASTICSEARCH_URL), for each size it tops the
clauses up with `manage.py generate_clauses --count N --seed 1`, then times `update_index` on
Elasticsearch (search.backends.elasticsearch, atomic rebuild) and on the database backend
(search.backends.database), each in this process, and prints the seconds and clauses per
second. Goals (#17): 100,000 clauses in at most 120 s on Elasticsearch and 60 s on the
database backend. Numbers depend on the machine: note its cores and what else runs on it.
"""

import argparse
import io
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.clause_page_bench import grow_to, scratch_site  # noqa: E402

GOALS = {"elasticsearch": 120, "database": 60}  # seconds at 100,000 clauses


def timed_update_index(backend_name):
    from django.core.management import call_command

    out = io.StringIO()
    started = time.perf_counter()
    call_command("update_index", backend_name=backend_name, stdout=out)
    elapsed = time.perf_counter() - started
    progress = [line.strip() for line in out.getvalue().splitlines() if " clauses, " in line]
    return elapsed, progress[-1] if progress else ""


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--database-url", default=None)
    parser.add_argument("--backends", nargs="+", default=["elasticsearch", "database"])
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="odf-reindex-bench-"))
    database_url = args.database_url or f"sqlite:///{workdir / 'bench.sqlite3'}"
    node = None
    es_url = os.environ.get("ELASTICSEARCH_URL")
    if not es_url and "elasticsearch" in args.backends:
        from tests.es_node import ElasticsearchNode

        node = ElasticsearchNode(heap="1g").start()
        es_url = node.url
    rows = []
    try:
        print(f"scratch database {database_url}, Elasticsearch {es_url}", flush=True)
        scratch_site(database_url, workdir, search="elasticsearch", es_url=es_url or "")
        names = {"elasticsearch": "default", "database": "database"}
        for size in sorted(args.sizes):
            generate = grow_to(size)
            for backend in args.backends:
                elapsed, last = timed_update_index(names[backend])
                rows.append((size, backend, elapsed, generate))
                print(
                    f"{size} clauses, {backend}: update_index {elapsed:.1f} s "
                    f"({size / elapsed:.0f} clauses/s; last progress line: {last})",
                    flush=True,
                )
    finally:
        if node is not None:
            node.stop()

    print()
    print(f"Machine: {os.cpu_count()} cores; load average {os.getloadavg()[0]:.1f} at the end.")
    print("clauses  | backend       | update_index s | clauses/s | goal at 100,000")
    for size, backend, elapsed, _generate in rows:
        goal = f"<= {GOALS[backend]} s" if size == 100_000 else ""
        print(f"{size:<8} | {backend:<13} | {elapsed:>14.1f} | {size / elapsed:>9.0f} | {goal}")


if __name__ == "__main__":
    main()
