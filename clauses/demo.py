"""The hub's demo content: taxonomy, clauses, the hub landing page and one theme page per theme,
built from `clauses/demo_data.py`. Matched by slug, code, acronym and identifier, so a second run
changes nothing."""

from wagtail.models import Locale

from . import demo_data as data
from .models import (
    Clause,
    Country,
    HubPage,
    Sector,
    SubTheme,
    Theme,
    ThemeHighlight,
    ThemePage,
    Union,
)

HIGHLIGHTS_PER_SUBTHEME = 2


def load_taxonomy():
    english = Locale.get_default()
    sectors = {
        s["slug"]: Sector.objects.get_or_create(slug=s["slug"], defaults={"name": s["name"]})[0]
        for s in data.SECTORS
    }
    countries = {
        c["code"]: Country.objects.get_or_create(
            code=c["code"], defaults={"name": c["name"], "region": c["region"]}
        )[0]
        for c in data.COUNTRIES
    }
    unions = {}
    for u in data.UNIONS:
        union, created = Union.objects.get_or_create(
            acronym=u["acronym"], defaults={"name": u["name"], "country": countries[u["country"]]}
        )
        if created:
            union.sectors.set([sectors[slug] for slug in u["sectors"]])
        unions[u["acronym"]] = union
    themes, subthemes = {}, {}
    for t in data.THEMES:
        theme, _ = Theme.objects.get_or_create(
            number=t["number"],
            locale=english,
            defaults={
                "title": t["title"],
                "slug": t["slug"],
                "summary": t["summary"],
                "why_it_matters": t["why_it_matters"],
                "how_unions_respond": t["how_unions_respond"],
            },
        )
        themes[t["number"]] = theme
        for order, s in enumerate(t["subthemes"]):
            subthemes[s["slug"]], _ = SubTheme.objects.get_or_create(
                slug=s["slug"],
                locale=english,
                defaults={
                    "theme": theme,
                    "title": s["title"],
                    "commentary": s["commentary"],
                    "sort_order": order,
                },
            )
    return sectors, countries, unions, themes, subthemes


def load_clauses(sectors, countries, unions, themes, subthemes, report):
    english = Locale.get_default()
    existing = set(Clause.objects.filter(locale=english).values_list("identifier", flat=True))
    made = 0
    for c in data.CLAUSES:
        if c["identifier"] in existing:
            continue
        clause = Clause(
            identifier=c["identifier"],
            locale=english,
            title=c["title"],
            text=c["text"],
            commentary=f"<p>{c['commentary']}</p>",
            clause_type=c["clause_type"],
            country=countries.get(c["country"]),
            year=c["year"],
            source_title=c["source_title"],
            source_url=c["source_url"],
            original_language=c["original_language"],
            keywords=", ".join(c["keywords"]),
            live=False,
        )
        clause.save()
        clause.themes.set([themes[n] for n in c["themes"]])
        clause.subthemes.set([subthemes[s] for s in c["subthemes"]])
        clause.unions.set([unions[a] for a in c["unions"]])
        clause.sectors.set([sectors[s] for s in c["sectors"]])
        clause.save_revision().publish()
        made += 1
    if made:
        report.append(f"Hub clauses created: {made}")


def load_hub(home, child, report):
    """Build the hub under `home`; `child` is the page loader's get-or-create helper."""
    taxonomy = load_taxonomy()
    load_clauses(*taxonomy, report)
    _sectors, _countries, _unions, themes, subthemes = taxonomy
    hub, created = child(
        home,
        HubPage,
        "hub",
        title=data.HUB["title"],
        show_in_menus=True,
        summary="A free, public database of real bargaining clauses on digitalisation.",
        intro=data.HUB["intro"],
        ways_in=[
            ("way_in", {"title": w["title"], "text": f"<p>{w['text']}</p>"})
            for w in data.HUB["ways_in"]
        ],
        how_to_contribute=data.HUB["how_to_contribute"],
    )
    if created:
        report.append("Hub page created.")
    english = Locale.get_default()
    for t in data.THEMES:
        theme = themes[t["number"]]
        highlights = []
        for order, s in enumerate(t["subthemes"]):
            chosen = Clause.objects.filter(
                live=True, locale=english, subthemes=subthemes[s["slug"]]
            ).order_by("identifier")[:HIGHLIGHTS_PER_SUBTHEME]
            highlights += [
                ThemeHighlight(subtheme=subthemes[s["slug"]], clause=clause, sort_order=order)
                for clause in chosen
            ]
        _page, created = child(
            hub,
            ThemePage,
            t["slug"],
            title=t["title"],
            theme=theme,
            summary=t["summary"],
            highlights=highlights,
        )
        if created:
            report.append(f"Theme page created: {t['number']}. {t['title']}")
    return hub
