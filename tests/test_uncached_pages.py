"""Pages the page cache does not answer (bypassed, or just invalidated) cost few queries once the
routes and the chrome's fragments are warm (ourdigitalfuture.core.route_cache,
ourdigitalfuture.core.templatetags.fragment_cache), and still show every change at once, in
English and in French: a page published under a new title or slug, moved, unpublished, made
private; a clause published on the hub's routable pages. On the local memory cache and on a real
Redis server (the `page_cache` fixture), the page cache itself off."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Locale, PageViewRestriction

from clauses.tests.factories import make_clause
from home.tests.factories import StandardPageFactory
from ourdigitalfuture.core.translation import synchronise_locales
from tests.small_site import small_site

pytestmark = pytest.mark.django_db

LANGUAGES = ("en", "fr")


@pytest.fixture
def site(page_cache, settings):
    settings.PAGE_CACHE_ENABLED = False  # every request renders: routes and fragments only
    return small_site()


def warm_queries(client, url):
    """The queries of the third GET of `url` (the first fills the routes and fragments)."""
    client.get(url)
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    assert response["X-Cache"] == "bypass", url
    return [query["sql"] for query in captured]


# Measured: a home page 4 (the page, its sections, the featured pages' languages), 8 for a
# locale still showing the default language's sections, a standard page 2 (the page, its
# contacts), the hub landing 2. Before the routes were kept: 13-21 on the demo site.
BUDGETS = {"/": 8, "/about/": 4, "/hub/": 4}


@pytest.mark.parametrize("path", BUDGETS)
@pytest.mark.parametrize("code", LANGUAGES)
def test_a_warm_page_needs_few_queries(client, site, path, code):
    queries = warm_queries(client, f"/{code}{path}")
    assert len(queries) <= BUDGETS[path], queries
    routing = [sql for sql in queries if "wagtailcore_site" in sql]
    assert routing == []  # the Site is part of the kept route
    restrictions = [sql for sql in queries if "wagtailcore_pageviewrestriction" in sql]
    assert restrictions == []  # none on this page or its ancestors: not looked up


def test_each_locale_is_looked_up_once_per_request(client, site):
    queries = warm_queries(client, "/fr/about/")
    lookups = [
        sql for sql in queries if 'FROM "wagtailcore_locale"' in sql and "language_code" in sql
    ]
    assert len(lookups) <= 2  # the active (fr) and the default (en) language, at most once each
    assert Locale.get_default().language_code == "en"  # outside a request: Wagtail's own lookup


def pages(client, path, status=200):
    texts = {}
    for code in LANGUAGES:
        response = client.get(f"/{code}{path}")
        assert response.status_code == status, (code, path)
        texts[code] = response.content.decode()
    return texts


def test_a_new_title_and_a_new_slug(client, site):
    warm_queries(client, "/en/about/")
    warm_queries(client, "/fr/about/")
    about = site["about"]
    about.title = "About the federation"
    about.save_revision().publish()
    assert all("About the federation" in text for text in pages(client, "/about/").values())
    about.slug = "federation"
    about.save_revision().publish()  # the English page's address (an alias keeps its own slug)
    assert "About the federation" in client.get("/en/federation/").content.decode()
    assert client.get("/en/about/").status_code in (301, 404)


def test_a_moved_page(client, admin_client, site):
    parent = StandardPageFactory(title="Who we are", slug="who-we-are")
    synchronise_locales()
    pages(client, "/about/")
    pages(client, "/about/")
    move = reverse("wagtailadmin_pages:move_confirm", args=[site["about"].pk, parent.pk])
    assert admin_client.post(move).status_code == 302
    pages(client, "/about/", status=301)  # Wagtail's automatic redirect, not the kept route
    moved = pages(client, "/who-we-are/about/")
    assert all("About us" in text for text in moved.values())


def test_an_unpublished_page(client, admin_client, site):
    pages(client, "/about/")
    pages(client, "/about/")
    unpublish = reverse("wagtailadmin_pages:unpublish", args=[site["about"].pk])
    assert admin_client.post(unpublish).status_code == 302
    pages(client, "/about/", status=404)


def test_a_page_made_private(client, site):
    pages(client, "/about/")
    pages(client, "/about/")
    PageViewRestriction.objects.create(
        page=site["about"], restriction_type=PageViewRestriction.LOGIN
    )
    for _ in range(2):  # the route kept after the change says it is restricted
        for code in LANGUAGES:
            response = client.get(f"/{code}/about/")
            assert response.status_code == 302 and "login" in response["Location"], code


def test_the_hub_routes_its_own_sub_pages(client, site):
    """A kept route to the hub still asks the hub for its sub-page: a new clause is found, an
    unknown one is not."""
    clause = site["clause"]
    assert all(
        "Workers see their data" in text
        for text in pages(client, f"/hub/clauses/{clause.identifier}/").values()
    )
    pages(client, "/hub/clauses/NOPE-0001/", status=404)
    added = make_clause(site["taxonomy"], title="Algorithms are explained")
    for _ in range(2):
        texts = pages(client, f"/hub/clauses/{added.identifier}/")
        assert all("Algorithms are explained" in text for text in texts.values())
    pages(client, "/hub/clauses/NOPE-0001/", status=404)
