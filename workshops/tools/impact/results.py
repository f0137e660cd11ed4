"""The Digital Impact Framework's self-assessment: reading a team's answers, the small result file
it keeps, and the rows of its result (the chart is in `chart.py`).

Nothing here touches the database or a log: a result lives in the request that carries it and in
the file the team downloads. A result file is small JSON::

    {"tool": "digital-impact-framework", "version": 1, "date": "2025-05-01",
     "levels": [{"dimension": "<block id>", "title": "Members' data", "level": 3}, ...],
     "goals": [...]}

The goals the team set after its result (`goals.py`) are optional: a file without them, as saved
before teams could set goals, opens as it always did.

Dimensions are matched by their block id, which wagtail-localize keeps in every translation, so a
file saved in one language opens in any other. Titles are there for people reading the file."""

import datetime
import json
import re
from dataclasses import dataclass, field

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from workshops.blocks import LEVEL_COUNT

from . import goals as goal_rules

LEVELS = range(1, LEVEL_COUNT + 1)
LEVEL_VALUES = {str(level) for level in LEVELS}
FILE_TOOL = "digital-impact-framework"
FILE_VERSION = 1
MAX_FILE_BYTES = 32 * 1024
MAX_DIMENSIONS = 100
EARLIEST_DATE = datetime.date(2000, 1, 1)
DIMENSION_ID = re.compile(r"^[A-Za-z0-9-]{1,64}$")
# A result file is an object holding lists of objects, the goals' milestones one level further:
# five levels of brackets. Deeper nesting is refused before the JSON parser sees it (a few
# thousand "[" would exhaust Python's stack).
MAX_NESTING = 5
FILE_KEYS = {"tool", "version", "date", "levels"}

MISSING_LEVEL = _("Choose a level for this dimension.")
INVALID_LEVEL = _("Choose one of the levels 1 to 5.")
FILE_TOO_LARGE = _("This file is too large to be a saved result.")
FILE_UNREADABLE = _(
    "This file is not a result saved from this framework, or it has been changed. Choose the "
    "file you downloaded from the result page."
)
FILE_OTHER_FRAMEWORK = _("None of the dimensions in this file belong to this framework.")


class ResultError(ValueError):
    """A result (an uploaded file or a form's hidden copy) that cannot be used; the message says
    why, in words a visitor understands."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Dimension:
    id: str
    title: str
    description: str
    levels: list  # five (description, next_level) pairs, level 1 first

    def level_text(self, level):
        return self.levels[level - 1][0]

    def next_level_text(self, level):
        return self.levels[level - 1][1] if level < LEVEL_COUNT else ""


@dataclass
class Result:
    date: datetime.date
    levels: dict = field(default_factory=dict)  # dimension id -> level
    goals: list = field(default_factory=list)  # goal_rules.Goal, at most two

    def to_json(self, dimensions, compact=False):
        titles = {d.id: d.title for d in dimensions}
        data = {
            "tool": FILE_TOOL,
            "version": FILE_VERSION,
            "date": self.date.isoformat(),
            "levels": [
                {"dimension": key, "title": titles.get(key, ""), "level": level}
                for key, level in self.levels.items()
            ],
        }
        if self.goals:
            data["goals"] = goal_rules.to_data(self.goals, titles)
        # The file a reader keeps is indented to be readable; the copy carried in the page's
        # hidden fields is compact (it is sent four times in the page).
        if compact:
            return json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        return json.dumps(data, ensure_ascii=False, indent=1)


def dimensions_of(page):
    """The page's dimensions, in order, as plain values."""
    found = []
    for block in page.dimensions:
        if block.block_type != "dimension":
            continue
        levels = [(level["description"], level["next_level"]) for level in block.value["levels"]]
        if len(levels) != LEVEL_COUNT:
            continue
        found.append(
            Dimension(
                id=block.id,
                title=block.value["title"],
                description=block.value["description"],
                levels=levels,
            )
        )
    return found


def field_name(dimension):
    return f"level-{dimension.id}"


def read_answers(data, dimensions):
    """(levels, errors) from a submitted form: levels maps each answered dimension's id to its
    level; errors maps a dimension's id to what is wrong with its answer."""
    levels, errors = {}, {}
    for dimension in dimensions:
        raw = (data.get(field_name(dimension)) or "").strip()
        if not raw:
            errors[dimension.id] = MISSING_LEVEL
        elif raw in LEVEL_VALUES:
            levels[dimension.id] = int(raw)
        else:
            errors[dimension.id] = INVALID_LEVEL
    return levels, errors


def form_items(dimensions, levels, errors):
    """What the form template needs for each dimension: its levels, the one chosen, any error."""
    return [
        {
            "number": number,
            "dimension": dimension,
            "field": field_name(dimension),
            "levels": [
                (level, text) for level, (text, _next) in zip(LEVELS, dimension.levels, strict=True)
            ],
            "chosen": levels.get(dimension.id),
            "error": errors.get(dimension.id, ""),
        }
        for number, dimension in enumerate(dimensions, start=1)
    ]


