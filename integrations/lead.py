"""A lead event's ``data`` read once into plain values every destination shares.

Destinations never dig through the payload themselves: they ask a
``LeadView`` for a name, a company or the BANT reasons, and field mappings
(``integrations.mapping``) pick from ``LeadView.facts()`` by name. Reading is
tolerant on purpose: an event from an older or newer service still lands,
with what is missing left out rather than crashing the delivery.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, Mapping, Sequence

import pycountry
from babel import Locale, UnknownLocaleError

from nlu.attributes import Attributes, ContractError
from scheduling import CALL_KINDS, CallMethod
from scheduling.call import problems as call_problems
from scheduling.call import where

NOT_PROVIDED = "[not provided]"
STAGE_LABELS = {"iql": "IQL", "mql": "MQL", "sql": "SQL", "pql": "PQL", "disqualified": "Disqualified"}
BANT_LETTERS = (("budget", "B", "Budget"), ("authority", "A", "Authority"),
                ("need", "N", "Need"), ("timing", "T", "Timing"))
UTM_FIELDS = ("source", "medium", "campaign", "term", "content")


@dataclass(frozen=True)
class BantItem:
    """One BANT letter as qualification judged it (``qualification.LetterScore``)."""

    key: str
    letter: str
    label: str
    points: int | float | None
    max_points: int | float | None
    reason: str

    @property
    def met(self) -> bool | None:
        """Met when at least half the points were earned; None when there are no points to judge."""
        if self.points is None or not self.max_points:
            return None
        return self.points >= self.max_points / 2


@dataclass(frozen=True)
class IcpItem:
    """One ICP criterion (``qualification.Criterion``); ``met`` is None while unknown."""

    name: str
    met: bool | None
    reason: str

    @property
    def line(self) -> str:
        return f"{self.name}: {self.reason}" if self.reason else self.name


@dataclass(frozen=True)
class Call:
    """The call booked in the chat (``data.booking``), read once: CRMs write it as a meeting,
    an Event or an activity, each in its own format, all from these UTC times."""

    id: str | None
    starts_at: datetime
    ends_at: datetime
    owner: str | None

    @property
    def minutes(self) -> int:
        return max(1, round((self.ends_at - self.starts_at).total_seconds() / 60))

    @staticmethod
    def iso(moment: datetime) -> str:
        """UTC ISO 8601 to the second with ``Z``: what Salesforce and HubSpot both read."""
        return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")

    @staticmethod
    def epoch_ms(moment: datetime) -> int:
        """Milliseconds since the epoch: the form every HubSpot date-time property accepts."""
        return int(moment.timestamp() * 1000)


def _moment(value: Any) -> datetime | None:
    """An aware UTC datetime from an ISO 8601 text with an offset; None for anything else."""
    if not isinstance(value, str) or not value:
        return None
    try:
        moment = datetime.fromisoformat(value[:-1] + "+00:00" if value.endswith("Z") else value)
    except ValueError:
        return None
    return moment.astimezone(timezone.utc) if moment.tzinfo is not None else None


def _as_mapping(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _as_list(value: Any) -> list[Mapping[str, Any]]:
    if isinstance(value, Sequence) and not isinstance(value, str):
        return [entry for entry in value if isinstance(entry, Mapping)]
    return []


def _country_name(code: str | None) -> str | None:
    """The ISO 3166 short name of a country code (``DE`` -> ``Germany``), for CRMs that want names."""
    if not code:
        return None
    country = pycountry.countries.get(alpha_2=code.upper())
    return country.name if country else None


def _language_name(code: str | None) -> str | None:
    """The English name of an ISO 639-1 code (``de`` -> ``German``), from CLDR through babel."""
    if not code:
        return None
    try:
        return Locale.parse(code).get_display_name("en")
    except (UnknownLocaleError, ValueError, TypeError):
        return None


def _text(value: Any) -> str | None:
    if value is None or value == "":
        return None
    return value if isinstance(value, str) else str(value)


def _string(value: Any) -> str | None:
    """A text the visitor's browser sent, or None: anything else (a list, a number) was not one."""
    return value if isinstance(value, str) and value else None


def _number(value: Any) -> int | float | None:
    return value if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def _bant_text(item: BantItem) -> str:
    """``21/30 — reason``: the points say how strong, the reason says why."""
    points = f"{item.points:g}/{item.max_points:g}" if item.points is not None and item.max_points else "unknown"
    return points + (f" — {item.reason}" if item.reason else "")


def _number_text(value: float | int) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"


