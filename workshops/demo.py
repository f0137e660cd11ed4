"""The workshops app's demo content, built from the JSON files in `workshops/demo_content/`: the
tools and guides (`tools.json`), the course's six workshops (`workshops.json`) and the interactive
versions of four tools (`interactive.json`). Workshop bodies are lists of `[block_type, value]`
pairs; rich-text values are small HTML fragments.

Pages are matched by slug under their parent and documents by title; a tool page whose
interactive version is already set is left as it is, so a second run changes nothing."""

from wagtail.blocks import StreamValue
from wagtail.models import Locale

from ourdigitalfuture.core.demo import (
    child,
    collection,
    demo_document,
    index_page,
    read_content,
    rich,
    translate_index,
)
from ourdigitalfuture.core.translation import translate_from_copy

from .models import (
    ToolDownload,
    ToolIndexPage,
    ToolPage,
    WorkshopIndexPage,
    WorkshopMaterial,
    WorkshopPage,
)

STRUCTURE_BLOCKS = {
    "phases": "phase",
    "parts": "part",
    "themes": "theme",
    "ways_in": "way_in",
    "steps": "step",
}


def content(name):
    return read_content(__package__, name)


def untranslated(record):
    """A demo record's own fields, without its translations."""
    return {key: value for key, value in record.items() if key != "translations"}


def tool_fields(tool, guide, additions=()):
    """A tool page's fields from its demo record (English, or a translation of the same shape);
    `additions` completes the first parts of a worksheet (interactive.json's part additions)."""
    structure = tool["structure"]
    block_type = STRUCTURE_BLOCKS[structure["type"]]
    items = [
        {**item, "text": rich(item["text"])} if "text" in item else item
        for item in structure["items"]
    ]
    for position, addition in enumerate(additions):
        items[position] = {**items[position], **addition}
    return {
        "title": tool["title"],
        "kind": tool["kind"],
        "summary": tool["summary"],
        "why_it_matters": tool["why_it_matters"],
        "how_to_use": tool["how_to_use"],
        "structure": [(block_type, item) for item in items],
        "downloads": [ToolDownload(title=f"{tool['title']} (PDF)", document=guide)],
    }


def load_tools(home, report):
    """The tool index under `home` and one page per tool; returns the tool pages by slug."""
    data = content("tools")
    index, _ = index_page(home, ToolIndexPage, data["index"])
    documents = collection("Course", "Tools")
    tools = {}
    for tool in data["tools"]:
        guide = demo_document(f"{tool['title']}: the guide", documents, tool["summary"])
        page, created = child(index, ToolPage, tool["slug"], **tool_fields(tool, guide))
        tools[tool["slug"]] = page
        if created:
            report.append(f"Tool created: {tool['title']}")
    return tools


def workshop_body(body):
    return [
        ("heading", {"text": value}) if block_type == "heading" else (block_type, value)
        for block_type, value in body
    ]


def workshop_fields(workshop, tools, documents, english=None):
    """A workshop page's fields from its demo record; a translation (same shape) keeps the
    English record's documents."""
    english = english or workshop
    materials = [
        WorkshopMaterial(
            kind=item["kind"],
            title=item["title"],
            language=item.get("language", "en"),
            description=item.get("description", ""),
            document=demo_document(
                f"Workshop {english['number']}: {source['title']}",
                documents,
                source.get("description", ""),
            ),
        )
        for item, source in zip(workshop["materials"], english["materials"], strict=True)
    ]
    return {
        "title": workshop["title"],
        "number": workshop["number"],
        "strapline": workshop["strapline"],
        "duration_minutes": workshop["duration_minutes"],
        "audience": workshop["audience"],
        "summary": workshop["summary"],
        "body": workshop_body(workshop["body"]),
        "related_tool": tools.get(workshop["tool"]),
        "materials": materials,
    }


def load_workshops(home, tools, report):
    """The course index under `home` and one page per workshop, linked to its tool in `tools`."""
    data = content("workshops")
    index, _ = index_page(home, WorkshopIndexPage, data["index"])
    documents = collection("Course", "Facilitator material")
    for workshop in data["workshops"]:
        _page, created = child(
            index, WorkshopPage, workshop["slug"], **workshop_fields(workshop, tools, documents)
        )
        if created:
            report.append(f"Workshop {workshop['number']} created: {workshop['title']}")