def parse_result(content, dimensions, today=None):
    """A Result from a saved file's bytes or a form's hidden text, checked strictly; raises
    ResultError. Dimensions the framework no longer has are left out."""
    try:
        if isinstance(content, str):
            content = content.encode("utf-8")
        if len(content) > MAX_FILE_BYTES:
            raise ResultError(FILE_TOO_LARGE)
        text = content.decode("utf-8-sig")
    except UnicodeError as error:
        raise ResultError(FILE_UNREADABLE) from error
    if too_deep(text):
        raise ResultError(FILE_UNREADABLE)
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as error:
        # ValueError: not JSON, or a number too long to convert; RecursionError should not
        # happen after too_deep, but a result is never worth a server error.
        raise ResultError(FILE_UNREADABLE) from error
    if not isinstance(data, dict) or not FILE_KEYS <= set(data) <= FILE_KEYS | {"goals"}:
        raise ResultError(FILE_UNREADABLE)
    if data["tool"] != FILE_TOOL or data["version"] != FILE_VERSION:
        raise ResultError(FILE_UNREADABLE)
    date = parse_date(data["date"], today or timezone.localdate())
    entries = data["levels"]
    if not isinstance(entries, list) or not 0 < len(entries) <= MAX_DIMENSIONS:
        raise ResultError(FILE_UNREADABLE)
    levels = {}
    for entry in entries:
        if not isinstance(entry, dict) or not {"dimension", "level"} <= set(entry) <= {
            "dimension",
            "title",
            "level",
        }:
            raise ResultError(FILE_UNREADABLE)
        key, level = entry["dimension"], entry["level"]
        if not isinstance(key, str) or not DIMENSION_ID.match(key) or key in levels:
            raise ResultError(FILE_UNREADABLE)
        # bool is an int in Python; a level is a whole number from 1 to 5 and nothing else.
        if type(level) is not int or level not in LEVELS:
            raise ResultError(FILE_UNREADABLE)
        if not isinstance(entry.get("title", ""), str) or len(entry.get("title", "")) > 255:
            raise ResultError(FILE_UNREADABLE)
        levels[key] = level
    known = {d.id for d in dimensions}
    kept = {key: level for key, level in levels.items() if key in known}
    if not kept:
        raise ResultError(FILE_OTHER_FRAMEWORK)
    order = [d.id for d in dimensions]
    try:
        goals = goal_rules.from_data(data.get("goals", []), dimensions)
    except goal_rules.GoalsUnreadable as error:
        raise ResultError(FILE_UNREADABLE) from error
    return Result(date=date, levels={k: kept[k] for k in order if k in kept}, goals=goals)


def too_deep(text):
    """Whether the JSON text nests brackets deeper than a result file does. Brackets inside
    strings do not count. One pass over the characters: a pattern for strings would take
    seconds on a file of escaped quotes."""
    depth, in_string, escaped = 0, False, False
    for char in text:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            if depth > MAX_NESTING:
                return True
        elif char in "]}":
            depth -= 1
    return False


def parse_date(value, today):
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise ResultError(FILE_UNREADABLE)
    try:
        date = datetime.date.fromisoformat(value)
    except ValueError as error:
        raise ResultError(FILE_UNREADABLE) from error
    # A day's grace: the team's clock may be ahead of the server's.
    if not EARLIEST_DATE <= date <= today + datetime.timedelta(days=1):
        raise ResultError(FILE_UNREADABLE)
    return date


def read_upload(upload):
    """The bytes of an uploaded file, refusing one too large before reading it whole."""
    if upload.size is not None and upload.size > MAX_FILE_BYTES:
        raise ResultError(FILE_TOO_LARGE)
    return upload.read(MAX_FILE_BYTES + 1)


def in_date_order(first, second):
    """(earlier, later): the two results ordered by date; a single result comes back as
    (None, result)."""
    if first is None or second is None:
        return None, first or second
    return (first, second) if first.date <= second.date else (second, first)


@dataclass
class Row:
    dimension: Dimension
    level: int
    earlier_level: int | None

    @property
    def change(self):
        return None if self.earlier_level is None else self.level - self.earlier_level

    @property
    def level_text(self):
        return self.dimension.level_text(self.level)

    @property
    def next_level_text(self):
        return self.dimension.next_level_text(self.level)

    @property
    def next_level(self):
        return self.level + 1 if self.level < LEVEL_COUNT else None


def rows(dimensions, result, earlier=None):
    """One row per dimension the result answers, in the framework's order."""
    return [
        Row(
            dimension=d,
            level=result.levels[d.id],
            earlier_level=earlier.levels.get(d.id) if earlier else None,
        )
        for d in dimensions
        if d.id in result.levels
    ]
