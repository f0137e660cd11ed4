"""Moderating clause submissions in the admin: the list, export and inspect views, accepting a
submission as a prefilled draft clause (with its file as a document), rejecting it with a reason,
and keeping the admin's actions and the private file away from everyone else."""

import csv
import io
import re

import pytest
from django.conf import settings
from django.contrib.admin.utils import quote
from django.core import mail
from django.test import Client
from django.urls import reverse
from openpyxl import load_workbook
from wagtail.documents import get_document_model
from wagtail.models import Locale

from clauses.models import Clause, ClauseSubmission

from .factories import make_hub, make_submission
from .helpers import admin_url, assert_refused, form_data, moderator, pdf_bytes, upload
from .mail_helpers import run_email_worker

pytestmark = pytest.mark.django_db

SCRIPT = "<script>alert('hub')</script>"


def clause_edit_url(clause):
    return reverse(clause.snippet_viewset.get_url_name("edit"), args=[quote(clause.pk)])


def test_the_list_shows_submissions_with_their_status_to_a_superuser(admin_client, taxonomy):
    make_submission(taxonomy)
    make_submission(taxonomy, title="Rejected one", status=ClauseSubmission.Status.REJECTED)
    response = admin_client.get(admin_url("index"))
    assert response.status_code == 200
    html = response.content.decode()
    for heading in ["Status", "Submitted", "Country", "Suggested theme", "Title"]:
        assert heading in html
    assert "Right to disconnect" in html and "Rejected one" in html
    assert ">New<" in html and ">Rejected<" in html
    assert "France" in html and "Data rights" in html
    # No add button: submissions come only from the public form.
    assert admin_url("create") not in html
    assert_refused(admin_client.get(admin_url("create")))


def test_the_list_filters_by_status_and_searches_title_text_and_union(admin_client, taxonomy):
    make_submission(taxonomy)
    make_submission(
        taxonomy,
        title="Algorithmic scheduling",
        text="Shift plans made by software are reviewed by people.",
        union_name="Unison",
        status=ClauseSubmission.Status.REJECTED,
    )

    def titles(query):
        response = admin_client.get(admin_url("index"), query)
        assert response.status_code == 200
        return sorted(s.title for s in response.context["object_list"])

    assert titles({"status__exact": "rejected"}) == ["Algorithmic scheduling"]
    assert titles({"q": "weekends"}) == ["Right to disconnect"]
    assert titles({"q": "unison"}) == ["Algorithmic scheduling"]
    assert titles({"q": "scheduling"}) == ["Algorithmic scheduling"]


def test_the_list_exports_to_csv_and_xlsx_without_submitters_details(admin_client, taxonomy):
    make_submission(taxonomy)
    response = admin_client.get(admin_url("index"), {"export": "csv"})
    assert response.status_code == 200
    content = b"".join(response.streaming_content).decode()
    rows = list(csv.DictReader(io.StringIO(content)))
    assert rows[0]["Title"] == "Right to disconnect"
    assert rows[0]["Status"] == "New"
    assert rows[0]["Country"] == "France"
    assert "ana.pereira@example.org" not in content and "Ana Pereira" not in content

    response = admin_client.get(admin_url("index"), {"export": "xlsx"})
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    values = [cell.value for cell in sheet[2]]
    assert "Right to disconnect" in values


def test_the_inspect_view_shows_everything_escaped_with_the_submitters_address(
    admin_client, taxonomy
):
    submission = make_submission(
        taxonomy, title=f"Title {SCRIPT}", text=f"Text {SCRIPT}", source_file=pdf_bytes()
    )
    response = admin_client.get(admin_url("inspect", submission))
    assert response.status_code == 200
    html = response.content.decode()
    assert "&lt;script&gt;alert(&#x27;hub&#x27;)&lt;/script&gt;" in html
    assert "<script>alert" not in html
    assert "ana.pereira@example.org" in html
    assert admin_url("source_file", submission) in html
    assert admin_url("accept", submission) in html
    assert admin_url("reject", submission) in html


def test_the_text_keeps_its_line_breaks_in_the_inspect_view(admin_client, taxonomy):
    submission = make_submission(taxonomy)
    html = admin_client.get(admin_url("inspect", submission)).content.decode()
    assert "after 18:00.<br>Nor at weekends." in html


