"""The tool pages and their interactive versions as editors and translators meet them: the demo
loader, the blocks, the printable Data Lifecycle page, the admin form and wagtail-localize."""

import html

import pytest
from django.core.exceptions import ValidationError
from django.urls import NoReverseMatch
from wagtail_localize.segments.extract import extract_segments

from workshops import tools
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


# Each tool's addresses, and what a GET of each answers on a page offering that tool.
ROUTES = {
    "digital-impact-framework": {
        "assess/": 200,
        "result/": 302,
        "result/pdf/": 405,
        "result/file/": 405,
    },
    "co-governing-algorithmic-systems": {"checklist/": 200, "checklist/load/": 302},
    "data-rights-tool": {"steps/": 200, "worksheet/": 405},
    "data-lifecycle-at-work": {"print/": 200},
}
ROUTE_NAMES = {
    "impact_framework": ["impact_assess", "impact_result", "impact_pdf", "impact_file"],
    "checklist": ["checklist", "checklist_load"],
    "worksheet": ["data_rights_steps", "data_rights_worksheet"],
    "printable": ["printable"],
}


def test_a_tool_page_answers_its_own_tools_addresses_and_no_other(client, tool):
    for slug, own in ROUTES.items():
        page = tool(slug)
        for route, status in own.items():
            assert client.get(f"{page.url}{route}").status_code == status, (slug, route)
        others = [route for other, routes in ROUTES.items() if other != slug for route in routes]
        for route in others:
            assert client.get(f"{page.url}{route}").status_code == 404, (slug, route)
            assert client.post(f"{page.url}{route}", {}).status_code == 404, (slug, route)


def test_a_tool_page_reverses_only_its_own_tools_routes(tool):
    for slug in ROUTES:
        page = tool(slug)
        for key, names in ROUTE_NAMES.items():
            for name in names:
                if key == page.interactive:
                    assert page.reverse_subpage(name) in ROUTES[slug], name
                else:
                    with pytest.raises(NoReverseMatch):
                        page.reverse_subpage(name)


def test_the_registry_offers_editors_the_four_tools_in_order():
    assert [key for key, _label in ToolPage.INTERACTIVE_CHOICES] == [
        "impact_framework",
        "checklist",
        "worksheet",
        "printable",
    ]
    assert ToolPage._meta.get_field("interactive").choices == tools.registry.choices()
    assert tools.registry.get("checklist") is tools.checklist.TOOL
    assert tools.registry.get("") is None
    with pytest.raises(ValueError):
        tools.registry.register(tools.checklist.TOOL)


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
