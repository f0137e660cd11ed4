"""The roles' groups, permissions and workflows (ourdigitalfuture.core.roles): what the
migration creates, how the sync and the signals bind region pages, collections and new language
home pages, and the clause and Global section workflows in the audit log."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from wagtail.hooks import search_for_hooks
from wagtail.models import (
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    ModelLogEntry,
    PageLogEntry,
    Workflow,
    WorkflowPage,
    WorkflowState,
)

from home.models import RegionPage
from ourdigitalfuture.core import roles
from ourdigitalfuture.core.demo import ensure_translations

from .factories import RegionPageFactory
from .helpers import client_for, edit_form, make_user


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
    # Translators start and update translations, into their own language only (the views are
    # narrowed by ourdigitalfuture.core.translating).
    assert "wagtail_localize.submit_translation" in perms(roles.translator_group_name("fr"))
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
    # No region pages yet: no coordinator grant. Each language has its home page from the first
    # migrate on (an alias of the English one, from the locale synchronisation): its translators
    # are bound to it, and to nothing else.
    assert not GroupPagePermission.objects.filter(group__name__startswith="Regional").exists()
    translator_grants = GroupPagePermission.objects.filter(
        group__name__startswith="Translators"
    ).select_related("page__locale")
    assert {(g.page.depth, g.page.alias_of_id is not None) for g in translator_grants} == {
        (2, True)
    }
    assert {g.page.locale.language_code for g in translator_grants} == {
        "fr",
        "es",
        "pt",
        "ru",
        "ar",
    }
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


# On the roles tests' site (home/tests/conftest.py).


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
    global_page = RegionPageFactory(parent=regions, slug="global", title="Global")
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
