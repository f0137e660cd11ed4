"""The Digital Impact Framework's goals (steps 4–5 of the facilitator's guide): after the result
the team chooses one or two dimensions and sets, for each, a goal and milestones with the person
responsible and the date; they go into the dated PDF and the result file, and come back beside
the comparison when the file is loaded for a retake. Nothing is stored on the server."""

import datetime
import json

import pytest
from django.apps import apps
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from ourdigitalfuture.core.demo import ensure_translations, get_home
from workshops.models import ToolIndexPage, ToolPage
from workshops.tools.impact import goals, results

from .arabic_pdf import unshaped_words
from .helpers import answers, hidden, on_day, pdf_language, pdf_text, text, upload

pytestmark = pytest.mark.django_db

SLUG = "digital-impact-framework"
GOAL = "Every branch keeps members' data in one secure system"
MILESTONES = [
    ("Audit where members' data is kept", "Amina Diallo", "2025-09-30"),
    ("Choose the system with the executive", "Jorge Pérez", "2025-12-15"),
]
SECOND_GOAL = "Two organisers run an online campaign each quarter"


def goal_fields(dimension, goal=GOAL, milestones=MILESTONES):
    fields = {goals.field("goal", dimension.id): goal}
    for row, (milestone, responsible, date) in enumerate(milestones, start=1):
        fields[goals.field("milestone", dimension.id, row)] = milestone
        fields[goals.field("responsible", dimension.id, row)] = responsible
        fields[goals.field("date", dimension.id, row)] = date
    return fields


def goals_form(page_html, chosen, **fields):
    """The goals form as the result page sends it: its hidden result copies, the chosen
    dimensions and their fields."""
    form = {"result": hidden(page_html, "result"), goals.CHOSEN: [d.id for d in chosen]}
    if 'name="earlier"' in page_html:
        form["earlier"] = hidden(page_html, "earlier")
    return form | fields


def result_page(client, dif, dimensions, shift=0, **extra):
    return client.post(f"{dif.url}assess/", answers(dimensions, shift) | extra).content.decode()


def set_goals(client, dif, dimensions):
    """A result with goals set on the first dimension (two milestones) and the fifth."""
    page = result_page(client, dif, dimensions)
    form = goals_form(
        page,
        [dimensions[0], dimensions[4]],
        **goal_fields(dimensions[0]),
        **goal_fields(dimensions[4], SECOND_GOAL, [("First campaign", "Li Wei", "2026-01-31")]),
    )
    return client.post(f"{dif.url}result/goals/", form)


def test_the_result_page_offers_the_goals_step(client, dif, dimensions):
    response = client.post(f"{dif.url}assess/", answers(dimensions))
    page = text(response)
    assert 'id="goals"' in page and "Goals and milestones" in page
    assert f'action="{dif.url}result/goals/#goals"' in page
    assert page.count('type="checkbox" name="goal-dimension"') == 8
    for d in dimensions:
        assert f'<label for="{goals.field("goal", d.id)}">Goal</label>' in page
        assert f'name="{goals.field("date", d.id, 3)}"' in page
        assert f'name="{goals.field("milestone", d.id, 4)}"' not in page
    assert "Choose one or two dimensions to work on over the next months." in page


@pytest.mark.parametrize("chosen", [0, 3], ids=["none", "three"])
def test_goals_need_one_or_two_dimensions(client, dif, dimensions, chosen):
    page = result_page(client, dif, dimensions)
    fields = {}
    for d in dimensions[:chosen]:
        fields |= goal_fields(d)
    response = client.post(
        f"{dif.url}result/goals/", goals_form(page, dimensions[:chosen], **fields)
    )
    html = text(response)
    assert response.status_code == 400
    assert response["Cache-Control"] == "no-store, private"
    message = {
        0: "Choose one or two dimensions to work on.",
        3: "Choose at most two dimensions: one or two at a time.",
    }[chosen]
    assert f'<a href="#goal-dimensions">{message}</a>' in html
    assert f'<p class="error-message" id="goal-dimensions-error">{message}</p>' in html
    # The result is still there, and what the team typed is kept.
    assert html.count('class="bar--current"') == 8
    if chosen:
        assert html.count(f">{GOAL}</textarea>") == 3
        assert html.count('name="goal-dimension" value=') == 8 and html.count(" checked>") == 3


