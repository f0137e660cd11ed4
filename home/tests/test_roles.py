"""The admin's roles (home/roles.py): what the migration creates, what each role may do in the
admin (a permission matrix), the clause and Global section workflows in the audit log, the
checks that keep translators to their language and coordinators' region pages in place, the
dashboard panels, and the demo users."""

from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode, urlparse

import polib
import pytest
from django.contrib.auth.models import Group, Permission, User
from django.contrib.messages import get_messages
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.test import Client, TestCase
from django.urls import NoReverseMatch, reverse
from wagtail.documents import get_document_model
from wagtail.hooks import search_for_hooks
from wagtail.log_actions import LogContext
from wagtail.models import (
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    ModelLogEntry,
    Page,
    PageLogEntry,
    Site,
    Workflow,
    WorkflowPage,
    WorkflowState,
)
from wagtail.test.utils.form_data import querydict_from_html
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from clauses.models import Clause, ClauseSubmission
from clauses.tests.helpers import make_clause, make_taxonomy
from home import roles
from home.demo import collection, ensure_translations
from home.models import FooterText, HomePage, RegionIndexPage, RegionPage

ROLE_NAMES = ["coordinator", "translator", "moderator", "editor", "administrator"]
ROLE_GROUPS = {
    "coordinator": roles.coordinator_group_name("Africa & MENA"),
    "translator": roles.translator_group_name("fr"),
    "moderator": roles.MODERATORS,
    "editor": roles.EDITORS,
    "administrator": roles.ADMINISTRATORS,
}
MIDDLEWARE = "home.roles.TranslatorLocaleMiddleware"


# What every installation gets from the migration (these run before the module's site exists).


@pytest.mark.django_db
def test_the_migration_creates_every_role_with_its_model_permissions():
    names = set(Group.objects.values_list("name", flat=True))
    expected = {roles.coordinator_group_name(title) for _slug, title in roles.REGIONS}
    expected |= {roles.translator_group_name(code) for code in ("fr", "es", "pt", "ru", "ar")}
    expected |= {roles.MODERATORS, roles.EDITORS, roles.ADMINISTRATORS}
    assert expected <= names
    assert roles.translator_group_name("en") not in names

    def perms(name):
        group = Group.objects.get(name=name)
        return {f"{p.content_type.app_label}.{p.codename}" for p in group.permissions.all()}

    coordinators = perms(roles.coordinator_group_name("Europe"))
    assert {"wagtailadmin.access_admin", "clauses.add_clause", "clauses.change_clause"} <= (
        coordinators
    )
    assert "clauses.publish_clause" not in coordinators
    assert "clauses.publish_clause" not in perms(roles.EDITORS)
    assert "wagtail_localize.submit_translation" in perms(roles.EDITORS)
    assert "wagtail_localize.submit_translation" not in perms(roles.translator_group_name("fr"))
    assert "clauses.publish_clause" in perms(roles.MODERATORS)
    administrators = perms(roles.ADMINISTRATORS)
    assert {"auth.change_user", "auth.change_group", "home.change_sitesettings"} <= administrators
    assert (
        set(
            f"{p.content_type.app_label}.{p.codename}"
            for p in Permission.objects.select_related("content_type")
        )
        <= administrators
    )


@pytest.mark.django_db
def test_on_a_fresh_installation_only_the_roots_are_bound():
    # No region pages and no translations yet: nothing to bind them to.
    assert not GroupPagePermission.objects.filter(group__name__startswith="Regional").exists()
    assert not GroupPagePermission.objects.filter(group__name__startswith="Translators").exists()
    root_bound = GroupPagePermission.objects.filter(group__name=roles.EDITORS, page__depth=1)
    assert {p.permission.codename for p in root_bound} == {
        f"{action}_page" for action in roles.PAGE_ACTIONS
    }
    workflow = Workflow.objects.get(name=roles.GLOBAL_WORKFLOW)
    task = workflow.tasks.get().specific
    assert set(task.groups.values_list("name", flat=True)) == {
        roles.EDITORS,
        roles.ADMINISTRATORS,
    }


