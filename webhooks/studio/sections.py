"""The playbook editor's form: every section a marketer edits without YAML, declared once.

Questions, stage thresholds, ICP, BANT, stage rules, routing, content offers,
the privacy notice, the company with its services and the prices its pricing text quotes, and call
scheduling.

Each section is declared as parts (``Part``): a mapping of the playbook
(``bant.budget``) or a list of rows (``icp.criteria``), with the fields the
form shows. An input is named by the field's dotted path in the playbook
(``icp.criteria.0.weight``), which is exactly the path the schema's
``PlaybookError`` names, so an error lands next to the field at fault with
no translation table. A list of choices is one checkbox per choice
(``routing.routes.0.destinations.slack``), so a form never sends a name twice.

``form_values`` turns playbook data into what the inputs show;
``apply`` writes submitted inputs over a copy of the version the edit began
from, keeping every key the form does not show (and leaving out what the
marketer left blank where the schema has a default), so a save without
changes stores the same playbook and the versions' diff shows only edits.
Validation stays the schema's: whatever ``apply`` builds is checked by
``PlaybookStore.save`` like a YAML edit, and nothing invalid is stored.

A condition (``ask_when``) is a builder: a mode (any/all) and rows of
field, test in words (``OPERATORS``) and values, named
``questions.2.ask_when.0.field``; a group the builder cannot show (both any
and all) stays a YAML box. ``describe`` and ``advice`` say an error's place
and remedy in the form's own words, counted from 1 as the page shows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Mapping, Sequence

from werkzeug.exceptions import BadRequest

from nlu.attributes import PERSONAS, ROLES, SENIORITIES
from qualification import PlaybookError
from qualification import conditions as cond
from qualification.playbook import DESTINATIONS, GRADES, QUESTION_ATTRIBUTES, STAGES
from qualification.playbook_file import read_yaml
from scheduling import CALL_KINDS
from webhooks.playbooks.text import dump_yaml

MAX_ROWS = 200
# The playbook's people (owners by Slack user id, with a name and CRM ids): what a "people" field chooses from.
PEOPLE = "routing.owners"
_WORDS = re.compile(r"[\s,;]+")
_ABSENT = object()

# ----------------------------------------------------------------------------- declarations


@dataclass(frozen=True)
class Field:
    """One input. ``kind``: number, text, paragraph (text in a box, stored on one line), words (comma
    separated), lines (one per line), check, choice (one of ``choices``), choices (checkboxes), condition,
    people (a list of the playbook's people, ``PEOPLE``, each chosen by name from a list), or amounts (one
    currency code and amount a line, "USD 5000", stored as a mapping of code to amount)."""

    key: str  # dotted, inside the part's mapping or row
    label: str
    kind: str = "text"
    choices: tuple[str, ...] = ()
    optional: bool = False  # blank leaves the key out (the schema's default applies)
    default: Any = None  # what a missing check box means (so an untouched one is not written out)
    hint: str = ""


@dataclass(frozen=True)
class Part:
    """A mapping (``rows=False``) or a list of mappings (``rows=True``) at ``path`` in the playbook."""

    path: str
    title: str
    fields: tuple[Field, ...]
    rows: bool = False
    # Rows stored as a mapping from this field's value to the other field's value (one other field: a
    # territory's countries) or to a mapping of the other fields (several: an owner's calendar).
    keyed_by: str | None = None
    ordered: bool = False  # rows carry an "Order" input (routes: the first match wins)
    noun: str = "row"
    hint: str = ""
    title_key: str | None = None  # a row's legend shows this field's value ("Question 2: role")

    @property
    def dom_id(self) -> str:
        return self.path.replace(".", "-").replace("_", "-")


@dataclass(frozen=True)
class Section:
    id: str
    title: str
    hint: str
    parts: tuple[Part, ...]
    root: str  # errors about the section as a whole (``bant``: the points' total) show at its top


def _share(key: str, label: str, optional: bool = True) -> Field:
    return Field(key, label, "number", optional=optional, hint="0 to 1")


_DAYS = (("mon", "Monday"), ("tue", "Tuesday"), ("wed", "Wednesday"), ("thu", "Thursday"), ("fri", "Friday"),
         ("sat", "Saturday"), ("sun", "Sunday"))


def _hours(hint: str) -> tuple[Field, ...]:
    return tuple(Field(f"working_hours.{day}", name, "words", optional=True, hint=hint if day == "mon" else "")
                 for day, name in _DAYS)


def _calendar(blank: str) -> tuple[Field, ...]:
    """A calendar's fields (the defaults', or an owner's where ``blank`` says what a blank one means)."""
    return (
        Field("time_zone", "Time zone", optional=True, hint="e.g. Europe/Berlin" + blank),
        Field("meeting_minutes", "Call length (minutes)", "number", optional=True, hint="5 to 480" + blank),
        Field("buffer_minutes", "Buffer between calls (minutes)", "number", optional=True, hint="0 to 240" + blank),
        Field("min_notice_minutes", "Notice before a call (minutes)", "number", optional=True,
              hint="0 to 10080 (a week)" + blank),
        Field("days_ahead", "Bookable days ahead", "number", optional=True, hint="1 to 90" + blank),
    )


