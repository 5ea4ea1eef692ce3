"""The funnel dashboard: conversations to booked calls by week, where visitors drop out, how fast sales acts.

Thin edge: ``queries.funnel`` gathers aggregated rows, ``webhooks.studio.funnel_stats``
does the arithmetic and the chart geometry, the template draws inline SVG
(no script, no library, no CDN) with a table under every chart, so the
numbers stay readable by screen readers and by anyone who prefers a table.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Sequence

from flask import current_app, render_template, request

from webhooks.database import db
from webhooks.models import utcnow
from webhooks.studio import bp, queries
from webhooks.studio import funnel_stats as stats
from webhooks.studio.auth import login_required

DEFAULT_WEEKS = 12
MAX_WEEKS = 104
# A conversation quiet for this long has ended; one still going is not a drop-out yet.
IDLE = timedelta(minutes=30)

# Chart plot areas, in SVG user units (the SVG scales to the page width).
WEEKLY = {"width": 760, "height": 220, "left": 52, "top": 12, "bottom": 48}
BARS = {"width": 420, "left": 200, "row": 28}


@dataclass(frozen=True)
class Stage:
    name: str
    count: int
    of_previous: float | None
    length: float


def _weeks(raw: str | None) -> tuple[int, str | None]:
    if not raw:
        return DEFAULT_WEEKS, None
    if raw.isdigit() and 1 <= int(raw) <= MAX_WEEKS:
        return int(raw), None
    return DEFAULT_WEEKS, f"weeks must be a number from 1 to {MAX_WEEKS}; showing {DEFAULT_WEEKS}"


def _stages(weekly: Sequence[stats.WeekCounts], has_tracker: bool) -> list[Stage]:
    totals = [sum(w.values()[i] for w in weekly) for i in range(4)]
    names = list(stats.FUNNEL_SERIES)
    if not has_tracker:
        names, totals = names[1:], totals[1:]
    _, lengths = stats.bar_lengths(totals, BARS["width"])
    out = []
    for i, (name, count) in enumerate(zip(names, totals)):
        previous = totals[i - 1] if i else None
        out.append(Stage(name, count, (count / previous) if previous else None, lengths[i]))
    return out


CONSENT_SLOT = "consent"
CONTACT_SLOTS = ("email", "name")


def _slots() -> tuple[list[str], dict[str, str]]:
    """The form's slots in asking order, and the question id a marketer knows each one by.

    The bot's form names a slot after the attribute its question fills
    (``bot.actions.questionnaire``), so the ``role`` question is asked as
    ``authority``; ``consent`` is asked just before the first contact detail.
    """
    order: list[str] = []
    labels: dict[str, str] = {}
    for question in current_app.extensions["leadbot.playbook"].current().questions:
        if question.attribute not in labels:
            order.append(question.attribute)
            labels[question.attribute] = question.id
    contact = next((i for i, slot in enumerate(order) if slot in CONTACT_SLOTS), len(order))
    order.insert(contact, CONSENT_SLOT)
    labels[CONSENT_SLOT] = "consent (privacy notice)"
    return order, labels


@bp.get("/funnel")
@login_required
def funnel() -> Any:
    weeks, problem = _weeks(request.args.get("weeks"))
    last: date = utcnow().date()
    first = stats.week_start(last) - timedelta(weeks=weeks - 1)
    with db.transaction() as session:  # the funnel's conversation cache is brought up to date first
        rows = queries.funnel(session, first, last, idle_before=utcnow() - IDLE)
    has_tracker = rows.started is not None
    weekly = stats.weekly_funnel(rows.started or [], rows.leads, first, last)
    series = list(stats.FUNNEL_SERIES) if has_tracker else list(stats.FUNNEL_SERIES[1:])
    groups = [w.values() if has_tracker else w.values()[1:] for w in weekly]
    plot_width = WEEKLY["width"] - WEEKLY["left"] - 8
    columns = stats.grouped_columns(groups, plot_width, WEEKLY["height"])
    order, labels = _slots()
    drops = None if rows.dropped is None else stats.dropouts(rows.dropped, rows.asked or {}, order)
    drop_max, drop_lengths = stats.bar_lengths([d.dropped for d in drops or []], BARS["width"])
    delays = rows.claim_hours
    bins = stats.histogram(delays)
    hist = stats.grouped_columns([[b.count] for b in bins], plot_width, WEEKLY["height"], gap=0.15)
    return render_template(
        "studio/funnel.html", nav="funnel", weeks=weeks, problem=problem, first=first, last=last,
        has_tracker=has_tracker, weekly=weekly, series=series, columns=columns, chart=WEEKLY, bars=BARS,
        stages=_stages(weekly, has_tracker), drops=drops, drop_max=drop_max, drop_lengths=drop_lengths,
        labels=labels, bins=bins, hist=hist, claimed=len(delays), unclaimed=rows.unclaimed,
        p50=stats.percentile(delays, 50), p90=stats.percentile(delays, 90),
        behind=rows.behind, words=stats.duration_words, idle_minutes=int(IDLE.total_seconds() // 60),
    ), 400 if problem else 200
