"""The Digital Impact Framework's result as a dated PDF: chart, table, the goals the team set
(and those it set last time) and next-level guidance."""

from django.utils.translation import gettext as _

from workshops.blocks import LEVEL_COUNT

from ..pdf import BRAND, EARLIER, MUTED, TEXT, ToolDocument
from .goals import isolated, shown


def bar_chart(pdf, result_rows, dates):
    """Horizontal bars, one group per dimension, drawn from the start edge of the line."""
    comparing = any(r.earlier_level is not None for r in result_rows)
    start, end = pdf.l_margin, pdf.w - pdf.r_margin - 8
    step = (end - start) / LEVEL_COUNT

    def x(position, width=0):
        return pdf.w - position - width if pdf.rtl else position

    if comparing:
        for index, (date, colour) in enumerate(zip(dates, (EARLIER, BRAND), strict=False)):
            pdf.set_fill_color(*colour)
            swatch = start + index * 50
            pdf.rect(x(swatch, 4), pdf.get_y() + 1, 4, 4, style="F")
            pdf.set_font(TEXT, size=9)
            width = pdf.get_string_width(date) + 2
            pdf.set_xy(x(swatch + 6, width), pdf.get_y())
            pdf.cell(width, 6, date)
        pdf.ln(8)
    pdf.set_font(TEXT, size=8)
    pdf.set_text_color(*MUTED)
    top = pdf.get_y()
    for level in range(1, LEVEL_COUNT + 1):
        pdf.set_xy(x(start + level * step) - 2, top)
        pdf.cell(4, 4, str(level), align="C")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(5)
    bar = 4.2
    for row in result_rows:
        values = [row.earlier_level, row.level] if comparing else [row.level]
        needed = 6 + len(values) * (bar + 1) + 3
        if pdf.get_y() + needed > pdf.page_break_trigger:
            pdf.add_page()
        pdf.paragraph(row.dimension.title, size=9.5, height=5, space=0.5)
        for value, colour in zip(values, (EARLIER, BRAND) if comparing else (BRAND,), strict=True):
            y = pdf.get_y()
            pdf.set_draw_color(220, 220, 225)
            for level in range(LEVEL_COUNT + 1):
                pdf.line(x(start + level * step), y - 0.5, x(start + level * step), y + bar + 0.5)
            if value:
                pdf.set_fill_color(*colour)
                pdf.rect(x(start, value * step), y, value * step, bar, style="F")
            pdf.set_font(TEXT, size=8)
            label = str(value) if value else "–"
            pdf.set_xy(x(start + (value or 0) * step + 1, 5), y - 0.4)
            pdf.cell(5, bar + 0.8, label, align="R" if pdf.rtl else "L")
            pdf.set_y(y + bar + 1)
        pdf.ln(2.5)
    pdf.set_draw_color(0, 0, 0)


def goals_section(pdf, heading, shown_goals):
    """Each goal under its dimension, then its milestones as a table: what, who, by when."""
    pdf.heading(heading)
    content_width = pdf.w - pdf.l_margin - pdf.r_margin
    for item in shown_goals:
        pdf.paragraph(item.title, size=11, height=5.5, bold=True, space=0.5)
        pdf.paragraph(f"{_('Goal:')} {item.goal.text}")
        pdf.table_rows(
            [_("Milestone"), _("Responsible"), _("By")],
            [[m.text, m.responsible, m.date.isoformat()] for m in item.goal.milestones],
            [content_width - 72, 48, 24],
        )


def impact_pdf(page, result_rows, result, earlier=None, dimensions=()):
    """The Digital Impact Framework result: dates, chart, table, goals and next-level
    guidance."""
    pdf = ToolDocument(page.title)
    pdf.paragraph(page.title, size=18, height=8, bold=True, colour=BRAND, space=1)
    pdf.paragraph(_("Self-assessment result"), size=12, height=6, colour=MUTED, space=3)
    date = result.date.isoformat()
    if earlier:
        pdf.label_value(_("Earlier result:"), earlier.date.isoformat())
        pdf.label_value(_("This result:"), date)
        dates = [earlier.date.isoformat(), date]
    else:
        pdf.label_value(_("Date:"), date)
        dates = [date]
    pdf.heading(_("Your levels"))
    bar_chart(pdf, result_rows, dates)

    days = [earlier.date, result.date] if earlier else [result.date]
    headings = [_("Dimension")] + [_("Level on %(date)s") % {"date": isolated(d)} for d in days]
    table = []
    for row in result_rows:
        levels = [row.level]
        if earlier:
            levels.insert(0, row.earlier_level if row.earlier_level is not None else "–")
        table.append([row.dimension.title, *levels])
    content_width = pdf.w - pdf.l_margin - pdf.r_margin
    widths = [content_width - 32 * len(dates)] + [32] * len(dates)
    pdf.table_rows(headings, table, widths)

    if result.goals:
        goals_section(pdf, _("Goals and milestones"), shown(result.goals, dimensions))
    if earlier and earlier.goals:
        heading = _("Goals set on %(date)s") % {"date": isolated(earlier.date)}
        goals_section(pdf, heading, shown(earlier.goals, dimensions))

    pdf.heading(_("What the next level looks like"))
    for row in result_rows:
        pdf.paragraph(row.dimension.title, size=11, height=5.5, bold=True, space=0.5)
        pdf.paragraph(
            _("Level %(level)s of %(count)s: %(text)s")
            % {"level": row.level, "count": LEVEL_COUNT, "text": row.level_text}
        )
        if row.next_level:
            pdf.paragraph(
                _("At level %(level)s you would be: %(text)s")
                % {"level": row.next_level, "text": row.next_level_text or "–"},
                colour=MUTED,
            )
        else:
            pdf.paragraph(_("This is the highest level."), colour=MUTED)
        pdf.ln(1)
    return pdf.output_bytes()
