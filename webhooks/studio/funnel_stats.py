"""The funnel's arithmetic: ISO weeks, drop-out points, percentiles, histogram bins and chart geometry.

Pure (no Flask, no SQL, no clock): ``webhooks.studio.queries`` gathers the
rows (aggregated in the database where the volume is), these functions turn
them into what the dashboard shows, and the unit tests pin each rule down
without a database.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Iterable, Mapping, Sequence

# Hours; each bin is [edge, next edge), the last one is open. Roughly doubling, because a
# claim after 10 minutes and one after 3 days are both common and both matter.
CLAIM_BIN_EDGES: tuple[float, ...] = (0.0, 0.25, 0.5, 1.0, 2.0, 4.0, 8.0, 24.0, 72.0, 168.0)


def as_date(value: date | datetime | str) -> date:
    """A day as databases hand it back: a ``date`` (PostgreSQL), a ``datetime``, or ``'YYYY-MM-DD'`` (SQLite)."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def week_start(day: date) -> date:
    """The Monday that starts ``day``'s ISO week."""
    return day - timedelta(days=day.weekday())


def week_label(monday: date) -> str:
    """``2026-W48``: the ISO year can differ from the calendar year around New Year."""
    year, week, _ = monday.isocalendar()
    return f"{year}-W{week:02d}"


def weeks(first: date, last: date) -> list[date]:
    """Every ISO week's Monday from ``first``'s week to ``last``'s week, so empty weeks show as zero."""
    monday, end = week_start(first), week_start(last)
    out = []
    while monday <= end:
        out.append(monday)
        monday += timedelta(days=7)
    return out


@dataclass(frozen=True)
class WeekCounts:
    """One week of the funnel; each stage counts what reached at least that stage."""

    monday: date
    started: int = 0
    identified: int = 0
    qualified: int = 0
    booked: int = 0

    @property
    def label(self) -> str:
        return week_label(self.monday)

    def values(self) -> tuple[int, int, int, int]:
        return (self.started, self.identified, self.qualified, self.booked)


FUNNEL_SERIES = ("Conversations started", "Identified (MQL)", "Sales-qualified (SQL)", "Booked")


def weekly_funnel(
    started: Iterable[tuple[date, int]],
    leads: Iterable[tuple[date, int, int, int]],
    first: date,
    last: date,
) -> list[WeekCounts]:
    """Per-day counts into ISO weeks between ``first`` and ``last`` (inclusive); days outside are ignored.

    ``started`` is (day, conversations); ``leads`` is (day, identified, qualified, booked).
    """
    totals: dict[date, list[int]] = {monday: [0, 0, 0, 0] for monday in weeks(first, last)}
    for day, count in started:
        if first <= day <= last:
            totals[week_start(day)][0] += count
    for day, identified, qualified, booked in leads:
        if first <= day <= last:
            row = totals[week_start(day)]
            row[1] += identified
            row[2] += qualified
            row[3] += booked
    return [WeekCounts(monday, *counts) for monday, counts in sorted(totals.items())]


@dataclass(frozen=True)
class Dropout:
    """Conversations that ended while ``question`` was the open question (``None``: before the first one)."""

    question: str | None
    dropped: int
    asked: int | None

    @property
    def rate(self) -> float | None:
        """Share of the conversations asked this question that ended there."""
        return None if not self.asked else self.dropped / self.asked


def dropouts(dropped: Mapping[str | None, int], asked: Mapping[str, int], order: Sequence[str]) -> list[Dropout]:
    """Where abandoned conversations stopped, in the playbook's question order.

    ``dropped`` counts abandoned conversations by the last question asked
    (``None``: none was). Questions the playbook no longer has (an older
    version asked them) follow, by name; questions nobody abandoned still
    appear, with zero, so a question that keeps visitors shows as such.
    """
    names: list[str | None] = [None] if dropped.get(None) else []
    names += list(order)
    names += sorted(q for q in {*dropped, *asked} if q is not None and q not in order)
    return [
        Dropout(name, dropped.get(name, 0), None if name is None else asked.get(name, 0))
        for name in names
    ]


@dataclass
class Conversation:
    """What the funnel keeps of one bot conversation (see ``models.FunnelConversation``)."""

    first_user: float | None = None
    last_at: float | None = None
    last_question: str | None = None
    last_question_event: int | None = None
    asked: set[str] | None = None  # questions newly seen in this fold (the stored set only grows)


REQUESTED_SLOT = "requested_slot"


def fold_events(
    conversations: dict[str, Conversation],
    events: Iterable[tuple[int, str, str, float | None, str | None, str | None]],
) -> None:
    """Fold Rasa tracker events into per-conversation summaries, in place.

    ``events`` rows are (id, sender_id, type_name, timestamp, action_name,
    data); ``data`` is needed only for ``requested_slot`` slot events (Rasa
    stores a slot event's slot name in ``action_name``). Folding is
    idempotent and order-free (minimum, maximum, the requested slot with the
    highest event id, a set), so events read twice, or late, change nothing
    wrongly: the cache may safely re-read an overlap.
    """
    for event_id, sender, type_name, stamp, action_name, data in events:
        summary = conversations.get(sender)
        if summary is None:
            summary = conversations[sender] = Conversation()
        if stamp is not None:
            summary.last_at = stamp if summary.last_at is None else max(summary.last_at, stamp)
            if type_name == "user":
                summary.first_user = stamp if summary.first_user is None else min(summary.first_user, stamp)
        if type_name == "slot" and action_name == REQUESTED_SLOT:
            question = slot_value(data)
            if question is None:
                continue  # the form closed (done or stopped): where they were stays the last question
            summary.asked = (summary.asked or set()) | {question}
            if summary.last_question_event is None or event_id > summary.last_question_event:
                summary.last_question, summary.last_question_event = question, event_id


