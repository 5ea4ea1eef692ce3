"""Which stage a lead is in, with the reasons a salesperson or marketer reads."""

from __future__ import annotations

from nlu.attributes import Attributes

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


def decide_stage(
    attrs: Attributes, signals: Signals, playbook: Playbook, score: int, grade: str, exclusion: str | None
) -> tuple[str, tuple[str, ...]]:
    """Stage and why, checked in order: disqualified, SQL, PQL, MQL, IQL.

    SQL comes before PQL and MQL because a sales conversation is the strongest
    next step; it does not need an email, since the bot goes on to book a call.
    """
    dropped = disqualifications(attrs, playbook, exclusion)
    if dropped:
        return "disqualified", tuple(dropped)
    rules = playbook.stages
    score_ok = score >= rules.sql.min_score
    grade_ok = GRADES.index(grade) <= GRADES.index(rules.sql.min_grade)
    if score_ok and grade_ok:
        return "sql", (
            f"BANT score {score} reaches {rules.sql.min_score}",
            f"ICP grade {grade} meets {rules.sql.min_grade}",
        )
    shortfalls = ([] if score_ok else [f"BANT score {score} below {rules.sql.min_score}"]) + (
        [] if grade_ok else [f"ICP grade {grade} below {rules.sql.min_grade}"]
    )
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