SECTIONS: tuple[Section, ...] = (
    Section("questions", "Questions", "Asked in this order while unanswered: drag a question, or use its Move "
            "buttons, to change the order. One wording per line: they take turns.", root="questions", parts=(
        Part("questions", "Questions", rows=True, ordered=True, noun="question", title_key="id", fields=(
            Field("id", "Id", hint="lower case and _, e.g. team_size"),
            Field("attribute", "Asks for", "choice", choices=QUESTION_ATTRIBUTES),
            Field("required", "required", "check", default=True),
            Field("wording", "Wording variants", "lines", hint="one per line"),
            Field("why", "Why we ask", "paragraph", optional=True,
                  hint="what the bot says to \"why do you ask?\" (at most 300 characters); blank: the bot's own "
                       "reason"),
            Field("ask_when", "Ask when", "condition", optional=True, hint="blank: always asked"),
            Field("skip_when", "Skip when", "condition", optional=True, hint="blank: never skipped"),
        )),
    )),
    Section("thresholds", "Stage thresholds", "What a lead needs to be sales-qualified, and the ICP fit each grade "
            "starts at.", root="stages.sql", parts=(
        Part("stages.sql", "Sales-qualified (SQL)", fields=(
            Field("min_score", "Sales-qualified (SQL) from score", "number", hint="0 to 100"),
            Field("min_grade", "… and ICP grade at least", "choice", choices=GRADES),
        )),
        Part("icp.grades", "ICP grades", fields=(
            Field("A", "Grade A from fit %", "number"),
            Field("B", "Grade B from fit %", "number"),
            Field("C", "Grade C from fit %", "number"),
        )),
    )),
    Section("icp", "Ideal customer profile", "Each criterion met earns its weight; the share of the total weight "
            "gives the grade (the grade thresholds are under Stage thresholds).", root="icp", parts=(
        Part("icp.criteria", "Criteria", rows=True, noun="criterion", fields=(
            Field("name", "Name"),
            Field("kind", "Looks at", "choice", choices=("industry", "company_size", "revenue", "country", "tech_stack")),
            Field("weight", "Weight", "number"),
            Field("values", "Values", "words", hint="industries, country codes or tools, comma separated"),
            Field("min", "Min", "number", optional=True),
            Field("max", "Max", "number", optional=True),
        )),
        Part("icp", "Unknown answers", fields=(
            _share("unknown_credit", "Credit for an unknown criterion"),
        )),
        Part("icp.exclusions", "Never a fit", fields=(
            Field("companies", "Companies", "lines", hint="one per line"),
            Field("email_domains", "Email domains", "words"),
            Field("industries", "Industries", "words"),
            Field("countries", "Countries", "words", hint="ISO codes such as DE, US"),
        )),
    )),
    Section("bant", "BANT scoring", "Each letter's points add up to 100: the lead's score.", root="bant", parts=(
        Part("bant.budget", "Budget", fields=(
            Field("points", "Budget points", "number"),
            _share("unknown_share", "Share when the budget is unknown"),
        )),
        Part("bant.budget.tiers", "Budget tiers (a yearly amount in the default currency)", rows=True, noun="tier",
             fields=(Field("at_least", "At least", "number"), _share("share", "Share of the points", optional=False))),
        Part("bant.budget.period_factors", "Budget periods to a year", fields=(
            Field("one_time", "One-time ×", "number", optional=True),
            Field("month", "Per month ×", "number", optional=True),
            Field("quarter", "Per quarter ×", "number", optional=True),
            Field("year", "Per year ×", "number", optional=True),
        )),
        Part("bant.authority", "Authority", fields=(
            Field("points", "Authority points", "number"),
            _share("role_weight", "Weight of the role (against seniority)"),
        )),
        Part("bant.authority.seniority", "Share by seniority", fields=tuple(
            _share(s, s.replace("_", " "), optional=(s == "unknown")) for s in SENIORITIES)),
        Part("bant.authority.roles", "Share by buying role", fields=tuple(
            _share(r, r.replace("_", " "), optional=False) for r in ROLES if r != "unknown")),
        Part("bant.need", "Need", fields=(
            Field("points", "Need points", "number"),
            _share("unmatched_share", "Share for a need we do not serve"),
        )),
        Part("bant.timing", "Timing", fields=(
            Field("points", "Timing points", "number"),
            _share("beyond_share", "Share beyond the last horizon"),
            _share("unknown_share", "Share when the timing is unknown"),
        )),
        Part("bant.timing.horizons", "Timing horizons", rows=True, noun="horizon", fields=(
            Field("within_days", "Within days", "number"), _share("share", "Share of the points", optional=False))),
    )),
    Section("stage-rules", "Stage rules", "What makes an MQL, what disqualifies, product-qualified leads. "
            "The SQL thresholds are under Stage thresholds.", root="stages", parts=(
        Part("stages.mql", "Marketing-qualified (MQL)", fields=(
            Field("allow_free_mail", "a free-mail address (gmail.com, ...) can make an MQL", "check", default=False),
            Field("interest_when", "Shows interest when", "condition", optional=True,
                  hint="blank: every identified lead does"),
        )),
        Part("stages.disqualify", "Disqualified", fields=(
            Field("personas", "Personas", "choices", choices=tuple(p for p in PERSONAS if p != "existing_customer")),
            Field("title_keywords", "Job-title keywords", "lines", hint="one per line"),
            Field("no_need", "no stated need disqualifies", "check", default=True),
        )),
        Part("stages.pql", "Product-qualified (PQL)", fields=(
            Field("enabled", "product-qualified leads are recognised", "check", default=True),
        )),
    )),
    Section("routing", "Routing", "The first route that matches a lead takes it; its owners take turns "
            "(round robin, in the order listed).", root="routing", parts=(
        Part(PEOPLE, "People", rows=True, keyed_by="id", noun="person", title_key="name",
             hint="Everyone a route can hand leads to: the name visitors and sales read, their Slack user id, "
                  "and their id in each CRM you use. Routes choose their owners from here.", fields=(
            Field("name", "Name"),
            Field("id", "Slack user id", hint="e.g. U0123ABC"),
            Field("hubspot", "HubSpot owner id", optional=True),
            Field("salesforce", "Salesforce user id", optional=True),
            Field("pipedrive", "Pipedrive user id", optional=True),
        )),
        Part("routing.routes", "Routes", rows=True, ordered=True, noun="route", fields=(
            Field("name", "Route name"),
            Field("match.stages", "Stages", "choices", choices=STAGES),
            Field("match.territories", "Territories", "words"),
            Field("match.segments", "Segments", "words"),
            Field("match.countries", "Countries", "words"),
            Field("match.industries", "Industries", "words"),
            Field("match.grades", "ICP grades", "choices", choices=GRADES),
            Field("slack_channel", "Slack channel", hint="#name or a channel id"),
            Field("owners", "Owners, in round-robin order", "people",
                  hint="choose by name; the people are listed under 'People' above"),
            Field("destinations", "Destinations", "choices", choices=DESTINATIONS),
        )),
        Part("routing", "A visitor who asks for a person", fields=(
            Field("human_request_route", "Goes to the route", optional=True,
                  hint="a route's name; blank: the last route taking SQLs"),
        )),
        Part("routing.territories", "Territories", rows=True, keyed_by="name", noun="territory", fields=(
            Field("name", "Territory"), Field("countries", "Countries", "words", hint="ISO codes"),
        )),
        Part("routing.segments", "Segments (by employees)", rows=True, noun="segment", fields=(
            Field("name", "Segment"),
            Field("min_employees", "From employees", "number", optional=True),
            Field("max_employees", "To employees", "number", optional=True),
        )),
    )),
    Section("offers", "Content offers", "Offered by the bot to leads of the stages ticked.", root="content_offers", parts=(
        Part("content_offers", "Offers", rows=True, noun="offer", fields=(
            Field("id", "Offer id"),
            Field("title", "Title"),
            Field("url", "Link"),
            Field("stages", "For stages", "choices", choices=STAGES),
        )),
    )),
    Section("privacy", "Privacy notice", "Shown before the bot takes contact details, and stored with each lead's "
            "consent.", root="privacy", parts=(
        Part("privacy", "Notice", fields=(
            Field("text", "Notice", "paragraph"),
            Field("url", "Link to the full policy"),
        )),
    )),
    Section("company", "Company and services", "Who the bot speaks for, what it offers and how it talks about price.",
            root="company", parts=(
        Part("company", "Company", fields=(
            Field("name", "Company name"),
            Field("default_currency", "Currency", hint="ISO code such as USD or EUR"),
            Field("pricing", "What the bot says about pricing", "paragraph",
                  hint="quote a price under Prices as {price.its_name}"),
        )),
        Part("company.services", "Services", rows=True, noun="service", title_key="name", fields=(
            Field("id", "Id", hint="lower case and _"),
            Field("name", "Name"),
            Field("description", "Description", "paragraph"),
            Field("categories", "Needs it serves", "words", hint="e.g. seo, paid_ads"),
        )),
        Part("company.exchange_rates", "Exchange rates", rows=True, keyed_by="currency", noun="currency", fields=(
            Field("currency", "Currency", hint="ISO code"),
            Field("rate", "Worth in the default currency", "number"),
        )),
        Part("company.prices", "Prices", rows=True, keyed_by="name", noun="price", title_key="name",
             hint="The amounts the pricing text quotes: write {price.monthly_from} in it for the price named "
                  "monthly_from. A visitor whose currency every quoted price is given in reads that currency's "
                  "amounts; everyone else the default currency's.", fields=(
            Field("name", "Price name", hint="lower case and _, e.g. monthly_from"),
            Field("amounts", "Amounts", "amounts",
                  hint="one currency a line: its ISO code and the amount, e.g. USD 5000; the default currency's "
                       "is required"),
        )),
    )),
    Section("scheduling", "Call scheduling", "When the bot offers calls: everyone's defaults, then what differs "
            "for an owner. Hours are spans such as 09:00-12:00, 13:00-17:00.", root="scheduling", parts=(
        Part("scheduling", "Booking", fields=(
            Field("meeting_title", "Meeting title"),
            Field("link", "Booking page", optional=True,
                  hint="an https:// Calendly or Cal.com link; blank: the bot offers times itself"),
            # How the call happens: said in the booking confirmation, written in the calendar invitation.
            Field("call", "How the call happens", "choice", choices=CALL_KINDS, optional=True,
                  hint="video, phone or place; blank: the bot does not say"),
            Field("call_at", "Link, number or address", optional=True,
                  hint="video: the http(s) link to join (blank: the owner emails it); phone: the number the visitor "
                       "dials; place: the address"),
            Field("call_note", "Said after it", optional=True, hint="one line, e.g. Any browser will do."),
        )),
        Part("scheduling.defaults", "Everyone's defaults", fields=(
            *_calendar(""), *_hours("blank day: no calls that day"))),
        Part("scheduling.owners", "Owners' calendars", rows=True, keyed_by="id", noun="owner", title_key="name",
             hint="An owner's blank field takes the default; an owner with any hours set works only those.", fields=(
            Field("id", "Slack user id", hint="e.g. U0123ABC"),
            Field("name", "Name", optional=True),
            Field("email", "Email", optional=True),
            Field("call", "How their calls happen", "choice", choices=CALL_KINDS, optional=True,
                  hint="blank: as everyone's"),
            Field("call_at", "Their link or number", optional=True, hint="blank: everyone's"),
            *_calendar("; blank: the default"), *_hours("blank every day: the default hours"))),
    )),
)

