"""The themes navigator on every hub page, the theme pages' sub-themes (each once, in the
reader's language, with its clause count) and the hub's live numbers, as a reader sees them."""

import re
from datetime import date

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation
from wagtail.models import Locale

from clauses.models import Clause, ThemeHighlight, ThemePage

from .factories import build_taxonomy, make_clause, make_hub

pytestmark = pytest.mark.django_db

# The three_themes taxonomy: theme number -> its sub-themes' slugs, in order.
SUBTHEMES = {
    1: ["information-and-consultation", "joint-technology-committees"],
    2: ["worker-data-rights", "surveillance-limits"],
    3: ["right-to-disconnect", "telework"],
}


def in_other_languages(page):
    """`page`'s aliases in French and Arabic (as the locale synchronisation makes them)."""
    for code in ("fr", "ar"):
        locale = Locale.objects.get(language_code=code)
        if page.get_translation_or_none(locale) is None:
            page.copy_for_translation(locale, copy_parents=True, alias=True)


def translate(record, language, title):
    """`record`'s translation in `language`, titled `title` (as a translator would make it)."""
    translated = record.copy_for_translation(Locale.objects.get(language_code=language))
    translated.title = title
    translated.save()
    return translated


@pytest.fixture(scope="module")
def site(module_db):
    """Built once for the module (its tests roll back what they change): a hub in English,
    French and Arabic (aliases) with the three_themes taxonomy (French titles for everything,
    Arabic for theme 2 and its sub-themes only), a theme page per theme, and clauses: A (theme
    1, with a French translation), B (themes 1 and 2), C (theme 2, the highlight of theme 2's
    page), E (theme 3, no sub-theme) and a draft D (theme 2)."""
    hub = make_hub()
    in_other_languages(hub)
    taxonomy = build_taxonomy("three_themes")
    for number, theme in taxonomy.themes.items():
        translate(theme, "fr", f"Thème FR {number}")
    for slug, subtheme in taxonomy.subthemes.items():
        translate(subtheme, "fr", f"Sous-thème FR {slug}")
    translate(taxonomy.themes[2], "ar", "موضوع ٢")
    for slug in SUBTHEMES[2]:
        translate(taxonomy.subthemes[slug], "ar", f"موضوع فرعي {slug}")
    a = make_clause(taxonomy, "Clause A", themes=[1], subthemes=["information-and-consultation"])
    french = a.copy_for_translation(Locale.objects.get(language_code="fr"))
    french.title = "Clause A en français"
    french.save()
    french.save_revision().publish()
    b = make_clause(
        taxonomy,
        "Clause B",
        themes=[1, 2],
        subthemes=["joint-technology-committees", "worker-data-rights"],
    )
    c = make_clause(taxonomy, "Clause C", themes=[2], subthemes=["worker-data-rights"])
    d = make_clause(taxonomy, "Draft D", themes=[2], subthemes=["surveillance-limits"], live=False)
    e = make_clause(taxonomy, "Clause E", themes=[3], subthemes=[])
    pages = {}
    for number, theme in taxonomy.themes.items():
        highlights = []
        if number == 2:
            highlights = [
                ThemeHighlight(subtheme=taxonomy.subthemes["worker-data-rights"], clause=c)
            ]
        pages[number] = hub.add_child(
            instance=ThemePage(
                title=f"Theme page {number}",
                slug=f"theme-{number}",
                theme=theme,
                highlights=highlights,
            )
        )
        in_other_languages(pages[number])
    return {
        "hub": hub,
        "taxonomy": taxonomy,
        "pages": pages,
        "clauses": {"A": a, "B": b, "C": c, "D": d, "E": e},
    }


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content.decode(), "html.parser")


def hub_in(site, language):
    return site["hub"].get_translation(Locale.objects.get(language_code=language))


def theme_page_in(site, number, language):
    return site["pages"][number].get_translation(Locale.objects.get(language_code=language))


def navigator(html):
    """The themes navigator: {theme label: (count, {sub-theme label: (count, href)})}."""
    nav = html.select("nav.themes-nav")
    assert len(nav) == 1, "one themes navigator"
    themes = {}
    for details in nav[0].select("details"):
        summary = details.summary
        label = summary.find("span").get_text(strip=True)
        subthemes = {}
        for item in details.select("li.themes-nav__subtheme"):
            link = item.a
            subthemes[link.get_text(strip=True)] = (shown_count(item), link["href"])
        themes[label] = (shown_count(summary), subthemes)
    return themes


def shown_count(element):
    """The number a reader sees beside a theme or sub-theme."""
    return int(element.select_one(".count [aria-hidden]").get_text(strip=True))


def live_count(**facet):
    """Live clauses with `facet` (e.g. themes=theme), each once whatever its translations:
    counted here without the navigator's query."""
    return Clause.objects.filter(live=True, **facet).values("translation_key").distinct().count()


