"""The hub's demo content: taxonomy, clauses, the hub landing page and one theme page per theme,
built from the JSON files in `clauses/demo_content/` (`taxonomy.json`: sectors, countries, unions
and the 2019 report's annex of interviewed unions as listed; `themes.json`: the 8 themes and their
28 sub-themes; `clauses.json`; `hub.json`), with their translations through wagtail-localize.
Matched by slug, code, acronym and identifier, so a second run changes nothing.

Clause texts are paraphrased renderings written for this demo, not verbatim quotations of the
sources named in "source_title". Clauses drawn from the report's examples follow the facts it
gives; clauses citing a named law summarise that provision; the remaining clauses are
illustrative, with generic details (placeholders in square brackets mark figures that negotiators
would fill in)."""

from datetime import date

from wagtail.models import Locale

from ourdigitalfuture.core.demo import child, read_content, translated
from ourdigitalfuture.core.translation import translate_from_copy

from .models import (
    PROVENANCE_DATES,
    PROVENANCE_FIELDS,
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


def content(name):
    return read_content(__package__, name)


def load_taxonomy():
    english = Locale.get_default()
    data = content("taxonomy")
    sectors = {
        s["slug"]: Sector.objects.get_or_create(
            slug=s["slug"], locale=english, defaults={"name": s["name"]}
        )[0]
        for s in data["sectors"]
    }
    for s in data["sectors"]:
        for code, translation in s.get("translations", {}).items():
            translate_from_copy(sectors[s["slug"]], Sector(name=translation["name"]), code)
    countries = {
        c["code"]: Country.objects.get_or_create(
            code=c["code"], defaults={"name": c["name"], "region": c["region"]}
        )[0]
        for c in data["countries"]
    }
    unions = {}
    for u in data["unions"]:
        union, created = Union.objects.get_or_create(
            acronym=u["acronym"], defaults={"name": u["name"], "country": countries[u["country"]]}
        )
        if created:
            union.sectors.set([sectors[slug] for slug in u["sectors"]])
        unions[u["acronym"]] = union
    themes, subthemes = {}, {}
    for t in content("themes"):
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
    made = filled = 0
    for c in content("clauses"):
        if c["identifier"] in existing:
            filled += fill_provenance(c["identifier"], provenance_fields(c))
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
            **provenance_fields(c),
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
    if filled:
        report.append(f"Hub clauses given their source's details: {filled}")


def provenance_fields(c):
    """The provenance facts demo clause `c` gives (dates as ISO text in the JSON); a fact the
    project's documents do not give is absent, and stays empty."""
    fields = {}
    for name in PROVENANCE_FIELDS:
        value = c.get(name)
        if value not in (None, ""):
            fields[name] = date.fromisoformat(value) if name in PROVENANCE_DATES else value
    return fields


def fill_provenance(identifier, fields):
    """Give clause `identifier`, in every language, the provenance facts it lacks (a site
    loaded before the demo content had them), through a revision, published unless an editor
    has a draft pending; a value already set, by an editor say, is kept. Returns 1 if any
    version changed, else 0."""
    changed = 0
    for clause in Clause.objects.filter(identifier=identifier):
        # An editor's unpublished draft keeps its changes and stays a draft.
        draft = clause.has_unpublished_changes
        latest = clause.get_latest_revision_as_object()
        missing = {
            name: value for name, value in fields.items() if getattr(latest, name) in (None, "")
        }
        if not missing:
            continue
        for name, value in missing.items():
            setattr(latest, name, value)
        revision = latest.save_revision()
        if clause.live and not draft:
            revision.publish()
        changed = 1
    return changed


def hub_fields(content, targets=None):
    """A hub page's fields from its demo record. A way in's target is a code, in the English
    record only: a translation's ways in take the English ones' (`targets`, in order), as
    wagtail-localize does, which offers no segment for a choice and keeps the source's."""
    ways_in = content["ways_in"]
    targets = targets or [w.get("target", "") for w in ways_in]
    return {
        "title": content["title"],
        "show_in_menus": True,
        "summary": content.get("summary", ""),
        "intro": content["intro"],
        "ways_in": [
            ("way_in", {"title": w["title"], "text": f"<p>{w['text']}</p>", "target": target})
            for w, target in zip(ways_in, targets, strict=True)
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


def load_hub(home, report):
    """Build the hub under `home`: taxonomy, clauses, the hub page and its theme pages."""
    taxonomy = load_taxonomy()
    load_clauses(*taxonomy, report)
    _sectors, _countries, _unions, themes, subthemes = taxonomy
    hub, created = child(home, HubPage, "hub", **hub_fields(content("hub")))
    if created:
        report.append("Hub page created.")
    english = Locale.get_default()
    for t in content("themes"):
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
    """The hub landing page and the theme pages in the languages of their content, the themes and
    sub-themes with them, and the clauses the demo content translates — all through
    wagtail-localize."""
    english = Locale.get_default()
    themes = {t.number: t for t in Theme.objects.filter(locale=english)}
    subthemes = {s.slug: s for s in SubTheme.objects.filter(locale=english)}
    theme_pages = {
        p.theme.number: p for p in ThemePage.objects.child_of(hub).select_related("theme")
    }
    hub_content = content("hub")
    targets = [w.get("target", "") for w in hub_content["ways_in"]]
    for code, translation in hub_content.get("translations", {}).items():
        _target, missing = translate_from_copy(
            hub, HubPage(slug=hub.slug, **hub_fields(translation, targets)), code
        )
        report_missing(report, f"hub ({code})", missing)
    theme_content = content("themes")
    for code in translated(theme_content):
        for t in theme_content:
            if code in t.get("translations", {}):
                translate_theme(t, code, themes, subthemes, theme_pages, report)
    clauses = {c.identifier: c for c in Clause.objects.filter(locale=english)}
    for c in content("clauses"):
        for code, translation in c.get("translations", {}).items():
            source = clauses[c["identifier"]]
            copy = Clause(
                keywords=source.keywords,
                source_title=source.source_title,
                **clause_fields(translation),
            )
            translate_from_copy(source, copy, code)


def translate_theme(t, code, themes, subthemes, theme_pages, report):
    """Theme `t` of the demo content in language `code`, its sub-themes and its theme page (a
    translation with only the page's title and summary translates the theme page alone)."""
    translation = t["translations"][code]
    number = t["number"]
    if "why_it_matters" in translation:
        theme = Theme(**theme_fields(translation))
        _target, missing = translate_from_copy(themes[number], theme, code)
        report_missing(report, f"theme {number} ({code})", missing)
    for s in t["subthemes"]:
        sub = s.get("translations", {}).get(code)
        if sub:
            translate_from_copy(
                subthemes[s["slug"]],
                SubTheme(title=sub["title"], commentary=sub.get("commentary", "")),
                code,
            )
    page = theme_pages.get(number)
    if page:
        copy = ThemePage(title=translation["title"], slug=page.slug, summary=translation["summary"])
        translate_from_copy(page, copy, code)


def report_missing(report, what, missing):
    if missing:
        report.append(f"Warning: {missing} strings of the {what} translation are not translated.")
