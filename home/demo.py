"""The demo content loader: builds the site's page tree from `home/demo_data.py` and the hub from
`clauses/demo.py`. Pages are matched by slug under their parent and documents by title, so a
second run finds everything in place and changes nothing."""

import io

from django.core.files.base import ContentFile
from django.db import transaction
from fpdf import FPDF
from wagtail.documents import get_document_model
from wagtail.models import Collection, Locale, Site
from wagtail_localize.models import Translation, TranslationSource

from clauses.demo import load_hub, load_hub_translations
from workshops.demo import load_interactive_tools
from workshops.models import (
    ToolDownload,
    ToolIndexPage,
    ToolPage,
    WorkshopIndexPage,
    WorkshopMaterial,
    WorkshopPage,
)

from . import demo_data as data
from .models import (
    Contact,
    FooterText,
    HomePage,
    ProjectContact,
    ProjectPage,
    PublicationIndexPage,
    PublicationPage,
    RegionCoordinator,
    RegionIndexPage,
    RegionMaterial,
    RegionPage,
    SiteSettings,
    StandardPage,
)
from .roles import create_demo_users, sync_role_permissions
from .translation import translate_from_copy


def get_home():
    site = Site.objects.get(is_default_site=True)
    return site.root_page.specific


def rich(text):
    """Plain demo text becomes a paragraph; HTML passes through."""
    return text if text.lstrip().startswith("<") else f"<p>{text}</p>"


def ensure_translations(instance, language_codes):
    """Create (once) a wagtail-localize translation of `instance` in each locale, so translators
    find it in the translation editor, and publish it. Returns the language codes it created."""
    created = []
    source, _ = TranslationSource.get_or_create_from_instance(instance)
    for code in language_codes:
        locale = Locale.objects.get(language_code=code)
        if instance.has_translation(locale):
            continue
        translation, _ = Translation.objects.get_or_create(
            source=source, target_locale=locale, defaults={"enabled": True}
        )
        # wagtail-localize publishes on transaction commit; the loader may run inside an
        # outer transaction (tests), so save a draft and publish it here.
        translation.save_target(publish=False)
        target = instance.get_translation(locale)
        if hasattr(target, "get_latest_revision"):
            target.get_latest_revision().publish()
        created.append(code)
    return created


# Documents ---------------------------------------------------------------------------------------


def collection(*names):
    """The collection at the path `names` under the root, created as needed."""
    parent = Collection.get_first_root_node()
    for name in names:
        child = parent.get_children().filter(name=name).first()
        parent = child or parent.add_child(name=name)
    return parent


