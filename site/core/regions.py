"""The federation's regions: the one list every app uses (coordinator groups and their collections,
region pages, a country's region in the hub's taxonomy, the demo content).

Titles are English constants (group and collection names are built from them) marked for
translation; `region_choices()` gives them translated, for forms and filters."""

from django.utils.translation import gettext, gettext_lazy, gettext_noop

REGIONS = [
    ("africa-mena", gettext_noop("Africa & MENA")),
    ("asia-pacific", gettext_noop("Asia-Pacific")),
    ("europe", gettext_noop("Europe")),
    ("north-america-caribbean", gettext_noop("North America & Caribbean")),
    ("latin-america", gettext_noop("Latin America")),
    ("global", gettext_noop("Global")),
]
GLOBAL_REGION = "global"
REGION_TITLES = dict(REGIONS)

# Countries belong to one of the geographic regions (every region but "Global").
COUNTRY_REGIONS = [(slug, gettext_lazy(title)) for slug, title in REGIONS if slug != GLOBAL_REGION]
# The names contacts are grouped under on the About page: the regions', and the Americas as one
# (as the project's own material lists its coordinators).
AREA_NAMES = frozenset([*REGION_TITLES.values(), gettext_noop("Americas")])


def region_title(slug):
    """The title of the region `slug` in the active language, or None if there is no such region."""
    title = REGION_TITLES.get(slug)
    return gettext(title) if title else None


def translated_area(name):
    """`name` in the active language if it is one of `AREA_NAMES` (typed in English), else as is."""
    return gettext(name) if name in AREA_NAMES else name
