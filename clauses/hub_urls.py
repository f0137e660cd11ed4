"""The hub page's sub-pages (`HubPage.subpage_urlconf`): each clause's page and citation
downloads, the comparison of clauses, the clause database, the open data files (with their
data package and codebook), the Atom feeds and the submission form. Each view takes the hub
page after the request."""

from ourdigitalfuture.core.routing import route

from .compare import compare_view
from .data_package import codebook_view, data_package_view
from .database.views import database_view
from .feeds import clauses_feed, country_feed, theme_feed
from .open_data import open_data_view
from .submissions import submit_clause
from .views import citation_download, clause_detail

urlpatterns = [
    route("clauses/<str:identifier>/", clause_detail, "clause"),
    route(
        r"^clauses/(?P<identifier>[^/]+)/cite\.(?P<fmt>bib|ris|json)/?$",
        citation_download,
        "citation",
        regex=True,
    ),
    route("compare/", compare_view, "compare"),
    route("database/", database_view, "database"),
    # Wagtail adds a trailing slash to the remaining path before routing.
    route(r"^data/clauses\.(?P<fmt>csv|json)/?$", open_data_view, "open_data", regex=True),
    # The data package describing those files, and its codebook page (clauses.data_package).
    route(r"^data/datapackage\.json/?$", data_package_view, "data_package", regex=True),
    route("data/", codebook_view, "codebook"),
    # Atom feeds of the newest clauses: all, one theme's, one country's (clauses.feeds).
    route(r"^feeds/clauses\.atom/?$", clauses_feed, "feed", regex=True),
    route(r"^feeds/themes/(?P<number>[^/]+)\.atom/?$", theme_feed, "feed_theme", regex=True),
    route(r"^feeds/countries/(?P<code>[^/]+)\.atom/?$", country_feed, "feed_country", regex=True),
    route("submit/", submit_clause, "submit"),
]