# The module's site: home, regions, Africa and Europe (Africa also in French and Spanish), a
# document in each region's collection, a clause in three languages, a submission, and a user
# per role. Built once, rolled back after the module; each test's changes roll back to it.


@dataclass
class Fixture:
    home: HomePage
    africa: RegionPage
    europe: RegionPage
    africa_fr: RegionPage
    africa_es: RegionPage
    clause: Clause
    clause_fr: Clause
    clause_es: Clause
    submission: ClauseSubmission
    documents: dict
    users: dict = field(default_factory=dict)


def region(parent, slug, title):
    page = parent.add_child(
        instance=RegionPage(title=title, slug=slug, summary=title, languages=["en", "fr"])
    )
    page.save_revision().publish()
    return page


def document(title, *collection_path):
    Document = get_document_model()
    doc = Document(title=title, collection=collection(*collection_path))
    doc.file.save(f"{title.lower().replace(' ', '-')}.txt", ContentFile(b"demo"), save=False)
    doc.save()
    return doc


def make_user(username, *group_names):
    user = User.objects.create_user(username, f"{username}@example.org", "pw")
    user.groups.add(*Group.objects.filter(name__in=group_names))
    return user


def build_site():
    home = HomePage.objects.get(depth=2)
    regions = home.add_child(instance=RegionIndexPage(title="Regions", slug="regions"))
    regions.save_revision().publish()
    africa = region(regions, "africa-mena", "Africa & MENA")
    europe = region(regions, "europe", "Europe")
    for page in (home, regions, africa):
        ensure_translations(page, ["fr", "es"])
    french, spanish = (Locale.objects.get(language_code=code) for code in ("fr", "es"))
    clause = make_clause(*make_taxonomy())
    ensure_translations(clause, ["fr", "es"])
    submission = ClauseSubmission.objects.create(
        title="Right to disconnect",
        text="Nobody answers e-mail after hours.",
        union_name="UNISON",
        submitter_name="Ana Pereira",
        submitter_email="ana@example.org",
        address_hash="0" * 64,
    )
    site = Fixture(
        home=home,
        africa=africa,
        europe=europe,
        africa_fr=africa.get_translation(french),
        africa_es=africa.get_translation(spanish),
        clause=clause,
        clause_fr=clause.get_translation(french),
        clause_es=clause.get_translation(spanish),
        submission=submission,
        documents={
            "africa": document("Africa report", "Regions", "Africa & MENA"),
            "europe": document("Europe report", "Regions", "Europe"),
            # An accepted submission's file, in the hub's collection.
            "hub": document("Clause submission 1 (source file)", "Hub submissions"),
        },
    )
    # What load_demo_content does once the pages exist.
    roles.sync_role_permissions()
    for name in ROLE_NAMES:
        site.users[name] = make_user(name, ROLE_GROUPS[name])
    site.users["superuser"] = User.objects.create_superuser("root", "root@example.org", "pw")
    return site


def built_site(django_db_blocker):
    """The module fixture's body (the other role tests' modules build their own with it)."""
    with django_db_blocker.unblock():
        with transaction.atomic():
            yield build_site()
            transaction.set_rollback(True)


@pytest.fixture(scope="module")
def site(django_db_setup, django_db_blocker):
    yield from built_site(django_db_blocker)


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


# The matrix's actions: each takes (client, site, role) and answers whether it was allowed.


def edit_form(site, url, form_id):
    """The edit form's current values, read as a superuser."""
    html = client_for(site.users["superuser"]).get(url).content.decode()
    return querydict_from_html(html, form_id=form_id)


def published_by(obj, user):
    logs = PageLogEntry if hasattr(obj, "path") else ModelLogEntry
    entries = logs.objects.filter(action="wagtail.publish", user=user)
    if logs is PageLogEntry:
        return entries.filter(page_id=obj.pk).exists()
    return entries.filter(object_id=str(obj.pk)).exists()


def get(url_name, *args):
    def action(client, site, role):
        return allowed(client.get(reverse(url_name, args=[arg(site) for arg in args])))

    return action


