"""What each role may do in the admin (ourdigitalfuture.core.roles), as a permission matrix:
README's "What each role may do" table says it, this drives each action through the admin's
HTTP views as each role, and the two must agree."""

from django.db import transaction
from django.test import TestCase
from django.urls import NoReverseMatch, reverse
from wagtail.log_actions import LogContext
from wagtail.models import Locale, ModelLogEntry, Page, PageLogEntry, Site, WorkflowState
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from clauses.models import Clause

from .helpers import ROLE_NAMES, allowed, client_for, edit_form, po_file, readme_table

# The matrix's actions: each takes (client, site, role) and answers whether it was allowed.


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


def start_clause_translation(language_code):
    """wagtail-localize's submit view, for a clause whose translation into `language_code` does
    not exist (removed first): allowed if the translation was made."""

    @undone
    def action(client, site, role):
        locale = Locale.objects.get(language_code=language_code)
        existing = getattr(site, f"clause_{language_code}")
        Clause.objects.filter(pk=existing.pk).delete()
        url = reverse(
            "wagtail_localize:submit_snippet_translation",
            args=["clauses", "clause", site.clause.pk],
        )
        client.post(url, {"locales": [locale.pk]})
        return Clause.objects.filter(
            translation_key=site.clause.translation_key, locale=locale
        ).exists()

    return action


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
        url = reverse("core_moderate_translation", args=[translation.pk])
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
    "a clause: start its French translation": start_clause_translation("fr"),
    "a clause: start its Spanish translation": start_clause_translation("es"),
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
    "the region page's Spanish translation: update and publish": update_and_publish(
        lambda s: s.africa, lambda s: s.africa_es
    ),
    "the region page's French translation: convert to an alias": convert_to_alias,
    "site settings: open": site_settings,
    "users: open": get("wagtailusers_users:index"),
}


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
