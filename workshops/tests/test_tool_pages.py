"""The tool pages and their interactive versions as editors and translators meet them: the demo
loader, the blocks, the printable Data Lifecycle page, the admin form and wagtail-localize."""

import html

import pytest
from django.core.exceptions import ValidationError
from wagtail_localize.segments.extract import extract_segments

from workshops.blocks import DimensionBlock, PartBlock
from workshops.demo import load_interactive_tools
from workshops.models import ToolPage

pytestmark = pytest.mark.django_db


def text(response):
    return html.unescape(response.content.decode())


def test_the_demo_loader_fills_four_tools_once(tool):
    interactive = dict(
        ToolPage.objects.filter(locale__language_code="en").values_list("slug", "interactive")
    )
    assert interactive == {
        "data-lifecycle-at-work": "printable",
        "data-rights-tool": "worksheet",
        "co-governing-algorithmic-systems": "checklist",
        "digital-bargaining-hub": "",
        "digital-impact-framework": "impact_framework",
    }
    revisions = {slug: tool(slug).revisions.count() for slug in interactive}
    report = []
    load_interactive_tools(report)
    assert report == []
    assert {slug: tool(slug).revisions.count() for slug in interactive} == revisions
    assert tool("digital-impact-framework").live


def test_the_lifecycle_prints_on_one_page(client, tool):
    lifecycle = tool("data-lifecycle-at-work")
    response = client.get(f"{lifecycle.url}print/")
    page = text(response)
    assert response.status_code == 200
    assert 'class="tool-view tool-print"' in page
    assert '<link rel="stylesheet" href="/static/css/tools.css">' in page
    assert page.count('<section class="phase"') == 4
    for phase in (
        "Data collection",
        "Data analysis",
        "Data storage and access",
        "Data off-boarding",
    ):
        assert phase in page
    assert "Which third parties, such as an outsourced payroll provider, can access it?" in page
    assert f'href="{lifecycle.url}print/"' in text(client.get(lifecycle.url))


def test_a_tool_without_an_interactive_version_has_no_routes(client, tool):
    hub = tool("digital-bargaining-hub")
    assert hub.interactive_url() == ""
    for route in ("assess/", "checklist/", "steps/", "print/", "worksheet/"):
        assert client.get(f"{hub.url}{route}").status_code == 404, route
    assert "Use it on this site" not in text(client.get(hub.url))


def test_a_dimension_has_exactly_five_levels():
    block = DimensionBlock()
    four = {
        "title": "Members' data",
        "description": "",
        "levels": [{"description": f"Level {n}", "next_level": "More"} for n in range(1, 5)],
    }
    with pytest.raises(ValidationError):
        block.clean(block.to_python(four))
    five = {**four, "levels": four["levels"] + [{"description": "Level 5", "next_level": ""}]}
    assert len(block.clean(block.to_python(five))["levels"]) == 5


def test_example_clause_identifiers_are_checked():
    block = PartBlock()
    value = block.to_python(
        {
            "title": "Part",
            "summary": "S",
            "questions": ["Q"],
            "limits": ["L"],
            "clauses": ["DBH-0019", "clause 19"],
        }
    )
    with pytest.raises(ValidationError):
        block.clean(value)


def test_translators_get_the_tool_content_but_not_the_clause_identifiers(tool):
    strings = {
        segment.string.data
        for segment in extract_segments(tool("data-rights-tool"))
        if hasattr(segment, "string")
    }
    assert any(s.startswith("Start with the systems members talk about") for s in strings)
    assert any("Article 22" in s for s in strings)
    assert not [s for s in strings if s.startswith("DBH-")]
    dif_strings = {
        segment.string.data
        for segment in extract_segments(tool("digital-impact-framework"))
        if hasattr(segment, "string")
    }
    assert "Members' data and privacy" in dif_strings
    assert any(s.startswith("Passwords are shared and reused") for s in dif_strings)


def test_editors_can_open_a_tool_page_with_its_interactive_fields(admin_client, tool):
    response = admin_client.get(f"/admin/pages/{tool('digital-impact-framework').id}/edit/")
    page = text(response)
    assert response.status_code == 200
    assert "Interactive version" in page and 'name="interactive"' in page
    assert "Members' data and privacy" in page