def publish_page(page_of):
    """Publish the page with a new title: allowed if the live title changed, and then Wagtail's
    audit log must say who published it."""

    def action(client, site, role):
        page = page_of(site)
        url = reverse("wagtailadmin_pages:edit", args=[page.pk])
        form = edit_form(site, url, "page-edit-form")
        form["title"] = f"{page.title} ({role})"
        form["action-publish"] = "action-publish"
        client.post(url, form)
        published = type(page).objects.get(pk=page.pk).title == form["title"]
        if published:
            assert published_by(page, site.users[role]), f"{role}'s publish not in the audit log"
        return published

    return action


def publish_translation(page_of):
    """Publish a translation from wagtail-localize's translation editor: allowed if Wagtail's
    audit log has the user publishing it."""

    def action(client, site, role):
        page = page_of(site)
        # wagtail-localize publishes when the transaction commits, which in a real request is
        # still inside the admin view, where Wagtail's log context names the user; the test's
        # outer transaction defers it, so the callbacks run here in that same context.
        with LogContext(user=site.users[role]), TestCase.captureOnCommitCallbacks(execute=True):
            url = reverse("wagtailadmin_pages:edit", args=[page.pk])
            client.post(url, {"action": "publish"})
        return published_by(page, site.users[role])

    return action


def publish_clause(client, site, role):
    clause = site.clause
    url = reverse("wagtailsnippets_clauses_clause:edit", args=[clause.pk])
    form = edit_form(site, url, "w-editor-form")
    form["title"] = f"{clause.title} ({role})"
    form["action-publish"] = "action-publish"
    client.post(url, form)
    published = Clause.objects.get(pk=clause.pk).title == form["title"]
    if published:
        assert published_by(clause, site.users[role]), f"{role}'s publish not in the audit log"
    return published


def site_settings(client, site, role):
    site_pk = Site.objects.get(is_default_site=True).pk
    return allowed(
        client.get(reverse("wagtailsettings:edit", args=["home", "sitesettings", site_pk]))
    )


def pk(name):
    return lambda site: getattr(site, name).pk


# wagtail-localize's paths. Each runs in a savepoint rolled back after it, so that every role
# finds the same translations (these paths create, publish, convert and start workflows).
# wagtail-localize publishes when the transaction commits (in a real request still inside the
# admin view, where Wagtail's log context names the user): the callbacks run here, in that same
# context. An action answers either at once or with a function that answers after them.


def undone(action):
    def run(client, site, role):
        with transaction.atomic():
            with (
                LogContext(user=site.users[role]),
                TestCase.captureOnCommitCallbacks(execute=True),
            ):
                result = action(client, site, role)
            if callable(result):
                result = result()
            transaction.set_rollback(True)
        return result

    return run


def live_revision_id(obj):
    return type(obj).objects.get(pk=obj.pk).live_revision_id


def went_live(obj, before):
    return live_revision_id(obj) != before


def create_clause(language_code):
    def action(client, site, role):
        url = reverse("wagtailsnippets_clauses_clause:add")
        return allowed(client.get(f"{url}?locale={language_code}"))

    return action


@undone
def send_clause_for_translation(client, site, role):
    """wagtail-localize's submit view, into Portuguese: allowed if the translation was made,
    which is never live (a draft for the translator)."""
    portuguese = Locale.objects.get(language_code="pt")
    url = reverse(
        "wagtail_localize:submit_snippet_translation", args=["clauses", "clause", site.clause.pk]
    )
    client.post(url, {"locales": [portuguese.pk]})
    made = Clause.objects.filter(
        translation_key=site.clause.translation_key, locale=portuguese
    ).first()
    if made is not None:
        assert not made.live, f"{role}'s new translation went live"
    return made is not None


def update_and_publish(source_of, target_of):
    """wagtail-localize's update view with "Publish immediately": allowed if the translation
    went live."""

    @undone
    def action(client, site, role):
        target = target_of(site)
        before = live_revision_id(target)
        source = TranslationSource.objects.get_for_instance(source_of(site))
        url = reverse("wagtail_localize:update_translations", args=[source.pk])
        client.post(url, {"publish_translations": "on"})
        return lambda: went_live(target, before)

    return action


