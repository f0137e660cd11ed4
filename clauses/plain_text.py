"""A clause's commentary (rich text) as plain text for the open data, and back for the import.

The open data's text columns are plain text: paragraphs, headings and quotes become paragraphs
separated by a blank line, list items lines starting with "- " (or "1. "), line breaks newlines;
links keep their words, markup and entities go. `text_to_html` turns such text back into
paragraphs and lists; a cell that already holds HTML (an older export, an editor's spreadsheet)
is kept as it is."""

import re
from html import escape
from html.parser import HTMLParser

# Elements whose content is a paragraph of its own.
BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "div", "figure"}
LISTS = {"ul", "ol"}
HTML_START = re.compile(r"^\s*<(p|h[1-6]|ul|ol|blockquote|div|pre|figure|hr)\b", re.IGNORECASE)
BULLET = re.compile(r"^(?:- |\d+\. )")


class _Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks = []
        self.current = []
        self.lists = []  # for each open list: the next item's number, or None for bullets

    def flush(self):
        text = "".join(self.current)
        lines = [" ".join(line.split()) for line in text.split("\n")]
        text = "\n".join(line for line in lines if line)
        if text:
            self.blocks.append(text)
        self.current = []

    def handle_starttag(self, tag, attrs):
        if tag in BLOCKS or tag in LISTS or tag == "hr":
            self.flush()
        if tag in LISTS:
            self.lists.append(1 if tag == "ol" else None)
        elif tag == "li":
            self.flush()
            number = self.lists[-1] if self.lists else None
            if number is None:
                self.current.append("- ")
            else:
                self.current.append(f"{number}. ")
                self.lists[-1] = number + 1
        elif tag == "br":
            self.current.append("\n")

    def handle_endtag(self, tag):
        if tag in BLOCKS or tag == "li":
            self.flush()
        elif tag in LISTS:
            self.flush()
            if self.lists:
                self.lists.pop()
            self._join_list()

    def _join_list(self):
        """A list's items are one paragraph, one item a line."""
        items = []
        while self.blocks and BULLET.match(self.blocks[-1]):
            items.insert(0, self.blocks.pop())
        if items:
            self.blocks.append("\n".join(items))

    def handle_data(self, data):
        self.current.append(data.replace("\n", " "))


def html_to_text(html):
    """Rich text as plain text: blocks separated by a blank line, list items one a line."""
    if not html:
        return ""
    parser = _Text()
    parser.feed(html)
    parser.close()
    parser.flush()
    return "\n\n".join(parser.blocks)


def text_to_html(text):
    """Plain text as rich text: each paragraph a <p> (its line breaks <br/>), lines starting
    with "- " or "1. " a list. HTML is kept as it is."""
    if not text or not text.strip() or HTML_START.match(text):
        return text or ""
    parts = []
    for block in re.split(r"\n\s*\n", text.strip()):
        lines = [line.strip() for line in block.splitlines() if line.strip()]
        if all(BULLET.match(line) for line in lines):
            tag = "ul" if lines[0].startswith("- ") else "ol"
            items = "".join(
                f"<li>{escape(BULLET.sub('', line), quote=False)}</li>" for line in lines
            )
            parts.append(f"<{tag}>{items}</{tag}>")
        else:
            parts.append("<p>" + "<br/>".join(escape(line, quote=False) for line in lines) + "</p>")
    return "".join(parts)
