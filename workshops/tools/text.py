"""Visitors' text made fit for the documents the tools make (XLSX, PDF, CSV).

Text pasted from a word processor carries characters that a spreadsheet or an XML file cannot
hold: Word's line break (vertical tab, \\x0b), page breaks, NUL and other control characters. A
spreadsheet library refuses them and a PDF shows them as empty boxes. The line breaks become
newlines; the other control characters are dropped; every other character is kept."""

import re

# Line and paragraph breaks: Windows and old Mac line ends, Word's line break (vertical tab),
# form feed (a page break), NEL and the Unicode line and paragraph separators.
LINE_BREAKS = re.compile("\r\n|[\r\x0b\x0c\x85\u2028\u2029]")
# What XML 1.0 (and so XLSX) cannot hold, or a document cannot show: the C0 control characters
# but tab and newline, DEL, the C1 control characters, the non-characters U+FFFE and U+FFFF, and
# lone surrogates (which cannot even be written as UTF-8).
UNPRINTABLE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")


def clean(text):
    """The text with line breaks as newlines and without the characters above."""
    return UNPRINTABLE.sub("", LINE_BREAKS.sub("\n", text))
