"""The Digital Impact Framework: the form, the result with its chart, the dated PDF, the result
file and the comparison, and clear 400s for anything invalid."""

import datetime
import html
import json
import re

import pytest
from django.utils import timezone

from home.demo import ensure_translations, get_home
from workshops import impact
from workshops.models import ToolIndexPage, ToolPage

from .helpers import pdf_language, pdf_text, upload

pytestmark = pytest.mark.django_db

SLUG = "digital-impact-framework"


@pytest.fixture
def dif(tool):
    return tool(SLUG)


@pytest.fixture
def dimensions(dif):
    return impact.dimensions_of(dif)


def answers(dimensions, shift=0):
    """A level for every dimension: 1, 2, 3, 4, 5, 1… (moved on by `shift`)."""
    return {
        impact.field_name(d): str((index + shift) % 5 + 1) for index, d in enumerate(dimensions)
    }


def hidden(page, name):
    """The value of a hidden field in a page's raw HTML."""
    match = re.search(rf'name="{name}" value="([^"]*)"', page)
    assert match, f"no hidden {name} field"
    return html.unescape(match.group(1))


def text(response):
    """A page's HTML with its entities decoded, to look for the content's own words."""
    return html.unescape(response.content.decode())


def on_day(monkeypatch, day):
    monkeypatch.setattr(timezone, "localdate", lambda *args, **kwargs: day)


def test_the_demo_has_eight_illustrative_dimensions_of_five_levels(dif, dimensions):
    assert dif.interactive == ToolPage.IMPACT_FRAMEWORK
    assert len(dimensions) == 8
    assert all(len(d.levels) == 5 for d in dimensions)
    assert all(d.levels[3][1] and not d.levels[4][1] for d in dimensions)
    assert "illustrative" in dif.interactive_intro


def test_the_tool_page_links_to_the_self_assessment(client, dif):
    html = client.get(dif.url).content.decode()
    assert f'href="{dif.url}assess/"' in html
    assert "8 dimensions, five levels each." in html


def test_form_is_a_plain_accessible_form(client, dif, dimensions):
    response = client.get(f"{dif.url}assess/")
    page = text(response)
    assert response.status_code == 200
    assert 'method="post"' in page and 'enctype="multipart/form-data"' in page
    assert page.count('<fieldset class="dimension') == 8
    assert page.count("<legend>") >= 9
    for d in dimensions:
        assert d.title in page
        for level in range(1, 6):
            field_id = f"{impact.field_name(d)}-{level}"
            assert f'id="{field_id}"' in page and f'for="{field_id}"' in page
    assert "Nothing you enter here is stored on this site's server" in page
    assert response["Cache-Control"] == "no-store, private"


def test_result_page_has_chart_table_and_next_level_guidance(client, dif, dimensions):
    response = client.post(f"{dif.url}assess/", answers(dimensions))
    page = text(response)
    assert response.status_code == 200
    today = timezone.localdate().isoformat()
    assert f'<time datetime="{today}">' in page
    assert page.count('class="bar--current"') == 8
    assert '<svg class="chart"' in page and 'role="img"' in page
    for index, d in enumerate(dimensions):
        level = index % 5 + 1
        assert f'<th scope="row">{d.title}</th>' in page
        assert d.level_text(level) in page
        if level < 5:
            assert d.next_level_text(level) in page
    assert "This is the highest level." in page
    assert f"Level on {today}" in page


def test_pdf_is_dated_and_gives_each_dimension_its_level(client, dif, dimensions):
    result = client.post(f"{dif.url}assess/", answers(dimensions)).content.decode()
    response = client.post(f"{dif.url}result/pdf/", {"result": hidden(result, "result")})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    today = timezone.localdate().isoformat()
    assert f'filename="{SLUG}-{today}.pdf"' in response["Content-Disposition"]
    document = pdf_text(response.content)
    assert today in document
    for index, d in enumerate(dimensions):
        level = index % 5 + 1
        assert d.title in document
        assert f"Level {level} of 5: {d.level_text(level)}" in document
    assert pdf_language(response.content) == "en"


