"""The schemas of the hub's JSON API (`clauses.api`): what its OpenAPI description says of the
parameters and the answers."""

import datetime

from ninja import Field, Schema

MAX_PAGE_SIZE = 100
DEFAULT_PAGE_SIZE = 20


class ClauseFilters(Schema):
    q: str | None = Field(None, description="Words to search for (at most 500 characters).")
    theme: int | None = Field(None, description="A theme's number, e.g. 1.")
    subtheme: str | None = Field(None, description="A sub-theme's slug.")
    type: str | None = Field(
        None, description="A clause type, e.g. agreement_clause or legislation."
    )
    union: str | None = Field(None, description="A union's acronym, e.g. UNISON.")
    country: str | None = Field(None, description="An ISO 3166 country code, e.g. GB.")
    sector: str | None = Field(None, description="A sector's slug.")
    year_from: int | None = Field(None, description="The earliest year (1900-2100).")
    year_to: int | None = Field(None, description="The latest year (1900-2100).")
    language: str | None = Field(
        None,
        description=(
            "Only the versions in this language (en, fr, es, pt, ru, ar), or `all` for every "
            "version; by default each clause once, in English where it is published in English."
        ),
    )
    level: str | None = Field(None, description="The source's bargaining level, e.g. national.")
    wording: str | None = Field(None, description="`verbatim` or `summary`.")
    sort: str | None = Field(
        None, description="`relevance` (the default with q) or `year` (newest first)."
    )
    page: int = Field(1, ge=1, description="The page, from 1.")
    page_size: int = Field(DEFAULT_PAGE_SIZE, ge=1, le=MAX_PAGE_SIZE, description="Per page.")


class LanguageChoice(Schema):
    language: str | None = Field(None, description="A language code: en, fr, es, pt, ru, ar.")


class ClauseOut(Schema):
    identifier: str
    language: str
    title: str
    text: str
    commentary: str | None = Field(
        description="Why the clause matters, as plain text (paragraphs apart by a blank line)."
    )
    clause_type: str
    themes: list[int] = Field(description="Theme numbers.")
    subthemes: list[str] = Field(description="Sub-theme slugs.")
    unions: list[str] = Field(description="Signatory unions' acronyms.")
    country: str | None = Field(description="ISO 3166 code; null for international sources.")
    sectors: list[str] = Field(description="Sector slugs.")
    year: int | None
    source_title: str | None
    employer: str | None
    bargaining_level: str | None
    date_signed: datetime.date | None
    valid_from: datetime.date | None
    valid_until: datetime.date | None
    workers_covered: int | None
    text_status: str | None = Field(description="`verbatim` or `summary`; null if unknown.")
    original_language: str | None
    source_url: str | None
    url: str | None = Field(description="The clause's page on the hub.")


class ClauseDetailOut(ClauseOut):
    versions: list[str] = Field(description="The languages the clause is published in.")


class ClausePageOut(Schema):
    count: int
    page: int
    page_size: int
    num_pages: int
    next: str | None
    previous: str | None
    results: list[ClauseOut]


class SubThemeOut(Schema):
    slug: str
    title: str


class ThemeOut(Schema):
    number: int
    slug: str
    title: str
    subthemes: list[SubThemeOut]


class ErrorOut(Schema):
    message: str
    errors: dict[str, list[str]] | None = None


class ThrottledOut(Schema):
    error: str
    retry_after: int = Field(description="Seconds to wait (also in the Retry-After header).")