def results_total(html):
    status = html.select_one(".search-results [role=status]").get_text(strip=True)
    return int(re.match(r"\d+", status).group())


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_a_theme_page_lists_each_subtheme_once_in_the_readers_language(client, site, language):
    html = soup(client.get(theme_page_in(site, 2, language).url))
    headings = [h.get_text(strip=True) for h in html.select("section.subtheme h2")]
    titles = {
        "en": ["Worker Data Rights", "Surveillance Limits"],
        "fr": ["Sous-thème FR worker-data-rights", "Sous-thème FR surveillance-limits"],
        "ar": ["موضوع فرعي worker-data-rights", "موضوع فرعي surveillance-limits"],
    }
    assert headings == titles[language]
    assert html.select_one("html")["dir"] == ("rtl" if language == "ar" else "ltr")


def test_a_subtheme_shows_its_highlights_or_its_count_and_a_database_link(client, site):
    hub = site["hub"]
    page = soup(client.get(site["pages"][2].url))
    data_rights = page.select_one("#subtheme-worker-data-rights")
    assert "Clause C" in data_rights.get_text()
    link = data_rights.select_one(".subtheme__more a")
    assert link["href"] == f"{hub.url}database/?subtheme=worker-data-rights"
    assert "(2 clauses)" in data_rights.get_text()
    # The draft's sub-theme has no live clause: no filler, no link to an empty list.
    surveillance = page.select_one("#subtheme-surveillance-limits").get_text(" ", strip=True)
    assert "No published clause on this sub-theme yet" in surveillance
    assert "No clause is highlighted" not in page.get_text()

    page = soup(client.get(site["pages"][1].url))
    committees = page.select_one("#subtheme-joint-technology-committees")
    assert not committees.select(".clause-box")
    assert "(1 clause)" in committees.get_text()
    href = committees.select_one(".subtheme__more a")["href"]
    assert href == f"{hub.url}database/?subtheme=joint-technology-committees"
    assert results_total(soup(client.get(href))) == 1


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_the_navigators_counts_are_the_live_clauses_each_once(client, site, language):
    taxonomy = site["taxonomy"]
    themes = navigator(soup(client.get(hub_in(site, language).url)))
    assert len(themes) == 3
    labels = {
        "en": {1: "1. New Technology", 2: "2. Data And Privacy", 3: "3. Working Time"},
        "fr": {n: f"{n}. Thème FR {n}" for n in (1, 2, 3)},
        "ar": {1: "1. New Technology", 2: "2. موضوع ٢", 3: "3. Working Time"},
    }[language]
    for number, theme in taxonomy.themes.items():
        count, subthemes = themes[labels[number]]
        assert count == live_count(themes=theme)
        assert len(subthemes) == len(SUBTHEMES[number])
        for slug in SUBTHEMES[number]:
            shown = [label for label in subthemes if subthemes[label][1].endswith(f"={slug}")]
            assert len(shown) == 1, slug
            count, href = subthemes[shown[0]]
            assert count == live_count(subthemes=taxonomy.subthemes[slug])
            # Following the link shows that many clauses.
            assert results_total(soup(client.get(href))) == count, slug
    assert themes[labels[1]][0] == 2  # A (and its French translation) once, and B
    assert themes[labels[2]][0] == 2  # B and C, not the draft


def test_the_navigator_is_on_every_kind_of_hub_page_and_opens_without_javascript(client, site):
    hub = site["hub"]
    clause = site["clauses"]["C"]
    for url in (
        hub.url,
        site["pages"][2].url,
        f"{hub.url}database/",
        f"{hub.url}clauses/{clause.identifier}/",
    ):
        html = soup(client.get(url))
        nav = html.select("nav.themes-nav")
        assert len(nav) == 1, url
        assert nav[0]["aria-label"] == "Hub themes"
        labels = [n.get("aria-label") for n in html.select("nav")]
        assert len(labels) == len(set(labels)), f"{url}: navigation landmarks share a label"
        assert len(nav[0].select("details > summary")) == 3, url
        assert not html.select("table.themes-table"), url
    # On a theme page, its theme is open and marked; the others are closed.
    nav = soup(client.get(site["pages"][2].url)).select_one("nav.themes-nav")
    opened = nav.select("details[open]")
    assert [d.summary.find("span").get_text(strip=True) for d in opened] == ["2. Data And Privacy"]
    assert opened[0].select_one('a[aria-current="page"]')["href"] == site["pages"][2].url


def test_the_database_navigator_is_the_theme_filter_and_keeps_the_other_filters(client, site):
    hub = site["hub"]
    url = f"{hub.url}database/?q=employer&type=agreement_clause&theme=1&page=2"
    html = soup(client.get(url))
    form = html.select_one("form.search-form")
    nav = form.select_one("nav.themes-nav")
    assert nav is not None, "the navigator sits in the filters' column (the search form)"
    assert not form.select("select[name=theme], select[name=subtheme]")
    assert form.select_one("input[type=hidden][name=theme]")["value"] == "1"
    opened = nav.select("details[open]")
    assert len(opened) == 1
    current = opened[0].select_one('a[aria-current="true"]')
    assert current.get_text(strip=True) == "Every clause on this theme"
    links = {a.get_text(strip=True): a["href"] for a in nav.select("details a")}
    assert links["Worker Data Rights"] == (
        "?q=employer&type=agreement_clause&subtheme=worker-data-rights"
    )
    theme_2 = nav.select("details")[1].select_one("a")["href"]
    assert theme_2 == "?q=employer&type=agreement_clause&theme=2"
    # Picking a sub-theme marks it, opens its theme and keeps the query and filters.
    html = soup(client.get(f"{hub.url}database/{links['Worker Data Rights']}"))
    nav = html.select_one("nav.themes-nav")
    assert nav.select_one('a[aria-current="true"]').get_text(strip=True) == "Worker Data Rights"
    assert nav.select_one("details[open] summary span").get_text(strip=True) == (
        "2. Data And Privacy"
    )
    assert html.select_one("form.search-form input[name=q]")["value"] == "employer"
    assert "Clause B" in html.get_text() and "Clause C" in html.get_text()
    assert "Clause A" not in html.get_text()