def test_accepting_creates_a_prefilled_draft_clause_with_the_file_as_a_document(
    admin_client, admin_user, taxonomy
):
    theme, country, sector, union = (
        taxonomy.theme,
        taxonomy.country,
        taxonomy.sector,
        taxonomy.union,
    )
    content = pdf_bytes()
    submission = make_submission(taxonomy, source_file=content)

    response = admin_client.post(admin_url("accept", submission))

    submission.refresh_from_db()
    clause = submission.clause
    assert clause is not None
    assert response.status_code == 302
    assert response["Location"] == clause_edit_url(clause)
    assert submission.status == ClauseSubmission.Status.ACCEPTED
    assert submission.reviewed_by == admin_user
    assert submission.reviewed_at is not None

    assert clause.live is False
    assert clause.has_unpublished_changes
    assert clause.latest_revision is not None
    assert clause.locale == Locale.get_default()
    assert clause.title == "Right to disconnect"
    assert clause.text == "Workers need not answer e-mails after 18:00.\nNor at weekends."
    assert clause.year == 2021
    assert clause.country == country
    assert list(clause.sectors.all()) == [sector]
    assert list(clause.themes.all()) == [theme]
    assert list(clause.unions.all()) == [union]
    assert clause.source_url == "https://example.org/agreement"
    assert clause.clause_type == "agreement_clause"
    assert clause.original_language == "fr"
    assert clause.commentary == ""
    assert clause.identifier.startswith("DBH-")

    document = clause.source_document
    assert document is not None
    assert document.collection.name == "Hub submissions"
    # Private until the clause is published (test_private_documents.py), under a neutral title.
    assert document.title == f"Clause submission {submission.pk} (source file)"
    assert document.file_extension == "pdf"
    with document.file.open("rb") as f:
        assert f.read() == content

    # The draft is what the editor opens, and the submission links to it.
    assert admin_client.get(response["Location"]).status_code == 200
    html = admin_client.get(admin_url("inspect", submission)).content.decode()
    assert f'href="{clause_edit_url(clause)}"' in html


def test_accepting_matches_the_union_by_name_and_leaves_it_empty_when_none_matches(
    admin_client, taxonomy
):
    union = taxonomy.union
    by_name = make_submission(taxonomy, union_name="  cfdt santé-sociaux ")
    admin_client.post(admin_url("accept", by_name))
    by_name.refresh_from_db()
    assert list(by_name.clause.unions.all()) == [union]

    unknown = make_submission(taxonomy, union_name="Some local union", suggested_theme=None)
    response = admin_client.post(admin_url("accept", unknown), follow=True)
    unknown.refresh_from_db()
    assert not unknown.clause.unions.exists()
    assert not unknown.clause.themes.exists()
    assert unknown.clause.source_document is None
    assert "No union in the hub matches" in response.content.decode()
    assert get_document_model().objects.count() == 0


def test_a_value_the_clause_refuses_undoes_the_acceptance_and_says_why(admin_client, taxonomy):
    # Only possible for data stored around the form, but it must not be a 500 or half a clause.
    submission = make_submission(taxonomy, source_url="not a link", source_file=pdf_bytes())
    response = admin_client.post(admin_url("accept", submission), follow=True)
    assert response.status_code == 200
    assert "The clause could not be created" in response.content.decode()
    submission.refresh_from_db()
    assert submission.status == ClauseSubmission.Status.NEW
    assert submission.clause is None
    assert not Clause.objects.exists()
    assert get_document_model().objects.count() == 0


def test_a_moderator_from_the_group_can_accept(client, taxonomy):
    submission = make_submission(taxonomy)
    client.force_login(moderator())
    assert client.get(admin_url("index")).status_code == 200
    response = client.post(admin_url("accept", submission))
    submission.refresh_from_db()
    assert submission.status == ClauseSubmission.Status.ACCEPTED
    assert response["Location"] == clause_edit_url(submission.clause)


def test_a_moderator_may_tidy_a_submission_but_not_set_its_status(admin_client, taxonomy):
    submission = make_submission(taxonomy)
    response = admin_client.get(admin_url("edit", submission))
    assert response.status_code == 200
    form = response.context["form"]
    assert "title" in form.fields and "text" in form.fields
    assert "status" not in form.fields and "submitter_email" not in form.fields

    data = {name: form[name].value() or "" for name in form.fields}
    data.update(title="Right to disconnect (2021)", status="accepted")
    response = admin_client.post(admin_url("edit", submission), data)
    assert response.status_code == 302
    submission.refresh_from_db()
    assert submission.title == "Right to disconnect (2021)"
    assert submission.status == ClauseSubmission.Status.NEW


