"""The public "Submit a clause" form: what it stores, what it refuses and how (always a 4xx with
a clear message), the honeypot, the per-address rate limit, and mail to the moderators, queued
for the e-mail worker, that may fail without losing anything (clauses/tests/test_notifications.py
tries real mail servers)."""

import hashlib
import io
import logging
import zipfile
from datetime import timedelta
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.models import Group, User
from django.core import mail
from django.core.mail.backends.base import BaseEmailBackend
from django.test import override_settings
from django.utils import timezone

from clauses.models import ClauseSubmission
from ourdigitalfuture.core.translation import synchronise_locales

from .helpers import end_rate_limit_windows, form_data, pdf_bytes, upload
from .mail_helpers import email_tasks, notification_tasks, run_email_worker, submitter_tasks

pytestmark = pytest.mark.django_db

MODERATORS = ["hub-moderators@example.org"]


class FailingEmailBackend(BaseEmailBackend):
    """A mail server that is down."""

    def send_messages(self, email_messages):
        raise ConnectionRefusedError("SMTP server unreachable")


@pytest.fixture(autouse=True)
def moderator_addresses(settings):
    settings.HUB_MODERATOR_EMAILS = MODERATORS
    settings.HUB_SUBMISSIONS_PER_HOUR = 50


def docx_bytes():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types"/>',
        )
        archive.writestr(
            "word/document.xml",
            '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
            'wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Article 7</w:t></w:r></w:p>'
            "</w:body></w:document>",
        )
    return buffer.getvalue()


def odt_bytes():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", "<office:document-content/>")
    return buffer.getvalue()


def test_the_form_shows_every_field_and_a_hidden_honeypot(client, url, taxonomy):
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Submit a clause" in html
    for name in [
        "text",
        "title",
        "union_name",
        "country",
        "sector",
        "suggested_theme",
        "year",
        "source_url",
        "source_file",
        "submitter_name",
        "submitter_email",
        "consent_to_contact",
    ]:
        assert f'name="{name}"' in html
    assert 'enctype="multipart/form-data"' in html
    assert "Data rights" in html and "France" in html
    assert '<div class="visually-hidden" aria-hidden="true">' in html
    assert "Leave this field empty" in html
    assert 'name="website"' in html and 'tabindex="-1"' in html
    # The hub page is the context: its breadcrumb leads back to it.
    assert response.context["page"].title == "Hub"
    assert '<li aria-current="page">Submit a clause</li>' in html


def test_a_good_submission_is_stored_moderators_are_told_and_the_user_thanked(
    client, url, taxonomy
):
    theme, country, sector = taxonomy.theme, taxonomy.country, taxonomy.sector
    members = Group.objects.get(name="Hub moderators")
    User.objects.create_user("mod", "mod@example.org", "pw").groups.add(members)
    User.objects.create_user("gone", "gone@example.org", "pw", is_active=False).groups.add(members)

    response = client.post(url, form_data(taxonomy), REMOTE_ADDR="203.0.113.7")

    assert response.status_code == 303
    assert response["Location"] == f"{url}?thanks=1"
    submission = ClauseSubmission.objects.get()
    assert submission.title == "No monitoring after hours"
    assert submission.text == "The employer shall not monitor workers outside working hours."
    assert submission.union_name == "cfdt"
    assert (submission.country, submission.sector, submission.suggested_theme) == (
        country,
        sector,
        theme,
    )
    assert submission.year == 2021
    assert submission.source_url == "https://example.org/agreement.pdf"
    assert not submission.source_file
    assert (submission.submitter_name, submission.submitter_email) == (
        "Ana Pereira",
        "ana@example.org",
    )
    assert submission.consent_to_contact is True
    assert submission.status == ClauseSubmission.Status.NEW
    assert submission.language == "en"
    expected_hash = hashlib.sha256(("203.0.113.7" + settings.SECRET_KEY).encode()).hexdigest()
    assert submission.address_hash == expected_hash

    # The request only queues the e-mails, one per moderator and the submitter's
    # acknowledgement (clauses/tests/test_submitter_mail.py); the e-mail worker sends them.
    assert not mail.outbox
    assert notification_tasks().count() == 2
    assert submitter_tasks().count() == 1
    run_email_worker()
    to_moderators = [m for m in mail.outbox if m.to != ["ana@example.org"]]
    assert [message.to for message in to_moderators] == [
        ["hub-moderators@example.org"],
        ["mod@example.org"],
    ]
    admin_path = f"/admin/clauses/clausesubmission/inspect/{submission.pk}/"
    for message in to_moderators:
        assert "No monitoring after hours" in message.subject
        assert settings.WAGTAILADMIN_BASE_URL + admin_path in message.body
        # The submitter's address stays in the admin.
        assert "ana@example.org" not in message.body
    assert len({message.extra_headers["Message-ID"] for message in mail.outbox}) == 3

    thanks = client.get(response["Location"])
    assert thanks.status_code == 200
    assert "Thank you for your clause" in thanks.content.decode()


