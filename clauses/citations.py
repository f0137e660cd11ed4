"""How to cite a clause: the formatted citation on its page, and the same reference as BibTeX,
RIS and CSL-JSON downloads (/<language>/hub/clauses/DBH-0001/cite.bib, .ris, .json).

A reference holds only what the site knows: the site as author and publisher (by its own name,
the Wagtail Site's), the clause's title and identifier, the hub as the database it is an entry
of, the permanent address of the clause's page and the date the clause was last published (left
out if the clause has none). Each format is escaped by its own rules."""

import json
import re
from dataclasses import dataclass
from datetime import date

from django.conf import settings
from django.utils import timezone

from ourdigitalfuture.core.sites import absolute_url, site_for


@dataclass(frozen=True)
class Citation:
    identifier: str
    title: str
    language: str  # of the clause's version cited
    author: str  # the site: an institution, never a person the data does not name
    publisher: str
    container: str  # the hub's title: the database the clause is an entry of
    url: str  # the permanent address of the clause's page
    issued: date | None  # when the clause was last published

    @property
    def filename_stem(self):
        return re.sub(r"[^A-Za-z0-9_.-]", "_", self.identifier) or "clause"


def citation_for(request, hub, clause):
    site_name = site_for(request).site_name or settings.WAGTAIL_SITE_NAME
    published = clause.last_published_at
    return Citation(
        identifier=clause.identifier,
        title=clause.title,
        language=clause.locale.language_code,
        author=site_name,
        publisher=site_name,
        container=hub.title,
        url=absolute_url(request, hub.clause_url(clause.identifier)),
        issued=timezone.localdate(published) if published else None,
    )


def one_line(value):
    """`value` on one line: runs of white space (new lines included) become one space, and
    other control characters are left out."""
    return " ".join("".join(ch for ch in value if ch.isprintable() or ch.isspace()).split())


# BibTeX ---------------------------------------------------------------------------------------

BIBTEX_SPECIAL = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "%": r"\%",
    "&": r"\&",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}


def bibtex_escape(value):
    return "".join(BIBTEX_SPECIAL.get(ch, ch) for ch in one_line(value))


def bibtex_key(identifier):
    return re.sub(r"[^A-Za-z0-9_:.-]", "", identifier) or "clause"


def to_bibtex(citation):
    fields = [
        # Double braces: a corporate author, not a first and last name.
        ("author", "{" + bibtex_escape(citation.author) + "}"),
        ("title", bibtex_escape(citation.title)),
        ("howpublished", bibtex_escape(citation.container)),
        ("publisher", bibtex_escape(citation.publisher)),
        ("number", bibtex_escape(citation.identifier)),
    ]
    if citation.issued:
        fields += [
            ("year", str(citation.issued.year)),
            ("month", str(citation.issued.month)),
            ("date", citation.issued.isoformat()),
        ]
    # A URL of the site is percent-encoded; braces would unbalance the entry.
    url = one_line(citation.url).replace("{", "%7B").replace("}", "%7D")
    fields += [("url", url), ("language", bibtex_escape(citation.language))]
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields)
    return f"@misc{{{bibtex_key(citation.identifier)},\n{body}\n}}\n"


# RIS ------------------------------------------------------------------------------------------


def to_ris(citation):
    tags = [
        ("TY", "ELEC"),
        ("AU", citation.author),
        ("TI", citation.title),
        ("T2", citation.container),
        ("PB", citation.publisher),
        ("AN", citation.identifier),
    ]
    if citation.issued:
        tags += [("PY", str(citation.issued.year)), ("DA", citation.issued.strftime("%Y/%m/%d"))]
    tags += [("UR", citation.url), ("LA", citation.language), ("ER", "")]
    return "".join(f"{tag}  - {one_line(value)}\r\n" for tag, value in tags)


# CSL-JSON -------------------------------------------------------------------------------------


def to_csl_json(citation):
    item = {
        "id": citation.identifier,
        # CSL's type for "an entry in a database, directory, or catalog".
        "type": "entry",
        "title": citation.title,
        "author": [{"literal": citation.author}],
        "publisher": citation.publisher,
        "container-title": citation.container,
        "number": citation.identifier,
        "URL": citation.url,
        "language": citation.language,
    }
    if citation.issued:
        issued = citation.issued
        item["issued"] = {"date-parts": [[issued.year, issued.month, issued.day]]}
    return json.dumps([item], ensure_ascii=False, indent=2) + "\n"


# The downloads: extension -> (content type, writer).
FORMATS = {
    "bib": ("application/x-bibtex", to_bibtex),
    "ris": ("application/x-research-info-systems", to_ris),
    "json": ("application/vnd.citationstyles.csl+json", to_csl_json),
}