_NULL_VALUE = '"value": null}'
_STRING_VALUE = ', "value": "'


def slot_value(data: str | None) -> str | None:
    """A slot event's value when it is a string (a question's slot name), else ``None``.

    Rasa writes ``json.dumps(event.as_dict())`` with ``value`` last, so the
    common shapes are read without a full JSON parse (the page reads one row
    per question asked in the period); anything else is parsed properly.
    """
    if data is None:
        return None
    if data.endswith(_NULL_VALUE):
        return None
    at = data.rfind(_STRING_VALUE)
    if at != -1 and data.endswith('"}'):
        value = data[at + len(_STRING_VALUE):-2]
        if '"' not in value and "\\" not in value:
            return value
    try:
        parsed = json.loads(data)
    except ValueError:
        return None
    value = parsed.get("value") if isinstance(parsed, dict) else None
    return value if isinstance(value, str) else None


def percentile(values: Sequence[float], q: float) -> float | None:
    """The ``q``-th percentile (0..100), interpolating linearly between ranks (as numpy's default does)."""
    if not values:
        return None
    if not 0 <= q <= 100:
        raise ValueError("q must lie in 0..100")
    ordered = sorted(values)
    rank = (len(ordered) - 1) * q / 100
    low = math.floor(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def duration_words(hours: float) -> str:
    """A duration as people say it: ``15 min``, ``2 h``, ``3 d``."""
    if hours < 1:
        return f"{round(hours * 60)} min"
    if hours < 24:
        return f"{hours:g} h" if hours == int(hours) else f"{hours:.1f} h"
    days = hours / 24
    return f"{days:g} d" if days == int(days) else f"{days:.1f} d"


@dataclass(frozen=True)
class Bin:
    low: float
    high: float | None
    count: int

    @property
    def label(self) -> str:
        if self.high is None:
            return f"≥ {duration_words(self.low)}"
        if self.low == 0:
            return f"< {duration_words(self.high)}"
        return f"{duration_words(self.low)}–{duration_words(self.high)}"


def histogram(values: Iterable[float], edges: Sequence[float] = CLAIM_BIN_EDGES) -> list[Bin]:
    """Count values into [edge, next edge) bins; the last bin is open-ended; values below the first edge join it."""
    if not edges or list(edges) != sorted(set(edges)):
        raise ValueError("edges must be strictly increasing")
    counts = [0] * len(edges)
    for value in values:
        index = 0
        for i, edge in enumerate(edges):
            if value >= edge:
                index = i
            else:
                break
        counts[index] += 1
    return [
        Bin(edges[i], edges[i + 1] if i + 1 < len(edges) else None, counts[i]) for i in range(len(edges))
    ]


def delays_hours(pairs: Iterable[tuple[datetime, datetime]]) -> list[float]:
    """Hours from qualification to the first sales action; a claim stamped before creation counts as 0."""
    return [max(0.0, (acted - qualified).total_seconds() / 3600) for qualified, acted in pairs]


# ----------------------------------------------------------------------------- chart geometry


def nice_ceiling(value: float) -> float:
    """The axis maximum: the next 1, 2, 2.5 or 5 times a power of ten at or above ``value`` (1 for nothing)."""
    if value <= 0:
        return 1
    power = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 2.5, 5, 10):
        if value <= step * power:
            return step * power
    return 10 * power  # pragma: no cover (the loop always returns)


def ticks(maximum: float, count: int = 4) -> list[float]:
    """Evenly spaced axis values from 0 to ``maximum``."""
    return [maximum * i / count for i in range(count + 1)]


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    width: float
    height: float
    value: float
    series: int


@dataclass(frozen=True)
class Columns:
    """Grouped vertical bars: one group per category, one bar per series, on a shared 0..``maximum`` axis."""

    bars: list[list[Rect]]
    group_x: list[float]
    group_width: float
    maximum: float
    ticks: list[tuple[float, float]]  # (value, y)


def grouped_columns(groups: Sequence[Sequence[float]], width: float, height: float, gap: float = 0.25) -> Columns:
    """Lay out ``groups`` in a ``width`` x ``height`` plot area whose origin is its top-left corner."""
    maximum = nice_ceiling(max((v for g in groups for v in g), default=0))
    slot = width / max(len(groups), 1)
    inner = slot * (1 - gap)
    bars = []
    for i, group in enumerate(groups):
        left = i * slot + (slot - inner) / 2
        bar_width = inner / max(len(group), 1)
        row = []
        for j, value in enumerate(group):
            bar_height = height * value / maximum
            row.append(Rect(left + j * bar_width, height - bar_height, bar_width, bar_height, value, j))
        bars.append(row)
    return Columns(
        bars=bars,
        group_x=[i * slot + slot / 2 for i in range(len(groups))],
        group_width=slot,
        maximum=maximum,
        ticks=[(t, height - height * t / maximum) for t in ticks(maximum)],
    )


def bar_lengths(values: Sequence[float], length: float) -> tuple[float, list[float]]:
    """Horizontal bars: the axis maximum and each value's length on it."""
    maximum = nice_ceiling(max(values, default=0))
    return maximum, [length * v / maximum for v in values]
