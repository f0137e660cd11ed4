"""The Digital Impact Framework's goals: after the self-assessment the team chooses one or two
dimensions to work on, and for each sets a goal and its milestones, each with the person
responsible and the date it is due (steps 4–5 of the facilitator's guide).

Goals live where the levels do: in the request, in the PDF and in the result file, under an
optional "goals" key (a file without it is read as before)::

    "goals": [{"dimension": "<block id>", "title": "Members' data", "goal": "…",
               "milestones": [{"milestone": "…", "responsible": "…", "date": "2025-09-30"}]}]

The form and the file are checked by the same rules; a form gets a message per field, a file
that breaks them is refused whole."""

import datetime
import re
from dataclasses import dataclass

from django.utils import translation
from django.utils.translation import gettext_lazy as _

from ..text import clean

MIN_GOALS, MAX_GOALS = 1, 2
MILESTONE_ROWS = 3
GOAL_LENGTH = 500
MILESTONE_LENGTH = 200
RESPONSIBLE_LENGTH = 100
FIRST_YEAR, LAST_YEAR = 2000, 2099
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
CHOSEN = "goal-dimension"
FILE_KEYS = {"dimension", "title", "goal", "milestones"}
MILESTONE_KEYS = {"milestone", "responsible", "date"}

NONE_CHOSEN = _("Choose one or two dimensions to work on.")
TOO_MANY = _("Choose at most two dimensions: one or two at a time.")
UNKNOWN_DIMENSION = _("Choose among the dimensions listed.")
NO_GOAL = _("Write the goal for this dimension.")
NO_MILESTONE = _("Add at least one milestone, with who is responsible and by when.")
NO_MILESTONE_TEXT = _("Describe this milestone.")
NO_RESPONSIBLE = _("Name the person responsible for this milestone.")
NO_DATE = _("Give the date by which this milestone should be reached.")
BAD_DATE = _("Enter a real date as year-month-day, for example 2025-09-30.")
DATE_RANGE = _("Choose a date between the years 2000 and 2099.")
TOO_LONG = _("Shorten this to at most %(count)s characters.")


class GoalsUnreadable(ValueError):
    """Goals in a file that break the rules the form applies."""


@dataclass(frozen=True)
class Milestone:
    text: str
    responsible: str
    date: datetime.date


@dataclass(frozen=True)
class Goal:
    dimension: str  # the dimension's block id
    text: str
    milestones: tuple


def field(name, dimension_id, row=None):
    return f"{name}-{dimension_id}" if row is None else f"{name}-{dimension_id}-{row}"


def single_line(value):
    return " ".join(clean(value).split())


def check_text(value, limit, missing, one_line=True):
    """(text, error) for a text field: cleaned, required and not too long."""
    text = single_line(value) if one_line else clean(value).strip()
    if not text:
        return text, missing
    if len(text) > limit:
        return text, TOO_LONG % {"count": limit}
    return text, ""


def check_date(value):
    """(date or None, error) for a date written year-month-day."""
    value = value.strip()
    if not value:
        return None, NO_DATE
    if not DATE.match(value):
        return None, BAD_DATE
    try:
        date = datetime.date.fromisoformat(value)
    except ValueError:
        return None, BAD_DATE
    if not FIRST_YEAR <= date.year <= LAST_YEAR:
        return None, DATE_RANGE
    return date, ""


def check_milestone(text, responsible, date):
    """(Milestone or None, {part: error}) for one row; an empty row is None without errors."""
    if not any(value.strip() for value in (text, responsible, date)):
        return None, {}
    text, text_error = check_text(text, MILESTONE_LENGTH, NO_MILESTONE_TEXT)
    responsible, responsible_error = check_text(responsible, RESPONSIBLE_LENGTH, NO_RESPONSIBLE)
    date, date_error = check_date(date)
    errors = {
        part: error
        for part, error in (
            ("milestone", text_error),
            ("responsible", responsible_error),
            ("date", date_error),
        )
        if error
    }
    return (None if errors else Milestone(text, responsible, date)), errors


def read_goals(data, dimensions):
    """(goals, errors, values) from the goals form: errors maps a field's name (or "chosen")
    to its message; values is what the team typed, to show the form again."""
    known = {d.id for d in dimensions}
    chosen = list(dict.fromkeys(data.getlist(CHOSEN)))
    errors, values, goals = {}, {"chosen": chosen}, []
    if any(key not in known for key in chosen):
        errors["chosen"] = UNKNOWN_DIMENSION
    elif len(chosen) < MIN_GOALS:
        errors["chosen"] = NONE_CHOSEN
    elif len(chosen) > MAX_GOALS:
        errors["chosen"] = TOO_MANY
    for dimension in dimensions:
        names = [field("goal", dimension.id)] + [
            field(part, dimension.id, row)
            for row in range(1, MILESTONE_ROWS + 1)
            for part in ("milestone", "responsible", "date")
        ]
        values.update({name: data.get(name) or "" for name in names})
    if errors:
        return [], errors, values
    for key in chosen:
        text, error = check_text(values[field("goal", key)], GOAL_LENGTH, NO_GOAL, one_line=False)
        if error:
            errors[field("goal", key)] = error
        milestones = []
        for row in range(1, MILESTONE_ROWS + 1):
            parts = [values[field(part, key, row)] for part in ("milestone", "responsible", "date")]
            milestone, row_errors = check_milestone(*parts)
            errors.update({field(part, key, row): e for part, e in row_errors.items()})
            if milestone:
                milestones.append(milestone)
        if not milestones and not any(field("milestone", key, r) in errors for r in (1, 2, 3)):
            errors[field("milestone", key, 1)] = NO_MILESTONE
        goals.append(Goal(key, text, tuple(milestones)))
    return ([] if errors else goals), errors, values


