"""The choices and field groups of a clause: its types, the bargaining levels and wording of its
source, the languages it may be written in, and which fields tell where it comes from."""

from django.conf import settings
from django.utils.translation import gettext_lazy as _

CLAUSE_TYPES = [
    ("agreement_clause", _("Collective agreement clause")),
    ("framework_agreement", _("Framework agreement")),
    ("union_guidance", _("Union guidance or policy")),
    ("model_clause", _("Model clause")),
    ("legislation", _("Legislation")),
]

# The level at which the source agreement was bargained.
BARGAINING_LEVELS = [
    ("international", _("International or European")),
    ("national", _("National")),
    ("sectoral", _("Sectoral")),
    ("regional", _("Regional")),
    ("municipal", _("Municipal")),
    ("workplace", _("Workplace or company")),
]

# Whether a clause's text is the source's own words or the hub's summary of them.
TEXT_STATUSES = [
    ("verbatim", _("The source's own words")),
    ("summary", _("A summary of the source")),
]

# The facts of a clause's source agreement beyond its title, link and document: what the demo
# content, the import and the exports carry (a clause's translations share them).
PROVENANCE_FIELDS = (
    "employer",
    "bargaining_level",
    "date_signed",
    "valid_from",
    "valid_until",
    "workers_covered",
    "text_status",
)
PROVENANCE_DATES = ("date_signed", "valid_from", "valid_until")

ORIGINAL_LANGUAGES = list(settings.LANGUAGES) + [
    ("de", _("German")),
    ("it", _("Italian")),
    ("no", _("Norwegian")),
    ("da", _("Danish")),
    ("ko", _("Korean")),
    ("other", _("Other")),
]