def publish_in_translation_editor(target_of, edit_url_name):
    """The translation editor's "Publish": allowed if the translation went live."""

    @undone
    def action(client, site, role):
        target = target_of(site)
        before = live_revision_id(target)
        client.post(reverse(edit_url_name, args=[target.pk]), {"action": "publish"})
        return lambda: went_live(target, before)

    return action


@undone
def submit_clause_translation_to_moderation(client, site, role):
    """The translation editor's "Submit to moderation": allowed if the French clause is in
    "Clause moderation" at the user's request, and still not changed live."""
    target = site.clause_fr
    before = live_revision_id(target)
    translation = Translation.objects.get(
        source__object_id=site.clause.translation_key, target_locale=target.locale
    )
    try:
        url = reverse("home_moderate_translation", args=[translation.pk])
    except NoReverseMatch:
        return False  # no such action
    client.post(url)
    assert not went_live(target, before)
    return WorkflowState.objects.filter(
        base_content_type__model="clause",
        object_id=str(target.pk),
        status=WorkflowState.STATUS_IN_PROGRESS,
        requested_by=site.users[role],
        workflow__name="Clause moderation",
    ).exists()


def po_file(translation, text):
    """The translation's PO file (as wagtail-localize exports it) with every string translated."""
    po = polib.pofile(str(translation.export_po()))
    for entry in po:
        entry.msgstr = f"{text} ({entry.msgid[:20]})"
    return SimpleUploadedFile("clause.po", str(po).encode(), "text/x-gettext-translation")


@undone
def upload_clause_po(client, site, role):
    """A PO file into the French clause's translation: allowed if its strings were imported;
    never publishes."""
    target = site.clause_fr
    before = live_revision_id(target)
    translation = Translation.objects.get(
        source__object_id=site.clause.translation_key, target_locale=target.locale
    )
    url = reverse("wagtail_localize:upload_pofile", args=[translation.pk])
    client.post(url, {"file": po_file(translation, f"traduit par {role}")})
    assert not went_live(target, before), f"{role}'s PO file published the clause"
    return StringTranslation.objects.filter(
        locale=target.locale, last_translated_by=site.users[role]
    ).exists()


@undone
def convert_to_alias(client, site, role):
    """Convert the French Africa page back into an alias of the English one: allowed if it
    became one."""
    page = site.africa_fr
    client.post(reverse("wagtail_localize:convert_to_alias", args=[page.pk]))
    return Page.objects.get(pk=page.pk).alias_of_id is not None


def document_in(name):
    return lambda site: site.documents[name].pk


# Each action, by its row in README's "What each role may do" table: the README says what each
# role may do, this drives it through the admin's HTTP views, and the two must agree.
ACTIONS = {
    "their region's page: edit": get("wagtailadmin_pages:edit", pk("africa")),
    "their region's page: publish": publish_page(lambda s: s.africa),
    "another region's page: edit": get("wagtailadmin_pages:edit", pk("europe")),
    "another region's page: publish": publish_page(lambda s: s.europe),
    "a document in their region's collection: edit": get("wagtaildocs:edit", document_in("africa")),
    "a document in another region's collection: edit": get(
        "wagtaildocs:edit", document_in("europe")
    ),
    "a document in “Hub submissions”: edit": get("wagtaildocs:edit", document_in("hub")),
    "a clause in English: create": create_clause("en"),
    "a clause in French: create": create_clause("fr"),
    "a clause in English: edit": get("wagtailsnippets_clauses_clause:edit", pk("clause")),
    "a clause: publish": publish_clause,
    "a submission: review": get("clauses_clausesubmission_modeladmin_inspect", pk("submission")),
    "a clause: send for translation": send_clause_for_translation,
    "a clause's translations: update and publish at once": update_and_publish(
        lambda s: s.clause, lambda s: s.clause_fr
    ),
    "a clause's French translation: open": get(
        "wagtailsnippets_clauses_clause:edit", pk("clause_fr")
    ),
    "a clause's Spanish translation: open": get(
        "wagtailsnippets_clauses_clause:edit", pk("clause_es")
    ),
    "a clause's French translation: publish": publish_in_translation_editor(
        lambda s: s.clause_fr, "wagtailsnippets_clauses_clause:edit"
    ),
    "a clause's French translation: submit to moderation": (
        submit_clause_translation_to_moderation
    ),
    "a clause's French translation: upload a PO file": upload_clause_po,
    "the region page's French translation: open": get("wagtailadmin_pages:edit", pk("africa_fr")),
    "the region page's French translation: publish": publish_translation(lambda s: s.africa_fr),
    "the region page's Spanish translation: open": get("wagtailadmin_pages:edit", pk("africa_es")),
    "the region page's translations: update and publish at once": update_and_publish(
        lambda s: s.africa, lambda s: s.africa_fr
    ),
    "the region page's French translation: convert to an alias": convert_to_alias,
    "site settings: open": site_settings,
    "users: open": get("wagtailusers_users:index"),
}

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


