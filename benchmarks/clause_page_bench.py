"""Benchmark of a clause page at a small and a large clause database (a benchmark, not a test).

    .venv/bin/python benchmarks/clause_page_bench.py [--sizes 100 100000] [--requests 40]

On a scratch SQLite database (or --database-url) with the database search backend, it loads the
taxonomy, publishes a hub, creates clauses with `manage.py generate_clauses --count N --seed 1`
(topped up to each size in turn) and times, in process through Django's test client, the pages
of the same clauses (DBH-0001, DBH-0002, ...) at every size: each request is a page-cache miss
(the caches are emptied and warmed with another clause's page outside the timing), so what is
timed is the view, its queries and its template. It also times the related-clauses query
alone. It prints the median and p95 per size and the ratio of the largest to the smallest.
Goal (#17): a clause page at 100,000 clauses costs at most 1.5x what it costs at 100.
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def scratch_site(database_url, workdir, search="database", es_url=None):
    """Django set up on a fresh scratch database with the taxonomy and a published English hub;
    returns the hub page."""
    env = {
        "DATABASE_URL": database_url,
        "DJANGO_SETTINGS_MODULE": "benchmarks.settings",
        "BENCH_SEARCH": search,
        "MEDIA_ROOT": str(workdir / "media"),
        "RATELIMIT_ENABLED": "0",
    }
    if es_url:
        env["BENCH_ELASTICSEARCH_URL"] = es_url
    os.environ.update(env)
    import django

    django.setup()
    from django.core.management import call_command
    from wagtail.models import Locale

    from clauses.demo import load_taxonomy
    from clauses.models import HubPage
    from home.models import HomePage

    call_command("migrate", interactive=False, verbosity=0)
    load_taxonomy()
    home = HomePage.objects.get(depth=2, locale=Locale.get_default())
    hub = home.add_child(instance=HubPage(title="Hub", slug="hub"))
    hub.save_revision().publish()
    return hub


def grow_to(size, seed=1):
    """Top the scratch database up to `size` synthetic clauses; returns the seconds."""
    from django.core.management import call_command

    from clauses.models import Clause

    missing = size - Clause.objects.count()
    started = time.perf_counter()
    if missing > 0:
        call_command("generate_clauses", count=missing, seed=seed, verbosity=0)
    return time.perf_counter() - started


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def measure_pages(hub, requests, sample=10):
    """Latencies (s) of clause pages, each a page-cache miss with the fragment caches warm."""
    from django.core.cache import caches
    from django.test import Client

    from clauses.models import Clause

    identifiers = list(
        Clause.objects.filter(live=True)
        .order_by("identifier_number")
        .values_list("identifier", flat=True)[: sample + 1]
    )
    client = Client()
    latencies = []
    for i in range(requests + 5):
        target = identifiers[i % sample]
        for alias in caches:
            caches[alias].clear()
        # Warm what every page shares (fragments, filter choices) with another clause's page.
        client.get(hub.url + f"clauses/{identifiers[sample]}/")
        started = time.perf_counter()
        response = client.get(hub.url + f"clauses/{target}/")
        elapsed = time.perf_counter() - started
        if response.status_code != 200:
            raise RuntimeError(f"{target} answered {response.status_code}")
        if i >= 5:  # the first few warm Python and the database's pages
            latencies.append(elapsed)
    return latencies


def measure_related(requests, sample=10):
    from clauses.models import Clause
    from clauses.views import related_clauses

    clauses = list(Clause.objects.filter(live=True).order_by("identifier_number")[:sample])
    latencies = []
    for i in range(requests):
        started = time.perf_counter()
        related_clauses(clauses[i % sample])
        latencies.append(time.perf_counter() - started)
    return latencies


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 100_000])
    parser.add_argument("--requests", type=int, default=40, help="per size")
    parser.add_argument("--database-url", default=None)
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="odf-clause-bench-"))
    database_url = args.database_url or f"sqlite:///{workdir / 'bench.sqlite3'}"
    print(f"scratch database {database_url}", flush=True)
    hub = scratch_site(database_url, workdir)
    rows = []
    for size in sorted(args.sizes):
        generate = grow_to(size)
        pages = measure_pages(hub, args.requests)
        related = measure_related(args.requests * 5)
        rows.append((size, pages, related))
        print(
            f"{size} clauses (generated in {generate:.1f} s): page p50 "
            f"{statistics.median(pages) * 1000:.1f} ms, related query p50 "
            f"{statistics.median(related) * 1000:.2f} ms",
            flush=True,
        )

    print()
    print(f"Machine: {os.cpu_count()} cores; load average {os.getloadavg()[0]:.1f} at the end.")
    print("clauses  | page p50 ms | page p95 ms | related query p50 ms | p95 ms")
    for size, pages, related in rows:
        print(
            f"{size:<8} | {statistics.median(pages) * 1000:>11.1f} | "
            f"{percentile(pages, 0.95) * 1000:>11.1f} | "
            f"{statistics.median(related) * 1000:>20.2f} | {percentile(related, 0.95) * 1000:>6.2f}"
        )
    (small, small_pages, _), (large, large_pages, _) = rows[0], rows[-1]
    ratio = statistics.median(large_pages) / statistics.median(small_pages)
    print(f"clause page p50 at {large} / at {small} clauses: {ratio:.2f}x (goal: <= 1.5x)")


if __name__ == "__main__":
    main()
