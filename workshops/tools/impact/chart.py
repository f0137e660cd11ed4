"""The chart of a self-assessment result, drawn by `workshops/tools/impact/chart.html`."""

from workshops.blocks import LEVEL_COUNT

from .results import LEVELS

CHART_WIDTH = 720
CHART_MARGIN = 16
LABEL_HEIGHT = 22
BAR_HEIGHT = 16
BAR_GAP = 3
ROW_GAP = 14
AXIS_HEIGHT = 30
LEGEND_HEIGHT = 26


def number(value):
    """A coordinate as SVG wants it: a dot for the decimal point whatever the language."""
    return f"{value:.1f}".removesuffix(".0")


def chart(result_rows, rtl=False, dates=()):
    """The geometry of a horizontal bar chart, one group of bars per dimension (two when
    comparing), for `workshops/tools/impact/chart.html` to draw as SVG. Right-to-left languages
    get the mirror image: bars grow from the right edge."""
    series = 2 if any(r.earlier_level is not None for r in result_rows) else 1
    plot_start, plot_end = CHART_MARGIN, CHART_WIDTH - CHART_MARGIN - 24
    step = (plot_end - plot_start) / LEVEL_COUNT

    def x(position, width=0):
        """An x coordinate measured from the start edge, mirrored for right-to-left, written
        out here: a template would localise the decimal point (a comma in Russian)."""
        return number(CHART_WIDTH - position - width if rtl else position)

    legend_height = LEGEND_HEIGHT if series == 2 else 0
    top = legend_height + AXIS_HEIGHT
    group_height = LABEL_HEIGHT + series * BAR_HEIGHT + (series - 1) * BAR_GAP + ROW_GAP
    height = top + group_height * len(result_rows)

    ticks = [
        {"x": x(plot_start + level * step), "label": level, "y1": top - 6, "y2": height}
        for level in LEVELS
    ]
    groups = []
    for index, row in enumerate(result_rows):
        y = top + index * group_height
        values = [row.earlier_level, row.level] if series == 2 else [row.level]
        bars = []
        for position, value in enumerate(values):
            bar_y = y + LABEL_HEIGHT + position * (BAR_HEIGHT + BAR_GAP)
            css = "bar--earlier" if series == 2 and position == 0 else "bar--current"
            if value is None:
                bars.append({"missing": True, "y": bar_y, "css": css, "text_y": bar_y + 12})
                continue
            width = value * step
            bars.append(
                {
                    "missing": False,
                    "x": x(plot_start, width),
                    "y": bar_y,
                    "width": number(width),
                    "height": BAR_HEIGHT,
                    "css": css,
                    "value": value,
                    "text_x": x(plot_start + width + 4),
                    "text_y": bar_y + 12,
                }
            )
        groups.append(
            {
                "label": row.dimension.title,
                "label_x": x(plot_start),
                "label_y": y + 15,
                "bars": bars,
            }
        )
    legend = []
    if series == 2:
        for position, (date, css) in enumerate(
            zip(dates, ("bar--earlier", "bar--current"), strict=False)
        ):
            start = plot_start + position * 200
            legend.append(
                {
                    "date": date,
                    "css": css,
                    "x": x(start, 14),
                    "text_x": x(start + 20),
                    "y": 4,
                    "text_y": 16,
                }
            )
    return {
        "width": CHART_WIDTH,
        "height": int(height),
        "ticks": ticks,
        "groups": groups,
        "legend": legend,
        "axis_y": top - 12,
        "axis_top": top - 6,
        "start_x": x(plot_start),
        "rtl": rtl,
    }