def render_matrix(expected, results):
    width = max(len(name) for name in expected)
    lines = [" " * width + "  " + "".join(f"{role[:11]:>13}" for role in ROLE_NAMES)]
    for name, wanted_row in expected.items():
        cells = []
        for role, wanted in zip(ROLE_NAMES, wanted_row, strict=True):
            got = results[(name, role)]
            mark = "allowed" if got else "denied"
            cells.append(f"{mark + ('' if got == wanted else ' !!'):>13}")
        lines.append(f"{name:<{width}}  " + "".join(cells))
    return "\n".join(lines)


def test_permission_matrix(db, site):
    expected = readme_table("Action")
    assert set(expected) == set(ACTIONS), (
        f"README's table and the test's actions differ: {sorted(set(expected) ^ set(ACTIONS))}"
    )
    results = {}
    for role in ROLE_NAMES:
        client = client_for(site.users[role])
        for name in expected:
            results[(name, role)] = ACTIONS[name](client, site, role)
    gaps = [
        (name, role)
        for name, wanted_row in expected.items()
        for role, wanted in zip(ROLE_NAMES, wanted_row, strict=True)
        if results[(name, role)] != wanted
    ]
    assert not gaps, f"Unexpected answers (marked !!):\n{render_matrix(expected, results)}"
    # Every role's actions are in Wagtail's audit log.
    for role in ROLE_NAMES:
        user = site.users[role]
        assert (
            PageLogEntry.objects.filter(user=user).exists()
            or ModelLogEntry.objects.filter(user=user).exists()
        ), role


def test_a_clause_goes_through_moderation_and_both_steps_are_in_the_audit_log(db, site):
    coordinator, moderator = site.users["coordinator"], site.users["moderator"]
    clause = site.clause
    url = reverse("wagtailsnippets_clauses_clause:edit", args=[clause.pk])
    form = edit_form(site, url, "w-editor-form")
    form["title"] = "Workers see all their data"
    form["action-submit"] = "action-submit"
    assert client_for(coordinator).post(url, form).status_code == 302
    state = WorkflowState.objects.get(
        base_content_type__model="clause", object_id=str(clause.pk), status="in_progress"
    )
    clause.refresh_from_db()
    assert clause.title != "Workers see all their data"  # not published by submitting

    approve = reverse(
        "wagtailsnippets_clauses_clause:workflow_action",
        args=[clause.pk, "approve", state.current_task_state.pk],
    )
    # A coordinator cannot approve their own submission; a moderator can.
    client_for(coordinator).post(approve, {"comment": ""})
    clause.refresh_from_db()
    assert clause.title != "Workers see all their data"
    assert client_for(moderator).post(approve, {"comment": "Fine"}).status_code in (200, 302)
    clause.refresh_from_db()
    assert clause.title == "Workers see all their data" and clause.live

    log = ModelLogEntry.objects.filter(object_id=str(clause.pk))
    assert log.filter(action="wagtail.workflow.start", user=coordinator).exists()
    assert log.filter(action="wagtail.workflow.approve", user=moderator).exists()
    assert log.filter(action="wagtail.publish", user=moderator).exists()


