"""Private by design: nothing a visitor enters in the tools reaches the database, a log or a file
on the server. A unique marker goes through every tool, valid and invalid, as form fields and in
uploaded files; then every row of every table, every SQL statement run, every log record at DEBUG
level from every logger, and the media folders are searched for it."""

import html
import json
import logging
import uuid
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext

from workshops import checklist, impact

from .helpers import upload

pytestmark = pytest.mark.django_db

MARKER = f"PRIVATE-{uuid.uuid4().hex}"


@pytest.fixture
def every_log_record(caplog):
    """caplog's handler on every logger at DEBUG, including those that do not pass records on
    to the root logger (the site's "django" logger), and SQL statements logged too."""
    loggers = [logging.getLogger()] + [
        logging.getLogger(name) for name in list(logging.root.manager.loggerDict)
    ]
    saved = [(logger, logger.level, logger.propagate, logger.disabled) for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.DEBUG)
        logger.disabled = False
        if not logger.propagate:
            logger.addHandler(caplog.handler)
    caplog.handler.setLevel(logging.DEBUG)
    connection.force_debug_cursor = True
    yield caplog
    connection.force_debug_cursor = False
    for logger, level, propagate, disabled in saved:
        logger.setLevel(level)
        logger.propagate = propagate
        logger.disabled = disabled
        if caplog.handler in logger.handlers:
            logger.removeHandler(caplog.handler)


def every_row():
    """Every row of every table, as text."""
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names(cursor):
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")
            for row in cursor.fetchall():
                yield table, " ".join(str(value) for value in row)


def files_under(*folders):
    for folder in folders:
        for path in Path(folder).rglob("*"):
            if path.is_file():
                yield path


def use_every_tool(client, tool):
    """Every tool, with the marker in what the visitor types and uploads; returns the responses."""
    responses = []
    dif = tool("digital-impact-framework")
    dimensions = impact.dimensions_of(dif)
    levels = {impact.field_name(d): "3" for d in dimensions}
    saved = json.loads(
        impact.Result(impact.timezone.localdate(), {d.id: 2 for d in dimensions}).to_json(
            dimensions
        )
    )
    saved["levels"][0]["title"] = MARKER
    saved_file = json.dumps(saved)
    responses += [
        client.post(
            f"{dif.url}assess/",
            levels | {"notes": MARKER, "earlier_file": upload(f"{MARKER}.json", saved_file)},
        ),
        client.post(
            f"{dif.url}result/", {"result_file": upload("r.json", saved_file), "notes": MARKER}
        ),
        client.post(f"{dif.url}result/pdf/", {"result": saved_file, "earlier": saved_file}),
        client.post(f"{dif.url}result/file/", {"result": saved_file}),
        # Invalid input, which is answered with a 400 (and so logged as a bad request).
        client.post(f"{dif.url}assess/", levels | {impact.field_name(dimensions[0]): MARKER}),
        client.post(f"{dif.url}result/", {"result": MARKER}),
        client.post(f"{dif.url}assess/", levels | {"earlier_file": upload("x.json", MARKER)}),
    ]
    guide = tool("co-governing-algorithmic-systems")
    answers = {f"answer-{n}": f"{MARKER} answer {n}" for n in range(1, 20)}
    csv_response = client.post(f"{guide.url}checklist/", answers | {"format": "csv"})
    responses += [
        client.post(f"{guide.url}checklist/", answers | {"format": "pdf"}),
        csv_response,
        client.post(f"{guide.url}checklist/load/", {"file": upload("c.csv", csv_response.content)}),
        client.post(f"{guide.url}checklist/", {"answer-1": MARKER * 200, "format": "pdf"}),
        client.post(
            f"{guide.url}checklist/load/", {"file": upload("c.csv", f"{MARKER}\n{MARKER}")}
        ),
    ]
    drt = tool("data-rights-tool")
    responses += [
        client.post(f"{drt.url}worksheet/", {"systems": f"{MARKER}\nRota app", "regime": "gdpr"}),
        client.post(f"{drt.url}worksheet/", {"systems": "\n".join([MARKER] * 60)}),
        client.post(f"{drt.url}worksheet/", {"regime": MARKER}),
    ]
    return responses


def test_nothing_entered_reaches_the_database_the_log_or_a_file(client, tool, every_log_record):
    with CaptureQueriesContext(connection) as queries:
        responses = use_every_tool(client, tool)

    statuses = [r.status_code for r in responses]
    assert statuses == [200, 200, 200, 200, 400, 400, 400, 200, 200, 200, 400, 400, 200, 400, 400]
    # The tools did hand the visitor's words back: in the downloaded CSV, for instance.
    assert MARKER.encode() in responses[8].content

    assert len(queries) > 0
    assert [q["sql"] for q in queries if MARKER in q["sql"]] == []
    assert [table for table, row in every_row() if MARKER in row] == []

    records = every_log_record.records
    assert any(r.name == "django.db.backends" for r in records), "SQL logging was captured"
    assert any(r.name == "django.request" and r.levelno == logging.WARNING for r in records)
    leaked = [r for r in records if MARKER in r.getMessage() or MARKER in str(r.args)]
    assert leaked == []
    assert MARKER not in every_log_record.text

    folders = [settings.MEDIA_ROOT, settings.PRIVATE_MEDIA_ROOT]
    assert [p for p in files_under(*folders) if MARKER.encode() in p.read_bytes()] == []


def test_every_tool_response_tells_caches_not_to_keep_it(client, tool):
    for response in use_every_tool(client, tool):
        assert response["Cache-Control"] == "no-store, private"


def test_the_privacy_statement_is_on_every_interactive_page(client, tool):
    pages = [
        ("digital-impact-framework", "assess/"),
        ("co-governing-algorithmic-systems", "checklist/"),
        ("data-rights-tool", "steps/"),
    ]
    for slug, route in pages:
        page = html.unescape(client.get(tool(slug).url + route).content.decode())
        assert "Private by design." in page, slug
        assert "is stored on this site's server or written to its logs" in page, slug


def test_no_third_party_scripts_or_styles(client, tool):
    import re

    for slug, route in [
        ("digital-impact-framework", "assess/"),
        ("co-governing-algorithmic-systems", "checklist/"),
        ("data-rights-tool", "steps/"),
        ("data-lifecycle-at-work", "print/"),
    ]:
        page = client.get(tool(slug).url + route).content.decode()
        sources = re.findall(r'<(?:script|link rel="stylesheet")[^>]+(?:src|href)="([^"]+)"', page)
        assert sources and all(s.startswith("/") for s in sources), sources
    assert checklist.MAX_ANSWER_LENGTH