def test_a_new_search_reuses_the_cached_navigator_with_its_own_links(client, site, settings):
    """The database view's navigator is cached per theme, not per search: a new search reads
    no theme (the navigator's HTML comes from the fragment cache), and its links keep that
    search."""
    settings.PAGE_CACHE_ENABLED = False  # the view itself, each time
    database = f"{site['hub'].url}database/"
    for warm in ("?q=employer&theme=1", "?q=workers&theme=1"):
        soup(client.get(f"{database}{warm}"))
    with CaptureQueriesContext(connection) as queries:
        html = soup(client.get(f"{database}?q=data&type=agreement_clause&theme=1&page=2"))
    assert not [q["sql"] for q in queries.captured_queries if 'FROM "clauses_theme"' in q["sql"]]
    nav = html.select_one("nav.themes-nav")
    links = {a.get_text(strip=True): a["href"] for a in nav.select("details a")}
    assert (
        links["Worker Data Rights"] == "?q=data&type=agreement_clause&subtheme=worker-data-rights"
    )
    assert (
        nav.select("details")[1].select_one("a")["href"] == "?q=data&type=agreement_clause&theme=2"
    )
    assert nav.select_one(".view-toggle a[aria-current]")["href"] == (
        "?q=data&type=agreement_clause&theme=1"
    )
    assert nav.select_one('details[open] a[aria-current="true"]') is not None


def toggle(html):
    nav = html.select_one("nav.themes-nav")
    links = nav.select(".view-toggle a")
    with translation.override(html.select_one("html")["lang"]):  # in the page's language
        labels = [translation.gettext("Report view"), translation.gettext("Database view")]
    assert [a.get_text(strip=True) for a in links] == labels
    current = [a.get_text(strip=True) for a in links if a.get("aria-current") == "page"]
    return links[0]["href"], links[1]["href"], current


def test_the_report_and_database_toggle_keeps_the_theme(client, site):
    hub, pages = site["hub"], site["pages"]
    report, database, current = toggle(soup(client.get(pages[2].url)))
    assert (report, database, current) == (
        pages[2].url,
        f"{hub.url}database/?theme=2",
        ["Report view"],
    )
    report, database, current = toggle(soup(client.get(f"{hub.url}database/?theme=2&q=data")))
    assert (report, current) == (pages[2].url, ["Database view"])
    assert database == "?theme=2&q=data"
    report, _database, _current = toggle(soup(client.get(f"{hub.url}database/?subtheme=telework")))
    assert report == f"{pages[3].url}#subtheme-telework"
    report, database, _current = toggle(soup(client.get(f"{hub.url}database/")))
    assert report == hub.url
    report, database, current = toggle(soup(client.get(hub.url)))
    assert (database, current) == (f"{hub.url}database/", ["Report view"])
    # In French, the toggle leads to the French pages.
    french_page = theme_page_in(site, 2, "fr")
    report, database, _current = toggle(soup(client.get(french_page.url)))
    assert database == f"{hub_in(site, 'fr').url}database/?theme=2"


def numbers(html):
    panel = html.select_one(".hub-numbers")
    shown = {
        div.dt.get_text(strip=True): div.dd.get_text(" ", strip=True)
        for div in panel.select("dl > div")
    }
    time = panel.select_one("time")
    return shown, date.fromisoformat(time["datetime"]) if time else None


def test_the_hubs_live_numbers_change_when_a_clause_is_published(client, site):
    hub = site["hub"]
    shown, updated = numbers(soup(client.get(hub.url)))
    assert shown == {
        "Clauses": "4",  # A (in English and French), B, C and E
        "Countries": "1",
        "Unions": "0",
        "Languages": "2 English · French",
    }
    latest = Clause.objects.filter(live=True).latest("last_published_at").last_published_at
    assert updated == timezone.localdate(latest)
    draft = site["clauses"]["D"]
    draft.get_latest_revision().publish()
    draft.refresh_from_db()
    shown, updated = numbers(soup(client.get(hub.url)))
    assert shown["Clauses"] == "5"
    assert updated == timezone.localdate(draft.last_published_at)
    # In French, the labels and the languages' names are French.
    shown, _updated = numbers(soup(client.get(hub_in(site, "fr").url)))
    assert "5" in shown.values()
    assert "2 Anglais · Français" in shown.values()
