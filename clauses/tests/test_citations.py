"""Citing a clause (issue 15, point 8): its page gives a formatted citation with its permanent
address, and the same reference downloads as BibTeX, RIS and CSL-JSON, each escaped by its own
rules, for published clauses only, never with a date the data does not hold."""

import json
import re

import pytest
from bs4 import BeautifulSoup
from django.template.defaultfilters import date as format_date
from django.utils import timezone, translation

from clauses.models import Clause

from .compare_data import ARABIC_TITLE, build

pytestmark = pytest.mark.django_db

SITE_NAME = "Our Digital Future"
HUB_TITLE = "Digital Bargaining Hub"
TRICKY_TITLE = 'Pay & data: 100% {fair} $5, #1 user_name ~ ^ \\ "quoted"\nsecond line'
BIBTEX_UNESCAPED = {
    r"\textbackslash{}": "\\",
    r"\textasciitilde{}": "~",
    r"\textasciicircum{}": "^",
    **{f"\\{ch}": ch for ch in "{}%&$#_"},
}


@pytest.fixture(scope="module")
def search_data(module_db):
    return build()


@pytest.fixture
def data(search_data, db):
    return search_data


def published_on(clause):
    return timezone.localdate(Clause.objects.get(pk=clause.pk).last_published_at)


def download(client, hub, identifier, extension):
    return client.get(f"{hub.url}clauses/{identifier}/cite.{extension}")


def parse_bibtex(text):
    """(entry type, key, {field: raw value}) of one BibTeX entry, reading each value's braces
    (escaped ones skipped) as BibTeX does; fails on unbalanced braces or anything unexpected."""
    entry = re.fullmatch(r"@(\w+)\{([A-Za-z0-9_:.-]+),\n(.*)\n\}\n", text, re.S)
    assert entry, text
    kind, key, body = entry.groups()
    fields, position = {}, 0
    while position < len(body):
        field = re.compile(r"  (\w+) = \{").match(body, position)
        assert field, body[position:]
        depth, end = 1, field.end()
        while depth:
            char = body[end]
            if char == "\\":
                end += 2
                continue
            depth += {"{": 1, "}": -1}.get(char, 0)
            end += 1
        fields[field.group(1)] = body[field.end() : end - 1]
        position = end + (2 if body[end : end + 2] == ",\n" else 0)
        assert position == len(body) or body[end : end + 2] == ",\n"
    return kind, key, fields


def unescape_bibtex(value):
    for escaped, char in BIBTEX_UNESCAPED.items():
        value = value.replace(escaped, char)
    return value


def test_the_clause_page_gives_a_citation_and_its_downloads(client, data):
    hub = data.hubs["en"]
    identifier = data.gps.identifier
    soup = BeautifulSoup(client.get(f"{hub.url}clauses/{identifier}/").content, "html.parser")
    permanent = f"http://localhost{hub.url}clauses/{identifier}/"
    with translation.override("en"):
        day = format_date(published_on(data.gps), "DATE_FORMAT")
    citation = soup.find(id="citation")
    assert citation.get_text() == (
        f"{SITE_NAME}. “GPS tracking of refuse trucks”, {identifier}. {HUB_TITLE}, "
        f"last published {day}. {permanent}"
    )
    assert citation.find("a")["href"] == permanent
    links = {a["href"]: a["type"] for a in soup.select("a[download]")}
    assert links == {
        f"{hub.url}clauses/{identifier}/cite.bib": "application/x-bibtex",
        f"{hub.url}clauses/{identifier}/cite.ris": "application/x-research-info-systems",
        f"{hub.url}clauses/{identifier}/cite.json": "application/vnd.citationstyles.csl+json",
    }


def test_bibtex_download(client, data):
    hub, clause = data.hubs["en"], data.gps
    response = download(client, hub, clause.identifier, "bib")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/x-bibtex; charset=utf-8"
    assert response["Content-Disposition"] == f'attachment; filename="{clause.identifier}.bib"'
    kind, key, fields = parse_bibtex(response.content.decode())
    issued = published_on(clause)
    assert (kind, key) == ("misc", clause.identifier)
    assert fields == {
        "author": "{Our Digital Future}",
        "title": "GPS tracking of refuse trucks",
        "howpublished": HUB_TITLE,
        "publisher": SITE_NAME,
        "number": clause.identifier,
        "year": str(issued.year),
        "month": str(issued.month),
        "date": issued.isoformat(),
        "url": f"http://localhost{hub.url}clauses/{clause.identifier}/",
        "language": "en",
    }


