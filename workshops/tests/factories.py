"""Test data for the course and the tools, from factories (wagtail-factories): the course's index
and workshop pages, the tools' index and tool pages, each added under `parent` as Wagtail's
`add_child` adds it (the tool pages the demo content describes come from the demo loader, in
conftest.py)."""

import factory
import wagtail_factories

from workshops.models import ToolIndexPage, ToolPage, WorkshopIndexPage, WorkshopPage


class WorkshopIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = WorkshopIndexPage

    title = "Course"


class WorkshopPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = WorkshopPage

    number = factory.Sequence(lambda n: n + 1)
    title = factory.LazyAttribute(lambda workshop: f"W{workshop.number}")
    strapline = "s"
    duration_minutes = 90
    audience = "a"


class ToolIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ToolIndexPage

    title = "Tools"


class ToolPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ToolPage

    title = "Tool"
    kind = "guide"
