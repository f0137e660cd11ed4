"""Admin hooks that keep each role to what is theirs: translators to their language,
coordinators to the default one, nobody deleting the page their own permissions start from."""

from django.shortcuts import redirect
from django.utils.translation import get_language_info, gettext
from wagtail.admin import messages
from wagtail.models import GroupPagePermission, Locale, Page, TranslatableMixin

from .access import editable_locale_ids, may_edit_in_locale, translator_groups


def _refuse_locale(request, model, locale):
    """Back to the dashboard, with a message naming the languages the user works in."""

    allowed = editable_locale_ids(request.user, model) or set()
    names = ", ".join(
        str(get_language_info(code)["name_translated"])
        for code in sorted(
            Locale.objects.filter(pk__in=allowed).values_list("language_code", flat=True)
        )
    )
    language = get_language_info(locale.language_code)["name_translated"]
    if translator_groups(request.user):
        message = gettext("You translate into %(languages)s only: this is in %(language)s.")
    else:
        message = gettext("You write in %(languages)s only: this is in %(language)s.")
    messages.error(request, message % {"languages": names, "language": language})
    return redirect("wagtailadmin_home")


def refuse_other_locales(request, instance):
    """`before_edit_snippet` hook: a translator opening a snippet in another language (the
    source included), or a coordinator opening a translation, goes back to the dashboard with a
    message saying why."""
    locale_id = getattr(instance, "locale_id", None)
    if locale_id is None or may_edit_in_locale(request.user, type(instance), locale_id):
        return None
    return _refuse_locale(request, type(instance), instance.locale)


def refuse_creating_in_other_locales(request, model):
    """`before_create_snippet` hook: the same rule for a new snippet (`?locale=`, else the
    default language)."""

    if not issubclass(model, TranslatableMixin):
        return None
    code = request.GET.get("locale")
    locale = Locale.objects.filter(language_code=code).first() if code else Locale.get_default()
    if locale is None or may_edit_in_locale(request.user, model, locale.pk):
        return None
    return _refuse_locale(request, model, locale)


def refuse_other_locales_on_delete(request, instances):
    """`before_delete_snippet` hook: the same rule for deleting."""
    for instance in instances:
        response = refuse_other_locales(request, instance)
        if response is not None:
            return response
    return None


def is_permission_root(user, page):
    """True if `page` is where the user's page permissions begin, with none above it: a
    coordinator's region page, a translator's language home page."""

    if user.is_superuser:
        return False
    grants = GroupPagePermission.objects.filter(group__user=user)
    steplen = page.steplen
    ancestors = [page.path[:i] for i in range(steplen, len(page.path), steplen)]
    if grants.filter(page__path__in=ancestors).exists():
        return False
    return grants.filter(page=page).exists()


def refuse_deleting_own_root(request, page):
    """`before_delete_page` hook: deleting a region page would take its coordinators' rights
    (bound to it) with it and leave them locked out; an editor deletes regions."""
    if not is_permission_root(request.user, page):
        return None
    messages.error(
        request,
        gettext("“%(title)s” is the page your permissions start from: ask an editor to delete it.")
        % {"title": page.get_admin_display_title()},
    )
    return redirect("wagtailadmin_explore", page.pk)


def refuse_bulk_deleting_own_root(request, action_type, objects, action_class_instance):
    """`before_bulk_action` hook: the same rule for deleting several pages at once."""

    if action_type != "delete":
        return None
    for obj in objects:
        if isinstance(obj, Page) and is_permission_root(request.user, obj):
            return refuse_deleting_own_root(request, obj)
    return None
