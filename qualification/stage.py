"""Which stage a lead is in, with the reasons a salesperson or marketer reads."""

from __future__ import annotations

from nlu.attributes import Attributes

from .bant import midpoint
from .playbook import GRADES, Playbook
from .signals import Signals
from .wording import clip, clip_list

_PERSONA_REASONS = {
    "student": "a student, not a buyer",
    "job_seeker": "looking for a job, not a buyer",
    "competitor": "works for a competitor",
    "vendor": "selling to us, not buying",
}


def disqualifications(attrs: Attributes, playbook: Playbook, exclusion: str | None) -> list[str]:
    """Every reason the playbook gives for dropping this lead; empty when there is none."""
    rule = playbook.stages.disqualify
    reasons: list[str] = []
    if attrs.persona is not None and attrs.persona in rule.persona_set:
        reasons.append(_PERSONA_REASONS[attrs.persona])
    if rule.lower_keywords and attrs.authority is not None and attrs.authority.title:
        title = attrs.authority.title.lower()
        for keyword in rule.lower_keywords:
            if keyword in title:
                reasons.append(f"title '{clip(attrs.authority.title)}' contains '{keyword}'")
                break
    if exclusion is not None:
        reasons.append(exclusion)
    need = attrs.need
    if rule.no_need and need is not None and not need.categories and not need.summary:
        reasons.append("says there is no need for our services")
    return reasons


# Who is at the decision or has a way to it when they have not said what their part is: a manager and above takes
# part in buying for their team; an individual contributor (specialist, coordinator, intern) does not.
_NEAR_THE_DECISION = frozenset({"c_level", "vp", "director", "manager"})


def _authority_shortfall(attrs: Attributes) -> str | None:
    """Why the visitor can neither say yes nor take us to whoever does, or None when they can.

    The contract's ``role``: a decision maker says yes, an influencer ("my CFO decides", "I recommend") has access
    to whoever does; a user (a coordinator, an analyst with no say) has neither. Not known yet is no authority."""
    authority = attrs.authority
    if authority is None:
        return "role in the decision not known yet"
    if authority.role in ("decision_maker", "influencer"):
        return None
    if authority.role == "unknown" and authority.seniority in _NEAR_THE_DECISION:
        return None
    who = f"'{clip(authority.title)}'" if authority.title else "the visitor"
    return f"{who} neither decides nor has said who does"


def budget_floor(playbook: Playbook, period: str | None) -> float:
    """The least yearly budget (default currency) that fits what we sell, read off the playbook's budget tiers.

    A budget per month, quarter or year pays for a programme: it fits from the top tier, what the smallest retainer
    costs a year (5,000 USD a month in the default playbook, 60,000 a year, reaches its 50,000 tier; 2 lakh rupees
    or 500 dollars a month do not). A one-off budget pays for a project: it fits from the tier above the lowest (the
    lowest takes any amount stated; 8,000 USD in the default playbook)."""
    tiers = playbook.bant.budget.sorted_tiers
    if not tiers:
        return 0.0
    if period in ("month", "quarter", "year"):
        return tiers[0].at_least
    return (tiers[-2] if len(tiers) > 1 else tiers[-1]).at_least


def _budget_shortfall(attrs: Attributes, playbook: Playbook) -> str | None:
    """Why the budget does not fit what we sell (``budget_floor``), or None when it does. Any currency the playbook
    has a rate for is compared in its default currency; one it has none for is left to the BANT score (unknown)."""
    budget = attrs.budget
    if budget is None:
        return "budget not known yet"
    if budget.status == "none":
        return "no budget set aside yet"
    amount = midpoint(budget.min, budget.max)
    if budget.status == "unknown" or amount is None:
        return "does not know the budget yet"
    company = playbook.company
    converted = company.to_default_currency(amount, budget.currency or company.default_currency)
    if converted is None:
        return None
    rule = playbook.bant.budget
    yearly = converted * rule.period_factors.get(budget.period or "one_time", 1)
    floor = budget_floor(playbook, budget.period)
    if yearly >= floor:
        return None
    kind = "a year" if budget.period in ("month", "quarter", "year") else "one-off"
    return f"budget of about {yearly:,.0f} {company.default_currency} {kind} is below {floor:,.0f}, " \
           "the least our services take"


