"""The interactive tools in a real browser (Playwright driving Debian's Chromium against a live
server): the Digital Impact Framework completed in Arabic, right to left, with its PDF, its result
file and the comparison; the same form without JavaScript; the Data Rights Tool's choice of
guidance; the Data Lifecycle printed on one page."""

import io
import json
import re

import pytest
from django.utils import timezone
from openpyxl import load_workbook
from pypdf import PdfReader
from wagtail.blocks import StreamValue

from ourdigitalfuture.core.demo import ensure_translations, get_home
from tests.browser_helpers import build_tools
from workshops.models import ToolIndexPage, ToolPage

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

SLUG = "digital-impact-framework"
ARABIC_TITLES = [
    "الاستراتيجية الرقمية والقيادة",
    "بيانات الأعضاء وخصوصيتهم",
    "اختيار الأدوات الرقمية",
    "المهارات الرقمية في النقابة",
    "التنظيم والحملات عبر الإنترنت",
    "أمن الأنظمة والحسابات",
    "التكنولوجيا على طاولة المفاوضة",
    "الإدماج وإمكانية الوصول",
]


def translate_framework_into_arabic():
    """The Arabic translation of the framework's pages (through wagtail-localize), then given
    Arabic wording as a translator would."""
    ensure_translations(get_home(), ["ar"])
    ensure_translations(ToolIndexPage.objects.get(locale__language_code="en"), ["ar"])
    ensure_translations(ToolPage.objects.get(slug=SLUG, locale__language_code="en"), ["ar"])
    page = ToolPage.objects.get(slug=SLUG, locale__language_code="ar")
    page.title = "إطار الأثر الرقمي"
    dimensions = []
    for block, title in zip(page.dimensions, ARABIC_TITLES, strict=True):
        value = {
            "title": title,
            "description": block.value["description"],
            "levels": [
                {"description": f"{title}: المستوى {n}", "next_level": level["next_level"]}
                for n, level in enumerate(block.value["levels"], start=1)
            ],
        }
        dimensions.append(("dimension", value, block.id))
    page.dimensions = StreamValue(page.dimensions.stream_block, dimensions)
    page.save_revision().publish()
    return page


def choose_levels(page, shift=0):
    """Click a level's label on every dimension: 1, 2, 3, 4, 5, 1… moved on by `shift`."""
    for index, fieldset in enumerate(page.locator("fieldset.dimension").all()):
        fieldset.locator("li.level label").nth((index + shift) % 5).click()
    return [(index + shift) % 5 + 1 for index in range(8)]


def download(page, form_action_end, save_to):
    with page.expect_download() as info:
        page.locator(f'form[action$="{form_action_end}"] button[type="submit"]').click()
    info.value.save_as(save_to)
    return save_to.read_bytes()


def test_digital_impact_framework_in_arabic(browser_page, live_server, tmp_path):
    build_tools()
    arabic = translate_framework_into_arabic()
    page = browser_page
    page.goto(f"{live_server.url}{arabic.url}assess/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator("html").get_attribute("lang") == "ar"
    assert page.locator("fieldset.dimension").count() == 8
    assert page.locator("fieldset.dimension legend").first.inner_text().endswith(ARABIC_TITLES[0])
    # The level labels sit to the left of their radio buttons in a right-to-left form.
    radio = page.locator("li.level input").first.bounding_box()
    label = page.locator("li.level label").first.bounding_box()
    assert label["x"] < radio["x"]

    progress = page.locator("[data-progress]")
    assert progress.is_visible() and re.findall(r"\d+", progress.inner_text()) == ["0", "8"]
    levels = choose_levels(page)
    assert re.findall(r"\d+", progress.inner_text()) == ["8", "8"]
    page.locator("form[data-impact-form] button[type=submit]").click()

    page.wait_for_selector("svg.chart")
    today = timezone.localdate().isoformat()
    assert page.locator("svg.chart.chart--rtl").count() == 1
    bars = page.locator("svg.chart rect.bar--current")
    assert bars.count() == 8
    for index, bar in enumerate(bars.all()):
        # Bars grow leftwards from the chart's right-hand edge, as long as the level.
        end = float(bar.get_attribute("x")) + float(bar.get_attribute("width"))
        assert end == pytest.approx(704)
        assert float(bar.get_attribute("width")) == pytest.approx(levels[index] * 132.8)
    rows = page.locator("table.impact-table tbody tr")
    assert [rows.nth(i).locator("td").last.inner_text() for i in range(8)] == [
        str(level) for level in levels
    ]
    assert ARABIC_TITLES[3] in rows.nth(3).inner_text()

    pdf = download(page, "result/pdf/", tmp_path / "result.pdf")
    reader = PdfReader(io.BytesIO(pdf))
    assert pdf.startswith(b"%PDF-") and len(reader.pages) >= 1
    assert str(reader.trailer["/Root"]["/Lang"]) == "ar"
    assert today in " ".join(p.extract_text() for p in reader.pages)

    saved = json.loads(download(page, "result/file/", tmp_path / "result.json"))
    assert [entry["level"] for entry in saved["levels"]] == levels
    assert [entry["title"] for entry in saved["levels"]] == ARABIC_TITLES
    # The team kept the file; months later it retakes the framework and loads it.
    saved["date"] = "2025-01-15"
    earlier = tmp_path / "earlier.json"
    earlier.write_text(json.dumps(saved, ensure_ascii=False), encoding="utf-8")

    page.goto(f"{live_server.url}{arabic.url}assess/")
    new_levels = choose_levels(page, shift=2)
    page.set_input_files("#earlier_file", str(earlier))
    page.locator("form[data-impact-form] button[type=submit]").click()
    page.wait_for_selector("svg.chart")
    headers = page.locator("table.impact-table thead th").all_inner_texts()
    assert any("2025-01-15" in h for h in headers) and any(today in h for h in headers)
    assert page.locator("svg.chart rect.bar--earlier:not(.swatch)").count() == 8
    assert page.locator("svg.chart text.legend").all_text_contents() == ["2025-01-15", today]
    first_row = page.locator("table.impact-table tbody tr").first.locator("td").all_inner_texts()
    assert first_row[:2] == [str(levels[0]), str(new_levels[0])]

    compared = download(page, "result/pdf/", tmp_path / "compared.pdf")
    compared_text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(compared)).pages)
    assert "2025-01-15" in compared_text and today in compared_text


