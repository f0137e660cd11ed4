"""The hub landing's charts of the live data: published clauses by theme, by clause type, by year
and by country, drawn as server-rendered SVG (`clauses/includes/charts.html`).

Counts are those of the clause database for a reader of the hub's language (each clause once,
`models.counts`): the theme counts the themes navigator reads (memoised on the request) and
one GROUP BY query for types, years and countries. Names are in the reader's language. The
year is the clause's `year` (the year the agreement was signed or the text adopted).

Geometry is computed here, in percentages of the chart's width (the SVG has no viewBox, so
its text keeps its size on a phone) and pixels of its height; in a right-to-left language
every horizontal position is mirrored, so bars grow from the right."""

import textwrap
from dataclasses import dataclass, field

from django.conf import settings
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.models import Locale

from ourdigitalfuture.core.countries import ISO_COUNTRY_CODES, country_name, sort_key
from ourdigitalfuture.core.translation import localize

from .database.forms import ClauseSearchForm
from .models import CLAUSE_TYPES, Theme
from .models.counts import clause_counts, facet_counts

TOP_COUNTRIES = 10  # then "other countries" and "no country": 12 bars at most
MAX_YEARS = 10  # columns (they fit a phone); earlier years are grouped in the first
LABEL_WIDTH = 38  # characters per line of a bar's label (two lines at most)
LINE = 18  # px between the lines of a label
BAR = 16  # a bar's thickness, px
GAP = 10  # px between rows
LONGEST = 82.0  # the longest bar's length, % of the width (the rest holds its count)
PLOT = 120  # height of the year columns' plot area, px
TOP = 20  # room above the tallest column for its count, px
INSET = 2  # % of the width kept free on either side of the columns (their labels overhang)
BIDI = settings.LANGUAGES_BIDI
# The years the database view's year filter accepts.
YEARS = range(
    ClauseSearchForm.base_fields["year_from"].min_value,
    ClauseSearchForm.base_fields["year_to"].max_value + 1,
)


@dataclass
class Bar:
    label: str  # the value's full name, in the reader's language
    count: int
    url: str = ""  # the database view filtered by the value ("" where no filter selects it)
    short: str = ""  # the label as drawn, where shorter than `label`
    group: bool = False  # several values together (other countries, no country)
    ltr: bool = False  # a left-to-right label on a right-to-left page (not yet translated)
    lines: list = field(default_factory=list)  # the label as drawn: [(text, baseline y)]
    x: str = "0"  # the bar (or column): left edge, width (both %), top, height (px)
    width: str = "0"
    y: int = 0
    height: int = BAR
    text_x: str = "0"  # the count's position
    text_y: int = 0
    hit_x: str = "0"  # the link's target area over the row or column
    hit_y: int = 0
    hit_width: str = "100"
    hit_height: int = 0


@dataclass
class Chart:
    key: str  # theme, type, year or country
    kind: str  # "bars" (horizontal) or "columns"
    title: str
    description: str
    heading: str  # the data table's first column
    bars: list
    height: int = 0
    note: str = ""
    rtl: bool = False
    axis_y: int = 0

    @property
    def label_x(self):
        """Where a bar's label starts: the page's start edge."""
        return "100%" if self.rtl else "0"

    @property
    def count_dx(self):
        """How far from a bar's end its count starts (towards the page's end)."""
        return -6 if self.rtl else 6


def percent(value):
    return f"{value:.2f}".rstrip("0").rstrip(".")


def hub_charts(hub, request=None):
    """The hub's four charts in its language (none if no clause is published)."""
    language = hub.locale.language_code
    rtl = language in BIDI
    themes = theme_bars(hub, clause_counts(language, request).themes)
    facets = facet_counts(language)
    if not facets:
        return []
    charts = [
        theme_chart(themes, total=sum(facets.values())),
        type_chart(hub, facets),
        year_chart(hub, facets),
        country_chart(hub, facets, language),
    ]
    charts = [chart for chart in charts if chart.bars]  # no theme, or no clause with a year
    for chart in charts:
        chart.rtl = rtl
        if chart.kind == "bars":
            lay_out_bars(chart)
        else:
            lay_out_columns(chart)
    return charts


def theme_bars(hub, counts):
    default = Locale.get_default()
    themes = list(Theme.objects.filter(locale=default).select_related("locale"))
    shown = themes
    if hub.locale_id != default.pk:
        shown = localize(themes, hub.locale, Theme.objects.select_related("locale"))
    return [
        Bar(
            label=f"{theme.number}. {name.title}",
            count=counts.get(theme.pk, 0),
            url=hub.database_url(theme=theme.number),
            ltr=getattr(name, "is_fallback", False) and hub.locale.language_code in BIDI,
        )
        for theme, name in zip(themes, shown, strict=True)
    ]


def bar_description(bars, text):
    """`text` naming the largest of `bars` (the first of equals)."""
    if not bars:
        return ""
    top = max(bars, key=lambda bar: bar.count)
    return text % {"label": top.label, "count": top.count}


def theme_chart(bars, total):
    return Chart(
        key="theme",
        kind="bars",
        title=_("Clauses by theme"),
        description=bar_description(
            bars, _("Horizontal bars, one per theme. Largest: %(label)s (%(count)s).")
        ),
        heading=_("Theme"),
        bars=bars,
        note=_("Of %(total)s clauses; a clause can belong to several themes.") % {"total": total},
    )


def totals(facets, index):
    found = {}
    for key, count in facets.items():
        found[key[index]] = found.get(key[index], 0) + count
    return found