def test_result_file_reloads_and_compares_both_dates(client, dif, dimensions, monkeypatch):
    earlier_day = datetime.date(2025, 3, 14)
    with monkeypatch.context() as m:
        on_day(m, earlier_day)
        first = client.post(f"{dif.url}assess/", answers(dimensions)).content.decode()
        saved = client.post(f"{dif.url}result/file/", {"result": hidden(first, "result")})
    assert saved["Content-Type"] == "application/json"
    assert 'filename="digital-impact-framework-2025-03-14.json"' in saved["Content-Disposition"]
    data = json.loads(saved.content)
    assert data["date"] == "2025-03-14"
    assert [entry["level"] for entry in data["levels"]] == [1, 2, 3, 4, 5, 1, 2, 3]

    # Months later the team retakes the framework and attaches the file it kept.
    form = answers(dimensions, shift=1) | {"earlier_file": upload("result.json", saved.content)}
    response = client.post(f"{dif.url}assess/", form)
    page = text(response)
    today = timezone.localdate().isoformat()
    assert response.status_code == 200
    assert "Level on 2025-03-14" in page and f"Level on {today}" in page
    assert page.count('class="bar--earlier"') == 8 and page.count('class="bar--current"') == 8
    assert '<text class="legend"' in page and "2025-03-14</text>" in page
    assert "+1</td>" in page and "-4</td>" in page

    raw = response.content.decode()
    pdf = client.post(
        f"{dif.url}result/pdf/",
        {"result": hidden(raw, "result"), "earlier": hidden(raw, "earlier")},
    )
    document = pdf_text(pdf.content)
    assert "2025-03-14" in document and today in document
    assert "Earlier result:" in document and "This result:" in document


def test_a_saved_result_opens_alone_or_against_another(client, dif, dimensions, monkeypatch):
    with monkeypatch.context() as m:
        on_day(m, datetime.date(2024, 11, 2))
        older = impact.Result(timezone.localdate(), {d.id: 2 for d in dimensions})
    newer = impact.Result(timezone.localdate(), {d.id: 4 for d in dimensions})
    alone = client.post(
        f"{dif.url}result/", {"result_file": upload("r.json", older.to_json(dimensions))}
    )
    assert alone.status_code == 200
    assert "Your result" in text(alone) and "2024-11-02" in text(alone)
    # The result page's compare form carries the newer result hidden, the older one as a file.
    both = client.post(
        f"{dif.url}result/",
        {
            "result": newer.to_json(dimensions),
            "earlier_file": upload("older.json", older.to_json(dimensions)),
        },
    )
    assert both.status_code == 200
    assert "Level on 2024-11-02" in text(both) and "+2</td>" in text(both)


def test_a_missing_dimension_gets_a_clear_message_and_400(client, dif, dimensions):
    form = answers(dimensions)
    missing = dimensions[2]
    del form[impact.field_name(missing)]
    response = client.post(f"{dif.url}assess/", form)
    page = text(response)
    assert response.status_code == 400
    assert "There is a problem" in page
    assert "Choose one level, from 1 to 5, for every dimension." in page
    assert f'<a href="#dimension-3">{missing.title}: Choose a level for this dimension.</a>' in page
    # What the team had chosen is kept.
    first = dimensions[0]
    assert f'id="{impact.field_name(first)}-1" value="1" required checked' in page


@pytest.mark.parametrize("level", ["9", "0", "²", "3.0", "three"])
def test_a_level_of_nine_gets_a_clear_message_and_400(client, dif, dimensions, level):
    form = answers(dimensions) | {impact.field_name(dimensions[0]): level}
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
    result = impact.Result(timezone.localdate(), {dimensions[0].id: 3})
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
    with pytest.raises(impact.ResultError) as error:
        impact.parse_result(valid_file(dimensions, **changes), dimensions)
    assert error.value.message == impact.FILE_UNREADABLE


@pytest.mark.parametrize("level", [0, 6, 9, "3", 3.0, True, None])
def test_levels_in_a_file_are_whole_numbers_from_1_to_5(dimensions, level):
    content = valid_file(dimensions).replace('"level": 3', json.dumps({"level": level})[1:-1], 1)
    with pytest.raises(impact.ResultError):
        impact.parse_result(content, dimensions)


def test_a_file_of_another_framework_or_too_large_is_refused(dimensions):
    other = valid_file(dimensions).replace(dimensions[0].id, "x").replace(dimensions[1].id, "y")
    other_dims = [d for d in dimensions if d.id not in (dimensions[0].id, dimensions[1].id)]
    with pytest.raises(impact.ResultError) as error:
        impact.parse_result(other, dimensions[:2])
    assert error.value.message == impact.FILE_OTHER_FRAMEWORK
    assert set(impact.parse_result(other, dimensions).levels) == {d.id for d in other_dims}
    with pytest.raises(impact.ResultError) as error:
        impact.parse_result(b" " * (impact.MAX_FILE_BYTES + 1), dimensions)
    assert error.value.message == impact.FILE_TOO_LARGE
    duplicate = json.loads(valid_file(dimensions))
    duplicate["levels"].append(duplicate["levels"][0])
    with pytest.raises(impact.ResultError):
        impact.parse_result(json.dumps(duplicate), dimensions)


