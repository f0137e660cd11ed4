"""The Digital Impact Framework's goals in a real browser (Playwright driving Debian's Chromium
against a live server): chosen, filled in and set without JavaScript, saved in the result file,
and shown beside the comparison when the file is loaded for a retake; in Arabic, right to left,
on a phone and a laptop. Screenshots go to /tmp/shots16/goals-*.png for a person to look at."""

import datetime
import json
from pathlib import Path

import pytest
from django.utils import timezone

from ourdigitalfuture.core.demo import ensure_translations, get_home
from tests.browser_helpers import build_tools
from workshops.models import ToolIndexPage, ToolPage
from workshops.tools.impact import goals, results

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

SLUG = "digital-impact-framework"
SHOTS = Path("/tmp/shots16")


def shot(page, name, locator=None):
    SHOTS.mkdir(parents=True, exist_ok=True)
    target = locator or page
    target.screenshot(
        path=str(SHOTS / f"goals-{name}.png"), **({} if locator else {"full_page": True})
    )


def choose_levels(page, shift=0):
    for index, fieldset in enumerate(page.locator("fieldset.dimension").all()):
        fieldset.locator("li.level label").nth((index + shift) % 5).click()


def fill_goal(page, number, goal, milestones):
    page.locator(f"label[for=goal-dimension-{number}]").click()
    block = page.locator(".goal-dimension").nth(number - 1)
    block.locator("textarea").fill(goal)
    for row, (text, responsible, date) in enumerate(milestones):
        inputs = block.locator(".milestone-row").nth(row).locator("input")
        inputs.nth(0).fill(text)
        inputs.nth(1).fill(responsible)
        inputs.nth(2).fill(date)


def test_goals_set_without_javascript_come_back_beside_the_comparison(
    browser, live_server, tmp_path
):
    build_tools()
    dif = ToolPage.objects.get(slug=SLUG, locale__language_code="en")
    context = browser.new_context(
        java_script_enabled=False, accept_downloads=True, viewport={"width": 1280, "height": 800}
    )
    page = context.new_page()
    try:
        page.goto(f"{live_server.url}{dif.url}assess/")
        choose_levels(page)
        page.locator("form[data-impact-form] button[type=submit]").click()
        page.wait_for_selector("#goals")
        # A dimension's goal fields appear once it is chosen (CSS only).
        fields = page.locator(".goal-dimension").first.locator(".goal-fields")
        assert fields.is_hidden()
        fill_goal(
            page,
            1,
            "A written digital strategy adopted by the executive",
            [
                ("Draft shared with branches", "Amina Diallo", "2025-09-30"),
                ("Strategy adopted", "Jorge Pérez", "2025-12-15"),
            ],
        )
        assert fields.is_visible()
        fill_goal(
            page, 5, "One online campaign a quarter", [("First campaign", "Li Wei", "2026-01-31")]
        )
        shot(page, "step-en-1280", page.locator("#goals"))
        page.locator("form[data-goals-form] button[type=submit]").click()
        page.wait_for_selector(".goals-saved")
        assert page.locator("#goals .goals-list .goal").count() == 2
        shot(page, "set-en-1280", page.locator("#goals"))

        with page.expect_download() as info:
            page.locator('form[action$="result/file/"] button[type="submit"]').click()
        info.value.save_as(tmp_path / "result.json")
        saved = json.loads((tmp_path / "result.json").read_text(encoding="utf-8"))
        assert saved["goals"][0]["milestones"][1]["responsible"] == "Jorge Pérez"
        saved["date"] = "2025-03-14"
        (tmp_path / "earlier.json").write_text(json.dumps(saved), encoding="utf-8")

        # Months later: the retake, with the file.
        page.goto(f"{live_server.url}{dif.url}assess/")
        choose_levels(page, shift=1)
        page.set_input_files("#earlier_file", str(tmp_path / "earlier.json"))
        page.locator("form[data-impact-form] button[type=submit]").click()
        page.wait_for_selector(".earlier-goals")
        table = page.locator("table.impact-table").bounding_box()
        earlier = page.locator(".earlier-goals").bounding_box()
        assert earlier["x"] >= table["x"] + table["width"]  # beside it, after it in the line
        assert earlier["y"] < table["y"] + table["height"]
        assert "Goals set on 2025-03-14" in page.locator(".earlier-goals h2").inner_text()
        assert page.locator("#goal-dimension-1").is_checked()
        assert page.locator("#goal-dimension-5").is_checked()
        shot(page, "retake-en-1280", page.locator(".impact-compare"))
    finally:
        context.close()


ARABIC_GOAL = "تحديث سجلات الأعضاء في كل فرع"


def test_goals_in_arabic_on_a_phone_and_a_laptop(browser, live_server):
    build_tools()
    ensure_translations(get_home(), ["ar"])
    ensure_translations(ToolIndexPage.objects.get(locale__language_code="en"), ["ar"])
    english = ToolPage.objects.get(slug=SLUG, locale__language_code="en")
    ensure_translations(english, ["ar"])
    arabic = ToolPage.objects.get(slug=SLUG, locale__language_code="ar")
    dimensions = results.dimensions_of(arabic)
    earlier = results.Result(
        datetime.date(2025, 3, 14),
        {d.id: 2 for d in dimensions},
        goals=[
            goals.Goal(
                dimensions[1].id,
                ARABIC_GOAL,
                (goals.Milestone("مراجعة أماكن حفظ البيانات", "سارة منصور", timezone.localdate()),),
            )
        ],
    )
    for width, height in ((375, 812), (1280, 800)):
        context = browser.new_context(viewport={"width": width, "height": height})
        page = context.new_page()
        try:
            page.goto(f"{live_server.url}{arabic.url}assess/")
            assert page.locator("html").get_attribute("dir") == "rtl"
            choose_levels(page, shift=2)
            page.set_input_files(
                "#earlier_file",
                files=[
                    {
                        "name": "earlier.json",
                        "mimeType": "application/json",
                        "buffer": earlier.to_json(dimensions).encode("utf-8"),
                    }
                ],
            )
            page.locator("form[data-impact-form] button[type=submit]").click()
            page.wait_for_selector(".earlier-goals")
            assert ARABIC_GOAL in page.locator(".earlier-goals").inner_text()
            assert page.locator("#goal-dimension-2").is_checked()
            assert page.locator(f"#goal-{dimensions[1].id}").input_value() == ARABIC_GOAL
            table = page.locator("table.impact-table").bounding_box()
            box = page.locator(".earlier-goals").bounding_box()
            if width >= 1280:
                # Mirrored: beside the table, to its left.
                assert box["x"] + box["width"] <= table["x"]
            else:
                assert box["y"] >= table["y"] + table["height"]
            assert page.evaluate("document.documentElement.scrollWidth") <= width
            shot(page, f"retake-ar-{width}", page.locator(".impact-compare"))
            # Two dimensions chosen, then a third: refused with a message.
            page.locator("label[for=goal-dimension-4]").click()
            page.locator("label[for=goal-dimension-6]").click()
            page.locator("form[data-goals-form] button[type=submit]").click()
            page.wait_for_selector("#goal-dimensions-error")
            assert page.locator(".goals-step .error-summary").is_visible()
            shot(page, f"step-ar-{width}", page.locator("#goals"))
        finally:
            context.close()