def _timing_shortfall(attrs: Attributes, playbook: Playbook) -> str | None:
    """Why there is no buying moment in sight, or None when there is: a date stated within the playbook's longest
    timing horizon (a year in the default playbook). "Just researching", "don't know" and "in two years" are none."""
    timing = attrs.timing
    if timing is None:
        return "timing not known yet"
    if timing.status == "no_timeline":
        return "no timeline (researching)"
    if timing.status != "stated":
        return "does not know when yet"
    horizons = playbook.bant.timing.sorted_horizons
    longest = horizons[-1].within_days if horizons else None
    if longest is not None and timing.horizon_days is not None and timing.horizon_days > longest:
        return f"starts in {timing.horizon_days} days, beyond {longest}"
    return None


def sales_shortfalls(attrs: Attributes, playbook: Playbook) -> list[str]:
    """What a sales-qualified lead must have besides its score and grade, and this lead lacks: authority or access
    to it, a budget that fits what we sell, and a time to buy (``shared/lead-contract.md``, the seeds' SQL: "the
    money to make a purchase, and ability to say yes", "purchase intent"). A high score alone made a coordinator
    with 30k and a two-person shop with 500 a month SQLs."""
    found = (_authority_shortfall(attrs), _budget_shortfall(attrs, playbook), _timing_shortfall(attrs, playbook))
    return [reason for reason in found if reason is not None]


def decide_stage(
    attrs: Attributes, signals: Signals, playbook: Playbook, score: int, grade: str, exclusion: str | None
) -> tuple[str, tuple[str, ...]]:
    """Stage and why, checked in order: disqualified, SQL, PQL, MQL, IQL.

    SQL comes before PQL and MQL because a sales conversation is the strongest
    next step; it does not need an email, since the bot goes on to book a call.
    Besides the playbook's score and grade it needs what ``sales_shortfalls``
    names: authority or access to it, a budget that fits, a time to buy.
    """
    dropped = disqualifications(attrs, playbook, exclusion)
    if dropped:
        return "disqualified", tuple(dropped)
    rules = playbook.stages
    score_ok = score >= rules.sql.min_score
    grade_ok = GRADES.index(grade) <= GRADES.index(rules.sql.min_grade)
    missing = sales_shortfalls(attrs, playbook)
    if score_ok and grade_ok and not missing:
        return "sql", (
            f"BANT score {score} reaches {rules.sql.min_score}",
            f"ICP grade {grade} meets {rules.sql.min_grade}",
        )
    shortfalls = ([] if score_ok else [f"BANT score {score} below {rules.sql.min_score}"]) + (
        [] if grade_ok else [f"ICP grade {grade} below {rules.sql.min_grade}"]
    )
    # What BANT lacks is said when it alone stands between the lead and SQL; a low score says enough already.
    shortfalls = shortfalls or missing
    not_sql = "not sales-qualified: " + " and ".join(shortfalls)
    if rules.pql.enabled and signals.product_qualified:
        kind = "service-qualified: an existing customer" if signals.existing_customer else "product-qualified"
        source = f" (source: {clip(signals.source, 40)})" if signals.source else ""
        return "pql", (f"{kind} asking about paid work{source}", not_sql)
    email = attrs.email
    if email is not None and (not email.free_mail or rules.mql.allow_free_mail):
        interest = rules.mql.interest_when
        if interest.holds(attrs, signals):
            shown = ", ".join(c.describe() for c in interest.met(attrs, signals))
            kind = "a free mailbox (allowed)" if email.free_mail else "a work email"
            return "mql", (f"identified by {kind}", f"shows interest: {shown}" if shown else "shows interest", not_sql)
        identity = "identified, but no sign of interest yet"
    elif email is not None:
        identity = "email is a free mailbox; the playbook asks for a work email"
    else:
        identity = "not identified yet (no email)"
    if signals.engaged:
        engagement = f"engaged: read {clip_list(signals.pages)}" if signals.pages else "engaged: chatted with us"
    else:
        engagement = "no engagement yet"
    return "iql", (engagement, identity, not_sql)
