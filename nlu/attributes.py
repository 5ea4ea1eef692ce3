"""The lead contract in code: what a visitor's words become.

Every part of the product speaks this shape (``shared/lead-contract.md``): the
extractor produces it, ``qualification`` scores it, the service stores it as
JSON and destinations receive it. The dataclasses are immutable so a value
handed from one part to another cannot be changed behind its back; ``to_dict``
and ``from_dict`` are the only ways in and out of JSON.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from typing import Any, Mapping

PERIODS = ("one_time", "month", "quarter", "year")
BUDGET_STATUSES = ("stated", "none", "unknown")
SENIORITIES = ("c_level", "vp", "director", "manager", "individual_contributor", "unknown")
ROLES = ("decision_maker", "influencer", "user", "unknown")
TIMING_STATUSES = ("stated", "no_timeline", "unknown")
INDUSTRIES = (
    "software", "fintech", "financial_services", "healthcare", "manufacturing",
    "retail_ecommerce", "education", "professional_services", "real_estate",
    "marketing_advertising", "nonprofit", "government", "logistics", "hospitality",
    "energy", "telecom", "construction", "agriculture", "media_entertainment", "other",
)
NEED_CATEGORIES = (
    "lead_generation", "seo", "paid_ads", "social_media", "content_marketing",
    "email_marketing", "marketing_automation", "crm", "website", "analytics",
)
# Who the visitor is when that alone decides the lead (an addition to the
# contract: "Fields may be added"). Students, job seekers, competitors and
# vendors selling to us are disqualified by the default playbook.
PERSONAS = ("student", "job_seeker", "competitor", "vendor", "existing_customer")

Number = int | float


class ContractError(ValueError):
    """An attributes object that does not follow the contract; ``path`` names the field."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
        self.message = message


def _number(value: Any, path: str) -> Number | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ContractError(path, "must be a number or null")
    if isinstance(value, int):
        if value.bit_length() > 1023:  # past any float: scoring it would overflow (``OverflowError``)
            raise ContractError(path, "is too large")
        return value
    if value != value or value in (float("inf"), float("-inf")):
        raise ContractError(path, "must be a finite number")
    return int(value) if value.is_integer() else value


def _text(value: Any, path: str, *, choices: tuple[str, ...] | None = None) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise ContractError(path, "must be a string or null")
    if choices is not None and value not in choices:
        raise ContractError(path, f"must be one of {', '.join(choices)}")
    return value


