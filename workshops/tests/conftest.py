"""Fixtures for the tools' tests: the five tool pages as the demo loader makes them, with their
interactive versions, built once per test module and rolled back afterwards."""

import pytest
from django.db import transaction

from ourdigitalfuture.core.demo import get_home
from workshops.demo import load_interactive_tools, load_tools
from workshops.models import ToolPage
from workshops.tools.impact import results

DIGITAL_IMPACT_FRAMEWORK = "digital-impact-framework"


def build_tools():
    report = []
    load_tools(get_home(), report)
    load_interactive_tools(report)
    return report


@pytest.fixture(scope="module")
def tool_pages(django_db_setup, django_db_blocker):
    """The tool pages, built once for the module inside a transaction rolled back afterwards;
    each test's own changes roll back to it (tests must also ask for `db`)."""
    with django_db_blocker.unblock():
        with transaction.atomic():
            build_tools()
            yield
            transaction.set_rollback(True)


@pytest.fixture
def tool(tool_pages, db):
    """The tool page with this slug, fetched fresh for each test."""

    def get(slug):
        return ToolPage.objects.get(slug=slug, locale__language_code="en")

    return get


@pytest.fixture
def dif(tool):
    """The Digital Impact Framework's tool page."""
    return tool(DIGITAL_IMPACT_FRAMEWORK)


@pytest.fixture
def dimensions(dif):
    return results.dimensions_of(dif)
