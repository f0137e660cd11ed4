"""Two people editing the same page or clause: the second save must not silently replace the first.

Wagtail's edit form carries the revision it was loaded from (`loaded_revision_id`,
`loaded_revision_created_at`; `overwrite_revision_id` once the editor has autosaved) and its
edit views work out whether that is still the latest (`is_out_of_date`), but Wagtail 8 refuses an
out-of-date save only for its autosave requests (JSON). Here every other save, publish, submission
or workflow action from an out-of-date form is refused too (409 Conflict), whoever sends it:

- the form comes back as the editor left it, nothing lost, with a message saying who saved the
  newer version and when, that their own changes were not saved, and buttons to open the newer
  version and to compare it with the one they started from (each in a new tab);
- the form they get back counts as loaded from the newer version, so saving it again replaces
  the newer version with what they see, knowingly (as Wagtail's own "Continue" in its
  conflict dialog does).

Pages: a `PageViewSet` for every page type (registered after Wagtail's own base viewset, which
it replaces in the registry) whose edit and revert views refuse stale saves. Clauses (the only
snippets with revisions): `ClauseViewSet.edit_view_class` (the revert view derives from it)."""

from django.contrib.admin.utils import quote
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.admin import messages
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.utils import get_user_display_name
from wagtail.admin.views.pages.edit import EditView as PageEditView
from wagtail.admin.views.pages.revisions import RevisionsRevertView as PageRevisionsRevertView
from wagtail.admin.viewsets.pages import PageViewSet
from wagtail.snippets.views.snippets import EditView as SnippetEditView
from wagtail.utils.timestamps import render_timestamp

CONFLICT = 409


class StaleSaveMixin:
    """What the page and snippet edit views share: the message and its buttons."""

    def stale_object(self):
        raise NotImplementedError

    def compare_url(self, loaded_revision_id, latest_revision_id):
        raise NotImplementedError

    def loaded_revision_id(self):
        """The revision the refused form was loaded from, if it is one of this object's."""
        posted = self.request.POST.get("overwrite_revision_id") or self.request.POST.get(
            "loaded_revision_id", ""
        )
        if not posted.isdigit() or not posted.isascii():
            return None
        obj = self.stale_object()
        revision = obj.revisions.filter(pk=int(posted)).only("pk").first()
        return revision.pk if revision is not None else None

    def add_stale_save_message(self):
        obj = self.stale_object()
        newer = self.latest_revision
        when = render_timestamp(newer.created_at)
        if newer.user_id is not None and newer.user_id == self.request.user.pk:
            message = _(
                "You saved a newer version in another window (%(when)s). What you sent from "
                "this one has not been saved: it is still in the form below. Open the newer "
                "version or compare it with the one you started from; if you save again, what "
                "you see here replaces the newer version."
            ) % {"when": when}
        else:
            name = get_user_display_name(newer.user) if newer.user else _("Someone")
            message = _(
                "%(name)s saved a newer version (%(when)s) while you were editing. Your changes "
                "have not been saved: they are still in the form below. Open the newer version "
                "or compare it with the one you started from; if you save again, what you see "
                "here replaces the newer version."
            ) % {"name": name, "when": when}
        buttons = []
        edit_url = AdminURLFinder(self.request.user).get_edit_url(obj)
        if edit_url:
            buttons.append(messages.button(edit_url, _("Open the newer version"), True))
        loaded = self.loaded_revision_id()
        if loaded is not None and loaded != newer.pk:
            buttons.append(
                messages.button(
                    self.compare_url(loaded, newer.pk), _("Compare the two versions"), True
                )
            )
        messages.error(self.request, message, buttons=buttons)

    def refuses_stale_save(self):
        # Autosave (JSON) requests are refused by Wagtail itself, in its own terms.
        return not self.expects_json_response and self.is_out_of_date


class GuardedPageEditView(StaleSaveMixin, PageEditView):
    def stale_object(self):
        return self.real_page_record

    def compare_url(self, loaded_revision_id, latest_revision_id):
        return reverse(
            "wagtailadmin_pages:revisions_compare",
            args=[self.real_page_record.pk, loaded_revision_id, latest_revision_id],
        )

    def post(self, request, *args, **kwargs):
        if self.page.alias_of_id or not self.refuses_stale_save():
            return super().post(request, *args, **kwargs)
        # As Wagtail's own form_invalid: the form bound to what was sent, its errors shown.
        self.form = self.form_class(
            request.POST,
            request.FILES,
            instance=self.page,
            subscription=self.subscription,
            parent_page=self.parent,
            for_user=request.user,
        )
        deferred = self.action_name == "save"
        if deferred:
            self.form.defer_required_fields()
        self.form.is_valid()
        if deferred:
            self.form.restore_required_fields()
        self.add_stale_save_message()
        self.has_unsaved_changes = True
        response = self.render_to_response(self.get_context_data())
        response.status_code = CONFLICT
        return response


class GuardedPageRevisionsRevertView(GuardedPageEditView, PageRevisionsRevertView):
    pass


class GuardedPageViewSet(PageViewSet):
    edit_view_class = GuardedPageEditView
    revisions_revert_view_class = GuardedPageRevisionsRevertView


class GuardedSnippetEditView(StaleSaveMixin, SnippetEditView):
    """For snippets with revisions (`SnippetViewSet.edit_view_class`)."""

    refused_as_stale = False

    def stale_object(self):
        return self.object

    def compare_url(self, loaded_revision_id, latest_revision_id):
        return reverse(
            self.revisions_compare_url_name,
            args=[quote(self.object.pk), loaded_revision_id, latest_revision_id],
        )

    def is_valid(self, form):
        if not self.refuses_stale_save():
            return super().is_valid(form)
        super().is_valid(form)  # the form's own errors are shown too
        self.refused_as_stale = True
        self.produced_error_code = "invalid_revision"
        self.produced_error_message = None  # the message below says it all
        self.add_stale_save_message()
        return False

    def form_invalid(self, form):
        response = super().form_invalid(form)
        if self.refused_as_stale:
            response.status_code = CONFLICT
        return response


def register_page_viewset():
    """`register_admin_viewset` hook, at the default order (0): after Wagtail's base page
    viewset (order -1), so that this one is the registry's viewset for `Page` and every page
    type without a viewset of its own."""
    return GuardedPageViewSet()
