"""Helpers for the roles tests (home/tests/conftest.py builds their site with `build_site`):
the roles and their users, a client per user, whether the admin let a request through, an edit
form's values, a translation's PO file, and README's tables of what each role may do."""

from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

import polib
from django.contrib.auth.models import User
from django.contrib.messages import get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from wagtail.models import Locale
from wagtail.test.utils.form_data import querydict_from_html

from clauses.models import Clause, ClauseSubmission
from clauses.tests.factories import ClauseSubmissionFactory, build_taxonomy, make_clause
from home.models import HomePage, RegionPage
from ourdigitalfuture.core import roles
from ourdigitalfuture.core.demo import ensure_translations

from .factories import (
    DocumentFactory,
    RegionIndexPageFactory,
    RegionPageFactory,
    UserFactory,
    english_home,
)

ROLE_NAMES = ["coordinator", "translator", "moderator", "editor", "administrator"]
ROLE_GROUPS = {
    "coordinator": roles.coordinator_group_name("Africa & MENA"),
    "translator": roles.translator_group_name("fr"),
    "moderator": roles.MODERATORS,
    "editor": roles.EDITORS,
    "administrator": roles.ADMINISTRATORS,
}


# The roles tests' site: home, regions, Africa and Europe (Africa also in French and Spanish), a
# document in each region's collection, a clause in three languages, a submission, and a user
# per role.


@dataclass
class Fixture:
    home: HomePage
    africa: RegionPage
    europe: RegionPage
    africa_fr: RegionPage
    africa_es: RegionPage
    taxonomy: object
    clause: Clause
    clause_fr: Clause
    clause_es: Clause
    submission: ClauseSubmission
    documents: dict
    users: dict = field(default_factory=dict)


def build_site():
    home = english_home()
    regions = RegionIndexPageFactory(parent=home)
    africa = RegionPageFactory(parent=regions, slug="africa-mena", title="Africa & MENA")
    europe = RegionPageFactory(parent=regions, slug="europe", title="Europe")
    for page in (home, regions, africa):
        ensure_translations(page, ["fr", "es"])
    french, spanish = (Locale.objects.get(language_code=code) for code in ("fr", "es"))
    taxonomy = build_taxonomy()
    clause = make_clause(taxonomy)
    ensure_translations(clause, ["fr", "es"])
    submission = ClauseSubmissionFactory(
        text="Nobody answers e-mail after hours.",
        union_name="UNISON",
        submitter_email="ana@example.org",
    )
    site = Fixture(
        home=home,
        africa=africa,
        europe=europe,
        africa_fr=africa.get_translation(french),
        africa_es=africa.get_translation(spanish),
        taxonomy=taxonomy,
        clause=clause,
        clause_fr=clause.get_translation(french),
        clause_es=clause.get_translation(spanish),
        submission=submission,
        documents={
            "africa": DocumentFactory(
                title="Africa report", collection_path=("Regions", "Africa & MENA")
            ),
            "europe": DocumentFactory(title="Europe report", collection_path=("Regions", "Europe")),
            # An accepted submission's file, in the hub's collection.
            "hub": DocumentFactory(
                title="Clause submission 1 (source file)", collection_path=("Hub submissions",)
            ),
        },
    )
    # What load_demo_content does once the pages exist.
    roles.sync_role_permissions()
    for name in ROLE_NAMES:
        site.users[name] = make_user(name, ROLE_GROUPS[name])
    site.users["superuser"] = User.objects.create_superuser("root", "root@example.org", "pw")
    return site


def make_user(username, *group_names):
    return UserFactory(username=username, groups=group_names)


def client_for(user):
    client = Client()
    client.force_login(user)
    return client


def allowed(response):
    """Whether the admin let the request through: 200, or a redirect anywhere but to the login
    page or to the dashboard (where Wagtail sends permission refusals, with a message)."""
    if response.status_code == 200:
        return True
    if response.status_code == 403:
        return False
    assert response.status_code == 302, f"unexpected {response.status_code}"
    path = urlparse(response["Location"]).path
    if path.startswith(reverse("wagtailadmin_login")):
        return False
    if path == reverse("wagtailadmin_home"):
        assert list(get_messages(response.wsgi_request)), "a refusal without a message"
        return False
    return True


def edit_form(site, url, form_id):
    """The edit form's current values, read as a superuser."""
    html = client_for(site.users["superuser"]).get(url).content.decode()
    return querydict_from_html(html, form_id=form_id)


def po_file(translation, text):
    """The translation's PO file (as wagtail-localize exports it) with every string translated."""
    po = polib.pofile(str(translation.export_po()))
    for entry in po:
        entry.msgstr = f"{text} ({entry.msgid[:20]})"
    return SimpleUploadedFile("clause.po", str(po).encode(), "text/x-gettext-translation")


README = Path(__file__).resolve().parents[2] / "README.md"
ROLE_COLUMNS = ["Coordinator", "Translator", "Moderator", "Editor", "Administrator"]


def readme_table(first_heading):
    """The README table whose first column is headed `first_heading`, as {row label: [bool per
    role]} (✓ allowed, – refused), its columns checked against the roles."""
    rows, found = {}, False
    for line in README.read_text(encoding="utf-8").splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if not found:
            if line.startswith("|") and cells[0] == first_heading:
                assert [c.split(" (")[0] for c in cells[1:]] == ROLE_COLUMNS, cells
                found = True
            continue
        if not line.startswith("|"):
            break
        if set(cells[0]) <= {"-", ":"}:
            continue
        marks = cells[1:]
        assert len(marks) == len(ROLE_COLUMNS) and set(marks) <= {"✓", "–"}, line
        rows[cells[0].strip("`")] = [mark == "✓" for mark in marks]
    assert rows, f"README has no table headed {first_heading!r}"
    return rows