def form_values(goals):
    """The goals form's values for goals already set (from a file or an earlier form)."""
    values = {"chosen": [goal.dimension for goal in goals]}
    for goal in goals:
        values[field("goal", goal.dimension)] = goal.text
        for row, milestone in enumerate(goal.milestones, start=1):
            values[field("milestone", goal.dimension, row)] = milestone.text
            values[field("responsible", goal.dimension, row)] = milestone.responsible
            values[field("date", goal.dimension, row)] = milestone.date.isoformat()
    return values


def form_items(dimensions, values, errors):
    """What the goals form template needs for each dimension: whether it is chosen, its goal,
    its milestone rows, and the message for each field in error."""

    def entry(name):
        return {"name": name, "value": values.get(name, ""), "error": errors.get(name, "")}

    items = []
    for number, dimension in enumerate(dimensions, start=1):
        rows = [
            {
                "number": row,
                **{
                    part: entry(field(part, dimension.id, row))
                    for part in ("milestone", "responsible", "date")
                },
            }
            for row in range(1, MILESTONE_ROWS + 1)
        ]
        items.append(
            {
                "number": number,
                "dimension": dimension,
                "chosen": dimension.id in values.get("chosen", []),
                "goal": entry(field("goal", dimension.id)),
                "rows": rows,
                "has_error": any(
                    name.endswith(dimension.id) or f"-{dimension.id}-" in name for name in errors
                ),
            }
        )
    return items


def error_list(items, errors):
    """The error summary's entries: (field id to link to, label, message), in the form's order."""
    found = []
    if errors.get("chosen"):
        found.append(("goal-dimensions", "", errors["chosen"]))
    for item in items:
        title = item["dimension"].title
        if item["goal"]["error"]:
            found.append((item["goal"]["name"], title, item["goal"]["error"]))
        for row in item["rows"]:
            for part in ("milestone", "responsible", "date"):
                if row[part]["error"]:
                    found.append((row[part]["name"], title, row[part]["error"]))
    return found


def to_data(goals, titles):
    return [
        {
            "dimension": goal.dimension,
            "title": titles.get(goal.dimension, ""),
            "goal": goal.text,
            "milestones": [
                {"milestone": m.text, "responsible": m.responsible, "date": m.date.isoformat()}
                for m in goal.milestones
            ],
        }
        for goal in goals
    ]


def from_data(entries, dimensions):
    """Goals from a result file's "goals" list, checked as strictly as the form; raises
    GoalsUnreadable. Goals for dimensions the framework no longer has are left out."""
    if not isinstance(entries, list) or len(entries) > MAX_GOALS:
        raise GoalsUnreadable
    known = {d.id for d in dimensions}
    goals, seen = [], set()
    for entry in entries:
        if not isinstance(entry, dict) or not FILE_KEYS - {"title"} <= set(entry) <= FILE_KEYS:
            raise GoalsUnreadable
        key, milestones = entry["dimension"], entry["milestones"]
        if not isinstance(key, str) or key in seen or not isinstance(entry.get("title", ""), str):
            raise GoalsUnreadable
        seen.add(key)
        if not isinstance(milestones, list) or not 0 < len(milestones) <= MILESTONE_ROWS:
            raise GoalsUnreadable
        if not isinstance(entry["goal"], str):
            raise GoalsUnreadable
        text, error = check_text(entry["goal"], GOAL_LENGTH, NO_GOAL, one_line=False)
        if error:
            raise GoalsUnreadable
        rows = []
        for milestone in milestones:
            if not isinstance(milestone, dict) or set(milestone) != MILESTONE_KEYS:
                raise GoalsUnreadable
            if not all(isinstance(value, str) for value in milestone.values()):
                raise GoalsUnreadable
            row, row_errors = check_milestone(
                milestone["milestone"], milestone["responsible"], milestone["date"]
            )
            if row_errors or row is None:
                raise GoalsUnreadable
            rows.append(row)
        if key in known:
            goals.append(Goal(key, text, tuple(rows)))
    order = [d.id for d in dimensions]
    return sorted(goals, key=lambda goal: order.index(goal.dimension))


def isolated(date):
    """A date to put in a sentence: in a right-to-left language, isolated (U+2066…U+2069), or
    the bidirectional algorithm, reading its digits as Arabic numbers after Arabic words, shows
    2025-03-14 as 14-03-2025."""
    text = date.isoformat()
    return f"\u2066{text}\u2069" if translation.get_language_bidi() else text


@dataclass
class Shown:
    """A goal as the result page and the PDF show it: with its dimension's title."""

    title: str
    goal: Goal


def shown(goals, dimensions):
    titles = {d.id: d.title for d in dimensions}
    return [Shown(titles[goal.dimension], goal) for goal in goals if goal.dimension in titles]
