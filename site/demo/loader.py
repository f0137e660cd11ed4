"""The demo site, built from each feature app's demo content (its `demo.py` builder and the JSON
files in its `demo_content/` folder) in one transaction: pages, documents, the hub, the
translations, the roles' permissions and the demo users. Every builder matches what exists, so a
second run changes nothing."""

from django.conf import settings
from django.db import transaction

from clauses.demo import load_hub, load_hub_translations
from home.demo import (
    fill_home,
    load_home_translations,
    load_project,
    load_publications,
    load_regions,
    load_settings,
    load_standard_pages,
)
from home.models import HomePage
from ourdigitalfuture.core.demo import get_home
from ourdigitalfuture.core.roles import sync_role_permissions
from ourdigitalfuture.core.sites import configure_default_site
from ourdigitalfuture.core.translation import synchronise_locales
from workshops.demo import (
    load_course_translations,
    load_interactive_tools,
    load_tools,
    load_workshops,
)

from .users import create_demo_users


@transaction.atomic
def load_demo_content():
    """Build (or complete) the whole demo site; returns a list of what it did."""
    report = []
    home = get_home()
    if not isinstance(home, HomePage):
        raise RuntimeError("The default site's root is not a HomePage; run migrations first.")
    # Absolute URLs (sitemap, API, citations) on the address the site is served at.
    if configure_default_site(settings.WAGTAILADMIN_BASE_URL):
        report.append(f"The site's address is now {settings.WAGTAILADMIN_BASE_URL}.")
    fill_home(home, report)
    load_settings(home)
    load_project(home, report)
    tools = load_tools(home, report)
    load_workshops(home, tools, report)
    load_interactive_tools(report)
    hub = load_hub(home, report)
    load_regions(home, report)
    load_publications(home, report)
    load_standard_pages(home, report)
    # The translations: each needs its parent page translated first, so the home pages come first.
    load_home_translations(home, report)
    load_hub_translations(hub, report)
    load_course_translations(report)
    # Last: every page not translated above gets an alias in every other language (made
    # earlier, the aliases would stand where the translations above are made, and be converted).
    synchronise_locales()
    sync_role_permissions()  # bind the roles to the region pages and translations just made
    create_demo_users(report)  # DEBUG only: one user per role, with a printed password
    return report
