"""PDF documents made on the server with fpdf2 in the reader's language: the interactive tools'
results (`ToolDocument`) and the course's facilitator packs (workshops/packs), both built on
`SiteDocument`.

Fonts come from PyPI packages (Noto Sans for Latin, Greek and Cyrillic; Noto Sans Arabic for
Arabic), and uharfbuzz shapes the text, so Arabic letters join and run right to left. The fonts are
variable fonts used at their default (regular) weight: making a bold instance takes seconds, so
headings are drawn with a thin outline instead."""

import contextlib
import functools
import io
import logging

import fontpkg
from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext as _
from fpdf import FPDF
from fpdf.enums import TextMode
from fpdf.fonts import FontFace

# fontTools reports every table it subsets at INFO level; that says nothing about the visitor,
# but it is noise in the site's log for each document.
logging.getLogger("fontTools").setLevel(logging.WARNING)

TEXT = "odfsans"
ARABIC = "odfarabic"
BRAND = (11, 92, 140)
EARLIER = (157, 180, 200)
MUTED = (74, 74, 85)


@functools.cache
def font_files():
    return str(fontpkg.path("Noto Sans")), str(fontpkg.path("Noto Sans Arabic"))


class SiteDocument(FPDF):
    """An A4 document with the site's fonts, right to left when the reader's language is, and
    `footer_text` at the foot of every page beside the page number."""

    def __init__(self, title, footer_text=""):
        super().__init__(orientation="portrait", unit="mm", format="A4")
        self.language = translation.get_language() or settings.LANGUAGE_CODE
        self.rtl = self.document_rtl = translation.get_language_bidi()
        self.align = "R" if self.rtl else "L"
        text_font, arabic_font = font_files()
        self.add_font(TEXT, "", text_font)
        self.add_font(ARABIC, "", arabic_font)
        self.set_fallback_fonts([ARABIC], exact_match=False)
        # Each paragraph runs in the document's direction; within it, the bidirectional
        # algorithm still orders runs of the other direction (numbers, names in Latin letters).
        self.set_text_shaping(True, direction="rtl" if self.rtl else "ltr")
        self.set_margins(18, 18, 18)
        self.set_auto_page_break(True, margin=20)
        self.set_title(title)
        self.set_lang(self.language)
        self.set_creator(settings.WAGTAIL_SITE_NAME)
        self.set_font(TEXT, size=10.5)
        self.footer_text = footer_text
        self.add_page()

    def footer(self):
        # A page may end inside text of another direction (`direction`): the foot keeps the
        # document's.
        with self.direction(self.document_rtl):
            self.set_y(-14)
            self.set_font(TEXT, size=8)
            self.set_text_color(*MUTED)
            self.cell(0, 5, self.footer_text, align=self.align)
            self.set_x(self.l_margin)
            self.cell(0, 5, str(self.page_no()), align="L" if self.rtl else "R")
            self.set_text_color(0, 0, 0)

    # Text helpers, each starting at the left margin and ending on a new line.

    def paragraph(self, text, size=10.5, height=5.2, bold=False, colour=(0, 0, 0), space=1.5):
        if not text:
            return
        self.set_font(TEXT, size=size)
        self.set_text_color(*colour)
        self.set_x(self.l_margin)
        if bold:
            with self.local_context(text_mode=TextMode.FILL_STROKE, line_width=0.12):
                self.set_draw_color(*colour)
                self.multi_cell(0, height, text, align=self.align, new_x="LMARGIN", new_y="NEXT")
        else:
            self.multi_cell(0, height, text, align=self.align, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(space)

    def heading(self, text, size=13):
        self.ln(2)
        self.paragraph(text, size=size, height=size * 0.5, bold=True, colour=BRAND, space=2)

    def label_value(self, label, value):
        """ "Label: value" where the value (a date, a number) is kept in its own cell, so that it
        reads the same in a right-to-left line."""
        self.set_font(TEXT, size=10.5)
        label_width = self.get_string_width(label) + 3
        value_width = self.get_string_width(value) + 2
        if self.rtl:
            self.set_x(self.w - self.r_margin - label_width - value_width)
            self.cell(value_width, 6, value)
            self.cell(label_width, 6, label, align="R")
        else:
            self.set_x(self.l_margin)
            self.cell(label_width, 6, label)
            self.cell(value_width, 6, value)
        self.ln(6)

    def table_rows(self, headings, rows, widths):
        """A table; right to left, its columns run from the right."""
        if self.rtl:
            headings, widths = headings[::-1], widths[::-1]
            rows = [row[::-1] for row in rows]
        self.set_font(TEXT, size=9.5)
        self.set_x(self.l_margin)
        self.set_fill_color(255, 255, 255)
        with self.table(
            cell_fill_mode="NONE",
            col_widths=widths,
            text_align="RIGHT" if self.rtl else "LEFT",
            line_height=5,
            headings_style=FontFace(color=BRAND, fill_color=(220, 231, 240)),
            first_row_as_headings=True,
            borders_layout="HORIZONTAL_LINES",
            padding=1.5,
        ) as table:
            table.row([str(h) for h in headings])
            for row in rows:
                table.row([str(cell) for cell in row])
        self.ln(3)

    @contextlib.contextmanager
    def direction(self, rtl, align_rtl=None):
        """Text written inside runs right to left or left to right, whatever the document's
        direction: content shown in another language than the interface's (an untranslated
        page's English in an Arabic document) keeps its own. It is aligned as it runs, or to the
        right when `align_rtl` says so (a short line in a list that is the interface's)."""
        saved = (self.rtl, self.align == "R")
        self._set_direction(rtl, rtl if align_rtl is None else align_rtl)
        try:
            yield
        finally:
            self._set_direction(*saved)

    def _set_direction(self, rtl, align_rtl):
        self.rtl = rtl
        self.align = "R" if align_rtl else "L"
        self.set_text_shaping(True, direction="rtl" if rtl else "ltr")

    def link_line(self, text, url, size=9.5, space=1):
        """A line (wrapped if long) that is a link: to an address, or to a place in the
        document (an id from `add_link`)."""
        self.set_font(TEXT, size=size)
        self.set_text_color(*BRAND)
        self.set_x(self.l_margin)
        self.multi_cell(
            0, size * 0.5, text, align=self.align, link=url, new_x="LMARGIN", new_y="NEXT"
        )
        self.set_text_color(0, 0, 0)
        self.ln(space)

    def output_bytes(self):
        buffer = io.BytesIO()
        self.output(buffer)
        return buffer.getvalue()


class ToolDocument(SiteDocument):
    """A tool's result: its footer says that nothing the visitor entered was kept."""

    def __init__(self, title):
        super().__init__(title, _("Nothing you entered was stored on the site's server."))
