"""The roles' names and rights: group and workflow names, the model, page and collection
permissions each role holds (see the package's docstring for who does what)."""

from django.conf import settings
from django.utils.translation import get_language_info
from wagtail.coreutils import get_supported_content_language_variant

from ..regions import GLOBAL_REGION, REGIONS

# The page type each region's coordinators are bound to (a label, as in AUTH_USER_MODEL: the
# kernel names the home app's model without importing it).
REGION_PAGE_MODEL = ("home", "RegionPage")

# Each region's documents and images live in the collection "Regions/<region title>".
REGIONS_COLLECTION = "Regions"

COORDINATORS = "Regional coordinators — {region}"
TRANSLATORS = "Translators — {language}"
MODERATORS = "Hub moderators"
EDITORS = "Editors"
ADMINISTRATORS = "Administrators"

GLOBAL_WORKFLOW = "Global section approval"
GLOBAL_TASK = "Editor approval"

ACCESS_ADMIN = ("wagtailadmin", "admin", ["access"])

# Model permissions: (app label, model, actions).
COORDINATOR_PERMISSIONS = [
    ACCESS_ADMIN,
    # Coordinators send clauses to the hub's moderators; they never publish them.
    ("clauses", "clause", ["add", "change", "view"]),
]
TRANSLATOR_PERMISSIONS = [
    ACCESS_ADMIN,
    # Start and update translations (wagtail-localize), into the translator's language only:
    # the middleware narrows its views to the languages of the user's Translators groups.
    ("wagtail_localize", "translation", ["submit"]),
    # Limited to the translator's own language by `refuse_other_locales` and the middleware.
    ("clauses", "clause", ["change", "view"]),
    ("clauses", "theme", ["change", "view"]),
    ("clauses", "subtheme", ["change", "view"]),
    ("clauses", "sector", ["change", "view"]),
    ("home", "contact", ["change", "view"]),
    ("home", "footertext", ["change", "view"]),
]
EDITOR_PERMISSIONS = [
    ACCESS_ADMIN,
    # Editors send pages and snippets for translation (wagtail-localize's own permission).
    ("wagtail_localize", "translation", ["submit"]),
    ("clauses", "clause", ["add", "change", "delete", "lock", "unlock", "view"]),
    ("clauses", "theme", ["add", "change", "delete", "view"]),
    ("clauses", "subtheme", ["add", "change", "delete", "view"]),
    ("clauses", "union", ["add", "change", "delete", "view"]),
    ("clauses", "country", ["add", "change", "delete", "view"]),
    ("clauses", "sector", ["add", "change", "delete", "view"]),
    ("home", "contact", ["add", "change", "delete", "view"]),
    ("home", "footertext", ["add", "change", "delete", "view"]),
    ("wagtailredirects", "redirect", ["add", "change", "delete", "view"]),
]
# Not for editors: the submissions admin (submitters' names and addresses are for the hub's
# moderators only, as the privacy page promises), clause publishing, users, groups and settings.

# Page permissions, granted on a page and everything under it.
PAGE_ACTIONS = ["add", "change", "publish", "bulk_delete", "lock", "unlock"]
COORDINATOR_PAGE_ACTIONS = ["add", "change", "publish", "lock", "unlock"]
GLOBAL_COORDINATOR_PAGE_ACTIONS = ["add", "change", "lock", "unlock"]
TRANSLATOR_PAGE_ACTIONS = ["add", "change", "publish", "lock"]

# Hub moderators' documents: the collections of the clauses' source documents, where accepted
# submissions' files go (private until their clause is published, then public; the clauses app
# uses these names). Bound as soon as they exist.
HUB_SUBMISSIONS_COLLECTION = "Hub submissions"
HUB_DOCUMENTS_COLLECTION = "Hub documents"
HUB_COLLECTIONS = (HUB_SUBMISSIONS_COLLECTION, HUB_DOCUMENTS_COLLECTION)
MODERATOR_DOCUMENTS = [("wagtaildocs", "document", ["add", "change", "choose"])]

# Collection permissions, granted on a collection and everything under it.
MEDIA_ACTIONS = [
    ("wagtaildocs", "document", ["add", "change", "delete", "choose"]),
    ("wagtailimages", "image", ["add", "change", "delete", "choose"]),
]
CHOOSE_MEDIA = [
    ("wagtaildocs", "document", ["choose"]),
    ("wagtailimages", "image", ["choose"]),
]
MANAGE_COLLECTIONS = [("wagtailcore", "collection", ["add", "change", "delete"])]


def coordinator_group_name(region_title):
    return COORDINATORS.format(region=region_title)


def translator_group_name(language_code):
    return TRANSLATORS.format(language=get_language_info(language_code)["name"])


def default_language_code():
    return get_supported_content_language_variant(settings.LANGUAGE_CODE)


__all__ = [
    "GLOBAL_REGION",
    "REGIONS",
    "REGION_PAGE_MODEL",
    "REGIONS_COLLECTION",
    "COORDINATORS",
    "TRANSLATORS",
    "MODERATORS",
    "EDITORS",
    "ADMINISTRATORS",
    "GLOBAL_WORKFLOW",
    "GLOBAL_TASK",
    "ACCESS_ADMIN",
    "COORDINATOR_PERMISSIONS",
    "TRANSLATOR_PERMISSIONS",
    "EDITOR_PERMISSIONS",
    "PAGE_ACTIONS",
    "COORDINATOR_PAGE_ACTIONS",
    "GLOBAL_COORDINATOR_PAGE_ACTIONS",
    "TRANSLATOR_PAGE_ACTIONS",
    "HUB_SUBMISSIONS_COLLECTION",
    "HUB_DOCUMENTS_COLLECTION",
    "HUB_COLLECTIONS",
    "MODERATOR_DOCUMENTS",
    "MEDIA_ACTIONS",
    "CHOOSE_MEDIA",
    "MANAGE_COLLECTIONS",
    "coordinator_group_name",
    "translator_group_name",
    "default_language_code",
]
