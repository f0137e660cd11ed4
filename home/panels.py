"""The dashboard panel of the regions' coordinators."""

from django.urls import reverse
from wagtail.admin.ui.components import Component
from wagtail.models import GroupCollectionPermission, GroupPagePermission, Page

from ourdigitalfuture.core.roles import REGIONS, coordinator_group_name


class RegionPanel(Component):
    """A coordinator's region: its pages, with links to edit them, and its documents."""

    name = "role_region"
    template_name = "home/dashboard/region_panel.html"
    order = 150
    page_limit = 20

    def __init__(self, groups):
        self.groups = groups

    def get_context_data(self, parent_context):

        roots = list(
            Page.objects.filter(
                pk__in=GroupPagePermission.objects.filter(group__in=self.groups).values("page")
            )
        )
        regions = []
        for root in roots:
            pages = Page.objects.descendant_of(root, inclusive=True).specific(defer=True)
            # The first pages only: the explorer link in the panel leads to the rest.
            regions.append({"root": root, "pages": pages[: self.page_limit]})
        collections = (
            GroupCollectionPermission.objects.filter(group__in=self.groups)
            .select_related("collection")
            .order_by("collection__path")
        )
        return {
            "regions": regions,
            "collections": list(dict.fromkeys(grant.collection for grant in collections)),
            "documents_url": reverse("wagtaildocs:index"),
        }


def add_region_panel(request, panels):
    """`construct_homepage_panels` hook: a coordinator's region(s)."""
    region_groups = list(
        request.user.groups.filter(
            name__in=[coordinator_group_name(title) for _slug, title in REGIONS]
        ).order_by("name")
    )
    if region_groups:
        panels.append(RegionPanel(region_groups))
