"""The hub landing's charts (clauses by theme, type, year and country) as a reader meets them:
each bar is the number of published clauses the database view finds when the bar is followed,
names are in the reader's language, Arabic is mirrored, and each chart has a title, a
description and its data as a table."""

import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.contrib.staticfiles import finders
from wagtail.models import Locale

from clauses.models import Country

from .factories import ClauseFactory, make_clause

pytestmark = pytest.mark.django_db

TAXONOMY = "three_themes"  # themes 1-3; countries GB, FR, DE
CHARTS = ("theme", "type", "year", "country")


def in_languages(page, *codes):
    """`page`'s aliases in `codes` (as the locale synchronisation makes them)."""
    for code in codes:
        locale = Locale.objects.get(language_code=code)
        if page.get_translation_or_none(locale) is None:
            page.copy_for_translation(locale, copy_parents=True, alias=True)
    return {code: page.get_translation(Locale.objects.get(language_code=code)) for code in codes}


def translated(record, language, **fields):
    copy = record.copy_for_translation(Locale.objects.get(language_code=language))
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save()
    return copy


def landing(client, hub):
    response = client.get(hub.url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def figure(soup, key):
    found = soup.find("figure", id=f"chart-{key}")
    assert found is not None, f"no {key} chart"
    return found


def drawn(figure):
    """{label as drawn: count} of a chart's picture, in its order."""
    bars = {}
    for group in figure.find("svg", class_="chart__picture").find_all("g"):
        label = " ".join(text.get_text() for text in group.find_all("text", class_="chart__label"))
        bars[label] = int(group.find("text", class_="chart__count").get_text())
    return bars


def tabled(figure):
    """{label: count} of a chart's data table."""
    return {
        row.th.get_text(): int(row.td.get_text())
        for row in figure.find("table").tbody.find_all("tr")
    }


def links(figure):
    """{accessible name: address} of the links over a chart's bars."""
    return {a["aria-label"]: a["href"] for a in figure.find("svg", class_="chart__links")("a")}


def database_total(client, url):
    """How many clauses the database view finds at `url`."""
    response = client.get(url)
    assert response.status_code == 200, url
    status = BeautifulSoup(response.content, "html.parser").find("p", role="status")
    return int(re.search(r"\d+", status.get_text()).group())


@pytest.fixture
def clauses(hub, taxonomy):
    """Two published clauses (one also in French), a draft, and one without year or country."""
    first = make_clause(
        taxonomy, "A", themes=[1], country="GB", clause_type="legislation", year=2019
    )
    french = translated(first, "fr", title="A en français")
    french.save_revision().publish()
    make_clause(taxonomy, "B", themes=[1, 2], country="FR", year=2021)
    make_clause(taxonomy, "C", themes=[3], country=None, clause_type="model_clause", year=None)
    return make_clause(taxonomy, "Draft", themes=[2], country="DE", year=2019, live=False)


def test_every_bar_is_what_the_database_view_finds_when_it_is_followed(client, hub, clauses):
    soup = landing(client, hub)
    assert drawn(figure(soup, "theme")) == {
        "1. New Technology": 2,
        "2. Data And Privacy": 1,
        "3. Working Time": 1,
    }
    assert drawn(figure(soup, "type")) == {
        "Collective agreement clause": 1,
        "Legislation": 1,
        "Model clause": 1,
        "Framework agreement": 0,
        "Union guidance or policy": 0,
    }
    assert drawn(figure(soup, "year")) == {"2019": 1, "2020": 0, "2021": 1}
    assert "1 clause has no year." in figure(soup, "year").figcaption.get_text()
    assert drawn(figure(soup, "country")) == {
        "France": 1,
        "United Kingdom": 1,
        "International (no country)": 1,
    }
    followed = 0
    for key in CHARTS:
        chart = figure(soup, key)
        for name, url in links(chart).items():
            label, count = re.fullmatch(r"(.+): (\d+) clauses?", name).groups()
            assert drawn(chart)[label] == int(count)
            assert database_total(client, url) == int(count), (key, label, url)
            followed += 1
    # Every bar with clauses links, but "no country" (the database has no filter for it).
    assert followed == 3 + 3 + 2 + 2
    assert links(figure(soup, "country"))["France: 1 clause"] == f"{hub.url}database/?country=FR"
    assert links(figure(soup, "year"))["2019: 1 clause"] == (
        f"{hub.url}database/?year_from=2019&year_to=2019"
    )


def test_publishing_a_clause_grows_its_bars_and_unpublishing_shrinks_them(client, hub, clauses):
    draft = clauses
    before = landing(client, hub)
    draft.save_revision().publish()
    after = landing(client, hub)
    assert drawn(figure(after, "theme"))["2. Data And Privacy"] == 2
    assert drawn(figure(before, "theme"))["2. Data And Privacy"] == 1
    assert drawn(figure(after, "country"))["Germany"] == 1
    assert "Germany" not in drawn(figure(before, "country"))
    assert drawn(figure(after, "year"))["2019"] == 2
    draft.refresh_from_db()
    draft.unpublish()
    assert drawn(figure(landing(client, hub), "theme"))["2. Data And Privacy"] == 1


def test_each_chart_has_a_title_a_description_a_caption_and_its_data_as_a_table(
    client, hub, clauses
):
    soup = landing(client, hub)
    section = soup.find("section", class_="hub-charts")
    assert [f["id"] for f in section("figure")] == [f"chart-{key}" for key in CHARTS]
    for key in CHARTS:
        chart = figure(soup, key)
        svg = chart.find("svg", class_="chart__picture")
        assert svg["role"] == "img"
        title_id, desc_id = svg["aria-labelledby"].split()
        title, desc = svg.find("title", id=title_id), svg.find("desc", id=desc_id)
        assert title.get_text() and desc.get_text()
        assert title.get_text() in chart.figcaption.get_text()
        # The links over the bars are outside the picture (an image's content is hidden).
        assert svg.find("a") is None
        table = chart.find("details").find("table")
        assert table.caption.get_text() == title.get_text()
        assert tabled(chart) == drawn(chart)
    assert "Largest: 1. New Technology (2)." in figure(soup, "theme").find("desc").get_text()


def test_names_are_in_the_readers_language(client, hub, taxonomy, clauses):
    hubs = in_languages(hub, "fr", "ar")
    translated(taxonomy.themes[1], "fr", title="Nouvelles technologies")
    translated(taxonomy.themes[1], "ar", title="التكنولوجيا الجديدة")
    french = landing(client, hubs["fr"])
    assert "1. Nouvelles technologies" in drawn(figure(french, "theme"))
    assert "Législation" in drawn(figure(french, "type"))
    assert "Royaume-Uni" in drawn(figure(french, "country"))
    named = [url for name, url in links(figure(french, "theme")).items() if "Nouvelles" in name]
    assert named == [f"{hubs['fr'].url}database/?theme=1"]
    arabic = landing(client, hubs["ar"])
    assert "1. التكنولوجيا الجديدة" in drawn(figure(arabic, "theme"))
    assert "تشريع" in drawn(figure(arabic, "type"))
    assert "المملكة المتحدة" in drawn(figure(arabic, "country"))
    # Counted for each language's readers: the clause published in French counts once.
    assert drawn(figure(french, "theme"))["1. Nouvelles technologies"] == 2


def geometry(figure):
    """Of each bar of a chart's picture: its labels' x and anchors, its rectangle's x and
    width (%), its count's x (%) and dx."""
    rows = []
    for group in figure.find("svg", class_="chart__picture").find_all("g"):
        rect, count = group.find("rect"), group.find("text", class_="chart__count")
        labels = group.find_all("text", class_="chart__label")
        rows.append(
            {
                "label_x": {label["x"] for label in labels},
                "anchor": {label["text-anchor"] for label in labels},
                "x": float(rect["x"].rstrip("%")),
                "width": float(rect["width"].rstrip("%")),
                "count_x": float(count["x"].rstrip("%")),
                "dx": int(count.get("dx", 0)),
            }
        )
    return rows


def test_arabic_charts_are_mirrored_bars_growing_from_the_right(client, hub, taxonomy, clauses):
    hubs = in_languages(hub, "ar")
    translated(taxonomy.themes[1], "ar", title="التكنولوجيا الجديدة")
    english, arabic = landing(client, hub), landing(client, hubs["ar"])
    assert arabic.html["dir"] == "rtl"
    assert figure(arabic, "theme").find("svg")["direction"] == "rtl"
    for key in ("theme", "type", "country"):
        for ltr, rtl in zip(
            geometry(figure(english, key)), geometry(figure(arabic, key)), strict=True
        ):
            assert ltr["x"] == 0 and ltr["label_x"] == {"0"} and ltr["dx"] > 0
            assert rtl["width"] == ltr["width"]
            assert rtl["x"] == pytest.approx(100 - ltr["width"])  # ends at the right edge
            assert rtl["count_x"] == pytest.approx(rtl["x"]) and rtl["dx"] < 0
            assert rtl["label_x"] == {"100%"}  # labels start at the right edge
    # A theme not yet translated keeps its English name, drawn left to right, right-aligned.
    untranslated = figure(arabic, "theme").find("text", string="2. Data And Privacy")
    assert (untranslated["direction"], untranslated["text-anchor"]) == ("ltr", "end")
    # Years run from the right: the oldest column is the rightmost.
    columns = geometry(figure(arabic, "year"))
    assert columns[0]["x"] > columns[-1]["x"]
    assert geometry(figure(english, "year"))[0]["x"] < geometry(figure(english, "year"))[-1]["x"]


def test_long_tails_are_grouped_so_that_no_chart_has_more_than_twelve_bars(client, hub, taxonomy):
    codes = ["GB", "FR", "DE", "ES", "IT", "PT", "NO", "SE", "DK", "FI", "IE", "BE", "NL"]
    for code in codes[3:]:
        taxonomy.countries[code] = Country.objects.get(code=code)
    for i, code in enumerate(codes):
        for _ in range(1 + (code == "NL")):  # the Netherlands has two clauses: ranked first
            make_clause(taxonomy, f"Clause {code}", country=code, year=2000 + i)
    soup = landing(client, hub)
    countries = drawn(figure(soup, "country"))
    assert len(countries) == 11
    assert list(countries)[0] == "Netherlands"
    assert countries["3 other countries"] == 3  # the last three in alphabetical order
    assert not [name for name in links(figure(soup, "country")) if "other" in name]
    years = drawn(figure(soup, "year"))
    assert list(years) == ["≤2003", *map(str, range(2004, 2013))]
    assert tabled(figure(soup, "year"))["Before 2004"] == years["≤2003"] == 4
    assert links(figure(soup, "year"))["Before 2004: 4 clauses"] == (
        f"{hub.url}database/?year_to=2003"
    )
    assert database_total(client, f"{hub.url}database/?year_to=2003") == 4
    assert all(len(drawn(figure(soup, key))) <= 12 for key in CHARTS)


def test_a_hub_without_published_clauses_shows_no_charts(client, hub, taxonomy):
    make_clause(taxonomy, "Draft", live=False)
    soup = landing(client, hub)
    assert soup.find("section", class_="hub-charts") is None


def test_a_chart_without_data_is_left_out(client, hub):
    ClauseFactory(year=None)  # no theme exists, and the clause has no year
    soup = landing(client, hub)
    assert [f["id"] for f in soup.select("section.hub-charts figure")] == [
        "chart-type",
        "chart-country",
    ]
    assert drawn(figure(soup, "country")) == {"International (no country)": 1}


def luminance(colour):
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_with_white(colour):
    return 1.05 / (luminance(colour) + 0.05)


def test_bars_and_text_contrast_with_the_white_page():
    css = Path(finders.find("clauses/charts.css")).read_text("utf-8")
    rules = re.findall(r"([^{}]+)\{([^}]*)\}", css)
    bars = [body for selector, body in rules if "chart__bar" in selector]
    texts = [
        body
        for selector, body in rules
        if any(name in selector for name in ("chart__label", "chart__count", "chart__note"))
    ]
    bar_colours = [c for body in bars for c in re.findall(r"fill:\s*(#[0-9a-f]{6})", body)]
    text_colours = [
        c for body in texts for c in re.findall(r"(?:fill|color):\s*(#[0-9a-f]{6})", body)
    ]
    assert len(bar_colours) >= 5 and text_colours
    assert min(contrast_with_white(c) for c in bar_colours) >= 3
    assert min(contrast_with_white(c) for c in text_colours) >= 4.5