@pytest.mark.parametrize(
    ("date", "message"),
    [
        ("2025-02-30", "Enter a real date as year-month-day, for example 2025-09-30."),
        ("30/09/2025", goals.BAD_DATE),
        ("next spring", goals.BAD_DATE),
        ("1999-12-31", goals.DATE_RANGE),
        ("", goals.NO_DATE),
    ],
)
def test_a_milestone_s_date_must_be_a_real_date(client, dif, dimensions, date, message):
    page = result_page(client, dif, dimensions)
    fields = goal_fields(dimensions[1], milestones=[("Train the stewards", "Sam Okoro", date)])
    response = client.post(f"{dif.url}result/goals/", goals_form(page, [dimensions[1]], **fields))
    html = text(response)
    name = goals.field("date", dimensions[1].id, 1)
    assert response.status_code == 400
    assert f'<a href="#{name}">{dimensions[1].title}: {message}</a>' in html
    assert f'<span class="error-message" id="{name}-error">{message}</span>' in html
    assert 'value="Train the stewards"' in html


def test_a_goal_needs_its_text_a_milestone_and_who_is_responsible(client, dif, dimensions):
    page = result_page(client, dif, dimensions)
    first, second = dimensions[0], dimensions[1]
    fields = goal_fields(first, goal=" ", milestones=[]) | goal_fields(
        second, milestones=[("Train the stewards", "", "2025-10-01")]
    )
    response = client.post(f"{dif.url}result/goals/", goals_form(page, [first, second], **fields))
    html = text(response)
    assert response.status_code == 400
    assert f"{first.title}: {goals.NO_GOAL}" in html
    assert f"{first.title}: {goals.NO_MILESTONE}" in html
    assert f"{second.title}: {goals.NO_RESPONSIBLE}" in html


def test_goals_are_shown_and_go_into_the_dated_pdf(client, dif, dimensions):
    response = set_goals(client, dif, dimensions)
    html = text(response)
    assert response.status_code == 200
    assert response["Cache-Control"] == "no-store, private"
    assert "Your goals are set." in html
    assert f"{GOAL}</p>" in html and SECOND_GOAL in html
    for milestone, responsible, date in MILESTONES:
        assert milestone in html and responsible in html and f'<time datetime="{date}"' in html
    # The form stays, filled in, to change the goals.
    assert f">{GOAL}</textarea>" in html and "Update the goals" in html

    raw = response.content.decode()
    pdf = client.post(f"{dif.url}result/pdf/", {"result": hidden(raw, "result")})
    assert pdf.status_code == 200 and pdf["Cache-Control"] == "no-store, private"
    document = pdf_text(pdf.content)
    assert "Goals and milestones" in document
    assert f"Goal: {GOAL}" in document and SECOND_GOAL in document
    for milestone, responsible, date in MILESTONES:
        assert milestone in document and responsible in document and date in document
    assert "Li Wei" in document and "2026-01-31" in document
    assert document.index(dimensions[0].title) < document.index("Goals and milestones")


def test_the_result_file_round_trips_the_goals(client, dif, dimensions, monkeypatch):
    with monkeypatch.context() as m:
        on_day(m, datetime.date(2025, 3, 14))
        raw = set_goals(client, dif, dimensions).content.decode()
        saved = client.post(f"{dif.url}result/file/", {"result": hidden(raw, "result")})
    data = json.loads(saved.content)
    assert data["date"] == "2025-03-14"
    assert [g["dimension"] for g in data["goals"]] == [dimensions[0].id, dimensions[4].id]
    assert data["goals"][0]["title"] == dimensions[0].title
    assert data["goals"][0]["goal"] == GOAL
    assert data["goals"][0]["milestones"] == [
        {"milestone": m, "responsible": r, "date": d} for m, r, d in MILESTONES
    ]
    parsed = results.parse_result(saved.content, dimensions)
    assert json.loads(parsed.to_json(dimensions)) == data

    # Opened alone, the file shows its goals and fills in the goals form.
    opened = text(
        client.post(f"{dif.url}result/", {"result_file": upload("r.json", saved.content)})
    )
    assert "Your goals after the result of 2025-03-14" in opened and f"{GOAL}</p>" in opened
    assert f">{GOAL}</textarea>" in opened