def test_the_language_of_the_form_is_kept(client, hub, taxonomy):
    synchronise_locales()  # the hub, made in code, gets its French alias (the admin's would)
    response = client.post(f"/fr/hub/{hub.reverse_subpage('submit')}", form_data(taxonomy))
    assert response.status_code == 303
    assert ClauseSubmission.objects.get().language == "fr"


def test_missing_fields_are_a_400_with_errors_and_what_was_typed_kept(client, url):
    response = client.post(
        url,
        {"title": "Algorithmic management & <b>you</b>", "year": "2019", "website": ""},
    )
    assert response.status_code == 400
    html = response.content.decode()
    form = response.context["form"]
    for field in ["text", "union_name", "submitter_name", "submitter_email", "source_url"]:
        assert field in form.errors
    assert "This field is required." in html
    assert "Give a link to the source, upload the document, or both." in html
    assert "Please correct the following" in html
    assert 'value="Algorithmic management &amp; &lt;b&gt;you&lt;/b&gt;"' in html
    assert 'value="2019"' in html
    assert 'aria-invalid="true"' in html
    assert "<title>Error:" in html
    assert not ClauseSubmission.objects.exists()
    assert not email_tasks().exists()


@pytest.mark.parametrize(
    "overrides, field",
    [
        ({"year": "1949"}, "year"),
        ({"year": str(timezone.now().year + 1)}, "year"),
        ({"submitter_email": "not-an-address"}, "submitter_email"),
        ({"source_url": "javascript:alert(1)"}, "source_url"),
        ({"country": "999999"}, "country"),
    ],
)
def test_bad_values_are_a_400_naming_the_field(client, url, taxonomy, overrides, field):
    response = client.post(url, form_data(taxonomy, **overrides))
    assert response.status_code == 400
    assert list(response.context["form"].errors) == [field]
    assert not ClauseSubmission.objects.exists()


def test_a_20_mb_file_is_refused_for_its_size(client, url):
    big = upload("agreement.pdf", b"%PDF-1.4\n" + b"0" * (20 * 1024 * 1024), "application/pdf")
    response = client.post(url, form_data(source_url="", source_file=big))
    assert response.status_code == 400
    # Sizes are written with a no-break space between number and unit.
    errors = [e.replace("\xa0", " ") for e in response.context["form"].errors["source_file"]]
    assert errors == ["The file is 20.0 MB; files may be 10.0 MB at most."]
    assert "files may be 10.0\xa0MB at most" in response.content.decode()
    assert not ClauseSubmission.objects.exists()


@pytest.mark.parametrize(
    "name, content",
    [
        ("agreement.pdf", b"MZ" + b"\x90\x00\x03\x00" * 200),
        ("agreement.docx", b"PK\x03\x04 a broken zip"),
        ("agreement.docx", None),
        ("agreement.odt", b"plain text, not an OpenDocument"),
    ],
    ids=["exe-named-pdf", "broken-zip", "zip-without-document", "text-named-odt"],
)
def test_files_that_are_not_pdf_docx_or_odt_are_refused_by_content(client, url, name, content):
    if content is None:
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            archive.writestr("readme.txt", "not a document")
        content = buffer.getvalue()
    response = client.post(url, form_data(source_url="", source_file=upload(name, content)))
    assert response.status_code == 400
    assert response.context["form"].errors["source_file"] == [
        "This file is not a PDF, DOCX or ODT document. Please upload one of those."
    ]
    assert not ClauseSubmission.objects.exists()


