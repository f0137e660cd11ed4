"""The translation editor's "Submit to moderation" (home/publishing.py)."""

from django import template
from django.contrib.admin.utils import quote
from django.urls import reverse
from wagtail.admin.ui.side_panels import StatusSidePanel
from wagtail.models import DraftStateMixin, RevisionMixin, WorkflowMixin

from ourdigitalfuture.core import publishing

register = template.Library()


@register.simple_tag(takes_context=True)
def translation_moderation(context, translation, instance):
    """What the editor offers in place of "Publish" to someone who may not publish, or None."""
    request = context.get("request")
    if request is None:
        return None
    moderation = publishing.moderation_for(request.user, translation, instance)
    if moderation is not None:
        moderation["url"] = publishing.moderation_url(translation)
    return moderation


class _SnippetTranslationStatusPanel(StatusSidePanel):
    """wagtail-localize's status panel of a snippet translation, with what Wagtail's own snippet
    panel inherits from its edit view: its workflow status (shown while the translation is in
    moderation) links to the revisions, and fails without their URL's name."""

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        viewset = self.object.snippet_viewset
        context["revisions_compare_url_name"] = viewset.get_url_name("revisions_compare")
        context["workflow_history_url"] = reverse(
            viewset.get_url_name("workflow_history"), args=[quote(self.object.pk)]
        )
        context["revision_enabled"] = isinstance(self.object, RevisionMixin)
        context["draftstate_enabled"] = isinstance(self.object, DraftStateMixin)
        return context


@register.simple_tag
def translation_side_panels(side_panels, instance):
    """The translation editor's side panels, its snippet status panel completed."""
    if getattr(instance, "snippet_viewset", None) is None or not isinstance(
        instance, WorkflowMixin
    ):
        return side_panels
    panels = []
    for panel in side_panels:
        if type(panel) is StatusSidePanel:
            completed = object.__new__(_SnippetTranslationStatusPanel)
            completed.__dict__.update(panel.__dict__)
            panel = completed
        panels.append(panel)
    return panels