def test_the_global_section_is_approved_by_an_editor(db, site):
    search_for_hooks()  # as the admin does: connects the handlers that bind new pages
    regions = site.africa.get_parent()
    global_page = region(regions, "global", "Global")
    # Bound as it was created, by the signal: no sync needed.
    assert WorkflowPage.objects.get(page=global_page).workflow.name == roles.GLOBAL_WORKFLOW
    coordinator = make_user("global", roles.coordinator_group_name("Global"))
    editor = site.users["editor"]

    url = reverse("wagtailadmin_pages:edit", args=[global_page.pk])
    form = edit_form(site, url, "page-edit-form")
    form["title"] = "Global network"
    form["action-publish"] = "action-publish"
    client_for(coordinator).post(url, form)
    assert RegionPage.objects.get(pk=global_page.pk).title == "Global"  # cannot publish

    form = edit_form(site, url, "page-edit-form")
    form["title"] = "Global network"
    form["action-submit"] = "action-submit"
    assert client_for(coordinator).post(url, form).status_code == 302
    state = WorkflowState.objects.get(object_id=str(global_page.pk), status="in_progress")
    assert state.workflow.name == roles.GLOBAL_WORKFLOW

    approve = reverse(
        "wagtailadmin_pages:workflow_action",
        args=[global_page.pk, "approve", state.current_task_state.pk],
    )
    assert client_for(editor).post(approve, {"comment": ""}).status_code in (200, 302)
    assert RegionPage.objects.get(pk=global_page.pk).title == "Global network"
    log = PageLogEntry.objects.filter(page=global_page)
    assert log.filter(action="wagtail.workflow.start", user=coordinator).exists()
    assert log.filter(action="wagtail.workflow.approve", user=editor).exists()
    assert log.filter(action="wagtail.publish", user=editor).exists()


def test_a_new_language_home_page_is_bound_to_its_translators(db, site):
    search_for_hooks()
    ensure_translations(site.home, ["ru"])
    russian_home = site.home.get_translation(Locale.objects.get(language_code="ru"))
    grants = GroupPagePermission.objects.filter(
        group__name=roles.translator_group_name("ru"), page=russian_home
    )
    assert {g.permission.codename for g in grants} == {
        f"{action}_page" for action in roles.TRANSLATOR_PAGE_ACTIONS
    }


def test_sync_binds_region_pages_and_collections_and_changes_nothing_the_second_time(db, site):
    group = Group.objects.get(name=roles.coordinator_group_name("Africa & MENA"))
    pages = {(g.page_id, g.permission.codename) for g in group.page_permissions.all()}
    assert pages == {(site.africa.pk, f"{a}_page") for a in roles.COORDINATOR_PAGE_ACTIONS}
    grants = GroupCollectionPermission.objects.filter(group=group)
    assert {g.collection.name for g in grants} == {"Africa & MENA"}
    before = (GroupPagePermission.objects.count(), GroupCollectionPermission.objects.count())
    roles.sync_role_permissions()
    assert (GroupPagePermission.objects.count(), GroupCollectionPermission.objects.count()) == (
        before
    )


# Translators stay in their language, even through wagtail-localize's endpoints.


@pytest.fixture
def locale_middleware(settings):
    if MIDDLEWARE not in settings.MIDDLEWARE:
        settings.MIDDLEWARE = [*settings.MIDDLEWARE, MIDDLEWARE]


def string_url(translation):
    segment = StringSegment.objects.filter(source=translation.source).first()
    return reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])


def test_a_translator_writes_strings_into_their_language_only(db, site, locale_middleware):
    source = TranslationSource.objects.get_for_instance(site.clause)
    french = Translation.objects.get(source=source, target_locale__language_code="fr")
    spanish = Translation.objects.get(source=source, target_locale__language_code="es")
    client = client_for(site.users["translator"])
    body = urlencode({"value": "Les travailleurs voient leurs données"})
    kind = "application/x-www-form-urlencoded"
    assert client.put(string_url(french), body, content_type=kind).status_code in (200, 201)
    assert client.put(string_url(spanish), body, content_type=kind).status_code == 403
    # Editors translate into every language.
    editor = client_for(site.users["editor"])
    assert editor.put(string_url(spanish), body, content_type=kind).status_code in (200, 201)