# ----------------------------------------------------------------------------- errors in words

_PARTS = sorted(((part, section) for section in SECTIONS for part in section.parts), key=lambda ps: -len(ps[0].path))
_CONDITION_KEYS = {"field": "field", "op": "test", "value": "value"}
# The schema's generic messages, said as what to do.
_ADVICE = {
    "Not a valid number.": "type a number",
    "Not a valid integer.": "type a whole number",
    "Not a valid boolean.": "choose yes or no",
    "Not a valid string.": "type some text",
    "Invalid input type.": "choose a value from the list",
    "Missing data for required field.": "fill this in",
    "Field may not be null.": "fill this in",
    "Unknown field.": "this is not part of a playbook: remove it",
}


# The schema's messages about people, which name them by Slack user id and by YAML path: the place already
# names the person (``describe``), so the advice says what to do, in the form's words.
_PEOPLE_ADVICE = (
    (re.compile(r"'[^']*' is not an owner of any route in routing\.routes"),
     "not an owner of any route: choose them among a route's owners under Routes, or remove them"),
    (re.compile(r"('[^']*') differs from routing\.owners\.[^ ]+\.name \(('[^']*')\); name an owner once, under routing\.owners"),
     r"\1 differs from their name under People (\2): name each person once, under People"),
)


def advice(message: str) -> str:
    """A schema message as what to do ("Not a valid number." -> "type a number")."""
    for pattern, words in _PEOPLE_ADVICE:
        if pattern.fullmatch(message):
            return pattern.sub(words, message)
    return _ADVICE.get(message, message)