def test_bibtex_escapes_its_special_characters(client, data):
    Clause.objects.filter(pk=data.rota.pk).update(title=TRICKY_TITLE)
    response = download(client, data.hubs["en"], data.rota.identifier, "bib")
    _kind, _key, fields = parse_bibtex(response.content.decode())
    title = fields["title"]
    assert not re.search(r"(?<!\\)[%&$#_]", title)  # each special character escaped
    assert unescape_bibtex(title) == " ".join(TRICKY_TITLE.split())  # on one line


def test_ris_download(client, data):
    hub, clause = data.hubs["en"], data.gps
    Clause.objects.filter(pk=clause.pk).update(title="Two\r\nlines")
    response = download(client, hub, clause.identifier, "ris")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/x-research-info-systems; charset=utf-8"
    assert response["Content-Disposition"] == f'attachment; filename="{clause.identifier}.ris"'
    text = response.content.decode()
    lines = text.split("\r\n")
    assert lines[0] == "TY  - ELEC" and lines[-2:] == ["ER  - ", ""]
    assert all(re.fullmatch(r"[A-Z][A-Z0-9]  - .*", line) for line in lines[:-1])
    tags = dict(line.split("  - ", 1) for line in lines[:-1])
    issued = published_on(clause)
    assert tags["TI"] == "Two lines"
    assert (tags["AU"], tags["PB"], tags["T2"]) == (SITE_NAME, SITE_NAME, HUB_TITLE)
    assert tags["AN"] == clause.identifier
    assert tags["UR"] == f"http://localhost{hub.url}clauses/{clause.identifier}/"
    assert (tags["PY"], tags["DA"]) == (str(issued.year), issued.strftime("%Y/%m/%d"))


def test_csl_json_download_in_arabic(client, data):
    hub, clause = data.hubs["ar"], data.gps
    response = download(client, hub, clause.identifier, "json")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/vnd.citationstyles.csl+json; charset=utf-8"
    assert response["Content-Disposition"] == f'attachment; filename="{clause.identifier}.json"'
    [item] = json.loads(response.content)
    arabic = Clause.objects.get(translation_key=clause.translation_key, locale__language_code="ar")
    issued = published_on(arabic)
    assert item == {
        "id": clause.identifier,
        "type": "entry",
        "title": ARABIC_TITLE,
        "author": [{"literal": SITE_NAME}],
        "publisher": SITE_NAME,
        "container-title": HUB_TITLE,
        "number": clause.identifier,
        "URL": f"http://localhost{hub.url}clauses/{clause.identifier}/",
        "language": "ar",
        "issued": {"date-parts": [[issued.year, issued.month, issued.day]]},
    }
    assert hub.url.startswith("/ar/")


def test_an_untranslated_clause_is_cited_in_the_version_shown(client, data):
    response = download(client, data.hubs["fr"], data.rota.identifier, "json")
    [item] = json.loads(response.content)
    assert (item["title"], item["language"]) == ("Rota algorithms are disclosed", "en")
    assert item["URL"].endswith(f"/fr/hub/clauses/{data.rota.identifier}/")


def test_no_date_is_given_when_the_clause_has_none(client, data):
    hub, clause = data.hubs["en"], data.disconnect
    Clause.objects.filter(pk=clause.pk).update(last_published_at=None)
    _kind, _key, fields = parse_bibtex(
        download(client, hub, clause.identifier, "bib").content.decode()
    )
    assert not {"year", "month", "date"} & set(fields)
    ris = download(client, hub, clause.identifier, "ris").content.decode()
    assert "PY  -" not in ris and "DA  -" not in ris
    [item] = json.loads(download(client, hub, clause.identifier, "json").content)
    assert "issued" not in item
    page = client.get(f"{hub.url}clauses/{clause.identifier}/").content.decode()
    assert "last published" not in page


@pytest.mark.parametrize("identifier", ["draft", "DBH-9999", "DBH-1%00", "x" * 300, "%2F"])
@pytest.mark.parametrize("extension", ["bib", "ris", "json"])
def test_only_published_clauses_are_cited(client, data, identifier, extension):
    if identifier == "draft":
        identifier = data.draft.identifier
    response = download(client, data.hubs["en"], identifier, extension)
    assert response.status_code == 404
    assert b"attachment" not in response.get("Content-Disposition", "").encode()


def test_other_formats_are_not_found(client, data):
    response = download(client, data.hubs["en"], data.gps.identifier, "pdf")
    assert response.status_code == 404