def test_a_translator_is_told_why_the_source_is_refused(db, site):
    client = client_for(site.users["translator"])
    response = client.get(reverse("wagtailsnippets_clauses_clause:edit", args=[site.clause.pk]))
    assert response.status_code == 302
    messages = [str(m).strip() for m in get_messages(response.wsgi_request)]
    assert messages == ["You translate into French only: this is in English."]


def test_a_translator_edits_the_footer_in_their_language_only(db, site):
    english = FooterText.objects.create(licence_line="CC BY 4.0", locale=Locale.get_default())
    french = FooterText.objects.create(
        licence_line="CC BY 4.0 (français)",
        locale=Locale.objects.get(language_code="fr"),
        translation_key=english.translation_key,
    )
    client = client_for(site.users["translator"])
    for footer, expected in ((english, False), (french, True)):
        url = reverse("wagtailsnippets_home_footertext:edit", args=[footer.pk])
        assert allowed(client.get(url)) is expected, footer.locale


def test_a_coordinator_cannot_delete_their_own_region_page(db, site):
    url = reverse("wagtailadmin_pages:delete", args=[site.africa.pk])
    response = client_for(site.users["coordinator"]).get(url)
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_explore", args=[site.africa.pk])
    assert client_for(site.users["editor"]).get(url).status_code == 200


def test_the_explorer_starts_at_the_coordinators_region(db, site):
    response = client_for(site.users["coordinator"]).get(reverse("wagtailadmin_explore_root"))
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_explore", args=[site.africa.pk])


# Each role's dashboard.


def dashboard(site, role):
    response = client_for(site.users[role]).get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    return response.content.decode()


def test_a_coordinators_dashboard_shows_their_region(db, site):
    html = dashboard(site, "coordinator")
    assert 'id="role-region' in html
    assert reverse("wagtailadmin_pages:edit", args=[site.africa.pk]) in html
    assert reverse("wagtailadmin_pages:edit", args=[site.europe.pk]) not in html
    collection_id = site.documents["africa"].collection_id
    assert f"?collection_id={collection_id}" in html


def test_a_translators_dashboard_shows_what_waits_for_their_language(db, site):
    html = dashboard(site, "translator")
    assert 'id="role-translations' in html
    assert reverse("wagtailadmin_pages:edit", args=[site.africa_fr.pk]) in html
    assert reverse("wagtailsnippets_clauses_clause:edit", args=[site.clause_fr.pk]) in html
    assert reverse("wagtailadmin_pages:edit", args=[site.africa_es.pk]) not in html
    assert reverse("wagtailsnippets_clauses_clause:edit", args=[site.clause_es.pk]) not in html


def test_a_moderators_dashboard_shows_the_submissions_queue(db, site):
    html = dashboard(site, "moderator")
    assert 'id="role-submissions' in html
    inspect = reverse("clauses_clausesubmission_modeladmin_inspect", args=[site.submission.pk])
    assert inspect in html
    editor = dashboard(site, "editor")
    assert "role-submissions" not in editor and "role-region" not in editor


# Demo users.


def test_demo_users_are_made_in_development_only(db, site, settings):
    settings.DEBUG = False
    report = []
    User.objects.filter(username__in=ROLE_NAMES).delete()
    roles.create_demo_users(report)
    assert not User.objects.filter(username__in=ROLE_NAMES).exists()
    assert report == ["No demo users: they are only created when DEBUG is on."]

    settings.DEBUG = True
    report = []
    roles.create_demo_users(report)
    assert len(report) == len(ROLE_NAMES)
    for (username, group_name), line in zip(roles.DEMO_USERS, report, strict=True):
        password = line.split(" / ")[1].split(" ")[0]
        user = User.objects.get(username=username)
        assert user.check_password(password)
        assert list(user.groups.values_list("name", flat=True)) == [group_name]
    again = []
    roles.create_demo_users(again)
    assert again == []  # a second run changes nothing, passwords included
