"""The site's shared content blocks, used by every page type's StreamFields.

Each block has a template, a preview value and a description, so that the editor's block picker
shows what it makes. `CONTENT_BLOCKS` is the list pages use for a body."""

import re
from urllib.parse import parse_qs, urlparse

from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class HeadingValue(blocks.StructValue):
    def anchor(self):
        return slugify(self.get("text")) or "section"


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=120)

    class Meta:
        icon = "title"
        label = _("Section heading")
        template = "blocks/heading.html"
        value_class = HeadingValue
        description = _("Starts a section; section headings make the page's table of contents.")
        preview_value = {"text": "Data at work is power"}


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Paragraph")
        template = "blocks/paragraph.html"
        description = _("Formatted text: paragraphs, lists, links.")
        preview_value = "<p>Workers generate data every working day, often without knowing it.</p>"


class DefinitionBlock(blocks.StructBlock):
    term = blocks.CharBlock(label=_("Term"), max_length=120)
    definition = blocks.TextBlock(label=_("Definition"))

    class Meta:
        icon = "help"
        label = _("Definition")
        template = "blocks/definition.html"
        description = _("A term and what it means, shown as a highlighted definition.")
        preview_value = {
            "term": "Algorithm",
            "definition": "A set of instructions, like a recipe, that turns data into a result.",
        }


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quotation"))
    attribution = blocks.CharBlock(label=_("Who said it"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        label = _("Quotation")
        template = "blocks/quote.html"
        description = _("A quotation, with who said it.")
        preview_value = {"text": "Data is the new oil.", "attribution": "A common saying"}


class ExampleBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    text = blocks.RichTextBlock(label=_("Text"))

    class Meta:
        icon = "doc-full"
        label = _("Example box")
        template = "blocks/example.html"
        description = _("A real-world example in a box, set apart from the main text.")
        preview_value = {
            "title": "Home-care scheduling",
            "text": "<p>An app plans the visits of home-care workers.</p>",
        }


class StepsBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=200, required=False)
    steps = blocks.ListBlock(blocks.TextBlock(label=_("Step")), label=_("Steps"))

    class Meta:
        icon = "list-ol"
        label = _("Numbered steps")
        template = "blocks/steps.html"
        description = _("Numbered instructions, e.g. an exercise for the facilitator.")
        preview_value = {
            "title": "Exercise",
            "steps": ["Split into groups of three.", "List the data your employer collects."],
        }


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("Kind"),
        choices=[("note", _("Note")), ("tip", _("Tip")), ("warning", _("Warning"))],
        default="note",
    )
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    text = blocks.RichTextBlock(label=_("Text"))

    class Meta:
        icon = "warning"
        label = _("Callout")
        template = "blocks/callout.html"
        description = _("A note, tip or warning that stands out from the text.")
        preview_value = {"kind": "tip", "title": "Timing", "text": "<p>Allow 20 minutes.</p>"}


YOUTUBE_ID = re.compile(r"^[A-Za-z0-9_-]{6,20}$")


def video_embed_url(address):
    """The privacy-friendly player address of a YouTube or Vimeo video link, else ""."""
    url = urlparse(address or "")
    host = (url.hostname or "").lower()
    video_id = ""
    if host.endswith("youtube.com"):
        video_id = parse_qs(url.query).get("v", [""])[0]
    elif host == "youtu.be":
        video_id = url.path.lstrip("/")
    elif host.endswith("vimeo.com") and url.path.strip("/").isdigit():
        return f"https://player.vimeo.com/video/{url.path.strip('/')}?dnt=1"
    if video_id and YOUTUBE_ID.match(video_id):
        return f"https://www.youtube-nocookie.com/embed/{video_id}"
    return ""


class VideoValue(blocks.StructValue):
    def embed_url(self):
        """The privacy-friendly player address, used only when the reader clicks to load."""
        return video_embed_url(self.get("url"))


class VideoBlock(blocks.StructBlock):
    url = blocks.URLBlock(label=_("Video address"), help_text=_("A YouTube or Vimeo link."))
    title = blocks.CharBlock(label=_("Title"), max_length=200)

    class Meta:
        icon = "media"
        label = _("Video (click to load)")
        template = "blocks/video.html"
        value_class = VideoValue
        description = _("A video that is fetched from its host only when the reader asks for it.")
        preview_value = {"url": "https://www.youtube.com/watch?v=dQw4w9WgXcQ", "title": "Video"}


class TitledTextBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"))
    text = blocks.RichTextBlock(label=_("Text"))

    class Meta:
        icon = "doc-full"
        template = "blocks/titled_text.html"
        preview_value = {"title": "Database view", "text": "<p>Filter every clause.</p>"}


CONTENT_BLOCKS = [
    ("heading", HeadingBlock()),
    ("paragraph", ParagraphBlock()),
    ("definition", DefinitionBlock()),
    ("quote", QuoteBlock()),
    ("example", ExampleBlock()),
    ("steps", StepsBlock()),
    ("callout", CalloutBlock()),
    ("video", VideoBlock()),
]


def table_of_contents(stream_value):
    """The (anchor, text) pairs of a body's section headings, in order."""
    return [
        (block.value.anchor(), block.value["text"])
        for block in stream_value
        if block.block_type == "heading"
    ]
