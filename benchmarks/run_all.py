"""Every #17 benchmark in one run, side by side, as one table (a benchmark, not a test).

    make bench [ARGS="--quick"]
    .venv/bin/python benchmarks/run_all.py [--quick] [--stages pages large] [--out FILE]

1. pages: the demo site under gunicorn with the production settings (2 workers x 4 threads),
   wrk with 8 connections: a static CSS file against each page type, with the page cache on
   local memory, on Redis (a redis-server started here), uncached (page cache off, fragment
   caches warm) and fully cold (benchmarks/page_cache_bench.py);
2. large: ONE scratch SQLite database grown to 100, 1,000, 10,000 and 100,000 synthetic clauses
   and a scratch Elasticsearch node (tests/es_node.py): at each size the indexes are rebuilt
   (update_index, timed: benchmarks/reindex_bench.py) and, where the size calls for it, the
   search view against the raw Elasticsearch request at concurrency 1 and 8
   (benchmarks/search_bench.py), the same search view on the database backend (SQLite, the
   embedded default) and the clause page (benchmarks/clause_page_bench.py).

The demo site is built while the Elasticsearch node starts and the scratch site migrates
(set-ups overlap; measurements never run beside anything of this run's). Rate limits and
throttles are off through their settings. Prints the table, and writes it to
benchmarks/results/latest.md (and the numbers to latest.json) with the machine, the load
average at the start and the end, the date and the git commit. --quick: small sizes and short
wrk runs, a smoke test of a few minutes; the full run takes about 25 minutes on 2 quiet
cores, more when they are shared.
"""

import argparse
import contextlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import report  # noqa: E402
from benchmarks.search_bench import percentile  # noqa: E402

PROFILES = {
    "full": {
        "page_seconds": 6,
        "clause_sizes": (100, 100_000),
        "search_sizes": (10_000, 100_000),
        "db_sizes": (1_000, 10_000, 100_000),
        "search_requests": 150,
        "db_requests": 20,
        "clause_requests": 40,
    },
    "quick": {
        "page_seconds": 2,
        "clause_sizes": (100, 1_000),
        "search_sizes": (1_000,),
        "db_sizes": (300, 1_000),
        "search_requests": 30,
        "db_requests": 10,
        "clause_requests": 10,
    },
}
STAGES = ("pages", "large")
CELL_FIELDS = ("path", "rate", "status", "x_cache", "errors")


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="small sizes, short runs")
    parser.add_argument("--stages", nargs="+", choices=STAGES, default=list(STAGES))
    parser.add_argument("--connections", type=int, default=8, help="wrk connections")
    parser.add_argument("--seconds", type=int, default=None, help="per wrk run")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "latest.md")
    args = parser.parse_args(argv)
    args.profile = dict(PROFILES["quick" if args.quick else "full"])
    if args.seconds:
        args.profile["page_seconds"] = args.seconds
    return args


def log(message):
    print(message, flush=True)


def run(*command):
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    return result.stdout.strip()


def other_processes():
    """What else runs on the machine (other helpers' tests, nodes, servers, benchmarks)."""
    processes = run("ps", "-eo", "args").splitlines()
    kinds = {
        "pytest": "pytest",
        "esnode.jar": "Elasticsearch",
        "gunicorn": "gunicorn",
        "manage.py": "manage.py",
        "benchmarks/": "benchmark",
        "chromium --": "Chromium",
    }
    others = []
    for needle, name in kinds.items():
        count = sum(needle in line and "run_all.py" not in line for line in processes)
        if count:
            others.append(f"{count} {name}")
    return ", ".join(others)


def machine(args):
    model = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        "unknown",
    )
    memory = next(
        int(line.split()[1])
        for line in Path("/proc/meminfo").read_text().splitlines()
        if line.startswith("MemTotal")
    )
    commit = run("git", "rev-parse", "--short", "HEAD")
    if run("git", "status", "--porcelain", "--untracked-files=no"):
        commit += " + uncommitted changes"
    return {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "commit": commit,
        "cpus": os.cpu_count(),
        "cpu_model": model,
        "ram_gb": memory / 1024 / 1024,
        "load_start": " ".join(f"{value:.2f}" for value in os.getloadavg()),
        "others": other_processes(),
        "options": " ".join(sys.argv[1:]) or "(full run)",
    }


def summary(latencies):
    return {
        "p50": percentile(latencies, 0.5) * 1000,
        "p95": percentile(latencies, 0.95) * 1000,
        "n": len(latencies),
    }


class Stages:
    """Times each stage and keeps the list for the table."""

    def __init__(self, results):
        self.results = results
        results["stages"] = []

    @contextlib.contextmanager
    def __call__(self, name):
        log(f"== {name}")
        started = time.perf_counter()
        try:
            yield
        finally:
            elapsed = time.perf_counter() - started
            self.results["stages"].append((name, elapsed))
            log(f"   {name}: {elapsed:.0f} s")