def _object(value: Any, path: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise ContractError(path, "must be an object")
    return value


def _rest(cls: type, data: Mapping[str, Any]) -> dict[str, Any]:
    """Keys of a nested object this version does not know: kept, since "fields may be added"."""
    known = {f.name for f in fields(cls)}
    return {key: value for key, value in data.items() if key not in known}


@dataclass(frozen=True)
class Budget:
    min: Number | None = None
    max: Number | None = None
    currency: str | None = None
    period: str | None = None
    status: str = "stated"
    # Keys this version does not know, passed on as they came; not part of equality.
    extra: Mapping[str, Any] = field(default_factory=dict, compare=False)

    @classmethod
    def from_dict(cls, data: Any, path: str = "budget") -> "Budget":
        data = _object(data, path)
        currency = _text(data.get("currency"), f"{path}.currency")
        if currency is not None and (len(currency) != 3 or not currency.isalpha()):
            raise ContractError(f"{path}.currency", "must be an ISO 4217 code")
        return cls(
            min=_number(data.get("min"), f"{path}.min"),
            max=_number(data.get("max"), f"{path}.max"),
            currency=currency.upper() if currency else None,
            period=_text(data.get("period"), f"{path}.period", choices=PERIODS),
            status=_text(data.get("status", "stated"), f"{path}.status", choices=BUDGET_STATUSES)
            or "stated",
            extra=_rest(cls, data),
        )


@dataclass(frozen=True)
class Authority:
    title: str | None = None
    seniority: str = "unknown"
    role: str = "unknown"
    # Keys this version does not know, passed on as they came; not part of equality.
    extra: Mapping[str, Any] = field(default_factory=dict, compare=False)

    @classmethod
    def from_dict(cls, data: Any, path: str = "authority") -> "Authority":
        data = _object(data, path)
        return cls(
            title=_text(data.get("title"), f"{path}.title"),
            seniority=_text(data.get("seniority", "unknown"), f"{path}.seniority", choices=SENIORITIES)
            or "unknown",
            role=_text(data.get("role", "unknown"), f"{path}.role", choices=ROLES) or "unknown",
            extra=_rest(cls, data),
        )


@dataclass(frozen=True)
class Need:
    summary: str | None = None
    categories: tuple[str, ...] = ()
    # Keys this version does not know, passed on as they came; not part of equality.
    extra: Mapping[str, Any] = field(default_factory=dict, compare=False)

    @classmethod
    def from_dict(cls, data: Any, path: str = "need") -> "Need":
        data = _object(data, path)
        categories = data.get("categories") or ()
        if not isinstance(categories, (list, tuple)) or not all(isinstance(c, str) for c in categories):
            raise ContractError(f"{path}.categories", "must be a list of strings")
        return cls(summary=_text(data.get("summary"), f"{path}.summary"), categories=tuple(categories),
                   extra=_rest(cls, data))


@dataclass(frozen=True)
class Timing:
    horizon_days: int | None = None
    target_date: str | None = None  # ISO date
    status: str = "stated"
    # Keys this version does not know, passed on as they came; not part of equality.
    extra: Mapping[str, Any] = field(default_factory=dict, compare=False)

    @classmethod
    def from_dict(cls, data: Any, path: str = "timing") -> "Timing":
        data = _object(data, path)
        horizon = _number(data.get("horizon_days"), f"{path}.horizon_days")
        return cls(
            horizon_days=None if horizon is None else int(horizon),
            target_date=_text(data.get("target_date"), f"{path}.target_date"),
            status=_text(data.get("status", "stated"), f"{path}.status", choices=TIMING_STATUSES)
            or "stated",
            extra=_rest(cls, data),
        )


@dataclass(frozen=True)
class Range:
    """A head count or an amount that may be open at either end."""

    min: Number | None = None
    max: Number | None = None
    # Keys this version does not know, passed on as they came; not part of equality.
    extra: Mapping[str, Any] = field(default_factory=dict, compare=False)

    @classmethod
    def from_dict(cls, data: Any, path: str) -> "Range":
        data = _object(data, path)
        return cls(min=_number(data.get("min"), f"{path}.min"), max=_number(data.get("max"), f"{path}.max"),
                   extra=_rest(cls, data))


@dataclass(frozen=True)
class Revenue:
    min: Number | None = None
    max: Number | None = None
    currency: str | None = None
    # Keys this version does not know, passed on as they came; not part of equality.
    extra: Mapping[str, Any] = field(default_factory=dict, compare=False)

    @classmethod
    def from_dict(cls, data: Any, path: str = "revenue") -> "Revenue":
        data = _object(data, path)
        return cls(
            min=_number(data.get("min"), f"{path}.min"),
            max=_number(data.get("max"), f"{path}.max"),
            currency=_text(data.get("currency"), f"{path}.currency"),
            extra=_rest(cls, data),
        )


@dataclass(frozen=True)
class Location:
    country: str | None = None  # ISO 3166-1 alpha-2
    city: str | None = None
    # Keys this version does not know, passed on as they came; not part of equality.
    extra: Mapping[str, Any] = field(default_factory=dict, compare=False)

    @classmethod
    def from_dict(cls, data: Any, path: str = "location") -> "Location":
        data = _object(data, path)
        country = _text(data.get("country"), f"{path}.country")
        if country is not None and (len(country) != 2 or not country.isalpha()):
            raise ContractError(f"{path}.country", "must be an ISO 3166-1 alpha-2 code")
        return cls(country=country.upper() if country else None, city=_text(data.get("city"), f"{path}.city"),
                   extra=_rest(cls, data))


@dataclass(frozen=True)
class Email:
    address: str
    free_mail: bool = False
    # Keys this version does not know, passed on as they came; not part of equality.
    extra: Mapping[str, Any] = field(default_factory=dict, compare=False)

    @classmethod
    def from_dict(cls, data: Any, path: str = "email") -> "Email":
        data = _object(data, path)
        address = _text(data.get("address"), f"{path}.address")
        if not address:
            raise ContractError(f"{path}.address", "is required")
        free_mail = data.get("free_mail", False)
        if not isinstance(free_mail, bool):
            raise ContractError(f"{path}.free_mail", "must be true or false")
        return cls(address=address, free_mail=free_mail, extra=_rest(cls, data))


_NESTED: dict[str, Any] = {
    "budget": Budget.from_dict,
    "authority": Authority.from_dict,
    "need": Need.from_dict,
    "timing": Timing.from_dict,
    "company_size": lambda data: Range.from_dict(data, "company_size"),
    "revenue": Revenue.from_dict,
    "location": Location.from_dict,
    "email": Email.from_dict,
}


@dataclass(frozen=True)
class Attributes:
    """What is known about a lead; ``None`` means the visitor has not said."""

    budget: Budget | None = None
    authority: Authority | None = None
    need: Need | None = None
    timing: Timing | None = None
    company_size: Range | None = None
    revenue: Revenue | None = None
    industry: str | None = None
    location: Location | None = None
    tech_stack: tuple[str, ...] = ()
    email: Email | None = None
    name: str | None = None
    company: str | None = None
    persona: str | None = None
    extra: Mapping[str, Any] = field(default_factory=dict, compare=False)

    @classmethod
    def from_dict(cls, data: Any) -> "Attributes":
        """Read contract JSON; raises ``ContractError`` naming the first bad field.

        Unknown keys are kept in ``extra`` (the contract lets fields be added)
        so nothing a newer part sent is lost when an older part passes it on.
        """
        data = _object(data, "attributes")
        values: dict[str, Any] = {}
        extra: dict[str, Any] = {}
        for key, value in data.items():
            if value is None:
                continue
            if key in _NESTED:
                values[key] = _NESTED[key](value)
            elif key == "industry":
                values[key] = _text(value, key, choices=INDUSTRIES)
            elif key == "persona":
                values[key] = _text(value, key, choices=PERSONAS)
            elif key in ("name", "company"):
                values[key] = _text(value, key)
            elif key == "tech_stack":
                if not isinstance(value, (list, tuple)) or not all(isinstance(t, str) for t in value):
                    raise ContractError(key, "must be a list of strings")
                values[key] = tuple(value)
            else:
                extra[key] = value
        return cls(**values, extra=extra)

    def to_dict(self) -> dict[str, Any]:
        """Contract JSON: absent keys for what is unknown, nested objects as plain dicts."""
        out: dict[str, Any] = {}
        for f in fields(self):
            if f.name == "extra":
                continue
            value = getattr(self, f.name)
            if value is None or value == ():
                continue
            if f.name == "tech_stack":
                out[f.name] = list(value)
            elif hasattr(value, "__dataclass_fields__"):
                known = {
                    k.name: list(v) if isinstance(v := getattr(value, k.name), tuple) else v
                    for k in fields(value) if k.name != "extra"
                }
                out[f.name] = {**value.extra, **known}
            else:
                out[f.name] = value
        for key, value in self.extra.items():
            out.setdefault(key, value)
        return out

    def merge(self, newer: "Attributes") -> "Attributes":
        """What a later answer adds to or corrects in what was known.

        A field the newer answer states replaces the older one (a correction
        such as "actually closer to 80k"); tech stacks and need categories
        accumulate because visitors list them across several messages.
        """
        changes: dict[str, Any] = {}
        for f in fields(self):
            new = getattr(newer, f.name)
            if f.name == "extra":
                changes["extra"] = {**self.extra, **new}
            elif f.name == "tech_stack":
                changes[f.name] = tuple(dict.fromkeys(self.tech_stack + new))
            elif f.name == "need" and new is not None and self.need is not None:
                changes[f.name] = replace(
                    new, summary=new.summary or self.need.summary,
                    categories=tuple(dict.fromkeys(self.need.categories + new.categories)),
                )
            elif new is not None:
                changes[f.name] = new
        return replace(self, **changes)
