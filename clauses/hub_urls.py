"""The hub page's sub-pages (`HubPage.subpage_urlconf`): each clause's page, the clause
database, the open data files and the submission form. Each view takes the hub page after the
request."""

from ourdigitalfuture.core.routing import route

from .database.views import database_view
from .open_data import open_data_view
from .submissions import submit_clause
from .views import clause_detail

urlpatterns = [
    route("clauses/<str:identifier>/", clause_detail, "clause"),
    route("database/", database_view, "database"),
    # Wagtail adds a trailing slash to the remaining path before routing.
    route(r"^data/clauses\.(?P<fmt>csv|json)/?$", open_data_view, "open_data", regex=True),
    route("submit/", submit_clause, "submit"),
]
