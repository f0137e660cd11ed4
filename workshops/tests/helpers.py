"""Helpers for the tools' tests: reading the documents the tools produce."""

import io
import re

from pypdf import PdfReader


def pdf_text(content):
    """The text of a PDF, whitespace collapsed; fails unless the bytes are a readable PDF."""
    assert content.startswith(b"%PDF-"), content[:20]
    reader = PdfReader(io.BytesIO(content))
    assert len(reader.pages) >= 1
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))


def pdf_language(content):
    return str(PdfReader(io.BytesIO(content)).trailer["/Root"].get("/Lang", ""))


def upload(name, content, content_type="application/octet-stream"):
    from django.core.files.uploadedfile import SimpleUploadedFile

    if isinstance(content, str):
        content = content.encode("utf-8")
    return SimpleUploadedFile(name, content, content_type=content_type)