def _people_rows(views: Sequence[SectionView]) -> dict[str, str]:
    """The rows keyed by a Slack user id (People, the owners' calendars) as the form names them, by their
    error path: ``routing.owners.U0SALES01`` -> "Person 3 (Sophie Martin)", from what was typed (a person
    added or renamed in this very edit too); a calendar without a name of its own takes the person's."""
    rows = [(part_view.part, row) for view in views for part_view in view.parts
            if part_view.part.keyed_by == "id" for row in part_view.rows]
    names = {str(row.values.get("id") or "").strip(): str(row.values.get("name") or "").strip()
             for part, row in rows if part.path == PEOPLE}
    found = {}
    for part, row in rows:
        name = str(row.values.get("name") or "").strip() or names.get(str(row.values.get("id") or "").strip())
        found[row.error_prefix] = f"{part.noun.capitalize()} {row.position}" + (f" ({name})" if name else "")
    return found


def describe(path: str, views: Sequence[SectionView] = ()) -> str:
    """Where an error is, as the form shows it: ``questions.6.ask_when.any.0.field`` ->
    "Question 7, 'Ask when', condition 1: field". Counted from 1; paths outside the form stay as they are.
    With the form's ``views``, a person is named as the form shows them, never by their Slack user id."""
    for section in SECTIONS:
        if path == section.root and not any(p.path == path for p in section.parts):
            return section.title
    for part, section in _PARTS:
        if path != part.path and not path.startswith(part.path + "."):
            continue
        rest = path[len(part.path):].lstrip(".").split(".") if path != part.path else []
        words = [part.title]
        if part.rows:
            if not rest:
                return part.title if part.title == section.title else f"{section.title}, {part.title}"
            row = rest.pop(0)
            named = _people_rows(views).get(f"{part.path}.{row}") if part.keyed_by == "id" else None
            words = [named or (f"{part.noun.capitalize()} {int(row) + 1}" if row.isdigit() and not part.keyed_by
                               else f"{part.noun.capitalize()} '{row}'")]
            if rest and part.keyed_by and len(_others(part)) == 1:
                rest = [*_others(part)[0].key.split("."), *rest]
        if rest:
            for f in sorted(part.fields, key=lambda f: -len(f.key)):
                keys = f.key.split(".")
                if rest[:len(keys)] == keys:
                    if not part.rows and f.label.startswith(part.title):
                        words.clear()  # "Sales-qualified (SQL) from score" says its part already
                    words.append(f"'{f.label}'")
                    rest = rest[len(keys):]
                    if f.kind == "condition" and len(rest) >= 2 and rest[1].isdigit():
                        words.append(f"condition {int(rest[1]) + 1}")
                        rest = rest[2:]
                        if rest and rest[0] in _CONDITION_KEYS:
                            words.append(_CONDITION_KEYS[rest.pop(0)])
                    elif rest and rest[0].isdigit():
                        words.append(f"item {int(rest.pop(0)) + 1}")
                    break
        if rest:
            words.append(".".join(rest).replace("_", " "))
        return ", ".join(words)
    return path