@pytest.mark.parametrize(
    "name, make, stored_extension",
    [
        ("Agreement 2021.pdf", pdf_bytes, "pdf"),
        ("agreement.docx", docx_bytes, "docx"),
        ("agreement.odt", odt_bytes, "odt"),
        ("renamed.exe", pdf_bytes, "pdf"),
    ],
)
def test_real_documents_are_accepted_and_kept_in_private_storage(
    client, url, name, make, stored_extension
):
    content = make()
    response = client.post(url, form_data(source_url="", source_file=upload(name, content)))
    assert response.status_code == 303
    submission = ClauseSubmission.objects.get()
    assert submission.source_file.name.startswith("submissions/")
    assert submission.source_file.name.endswith(f".{stored_extension}")
    path = Path(submission.source_file.path).resolve()
    assert path.is_relative_to(Path(settings.PRIVATE_MEDIA_ROOT).resolve())
    assert not path.is_relative_to(Path(settings.MEDIA_ROOT).resolve())
    assert path.read_bytes() == content
    # Media does not hold it, so no public URL reaches it.
    assert client.get(settings.MEDIA_URL + submission.source_file.name).status_code == 404


def test_a_script_in_the_text_is_shown_escaped(client, url):
    script = "<script>alert('hub')</script>"
    response = client.post(url, {"text": f"Clause {script}", "title": script, "website": ""})
    assert response.status_code == 400
    html = response.content.decode()
    assert "&lt;script&gt;alert(&#x27;hub&#x27;)&lt;/script&gt;" in html
    assert "<script>alert" not in html


def test_a_filled_honeypot_stores_nothing_and_says_little(client, url, taxonomy):
    response = client.post(url, form_data(taxonomy, website="https://spam.example"))
    assert response.status_code == 400
    html = response.content.decode()
    assert "Your submission could not be accepted." in html
    assert "honeypot" not in html.lower()
    assert not ClauseSubmission.objects.exists()
    assert not email_tasks().exists()


def test_one_address_may_send_only_so_many_per_hour(client, url, taxonomy, settings):
    settings.HUB_SUBMISSIONS_PER_HOUR = 2
    for _ in range(2):
        response = client.post(url, form_data(taxonomy), REMOTE_ADDR="198.51.100.4")
        assert response.status_code == 303

    response = client.post(
        url, form_data(taxonomy, title="The third one"), REMOTE_ADDR="198.51.100.4"
    )
    assert response.status_code == 429
    html = response.content.decode()
    assert "You have sent several clauses in the last hour" in html
    assert 'value="The third one"' in html
    assert ClauseSubmission.objects.count() == 2
    assert notification_tasks().count() == 2

    # Another address is not held back, and an hour later the first one may send again.
    assert client.post(url, form_data(taxonomy), REMOTE_ADDR="198.51.100.5").status_code == 303
    end_rate_limit_windows()
    assert client.post(url, form_data(taxonomy), REMOTE_ADDR="198.51.100.4").status_code == 303


@override_settings(EMAIL_BACKEND=f"{__name__}.FailingEmailBackend")
def test_a_failing_mail_server_loses_nothing(client, url, taxonomy, caplog):
    response = client.post(url, form_data(taxonomy))
    assert response.status_code == 303
    assert response["Location"] == f"{url}?thanks=1"
    submission = ClauseSubmission.objects.get()
    assert submission.title == "No monitoring after hours"

    with caplog.at_level(logging.WARNING, logger="clauses.notifications"):
        run_email_worker()
    assert not mail.outbox
    record = next(r for r in caplog.records if r.name == "clauses.notifications")
    assert record.levelno == logging.WARNING
    assert "ConnectionRefusedError" in record.getMessage()
    # The attempt is recorded as failed and the e-mail is queued again, for later.
    failed = notification_tasks().get(status="FAILED")
    assert failed.exception_class_path == "builtins.ConnectionRefusedError"
    retry = notification_tasks().get(status="READY")
    assert retry.args_kwargs["args"] == [submission.pk, "hub-moderators@example.org"]
    assert retry.run_after > timezone.now() + timedelta(seconds=50)


def test_without_any_moderator_address_the_submission_is_still_stored(
    client, url, taxonomy, settings
):
    settings.HUB_MODERATOR_EMAILS = []
    response = client.post(url, form_data(taxonomy))
    assert response.status_code == 303
    assert ClauseSubmission.objects.count() == 1
    assert not notification_tasks().exists()


def test_other_methods_are_not_allowed(client, url):
    assert client.put(url).status_code == 405
