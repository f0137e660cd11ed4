"""The hub's demo content: taxonomy, clauses, the hub landing page and one theme page per theme,
built from `clauses/demo_data.py`. Matched by slug, code, acronym and identifier, so a second run
changes nothing."""

from wagtail.models import Locale

from home.translation import translate_from_copy

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
            defaults={"slug": t["slug"], **theme_fields(t)},
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
            **clause_fields(c),
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


def hub_fields(content):
    return {
        "title": content["title"],
        "show_in_menus": True,
        "summary": content.get("summary", ""),
        "intro": content["intro"],
        "ways_in": [
            ("way_in", {"title": w["title"], "text": f"<p>{w['text']}</p>"})
            for w in content["ways_in"]
        ],
        "how_to_contribute": content["how_to_contribute"],
    }


def theme_fields(content):
    return {
        key: content[key] for key in ("title", "summary", "why_it_matters", "how_unions_respond")
    }


def clause_fields(content):
    return {
        "title": content["title"],
        "text": content["text"],
        "commentary": f"<p>{content['commentary']}</p>",
    }


def load_hub(home, child, report):
    """Build the hub under `home`; `child` is the page loader's get-or-create helper."""
    taxonomy = load_taxonomy()
    load_clauses(*taxonomy, report)
    _sectors, _countries, _unions, themes, subthemes = taxonomy
    hub, created = child(home, HubPage, "hub", **hub_fields(data.HUB))
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


def load_hub_translations(hub, report):
    """The hub landing page and the theme pages in French and Spanish, the themes and sub-themes
    with them, and the clauses the demo data translates — all through wagtail-localize."""
    english = Locale.get_default()
    themes = {t.number: t for t in Theme.objects.filter(locale=english)}
    subthemes = {s.slug: s for s in SubTheme.objects.filter(locale=english)}
    theme_pages = {
        p.theme.number: p for p in ThemePage.objects.child_of(hub).select_related("theme")
    }
    for code, content in data.HUB_TRANSLATIONS.items():
        _target, missing = translate_from_copy(
            hub, HubPage(slug=hub.slug, **hub_fields(content)), code
        )
        report_missing(report, f"hub ({code})", missing)
    for code, by_number in data.THEME_TRANSLATIONS.items():
        for number, content in by_number.items():
            theme = themes[int(number)]
            _target, missing = translate_from_copy(theme, Theme(**theme_fields(content)), code)
            report_missing(report, f"theme {number} ({code})", missing)
            for slug, sub in content.get("subthemes", {}).items():
                translate_from_copy(
                    subthemes[slug],
                    SubTheme(title=sub["title"], commentary=sub.get("commentary", "")),
                    code,
                )
            page = theme_pages.get(int(number))
            if page:
                copy = ThemePage(title=content["title"], slug=page.slug, summary=content["summary"])
                translate_from_copy(page, copy, code)
    clauses = {c.identifier: c for c in Clause.objects.filter(locale=english)}
    for identifier, languages in data.CLAUSE_TRANSLATIONS.items():
        for code, content in languages.items():
            source = clauses[identifier]
            copy = Clause(
                keywords=source.keywords, source_title=source.source_title, **clause_fields(content)
            )
            translate_from_copy(source, copy, code)


def report_missing(report, what, missing):
    if missing:
        report.append(f"Warning: {missing} strings of the {what} translation are not translated.")
