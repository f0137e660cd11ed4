"""The Digital Impact Framework refuses what it cannot use with a clear message and a 400, never a
server error: missing or invalid levels, result files that are corrupted, tampered with, of
another framework, too large or built to exhaust the parser."""

import datetime
import json

import pytest
from django.utils import timezone

from ourdigitalfuture.core.demo import ensure_translations, get_home
from workshops.models import ToolIndexPage, ToolPage
from workshops.tools.impact import results

from .helpers import answers, pdf_text, text, upload

pytestmark = pytest.mark.django_db

SLUG = "digital-impact-framework"


@pytest.mark.parametrize("level", ["9", "0", "²", "3.0", "three"])
def test_a_level_of_nine_gets_a_clear_message_and_400(client, dif, dimensions, level):
    form = answers(dimensions) | {results.field_name(dimensions[0]): level}
    response = client.post(f"{dif.url}assess/", form)
    assert response.status_code == 400
    assert "Choose one of the levels 1 to 5." in text(response)


@pytest.mark.parametrize(
    "content",
    [
        b"\x89PNG\r\n\x1a\n not a result",
        b"{not json",
        b"[]",
        b'{"tool": "digital-impact-framework", "version": 1, "date": "2025-01-01"}',
    ],
)
def test_a_corrupted_result_file_gets_a_clear_message_and_400(client, dif, dimensions, content):
    form = answers(dimensions) | {"earlier_file": upload("result.json", content)}
    response = client.post(f"{dif.url}assess/", form)
    assert response.status_code == 400
    assert "This file is not a result saved from this framework" in text(response)
    opened = client.post(f"{dif.url}result/", {"result_file": upload("result.json", content)})
    assert opened.status_code == 400
    assert "This file is not a result saved from this framework" in text(opened)


def test_a_tampered_hidden_result_is_refused_with_400(client, dif, dimensions):
    result = results.Result(timezone.localdate(), {dimensions[0].id: 3})
    tampered = result.to_json(dimensions).replace('"level": 3', '"level": 9')
    for route in ("result/pdf/", "result/file/", "result/"):
        response = client.post(f"{dif.url}{route}", {"result": tampered})
        assert response.status_code == 400, route
    assert client.post(f"{dif.url}result/pdf/", {}).status_code == 400


def valid_file(dimensions, **changes):
    data = {
        "tool": "digital-impact-framework",
        "version": 1,
        "date": "2025-01-31",
        "levels": [{"dimension": d.id, "title": d.title, "level": 3} for d in dimensions],
    }
    data.update(changes)
    return json.dumps(data)


@pytest.mark.parametrize(
    "changes",
    [
        {"tool": "something-else"},
        {"version": 2},
        {"date": "2025-02-30"},
        {"date": "31/01/2025"},
        {"date": "1999-12-31"},
        {"date": (datetime.date.today() + datetime.timedelta(days=30)).isoformat()},
        {"levels": []},
        {"levels": "3"},
        {"extra": "field"},
    ],
)
def test_result_files_are_checked_strictly(dimensions, changes):
    with pytest.raises(results.ResultError) as error:
        results.parse_result(valid_file(dimensions, **changes), dimensions)
    assert error.value.message == results.FILE_UNREADABLE


@pytest.mark.parametrize("level", [0, 6, 9, "3", 3.0, True, None])
def test_levels_in_a_file_are_whole_numbers_from_1_to_5(dimensions, level):
    content = valid_file(dimensions).replace('"level": 3', json.dumps({"level": level})[1:-1], 1)
    with pytest.raises(results.ResultError):
        results.parse_result(content, dimensions)


def test_a_file_of_another_framework_or_too_large_is_refused(dimensions):
    other = valid_file(dimensions).replace(dimensions[0].id, "x").replace(dimensions[1].id, "y")
    other_dims = [d for d in dimensions if d.id not in (dimensions[0].id, dimensions[1].id)]
    with pytest.raises(results.ResultError) as error:
        results.parse_result(other, dimensions[:2])
    assert error.value.message == results.FILE_OTHER_FRAMEWORK
    assert set(results.parse_result(other, dimensions).levels) == {d.id for d in other_dims}
    with pytest.raises(results.ResultError) as error:
        results.parse_result(b" " * (results.MAX_FILE_BYTES + 1), dimensions)
    assert error.value.message == results.FILE_TOO_LARGE
    duplicate = json.loads(valid_file(dimensions))
    duplicate["levels"].append(duplicate["levels"][0])
    with pytest.raises(results.ResultError):
        results.parse_result(json.dumps(duplicate), dimensions)


