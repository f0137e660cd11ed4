"""Comparing clauses side by side at /<language>/hub/compare/?c=DBH-0001&c=DBH-0007.

The reader picks two to four clauses with checkboxes named `c` (in the database view's results
and on a clause page), in GET forms: the comparison works without JavaScript and its address is
the one to share. Each clause is shown as the clause database lists it in the reader's language
(`clauses.models.versions`), with its text, where it comes from and its facets. Fewer than two
or more than four clauses is a 400, an identifier of no published clause a 404: each says so.
"""

from django.conf import settings
from django.template.response import TemplateResponse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from ourdigitalfuture.core.sites import absolute_url

from .source_documents import public_document
from .views import localized_facets, shown_clause

PARAMETER = "c"
MIN_CLAUSES = 2
MAX_CLAUSES = 4
# Clause.identifier's max_length: a longer value names no clause.
IDENTIFIER_MAX_LENGTH = 16


def chosen_identifiers(request, limit=None):
    """The identifiers in the request's `c` parameters, each once, in order (blank ones left
    out); with `limit`, only the first `limit` that could be identifiers."""
    stripped = (value.strip() for value in request.GET.getlist(PARAMETER))
    found = list(dict.fromkeys(value for value in stripped if value))
    if limit is not None:
        found = [value for value in found if could_be_identifier(value)][:limit]
    return found


def could_be_identifier(value):
    return len(value) <= IDENTIFIER_MAX_LENGTH and value.isprintable()


def shown(value):
    """A value the reader sent, as the page may repeat it: printable, and no longer than an
    identifier can be (with an ellipsis where cut)."""
    value = "".join(ch for ch in value if ch.isprintable())
    cut = value[:IDENTIFIER_MAX_LENGTH]
    return cut + "…" if len(value) > IDENTIFIER_MAX_LENGTH else cut


def compare_url(hub, identifiers):
    query = urlencode([(PARAMETER, identifier) for identifier in identifiers])
    return hub.url + hub.reverse_subpage("compare") + (f"?{query}" if query else "")


def database_url(hub, identifiers):
    """The database view, with `identifiers` kept as chosen for the comparison."""
    query = urlencode([(PARAMETER, identifier) for identifier in identifiers])
    return hub.database_url() + (f"?{query}" if query else "")


def choices_for_database(request, hub, hits):
    """What the database view needs for its compare form: the clauses already chosen (in the
    URL), which of them are not among this page's `hits`, and where the form goes."""
    chosen = chosen_identifiers(request, limit=MAX_CLAUSES)
    shown = {hit.record.identifier for hit in hits}
    return {
        "chosen": chosen,
        "kept": [identifier for identifier in chosen if identifier not in shown],
        "url": compare_url(hub, []),
    }


def direction(language_code):
    return "rtl" if language_code in settings.LANGUAGES_BIDI else "ltr"


def column(hub, clause, identifiers):
    """One clause's column: the clause, its facets in the reader's language, and, when it is
    shown in another language, that language and its direction."""
    code = clause.locale.language_code
    other_language = clause.locale_id != hub.locale_id
    others = [identifier for identifier in identifiers if identifier != clause.identifier]
    return {
        "clause": clause,
        "url": hub.clause_url(clause.identifier),
        "lang": code if other_language else "",
        "dir": direction(code) if other_language else "",
        "language_name": clause.locale.get_display_name() if other_language else "",
        "remove_url": compare_url(hub, others) if len(others) >= MIN_CLAUSES else "",
        "source_document": public_document(clause),
        **localized_facets(clause, hub.locale),
    }


def refusal(request, hub, identifiers, message, status):
    """The compare page saying what is wrong, with a way back to choosing clauses."""
    keep = [value for value in identifiers if could_be_identifier(value)][:MAX_CLAUSES]
    context = {
        "page": hub,
        "hub": hub,
        "error": message,
        "choose_url": database_url(hub, keep),
    }
    return TemplateResponse(request, "clauses/compare.html", context, status=status)


def compare_view(request, hub):
    """Two to four clauses side by side."""
    identifiers = chosen_identifiers(request)
    if len(identifiers) < MIN_CLAUSES:
        message = ngettext(
            "Choose at least two clauses to compare: you chose %(count)d.",
            "Choose at least two clauses to compare: you chose %(count)d.",
            len(identifiers),
        ) % {"count": len(identifiers)}
        return refusal(request, hub, identifiers, message, 400)
    if len(identifiers) > MAX_CLAUSES:
        message = _(
            "You can compare at most four clauses at a time: you chose %(count)d. "
            "Untick some and try again."
        ) % {"count": len(identifiers)}
        return refusal(request, hub, identifiers, message, 400)
    language = hub.locale.language_code
    clauses, unknown = [], []
    for identifier in identifiers:
        clause = shown_clause(identifier, language) if could_be_identifier(identifier) else None
        if clause is None:
            unknown.append(identifier)
        else:
            clauses.append(clause)
    if unknown:
        message = _("No published clause has the identifier %(identifiers)s.") % {
            "identifiers": ", ".join(f"“{shown(value)}”" for value in unknown)
        }
        known = [clause.identifier for clause in clauses]
        return refusal(request, hub, known, message, 404)
    context = {
        "page": hub,
        "hub": hub,
        "columns": [column(hub, clause, identifiers) for clause in clauses],
        "share_url": absolute_url(request, compare_url(hub, identifiers)),
        "add_url": database_url(hub, identifiers) if len(identifiers) < MAX_CLAUSES else "",
    }
    return TemplateResponse(request, "clauses/compare.html", context)
