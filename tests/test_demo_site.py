"""The demo site as a member meets it: every page answers, the course, tools, regions and
publications are all there, every material can be downloaded, the API lists the workshops, and
no page loads anything from another host."""

import re
from html.parser import HTMLParser
from urllib.parse import urlparse

import pytest
from wagtail.models import Locale, Page

from clauses.models import Clause
from home.models import PublicationPage, RegionPage
from ourdigitalfuture.core.materials import AUDIENCES
from ourdigitalfuture.core.translation import with_own_content
from workshops.models import ToolPage, WorkshopPage

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _demo(demo_site, db):
    """Every test here reads the module's demo site."""


def live_pages():
    return Page.objects.live().filter(depth__gt=1).specific()


def test_every_live_page_answers(client):
    pages = list(live_pages())
    assert len(pages) > 30
    failures = [(page.url, client.get(page.url).status_code) for page in pages]
    assert [f for f in failures if f[1] != 200] == []


def test_six_workshops_numbered_with_previous_and_next(client):
    workshops = list(
        WorkshopPage.objects.live().filter(locale__language_code="en").order_by("number")
    )
    assert [w.number for w in workshops] == [1, 2, 3, 4, 5, 6]
    for position, workshop in enumerate(workshops):
        html = client.get(workshop.url).content.decode()
        assert f"Workshop {workshop.number} of 6" in html
        previous = workshops[position - 1] if position > 0 else None
        following = workshops[position + 1] if position < 5 else None
        if previous:
            assert f'href="{previous.url}" rel="prev"' in html
        else:
            assert 'rel="prev"' not in html
        if following:
            assert f'href="{following.url}" rel="next"' in html
        else:
            assert 'rel="next"' not in html
        assert 'class="toc"' in html


def test_five_tools_each_taught_by_a_workshop(client):
    tools = ToolPage.objects.live().filter(locale__language_code="en")
    assert tools.count() == 5
    assert {tool.kind for tool in tools} == {"guide", "interactive", "database"}
    cogov = tools.get(slug="co-governing-algorithmic-systems")
    themes = [block for block in cogov.structure if block.block_type == "theme"]
    assert len(themes) == 7
    assert sum(len(block.value["questions"]) for block in themes) == 19
    lifecycle = tools.get(slug="data-lifecycle-at-work")
    assert [b.block_type for b in lifecycle.structure] == ["phase"] * 4
    for tool in tools:
        if tool.slug == "digital-bargaining-hub":
            continue
        html = client.get(tool.url).content.decode()
        assert "Learn it in the course" in html, tool.title


def test_six_regions_with_coordinators_and_materials_for_every_audience(client):
    regions = RegionPage.objects.live().filter(locale__language_code="en")
    assert regions.count() == 6
    for region in regions:
        assert region.coordinators.count() >= 1, region.title
        audiences = set(region.materials.values_list("audience", flat=True))
        assert audiences == {key for key, _label in AUDIENCES}, region.title
        html = client.get(region.url).content.decode()
        for _key, label in AUDIENCES:
            assert str(label) in html
        assert region.coordinator_contacts()[0].email in html


def test_three_publications(client):
    publications = PublicationPage.objects.live().filter(locale__language_code="en")
    assert publications.count() == 3
    for publication in publications:
        assert publication.document is not None
        assert client.get(publication.document.url).status_code == 200


def test_every_facilitator_and_training_material_resolves(client):
    links = []
    for workshop in WorkshopPage.objects.live():
        links += [m.link_url for m in workshop.materials.all()]
    for region in RegionPage.objects.live():
        links += [m.link_url for m in region.materials.all()]
    assert len(links) > 40
    for link in links:
        response = client.get(link)
        assert response.status_code == 200, link
        content = b"".join(response.streaming_content) if response.streaming else response.content
        assert content.startswith(b"%PDF"), link


def test_api_lists_the_six_workshops_with_their_materials(client):
    response = client.get("/api/v2/pages/?type=workshops.WorkshopPage&fields=*&locale=en")
    assert response.status_code == 200
    items = response.json()["items"]
    assert sorted(item["number"] for item in items) == [1, 2, 3, 4, 5, 6]
    for item in items:
        assert item["materials"], item["title"]
        assert {"kind", "title", "language", "link_url"} <= set(item["materials"][0])


class ResourceCollector(HTMLParser):
    """Every address the browser would fetch on its own while rendering the page."""

    def __init__(self):
        super().__init__()
        self.fetched = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in {"script", "img", "iframe", "audio", "video", "source", "embed", "track"}:
            self.fetched += [attrs.get("src"), attrs.get("srcset"), attrs.get("poster")]
        if tag == "object":
            self.fetched.append(attrs.get("data"))
        if tag == "link" and set((attrs.get("rel") or "").split()) & {
            "stylesheet",
            "icon",
            "preload",
            "prefetch",
            "preconnect",
            "dns-prefetch",
            "modulepreload",
            "manifest",
        }:
            self.fetched.append(attrs.get("href"))
        style = attrs.get("style") or ""
        self.fetched += re.findall(r"url\(([^)]+)\)", style)