def test_a_retake_shows_the_earlier_goals_beside_the_comparison(
    client, dif, dimensions, monkeypatch
):
    with monkeypatch.context() as m:
        on_day(m, datetime.date(2025, 3, 14))
        raw = set_goals(client, dif, dimensions).content.decode()
        saved = client.post(f"{dif.url}result/file/", {"result": hidden(raw, "result")}).content

    # Months later the team retakes the framework and loads the file it kept.
    response = client.post(
        f"{dif.url}assess/", answers(dimensions, 1) | {"earlier_file": upload("r.json", saved)}
    )
    html = text(response)
    assert response.status_code == 200
    assert "Level on 2025-03-14" in html and "+1</td>" in html
    compare = html[html.index('<div class="impact-compare impact-compare--goals">') :]
    compare = compare[: compare.index("</div>\n")]
    assert '<table class="impact-table">' in compare
    assert '<h2 id="earlier-goals">Goals set on 2025-03-14</h2>' in compare
    assert f"{GOAL}</p>" in compare and SECOND_GOAL in compare
    assert "Amina Diallo" in compare and '<time datetime="2025-12-15"' in compare
    assert compare.count('<span class="goal-tag">goal</span>') == 2
    # The goals form starts from them, for the team to keep or revise.
    form = html[html.index("data-goals-form") :]
    assert f'value="{dimensions[0].id}" id="goal-dimension-1" checked>' in form
    assert f'value="{dimensions[4].id}" id="goal-dimension-5" checked>' in form
    assert f'value="{dimensions[1].id}" id="goal-dimension-2">' in form
    assert f">{GOAL}</textarea>" in form and 'value="Jorge Pérez"' in form
    assert 'value="2025-09-30"' in form

    raw = response.content.decode()
    pdf = client.post(
        f"{dif.url}result/pdf/",
        {"result": hidden(raw, "result"), "earlier": hidden(raw, "earlier")},
    )
    document = pdf_text(pdf.content)
    assert "Goals set on 2025-03-14" in document and GOAL in document
    assert "Goals and milestones" not in document  # no goals set yet for this result


def test_a_result_file_without_goals_still_opens(client, dif, dimensions):
    old = json.dumps(
        {
            "tool": "digital-impact-framework",
            "version": 1,
            "date": "2024-05-01",
            "levels": [{"dimension": d.id, "title": d.title, "level": 2} for d in dimensions],
        }
    )
    assert results.parse_result(old, dimensions).goals == []
    response = client.post(
        f"{dif.url}assess/", answers(dimensions) | {"earlier_file": upload("r.json", old)}
    )
    html = text(response)
    assert response.status_code == 200 and "Level on 2024-05-01" in html
    assert "earlier-goals" not in html and " checked>" not in html.split("data-goals-form")[1]


def file_with_goals(dimensions, entries):
    data = json.loads(
        results.Result(datetime.date(2025, 1, 31), {d.id: 3 for d in dimensions}).to_json(
            dimensions
        )
    )
    return json.dumps(data | {"goals": entries})


def entry(dimension, **changes):
    return {
        "dimension": dimension.id,
        "title": dimension.title,
        "goal": GOAL,
        "milestones": [{"milestone": "Audit", "responsible": "Amina", "date": "2025-09-30"}],
    } | changes


@pytest.mark.parametrize(
    "broken",
    [
        lambda ds: [entry(d) for d in ds[:3]],
        lambda ds: [entry(ds[0]), entry(ds[0])],
        lambda ds: [entry(ds[0], goal="")],
        lambda ds: [entry(ds[0], goal=7)],
        lambda ds: [entry(ds[0], milestones=[])],
        lambda ds: [entry(ds[0], milestones=entry(ds[0])["milestones"] * 4)],
        lambda ds: [entry(ds[0], milestones=[{"milestone": "A", "responsible": "", "date": ""}])],
        lambda ds: [
            entry(ds[0], milestones=[{"milestone": "A", "responsible": "B", "date": "2025-02-30"}])
        ],
        lambda ds: [entry(ds[0], extra="field")],
        lambda ds: {"dimension": ds[0].id},
    ],
    ids=[
        "three-goals",
        "twice",
        "empty-goal",
        "number",
        "no-milestone",
        "four-milestones",
        "no-one",
        "bad-date",
        "extra",
        "not-a-list",
    ],
)
def test_goals_in_a_file_are_checked_as_strictly_as_the_form(client, dif, dimensions, broken):
    content = file_with_goals(dimensions, broken(dimensions))
    with pytest.raises(results.ResultError) as error:
        results.parse_result(content, dimensions)
    assert error.value.message == results.FILE_UNREADABLE
    response = client.post(f"{dif.url}result/", {"result_file": upload("r.json", content)})
    assert response.status_code == 400
    assert "This file is not a result saved from this framework" in text(response)


