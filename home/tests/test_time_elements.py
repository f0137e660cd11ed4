"""Dates in pages are machine-readable as HTML defines them: a `<time datetime>` holds a valid
date or date-time string (the Nu HTML Checker refuses Python's microseconds, "…:00.123456")."""

import re

import pytest
from django.utils import timezone

from .factories import StandardPageFactory

pytestmark = pytest.mark.django_db

DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
TIME = re.compile(r'<time datetime="([^"]*)"')


def test_the_last_updated_date_is_a_valid_html_date(client):
    page = StandardPageFactory(slug="about-dates")
    page.refresh_from_db()
    html = client.get(page.url).content.decode()
    values = TIME.findall(html)
    assert values, "the page says when it was last updated"
    assert all(DATE.fullmatch(value) for value in values), values
    assert timezone.localdate(page.last_published_at).isoformat() in values
