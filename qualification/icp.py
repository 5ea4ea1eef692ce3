"""ICP fit: how closely a lead's company looks like the customers we serve best, graded A to D."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from nlu.attributes import Attributes

from .bant import midpoint
from .playbook import Company, Exclusions, Icp, IcpCriterion, company_key
from .wording import clip, clip_list


@dataclass(frozen=True, slots=True)
class Criterion:
    """One ICP trait for this lead: ``met`` is None when the visitor has not told us."""

    name: str
    met: bool | None
    weight: float
    reason: str

    def to_dict(self) -> dict[str, object]:
        return {"name": self.name, "met": self.met, "weight": self.weight, "reason": self.reason}


def _label(value: str) -> str:
    return value.replace("_", " ")


def _in_range(value: float, c: IcpCriterion) -> bool:
    return (c.min is None or value >= c.min) and (c.max is None or value <= c.max)


def _range_words(c: IcpCriterion, unit: str) -> str:
    if c.min is not None and c.max is not None:
        return f"{c.min:,.0f}-{c.max:,.0f}{unit}"
    return f"at least {c.min:,.0f}{unit}" if c.min is not None else f"at most {c.max:,.0f}{unit}"


def _industry(c: IcpCriterion, attrs: Attributes, company: Company) -> Criterion:
    if attrs.industry is None:
        return Criterion(c.name, None, c.weight, "industry unknown")
    met = attrs.industry in c.value_set
    return Criterion(c.name, met, c.weight, f"{_label(attrs.industry)}{'' if met else ': not a target industry'}")


def _country(c: IcpCriterion, attrs: Attributes, company: Company) -> Criterion:
    country = attrs.location.country if attrs.location is not None else None
    if country is None:
        return Criterion(c.name, None, c.weight, "country unknown")
    met = country in c.value_set
    return Criterion(c.name, met, c.weight, f"{country}{'' if met else ': not a market we serve'}")


def _tech_stack(c: IcpCriterion, attrs: Attributes, company: Company) -> Criterion:
    if not attrs.tech_stack:
        return Criterion(c.name, None, c.weight, "tools unknown")
    used = [t for t in attrs.tech_stack if t in c.value_set]
    if used:
        return Criterion(c.name, True, c.weight, "uses " + clip_list(used))
    return Criterion(c.name, False, c.weight, "uses none of our tools (" + clip_list(attrs.tech_stack) + ")")


def _company_size(c: IcpCriterion, attrs: Attributes, company: Company) -> Criterion:
    size = attrs.company_size
    heads = midpoint(size.min, size.max) if size is not None else None
    if heads is None:
        return Criterion(c.name, None, c.weight, "company size unknown")
    met = _in_range(heads, c)
    return Criterion(c.name, met, c.weight, f"about {heads:,.0f} people" + ("" if met else f": outside {_range_words(c, ' people')}"))


def _revenue(c: IcpCriterion, attrs: Attributes, company: Company) -> Criterion:
    revenue = attrs.revenue
    amount = midpoint(revenue.min, revenue.max) if revenue is not None else None
    if amount is None:
        return Criterion(c.name, None, c.weight, "revenue unknown")
    converted = company.to_default_currency(amount, revenue.currency)
    if converted is None:
        return Criterion(c.name, None, c.weight, f"revenue in {revenue.currency}: no exchange rate in the playbook")
    met = _in_range(converted, c)
    words = f"about {converted:,.0f} {company.default_currency} a year"
    return Criterion(c.name, met, c.weight, words + ("" if met else f": outside {_range_words(c, ' ' + company.default_currency)}"))


_ASSESS: dict[str, Callable[[IcpCriterion, Attributes, Company], Criterion]] = {
    "industry": _industry,
    "country": _country,
    "tech_stack": _tech_stack,
    "company_size": _company_size,
    "revenue": _revenue,
}


def assess_icp(attrs: Attributes, icp: Icp, company: Company) -> tuple[tuple[Criterion, ...], float, str]:
    """The criteria with reasons, the fit (0-100: share of weight earned) and the grade."""
    criteria = tuple(_ASSESS[c.kind](c, attrs, company) for c in icp.criteria)
    earned = 0.0
    for c in criteria:
        if c.met:
            earned += c.weight
        elif c.met is None:
            earned += c.weight * icp.unknown_credit
    fit = 100.0 * earned / icp.total_weight
    return criteria, fit, icp.grade(fit)


def excluded(attrs: Attributes, exclusions: Exclusions) -> str | None:
    """Why this lead is never a prospect (a competitor, an industry we do not serve), or None."""
    if attrs.company and exclusions.company_keys and company_key(attrs.company) in exclusions.company_keys:
        return f"{clip(attrs.company)} is on the exclusion list (competitor)"
    if attrs.email is not None and exclusions.domain_set:
        domain = attrs.email.address.rpartition("@")[2].lower()
        if domain in exclusions.domain_set:
            return f"email domain {domain} is excluded (competitor)"
    if attrs.industry is not None and attrs.industry in exclusions.industries:
        return f"industry {_label(attrs.industry)} is excluded"
    if attrs.location is not None and attrs.location.country in exclusions.countries:
        return f"country {attrs.location.country} is excluded"
    return None
