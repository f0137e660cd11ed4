"""Highlighted fragments as safe HTML, whichever backend found them.

Both engines mark matches with two private-use characters rather than with HTML: the text
around them is the clause's own text, which must be escaped, so the marks become <mark>
elements only after escaping. Elasticsearch puts the marks in its highlight fragments; for
the database backends, `mark_terms` marks the words of the few displayed results that a
search term's prefix matches (the same prefixes the SQL query matched), so no backend loads
more than one page of results to highlight it.
"""

import html
import re

from django.utils.safestring import mark_safe

from search.analysis import fold

START = "\ue000"
END = "\ue001"
WORD = re.compile(r"[^\W_]+", re.UNICODE)
ELLIPSIS = "…"
MARKS = re.compile(f"([{START}{END}])")


def to_html(marked):
    """Escape `marked` and turn its marks into <mark> elements, always balanced."""
    # html.escape is what django.utils.html.escape runs, without its lazy-string wrapper: a
    # page of results has a few hundred pieces.
    escape = html.escape
    parts = []
    inside = False
    for piece in MARKS.split(marked or ""):
        if piece == START:
            if not inside:
                parts.append("<mark>")
                inside = True
        elif piece == END:
            if inside:
                parts.append("</mark>")
                inside = False
        else:
            parts.append(escape(piece))
    if inside:
        parts.append("</mark>")
    return mark_safe("".join(parts))


def strip_marks(text):
    return (text or "").replace(START, "").replace(END, "")


def mark_terms(text, prefixes):
    """`text` with every word that starts with one of `prefixes` marked (case and diacritics
    ignored, as the database search ignored them)."""
    text = strip_marks(text)
    folded = tuple(fold(p) for p in prefixes if p)
    if not folded:
        return text

    def mark(match):
        word = match.group(0)
        if fold(word).startswith(folded):
            return f"{START}{word}{END}"
        return word

    return WORD.sub(mark, text)


def fragments(text, prefixes, size=160, count=2):
    """Up to `count` marked fragments of about `size` characters around the first matches
    in `text`, or [] if nothing matches."""
    marked = mark_terms(text, prefixes)
    spans = [m.start() for m in re.finditer(START, marked)]
    result = []
    end_of_last = -1
    for start in spans:
        if start < end_of_last:
            continue
        left = max(0, start - size // 3)
        right = min(len(marked), left + size)
        # Widen to word boundaries so no fragment starts or ends inside a word.
        while left > 0 and not marked[left - 1].isspace():
            left -= 1
        while right < len(marked) and not marked[right].isspace():
            right += 1
        piece = marked[left:right].strip()
        if left > 0:
            piece = ELLIPSIS + piece
        if right < len(marked):
            piece += ELLIPSIS
        result.append(piece)
        end_of_last = right
        if len(result) == count:
            break
    return result
