"""Anonymous pages from the page cache against a static file (a benchmark, not a test).

    .venv/bin/python benchmarks/page_cache_bench.py [--seconds 5] [--connections 8]

Serves the demo site as production does (gunicorn, 2 workers x 4 threads,
`ourdigitalfuture.settings.production`, WhiteNoise for the static files) from a scratch SQLite
database, and measures with `wrk` (Debian package wrk), side by side in one run, the requests per
second of a static CSS file, `/en/`, `/en/hub/`, a clause page and `/ar/`: with the page cache
on the embedded default's local memory cache, then on Redis, then with the page cache off
(fragment caches warm, on Redis). Prints each as a share of the static file's rate. Needs
Debian's wrk and redis-server; everything listens on loopback and is stopped at the end.
"""

import argparse
import http.client
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.search_bench import Server  # noqa: E402
from benchmarks.services import Redis  # noqa: E402

STATIC = "/static/css/site.css"


def wrk(port, path, seconds, connections):
    result = subprocess.run(
        [
            "wrk",
            f"-t{min(2, connections)}",
            f"-c{connections}",
            f"-d{seconds}s",
            f"http://127.0.0.1:{port}{path}",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", result.stdout).group(1))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", result.stdout)
    return rate, int(errors.group(1)) if errors else 0


def x_cache(port, path):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    for _ in range(4):  # each worker process (local memory) keeps its own copy
        connection.request("GET", path)
        response = connection.getresponse()
        response.read()
    return response.status, response.getheader("X-Cache")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=int, default=5)
    parser.add_argument("--connections", type=int, default=8)
    args = parser.parse_args()
    if not shutil.which("wrk"):
        raise SystemExit("wrk is not installed (Debian package wrk)")

    workdir = Path(tempfile.mkdtemp(prefix="odf-pagecache-"))
    env = {
        **{k: v for k, v in os.environ.items() if k not in {"REDIS_URL", "DATABASE_URL"}},
        "DJANGO_SETTINGS_MODULE": "ourdigitalfuture.settings.production",
        "SECRET_KEY": "bench-only-" + "x" * 40,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "false",
        "DATABASE_URL": f"sqlite:///{workdir / 'db.sqlite3'}",
        "MEDIA_ROOT": str(workdir / "media"),
        "PRIVATE_MEDIA_ROOT": str(workdir / "private"),
        "STATIC_ROOT": str(workdir / "static"),
        "LOG_LEVEL": "WARNING",
        "SEARCHES_PER_MINUTE": "0",
        "TOOL_FILES_PER_MINUTE": "0",
        "SUGGESTIONS_PER_MINUTE": "0",
    }

    def manage(*command):
        subprocess.run(
            [sys.executable, "manage.py", *command],
            cwd=ROOT,
            env=env,
            check=True,
            stdout=subprocess.DEVNULL,
        )

    redis = Redis().start()
    try:
        print("migrate, demo content, static files…", flush=True)
        manage("migrate", "--noinput", "-v0")
        manage("compile_translations")
        manage("load_demo_content")
        manage("collectstatic", "--noinput", "-v0")
        clause = subprocess.run(
            [
                sys.executable,
                "-c",
                "import django; django.setup()\n"
                "from clauses.models import Clause, HubPage\n"
                "hub = HubPage.objects.live().get(locale__language_code='en')\n"
                "c = Clause.objects.filter(live=True, locale=hub.locale).first()\n"
                "print(hub.clause_url(c.identifier))",
            ],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        paths = [STATIC, "/en/", "/en/hub/", clause, "/ar/"]
        modes = [
            ("cached, local memory", {}),
            ("cached, Redis", {"REDIS_URL": redis.url}),
            (
                "page cache off (fragments warm), Redis",
                {"REDIS_URL": redis.url, "PAGE_CACHE_ENABLED": "false"},
            ),
        ]
        table = []
        for name, extra in modes:
            server = Server({**env, **extra})
            try:
                row = {}
                for path in paths:
                    status, header = x_cache(server.port, path)
                    rate, errors = wrk(server.port, path, args.seconds, args.connections)
                    row[path] = (rate, status, header, errors)
                table.append((name, row))
            finally:
                server.stop()
        print(
            f"\nwrk, {args.connections} connections x {args.seconds} s, gunicorn 2x4, "
            f"{os.cpu_count()} cores"
        )
        for name, row in table:
            static = row[STATIC][0]
            print(f"\n{name}")
            for path, (rate, status, header, errors) in row.items():
                share = f"{100 * rate / static:6.1f} %" if path != STATIC else "  100 %"
                note = f"HTTP {status}, X-Cache {header}" + (
                    f", {errors} non-2xx" if errors else ""
                )
                print(f"  {path[:48]:48} {rate:9.0f} req/s {share}   ({note})")
    finally:
        redis.stop()
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
