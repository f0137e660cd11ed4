"""The Digital Impact Framework: the form, the result with its chart, the dated PDF, the result
file and the comparison, the other languages, and what the tool's addresses answer."""

import datetime
import json

import pytest
from django.utils import timezone

from ourdigitalfuture.core.demo import ensure_translations, get_home
from workshops.models import ToolIndexPage, ToolPage
from workshops.tools.impact import chart, results

from .helpers import answers, hidden, on_day, pdf_language, pdf_text, text, upload

pytestmark = pytest.mark.django_db

SLUG = "digital-impact-framework"


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
            field_id = f"{results.field_name(d)}-{level}"
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
        older = results.Result(timezone.localdate(), {d.id: 2 for d in dimensions})
    newer = results.Result(timezone.localdate(), {d.id: 4 for d in dimensions})
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
    del form[results.field_name(missing)]
    response = client.post(f"{dif.url}assess/", form)
    page = text(response)
    assert response.status_code == 400
    assert "There is a problem" in page
    assert "Choose one level, from 1 to 5, for every dimension." in page
    assert f'<a href="#dimension-3">{missing.title}: Choose a level for this dimension.</a>' in page
    # What the team had chosen is kept.
    first = dimensions[0]
    assert f'id="{results.field_name(first)}-1" value="1" required checked' in page


def test_downloads_need_post_and_other_tools_have_no_such_routes(client, dif, tool):
    assert client.get(f"{dif.url}result/pdf/").status_code == 405
    assert client.get(f"{dif.url}result/").status_code == 302
    checklist = tool("co-governing-algorithmic-systems")
    assert client.get(f"{checklist.url}assess/").status_code == 404
    assert client.get(f"{dif.url}checklist/").status_code == 404


def test_chart_mirrors_for_right_to_left(dimensions):
    result = results.Result(datetime.date(2025, 1, 1), {d.id: 2 for d in dimensions})
    rows = results.rows(dimensions, result)
    ltr, rtl = chart.chart(rows), chart.chart(rows, rtl=True)
    bar, mirrored = ltr["groups"][0]["bars"][0], rtl["groups"][0]["bars"][0]
    assert float(bar["x"]) == chart.CHART_MARGIN
    width = float(bar["width"])
    assert float(mirrored["x"]) + width == chart.CHART_WIDTH - chart.CHART_MARGIN
    assert [t["label"] for t in ltr["ticks"]] == [1, 2, 3, 4, 5]
    assert float(ltr["ticks"][0]["x"]) < float(ltr["ticks"][4]["x"])
    assert float(rtl["ticks"][0]["x"]) > float(rtl["ticks"][4]["x"])


def test_a_result_saved_in_english_opens_in_arabic(client, dif, dimensions):
    home = get_home()
    ensure_translations(home, ["ar"])
    ensure_translations(ToolIndexPage.objects.get(locale__language_code="en"), ["ar"])
    ensure_translations(dif, ["ar"])
    arabic = ToolPage.objects.get(slug=SLUG, locale__language_code="ar")
    assert [d.id for d in results.dimensions_of(arabic)] == [d.id for d in dimensions]
    saved = results.Result(datetime.date(2025, 6, 1), {d.id: 4 for d in dimensions})
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