def test_digital_impact_framework_works_without_javascript(browser, live_server):
    build_tools()
    dif = ToolPage.objects.get(slug=SLUG, locale__language_code="en")
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto(f"{live_server.url}{dif.url}assess/")
        assert page.locator("[data-progress]").is_hidden()
        levels = choose_levels(page, shift=4)
        page.locator("form[data-impact-form] button[type=submit]").click()
        page.wait_for_selector("table.impact-table")
        cells = page.locator("table.impact-table tbody td").all_inner_texts()
        assert cells == [str(level) for level in levels]
        assert page.locator("svg.chart rect.bar--current").count() == 8
    finally:
        context.close()


def test_data_rights_guidance_follows_the_choice_of_law(browser_page, live_server, tmp_path):
    build_tools()
    drt = ToolPage.objects.get(slug="data-rights-tool", locale__language_code="en")
    page = browser_page
    page.goto(f"{live_server.url}{drt.url}steps/")
    first_step = page.locator("#part-1")
    assert first_step.locator(".guidance--gdpr").is_visible()
    assert first_step.locator(".guidance--elsewhere").is_visible()
    page.locator('label[for="regime-gdpr"]').click()
    assert first_step.locator(".guidance--gdpr").is_visible()
    assert first_step.locator(".guidance--elsewhere").is_hidden()
    page.locator('label[for="regime-elsewhere"]').click()
    assert first_step.locator(".guidance--gdpr").is_hidden()
    assert first_step.locator(".guidance--elsewhere").is_visible()
    # One step at a time with JavaScript; the next button moves on.
    assert page.locator("#part-2").is_hidden()
    first_step.locator("button[data-step-next]").click()
    assert page.locator("#part-2").is_visible() and first_step.is_hidden()
    page.locator("#part-2 button[data-step-next]").click()
    page.locator("#part-3 button[data-step-next]").click()
    page.locator("#part-4 button[data-step-next]").click()
    page.locator("#systems").fill("Rota app\nBadge readers")
    with page.expect_download() as info:
        page.locator("#worksheet button[type=submit]").click()
    info.value.save_as(tmp_path / "worksheet.xlsx")
    book = load_workbook(tmp_path / "worksheet.xlsx")
    sheet = book["Part 1 Tools and systems"]
    assert [sheet["A2"].value, sheet["A3"].value] == ["Rota app", "Badge readers"]
    assert book["About"]["B3"].value == "Elsewhere"


def test_data_lifecycle_prints_on_one_page(browser_page, live_server):
    build_tools()
    lifecycle = ToolPage.objects.get(slug="data-lifecycle-at-work", locale__language_code="en")
    page = browser_page
    page.goto(f"{live_server.url}{lifecycle.url}print/")
    assert page.locator("[data-print]").is_visible()
    page.emulate_media(media="print")
    assert page.locator(".site-header").is_hidden()
    for paper in ("A4", "Letter"):
        pdf = page.pdf(format=paper, prefer_css_page_size=False)
        reader = PdfReader(io.BytesIO(pdf))
        assert len(reader.pages) == 1, paper
        text = " ".join(reader.pages[0].extract_text().split())
        assert "What to negotiate" in text and "Data storage and access" in text, text
