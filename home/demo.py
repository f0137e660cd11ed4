"""The home app's demo content: the home page, About the project, the regions, the publications,
the standard pages and the site settings, built from the JSON files in `home/demo_content/`, and
the home page's and About the project's translations (made through wagtail-localize).

The facts, names, figures and structure come from the project's own source documents (the
overview page in Russian and Arabic, the facilitator's guide "Teach Forward!", the
summary-and-reflections report and the 2019 report "Digitalization and public services: a labour
perspective"); the sentences are written afresh for the site. Rich-text values are small HTML
fragments; plain-text values are plain strings.

Pages are matched by slug under their parent and documents by title, so a second run finds
everything in place and changes nothing."""

from wagtail.models import Locale, Site

from ourdigitalfuture.core.demo import (
    child,
    collection,
    demo_document,
    index_page,
    read_content,
    rich,
    translate_index,
)
from ourdigitalfuture.core.regions import REGIONS
from ourdigitalfuture.core.translation import translate_from_copy

from .demo_contacts import translate_contacts
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


def content(name):
    return read_content(__package__, name)


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
    for name, value in home_fields(content("home")).items():
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
    project = content("project")
    _page, created = child(home, ProjectPage, project["slug"], **project_fields(project))
    if created:
        report.append("About the project page created.")


def load_regions(home, report):
    data = content("regions")
    index, _ = index_page(home, RegionIndexPage, data["index"])
    for slug, title in REGIONS:
        region = data["regions"][slug]
        documents = collection("Regions", title)
        materials = [
            RegionMaterial(
                audience=item["audience"],
                kind=item["kind"],
                title=item["title"],
                language=item["language"],
                document=demo_document(item["title"], documents, title),
                licence=item.get("licence", ""),
            )
            for item in region["materials"]
        ]
        _page, created = child(
            index,
            RegionPage,
            slug,
            title=title,
            summary=region["intro"],
            languages=region["languages"],
            coordinators=[
                RegionCoordinator(contact=contact_for(p)) for p in region["coordinators"]
            ],
            materials=materials,
        )
        if created:
            report.append(f"Region created: {title}")


def load_publications(home, report):
    data = content("publications")
    index, _ = index_page(home, PublicationIndexPage, data["index"])
    documents = collection("Publications")
    for publication in data["publications"]:
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
    for page in content("pages")["standard_pages"]:
        _page, created = child(
            home,
            StandardPage,
            page["slug"],
            title=page["title"],
            body=[("paragraph", rich(page["text"]))],
        )
        if created:
            report.append(f"Page created: {page['title']}")


def load_settings(home):
    site = Site.objects.get(is_default_site=True)
    settings = SiteSettings.for_site(site)
    if not settings.contact_email:
        for name, value in content("pages")["site_settings"].items():
            setattr(settings, name, value)
        settings.save()
    english = Locale.get_default()
    footer_content = content("footer")
    footer = FooterText.objects.filter(locale=english).first()
    if footer is None:
        footer = FooterText.objects.create(
            licence_line=footer_content["licence_line"], locale=english
        )
    for code, translation in footer_content.get("translations", {}).items():
        translate_from_copy(footer, FooterText(licence_line=translation["licence_line"]), code)


def load_home_translations(home, report):
    """The home page in every language of its content (each other translation needs its parent
    translated first), About the project and the regions' and publications' index pages in the
    languages of their content, through
    wagtail-localize's translation objects, so the translation editor shows them translated."""
    for code, translation in content("home").get("translations", {}).items():
        _target, missing = translate_from_copy(home, HomePage(**home_fields(translation)), code)
        if missing:
            report.append(f"Warning: {missing} strings of the {code} home page are untranslated.")
    project = ProjectPage.objects.child_of(home).first()
    for code, translation in content("project").get("translations", {}).items():
        copy = ProjectPage(slug=project.slug, **project_fields(translation))
        _target, missing = translate_from_copy(project, copy, code)
        if missing:
            report.append(f"Warning: {missing} strings of About the project ({code}) untranslated.")
    translate_contacts(report)  # the contacts' roles and organisations, as About lists them
    for model, name in ((RegionIndexPage, "regions"), (PublicationIndexPage, "publications")):
        index = model.objects.child_of(home).first()
        if index is not None:
            translate_index(index, content(name)["index"], report)
