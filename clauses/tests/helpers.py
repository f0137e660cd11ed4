"""Helpers for the hub's tests: time passing for the rate limits, a valid submission form and
its files, the open data downloaded, the moderation admin's addresses and users."""

import csv
import io
from datetime import timedelta

from django.contrib.admin.utils import quote
from django.contrib.auth.models import Permission
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone
from fpdf import FPDF

from clauses.open_data import open_data_view
from home.tests.factories import UserFactory
from ourdigitalfuture.core.models import RateLimitCounter

LICENCE = "Our Digital Future — CC BY-NC-ND 4.0, Public Services International"


def end_rate_limit_windows():
    """Time passes: every client's rate-limit window ends (counted in the database or in the
    cache, ourdigitalfuture.core.ratelimit)."""
    RateLimitCounter.objects.update(expires_at=timezone.now() - timedelta(seconds=1))
    cache.clear()


def form_data(taxonomy=None, **overrides):
    """A valid "Submit a clause" form; with `taxonomy`, its country, sector and theme."""
    data = {
        "text": "The employer shall not monitor workers outside working hours.",
        "title": "No monitoring after hours",
        "clause_language": "en",
        "clause_type": "agreement_clause",
        "union_name": "cfdt",
        "year": "2021",
        "source_url": "https://example.org/agreement.pdf",
        "submitter_name": "Ana Pereira",
        "submitter_email": "ana@example.org",
        "consent_to_contact": "on",
        "website": "",
    }
    if taxonomy:
        data.update(
            country=taxonomy.country.pk,
            sector=taxonomy.sector.pk,
            suggested_theme=taxonomy.theme.pk,
        )
    data.update(overrides)
    return data


def csv_rows(content):
    """The rows of an exported CSV, read as a spreadsheet user would: the first line is the
    header."""
    return list(csv.DictReader(io.StringIO(content.decode("utf-8"), newline="")))


def download(hub, fmt, query=""):
    """The open-data view's response and its whole body."""
    response = open_data_view(RequestFactory().get(f"{hub.url}data/clauses.{fmt}{query}"), hub, fmt)
    content = b"".join(response.streaming_content) if response.streaming else response.content
    return response, content


def pdf_bytes():
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.cell(text="Article 7: the right to disconnect.")
    return bytes(pdf.output())


def upload(name, content, content_type="application/octet-stream"):
    return SimpleUploadedFile(name, content, content_type=content_type)


def admin_url(action, submission=None):
    name = f"clauses_clausesubmission_modeladmin_{action}"
    return reverse(name, args=[quote(submission.pk)]) if submission else reverse(name)


def assert_refused(response):
    """Wagtail's admin answers a permission denied by sending the user to the dashboard."""
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_home")


def moderator(*, can_change=True):
    """A hub moderator (from the migration's group), or a staff member who may use the admin
    and look at submissions but not review them."""
    if can_change:
        return UserFactory(username="moderator", email="mod@example.org", groups=["Hub moderators"])
    user = UserFactory(username="viewer", email="viewer@example.org")
    user.user_permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"),
        Permission.objects.get(content_type__app_label="clauses", codename="view_clausesubmission"),
    )
    return user
