"""Tree rules for every page type, and editors creating each type through the admin form."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from home.models import (
    HomePage,
    ProjectPage,
    PublicationIndexPage,
    PublicationPage,
    RegionIndexPage,
    RegionPage,
    StandardPage,
)
from workshops.models import ToolIndexPage, ToolPage, WorkshopIndexPage, WorkshopPage
from workshops.tests.factories import WorkshopIndexPageFactory, WorkshopPageFactory


class TreeRulesTests(WagtailPageTestCase):
    def test_home_is_a_root_page(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})

    def test_sections_live_under_home(self):
        for model in (
            ProjectPage,
            RegionIndexPage,
            PublicationIndexPage,
            WorkshopIndexPage,
            ToolIndexPage,
        ):
            with self.subTest(model=model):
                self.assertAllowedParentPageTypes(model, {HomePage})

    def test_children_live_under_their_index(self):
        self.assertAllowedParentPageTypes(WorkshopPage, {WorkshopIndexPage})
        self.assertAllowedParentPageTypes(ToolPage, {ToolIndexPage})
        self.assertAllowedParentPageTypes(RegionPage, {RegionIndexPage})
        self.assertAllowedParentPageTypes(PublicationPage, {PublicationIndexPage})
        self.assertAllowedSubpageTypes(WorkshopIndexPage, {WorkshopPage})
        self.assertAllowedSubpageTypes(ToolIndexPage, {ToolPage})
        self.assertAllowedSubpageTypes(RegionIndexPage, {RegionPage})
        self.assertAllowedSubpageTypes(PublicationIndexPage, {PublicationPage})
        self.assertAllowedSubpageTypes(WorkshopPage, set())
        self.assertAllowedSubpageTypes(PublicationPage, set())

    def test_pages_cannot_be_created_elsewhere(self):
        self.assertCanNotCreateAt(HomePage, WorkshopPage)
        self.assertCanNotCreateAt(WorkshopIndexPage, ToolPage)
        self.assertCanNotCreateAt(RegionIndexPage, PublicationPage)
        self.assertCanNotCreateAt(ToolIndexPage, RegionPage)

    def test_standard_pages_go_under_home_project_or_another_standard_page(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, ProjectPage, StandardPage})


class AdminCreationTests(WagtailPageTestCase):
    """An editor fills in each page type's admin form and publishes it."""

    def setUp(self):
        self.login()
        self.home = HomePage.objects.get(depth=2, locale__language_code="en")

    def create_under(self, parent, model, data, **multi_valued):
        form_data = nested_form_data(data)
        form_data.update(multi_valued)  # lists are posted as repeated fields, not flattened
        self.assertCanCreate(parent, model, form_data)
        page = model.objects.get(slug=data["slug"], locale__language_code="en")
        # The admin gives a new page its alias in every other language (locale synchronisation).
        aliases = model.objects.filter(alias_of=page).values_list(
            "locale__language_code", flat=True
        )
        self.assertEqual(sorted(aliases), ["ar", "es", "fr", "pt", "ru"])
        return page

    def test_every_page_type_can_be_created_in_the_admin(self):
        self.create_under(
            self.home,
            ProjectPage,
            {
                "title": "About",
                "slug": "about",
                "summary": "",
                "intro": rich_text("<p>The project.</p>"),
                "goals": streamfield([("goal", "Build power")]),
                "topics": streamfield([("topic", "What data is")]),
                "audiences": streamfield([]),
                "timeline": streamfield([]),
                "contacts_intro": "",
                "contacts": inline_formset([]),
            },
        )
        self.create_under(
            self.home,
            StandardPage,
            {"title": "Privacy", "slug": "privacy", "summary": "", "body": streamfield([])},
        )
        tools = self.create_under(
            self.home,
            ToolIndexPage,
            {"title": "Tools", "slug": "tools", "summary": "", "intro": rich_text("")},
        )
        tool = self.create_under(
            tools,
            ToolPage,
            {
                "title": "Data Rights Tool",
                "slug": "data-rights-tool",
                "kind": "interactive",
                "summary": "Map the data.",
                "why_it_matters": rich_text("<p>Because.</p>"),
                "structure": streamfield([]),
                "dimensions": streamfield([]),
                "how_to_use": rich_text(""),
                "downloads": inline_formset([]),
            },
        )
        course = self.create_under(
            self.home,
            WorkshopIndexPage,
            {"title": "Course", "slug": "course", "summary": "", "intro": rich_text("")},
        )
        workshop = self.create_under(
            course,
            WorkshopPage,
            {
                "title": "The fundamentals",
                "slug": "fundamentals",
                "strapline": "Data and algorithms",
                "number": 1,
                "duration_minutes": 90,
                "audience": "Union members",
                "summary": "",
                "body": streamfield([("heading", {"text": "Data at work is power"})]),
                "related_tool": tool.pk,
                "materials": inline_formset(
                    [
                        {
                            "kind": "video",
                            "title": "Introduction",
                            "language": "en",
                            "document": "",
                            "url": "https://www.youtube.com/watch?v=abcdefghijk",
                            "description": "",
                        }
                    ]
                ),
            },
        )
        self.assertEqual(
            workshop.materials.get().url, "https://www.youtube.com/watch?v=abcdefghijk"
        )
        regions = self.create_under(
            self.home,
            RegionIndexPage,
            {"title": "Regions", "slug": "regions", "summary": "", "intro": rich_text("")},
        )
        region = self.create_under(
            regions,
            RegionPage,
            {
                "title": "Asia-Pacific",
                "slug": "asia-pacific",
                "summary": "",
                "intro": rich_text(""),
                "coordinators": inline_formset([]),
                "materials": inline_formset([]),
            },
            languages=["en", "fr"],
        )
        self.assertEqual(region.languages, ["en", "fr"])
        publications = self.create_under(
            self.home,
            PublicationIndexPage,
            {
                "title": "Publications",
                "slug": "publications",
                "summary": "",
                "intro": rich_text(""),
            },
        )
        self.create_under(
            publications,
            PublicationPage,
            {
                "title": "A labour perspective",
                "slug": "labour-perspective",
                "summary": "",
                "year": 2019,
                "authors": "PSI",
                "key_findings": streamfield([("finding", "Unions must shape it.")]),
                "sections": streamfield([]),
                "document": "",
                "licence": "",
                "how_to_cite": "",
            },
        )

    def test_a_material_needs_a_document_or_a_link(self):
        course = WorkshopIndexPageFactory(parent=self.home, slug="course")
        data = nested_form_data(
            {
                "title": "W",
                "slug": "w",
                "strapline": "s",
                "number": 2,
                "duration_minutes": 90,
                "audience": "a",
                "summary": "",
                "body": streamfield([]),
                "related_tool": "",
                "materials": inline_formset(
                    [
                        {
                            "kind": "slides",
                            "title": "Slides",
                            "language": "en",
                            "document": "",
                            "url": "",
                            "description": "",
                        }
                    ]
                ),
                "action-publish": "publish",
            }
        )
        response = self.client.post(
            f"/admin/pages/add/workshops/workshoppage/{course.pk}/", data, follow=True
        )
        self.assertContains(response, "Choose a document or give an external link.")
        self.assertFalse(WorkshopPage.objects.filter(slug="w").exists())

    def test_workshop_numbers_are_unique_within_a_language(self):
        course = WorkshopIndexPageFactory(parent=self.home, slug="course")
        WorkshopPageFactory(parent=course, title="One", slug="one", number=1)
        data = nested_form_data(
            {
                "title": "Another one",
                "slug": "another-one",
                "strapline": "s",
                "number": 1,
                "duration_minutes": 90,
                "audience": "a",
                "summary": "",
                "body": streamfield([]),
                "related_tool": "",
                "materials": inline_formset([]),
            }
        )
        response = self.client.post(
            f"/admin/pages/add/workshops/workshoppage/{course.pk}/", data, follow=True
        )
        self.assertContains(response, "Another workshop already has this number.")