def load_interactive_tools(report):
    """Fill in the interactive version of the tool pages `load_tools` created (found by slug
    under the default language's tool index) and publish a revision."""
    index = ToolIndexPage.objects.filter(locale=Locale.get_default()).first()
    if index is None:
        return
    data = content("interactive")
    pages = {
        page.slug: page
        for page in ToolPage.objects.child_of(index).filter(slug__in=list(data["tools"]))
    }
    for slug, tool in data["tools"].items():
        page = pages.get(slug)
        if page is None or page.interactive:
            continue
        page.interactive = tool["kind"]
        page.interactive_intro = tool["intro"]
        if tool["kind"] == ToolPage.IMPACT_FRAMEWORK:
            page.dimensions = [("dimension", untranslated(value)) for value in data["dimensions"]]
        if tool["kind"] == ToolPage.WORKSHEET:
            additions = [untranslated(a) for a in data["part_additions"]]
            page.structure = with_part_additions(page.structure, additions)
        page.save_revision().publish()
        report.append(f"Interactive version added: {page.title}")


def with_part_additions(structure, additions):
    """The structure with each part's tips, guidance and example clauses filled in from
    `additions`, matched by position; block ids and everything else stay as they are."""
    blocks, part = [], 0
    for block in structure:
        value = block.value
        if block.block_type == "part" and part < len(additions):
            value = {
                "title": value["title"],
                "summary": value["summary"],
                "questions": list(value["questions"]),
                "limits": list(value["limits"]),
                **additions[part],
            }
            part += 1
        blocks.append((block.block_type, value, block.id))
    return StreamValue(structure.stream_block, blocks)


def load_course_translations(report):
    """The course and the tools in the languages of their demo content, through
    wagtail-localize: the two index pages, the workshops and the tool pages with their
    interactive versions (a tool is translated only when its interactive content is too)."""
    english = Locale.get_default()
    tools_data, workshops_data = content("tools"), content("workshops")
    tool_index = ToolIndexPage.objects.filter(locale=english).first()
    course = WorkshopIndexPage.objects.filter(locale=english).first()
    if tool_index is None or course is None:
        return
    translate_index(tool_index, tools_data["index"], report)
    translate_index(course, workshops_data["index"], report)
    tools = {page.slug: page for page in ToolPage.objects.child_of(tool_index)}
    for tool in tools_data["tools"]:
        for code, translation in tool.get("translations", {}).items():
            copy = tool_copy(tools[tool["slug"]], translation, code)
            if copy is None:
                report.append(f"Warning: {tool['title']} ({code}) lacks interactive content.")
                continue
            translate_from_copy(tools[tool["slug"]], copy, code)
    documents = collection("Course", "Facilitator material")
    workshops = {page.slug: page for page in WorkshopPage.objects.child_of(course)}
    for workshop in workshops_data["workshops"]:
        for code, translation in workshop.get("translations", {}).items():
            fields = workshop_fields(translation, tools, documents, english=workshop)
            page = workshops[workshop["slug"]]
            translate_from_copy(page, WorkshopPage(slug=page.slug, **fields), code)


def tool_copy(page, translation, code):
    """An unsaved tool page built like `page` with the text of `translation` (and of the
    interactive content's translation in `code`), or None if part of it is not translated."""
    interactive = content("interactive")
    additions = []
    if page.interactive == ToolPage.WORKSHEET:
        additions = [a.get("translations", {}).get(code) for a in interactive["part_additions"]]
    guide = page.downloads.first().document
    copy = ToolPage(slug=page.slug, **tool_fields(translation, guide, additions))
    if page.interactive:
        intro = interactive["tools"][page.slug].get("translations", {}).get(code)
        dimensions = [d.get("translations", {}).get(code) for d in interactive["dimensions"]]
        if intro is None or None in additions or None in dimensions:
            return None
        copy.interactive = page.interactive
        copy.interactive_intro = intro["intro"]
        if page.interactive == ToolPage.IMPACT_FRAMEWORK:
            copy.dimensions = [("dimension", value) for value in dimensions]
    return copy
