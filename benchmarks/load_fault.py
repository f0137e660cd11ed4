"""Load and faults together (a benchmark, not a test).

    .venv/bin/python benchmarks/load_fault.py [--seconds 120] [--clients 8]

Serves the site as production does — gunicorn (2 workers x 4 threads) with
`ourdigitalfuture.settings.production`, a scratch PostgreSQL server, Redis, an Elasticsearch node
and the e-mail worker (`manage.py email_worker`) — and sends it a mixed workload from `--clients`
concurrent clients: pages in several languages, clause searches, clause submissions (each with
its form's CSRF token) and tool PDFs. Meanwhile, faults:

- from 15 s, the SMTP server hangs for 60 s: it accepts connections and never answers;
- from 30 s, Elasticsearch is stopped; at 60 s it is started again (same data, same port).

Limits are raised through their settings for the run (the throttles would otherwise answer most
requests with 429, which are counted apart anyway). At the end it waits for the e-mail queue to
drain and prints the requests, errors by status, p50/p95 per kind, and the submissions stored
against the 303s answered, and the notifications delivered. Goal: no 5xx, no lost submission.

Needs Debian's postgresql and redis-server, Java and Maven (tests/es_node.py). Everything listens
on loopback only; everything it starts is stopped at the end.
"""

import argparse
import collections
import http.client
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.search_bench import Server, free_port, percentile  # noqa: E402
from benchmarks.services import SMTP, Postgres, Redis, manage, site_env  # noqa: E402
from tests.es_node import ElasticsearchNode  # noqa: E402

LOGS = Path(tempfile.gettempdir()) / "odf-load-logs"

SEARCHES = [
    "/en/hub/database/?q=surveillance",
    "/en/hub/database/?q=algorithm&type=agreement_clause",
    "/fr/hub/database/?q=donn%C3%A9es",
    "/es/hub/database/?q=datos",
    "/en/search/?q=data",
    "/en/search/suggest/?q=gps",
    "/ar/search/?q=data",
]


# Clients --------------------------------------------------------------------------------------


class Browser:
    """One visitor: a keep-alive connection and a cookie jar (for CSRF)."""

    def __init__(self, port):
        self.port = port
        self.connection = None
        self.cookies = {}

    def request(self, method, path, fields=None):
        headers = {"Host": "127.0.0.1", "X-Forwarded-Proto": "https"}
        body = None
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        if fields is not None:
            body = urlencode(fields)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["Referer"] = f"https://127.0.0.1{path}"
        for attempt in (1, 2):
            if self.connection is None:
                self.connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=90)
            try:
                self.connection.request(method, path, body=body, headers=headers)
                response = self.connection.getresponse()
                content = response.read()
                break
            except (http.client.HTTPException, OSError):
                self.connection.close()
                self.connection = None
                if attempt == 2:
                    return 599, b""
        for header, value in response.getheaders():
            if header.lower() == "set-cookie":
                name, _, rest = value.partition("=")
                self.cookies[name] = rest.split(";", 1)[0]
        return response.status, content

    def csrf(self, path):
        status, content = self.request("GET", path)
        match = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', content)
        return match.group(1).decode() if match else ""


def workload(site):
    """(kind, function(browser) -> status) pairs, weighted."""

    def page(browser):
        return browser.request("GET", random.choice(site["pages"]))[0]

    def search(browser):
        return browser.request("GET", random.choice(SEARCHES))[0]

    def submit(browser):
        path = site["submit"]
        token = browser.csrf(path)
        serial = random.randrange(10**9)
        fields = {
            "csrfmiddlewaretoken": token,
            "text": f"Load test clause {serial}: the employer consults the union before "
            "introducing any monitoring system.",
            "title": f"Load test {serial}",
            # What the moderators need to file it: without these the form answers 400.
            "clause_language": "en",
            "clause_type": "agreement_clause",
            "union_name": "Load test union",
            "source_url": f"https://example.org/agreements/{serial}",
            "submitter_name": "Load Tester",
            "submitter_email": "load@example.org",
        }
        return browser.request("POST", path, fields)[0]

    def pdf(browser):
        path = site["checklist"]
        token = browser.csrf(path)
        fields = {"csrfmiddlewaretoken": token, "format": "pdf", "answer-1": "Load test"}
        return browser.request("POST", path, fields)[0]

    return [("page", page, 5), ("search", search, 3), ("submit", submit, 1), ("pdf", pdf, 1)]


