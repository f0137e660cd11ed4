"""The hub moderators' dashboard panel: submissions nobody has reviewed yet."""

from django.urls import reverse
from wagtail.admin.ui.components import Component

from .models import ClauseSubmission


class SubmissionsPanel(Component):
    """The hub's moderators' queue: submissions nobody has reviewed yet."""

    name = "role_submissions"
    template_name = "clauses/dashboard/submissions_panel.html"
    order = 150
    limit = 10

    def get_context_data(self, parent_context):

        new = ClauseSubmission.objects.filter(status=ClauseSubmission.Status.NEW)
        index_url = reverse("clauses_clausesubmission_modeladmin_index")
        return {
            "submissions": [
                (
                    submission,
                    reverse("clauses_clausesubmission_modeladmin_inspect", args=[submission.pk]),
                )
                for submission in new.select_related("country").order_by("-created_at")[
                    : self.limit
                ]
            ],
            # The submissions admin, filtered to the new ones.
            "queue_url": f"{index_url}?status__exact={ClauseSubmission.Status.NEW}",
        }


def add_submissions_panel(request, panels):
    """`construct_homepage_panels` hook: the queue, for those who review submissions."""
    if request.user.has_perm("clauses.change_clausesubmission"):
        panels.append(SubmissionsPanel())
