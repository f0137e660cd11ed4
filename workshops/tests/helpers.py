"""Helpers for the tools' tests: reading the documents the tools produce, and filling in the
Digital Impact Framework."""

import html
import io
import re

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from pypdf import PdfReader

from workshops.tools.impact import results


def pdf_text(content):
    """The text of a PDF, whitespace collapsed; fails unless the bytes are a readable PDF."""
    assert content.startswith(b"%PDF-"), content[:20]
    reader = PdfReader(io.BytesIO(content))
    assert len(reader.pages) >= 1
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))


def pdf_language(content):
    return str(PdfReader(io.BytesIO(content)).trailer["/Root"].get("/Lang", ""))


def upload(name, content, content_type="application/octet-stream"):
    if isinstance(content, str):
        content = content.encode("utf-8")
    return SimpleUploadedFile(name, content, content_type=content_type)


# The Digital Impact Framework's forms and pages ------------------------------------------------


def answers(dimensions, shift=0):
    """A level for every dimension: 1, 2, 3, 4, 5, 1… (moved on by `shift`)."""
    return {
        results.field_name(d): str((index + shift) % 5 + 1) for index, d in enumerate(dimensions)
    }


def hidden(page, name):
    """The value of a hidden field in a page's raw HTML."""
    match = re.search(rf'name="{name}" value="([^"]*)"', page)
    assert match, f"no hidden {name} field"
    return html.unescape(match.group(1))


def text(response):
    """A page's HTML with its entities decoded, to look for the content's own words."""
    return html.unescape(response.content.decode())


def on_day(monkeypatch, day):
    monkeypatch.setattr(timezone, "localdate", lambda *args, **kwargs: day)