def run_clients(port, site, seconds, clients):
    kinds = workload(site)
    choices = [(kind, fn) for kind, fn, weight in kinds for _ in range(weight)]
    results = []  # (kind, status, seconds)
    lock = threading.Lock()
    deadline = time.monotonic() + seconds

    def client():
        browser = Browser(port)
        while time.monotonic() < deadline:
            kind, fn = random.choice(choices)
            started = time.perf_counter()
            status = fn(browser)
            elapsed = time.perf_counter() - started
            with lock:
                results.append((kind, status, elapsed))

    threads = [threading.Thread(target=client) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def faults(smtp, node_holder, start_node, log):
    started = time.monotonic()

    def at(second):
        time.sleep(max(0, started + second - time.monotonic()))

    at(15)
    log("SMTP hangs")
    smtp.hanging.set()
    at(30)
    log("Elasticsearch stopped")
    node_holder[0].stop()
    at(60)
    log("Elasticsearch starting again")
    node_holder[0] = start_node()
    log("Elasticsearch is back")
    at(75)
    log("SMTP answers again")
    smtp.recover()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=int, default=120)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--drain", type=int, default=120, help="max seconds to wait for e-mail")
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="odf-load-"))
    workdir.chmod(0o755)  # PostgreSQL's own user keeps its data directory in here
    t0 = time.monotonic()

    def log(message):
        print(f"[{time.monotonic() - t0:6.1f}s] {message}", flush=True)

    services = []
    try:
        pg = Postgres(workdir).start()
        services.append(pg)
        redis = Redis().start()
        services.append(redis)
        smtp = SMTP().start()
        services.append(smtp)
        es_port = free_port()
        es_data = workdir / "es"

        def start_node():
            return ElasticsearchNode(heap="512m", port=es_port, base_dir=es_data).start()

        node_holder = [start_node()]
        log(f"PostgreSQL :{pg.port}, Redis :{redis.port}, SMTP :{smtp.port}, ES :{es_port}")
        env = site_env(
            workdir,
            "ourdigitalfuture.settings.production",
            "load-test-only-",
            DATABASE_URL=pg.url,
            REDIS_URL=redis.url,
            ELASTICSEARCH_URL=f"http://127.0.0.1:{es_port}",
            ELASTICSEARCH_INDEX_PREFIX="load_",
            EMAIL_HOST="127.0.0.1",
            EMAIL_PORT=str(smtp.port),
            EMAIL_TIMEOUT="5",
            HUB_MODERATOR_EMAILS="moderators@example.org",
            # Limits raised for the run: this measures errors and losses, not the throttles.
            HUB_SUBMISSIONS_PER_HOUR="1000000",
            TOOL_FILES_PER_MINUTE="1000000",
            SEARCHES_PER_MINUTE="1000000",
            SUGGESTIONS_PER_MINUTE="1000000",
        )

        log("migrate, demo content, static files, index")
        manage(env, "migrate", "--noinput", "-v0")
        manage(env, "compile_translations")
        manage(env, "load_demo_content")
        manage(env, "collectstatic", "--noinput", "-v0")
        manage(env, "update_index", "-v0")

        os.environ.update(env)
        import django

        django.setup()
        from wagtail.models import Page

        from clauses.models import ClauseSubmission, HubPage
        from workshops.models import ToolPage

        pages = [
            p.url
            for p in Page.objects.live().filter(depth__gte=2).specific()
            if p.url and p.url.startswith("/")
        ]
        hub = HubPage.objects.live().get(locale__language_code="en")
        guide = ToolPage.objects.get(
            slug="co-governing-algorithmic-systems", locale__language_code="en"
        )
        site = {
            "pages": pages,
            "submit": f"{hub.url}submit/",
            "checklist": f"{guide.url}checklist/",
        }
        stored_before = ClauseSubmission.objects.count()

        # The servers' own logs (the fallbacks' and retries' warnings) go to files, kept after
        # the run; the table below is what this script prints.
        LOGS.mkdir(exist_ok=True)
        server_log = open(LOGS / "gunicorn.log", "wb")  # noqa: SIM115 - open for the whole run
        worker_log = open(LOGS / "email_worker.log", "wb")  # noqa: SIM115
        server = Server(env, log_file=server_log)
        services.append(server)
        worker = subprocess.Popen(
            [sys.executable, "manage.py", "email_worker"],
            cwd=ROOT,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=worker_log,
            stderr=subprocess.STDOUT,
        )
        log(
            f"gunicorn :{server.port} and the e-mail worker are up; {len(pages)} pages; "
            f"{args.clients} clients for {args.seconds}s"
        )
        fault_thread = threading.Thread(
            target=faults, args=(smtp, node_holder, start_node, log), daemon=True
        )
        fault_thread.start()
        results = run_clients(server.port, site, args.seconds, args.clients)
        fault_thread.join()
        log("load over; waiting for the e-mail queue to drain")

        answered_303 = sum(1 for kind, status, _ in results if kind == "submit" and status == 303)
        stored = ClauseSubmission.objects.count() - stored_before
        deadline = time.monotonic() + args.drain
        while time.monotonic() < deadline and len(smtp.messages) < stored:
            time.sleep(1)
        worker.terminate()
        worker.wait(30)
        node_holder[0].stop()
    finally:
        for service in reversed(services):
            try:
                service.stop()
            except Exception as error:  # noqa: BLE001 - report and go on stopping the rest
                print(f"stopping {service!r}: {error}")
        shutil.rmtree(workdir, ignore_errors=True)

    report(results, answered_303, stored, smtp.messages)
    print(f"server and worker logs: {LOGS}")


