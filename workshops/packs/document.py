"""A facilitator pack as a PDF: a workshop page's title, aims, plan (its body: sections, steps,
exercises, examples), facts and the list of its material with their links; the course's pack
has the course index's introduction, a table of contents and every workshop.

Labels are in the reader's language (the active one); a page's own text keeps the language and
direction it is shown in on the site (an untranslated page shows its English text, left to right,
in an Arabic pack), as `content_attrs` marks it in the page's HTML."""

from html.parser import HTMLParser
from urllib.parse import urljoin

from django.conf import settings
from django.utils.translation import get_language_info, gettext_lazy
from django.utils.translation import gettext as _
from wagtail.rich_text import RichText, expand_db_html

from clauses.plain_text import html_to_text
from ourdigitalfuture.core.templatetags.content_language import source_language
from workshops.tools.pdf import BRAND, MUTED, SiteDocument

CALLOUT_KINDS = {
    "note": gettext_lazy("Note"),
    "tip": gettext_lazy("Tip"),
    "warning": gettext_lazy("Warning"),
}


class _Links(HTMLParser):
    """The links of a piece of HTML: (words, address) pairs, in order."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links = []
        self.open = None

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            href = dict(attrs).get("href") or ""
            self.open = [href, []] if href and not href.startswith("#") else None

    def handle_data(self, data):
        if self.open:
            self.open[1].append(data)

    def handle_endtag(self, tag):
        if tag == "a" and self.open:
            href, words = self.open
            self.links.append((" ".join("".join(words).split()), href))
            self.open = None


def links_in(html):
    parser = _Links()
    parser.feed(html)
    parser.close()
    return parser.links


def content_rtl(page):
    """Whether `page`'s own text runs right to left, in the language it is shown in."""
    code = source_language(page) or page.locale.language_code
    return bool(get_language_info(code)["bidi"])


class PackDocument(SiteDocument):
    """A pack: `root_url` (the site's, e.g. https://example.org) makes the site's own links,
    written as paths in the pages, into addresses a printed or e-mailed pack can use."""

    def __init__(self, title, root_url):
        super().__init__(
            title,
            _("Facilitator pack from %(site)s") % {"site": settings.WAGTAIL_SITE_NAME},
        )
        self.root_url = root_url.rstrip("/") + "/"

    def absolute(self, url):
        return urljoin(self.root_url, url) if url else ""

    def label(self, text):
        """A small label in the reader's language above a value."""
        self.paragraph(text, size=9, height=4.5, colour=MUTED, space=0.3)

    def subheading(self, text):
        self.paragraph(text, size=11.5, height=5.8, bold=True, colour=BRAND, space=1)

    def rich_text(self, value, size=10.5):
        """Rich text as paragraphs (list items one a line, with a bullet or their number), then
        its links, each a clickable line with its address."""
        html = expand_db_html(value.source if isinstance(value, RichText) else str(value or ""))
        for block in html_to_text(html).split("\n\n"):
            lines = [
                f"• {line[2:]}" if line.startswith("- ") else line for line in block.split("\n")
            ]
            self.paragraph("\n".join(lines), size=size)
        for words, href in links_in(html):
            address = self.absolute(href)
            if words:
                self.link_line(words, address, space=0.2)
            self.address(address)

    def address(self, url, size=8.5, space=1.5):
        """An address, as a link: it reads left to right in any document, on the side of the
        text around it."""
        with self.direction(False, align_rtl=self.align == "R"):
            self.link_line(url, url, size=size, space=space)

    def url_line(self, label, url):
        self.label(label)
        self.address(url, size=9.5, space=2)

    def title_link(self, page, url, size=11):
        """A page's title as a link, in its own direction, on the reader's side."""
        with self.direction(content_rtl(page), align_rtl=self.document_rtl):
            self.link_line(page.title, url, size=size, space=0.3)


# A workshop's plan: the blocks of its body (ourdigitalfuture.core.blocks.CONTENT_BLOCKS) --------


def heading_block(pdf, value):
    pdf.heading(value["text"])


def paragraph_block(pdf, value):
    pdf.rich_text(value)


def definition_block(pdf, value):
    pdf.paragraph(value["term"], size=10.5, bold=True, space=0.3)
    pdf.paragraph(value["definition"], space=2)


def quote_block(pdf, value):
    pdf.paragraph(f"“{value['text']}”", size=11, colour=MUTED, space=0.5)
    if value.get("attribution"):
        pdf.paragraph(f"— {value['attribution']}", size=9.5, colour=MUTED, space=2)


def example_block(pdf, value):
    pdf.subheading(value["title"])
    pdf.rich_text(value["text"])


def steps_block(pdf, value):
    """Numbered steps: the course's exercises and session plans."""
    pdf.subheading(value.get("title") or _("Steps"))
    for number, step in enumerate(value["steps"], start=1):
        pdf.paragraph(f"{number}. {step}", space=1)
    pdf.ln(1)


def callout_block(pdf, value, interface_rtl):
    with pdf.direction(interface_rtl):
        pdf.label(str(CALLOUT_KINDS.get(value.get("kind"), _("Note"))))
    pdf.paragraph(value["title"], size=10.5, bold=True, space=0.5)
    pdf.rich_text(value["text"])


def video_block(pdf, value, interface_rtl):
    with pdf.direction(interface_rtl):
        pdf.label(_("Video"))
    pdf.paragraph(value["title"], size=10.5, bold=True, space=0.5)
    pdf.link_line(value["url"], value["url"], space=2)