# ----------------------------------------------------------------------------- data helpers


def _get(data: Any, dotted: str, default: Any = _ABSENT) -> Any:
    for key in dotted.split("."):
        if not isinstance(data, Mapping) or key not in data:
            return default
        data = data[key]
    return data


def _set(data: dict[str, Any], dotted: str, value: Any) -> None:
    *parents, last = dotted.split(".")
    if value is _ABSENT:  # nothing to write: no empty parents are made on the way (they would mean "none")
        for key in parents:
            data = data.get(key)  # type: ignore[assignment]
            if not isinstance(data, dict):
                return
        data.pop(last, None)
        return
    for key in parents:
        child = data.get(key)
        if not isinstance(child, dict):
            child = data[key] = {}
        data = child
    data[last] = value


def _number_text(value: Any) -> str:
    if isinstance(value, bool) or value is None:
        return ""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return repr(value)  # "1.0": read back as the float it was, so a save changes nothing
    return str(value)


def as_number(raw: str) -> Any:
    """A number when it is one; otherwise the text, so the schema names the field that is wrong."""
    text = raw.strip()
    for kind in (int, float):
        try:
            return kind(text)
        except ValueError:
            pass
    return text


# ----------------------------------------------------------------------------- conditions, as a builder

# "ask when [industry] [is one of] [fintech, software]": the operators in words, in the order offered.
OPERATORS: tuple[tuple[str, str], ...] = (
    ("in", "is one of"), ("not_in", "is none of"), ("eq", "is"), ("ne", "is not"), ("contains", "includes any of"),
    ("known", "is known"), ("unknown", "is not known yet"), ("gt", "is more than"), ("gte", "is at least"),
    ("lt", "is less than"), ("lte", "is at most"),
)
MODES = (("any", "any of these holds"), ("all", "all of these hold"))


def field_label(path: str) -> str:
    """``company_size.max`` -> "company size: max", ``signals.existing_customer`` -> "signal: existing customer"."""
    head, _, tail = path.partition(".")
    if head == "signals":
        return "signal: " + tail.replace("_", " ")
    return head.replace("_", " ") + (": " + tail.replace("_", " ") if tail else "")


CONDITION_FIELDS: tuple[tuple[str, str], ...] = tuple((path, field_label(path)) for path in cond.FIELDS)


@dataclass
class ConditionRows:
    """A condition group as the builder shows it; ``yaml`` is set instead for a group it cannot show
    (both ``any`` and ``all``, or not a group at all), which then stays a YAML box."""

    mode: str = "any"
    rows: list[tuple[str, str, str]] = field(default_factory=list)  # (field, op, value as typed)
    yaml: str | None = None

    def filled(self) -> bool:
        return bool(self.yaml and self.yaml.strip()) or any(f or v.strip() for f, _, v in self.rows)


def _value_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return ", ".join(_value_text(v) for v in value)
    return _number_text(value) if isinstance(value, (int, float)) else str(value)


def condition_rows(value: Any) -> ConditionRows:
    """What the builder shows for a stored condition group."""
    if value is _ABSENT or value is None or value == {}:
        return ConditionRows()
    if isinstance(value, Mapping) and set(value) <= {"any", "all"}:
        filled = [k for k in ("any", "all") if value.get(k)]
        items = value.get(filled[0]) if len(filled) == 1 else None
        if isinstance(items, list) and all(isinstance(c, Mapping) and set(c) <= {"field", "op", "value"} for c in items):
            return ConditionRows(filled[0], [(str(c.get("field", "")), str(c.get("op", "")), _value_text(c.get("value")))
                                             for c in items])
    return ConditionRows(yaml=dump_yaml(value).strip())


def _scalar(text: str, path: str) -> Any:
    if text.lower() in ("true", "false"):
        return text.lower() == "true"
    return as_number(text) if path in cond.NUMERIC_FIELDS else text


def _condition_value(path: str, op: str, text: str) -> Any:
    """The stored value of what was typed, by the operator: a list, a number, true/false or text."""
    if op in cond.VALUELESS_OPS:
        return _ABSENT
    if op in cond.LIST_OPS or op == "contains":
        return [_scalar(v, path) for v in (w.strip() for w in text.split(",")) if v]
    if op in cond.NUMERIC_OPS:
        return as_number(text)
    return _scalar(text, path) if text else _ABSENT


