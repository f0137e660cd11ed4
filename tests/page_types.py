"""Every type of page a reader can meet, for the checks that go through them all (axe-core, the
Nu HTML Checker, page weight). The list comes from the code, not from a hand-typed list of
addresses: every concrete page model of the project (Wagtail's `get_page_models()` less Wagtail's
own), the sub-page routes of the routable pages (the hub's URLconf, each interactive tool's),
site search and the error pages. Each route has a sample here (`HUB_ROUTES`, `TOOL_ROUTES`),
filled in from the demo content; `missing_samples()` names any route that has none, so a new
route cannot slip past the checks."""

from dataclasses import dataclass
from importlib import import_module

from django.urls import URLPattern, URLResolver
from wagtail.models import Locale, get_page_models

from clauses.models import Clause, HubPage, Theme
from workshops import tools
from workshops.models import ToolPage


@dataclass(frozen=True)
class Get:
    """A page read at an address under its page, formatted with the demo's values."""

    path: str
    status: int = 200


@dataclass(frozen=True)
class Form:
    """A form to send: each radio group given its first choice (when `answer`; unanswered, the
    browser's own validation is turned off, as in a browser without it)."""

    selector: str
    answer: bool = True


@dataclass(frozen=True)
class Submit:
    """A page that forms answer: the page at `path`, then each form sent in turn with its submit
    button (the last answer is the page)."""

    path: str
    forms: tuple
    status: int = 200


@dataclass(frozen=True)
class SameAs:
    """A route that shows another route's page (the same template, reached by a form)."""

    route: str


DOWNLOAD = "a file, not a page"

# The hub's sub-pages (clauses/hub_urls.py and HubPage's own routes).
HUB_ROUTES = {
    "landing": [Get("")],
    "index_route": SameAs("landing"),  # RoutablePageMixin's, behind the hub's own "landing"
    "clause": [Get("clauses/{clause}/")],
    "citation": DOWNLOAD,
    "compare": [Get("compare/?c={clause}&c={clause2}")],
    "database": [Get("database/"), Get("database/?theme={theme}&sort=year")],
    "open_data": DOWNLOAD,
    "data_package": DOWNLOAD,
    "codebook": [Get("data/")],
    "feed": DOWNLOAD,
    "feed_theme": DOWNLOAD,
    "feed_country": DOWNLOAD,
    "submit": [Get("submit/")],
}

IMPACT_FORM = "form[data-impact-form]"
GOALS_FORM = 'form[action*="/result/goals/"]'
# The interactive tools' screens (workshops/tools/*/urls.py, workshops/tools/lifecycle.py).
TOOL_ROUTES = {
    "index_route": [Get("")],
    "checklist": [Get("checklist/")],
    "checklist_load": SameAs("checklist"),
    "data_rights_steps": [Get("steps/")],
    "data_rights_worksheet": DOWNLOAD,
    "impact_assess": [
        Get("assess/"),
        # Sent unanswered: the form again, with its error messages.
        Submit("assess/", (Form(IMPACT_FORM, answer=False),), status=400),
    ],
    "impact_result": [Submit("assess/", (Form(IMPACT_FORM),))],
    # The result's goals form sent without goals: the result again, with the form's messages.
    "impact_goals": [
        Submit("assess/", (Form(IMPACT_FORM), Form(GOALS_FORM, answer=False)), status=400)
    ],
    "impact_pdf": DOWNLOAD,
    "impact_file": DOWNLOAD,
    "printable": [Get("print/")],
}

SEARCH = [Get("search/"), Get("search/?q=union")]
# Under the language prefix; 403 and 500 need the test URLconf tests/error_urls.py.
ERRORS = [
    Get("no-such-page-for-the-checks/", status=404),
    Get("test-errors/403/", status=403),
    Get("test-errors/500/", status=500),
]
ERROR_URLCONF = "tests.error_urls"


@dataclass(frozen=True)
class Visit:
    label: str  # what the page is, for messages: "HubPage", "hub: database"…
    url: str  # the path, with the language prefix
    sample: Get | Submit


def project_page_models():
    return [model for model in get_page_models() if not model._meta.app_label.startswith("wagtail")]