def test_downloads_need_post_and_other_tools_have_no_such_routes(client, dif, tool):
    assert client.get(f"{dif.url}result/pdf/").status_code == 405
    assert client.get(f"{dif.url}result/").status_code == 302
    checklist = tool("co-governing-algorithmic-systems")
    assert client.get(f"{checklist.url}assess/").status_code == 404
    assert client.get(f"{dif.url}checklist/").status_code == 404


def test_chart_mirrors_for_right_to_left(dimensions):
    result = impact.Result(datetime.date(2025, 1, 1), {d.id: 2 for d in dimensions})
    rows = impact.rows(dimensions, result)
    ltr, rtl = impact.chart(rows), impact.chart(rows, rtl=True)
    bar, mirrored = ltr["groups"][0]["bars"][0], rtl["groups"][0]["bars"][0]
    assert float(bar["x"]) == impact.CHART_MARGIN
    width = float(bar["width"])
    assert float(mirrored["x"]) + width == impact.CHART_WIDTH - impact.CHART_MARGIN
    assert [t["label"] for t in ltr["ticks"]] == [1, 2, 3, 4, 5]
    assert float(ltr["ticks"][0]["x"]) < float(ltr["ticks"][4]["x"])
    assert float(rtl["ticks"][0]["x"]) > float(rtl["ticks"][4]["x"])


def test_a_result_saved_in_english_opens_in_arabic(client, dif, dimensions):
    home = get_home()
    ensure_translations(home, ["ar"])
    ensure_translations(ToolIndexPage.objects.get(locale__language_code="en"), ["ar"])
    ensure_translations(dif, ["ar"])
    arabic = ToolPage.objects.get(slug=SLUG, locale__language_code="ar")
    assert [d.id for d in impact.dimensions_of(arabic)] == [d.id for d in dimensions]
    saved = impact.Result(datetime.date(2025, 6, 1), {d.id: 4 for d in dimensions})
    response = client.post(
        f"{arabic.url}result/", {"result_file": upload("r.json", saved.to_json(dimensions))}
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert arabic.url.startswith("/ar/") and 'dir="rtl"' in page
    assert "chart--rtl" in page
    pdf = client.post(f"{arabic.url}result/pdf/", {"result": hidden(page, "result")})
    assert pdf_language(pdf.content) == "ar"
    assert "2025-06-01" in pdf_text(pdf.content)


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
    assert f'id="{impact.field_name(dimensions[0])}-1" value="1" required checked' in text(response)


def test_a_deeply_nested_result_file_gets_the_form_again_and_400(client, dif):
    response = client.post(f"{dif.url}result/", {"result_file": upload("r.json", DEEPLY_NESTED)})
    assert_form_again_with_file_error(response)


def test_a_deeply_nested_hidden_result_gets_the_form_again_and_400(client, dif):
    assert_form_again_with_file_error(client.post(f"{dif.url}result/", {"result": DEEPLY_NESTED}))


@pytest.mark.parametrize("field", ["result", "earlier"])
def test_a_deeply_nested_result_gets_no_pdf_but_the_form_again_and_400(
    client, dif, dimensions, field
):
    valid = impact.Result(timezone.localdate(), {d.id: 3 for d in dimensions}).to_json(dimensions)
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
    with pytest.raises(impact.ResultError) as error:
        impact.parse_result(content, dimensions)
    assert error.value.message == impact.FILE_UNREADABLE


def test_brackets_inside_the_titles_of_a_file_do_not_count_as_nesting(dimensions):
    data = json.loads(valid_file(dimensions))
    data["levels"][0]["title"] = '[[[[{{{{ "quoted" \\ ]]]'
    result = impact.parse_result(json.dumps(data), dimensions)
    assert result.levels[dimensions[0].id] == 3


def test_control_characters_in_a_files_titles_still_make_a_pdf(client, dif, dimensions):
    data = json.loads(valid_file(dimensions))
    for entry, character in zip(data["levels"], ["\x00", "\x07", "\x0b"], strict=False):
        entry["title"] = f"HR{character}system"
    response = client.post(f"{dif.url}result/pdf/", {"result": json.dumps(data)})
    assert response.status_code == 200
    assert "Level 3 of 5" in pdf_text(response.content)