def set_up(args, stage, workdir, found):
    """The demo site (built in subprocesses) and, meanwhile, the Elasticsearch node and the
    scratch site of the large database (Django set up in this process): set-ups overlap, no
    measurement runs beside anything else. Fills `found` (the node first, for the clean-up)."""
    from benchmarks.clause_page_bench import scratch_site
    from benchmarks.page_cache_bench import prepare_demo, production_env
    from benchmarks.search_bench import bench_env
    from tests.es_node import ElasticsearchNode

    parts = [
        name
        for name, wanted in (
            ("demo site", "pages" in args.stages),
            ("Elasticsearch node and scratch site", "large" in args.stages),
        )
        if wanted
    ]
    with stage("set-up: " + " beside ".join(parts)), ThreadPoolExecutor(1) as pool:
        if "pages" in args.stages:
            if not shutil.which("wrk"):
                raise SystemExit("wrk is not installed (Debian package wrk)")
            (workdir / "pages").mkdir()
            found["page_env"] = production_env(workdir / "pages")
            demo = pool.submit(prepare_demo, found["page_env"])
        if "large" in args.stages:
            (workdir / "large").mkdir()
            found["node"] = ElasticsearchNode(heap="1g").start()
            found["env"] = bench_env(workdir / "large", found["node"].url)
            os.environ.update(found["env"])
            found["hub"] = scratch_site(
                found["env"]["DATABASE_URL"], workdir / "large", "elasticsearch", found["node"].url
            )
        if "pages" in args.stages:
            found["paths"] = demo.result()


def bench_pages(args, stage, results, env, paths):
    from benchmarks.page_cache_bench import measure_modes
    from benchmarks.services import Redis

    seconds = args.profile["page_seconds"]
    redis = Redis().start()
    try:
        with stage("pages: wrk, four modes"):
            table = measure_modes(env, paths, redis.url, seconds, args.connections, log=log)
    finally:
        redis.stop()
    results["pages"] = {
        "seconds": seconds,
        "connections": args.connections,
        "table": [
            (
                mode,
                {label: dict(zip(CELL_FIELDS, cell, strict=True)) for label, cell in row.items()},
            )
            for mode, row in table
        ],
    }


def bench_large(profile, stage, results, env, hub):
    """One scratch database grown size by size, every measurement of a size on it."""
    from benchmarks.clause_page_bench import grow_to, measure_pages, measure_related
    from benchmarks.reindex_bench import timed_update_index
    from benchmarks.search_bench import measure_searches

    es_url = env["BENCH_ELASTICSEARCH_URL"]
    results.update(search=[], clause_page=[], reindex=[], db_search=[])
    sizes = sorted({*profile["clause_sizes"], *profile["search_sizes"], *profile["db_sizes"]})
    for size in sizes:
        with stage(f"large {size:,}: generate_clauses"):
            grow_to(size)
        backends = []
        if size in profile["search_sizes"]:
            backends.append(("elasticsearch", "default"))
        if size in profile["db_sizes"]:
            backends.append(("database", "database"))
        for backend, name in backends:
            with stage(f"large {size:,}: update_index {backend}"):
                seconds, last = timed_update_index(name)
            results["reindex"].append((size, backend, seconds))
            log(f"   {size:,} clauses, {backend}: {seconds:.1f} s ({last})")

        def searches(backend, es_url=None, size=size, **options):
            """The search view on one backend at this size, through measure_searches."""
            only = {"backends": (backend,), "counts_cold": False, "log": log}
            return measure_searches(env, hub.url, size, es_url, **only, **options)

        if size in profile["search_sizes"]:
            with stage(f"large {size:,}: search view vs raw Elasticsearch"):
                rows = searches("elasticsearch", es_url, requests=profile["search_requests"])
            found = {(target, conc): summary(lat) for _s, target, conc, lat, _r in rows}
            for concurrency in (1, 8):
                view = found[("view (elasticsearch)", concurrency)]
                raw = found[("raw Elasticsearch", concurrency)]
                results["search"].append((size, concurrency, view, raw))
        if size in profile["db_sizes"]:
            with stage(f"large {size:,}: database-backend search view"):
                rows = searches(
                    "database", database_requests=profile["db_requests"], concurrencies=(1,)
                )
            results["db_search"].append((size, summary(rows[0][3])))
        if size in profile["clause_sizes"]:
            with stage(f"large {size:,}: clause pages"):
                pages = measure_pages(hub, profile["clause_requests"])
                related = measure_related(profile["clause_requests"] * 5)
            entry = {"size": size, **summary(pages), "related_p50": summary(related)["p50"]}
            results["clause_page"].append(entry)
            log(f"   clause page p50 {entry['p50']:.1f} ms at {size:,} clauses")


def main(argv=None):
    args = parse_args(argv)
    results = {"machine": machine(args)}
    stage = Stages(results)
    log(f"machine: {results['machine']}")
    workdir = Path(tempfile.mkdtemp(prefix="odf-run-all-"))
    found = {}
    try:
        set_up(args, stage, workdir, found)
        if "pages" in args.stages:
            bench_pages(args, stage, results, found["page_env"], found["paths"])
        if "large" in args.stages:
            bench_large(args.profile, stage, results, found["env"], found["hub"])
    finally:
        if "node" in found:
            found["node"].stop()
        results["machine"]["load_end"] = " ".join(f"{v:.2f}" for v in os.getloadavg())
        results["machine"]["others_end"] = other_processes()
        shutil.rmtree(workdir, ignore_errors=True)
        text = report.render(results)
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(text)
        args.out.with_suffix(".json").write_text(json.dumps(results, indent=1) + "\n")
        print()
        print(text)
        log(f"written to {args.out} (and {args.out.with_suffix('.json').name})")


if __name__ == "__main__":
    main()