def _read_condition(form: Any, name: str) -> ConditionRows:
    if f"{name}.yaml" in form:
        text = form.get(f"{name}.yaml", "")
        return ConditionRows(yaml=text if isinstance(text, str) else "")
    raw = form.get(f"{name}._count", "")
    if not (isinstance(raw, str) and raw.isdigit() and int(raw) <= MAX_ROWS):  # not from the studio's page
        raise BadRequest(f"{name}._count must be a number of conditions from 0 to {MAX_ROWS}")
    count = int(raw)
    mode = form.get(f"{name}.mode", "any")
    rows = []
    for i in range(count + 1):  # the last one is the blank "add a condition" row
        if form.get(f"{name}.{i}._remove"):
            continue
        row = tuple(str(form.get(f"{name}.{i}.{k}", "") or "").strip() for k in ("field", "op", "value"))
        rows.append((row[0], row[1] or "in", row[2]))
    return ConditionRows(mode if mode in ("any", "all") else "any", rows)


def _condition_data(given: ConditionRows, original: Any, path: str, errors: dict[str, list[str]]) -> Any:
    """The stored condition group for the builder's rows (``_ABSENT``: none), errors in words by row."""
    if given.yaml is not None:
        if not given.yaml.strip():
            return _ABSENT
        try:
            return read_yaml(given.yaml)
        except PlaybookError as exc:
            errors[path] = [m for msgs in exc.errors.values() for m in msgs]
            return original
    items = []
    for path_, op, text in given.rows:
        if not path_ and not text:
            continue  # a blank row
        at = f"{path}.{given.mode}.{len(items)}"
        if not path_:
            errors.setdefault(f"{at}.field", []).append("choose a field")
        elif op not in cond.VALUELESS_OPS and not text:
            errors.setdefault(f"{at}.value", []).append("type the value to compare with, or choose 'is known'")
        item: dict[str, Any] = {"field": path_, "op": op}
        value = _condition_value(path_, op, text)
        if value is not _ABSENT:
            item["value"] = value
        items.append(item)
    return {given.mode: items} if items else _ABSENT


# ----------------------------------------------------------------------------- data -> inputs


def shown(field_: Field, value: Any) -> Any:
    """What an input shows for a stored value: text, a bool (check box) or a set (check boxes)."""
    if field_.kind == "check":
        return bool(field_.default) if value is _ABSENT else bool(value)
    if field_.kind == "choices":
        return {str(v) for v in value} if isinstance(value, (list, tuple)) else set()
    if field_.kind == "condition":
        return condition_rows(value)
    if field_.kind == "people":
        return [str(v) for v in value] if isinstance(value, (list, tuple)) else []
    if value is _ABSENT or value is None:
        return ""
    if field_.kind == "amounts":
        return "\n".join(f"{code} {_number_text(amount)}" for code, amount in value.items()) \
            if isinstance(value, Mapping) else str(value)
    if field_.kind == "number":
        return _number_text(value)
    if field_.kind in ("words", "lines"):
        items = value if isinstance(value, (list, tuple)) else [value]
        return (", " if field_.kind == "words" else "\n").join(str(v) for v in items)
    return str(value)


@dataclass
class Row:
    """One row (or the one mapping) of a part as the form shows it."""

    prefix: str  # input names start with it: ``icp.criteria.0``
    error_prefix: str  # errors for the row start with it (a territory's are keyed by its name)
    values: dict[str, Any]
    orig: int | None = None
    position: int = 0


@dataclass
class PartView:
    part: Part
    rows: list[Row]
    new_row: Row | None = None
    people: list[tuple[str, str]] = field(default_factory=list)  # (Slack user id, name) a "people" field offers


def _introduce(view: SectionView) -> SectionView:
    """Give the parts that choose people the section's people, as the form shows them (so a person added in
    this very edit is offered when the page comes back with an error)."""
    listed = next((p for p in view.parts if p.part.path == PEOPLE), None)
    if listed is None:
        return view
    people = [(str(row.values.get("id") or "").strip(), str(row.values.get("name") or "").strip())
              for row in listed.rows]
    for part_view in view.parts:
        if any(f.kind == "people" for f in part_view.part.fields):
            part_view.people = [(key, name) for key, name in people if key]
    return view


@dataclass
class SectionView:
    section: Section
    parts: list[PartView] = field(default_factory=list)


def _row_errors_prefix(part: Part, prefix: str, values: Mapping[str, Any]) -> str:
    """Where the schema reports a row's problems: by index, or by name for a mapping (a territory)."""
    if part.keyed_by:
        return f"{part.path}.{' '.join(str(values.get(part.keyed_by) or '').split())}"
    return prefix


def form_values(data: dict[str, Any]) -> list[SectionView]:
    """Every section's inputs for the stored playbook ``data``."""
    return [_introduce(SectionView(section, _views_of(data, section))) for section in SECTIONS]


