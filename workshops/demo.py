"""Demo content for the interactive tools: fills in the tool pages that `home.demo.load_tools`
created (found by slug under the default language's tool index) and publishes a revision. A page
whose interactive version is already set is left as it is, so a second run changes nothing."""

from wagtail.blocks import StreamValue
from wagtail.models import Locale

from . import demo_data as data
from .models import ToolIndexPage, ToolPage


def load_interactive_tools(report):
    index = ToolIndexPage.objects.filter(locale=Locale.get_default()).first()
    if index is None:
        return
    pages = {
        page.slug: page
        for page in ToolPage.objects.child_of(index).filter(slug__in=list(data.INTERACTIVE))
    }
    for slug, interactive in data.INTERACTIVE.items():
        page = pages.get(slug)
        if page is None or page.interactive:
            continue
        page.interactive = interactive
        page.interactive_intro = data.INTROS[slug]
        if interactive == ToolPage.IMPACT_FRAMEWORK:
            page.dimensions = [("dimension", value) for value in data.DIMENSIONS]
        if interactive == ToolPage.WORKSHEET:
            page.structure = with_part_additions(page.structure)
        page.save_revision().publish()
        report.append(f"Interactive version added: {page.title}")


def with_part_additions(structure):
    """The structure with each part's tips, guidance and example clauses filled in, matched by
    position; block ids and everything else stay as they are."""
    blocks, part = [], 0
    for block in structure:
        value = block.value
        if block.block_type == "part" and part < len(data.PART_ADDITIONS):
            value = {
                "title": value["title"],
                "summary": value["summary"],
                "questions": list(value["questions"]),
                "limits": list(value["limits"]),
                **data.PART_ADDITIONS[part],
            }
            part += 1
        blocks.append((block.block_type, value, block.id))
    return StreamValue(structure.stream_block, blocks)
