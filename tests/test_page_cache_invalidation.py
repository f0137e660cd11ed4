"""Every change to what pages show reaches the next anonymous reader, in every language that shows
it, although the pages are cached (ourdigitalfuture.core.page_cache): a page published,
unpublished, moved or deleted; a clause published (the clause database, the clause's page, the
hub's numbers); a theme renamed; the footer or the site settings changed. Each test first makes
sure the English page and its French alias (which shows the English text) are cache hits, then
changes one thing and reads both again: a miss, and the new content. On the local memory cache
and on a real Redis server (the `page_cache` fixture)."""

import pytest
from django.urls import reverse
from wagtail.models import Locale, PageViewRestriction, Site

from clauses.tests.factories import make_clause
from home.models import FooterText, SiteSettings
from home.tests.factories import StandardPageFactory
from ourdigitalfuture.core.translation import synchronise_locales
from tests.small_site import small_site

pytestmark = pytest.mark.django_db

LANGUAGES = ("en", "fr")


@pytest.fixture
def site(page_cache):
    SiteSettings.for_site(Site.objects.get(is_default_site=True))
    FooterText.objects.create(licence_line="Text under CC BY 4.0", locale=Locale.get_default())
    return small_site()


def cached(client, path):
    """`path` in each language, made sure to be a cache hit; {language: url}."""
    urls = {code: f"/{code}{path}" for code in LANGUAGES}
    for url in urls.values():
        assert client.get(url).status_code == 200, url
        assert client.get(url)["X-Cache"] == "hit", url
    return urls


def fresh(client, urls, status=200):
    """Each URL read again: not from the cache; the pages' text."""
    pages = {}
    for code, url in urls.items():
        response = client.get(url)
        assert response.status_code == status, url
        assert response["X-Cache"] != "hit", url
        pages[code] = response.content.decode()
    return pages


def test_a_published_change_and_a_new_menu_item(client, site):
    urls = cached(client, "/about/")
    homes = cached(client, "/")
    about = site["about"]
    about.title = "About the federation"
    about.save_revision().publish()
    for page in fresh(client, urls).values():
        assert "About the federation" in page
    StandardPageFactory(title="Campaigns", slug="campaigns", show_in_menus=True)
    synchronise_locales()
    for page in fresh(client, homes).values():
        assert "Campaigns" in page


def test_an_unpublished_page(client, admin_client, site):
    urls = cached(client, "/about/")
    unpublish = reverse("wagtailadmin_pages:unpublish", args=[site["about"].pk])
    assert admin_client.post(unpublish).status_code == 302
    fresh(client, urls, status=404)


def test_a_deleted_page(client, admin_client, site):
    urls = cached(client, "/about/")
    homes = cached(client, "/")
    delete = reverse("wagtailadmin_pages:delete", args=[site["about"].pk])
    assert admin_client.post(delete).status_code == 302
    fresh(client, urls, status=404)
    for page in fresh(client, homes).values():
        assert 'href="/en/about/"' not in page and 'href="/fr/about/"' not in page


def test_a_page_made_private(client, site):
    urls = cached(client, "/about/")
    PageViewRestriction.objects.create(
        page=site["about"], restriction_type=PageViewRestriction.LOGIN
    )
    for url in urls.values():
        response = client.get(url)
        assert response.status_code == 302 and "login" in response["Location"], url


def test_a_moved_page(client, admin_client, site):
    parent = StandardPageFactory(title="Who we are", slug="who-we-are")
    synchronise_locales()
    urls = cached(client, "/about/")
    move = reverse("wagtailadmin_pages:move_confirm", args=[site["about"].pk, parent.pk])
    assert admin_client.post(move).status_code == 302
    # The old address redirects to the new one (Wagtail's automatic redirects).
    fresh(client, urls, status=301)
    for page in fresh(client, {code: f"/{code}/who-we-are/about/" for code in LANGUAGES}).values():
        assert "About us" in page


def test_a_clause_published(client, site):
    hub, clause = site["hub"], site["clause"]
    database = cached(client, "/hub/database/")
    clause_pages = cached(client, f"/hub/clauses/{clause.identifier}/")
    landings = cached(client, "/hub/")
    assert hub.clause_url(clause.identifier) == clause_pages["en"]
    assert all("<dd>1</dd>" in page for page in fresh_texts(client, landings))

    clause.title = "Workers read their data"
    clause.save_revision().publish()
    for pages in (fresh(client, database), fresh(client, clause_pages)):
        for page in pages.values():
            assert "Workers read their data" in page

    make_clause(site["taxonomy"], title="Algorithms are explained")
    for page in fresh(client, landings).values():
        assert "<dd>2</dd>" in page  # the hub's numbers: two clauses
    for page in fresh(client, database).values():
        assert "Algorithms are explained" in page


def fresh_texts(client, urls):
    return [client.get(url).content.decode() for url in urls.values()]


def test_a_theme_renamed(client, site):
    landings = cached(client, "/hub/")
    theme = site["taxonomy"].theme
    theme.title = "Data rights at work"
    theme.save()
    for page in fresh(client, landings).values():
        assert "Data rights at work" in page  # the themes navigator


def test_the_footer_and_the_site_settings_changed(client, site):
    urls = cached(client, "/about/")
    footer = FooterText.objects.get()
    footer.licence_line = "Text under CC BY-SA 4.0"
    footer.save()
    for page in fresh(client, urls).values():
        assert "Text under CC BY-SA 4.0" in page
    cached(client, "/about/")
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.federation_name = "Public Services International"
    settings.save()
    for page in fresh(client, urls).values():
        assert "Public Services International" in page


def test_saving_a_draft_keeps_the_cache(client, site):
    """A draft changes nothing readers see: the pages stay cached."""
    urls = cached(client, "/about/")
    about = site["about"]
    about.title = "A draft title"
    about.save_revision()
    for url in urls.values():
        response = client.get(url)
        assert response["X-Cache"] == "hit" and "A draft title" not in response.content.decode()
