"""A small site for the cache tests (tests/test_page_cache_invalidation.py,
tests/test_uncached_pages.py): a hub with one published clause, an "About us" page in the menus,
and every language's aliases of them."""

from clauses.tests.factories import build_taxonomy, make_clause, make_hub
from home.tests.factories import StandardPageFactory
from ourdigitalfuture.core.translation import synchronise_locales


def small_site():
    """{"hub", "clause", "about", "taxonomy"}: the records the tests change."""
    taxonomy = build_taxonomy()
    hub = make_hub()
    clause = make_clause(taxonomy, title="Workers see their data")
    about = StandardPageFactory(title="About us", slug="about", show_in_menus=True)
    synchronise_locales()
    return {"hub": hub, "clause": clause, "about": about, "taxonomy": taxonomy}