def report(results, answered_303, stored, messages):
    print()
    print(f"requests: {len(results)}")
    by_status = collections.Counter(status for _, status, _ in results)
    print("by status: " + ", ".join(f"{s}: {n}" for s, n in sorted(by_status.items())))
    five = sum(n for s, n in by_status.items() if s >= 500)
    print(
        f"5xx (599 = connection failed): {five};  429 (throttled, counted apart): "
        f"{by_status.get(429, 0)}"
    )
    print()
    print("kind    |     n | p50 ms | p95 ms | statuses")
    kinds = collections.defaultdict(list)
    for kind, status, elapsed in results:
        kinds[kind].append((status, elapsed))
    for kind, rows in sorted(kinds.items()):
        latencies = [elapsed for _, elapsed in rows]
        statuses = collections.Counter(status for status, _ in rows)
        print(
            f"{kind:<7} | {len(rows):>5} | {percentile(latencies, 0.5) * 1000:>6.0f} | "
            f"{percentile(latencies, 0.95) * 1000:>6.0f} | "
            + ", ".join(f"{s}: {n}" for s, n in sorted(statuses.items()))
        )
    print()
    ids = [message_id for message_id, _ in messages]
    print(
        f"submissions: {answered_303} answered 303, {stored} stored "
        f"({'none lost' if stored >= answered_303 else 'LOST: ' + str(answered_303 - stored)})"
    )
    print(
        f"notifications delivered: {len(messages)} messages, {len(set(ids))} distinct "
        f"Message-IDs, for {stored} submissions"
    )


if __name__ == "__main__":
    main()
