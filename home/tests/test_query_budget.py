"""Rendering a page costs a fixed number of SQL queries, however many blocks, materials,
coordinators or children it has."""

import pytest
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.documents import get_document_model

from home.models import (
    Contact,
    HomePage,
    ProjectContact,
    ProjectPage,
    PublicationIndexPage,
    PublicationPage,
    RegionCoordinator,
    RegionIndexPage,
    RegionMaterial,
    RegionPage,
)
from ourdigitalfuture.core.translation import synchronise_locales
from workshops.models import ToolDownload, WorkshopMaterial, WorkshopPage
from workshops.tests.factories import (
    ToolIndexPageFactory,
    ToolPageFactory,
    WorkshopIndexPageFactory,
    WorkshopPageFactory,
)

# What rendering costs: the page and fragment caches off (a hit costs no query at all).
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("no_page_cache")]


def queries_for(client, url):
    """Queries for a page once caches are warm (the first request after a publish refills the
    site-root cache and may create the site settings row)."""
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


def document(n):
    doc = get_document_model()(title=f"Doc {n}")
    doc.file.save(f"doc-{n}.txt", ContentFile(b"x"), save=False)
    doc.save()
    return doc


@pytest.fixture
def home():
    return HomePage.objects.get(depth=2, locale__language_code="en")


def body(n):
    blocks = []
    for i in range(n):
        blocks += [
            ("heading", {"text": f"Section {i}"}),
            ("paragraph", f"<p>Text {i}</p>"),
            ("example", {"title": f"Example {i}", "text": "<p>x</p>"}),
            ("steps", {"title": "Steps", "steps": ["a", "b"]}),
            ("video", {"url": f"https://www.youtube.com/watch?v=abcdefg{i:04d}", "title": "v"}),
        ]
    return blocks


def contacts(n, prefix):
    return [
        Contact.objects.create(name=f"{prefix} {i}", email=f"{prefix}{i}@example.org")
        for i in range(n)
    ]


def build_site(home, n, first_number):
    """A small site whose every page has `n` of each repeated thing. Workshop numbers are unique
    within a language, so each site's three workshops start at `first_number`."""
    docs = [document(f"{n}-{i}") for i in range(n)]
    tools = ToolIndexPageFactory(parent=home, slug=f"tools-{n}")
    tool = ToolPageFactory(
        parent=tools,
        structure=[
            ("theme", {"number": i, "title": f"T{i}", "summary": "", "questions": ["q"] * 3})
            for i in range(1, n + 1)
        ],
        downloads=[ToolDownload(title=f"D{i}", document=docs[i]) for i in range(n)],
    )
    course = WorkshopIndexPageFactory(parent=home, slug=f"course-{n}")
    for number in range(first_number, first_number + 3):
        WorkshopPageFactory(
            parent=course,
            slug=f"w{number}",
            number=number,
            related_tool=tool,
            body=body(n),
            materials=[
                WorkshopMaterial(kind="slides", title=f"M{i}", document=docs[i]) for i in range(n)
            ]
            + [WorkshopMaterial(kind="video", title="V", url="https://example.org/v")],
        )
    regions = home.add_child(instance=RegionIndexPage(title="Regions", slug=f"regions-{n}"))
    for r in range(n):
        regions.add_child(
            instance=RegionPage(
                title=f"Region {r}",
                slug=f"region-{r}",
                languages=["en", "fr"],
                coordinators=[RegionCoordinator(contact=c) for c in contacts(n, f"c{n}r{r}")],
                materials=[
                    RegionMaterial(
                        audience=audience,
                        kind="slides",
                        title=f"{audience} {i}",
                        language=language,
                        document=docs[i],
                    )
                    for i in range(n)
                    for audience in ("organiser", "leader", "bargaining")
                    for language in ("en", "fr")
                ],
            )
        )
    publications = home.add_child(
        instance=PublicationIndexPage(title="Publications", slug=f"publications-{n}")
    )
    for p in range(n):
        publications.add_child(
            instance=PublicationPage(
                title=f"P{p}",
                slug=f"p{p}",
                year=2019,
                authors="PSI",
                document=docs[0],
                key_findings=[("finding", f"F{i}") for i in range(n)],
                sections=[("section", {"title": f"S{i}", "text": "<p>x</p>"}) for i in range(n)],
            )
        )
    home.add_child(
        instance=ProjectPage(
            title="About",
            slug=f"about-{n}",
            topics=[("topic", f"T{i}") for i in range(n)],
            contacts=[
                ProjectContact(region=f"R{i % 3}", contact=c)
                for i, c in enumerate(contacts(n, f"p{n}"))
            ],
        )
    )
    return {
        "tool index": tools.url,
        "tool": tool.url,
        "course": course.url,
        "workshop": f"{course.url}w{first_number + 1}/",
        "region index": regions.url,
        "region": f"{regions.url}region-0/",
        "publication index": publications.url,
        "publication": f"{publications.url}p0/",
        "project": f"{home.url}about-{n}/",
    }


def test_query_count_does_not_grow_with_content(client, home):
    few = build_site(home, 2, first_number=1)
    many = build_site(home, 12, first_number=4)
    home.featured = [("page", p) for p in WorkshopPage.objects.all()]
    home.save_revision().publish()
    home_queries = queries_for(client, home.url)
    for name in few:
        small, large = queries_for(client, few[name]), queries_for(client, many[name])
        assert small == large, f"{name}: {small} queries with 2 items, {large} with 12"
        assert large <= 25, f"{name}: {large} queries"
    home.featured = [("page", p) for p in WorkshopPage.objects.all()[:1]]
    home.save_revision().publish()
    assert queries_for(client, home.url) == home_queries


def test_a_language_not_yet_translated_costs_no_more_queries_per_card(client, home):
    """Under /fr/ every page of these sites is an alias of its English page, shown marked as
    English: marking each card must not cost queries per card."""
    few = build_site(home, 2, first_number=1)
    many = build_site(home, 12, first_number=4)
    synchronise_locales()
    french = {name: url.replace("/en/", "/fr/", 1) for name, url in few.items()}
    french_many = {name: url.replace("/en/", "/fr/", 1) for name, url in many.items()}
    cards = {"tool index": 1, "course": 3, "region index": 12, "publication index": 12}
    for name, count in cards.items():
        small = queries_for(client, french[name])
        large = queries_for(client, french_many[name])
        assert small == large, f"{name}: {small} queries with 2 cards, {large} with 12"
        html = client.get(french_many[name]).content.decode()
        # The page's own text and each card are marked as English.
        assert html.count('lang="en" dir="ltr"') >= count + 1, name
