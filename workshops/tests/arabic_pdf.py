"""Whether a PDF draws Arabic text shaped: letters in their joined (initial, medial, final)
forms and in right-to-left visual order, not the isolated letters of the text as typed.

Extracting the text cannot tell: the PDF maps each joined form back to its letter. So the glyphs
themselves are compared. Each word is shaped with HarfBuzz and the site's Arabic font (the shaping
a reader's eye expects); the PDF's glyphs drawn in its Arabic font are read from its pages'
content, each glyph known by its outline (a subset font renumbers and renames glyphs but keeps
their outlines); the word's shaped glyphs must appear there, one after the other."""

import functools
import io

import fontpkg
import uharfbuzz
from fontTools.ttLib import TTFont
from pypdf import PdfReader
from pypdf.generic import ContentStream

ARABIC_FONT = "Noto Sans Arabic"


def outline(font, name):
    """A glyph's outline and advance: the same in a font and in any subset of it."""
    glyf = font["glyf"]
    coordinates, ends, _flags = glyf[name].getCoordinates(glyf)
    return tuple(map(tuple, coordinates)), tuple(ends), font["hmtx"][name][0]


@functools.cache
def site_font():
    path = str(fontpkg.path(ARABIC_FONT))
    return path, TTFont(path)


def shaped(word):
    """The outlines of a word's glyphs as HarfBuzz shapes it, left to right on the page."""
    path, font = site_font()
    hb_font = uharfbuzz.Font(uharfbuzz.Face(uharfbuzz.Blob.from_file_path(path)))
    buffer = uharfbuzz.Buffer()
    buffer.add_str(word)
    buffer.guess_segment_properties()
    uharfbuzz.shape(hb_font, buffer, {})
    order = font.getGlyphOrder()
    return [outline(font, order[info.codepoint]) for info in buffer.glyph_infos]


def unshaped(word):
    """The outlines of a word's letters in their isolated forms, in typing order reversed."""
    _path, font = site_font()
    cmap = font.getBestCmap()
    return [outline(font, cmap[ord(char)]) for char in reversed(word) if ord(char) in cmap]


def raw(item):
    """A string operand's bytes as written (pypdf may have decoded them as text)."""
    return item.original_bytes if hasattr(item, "original_bytes") else bytes(item)


def drawn_arabic_glyphs(content):
    """The outlines of the glyphs a PDF draws in its Arabic font, in the order drawn."""
    reader = PdfReader(io.BytesIO(content))
    drawn = []
    for page in reader.pages:
        fonts = {}
        for name, ref in page["/Resources"]["/Font"].items():
            font = ref.get_object()
            if ARABIC_FONT.replace(" ", "") not in str(font["/BaseFont"]):
                continue
            descendant = font["/DescendantFonts"][0].get_object()
            data = descendant["/FontDescriptor"]["/FontFile2"].get_object().get_data()
            subset = TTFont(io.BytesIO(data))
            mapping = descendant.get("/CIDToGIDMap")
            gids = None if mapping is None or mapping == "/Identity" else mapping.get_data()
            fonts[name] = (subset, subset.getGlyphOrder(), gids)
        current = None
        for operands, operator in ContentStream(page.get_contents(), reader).operations:
            if operator == b"Tf":
                current = fonts.get(operands[0])
            elif operator in (b"Tj", b"TJ") and current:
                subset, order, gids = current
                items = operands[0] if operator == b"TJ" else [operands[0]]
                for item in items:
                    if isinstance(item, (int, float)):
                        continue
                    codes = raw(item)
                    for index in range(0, len(codes) - 1, 2):
                        cid = int.from_bytes(codes[index : index + 2], "big")
                        gid = cid if gids is None else int.from_bytes(gids[2 * cid : 2 * cid + 2])
                        drawn.append(outline(subset, order[gid]))
    return drawn


def contains(sequence, part):
    return any(sequence[i : i + len(part)] == part for i in range(len(sequence) - len(part) + 1))


def unshaped_words(content, text):
    """The words of `text` that the PDF does not draw shaped (an empty list when it does). A
    word whose shaping changes nothing would prove nothing: it is reported too."""
    drawn = drawn_arabic_glyphs(content)
    return [
        word
        for word in text.split()
        if shaped(word) == unshaped(word) or not contains(drawn, shaped(word))
    ]