def type_chart(hub, facets):
    counts = totals(facets, 0)
    bars = [
        Bar(label=str(label), count=counts.get(value, 0), url=hub.database_url(type=value))
        for value, label in CLAUSE_TYPES
    ]
    bars.sort(key=lambda bar: -bar.count)  # stable: ties keep the types' order
    return Chart(
        key="type",
        kind="bars",
        title=_("Clauses by type"),
        description=bar_description(
            bars,
            _(
                "Horizontal bars, one per clause type, largest first. "
                "Largest: %(label)s (%(count)s)."
            ),
        ),
        heading=_("Clause type"),
        bars=bars,
    )


def year_chart(hub, facets):
    counts = totals(facets, 1)
    undated = counts.pop(None, 0)
    bars = []
    if counts:
        first, last = min(counts), max(counts)
        start = max(first, last - MAX_YEARS + 2) if last - first >= MAX_YEARS else first
        if start > first:
            earlier = sum(n for year, n in counts.items() if year < start)
            label = _("Before %(year)s") % {"year": start}
            url = hub.database_url(year_to=start - 1) if start - 1 in YEARS else ""
            bars.append(Bar(label, earlier, url, short=f"≤{start - 1}"))
        for year in range(start, last + 1):
            url = hub.database_url(year_from=year, year_to=year) if year in YEARS else ""
            bars.append(Bar(str(year), counts.get(year, 0), url))
    note = ""
    if undated:
        note = ngettext(
            "%(count)s clause has no year.", "%(count)s clauses have no year.", undated
        ) % {"count": undated}
    description = bar_description(
        bars, _("Columns, one per year, oldest first. Most clauses: %(label)s (%(count)s).")
    )
    return Chart(
        key="year",
        kind="columns",
        title=_("Clauses by year"),
        description=description,
        heading=_("Year signed or adopted"),
        bars=bars,
        note=" ".join(
            filter(None, [_("The year the agreement was signed or the text adopted."), note])
        ),
    )


def country_chart(hub, facets, language):
    counts, names = {}, {}
    for (_type, _year, code, name), count in facets.items():
        counts[code] = counts.get(code, 0) + count
        if code:
            names[code] = (
                country_name(code, language) if code in ISO_COUNTRY_CODES else name or code
            )
    nowhere = counts.pop(None, 0)
    ranked = sorted(counts, key=lambda code: (-counts[code], sort_key(names[code])))
    bars = [
        Bar(names[code], counts[code], hub.database_url(country=code))
        for code in ranked[:TOP_COUNTRIES]
    ]
    others = ranked[TOP_COUNTRIES:]
    if others:
        label = ngettext("%(count)s other country", "%(count)s other countries", len(others))
        others_count = sum(counts[c] for c in others)
        bars.append(Bar(label % {"count": len(others)}, others_count, group=True))
    if nowhere:
        bars.append(Bar(_("International (no country)"), nowhere, group=True))
    description = bar_description(
        bars,
        _(
            "Horizontal bars, the countries with most clauses first. "
            "Largest: %(label)s (%(count)s)."
        ),
    )
    return Chart(
        key="country",
        kind="bars",
        title=_("Clauses by country"),
        description=description,
        heading=_("Country"),
        bars=bars,
        note=ngettext(
            "Clauses from %(count)s country.", "Clauses from %(count)s countries.", len(counts)
        )
        % {"count": len(counts)},
    )


def mirrored(x, width, rtl):
    """The left edge (%) of a span starting `x` % from the page's start edge."""
    return 100 - x - width if rtl else x


def lay_out_bars(chart):
    """Rows from the top: the label (one or two lines), then the bar and its count."""
    most = max((bar.count for bar in chart.bars), default=0) or 1
    y = 0
    for bar in chart.bars:
        lines = textwrap.wrap(bar.label, LABEL_WIDTH, break_on_hyphens=False) or [""]
        if len(lines) > 2:
            lines = [lines[0], textwrap.shorten(" ".join(lines[1:]), LABEL_WIDTH, placeholder="…")]
        bar.lines = [(text, y + LINE * (i + 1) - 4) for i, text in enumerate(lines)]
        length = LONGEST * bar.count / most
        bar.y = y + LINE * len(lines) + 2
        bar.x = percent(mirrored(0, length, chart.rtl))
        bar.width = percent(length)
        bar.text_x = percent(length if not chart.rtl else 100 - length)
        bar.text_y = bar.y + BAR - 3
        bar.hit_x, bar.hit_y, bar.hit_width = "0", y, "100"
        bar.hit_height = bar.y + BAR + GAP // 2 - y
        y = bar.y + BAR + GAP
    chart.height = max(y - GAP + 2, 1)


def lay_out_columns(chart):
    """Columns side by side (from the page's start edge), their counts above, years below."""
    most = max((bar.count for bar in chart.bars), default=0) or 1
    slot = (100 - 2 * INSET) / max(len(chart.bars), 1)
    chart.axis_y = TOP + PLOT
    for i, bar in enumerate(chart.bars):
        height = round(PLOT * bar.count / most)
        start = INSET + i * slot
        bar.x = percent(mirrored(start + slot * 0.18, slot * 0.64, chart.rtl))
        bar.width = percent(slot * 0.64)
        bar.y, bar.height = chart.axis_y - height, height
        bar.text_x = percent(mirrored(start + slot / 2, 0, chart.rtl))
        bar.text_y = bar.y - 5
        words = (bar.short or bar.label).rsplit(" ", 1)
        bar.lines = [(text, chart.axis_y + 16 + 14 * j) for j, text in enumerate(words)]
        bar.hit_x, bar.hit_width = percent(mirrored(start, slot, chart.rtl)), percent(slot)
        bar.hit_y, bar.hit_height = 0, chart.axis_y + 34
    chart.height = chart.axis_y + 36
