"""Moderation of the public's clause submissions in Wagtail's admin, with wagtail-modeladmin.

Moderators list, filter, search and export submissions, read one in full (with its private
source file), then accept it, which turns it into a draft clause for an editor to finish, or
reject it with a reason. Submissions only ever come from the public form, so none can be added
here. Importing this module registers the "Clause submissions" admin."""

from pathlib import PurePath

from django import forms
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404
from django.shortcuts import redirect
from django.template.defaultfilters import linebreaksbr
from django.template.response import TemplateResponse
from django.urls import re_path
from django.utils.html import format_html
from django.utils.text import format_lazy
from django.utils.translation import get_language_info, gettext_lazy
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail_modeladmin.helpers import PermissionHelper
from wagtail_modeladmin.options import ModelAdmin, modeladmin_register
from wagtail_modeladmin.views import IndexView, InspectView, InstanceSpecificView

from ourdigitalfuture.core.spreadsheets import protect

from .forms import limit_sentence
from .models import ClauseSubmission
from .models.submission import ERASE_PERSONAL_DATA_ACTION, REJECTION_REASON_MAX_LENGTH
from .review import AlreadyReviewed, accept_submission, reject_submission

# Permissions and views.


class SubmissionPermissionHelper(PermissionHelper):
    def user_can_create(self, user):
        return False

    def user_can_review_obj(self, user, obj):
        return obj.status == ClauseSubmission.Status.NEW and self.user_can_edit_obj(user, obj)


class SubmissionInspectView(InspectView):
    """The full submission, with the private file as an admin-only link and the review actions."""

    def get_dict_for_field(self, field_name):
        field = super().get_dict_for_field(field_name)
        field["name"] = field_name
        return field

    def get_field_display_value(self, field_name, field=None):
        submission = self.instance
        empty = self.model_admin.get_empty_value_display(field_name)
        if field_name == "text":
            # linebreaksbr escapes the submitter's text before adding the line breaks.
            return linebreaksbr(submission.text, autoescape=True)
        if field_name == "source_url" and submission.source_url:
            return format_html(
                '<a href="{}" rel="noopener noreferrer" target="_blank">{}</a>',
                submission.source_url,
                submission.source_url,
            )
        if field_name == "source_file":
            if not submission.source_file:
                return empty
            return format_html(
                '<a href="{}">{}</a>',
                self.url_helper.get_action_url("source_file", self.pk_quoted),
                PurePath(submission.source_file.name).name,
            )
        if field_name == "language" and submission.language:
            try:
                return get_language_info(submission.language)["name_translated"]
            except KeyError:
                return submission.language
        if field_name == "consent_to_contact":
            return _("Yes") if submission.consent_to_contact else _("No")
        if field_name == "clause" and submission.clause:
            edit_url = AdminURLFinder(self.request.user).get_edit_url(submission.clause)
            if edit_url:
                return format_html('<a href="{}">{}</a>', edit_url, submission.clause)
        return super().get_field_display_value(field_name, field)

    def get_context_data(self, **kwargs):
        can_review = self.permission_helper.user_can_review_obj(self.request.user, self.instance)
        return super().get_context_data(
            can_review=can_review,
            accept_url=self.url_helper.get_action_url("accept", self.pk_quoted),
            reject_url=self.url_helper.get_action_url("reject", self.pk_quoted),
            can_erase=(
                self.instance.personal_data_erased_at is None
                and self.permission_helper.user_can_edit_obj(self.request.user, self.instance)
            ),
            erase_url=self.url_helper.get_action_url("erase_personal_data", self.pk_quoted),
            **kwargs,
        )


class ReviewMixin:
    """Accepting or rejecting needs the change permission, and only new submissions can be."""

    def check_action_permitted(self, user):
        return self.permission_helper.user_can_edit_obj(user, self.instance)

    @property
    def inspect_url(self):
        return self.url_helper.get_action_url("inspect", self.pk_quoted)

    def already_reviewed(self):
        messages.error(
            self.request,
            _("This submission has already been reviewed (%(status)s).")
            % {"status": self.instance.get_status_display()},
        )
        return redirect(self.inspect_url)


