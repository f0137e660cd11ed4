"""Private by design: nothing a visitor enters in the tools reaches the database, a log or a file
on the server. A unique marker goes through every tool, valid and invalid, as form fields and in
uploaded files; then every row of every table, every SQL statement run, every log record at DEBUG
level from every logger, and the media folders are searched for it."""

import html
import json
import logging
import re
import uuid
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from workshops.tools.checklist import entries as checklist
from workshops.tools.impact import results

from .helpers import upload

pytestmark = pytest.mark.django_db

MARKER = f"PRIVATE-{uuid.uuid4().hex}"
# Letters the PDF fonts have no glyph for: a PDF library may list such characters in a warning.
NO_GLYPH = "\u6f22\u5b57"


@pytest.fixture
def every_log_record(caplog):
    """caplog's handler on every logger at DEBUG, including those that do not pass records on
    to the root logger (the site's "django" logger), and SQL statements logged too."""
    # Django's request, server and security loggers are named even if nothing created them yet.
    named = ["django.request", "django.server", "django.security", "django.template"]
    loggers = [logging.getLogger()] + [
        logging.getLogger(name) for name in {*named, *logging.root.manager.loggerDict}
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
    dimensions = results.dimensions_of(dif)
    levels = {results.field_name(d): "3" for d in dimensions}
    saved = json.loads(
        results.Result(results.timezone.localdate(), {d.id: 2 for d in dimensions}).to_json(
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
        client.post(f"{dif.url}assess/", levels | {results.field_name(dimensions[0]): MARKER}),
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


def error_paths(tool, settings):
    """Every way a tool or Django can refuse or stumble on what a visitor sends, with the marker
    in what the visitor types or uploads (never in the address: the tools take nothing from it,
    and a server's access log records addresses anyway): [(what, response, status)]. Errors are
    answered, not raised, as on a server: a 500 is logged with its traceback, and the worksheet
    once logged a system's name that way ("IllegalCharacterError: HR system …")."""
    client = Client(raise_request_exception=False)
    # The throttle on the tools' files is tried once, at the end.
    settings.RATELIMIT_ENABLED = False
    dif = tool("digital-impact-framework")
    dimensions = results.dimensions_of(dif)
    levels = {results.field_name(d): "3" for d in dimensions}
    valid = json.loads(
        results.Result(results.timezone.localdate(), {d.id: 2 for d in dimensions}).to_json(
            dimensions
        )
    )
    deep = "[" * 30000 + MARKER
    unknown = valid | {"levels": [{"dimension": MARKER, "title": MARKER, "level": 1}]}
    bad_level = valid | {"levels": [{"dimension": dimensions[0].id, "level": MARKER}]}
    long_number = json.dumps(valid | {"version": MARKER}).replace(MARKER, "9" * 5000)
    marked = json.dumps(valid | {"note": MARKER})
    big = MARKER * (results.MAX_FILE_BYTES // len(MARKER) + 1)
    paths = [
        # Malformed and oversize result files, as uploads and as the hidden copy.
        ("dif deep earlier_file", "assess/", levels | {"earlier_file": upload(MARKER, deep)}, 400),
        ("dif deep result_file", "result/", {"result_file": upload(f"{MARKER}.json", deep)}, 400),
        ("dif deep result", "result/", {"result": deep}, 400),
        ("dif deep pdf", "result/pdf/", {"result": deep, "earlier": marked}, 400),
        ("dif deep file", "result/file/", {"result": deep}, 400),
        ("dif large file", "assess/", levels | {"earlier_file": upload("r.json", big)}, 400),
        ("dif large hidden", "result/", {"result": big}, 400),
        ("dif other framework", "result/", {"result": json.dumps(unknown)}, 400),
        ("dif bad level", "result/pdf/", {"result": json.dumps(bad_level)}, 400),
        ("dif long number", "result/file/", {"result": long_number}, 400),
        ("dif extra field", "result/", {"result": marked}, 400),
        (
            "dif bad encoding",
            "result/",
            {"result_file": upload("r", b"\xff" + MARKER.encode())},
            400,
        ),
        (
            "dif nul level",
            "assess/",
            levels | {results.field_name(dimensions[0]): MARKER + "\0"},
            400,
        ),
    ]
    responses = [
        (what, client.post(dif.url + route, form), status) for what, route, form, status in paths
    ]
    responses += [
        ("dif put", client.put(f"{dif.url}assess/", MARKER), 405),
        ("dif get pdf", client.get(f"{dif.url}result/pdf/"), 405),
        ("dif unknown route", client.post(f"{dif.url}nothing-here/", {"notes": MARKER}), 404),
    ]

    guide = tool("co-governing-algorithmic-systems")
    head = "No.,Theme,Question,Answer,Assessment\n"
    files = [
        ("csv long number", f"{head}{'1' * 5000},t,q,{MARKER},\n".encode()),
        ("csv nul", f"{head}1,t,q,{MARKER}\0,\n".encode()),
        ("csv cp1252", f"{head}1,t,q,{MARKER} café,\n".encode("cp1252")),
        ("csv utf-16", f"{head}1,t,q,{MARKER},\n".encode("utf-16")),
        ("csv large field", f'{head}1,t,q,"{MARKER * 5000}",\n'.encode()),
        ("csv oversize", (head + f"1,t,q,{MARKER},\n" * 20000).encode()),
        ("csv bad assessment", f"{head}1,t,q,a,{MARKER}\n".encode()),
        ("csv binary", b"\x89PNG\r\n\x1a\n" + MARKER.encode() + bytes(range(256))),
        ("csv empty", b""),
    ]
    responses += [
        (what, client.post(f"{guide.url}checklist/load/", {"file": upload(MARKER, content)}), 400)
        for what, content in files
    ]
    responses += [
        (
            "checklist invalid characters",
            client.post(
                f"{guide.url}checklist/",
                {"answer-1": f"{MARKER}\0\x07\x0b{NO_GLYPH}\ufffe", "format": "pdf"},
            ),
            200,
        ),
        (
            "checklist bad format",
            client.post(f"{guide.url}checklist/", {"answer-1": MARKER, "format": MARKER}),
            400,
        ),
        (
            "checklist bad assessment",
            client.post(f"{guide.url}checklist/", {"assessment-1": MARKER, "format": "pdf"}),
            400,
        ),
    ]

    drt = tool("data-rights-tool")
    worksheet_url = f"{drt.url}worksheet/"
    responses += [
        (
            "worksheet invalid characters",
            client.post(worksheet_url, {"systems": f"HR system {MARKER}\0\x07\x0b{NO_GLYPH}"}),
            200,
        ),
        ("worksheet long system", client.post(worksheet_url, {"systems": MARKER * 10}), 400),
        ("worksheet bad regime", client.post(worksheet_url, {"regime": f"{MARKER}\0"}), 400),
        # Django's own refusals: a body too large, too many fields, no CSRF token.
        (
            "oversize body",
            client.post(worksheet_url, {"systems": MARKER * (3 * 1024 * 1024 // len(MARKER))}),
            400,
        ),
        (
            "too many fields",
            client.post(worksheet_url, {f"f{n}": MARKER for n in range(11_000)}),
            400,
        ),
        (
            "no csrf token",
            Client(enforce_csrf_checks=True).post(worksheet_url, {"systems": MARKER}),
            403,
        ),
    ]
    # Too many files in a minute: the second worksheet is refused before it is made.
    settings.RATELIMIT_ENABLED, settings.TOOL_FILES_PER_MINUTE = True, 1
    responses += [
        (f"throttled {n}", client.post(worksheet_url, {"systems": f"{MARKER}\0"}), status)
        for n, status in ((1, 200), (2, 429))
    ]
    return responses


def leaked(records):
    """The log records that carry the marker anywhere: message, arguments, traceback, extras."""
    formatter = logging.Formatter()
    found = []
    for record in records:
        text = " ".join([formatter.format(record), str(record.args), repr(vars(record))])
        if MARKER in text or NO_GLYPH[0] in text or "u6f22" in text:
            found.append((record.name, record.getMessage()[:200]))
    return found


def test_no_error_path_logs_or_stores_what_the_visitor_entered(
    tool, settings, every_log_record, capfd, recwarn
):
    with CaptureQueriesContext(connection) as queries:
        responses = error_paths(tool, settings)

    # The refusals were logged (as Django logs every 4xx), just without the visitor's words.
    records = every_log_record.records
    assert any(r.name == "django.request" and r.levelno == logging.WARNING for r in records)
    assert any(r.name.startswith("django.security") for r in records)
    assert leaked(records) == []
    assert MARKER not in every_log_record.text
    output = capfd.readouterr()
    assert MARKER not in output.out and MARKER not in output.err
    assert [str(w.message) for w in recwarn if MARKER in str(w.message)] == []

    assert [q["sql"] for q in queries if MARKER in q["sql"]] == []
    assert [table for table, row in every_row() if MARKER in row] == []
    folders = [settings.MEDIA_ROOT, settings.PRIVATE_MEDIA_ROOT]
    assert [p for p in files_under(*folders) if MARKER.encode() in p.read_bytes()] == []
    # Each path was taken as intended: refused with a 4xx, or (control characters) a document.
    assert [(what, r.status_code) for what, r, _ in responses] == [
        (what, status) for what, _, status in responses
    ]


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