BLOCKS = {
    "heading": heading_block,
    "paragraph": paragraph_block,
    "definition": definition_block,
    "quote": quote_block,
    "example": example_block,
    "steps": steps_block,
}
# Blocks with a label in the reader's language as well as text of the page's.
LABELLED_BLOCKS = {"callout": callout_block, "video": video_block}


def plan(pdf, body, interface_rtl):
    for block in body:
        if block.block_type in BLOCKS:
            BLOCKS[block.block_type](pdf, block.value)
        elif block.block_type in LABELLED_BLOCKS:
            LABELLED_BLOCKS[block.block_type](pdf, block.value, interface_rtl)


def materials(pdf, workshop):
    """The facilitator material: each item's title (a link), kind and language, description
    and address."""
    pdf.heading(_("Facilitator material"))
    items = list(workshop.materials.select_related("document"))
    if not items:
        pdf.paragraph(_("No material has been added for this workshop yet."), colour=MUTED)
        return
    rtl = content_rtl(workshop)
    for material in items:
        address = pdf.absolute(material.link_url)
        with pdf.direction(rtl, align_rtl=pdf.document_rtl):
            pdf.link_line(material.title, address, size=11, space=0.3)
        facts = [material.purpose_label, material.file_label, material.get_language_display()]
        if material.licence:
            facts.append(_("Licence: %(licence)s") % {"licence": material.licence})
        pdf.paragraph(
            " · ".join(str(fact) for fact in facts if fact),
            size=9,
            colour=MUTED,
            space=0.3,
        )
        with pdf.direction(rtl, align_rtl=pdf.document_rtl):
            pdf.paragraph(material.description, size=9.5, space=0.3)
        pdf.address(address, space=3)


def untranslated_note(pdf, page):
    """What the page says above text it shows in another language (`untranslated_notice`)."""
    code = source_language(page)
    if code:
        pdf.paragraph(
            _(
                "This page has not been translated into this language yet: its text is shown "
                "in %(language)s."
            )
            % {"language": get_language_info(code)["name_translated"]},
            size=9.5,
            colour=MUTED,
            space=3,
        )


def workshop_section(pdf, workshop, total=None):
    """One workshop, from the top of a page: number, title, strapline, facts, aims, plan and
    material."""
    interface_rtl = pdf.rtl
    rtl = content_rtl(workshop)
    pdf.start_section(workshop.title)
    if total:
        number = _("Workshop %(number)s of %(total)s") % {
            "number": workshop.number,
            "total": total,
        }
    else:
        number = _("Workshop %(number)s") % {"number": workshop.number}
    pdf.paragraph(number, size=10, colour=MUTED, space=1)
    with pdf.direction(rtl):
        pdf.paragraph(workshop.title, size=18, height=8, bold=True, colour=BRAND, space=1)
        pdf.paragraph(workshop.strapline, size=12, height=6, colour=MUTED, space=3)
    untranslated_note(pdf, workshop)

    pdf.label(_("Duration"))
    pdf.paragraph(_("%(minutes)s minutes") % {"minutes": workshop.duration_minutes}, space=1.5)
    pdf.label(_("For"))
    with pdf.direction(rtl):
        pdf.paragraph(workshop.audience, space=1.5)
    tool = workshop.related_tool
    if tool is not None and tool.live:
        pdf.label(_("Tool"))
        pdf.title_link(tool, tool.get_full_url(), size=10.5)
        pdf.ln(1.2)
    if workshop.url:
        pdf.url_line(_("On the site"), workshop.get_full_url())

    if workshop.summary:
        pdf.heading(_("Aims"))
        with pdf.direction(rtl):
            pdf.paragraph(workshop.summary)
    with pdf.direction(rtl):
        plan(pdf, workshop.body, interface_rtl)
    materials(pdf, workshop)


def workshop_pack(workshop, total, root_url):
    """The PDF of one workshop page (its live, published content)."""
    pdf = PackDocument(workshop.title, root_url)
    workshop_section(pdf, workshop, total)
    return pdf.output_bytes()


def course_pack(index, workshops, root_url):
    """The PDF of the course: its introduction, contents (links to each workshop's first page)
    and each workshop in `workshops`, in order, from a new page."""
    pdf = PackDocument(index.title, root_url)
    rtl = content_rtl(index)
    pdf.start_section(index.title)
    with pdf.direction(rtl):
        pdf.paragraph(index.title, size=22, height=10, bold=True, colour=BRAND, space=2)
    untranslated_note(pdf, index)
    with pdf.direction(rtl):
        pdf.rich_text(index.intro or index.summary, size=11.5)
    if index.url:
        pdf.url_line(_("On the site"), index.get_full_url())
    pdf.heading(_("Contents"))
    if not workshops:
        pdf.paragraph(_("No workshops have been published yet."), colour=MUTED)
    places = [pdf.add_link() for _workshop in workshops]
    for workshop, place in zip(workshops, places, strict=True):
        number = _("Workshop %(number)s") % {"number": workshop.number}
        minutes = _("%(minutes)s minutes") % {"minutes": workshop.duration_minutes}
        pdf.label(f"{number} · {minutes}")
        pdf.title_link(workshop, place, size=11.5)
        pdf.ln(2)
    for workshop, place in zip(workshops, places, strict=True):
        pdf.add_page()
        pdf.set_link(place, page=pdf.page_no())
        workshop_section(pdf, workshop)
    return pdf.output_bytes()