def pdf_bytes(title, lines):
    """A small, valid PDF standing in for a real file of the project's."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", "B", 16)

    def latin(text):
        return text.encode("latin-1", "replace").decode("latin-1")

    pdf.multi_cell(0, 9, latin(title), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", size=11)
    for line in lines:
        pdf.multi_cell(0, 6, latin(line), new_x="LMARGIN", new_y="NEXT")
    buffer = io.BytesIO()
    pdf.output(buffer)
    return buffer.getvalue()


def demo_document(title, target_collection, *lines):
    Document = get_document_model()
    document = Document.objects.filter(title=title, collection=target_collection).first()
    if document:
        return document
    document = Document(title=title, collection=target_collection)
    slug = "".join(c if c.isalnum() else "-" for c in title.lower()).strip("-")[:80]
    document.file.save(
        f"{slug}.pdf",
        ContentFile(pdf_bytes(title, [*lines, "Our Digital Future - demo file."])),
        save=False,
    )
    document.save()
    return document


# Pages -------------------------------------------------------------------------------------------


def child(parent, model, slug, **fields):
    """The live child of `parent` with this slug, created and published if missing.
    Returns (page, created)."""
    existing = parent.get_children().filter(slug=slug).first()
    if existing:
        return existing.specific, False
    page = model(slug=slug, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page, True


def contact_for(person):
    english = Locale.get_default()
    contact, _ = Contact.objects.get_or_create(
        name=person["name"],
        email=person.get("email", ""),
        locale=english,
        defaults={"role": person.get("role", ""), "organisation": person.get("organisation", "")},
    )
    return contact


def home_fields(content):
    return {
        "title": content["title"],
        "intro": content["intro"],
        "audiences": [("audience", a) for a in content["audiences"]],
        **{
            key: content[key]
            for key in ("course_blurb", "tools_blurb", "hub_blurb", "regions_blurb")
        },
    }


def fill_home(home, report):
    if home.intro:
        return
    for name, value in home_fields(data.HOME).items():
        setattr(home, name, value)
    home.save_revision().publish()
    report.append("Home page filled in.")


def project_fields(content):
    return {
        "title": content["title"],
        "show_in_menus": True,
        "summary": content.get("summary", ""),
        "intro": content["intro"],
        "goals": [("goal", goal) for goal in content["goals"]],
        "topics": [("topic", topic) for topic in content["topics"]],
        "audiences": [("audience", a) for a in content["audiences"]],
        "timeline": [("milestone", m) for m in content["timeline"]],
        "contacts_intro": content.get("contacts_intro", ""),
        "contacts": [
            ProjectContact(region=group["region"], contact=contact_for(person))
            for group in content["contacts"]
            for person in group["people"]
        ],
    }


def load_project(home, report):
    _page, created = child(home, ProjectPage, data.PROJECT["slug"], **project_fields(data.PROJECT))
    if created:
        report.append("About the project page created.")


def load_tools(home, report):
    index, _ = child(
        home,
        ToolIndexPage,
        "tools",
        title="Tools and guides",
        show_in_menus=True,
        summary="Five practical tools and guides for bargaining over digital technology.",
        intro="<p>Five tools and guides, each taught by one of the course's workshops.</p>",
    )
    documents = collection("Course", "Tools")
    block_types = {
        "phases": "phase",
        "parts": "part",
        "themes": "theme",
        "ways_in": "way_in",
        "steps": "step",
    }
    tools = {}
    for tool in data.TOOLS:
        structure = tool["structure"]
        block_type = block_types[structure["type"]]
        items = [
            {**item, "text": rich(item["text"])} if "text" in item else item
            for item in structure["items"]
        ]
        guide = demo_document(f"{tool['title']}: the guide", documents, tool["summary"])
        page, created = child(
            index,
            ToolPage,
            tool["slug"],
            title=tool["title"],
            kind=tool["kind"],
            summary=tool["summary"],
            why_it_matters=tool["why_it_matters"],
            how_to_use=tool["how_to_use"],
            structure=[(block_type, item) for item in items],
            downloads=[ToolDownload(title=f"{tool['title']} (PDF)", document=guide)],
        )
        tools[tool["slug"]] = page
        if created:
            report.append(f"Tool created: {tool['title']}")
    return tools


def workshop_body(body):
    return [
        ("heading", {"text": value}) if block_type == "heading" else (block_type, value)
        for block_type, value in body
    ]


def load_workshops(home, tools, report):
    index, _ = child(
        home,
        WorkshopIndexPage,
        "course",
        title="The course",
        show_in_menus=True,
        summary="Six workshops that any union can run with its own members.",
        intro="<p>Six workshops of 90 to 120 minutes, one per meeting, each with the "
        "material a facilitator needs.</p>",
    )
    documents = collection("Course", "Facilitator material")
    for workshop in data.WORKSHOPS:
        materials = [
            WorkshopMaterial(
                kind=item["kind"],
                title=item["title"],
                language=item.get("language", "en"),
                description=item.get("description", ""),
                document=demo_document(
                    f"Workshop {workshop['number']}: {item['title']}",
                    documents,
                    item.get("description", ""),
                ),
            )
            for item in workshop["materials"]
        ]
        _page, created = child(
            index,
            WorkshopPage,
            workshop["slug"],
            title=workshop["title"],
            number=workshop["number"],
            strapline=workshop["strapline"],
            duration_minutes=workshop["duration_minutes"],
            audience=workshop["audience"],
            summary=workshop["summary"],
            body=workshop_body(workshop["body"]),
            related_tool=tools.get(workshop["tool"]),
            materials=materials,
        )
        if created:
            report.append(f"Workshop {workshop['number']} created: {workshop['title']}")


def load_regions(home, report):
    index, _ = child(
        home,
        RegionIndexPage,
        "regions",
        title="Regions",
        show_in_menus=True,
        summary="Regional coordinators and training materials.",
        intro="<p>The project worked region by region. Find your coordinators and the "
        "training materials for each audience, in your language.</p>",
    )
    for region in data.REGIONS:
        documents = collection("Regions", region["title"])
        materials = [
            RegionMaterial(
                audience=item["audience"],
                kind=item["kind"],
                title=item["title"],
                language=item["language"],
                document=demo_document(item["title"], documents, region["title"]),
            )
            for item in region["materials"]
        ]
        _page, created = child(
            index,
            RegionPage,
            region["slug"],
            title=region["title"],
            summary=region["intro"],
            languages=region["languages"],
            coordinators=[
                RegionCoordinator(contact=contact_for(p)) for p in region["coordinators"]
            ],
            materials=materials,
        )
        if created:
            report.append(f"Region created: {region['title']}")


def load_publications(home, report):
    index, _ = child(
        home,
        PublicationIndexPage,
        "publications",
        title="Publications",
        show_in_menus=True,
        summary="The project's reports and its facilitator's guide.",
        intro="<p>Reports written for the project, and the guide to running the course.</p>",
    )
    documents = collection("Publications")
    for publication in data.PUBLICATIONS:
        document = demo_document(
            publication["title"], documents, publication["authors"], publication["summary"]
        )
        _page, created = child(
            index,
            PublicationPage,
            publication["slug"],
            title=publication["title"],
            year=publication["year"],
            authors=publication["authors"],
            summary=publication["summary"],
            key_findings=[("finding", f) for f in publication["key_findings"]],
            sections=[
                ("section", {"title": s["title"], "text": rich(s["text"])})
                for s in publication["sections"]
            ],
            document=document,
            licence=publication.get("licence", ""),
            how_to_cite=publication.get("how_to_cite", ""),
        )
        if created:
            report.append(f"Publication created: {publication['title']}")


def load_standard_pages(home, report):
    pages = [
        ("licence", "Licence", data.LICENCE_LINE),
        (
            "privacy",
            "Privacy",
            "This site sets no tracking cookies and loads nothing from other sites. Videos are "
            "fetched from their host only when you choose to play them. Clause submissions are "
            "kept for moderation and your e-mail address is seen only by the hub's moderators.",
        ),
        (
            "contact",
            "Contact",
            "Write to the project team or to your regional coordinator: their addresses are on "
            "the About the project page and on each region's page.",
        ),
    ]
    for slug, title, text in pages:
        _page, created = child(
            home, StandardPage, slug, title=title, body=[("paragraph", rich(text))]
        )
        if created:
            report.append(f"Page created: {title}")


def load_settings(home):
    site = Site.objects.get(is_default_site=True)
    settings = SiteSettings.for_site(site)
    if not settings.contact_email:
        settings.federation_name = "Public Services International"
        settings.contact_email = "daniel.bertossa@world-psi.org"
        settings.save()
    english = Locale.get_default()
    footer = FooterText.objects.filter(locale=english).first()
    if footer is None:
        footer = FooterText.objects.create(licence_line=data.LICENCE_LINE, locale=english)
    for code, line in data.LICENCE_LINE_TRANSLATIONS.items():
        translate_from_copy(footer, FooterText(licence_line=line), code)


@transaction.atomic
def load_demo_content():
    """Build (or complete) the whole demo site; returns a list of what it did."""
    report = []
    home = get_home()
    if not isinstance(home, HomePage):
        raise RuntimeError("The default site's root is not a HomePage; run migrations first.")
    fill_home(home, report)
    load_settings(home)
    load_project(home, report)
    tools = load_tools(home, report)
    load_workshops(home, tools, report)
    load_interactive_tools(report)
    hub = load_hub(home, child, report)
    load_regions(home, report)
    load_publications(home, report)
    load_standard_pages(home, report)
    load_translations(home, hub, report)
    sync_role_permissions()  # bind the roles to the region pages and translations just made
    create_demo_users(report)  # DEBUG only: one user per role, with a printed password
    return report


def load_translations(home, hub, report):
    """The demo translations, made through wagtail-localize's translation objects so that the
    translation editor shows them as translated: the home page in every language (each other
    translation needs its parent translated first), About the project in Russian and Arabic,
    the hub in French and Spanish."""
    for code, content in data.HOME_TRANSLATIONS.items():
        _target, missing = translate_from_copy(home, HomePage(**home_fields(content)), code)
        if missing:
            report.append(f"Warning: {missing} strings of the {code} home page are untranslated.")
    project = ProjectPage.objects.child_of(home).first()
    for code, content in data.PROJECT_TRANSLATIONS.items():
        copy = ProjectPage(slug=project.slug, **project_fields(content))
        _target, missing = translate_from_copy(project, copy, code)
        if missing:
            report.append(f"Warning: {missing} strings of About the project ({code}) untranslated.")
    load_hub_translations(hub, report)