class AcceptView(ReviewMixin, InstanceSpecificView):
    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        if self.instance.status != ClauseSubmission.Status.NEW:
            return self.already_reviewed()
        try:
            submission, clause = accept_submission(self.instance.pk, request.user)
        except AlreadyReviewed:
            self.instance.refresh_from_db()
            return self.already_reviewed()
        except ValidationError as error:
            # The clause's own rules refused a value (the transaction undid everything): say
            # which, so the moderator can correct the submission and accept it again.
            messages.error(
                request,
                _("The clause could not be created: %(errors)s")
                % {"errors": " ".join(error.messages)},
            )
            return redirect(self.inspect_url)
        messages.success(
            request,
            _("Submission accepted: “%(title)s” is now a draft clause, ready to edit.")
            % {"title": clause.title},
        )
        if not clause.unions.exists():
            messages.warning(
                request,
                _("No union in the hub matches “%(union)s”: add it, then choose it on the clause.")
                % {"union": submission.union_name},
            )
        edit_url = AdminURLFinder(request.user).get_edit_url(clause)
        # A moderator who cannot edit clauses goes back to the submission, which links to it.
        return redirect(edit_url or self.inspect_url)


class RejectionForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Reason for rejection"),
        max_length=REJECTION_REASON_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=gettext_lazy(
            "Sent to the submitter by e-mail, in these words, and kept with the submission."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["reason"]
        field.help_text = format_lazy("{} {}", field.help_text, limit_sentence(field.max_length))


class RejectView(ReviewMixin, InstanceSpecificView):
    http_method_names = ["get", "post"]
    page_title = gettext_lazy("Reject")

    def get_template_names(self):
        return ["clauses/moderation/reject.html"]

    def render_form(self, form, status=200):
        context = self.get_context_data(form=form, inspect_url=self.inspect_url)
        return TemplateResponse(self.request, self.get_template_names(), context, status=status)

    def get(self, request, *args, **kwargs):
        if self.instance.status != ClauseSubmission.Status.NEW:
            return self.already_reviewed()
        return self.render_form(RejectionForm())

    def post(self, request, *args, **kwargs):
        if self.instance.status != ClauseSubmission.Status.NEW:
            return self.already_reviewed()
        form = RejectionForm(request.POST)
        if not form.is_valid():
            return self.render_form(form, status=400)
        try:
            reject_submission(self.instance.pk, request.user, form.cleaned_data["reason"])
        except AlreadyReviewed:
            self.instance.refresh_from_db()
            return self.already_reviewed()
        messages.success(
            request, _("Submission “%(title)s” rejected.") % {"title": self.instance.title}
        )
        return redirect(self.index_url)


class ErasePersonalDataView(ReviewMixin, InstanceSpecificView):
    """Erase the submitter's name and address on request, at once (POST only, CSRF-checked);
    the submission, its clause and the decision stay. Wagtail's audit log records who did it."""

    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        if self.instance.personal_data_erased_at is None:
            self.instance.erase_personal_data(user=request.user)
        messages.success(
            request,
            _("The submitter's name and e-mail address of “%(title)s” have been erased.")
            % {"title": self.instance.title},
        )
        return redirect(self.inspect_url)


class SourceFileView(InstanceSpecificView):
    """The submission's private file, for moderators only: private storage has no public URL."""

    http_method_names = ["get"]

    def check_action_permitted(self, user):
        return self.permission_helper.user_can_inspect_obj(user, self.instance)

    def get(self, request, *args, **kwargs):
        source_file = self.instance.source_file
        if not source_file or not source_file.storage.exists(source_file.name):
            raise Http404(_("This submission has no source file."))
        return FileResponse(
            source_file.open("rb"),
            as_attachment=True,
            filename=PurePath(source_file.name).name,
        )


class SubmissionIndexView(IndexView):
    """The listing, whose CSV export never lets a spreadsheet run a submitter's text as a formula
    (a title such as `=HYPERLINK(...)`): such a cell starts with an apostrophe, as in the tools'
    downloads. The XLSX export is safe already: Wagtail writes every such cell as text."""

    def write_csv_row(self, writer, row_dict):
        return writer.writerow(
            {
                field: self.protect(field, self.preprocess_field_value(field, value, "csv"))
                for field, value in row_dict.items()
            }
        )

    def protect(self, field, value):
        # The empty-value sign ("-") is the admin's own, not a formula: it stays as it is.
        if not isinstance(value, str) or value == self.model_admin.get_empty_value_display(field):
            return value
        return protect(value)


class ClauseSubmissionAdmin(ModelAdmin):
    model = ClauseSubmission
    index_view_class = SubmissionIndexView
    menu_label = gettext_lazy("Clause submissions")
    menu_icon = "form"
    menu_order = 250
    add_to_admin_menu = True
    permission_helper_class = SubmissionPermissionHelper
    inspect_view_enabled = True
    inspect_view_class = SubmissionInspectView
    inspect_template_name = "modeladmin/clauses/clausesubmission/inspect.html"

    list_display = ("status", "created_at", "country", "suggested_theme", "title")
    list_display_add_buttons = "title"
    list_filter = ("status", "country", "suggested_theme")
    list_select_related = ("country", "suggested_theme")
    search_fields = ("title", "text", "union_name")
    ordering = ("-created_at",)
    # The submitters' names and addresses stay out of spreadsheets, which travel further than
    # the admin; moderators find them on each submission's page.
    list_export = (
        "created_at",
        "status_label",
        "title",
        "text",
        "clause_language",
        "clause_type",
        "union_name",
        "country",
        "sector",
        "suggested_theme",
        "year",
        "source_title",
        "employer",
        "bargaining_level",
        "date_signed",
        "source_url",
        "language",
        "reviewed_at",
        "rejection_reason",
        "clause",
    )
    export_filename = "clause-submissions"

    inspect_view_fields = [
        "status",
        "title",
        "text",
        "clause_language",
        "clause_type",
        "union_name",
        "country",
        "sector",
        "suggested_theme",
        "year",
        "source_title",
        "employer",
        "bargaining_level",
        "date_signed",
        "source_url",
        "source_file",
        "language",
        "submitter_name",
        "submitter_email",
        "consent_to_contact",
        "personal_data_erased_at",
        "created_at",
        "reviewed_at",
        "reviewed_by",
        "rejection_reason",
        "clause",
    ]
    # Moderators may tidy what was sent before accepting it; the status changes only by review.
    panels = [
        FieldPanel("title"),
        FieldPanel("text"),
        FieldRowPanel([FieldPanel("clause_language"), FieldPanel("clause_type")]),
        FieldPanel("union_name"),
        FieldRowPanel([FieldPanel("country"), FieldPanel("year")]),
        FieldPanel("sector"),
        FieldPanel("suggested_theme"),
        FieldPanel("source_title"),
        FieldPanel("employer"),
        FieldRowPanel([FieldPanel("bargaining_level"), FieldPanel("date_signed")]),
        FieldPanel("source_url"),
    ]

    @admin.display(description=gettext_lazy("Status"))
    def status_label(self, obj):
        # Spreadsheets would otherwise show the stored value ("new"), not the label.
        return obj.get_status_display()

    extra_views = {
        "accept": AcceptView,
        "reject": RejectView,
        "source_file": SourceFileView,
        "erase_personal_data": ErasePersonalDataView,
    }

    def instance_view(self, action):
        view_class = self.extra_views[action]

        def view(request, instance_pk):
            return view_class.as_view(model_admin=self, instance_pk=instance_pk)(request)

        return view

    def get_admin_urls_for_registration(self):
        return super().get_admin_urls_for_registration() + tuple(
            re_path(
                self.url_helper.get_action_url_pattern(action),
                self.instance_view(action),
                name=self.url_helper.get_action_url_name(action),
            )
            for action in self.extra_views
        )


modeladmin_register(ClauseSubmissionAdmin)


@hooks.register("register_log_actions")
def register_erase_personal_data_action(actions):
    actions.register_action(
        ERASE_PERSONAL_DATA_ACTION,
        gettext_lazy("Erase the submitter's data"),
        gettext_lazy("Submitter's name and e-mail address erased"),
    )
