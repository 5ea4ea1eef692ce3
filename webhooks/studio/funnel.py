"""The funnel dashboard: conversations to booked calls by week, where visitors stop, which wording works,
how fast sales acts; filters by source, page, campaign and language; the winner made the only wording.

Thin edge: ``queries.funnel`` gathers aggregated rows, ``webhooks.studio.funnel_stats``
does the arithmetic and the chart geometry, the template draws inline SVG
(no script, no library, no CDN) with a table under every chart, so the
numbers stay readable by screen readers and by anyone who prefers a table.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Sequence

from flask import current_app, flash, redirect, render_template, request, url_for

from qualification.playbook_file import read_yaml
from qualification.slots import CONSENT, slot_order
from webhooks.database import db
from webhooks.models import FunnelWording, utcnow
from webhooks.playbooks.text import dump_yaml
from webhooks.studio import attribution, bp, editor, queries
from webhooks.studio import funnel_stats as stats
from webhooks.studio.auth import login_required

DEFAULT_WEEKS = 12
MAX_WEEKS = 104
# A conversation quiet for this long has ended; one still going is not a drop-out yet.
IDLE = timedelta(minutes=30)

# The weekly chart's plot areas, in SVG user units: the SVG scales to the page's width, so a phone gets a
# narrower drawing of its own (fewer date labels), in which text of the same size stays readable.
WEEKLY = {"width": 760, "height": 220, "left": 52, "top": 12, "bottom": 48, "labels": 13}
WEEKLY_NARROW = {"width": 360, "height": 200, "left": 40, "top": 12, "bottom": 48, "labels": 4}


@dataclass(frozen=True)
class BarRow:
    """One bar of a horizontal bar chart, drawn in HTML (its text is page text, readable at any width):
    ``segments`` are (CSS class, percent of the longest bar, tooltip)."""

    label: str
    value: str
    segments: tuple[tuple[str, float, str], ...]
    css: str = ""


def _columns(groups: list[list[float]], weeks: int, chart: dict[str, int]) -> dict[str, Any]:
    """The weekly columns laid out for one drawing size, and every how many weeks a date is written."""
    columns = stats.grouped_columns(groups, chart["width"] - chart["left"] - 8, chart["height"])
    return {"chart": chart, "columns": columns, "step": max(1, -(-weeks // chart["labels"]))}


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
    _, lengths = stats.bar_lengths(totals, 100.0)
    out = []
    for i, (name, count) in enumerate(zip(names, totals)):
        previous = totals[i - 1] if i else None
        out.append(Stage(name, count, (count / previous) if previous else None, lengths[i]))
    return out


def _stage_bars(stages: Sequence[Stage], has_tracker: bool) -> list[BarRow]:
    first = 0 if has_tracker else 1
    return [BarRow(s.name, f"{s.count}" + (f" ({s.of_previous * 100:.0f}%)" if s.of_previous is not None else ""),
                   ((f"s{i + first}", s.length, f"{s.name}: {s.count}"),)) for i, s in enumerate(stages)]


def _drop_bars(drops: Sequence[stats.Dropout], labels: dict[str, str]) -> list[BarRow]:
    maximum, _ = stats.bar_lengths([d.dropped + d.in_progress for d in drops], 100.0)
    rows = []
    for d in drops:
        name = labels.get(d.question, d.question) if d.question else "before the first question"
        value = f"{d.dropped}" + (f" + {d.in_progress}" if d.in_progress else "") + \
            (f" ({d.rate * 100:.0f}% of {d.asked})" if d.rate is not None else "")
        rows.append(BarRow(name, value, (("left", 100.0 * d.dropped / maximum, f"{name}: {d.dropped} left"),
                                         ("going", 100.0 * d.in_progress / maximum,
                                          f"{name}: {d.in_progress} still in progress")), "drop"))
    return rows


def _claim_bars(bins: Sequence[stats.Bin]) -> list[BarRow]:
    _, lengths = stats.bar_lengths([b.count for b in bins], 100.0)
    return [BarRow(b.label, str(b.count), (("hist", length, f"{b.label}: {b.count}"),)) for b, length in zip(bins, lengths)]


def _slots() -> tuple[list[str], dict[str, str]]:
    """The form's slots in asking order, and the question id a marketer knows each one by.

    The bot's form names a slot after the attribute its question fills
    (``bot.actions.questionnaire``), so the ``role`` question is asked as
    ``authority``; ``consent`` is asked just before the first contact detail.
    """
    questions = current_app.extensions["leadbot.playbook"].current().questions
    labels: dict[str, str] = {}
    for question in questions:
        labels.setdefault(question.attribute, question.id)
    labels[CONSENT] = "consent (privacy notice)"
    return slot_order(questions), labels


MAX_FILTER = 500


def _filter() -> queries.FunnelFilter:
    """The filters in the query string; an over-long value matches nothing rather than erroring."""
    return queries.FunnelFilter(**{
        name: (request.args.get(name) or "").strip()[:MAX_FILTER] or None for name in queries.FILTERS
    })


@dataclass(frozen=True)
class QuestionTest:
    """One question's wordings side by side, and what can be said of them at 95 % confidence."""

    question: str
    label: str
    variants: list[stats.Variant]
    sentences: list[str]