def test_a_tampered_hidden_result_on_the_goals_form_is_refused(client, dif, dimensions):
    assert client.get(f"{dif.url}result/goals/").status_code == 302
    response = client.post(f"{dif.url}result/goals/", {"result": "[[[", goals.CHOSEN: "x"})
    assert response.status_code == 400
    assert "This file is not a result saved from this framework" in text(response)
    page = result_page(client, dif, dimensions)
    unknown = client.post(f"{dif.url}result/goals/", goals_form(page, []) | {goals.CHOSEN: "x"})
    assert unknown.status_code == 400 and "Choose among the dimensions listed." in text(unknown)


ARABIC_GOAL = "تحديث سجلات الأعضاء في كل فرع"
ARABIC_MILESTONE = ("مراجعة أماكن حفظ البيانات", "سارة منصور", "2025-10-15")


def test_arabic_goals_are_shaped_right_to_left_in_the_pdf(client, dif, dimensions):
    ensure_translations(get_home(), ["ar"])
    ensure_translations(ToolIndexPage.objects.get(locale__language_code="en"), ["ar"])
    ensure_translations(dif, ["ar"])
    arabic = ToolPage.objects.get(slug=SLUG, locale__language_code="ar")
    page = result_page(client, arabic, dimensions)
    fields = goal_fields(dimensions[2], ARABIC_GOAL, [ARABIC_MILESTONE])
    response = client.post(
        f"{arabic.url}result/goals/", goals_form(page, [dimensions[2]], **fields)
    )
    html = text(response)
    assert response.status_code == 200 and 'dir="rtl"' in html
    assert ARABIC_GOAL in html and "سارة منصور" in html

    pdf = client.post(
        f"{arabic.url}result/pdf/", {"result": hidden(response.content.decode(), "result")}
    )
    assert pdf_language(pdf.content) == "ar"
    shaped_text = " ".join([ARABIC_GOAL, *ARABIC_MILESTONE[:2]])
    assert unshaped_words(pdf.content, shaped_text) == []
    assert "2025-10-15" in pdf_text(pdf.content)

    saved = client.post(
        f"{arabic.url}result/file/", {"result": hidden(response.content.decode(), "result")}
    )
    assert json.loads(saved.content)["goals"][0]["goal"] == ARABIC_GOAL


def model_counts():
    return {model._meta.label: model.objects.count() for model in apps.get_models()}


def test_nothing_about_the_goals_is_stored(client, dif, dimensions):
    page = result_page(client, dif, dimensions)
    form = goals_form(page, [dimensions[0]], **goal_fields(dimensions[0]))
    before = model_counts()
    with CaptureQueriesContext(connection) as queries:
        refused = client.post(f"{dif.url}result/goals/", goals_form(page, []))
        accepted = client.post(f"{dif.url}result/goals/", form)
        raw = accepted.content.decode()
        downloads = [
            client.post(f"{dif.url}result/{route}/", {"result": hidden(raw, "result")})
            for route in ("pdf", "file")
        ]
    assert [refused.status_code, accepted.status_code] == [400, 200]
    for response in [refused, accepted, *downloads]:
        assert response["Cache-Control"] == "no-store, private"
        assert "sessionid" not in response.cookies
    writes = [
        q["sql"]
        for q in queries
        if q["sql"].lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE"))
    ]
    assert writes == []
    assert all(GOAL not in q["sql"] for q in queries)
    assert model_counts() == before
    assert "Nothing you enter here is stored on this site's server" in text(accepted)
    assert timezone.localdate().isoformat() in json.loads(downloads[1].content)["date"]
