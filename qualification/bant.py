"""BANT: budget, authority, need and timing, each worth the points the playbook gives it."""

from __future__ import annotations

from dataclasses import dataclass

from nlu.attributes import Attributes, Authority, Budget, Need, Timing

from .playbook import AuthorityRule, Bant, BudgetRule, Company, NeedRule, TimingRule
from .wording import clip

_PERIOD_WORDS = {"one_time": "one-off", "month": "a month", "quarter": "a quarter", "year": "a year"}


@dataclass(frozen=True, slots=True)
class LetterScore:
    """One BANT letter: the points earned out of ``max_points`` and why, in words a salesperson reads."""

    letter: str
    points: int
    max_points: int
    reason: str

    def to_dict(self) -> dict[str, object]:
        return {"letter": self.letter, "points": self.points, "max_points": self.max_points, "reason": self.reason}


def _letter(letter: str, max_points: int, share: float, reason: str) -> LetterScore:
    return LetterScore(letter, int(share * max_points + 0.5), max_points, reason)


def _money(amount: float, currency: str) -> str:
    return f"{amount:,.0f} {currency}"


def midpoint(low: float | None, high: float | None) -> float | None:
    """One figure for a range the visitor gave: the middle, or whichever end they said."""
    if low is not None and high is not None:
        return (low + high) / 2
    return low if low is not None else high


def score_budget(budget: Budget | None, rule: BudgetRule, company: Company) -> LetterScore:
    if budget is None:
        return _letter("budget", rule.points, 0, "budget not discussed yet")
    if budget.status == "none":
        return _letter("budget", rule.points, 0, "no budget set aside yet")
    amount = midpoint(budget.min, budget.max)
    if budget.status == "unknown" or amount is None:
        return _letter("budget", rule.points, rule.unknown_share, "does not know the budget yet")
    currency = budget.currency or company.default_currency
    converted = company.to_default_currency(amount, currency)
    if converted is None:
        return _letter(
            "budget", rule.points, rule.unknown_share,
            f"{_money(amount, currency)}: no exchange rate for {currency} in the playbook",
        )
    period = budget.period or "one_time"
    yearly = converted * rule.period_factors[period]
    stated = f"{_money(amount, currency)} {_PERIOD_WORDS[period]}"
    if yearly != amount or currency != company.default_currency:
        stated += f" (~{_money(yearly, company.default_currency)} a year)"
    for tier in rule.sorted_tiers:
        if yearly >= tier.at_least:
            return _letter("budget", rule.points, tier.share, f"{stated}: at least {_money(tier.at_least, company.default_currency)}")
    return _letter("budget", rule.points, 0, f"{stated}: below {_money(rule.sorted_tiers[-1].at_least, company.default_currency)}")


def score_authority(authority: Authority | None, rule: AuthorityRule) -> LetterScore:
    if authority is None:
        return _letter("authority", rule.points, 0, "role not discussed yet")
    seniority = rule.seniority.get(authority.seniority, 0.0)
    role = rule.roles.get(authority.role)
    share = seniority if role is None else rule.role_weight * role + (1 - rule.role_weight) * seniority
    who = clip(authority.title) if authority.title else "title not given"
    facts = [f.replace("_", " ") for f in (authority.seniority, authority.role) if f != "unknown"]
    reason = f"{who} ({', '.join(facts)})" if facts else f"{who} (seniority and say in the decision unknown)"
    return _letter("authority", rule.points, share, reason)


def score_need(need: Need | None, rule: NeedRule, company: Company) -> LetterScore:
    if need is None:
        return _letter("need", rule.points, 0, "need not discussed yet")
    services = []
    for category in need.categories:
        service = company.service_by_category.get(category)
        if service is not None and service not in services:
            services.append(service)
    if services:
        return _letter("need", rule.points, 1.0, "matches our " + ", ".join(s.name for s in services))
    if need.categories or need.summary:
        wanted = ", ".join(c.replace("_", " ") for c in need.categories) or "what they described"
        return _letter("need", rule.points, rule.unmatched_share, f"{wanted}: not a service we offer")
    return _letter("need", rule.points, 0, "says there is no need")


def score_timing(timing: Timing | None, rule: TimingRule) -> LetterScore:
    if timing is None:
        return _letter("timing", rule.points, 0, "timing not discussed yet")
    if timing.status == "no_timeline":
        return _letter("timing", rule.points, 0, "just researching, no timeline")
    if timing.status == "unknown" or timing.horizon_days is None:
        return _letter("timing", rule.points, rule.unknown_share, "does not know when yet")
    days = max(timing.horizon_days, 0)
    when = f"wants to start in {days} days" + (f" (by {timing.target_date})" if timing.target_date else "")
    for horizon in rule.sorted_horizons:
        if days <= horizon.within_days:
            return _letter("timing", rule.points, horizon.share, f"{when}: within {horizon.within_days} days")
    return _letter("timing", rule.points, rule.beyond_share, f"{when}: beyond {rule.sorted_horizons[-1].within_days} days")


def score_bant(attrs: Attributes, bant: Bant, company: Company) -> tuple[LetterScore, ...]:
    return (
        score_budget(attrs.budget, bant.budget, company),
        score_authority(attrs.authority, bant.authority),
        score_need(attrs.need, bant.need, company),
        score_timing(attrs.timing, bant.timing),
    )