def _percent(share: stats.Share) -> str:
    return "—" if share.rate is None else f"{share.rate * 100:.0f}%"


def _tests(variants: Sequence[stats.Variant], labels: dict[str, str]) -> list[QuestionTest]:
    grouped: dict[str, list[stats.Variant]] = {}
    for variant in variants:
        grouped.setdefault(variant.question, []).append(variant)
    out = []
    for question, group in grouped.items():
        sentences = []
        for outcome, better, other, p in stats.verdicts(group):
            sentences.append(
                f"“{better.text}” {stats.OUTCOMES[outcome]} than “{other.text}”: "
                f"{_percent(getattr(better, outcome))} against {_percent(getattr(other, outcome))} "
                f"(95% confidence, p = {p:.3f})."
            )
        out.append(QuestionTest(question, labels.get(question, question), group, sentences))
    return out


@bp.get("/funnel")
@login_required
def funnel() -> Any:
    weeks, problem = _weeks(request.args.get("weeks"))
    where = _filter()
    last: date = utcnow().date()
    first = stats.week_start(last) - timedelta(weeks=weeks - 1)
    with db.transaction() as session:  # the funnel's conversation cache is brought up to date first
        rows = queries.funnel(session, first, last, idle_before=utcnow() - IDLE, where=where)
    has_tracker = rows.started is not None
    weekly = stats.weekly_funnel(rows.started or [], rows.leads, first, last)
    series = list(stats.FUNNEL_SERIES) if has_tracker else list(stats.FUNNEL_SERIES[1:])
    groups = [w.values() if has_tracker else w.values()[1:] for w in weekly]
    drawings = [_columns(groups, len(weekly), WEEKLY), _columns(groups, len(weekly), WEEKLY_NARROW)]
    order, labels = _slots()
    drops = None if rows.dropped is None else stats.dropouts(rows.dropped, rows.asked or {}, order, rows.in_progress)
    delays = rows.claim_hours
    bins = stats.histogram(delays)
    stages = _stages(weekly, has_tracker)
    return render_template(
        "studio/funnel.html", nav="funnel", weeks=weeks, problem=problem, first=first, last=last,
        has_tracker=has_tracker, weekly=weekly, series=series, drawings=drawings,
        stages=stages, stage_bars=_stage_bars(stages, has_tracker), drops=drops,
        drop_bars=_drop_bars(drops, labels) if drops is not None else None, labels=labels, bins=bins,
        claim_bars=_claim_bars(bins), claimed=len(delays), unclaimed=rows.unclaimed,
        p50=stats.percentile(delays, 50), p90=stats.percentile(delays, 90), drafts=rows.drafts,
        behind=rows.behind, words=stats.duration_words, idle_minutes=int(IDLE.total_seconds() // 60),
        where=where, choices=rows.choices, channels=attribution.CHANNELS, tests=_tests(rows.variants, labels),
        percent=_percent,
    ), 400 if problem else 200


# ----------------------------------------------------------------------------- the winner becomes the only wording


@bp.post("/funnel/wording")
@login_required
def only_wording() -> Any:
    """Make one shown wording the question's only one, through the editor's own way to go live.

    A draft is stored (``editor._save``: validated, audited) made from the
    published playbook, what visitors hear now, with that question's wording
    set to this one; the editor's confirmation page then says what changes
    in words before anything is published (``editor.confirm``, then
    ``_go_live``). A newer unpublished draft stays in the history, left out.
    """
    question = (request.form.get("question") or "")[:255]
    key = (request.form.get("variant") or "")[:16]
    with db.session() as session:
        wording = session.get(FunnelWording, key)
    if wording is None or wording.question != question:
        return render_template("studio/message.html", title="Unknown wording",
                               message="That wording was never shown for that question."), 404
    head, live = editor._head()
    live = live or head
    data = read_yaml(live.text)
    target = next((q for q in data.get("questions") or [] if isinstance(q, dict) and q.get("attribute") == question), None)
    if target is None:
        return render_template("studio/message.html", title="Question not found",
                               message=f"The published playbook (version {live.version}) no longer asks for “{question}”."), 409
    target["wording"] = [wording.text]
    outcome, version = editor._save(dump_yaml(data), based_on=head.version, review=True,
                                    note=f"only wording for {target.get('id', question)}, from the funnel")
    if outcome.failed or version is None:
        problem = outcome.conflict or "; ".join(f"{path}: {', '.join(msgs)}" for path, msgs in outcome.errors.items())
        flash(f"Not saved: {problem}", "error")
        return redirect(url_for("studio.funnel")), 303
    return redirect(url_for("studio.confirm", number=version, action="publish")), 303
