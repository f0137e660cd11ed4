"""The hub's pages with the themes navigator and the live numbers cost a fixed number of SQL
queries, however many themes, sub-themes, theme pages and clauses the hub has."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from clauses.models import ThemeHighlight, ThemePage

from .factories import SubThemeFactory, ThemeFactory, build_taxonomy, make_clause, make_hub

# What rendering costs: the page and fragment caches off (a hit costs no query at all).
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("no_page_cache")]


def queries_for(client, url):
    """Queries for a page once caches are warm."""
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    assert b'class="themes-nav"' in response.content
    return len(captured)


def add_themes(hub, taxonomy, first_number, count, subthemes_each, clauses_each):
    """`count` themes, each with its theme page, sub-themes and clauses."""
    for number in range(first_number, first_number + count):
        theme = ThemeFactory(number=number)
        subthemes = [SubThemeFactory(theme=theme) for _ in range(subthemes_each)]
        clauses = [
            make_clause(
                taxonomy,
                f"Clause {number}.{i}",
                themes=(),
                subthemes=(),
                country=None,
                sectors=(),
                unions=(),
            )
            for i in range(clauses_each)
        ]
        for clause in clauses:
            clause.themes.add(theme)
            clause.subthemes.add(*subthemes)
        hub.add_child(
            instance=ThemePage(
                title=f"Theme {number}",
                slug=f"theme-{number}",
                theme=theme,
                highlights=[ThemeHighlight(subtheme=subthemes[0], clause=clauses[0])],
            )
        )


def hub_pages(hub, taxonomy):
    clause = make_clause(taxonomy, "Measured clause")
    page = ThemePage.objects.child_of(hub).first()
    return {
        "landing": hub.url,
        "theme page": page.url,
        "database": f"{hub.url}database/",
        "database with a theme": f"{hub.url}database/?theme={page.theme.number}",
        "clause page": f"{hub.url}clauses/{clause.identifier}/",
    }


def test_hub_pages_cost_the_same_queries_however_many_themes_and_clauses(client):
    hub = make_hub()
    taxonomy = build_taxonomy()
    add_themes(hub, taxonomy, first_number=1, count=1, subthemes_each=1, clauses_each=1)
    urls = hub_pages(hub, taxonomy)
    few = {name: queries_for(client, url) for name, url in urls.items()}
    add_themes(hub, taxonomy, first_number=10, count=7, subthemes_each=4, clauses_each=3)
    many = {name: queries_for(client, url) for name, url in urls.items()}
    assert many == few
    assert max(many.values()) <= 50, many
