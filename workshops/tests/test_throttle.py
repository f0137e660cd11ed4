"""The tools' files (PDF, XLSX, CSV) take real work to make: one visitor may ask for only
TOOL_FILES_PER_MINUTE of them a minute (six anonymous checklist PDFs used to slow every page
down), then gets a 429 page that says when to try again, before any file is made."""

import json

import pytest

from workshops.tools.impact import results

pytestmark = pytest.mark.django_db


@pytest.fixture
def tools(tool):
    return (
        tool("co-governing-algorithmic-systems"),
        tool("data-rights-tool"),
        tool("digital-impact-framework"),
    )


def saved_result(dif):
    dimensions = results.dimensions_of(dif)
    return results.Result(results.timezone.localdate(), {d.id: 2 for d in dimensions}).to_json(
        dimensions
    )


def ask_for_files(client, tools, **extra):
    guide, drt, dif = tools
    return [
        client.post(f"{guide.url}checklist/", {"answer-1": "Yes", "format": "pdf"}, **extra),
        client.post(f"{drt.url}worksheet/", {"systems": "Rota app", "regime": "gdpr"}, **extra),
        client.post(f"{dif.url}result/pdf/", {"result": saved_result(dif)}, **extra),
    ]


def test_one_visitor_gets_so_many_files_a_minute_then_a_429(client, tools, settings):
    settings.TOOL_FILES_PER_MINUTE = 3
    guide, drt, dif = tools
    files = ask_for_files(client, tools)
    assert [r.status_code for r in files] == [200, 200, 200]
    assert [r["Content-Type"].split(";")[0] for r in files] == [
        "application/pdf",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "application/pdf",
    ]

    refused = ask_for_files(client, tools)
    for response in refused:
        assert response.status_code == 429
        assert response["Content-Type"].startswith("text/html")
        assert 1 <= int(response["Retry-After"]) <= 60
        assert "no-store" in response["Cache-Control"]
        page = response.content.decode()
        assert "You have made many requests in a short time. Please wait" in page
        assert '<html lang="en"' in page
    # A CSV of the checklist counts too.
    csv = client.post(f"{guide.url}checklist/", {"answer-1": "Yes", "format": "csv"})
    assert csv.status_code == 429

    # The forms still open, the small result file is not a generated document, and another
    # visitor is not held back.
    assert client.get(f"{guide.url}checklist/").status_code == 200
    assert client.post(f"{dif.url}result/file/", {"result": saved_result(dif)}).status_code == 200
    others = ask_for_files(client, tools, REMOTE_ADDR="198.51.100.9")
    assert [r.status_code for r in others] == [200, 200, 200]


def test_behind_trusted_proxies_each_visitor_has_their_own_allowance(client, tools, settings):
    settings.TOOL_FILES_PER_MINUTE = 1
    settings.TRUSTED_PROXY_COUNT = 1
    guide = tools[0]

    def post(visitor):
        return client.post(
            f"{guide.url}checklist/",
            {"answer-1": "Yes", "format": "csv"},
            REMOTE_ADDR="10.0.0.2",
            HTTP_X_FORWARDED_FOR=visitor,
        ).status_code

    assert [post("198.51.100.4"), post("198.51.100.4"), post("198.51.100.5")] == [200, 429, 200]


def test_the_throttle_can_be_turned_off(client, tools, settings):
    """RATELIMIT_ENABLED = False (or a limit of 0) turns it off, for load tests and the
    property-based test of every form."""
    settings.TOOL_FILES_PER_MINUTE = 1
    settings.RATELIMIT_ENABLED = False
    statuses = [r.status_code for _ in range(2) for r in ask_for_files(client, tools)]
    assert statuses == [200] * 6
    settings.RATELIMIT_ENABLED = True
    settings.TOOL_FILES_PER_MINUTE = 0
    statuses = [r.status_code for _ in range(2) for r in ask_for_files(client, tools)]
    assert statuses == [200] * 6


def test_a_json_result_is_parsed_only_within_the_allowance(client, tools, settings):
    """The throttle answers before any work: even an invalid result is not read."""
    settings.TOOL_FILES_PER_MINUTE = 1
    dif = tools[2]
    assert client.post(f"{dif.url}result/pdf/", {"result": "{}"}).status_code == 400
    response = client.post(f"{dif.url}result/pdf/", {"result": json.dumps({"x": 1})})
    assert response.status_code == 429