class LeadView:
    """The lead of one event; ``data`` is the payload's ``data`` object."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        self.data = _as_mapping(data)
        self.attributes = self._attributes(dict(_as_mapping(self.data.get("attributes"))))
        self.qualification = _as_mapping(self.data.get("qualification"))

    @staticmethod
    def _attributes(raw: dict[str, Any]) -> Attributes:
        """The contract's attributes, leaving out any field that breaks it rather than all of them."""
        while True:
            try:
                return Attributes.from_dict(raw)
            except ContractError as error:
                key = error.path.split(".")[0]
                if key not in raw:
                    return Attributes()
                del raw[key]

    # who
    @property
    def id(self) -> str:
        return str(self.data.get("id") or "")

    @property
    def email(self) -> str | None:
        return self.attributes.email.address if self.attributes.email else None

    @property
    def free_mail(self) -> bool:
        return bool(self.attributes.email and self.attributes.email.free_mail)

    @property
    def email_domain(self) -> str | None:
        """The company's domain, when the address is not a consumer mailbox."""
        if not self.email or self.free_mail or "@" not in self.email:
            return None
        return self.email.rsplit("@", 1)[1].lower()

    @property
    def name(self) -> str | None:
        return _text(self.attributes.name and self.attributes.name.strip())

    @property
    def first_name(self) -> str | None:
        parts = (self.name or "").split()
        return " ".join(parts[:-1]) or None if len(parts) > 1 else None

    @property
    def last_name(self) -> str | None:
        parts = (self.name or "").split()
        return parts[-1] if parts else None

    @property
    def company(self) -> str | None:
        return _text(self.attributes.company and self.attributes.company.strip())

    @property
    def title(self) -> str | None:
        return self.attributes.authority.title if self.attributes.authority else None

    @property
    def display_name(self) -> str:
        return self.name or self.email or self.company or "Unnamed visitor"

    # where it stands
    @property
    def stage(self) -> str | None:
        return _text(self.data.get("stage") or self.qualification.get("stage"))

    @property
    def stage_label(self) -> str:
        return STAGE_LABELS.get(self.stage or "", (self.stage or "unknown").upper())

    @property
    def score(self) -> int | float | None:
        score = _number(self.data.get("score"))
        return score if score is not None else _number(self.qualification.get("score"))

    @property
    def grade(self) -> str | None:
        return _text(self.data.get("grade") or self.qualification.get("grade"))

    @property
    def status(self) -> str:
        return _text(self.data.get("status")) or "open"

    @property
    def left_mid_conversation(self) -> bool:
        """The visitor gave an email and consent and then left: sent on as it stood (``data.conversation``)."""
        return self.data.get("conversation") == "abandoned"

    @property
    def status_reason(self) -> str | None:
        return _text(self.data.get("status_reason"))

    @property
    def owner(self) -> str | None:
        return _text(self.data.get("owner"))

    @property
    def suggested_owner(self) -> str | None:
        return _text(self.data.get("suggested_owner"))

    @property
    def route(self) -> Mapping[str, Any]:
        return _as_mapping(self.qualification.get("route"))

    @property
    def slack_channel(self) -> str | None:
        return _text(self.route.get("slack_channel"))

    # why
    def bant(self) -> list[BantItem]:
        """The BANT letters qualification judged, in B-A-N-T order."""
        by_key = {str(entry.get("letter") or "").lower(): entry for entry in _as_list(self.qualification.get("bant"))}
        items = []
        for key, letter, label in BANT_LETTERS:
            entry = by_key.get(key) or by_key.get(letter.lower())
            if entry is not None:
                items.append(BantItem(key, letter, label, _number(entry.get("points")),
                                      _number(entry.get("max_points")), _text(entry.get("reason")) or ""))
        return items

    def icp(self) -> list[IcpItem]:
        return [IcpItem(_text(entry.get("name")) or "criterion",
                        entry.get("met") if isinstance(entry.get("met"), bool) else None,
                        _text(entry.get("reason")) or "")
                for entry in _as_list(self.qualification.get("icp"))]

    def icp_lines(self, met: bool | None) -> list[str]:
        return [item.line for item in self.icp() if item.met is met]

    def answers(self) -> list[tuple[str, str]]:
        out = []
        for entry in self.data.get("answers") or ():
            entry = _as_mapping(entry)
            text = _text(entry.get("text"))
            if text:
                question = _text(entry.get("question") or entry.get("question_id")) or "answer"
                out.append((question, text))
        return out

    # where from, in which language
    @property
    def language(self) -> str | None:
        """The conversation's language, ISO 639-1 (``data.language``)."""
        code = _string(self.data.get("language"))
        return code.lower() if code else None

    @property
    def language_name(self) -> str | None:
        return _language_name(self.language)

    @property
    def attribution(self) -> Mapping[str, Any]:
        """Where the visitor came from (``data.attribution``): channel, page, referrer, utm."""
        return _as_mapping(self.data.get("attribution"))

    def utm(self) -> dict[str, str]:
        sent = _as_mapping(self.attribution.get("utm"))
        return {name: value for name in UTM_FIELDS if (value := _string(sent.get(name)))}

    def attribution_text(self) -> str | None:
        """One line for a description: the page, then the campaign's UTM values, then the referrer."""
        parts = []
        if page := _string(self.attribution.get("page")):
            parts.append(f"page {page}")
        if utm := self.utm():
            parts.append("UTM " + ", ".join(f"{name} {value}" for name, value in utm.items()))
        if referrer := _string(self.attribution.get("referrer")):
            parts.append(f"referred by {referrer}")
        return "; ".join(parts) or None

    @property
    def booking(self) -> Mapping[str, Any] | None:
        booking = self.data.get("booking")
        return booking if isinstance(booking, Mapping) and booking.get("starts_at") else None

    def call_way(self) -> str | None:
        """How the booked call happens, in one line for the team (``scheduling.call.where``: the link, the address,
        "Phone: <number>"), from the booking the service wrote (``booking.call``); None when it does not say."""
        way = (self.booking or {}).get("call")
        if not isinstance(way, Mapping) or way.get("kind") not in CALL_KINDS:
            return None
        at = way.get("at")
        if (at is not None and not isinstance(at, str)) or call_problems(way["kind"], at):
            return None  # not what the service writes: nothing rather than a stranger's text in a calendar
        return where(CallMethod(way["kind"], at))

    def call(self) -> Call | None:
        """The booked call, when the booking has a readable start (and an end after it)."""
        booking = self.booking
        starts_at = _moment(booking.get("starts_at")) if booking else None
        if booking is None or starts_at is None:
            return None
        ends_at = _moment(booking.get("ends_at"))
        if ends_at is None or ends_at <= starts_at:
            return None
        return Call(id=_text(booking.get("id")), starts_at=starts_at, ends_at=ends_at, owner=_text(booking.get("owner")))

    @property
    def call_title(self) -> str:
        """What the call is called in a salesperson's calendar."""
        who = self.name or self.email or "a visitor"
        return f"Call with {who}" + (f" ({self.company})" if self.company else "")

    def crm_links(self) -> dict[str, str]:
        """Links to this lead's CRM records, as the service passes them on (``data.links``)."""
        links = _as_mapping(self.data.get("links"))
        return {str(k): v for k, v in links.items() if isinstance(v, str) and v.startswith("https://")}

    # what it is worth
    @property
    def budget_amount(self) -> int | float | None:
        budget = self.attributes.budget
        if not budget:
            return None
        return budget.max if budget.max is not None else budget.min

    @property
    def currency(self) -> str | None:
        budget, revenue = self.attributes.budget, self.attributes.revenue
        return (budget and budget.currency) or (revenue and revenue.currency) or None

    def budget_text(self) -> str | None:
        budget = self.attributes.budget
        if not budget:
            return None
        if budget.status == "none":
            return "no budget yet"
        if budget.min is None and budget.max is None:
            return None
        cur = f" {budget.currency}" if budget.currency else ""
        if budget.min is not None and budget.max is not None and budget.min != budget.max:
            amount = f"{_number_text(budget.min)}–{_number_text(budget.max)}"
        elif budget.min is not None and budget.max is None:
            amount = f"over {_number_text(budget.min)}"
        elif budget.max is not None and budget.min is None:
            amount = f"up to {_number_text(budget.max)}"
        else:
            amount = _number_text(budget.max if budget.max is not None else budget.min)
        period = f" per {budget.period}" if budget.period and budget.period != "one_time" else ""
        return f"{amount}{cur}{period}"

    def timing_text(self) -> str | None:
        timing = self.attributes.timing
        if not timing:
            return None
        if timing.status == "no_timeline":
            return "just researching"
        if timing.target_date:
            return f"by {timing.target_date}"
        if timing.horizon_days is not None:
            return f"within {timing.horizon_days} days"
        return None

    def company_size_text(self) -> str | None:
        size = self.attributes.company_size
        if not size or (size.min is None and size.max is None):
            return None
        if size.min is not None and size.max is not None and size.min != size.max:
            return f"{_number_text(size.min)}–{_number_text(size.max)} employees"
        return f"{_number_text(size.max if size.max is not None else size.min)} employees"

    def bant_summary(self) -> str:
        return "\n".join(f"{b.label}: {_bant_text(b)}" for b in self.bant())

    def summary(self) -> str:
        """A plain-text brief for a CRM's description field."""
        met, missed = self.icp_lines(True), self.icp_lines(False)
        lines = [f"Stage {self.stage_label}, score {self.score if self.score is not None else '?'}"
                 f", ICP grade {self.grade or '?'}"]
        if self.status != "open":
            lines.append(f"Status: {self.status}" + (f" ({self.status_reason})" if self.status_reason else ""))
        if bant := self.bant_summary():
            lines += ["", "BANT", bant]
        if met or missed:
            lines += ["", "ICP met: " + (", ".join(met) or "none"), "ICP missed: " + (", ".join(missed) or "none")]
        if self.attributes.need and self.attributes.need.summary:
            lines += ["", f"Need: {self.attributes.need.summary}"]
        origin = [f"Language: {self.language_name or self.language}"] if self.language else []
        if came_from := self.attribution_text():
            origin.append(f"Came from: {came_from}")
        if origin:
            lines += ["", *origin]
        return "\n".join(lines)

    def facts(self) -> dict[str, Any]:
        """Every value a field mapping may name; ``None`` where unknown."""
        attrs = self.attributes
        met, missed = self.icp_lines(True), self.icp_lines(False)
        bant = {b.key: b for b in self.bant()}
        size = attrs.company_size
        revenue = attrs.revenue
        call = self.call()
        facts: dict[str, Any] = {
            "lead_id": self.id,
            "source": _text(self.data.get("source")),
            "status": self.status,
            "status_reason": self.status_reason,
            "owner": self.owner,
            # Set by a CRM destination from its owners map (``integrations.owners``): the owner's
            # id in that CRM, or, when the Slack user is not mapped, a note saying so.
            "crm_owner": None,
            "owner_note": None,
            "suggested_owner": self.suggested_owner,
            "stage": self.stage,
            "stage_label": self.stage_label,
            "score": self.score,
            "grade": self.grade,
            "email": self.email,
            "email_domain": self.email_domain,
            "name": self.name,
            "first_name": self.first_name,
            "last_name": self.last_name,
            "display_name": self.display_name,
            "lead_title": f"{self.company or self.display_name} ({self.stage_label} lead)",
            "company": self.company,
            "title": self.title,
            "seniority": attrs.authority.seniority if attrs.authority else None,
            "role": attrs.authority.role if attrs.authority else None,
            "industry": attrs.industry,
            "country": attrs.location.country if attrs.location else None,
            "country_name": _country_name(attrs.location.country if attrs.location else None),
            "city": attrs.location.city if attrs.location else None,
            "employees": (size.max if size.max is not None else size.min) if size else None,
            "company_size": self.company_size_text(),
            "annual_revenue": (revenue.min if revenue.min is not None else revenue.max) if revenue else None,
            "budget_amount": self.budget_amount,
            "currency": self.currency,
            "budget": self.budget_text(),
            "timing": self.timing_text(),
            "target_date": attrs.timing.target_date if attrs.timing else None,
            "need": attrs.need.summary if attrs.need else None,
            "need_categories": ";".join(attrs.need.categories) if attrs.need else None,
            "tech_stack": ", ".join(attrs.tech_stack) or None,
            "icp_met": ", ".join(met) or None,
            "icp_missed": ", ".join(missed) or None,
            "bant_summary": self.bant_summary() or None,
            "summary": self.summary(),
            "booked_at": Call.iso(start) if (start := _moment((self.booking or {}).get("starts_at"))) else None,
            "call_way": call and self.call_way(),
            "booked_at_ms": call and Call.epoch_ms(call.starts_at),
            "booked_until": call and Call.iso(call.ends_at),
            "booked_until_ms": call and Call.epoch_ms(call.ends_at),
            "booked_date": call and call.starts_at.strftime("%Y-%m-%d"),
            "booked_time": call and call.starts_at.strftime("%H:%M"),
            "booked_minutes": call and call.minutes,
            "booked_duration": call and f"{call.minutes // 60:02d}:{call.minutes % 60:02d}",
            "booking_id": call and call.id,
            "booking_owner": call and call.owner,
            "call_title": self.call_title if call else None,
            "language": self.language,
            "language_name": self.language_name,
            "channel": _string(self.attribution.get("channel")),
            "page": _string(self.attribution.get("page")),
            "referrer": _string(self.attribution.get("referrer")),
            "attribution": self.attribution_text(),
            **{f"utm_{name}": self.utm().get(name) for name in UTM_FIELDS},
            "created_at": _text(self.data.get("created_at")),
            "updated_at": _text(self.data.get("updated_at")),
            "not_provided": NOT_PROVIDED,
        }
        for key, _letter, _label in BANT_LETTERS:
            item = bant.get(key)
            facts[f"bant_{key}"] = None if item is None else _bant_text(item)
        return facts