def _views_of(data: dict[str, Any], section: Section) -> list[PartView]:
    views = []
    for part in section.parts:
        if not part.rows:
            values = {f.key: shown(f, _get(data, f"{part.path}.{f.key}")) for f in part.fields}
            views.append(PartView(part, [Row(part.path, part.path, values)]))
            continue
        stored = _get(data, part.path, None)
        items: list[tuple[int, dict[str, Any]]]
        if part.keyed_by and isinstance(stored, Mapping):
            others = _others(part)
            items = [(i, {part.keyed_by: k, others[0].key: v} if len(others) == 1
                      else {**(v if isinstance(v, Mapping) else {}), part.keyed_by: k})
                     for i, (k, v) in enumerate(stored.items())]
        elif isinstance(stored, list):
            items = [(i, item if isinstance(item, dict) else {}) for i, item in enumerate(stored)]
        else:
            items = []
        rows = []
        for i, item in items:
            values = {f.key: shown(f, _get(item, f.key)) for f in part.fields}
            prefix = f"{part.path}.{i}"
            rows.append(Row(prefix, _row_errors_prefix(part, prefix, values), values, orig=i, position=i + 1))
        views.append(PartView(part, rows, _blank_row(part, len(rows))))
    return views


def _others(part: Part) -> list[Field]:
    return [f for f in part.fields if f.key != part.keyed_by]


def _blank_row(part: Part, index: int) -> Row:
    values = {f.key: shown(f, _ABSENT) for f in part.fields}
    prefix = f"{part.path}.{index}"
    return Row(prefix, prefix, values, orig=None, position=index + 1)


# ----------------------------------------------------------------------------- inputs -> data


def _read_input(form: Any, name: str, field_: Field) -> Any:
    if field_.kind == "check":
        return bool(form.get(name))
    if field_.kind == "choices":
        return {c for c in field_.choices if form.get(f"{name}.{c}")}
    if field_.kind == "condition":
        return _read_condition(form, name)
    if field_.kind == "people":
        return _read_people(form, name)
    text = form.get(name, "")
    return text if isinstance(text, str) else ""


def _read_people(form: Any, name: str) -> list[str]:
    """The people chosen, in order, one list each (the last one blank, to add one); a person chosen twice counts once."""
    raw = form.get(f"{name}._count", "")
    if not (isinstance(raw, str) and raw.isdigit() and int(raw) <= MAX_ROWS):  # not from the studio's page
        raise BadRequest(f"{name}._count must be a number of people from 0 to {MAX_ROWS}")
    chosen: list[str] = []
    for i in range(int(raw) + 1):
        value = form.get(f"{name}.{i}", "")
        value = value.strip() if isinstance(value, str) else ""
        if value and value not in chosen:
            chosen.append(value)
    return chosen


def _to_data(field_: Field, raw: Any, original: Any, path: str, errors: dict[str, list[str]]) -> Any:
    """The stored value for an input (``_ABSENT``: leave the key out)."""
    kind = field_.kind
    if kind == "check":
        if original is _ABSENT and raw == bool(field_.default):
            return _ABSENT
        return raw
    if kind == "choices":
        if isinstance(original, (list, tuple)) and set(map(str, original)) == raw:
            return list(original)  # same choices: keep the stored order
        if not raw and original is _ABSENT:
            return _ABSENT
        return [c for c in field_.choices if c in raw]
    if kind == "condition":
        return _condition_data(raw, original, path, errors)
    if kind == "people":
        return _ABSENT if not raw and original is _ABSENT else list(raw)
    if kind == "amounts":
        return _amounts(raw, path, errors)
    text = raw.strip()
    if kind in ("words", "lines"):
        items = [w for w in (_WORDS.split(text) if kind == "words" else [ln.strip() for ln in text.splitlines()]) if w]
        if not items and original is _ABSENT:
            return _ABSENT
        return items
    if not text:
        if field_.optional:
            return _ABSENT if original is _ABSENT or kind != "text" else None
        return ""
    if kind == "number":
        return as_number(text)
    return " ".join(text.split())


# "USD 5000", "eur 4,500.50", "5000 GBP": a currency code and an amount, either way round. Thousands are grouped
# with commas only: "5.000" (a German five thousand, or five?) is refused rather than read as 5.
_AMOUNT = re.compile(r"(?P<code>[A-Za-z]{3})\s*(?P<amount>-?\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|-?\d+(?:\.\d{1,2})?)"
                     r"|(?P<amount2>-?\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|-?\d+(?:\.\d{1,2})?)\s*(?P<code2>[A-Za-z]{3})")


def _amounts(text: str, path: str, errors: dict[str, list[str]]) -> dict[str, Any]:
    """A price's amounts by currency from its lines; a line that is no code and amount, or a currency given twice,
    is an error at the price (the schema then checks the codes, that each amount is positive, and the default
    currency's is there)."""
    amounts: dict[str, Any] = {}
    for line in (ln.strip() for ln in text.splitlines()):
        if not line:
            continue
        found = _AMOUNT.fullmatch(line)
        if found is None:
            errors.setdefault(path, []).append(
                f"'{line}' is not a currency code and an amount: write one a line, such as USD 5000 or EUR 4500.50")
            continue
        code = (found.group("code") or found.group("code2")).upper()
        if code in amounts:
            errors.setdefault(path, []).append(f"{code} is given twice: give each currency one amount")
            continue
        amounts[code] = as_number((found.group("amount") or found.group("amount2")).replace(",", ""))
    return amounts