def route_names(patterns):
    names = []
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            names += route_names(pattern.url_patterns)
        elif isinstance(pattern, URLPattern) and pattern.name:
            names.append(pattern.name)
    return names


def hub_route_names():
    return route_names(HubPage.get_resolver().url_patterns)


def tool_route_names():
    """{tool key: its route names}; "" stands for the tool page's own routes."""
    names = {"": route_names(ToolPage.get_subpage_urls())}
    for key, _label in tools.registry.choices():
        names[key] = route_names(import_module(tools.registry.get(key).urls).urlpatterns)
    return names


def missing_samples():
    """Routes with no entry in HUB_ROUTES or TOOL_ROUTES, and entries naming no route."""
    hub = set(hub_route_names())
    tool = {name for names in tool_route_names().values() for name in names}
    return sorted((hub - set(HUB_ROUTES)) | (tool - set(TOOL_ROUTES))), sorted(
        (set(HUB_ROUTES) - hub) | (set(TOOL_ROUTES) - tool)
    )


def demo_values(language_code):
    """Sample arguments from the demo content: two published clauses, a theme."""
    clauses = Clause.objects.filter(live=True).order_by("identifier")
    identifiers = list(
        clauses.filter(locale__language_code=language_code).values_list("identifier", flat=True)[:2]
    ) or list(clauses.values_list("identifier", flat=True)[:2])
    theme = Theme.objects.order_by("number").first()
    return {
        "clause": identifiers[0],
        "clause2": identifiers[-1],
        "theme": theme.number if theme else "",
    }


def _samples(samples, routes):
    for name, entry in samples.items():
        if isinstance(entry, SameAs) or entry == DOWNLOAD:
            continue
        if name in routes:
            yield name, entry


def visits(language_code):
    """(visits, problems): one Visit per page type and route sample in this language, and what
    the demo lacks to make them (a page type with no live public page in this language…)."""
    locale = Locale.objects.get(language_code=language_code)
    values = demo_values(language_code)
    found, problems = [], []
    for model in project_page_models():
        if model is ToolPage:
            continue  # below, one for each interactive tool
        page = model.objects.live().public().filter(locale=locale).order_by("path").first()
        if page is None:
            problems.append(f"no live public {model.__name__} in {language_code}")
            continue
        if model is HubPage:
            for name, samples in _samples(HUB_ROUTES, set(hub_route_names())):
                for sample in samples:
                    url = page.url + sample.path.format(**values)
                    found.append(Visit(f"hub: {name}", url, sample))
        else:
            found.append(Visit(model.__name__, page.url, Get("")))
    tool_pages = ToolPage.objects.live().public().filter(locale=locale).order_by("path")
    for key, names in tool_route_names().items():
        page = tool_pages.filter(interactive=key).first()
        if page is None:
            problems.append(f"no live public ToolPage offering {key or 'no tool'!r}")
            continue
        for name, samples in _samples(TOOL_ROUTES, set(names)):
            for sample in samples:
                found.append(Visit(f"tool {key or 'page'}: {name}", page.url + sample.path, sample))
    prefix = f"/{language_code}/"
    found += [Visit("site search", prefix + sample.path, sample) for sample in SEARCH]
    found += [Visit(f"error {sample.status}", prefix + sample.path, sample) for sample in ERRORS]
    return found, problems


def open_in_browser(page, origin, visit):
    """Opens the visit in a Playwright page; the response of the page's document."""
    if isinstance(visit.sample, Get):
        return page.goto(origin + visit.url)
    response = page.goto(origin + visit.url)
    for step in visit.sample.forms:
        response = send_form(page, step)
    return response


def send_form(page, step):
    form = page.locator(step.selector)
    if not step.answer:
        form.evaluate("form => { form.noValidate = true; }")
    else:
        form.evaluate(
            """form => {
                const seen = new Set();
                for (const radio of form.querySelectorAll('input[type=radio]')) {
                    if (!seen.has(radio.name)) { seen.add(radio.name); radio.checked = true; }
                }
            }"""
        )
    with page.expect_navigation() as navigation:
        form.locator("button[type=submit]").first.click()
    return navigation.value