# Hostile result files: never a server error ---------------------------------------------------

# 30,000 "[" (under the 32 KB limit): the JSON parser recursed until Python's stack ran out.
DEEPLY_NESTED = "[" * 30000


def assert_form_again_with_file_error(response):
    assert response.status_code == 400
    page = text(response)
    assert "This file is not a result saved from this framework" in page
    assert page.count('<fieldset class="dimension') == 8


def test_a_deeply_nested_earlier_file_gets_the_form_again_and_400(client, dif, dimensions):
    form = answers(dimensions) | {"earlier_file": upload("result.json", DEEPLY_NESTED)}
    response = client.post(f"{dif.url}assess/", form)
    assert_form_again_with_file_error(response)
    # What the team had chosen is kept.
    first = results.field_name(dimensions[0])
    assert f'id="{first}-1" value="1" required checked' in text(response)


def test_a_deeply_nested_result_file_gets_the_form_again_and_400(client, dif):
    response = client.post(f"{dif.url}result/", {"result_file": upload("r.json", DEEPLY_NESTED)})
    assert_form_again_with_file_error(response)


def test_a_deeply_nested_hidden_result_gets_the_form_again_and_400(client, dif):
    assert_form_again_with_file_error(client.post(f"{dif.url}result/", {"result": DEEPLY_NESTED}))


@pytest.mark.parametrize("field", ["result", "earlier"])
def test_a_deeply_nested_result_gets_no_pdf_but_the_form_again_and_400(
    client, dif, dimensions, field
):
    valid = results.Result(timezone.localdate(), {d.id: 3 for d in dimensions}).to_json(dimensions)
    form = {"result": valid, "earlier": valid} | {field: DEEPLY_NESTED}
    response = client.post(f"{dif.url}result/pdf/", form)
    assert_form_again_with_file_error(response)
    assert response["Content-Type"].startswith("text/html")


def test_a_deeply_nested_file_is_refused_in_the_visitors_language(client, dif):
    home = get_home()
    ensure_translations(home, ["fr"])
    ensure_translations(ToolIndexPage.objects.get(locale__language_code="en"), ["fr"])
    ensure_translations(dif, ["fr"])
    french = ToolPage.objects.get(slug=SLUG, locale__language_code="fr")
    response = client.post(f"{french.url}result/", {"result_file": upload("r.json", DEEPLY_NESTED)})
    assert response.status_code == 400
    assert "Ce fichier n’est pas un résultat enregistré depuis ce cadre" in text(response)


@pytest.mark.parametrize(
    "content",
    [
        DEEPLY_NESTED,
        '{"levels": ' + "[" * 5000 + "]" * 5000 + "}",
        '{"a": ' * 3000 + "1" + "}" * 3000,
        '{"a": ' * 5000,
        # A number too long for int() to convert.
        '{"tool": "digital-impact-framework", "version": 1' + "0" * 5000 + "}",
        '{"tool": ' + "9" * 5000 + "}",
        # Many escaped quotes: one opening quote that never closes.
        '"' + '\\"' * 16000,
        "\ufeff\ufeff{}",
        "\x00" * 1000,
        "",
    ],
    ids=[
        "30000-brackets",
        "nested-lists",
        "nested-objects",
        "unclosed-objects",
        "long-version",
        "long-number",
        "escaped-quotes",
        "two-byte-order-marks",
        "nul-bytes",
        "empty",
    ],
)
def test_hostile_result_files_are_refused_as_unreadable(dimensions, content):
    with pytest.raises(results.ResultError) as error:
        results.parse_result(content, dimensions)
    assert error.value.message == results.FILE_UNREADABLE


def test_brackets_inside_the_titles_of_a_file_do_not_count_as_nesting(dimensions):
    data = json.loads(valid_file(dimensions))
    data["levels"][0]["title"] = '[[[[{{{{ "quoted" \\ ]]]'
    result = results.parse_result(json.dumps(data), dimensions)
    assert result.levels[dimensions[0].id] == 3


def test_control_characters_in_a_files_titles_still_make_a_pdf(client, dif, dimensions):
    data = json.loads(valid_file(dimensions))
    for entry, character in zip(data["levels"], ["\x00", "\x07", "\x0b"], strict=False):
        entry["title"] = f"HR{character}system"
    response = client.post(f"{dif.url}result/pdf/", {"result": json.dumps(data)})
    assert response.status_code == 200
    assert "Level 3 of 5" in pdf_text(response.content)