def _filled(raw: Any) -> bool:
    """Whether an input of the blank "add" row was filled in (a check box's default does not count)."""
    if isinstance(raw, bool):
        return False
    return raw.filled() if isinstance(raw, ConditionRows) else bool(raw)


def _count(form: Any, part: Part) -> int:
    """How many rows the page showed; anything else is not from the studio's page (400, nothing saved)."""
    raw = form.get(f"{part.path}._count", "")
    if not (isinstance(raw, str) and raw.isdigit() and int(raw) <= MAX_ROWS):
        raise BadRequest(f"{part.path}._count must be a number of rows from 0 to {MAX_ROWS}")
    return int(raw)


def apply(data: dict[str, Any], form: Any) -> tuple[list[SectionView], dict[str, list[str]]]:
    """Write the sections' inputs into ``data`` (in place); the sections as submitted, and input errors.

    Input errors are the ones only the form can have (a condition that is
    not YAML); everything else is left to the schema, which names the same
    paths the inputs are named by.
    """
    errors: dict[str, list[str]] = {}
    views = []
    for section in SECTIONS:
        view = SectionView(section)
        for part in section.parts:
            if f"{part.path}._count" not in form:  # a form without this part (an older page) leaves it as it was
                view.parts.append(next(p for p in _views_of(data, section) if p.part is part))
                continue
            if part.rows:
                view.parts.append(_apply_rows(data, part, form, errors))
                continue
            values = {}
            for f in part.fields:
                name = f"{part.path}.{f.key}"
                values[f.key] = raw = _read_input(form, name, f)
                value = _to_data(f, raw, _get(data, name), name, errors)
                if value is not _ABSENT or _get(data, part.path, None) is not None:
                    _set(data, name, value)
            view.parts.append(PartView(part, [Row(part.path, part.path, values)]))
        views.append(_introduce(view))
    return views, errors


def _apply_rows(data: dict[str, Any], part: Part, form: Any, errors: dict[str, list[str]]) -> PartView:
    stored = _get(data, part.path, None)
    if part.keyed_by:
        originals: list[Any] = list(stored.items()) if isinstance(stored, Mapping) else []
    else:
        originals = list(stored) if isinstance(stored, list) else []
    count = _count(form, part)
    submitted: list[tuple[float, int, int | None, Any, dict[str, Any]]] = []
    for i in range(count + 1):  # the last one is the blank "add" row
        prefix = f"{part.path}.{i}"
        if form.get(f"{prefix}._remove"):
            continue
        raw = {f.key: _read_input(form, f"{prefix}.{f.key}", f) for f in part.fields}
        if i == count and not any(_filled(v) for v in raw.values()):
            continue
        try:
            orig = int(form.get(f"{prefix}._orig", ""))
        except ValueError:
            orig = None
        original = originals[orig] if orig is not None and 0 <= orig < len(originals) else None
        try:
            order = float(form.get(f"{prefix}._position", "")) if part.ordered else float(i)
        except ValueError:
            order = float(i)
        submitted.append((order, i, orig if original is not None else None, original, raw))
    submitted.sort(key=lambda r: (r[0], r[1]))
    rows, items = [], []
    for index, (_, _, orig, original, raw) in enumerate(submitted):
        prefix = f"{part.path}.{index}"
        if part.keyed_by:
            others = _others(part)
            key = " ".join(str(raw[part.keyed_by]).split())
            if key in {k for k, _ in items}:  # a mapping keeps one of two equal names: say so, store neither
                errors.setdefault(f"{part.path}.{key}", []).append(f"two {part.noun} rows are named '{key}'")
            old_value = original[1] if original is not None else _ABSENT
            if len(others) == 1:
                items.append((key, _to_data(others[0], raw[others[0].key], old_value, f"{part.path}.{key}", errors)))
            else:
                value = dict(old_value) if isinstance(old_value, Mapping) else {}
                for f in others:
                    _set(value, f.key, _to_data(f, raw[f.key], _get(value, f.key), f"{part.path}.{key}.{f.key}", errors))
                for name, inner in list(value.items()):  # every day blank: no hours of its own (the defaults')
                    if isinstance(inner, dict) and inner and not any(inner.values()):
                        value.pop(name)
                items.append((key, value))
        else:
            # Keys keep their place, and keys the form does not show stay as they were.
            item = dict(original) if isinstance(original, dict) else {}
            for f in part.fields:
                value = _to_data(f, raw[f.key], _get(item, f.key), f"{prefix}.{f.key}", errors)
                _set(item, f.key, value)
            items.append(item)
        rows.append(Row(prefix, _row_errors_prefix(part, prefix, raw), raw, orig=orig, position=index + 1))
    if items or stored is not None:
        _set(data, part.path, dict(items) if part.keyed_by else items)
    return PartView(part, rows, _blank_row(part, len(rows)))