def test_only_new_submissions_can_be_accepted_or_rejected(admin_client, taxonomy):
    submission = make_submission(taxonomy, status=ClauseSubmission.Status.REJECTED)
    response = admin_client.post(admin_url("accept", submission), follow=True)
    assert "already been reviewed" in response.content.decode()
    assert not Clause.objects.exists()

    response = admin_client.post(admin_url("reject", submission), {"reason": "Again"})
    assert response.status_code == 302
    submission.refresh_from_db()
    assert submission.rejection_reason == ""

    # Accepting twice makes one clause.
    fresh = make_submission(taxonomy)
    admin_client.post(admin_url("accept", fresh))
    admin_client.post(admin_url("accept", fresh))
    assert Clause.objects.count() == 1
    # Reviewed submissions offer no review buttons.
    html = admin_client.get(admin_url("inspect", fresh)).content.decode()
    assert admin_url("accept", fresh) not in html


def test_accepting_is_post_only_and_csrf_protected(admin_user, taxonomy):
    submission = make_submission(taxonomy)
    client = Client(enforce_csrf_checks=True)
    client.force_login(admin_user)
    assert client.get(admin_url("accept", submission)).status_code == 405
    assert client.post(admin_url("accept", submission)).status_code == 403
    submission.refresh_from_db()
    assert submission.status == ClauseSubmission.Status.NEW
    assert not Clause.objects.exists()


def test_rejecting_needs_a_reason(admin_client, admin_user, taxonomy):
    submission = make_submission(taxonomy)
    form = admin_client.get(admin_url("reject", submission))
    assert form.status_code == 200
    assert 'name="reason"' in form.content.decode()

    response = admin_client.post(admin_url("reject", submission), {"reason": "  "})
    assert response.status_code == 400
    assert "This field is required." in response.content.decode()
    submission.refresh_from_db()
    assert submission.status == ClauseSubmission.Status.NEW

    response = admin_client.post(
        admin_url("reject", submission), {"reason": "Already in the hub as DBH-0042."}
    )
    assert response.status_code == 302
    assert response["Location"] == admin_url("index")
    submission.refresh_from_db()
    assert submission.status == ClauseSubmission.Status.REJECTED
    assert submission.rejection_reason == "Already in the hub as DBH-0042."
    assert submission.reviewed_by == admin_user
    assert submission.reviewed_at is not None
    assert not Clause.objects.exists()


def test_a_moderator_downloads_the_private_file(admin_client, taxonomy):
    content = pdf_bytes()
    submission = make_submission(taxonomy, source_file=content)
    response = admin_client.get(admin_url("source_file", submission))
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    assert b"".join(response.streaming_content) == content

    without = make_submission(taxonomy)
    # LocaleMiddleware first tries the path under the default language's prefix.
    response = admin_client.get(admin_url("source_file", without), follow=True)
    assert response.status_code == 404


def test_the_public_reaches_neither_the_admin_views_nor_the_private_file(client, taxonomy):
    submission = make_submission(taxonomy, source_file=pdf_bytes())
    for action in ["index", "inspect", "accept", "reject", "source_file", "edit"]:
        url = admin_url(action, None if action == "index" else submission)
        response = client.post(url) if action == "accept" else client.get(url)
        assert response.status_code == 302, action
        assert response["Location"].startswith(reverse("wagtailadmin_login")), action
    submission.refresh_from_db()
    assert submission.status == ClauseSubmission.Status.NEW
    assert not Clause.objects.exists()

    path = submission.source_file.path
    assert not path.startswith(str(settings.MEDIA_ROOT))
    assert path.startswith(str(settings.PRIVATE_MEDIA_ROOT))
    assert client.get(settings.MEDIA_URL + submission.source_file.name).status_code == 404


def test_staff_without_the_change_permission_can_neither_accept_nor_reject(client, taxonomy):
    submission = make_submission(taxonomy, source_file=pdf_bytes())
    client.force_login(moderator(can_change=False))
    assert client.get(admin_url("inspect", submission)).status_code == 200
    assert_refused(client.post(admin_url("accept", submission)))
    assert_refused(client.post(admin_url("reject", submission), {"reason": "No"}))
    submission.refresh_from_db()
    assert submission.status == ClauseSubmission.Status.NEW
    assert not Clause.objects.exists()


def test_the_mail_links_to_the_submission_in_the_admin(client, admin_client, settings):
    settings.HUB_MODERATOR_EMAILS = ["hub@example.org"]
    hub = make_hub()
    url = hub.url + hub.reverse_subpage("submit")
    response = client.post(
        url, form_data(text=f"Clause {SCRIPT}", source_file=upload("agreement.pdf", pdf_bytes()))
    )
    assert response.status_code == 303
    run_email_worker()
    link = re.search(r"https?://\S+", mail.outbox[0].body).group(0)
    path = link.removeprefix(settings.WAGTAILADMIN_BASE_URL)
    response = admin_client.get(path)
    assert response.status_code == 200
    html = response.content.decode()
    assert "&lt;script&gt;" in html and "<script>alert" not in html