def is_external(address):
    parsed = urlparse(address.strip().strip("'\""))
    return bool(parsed.netloc) and parsed.hostname not in {"testserver", "localhost", "127.0.0.1"}


def test_no_page_fetches_from_another_host_before_the_user_acts(client):
    offenders = []
    for page in live_pages():
        parser = ResourceCollector()
        parser.feed(client.get(page.url).content.decode())
        offenders += [(page.url, a) for a in parser.fetched if a and is_external(a)]
    assert offenders == []


def test_resource_check_catches_an_external_script():
    parser = ResourceCollector()
    parser.feed('<script src="https://cdn.example.com/x.js"></script><a href="https://x.org">x</a>')
    assert [a for a in parser.fetched if a and is_external(a)] == ["https://cdn.example.com/x.js"]


def test_sitemap_lists_the_demo_pages(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert "/en/course/the-fundamentals/" in response.content.decode()


def sitemap_entries(client):
    """{location: {hreflang: href}} of the sitemap's URLs."""
    xml = client.get("/sitemap.xml").content.decode()
    return {
        location: dict(re.findall(r'hreflang="([^"]+)" href="([^"]+)"', links))
        for location, links in re.findall(r"<url><loc>([^<]+)</loc>(.*?)</url>", xml)
    }


def test_sitemap_lists_every_languages_pages_with_their_translations(client):
    entries = sitemap_entries(client)
    prefixes = {urlparse(location).path.split("/")[1] for location in entries}
    assert prefixes == {"en", "fr", "es", "pt", "ru", "ar"}
    # Every live public page with content of its own, in every language; no alias.
    own = with_own_content(Page.objects.live().public().filter(depth__gt=1))
    pages = {location for location in entries if "/clauses/" not in location}
    assert len(pages) == own.count()
    aliases = Page.objects.live().filter(alias_of__isnull=False)
    assert aliases.count() > 60
    listed = {urlparse(location).path for location in entries}
    assert not listed & {alias.url for alias in aliases}
    # The French home page names every language's home page, and the English one as x-default.
    french = next(location for location in entries if urlparse(location).path == "/fr/")
    alternates = entries[french]
    assert set(alternates) == {"en", "fr", "es", "pt", "ru", "ar", "x-default"}
    assert alternates["x-default"] == alternates["en"]
    assert urlparse(alternates["ar"]).path == "/ar/"


def test_the_sitemap_lists_each_clause_page_in_the_languages_it_is_published_in(client):
    entries = sitemap_entries(client)
    clause_pages = {urlparse(location).path for location in entries if "/clauses/" in location}
    live = Clause.objects.filter(live=True).select_related("locale")
    assert clause_pages == {
        f"/{clause.locale.language_code}/hub/clauses/{clause.identifier}/" for clause in live
    }
    # Each names its other languages' pages, and the English one as x-default.
    french = live.filter(locale__language_code="fr").first()
    location = next(loc for loc in entries if loc.endswith(f"/fr/hub/clauses/{french.identifier}/"))
    alternates = entries[location]
    english_url = f"/en/hub/clauses/{french.identifier}/"
    assert urlparse(alternates["en"]).path == english_url
    assert urlparse(alternates["x-default"]).path == english_url
    assert "pt" not in alternates or french.has_translation(Locale.objects.get(language_code="pt"))


def test_an_alias_is_not_in_the_sitemap(client):
    """An alias repeats its English source: it is left out of the sitemap."""
    publication = PublicationPage.objects.live().filter(locale__language_code="en").first()
    french = Page.objects.get(depth=2, locale__language_code="fr").locale
    alias = publication.get_translation(french)  # the demo leaves publications untranslated
    assert alias.alias_of_id == publication.pk
    assert client.get(alias.url).status_code == 200
    locations = {urlparse(location).path for location in sitemap_entries(client)}
    assert publication.url in locations
    assert alias.url not in locations


def test_an_alias_names_its_source_as_canonical(client):
    publication = PublicationPage.objects.live().filter(locale__language_code="en").first()
    french = Page.objects.get(depth=2, locale__language_code="fr").locale
    alias = publication.get_translation(french)
    assert alias.alias_of_id == publication.pk
    canonical = re.compile(r'<link rel="canonical" href="([^"]+)">')
    assert canonical.findall(client.get(alias.url).content.decode()) == [publication.get_full_url()]
    # A page with content of its own is its own canonical, without the query string.
    html = client.get(f"{publication.url}?utm_source=newsletter").content.decode()
    assert canonical.findall(html) == [publication.get_full_url()]
