"""The funnel's arithmetic: ISO weeks, where conversations stop, folding tracker events, percentiles,
histogram bins, count axes and chart geometry, and which wording works (Wilson intervals, the
two-proportion test, the verdicts).

Pure (no Flask, no SQL, no clock): ``webhooks.studio.queries`` gathers the
rows (aggregated in the database where the volume is), these functions turn
them into what the dashboard shows, and the unit tests pin each rule down
without a database.
"""

from __future__ import annotations

import json
import math
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from statistics import NormalDist
from typing import Any, Iterable, Mapping, Sequence

from qualification.slots import REQUESTED_SLOT
from qualification.wording import from_metadata
from webhooks.studio import attribution

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
    """Conversations without a finished lead whose last question was ``question`` (``None``: none asked yet).

    ``dropped`` have left (quiet for a while); ``in_progress`` may still answer.
    """

    question: str | None
    dropped: int
    asked: int | None
    in_progress: int = 0

    @property
    def rate(self) -> float | None:
        """Share of the conversations asked this question that left there."""
        return None if not self.asked else self.dropped / self.asked


def dropouts(
    dropped: Mapping[str | None, int], asked: Mapping[str, int], order: Sequence[str],
    in_progress: Mapping[str | None, int] | None = None,
) -> list[Dropout]:
    """Where conversations stopped, in the playbook's question order.

    ``dropped`` counts conversations that left by the last question asked
    (``None``: none was), ``in_progress`` those still going. Questions the
    playbook no longer has (an older version asked them) follow, by name;
    questions nobody stopped at still appear, with zero, so a question that
    keeps visitors shows as such.
    """
    going = in_progress or {}
    names: list[str | None] = [None] if dropped.get(None) or going.get(None) else []
    names += list(order)
    names += sorted(q for q in {*dropped, *asked, *going} if q is not None and q not in order)
    return [
        Dropout(name, dropped.get(name, 0), None if name is None else asked.get(name, 0), going.get(name, 0))
        for name in names
    ]


@dataclass
class Ask:
    """One question in one conversation: first asked when (and by which event), in which wording, answered when."""

    asked_at: float | None = None
    ask_event: int | None = None
    variant: str | None = None  # ``qualification.wording.variant_key`` of the words shown first
    answered_at: float | None = None
    changed: bool = False
    variant_event: int | None = None  # the event that showed ``variant`` (None: as stored)


@dataclass
class Conversation:
    """What the funnel keeps of one bot conversation (see ``models.FunnelConversation``)."""

    first_user: float | None = None
    last_at: float | None = None
    last_question: str | None = None
    last_question_event: int | None = None
    asked: set[str] | None = None  # questions newly seen in this fold (the stored set only grows)
    origin: Origin | None = None
    origin_event: int | None = None  # the message ``origin`` was read from (None: as stored)
    asks: dict[str, Ask] = field(default_factory=dict)  # the questions known (stored, or new in this fold)
    wordings: dict[str, tuple[str, str]] = field(default_factory=dict)  # variant key -> (question, words) seen


@dataclass(frozen=True)
class Origin:
    """Where a conversation came from, from its first visitor message: Rasa's channel and the widget's metadata."""

    channel: str | None = None
    page: str | None = None
    campaign: str | None = None
    language: str | None = None


# Slots the bot keeps for itself, never a question's answer (their events are not read for answers).
BOOKKEEPING_SLOTS = (REQUESTED_SLOT, "progress", "answers")
# The tail of a slot event's JSON when the slot was cleared (Rasa writes ``value`` last).
NULL_TAIL = ', "value": null}'
WORDING_MARK = '"leadbot_wording"'


def fold_events(
    conversations: dict[str, Conversation],
    events: Iterable[tuple[int, str, str, float | None, str | None, str | None]],
) -> None:
    """Fold Rasa tracker events into per-conversation summaries, in place.

    ``events`` rows are (id, sender_id, type_name, timestamp, action_name,
    data); Rasa stores a slot event's slot name in ``action_name``. ``data``
    is needed for ``requested_slot`` slot events (which question), for a
    visitor's messages (where they came from), for the bot's messages that
    carry a wording (``qualification.wording.METADATA_KEY``), and, for other
    slot events, only its last characters (``NULL_TAIL``: cleared, else
    answered); ``None`` elsewhere. Folding is idempotent and order-free
    (minimum, maximum, the requested slot with the highest event id, the
    first ask by event id, a set), so events read twice, or late, change
    nothing wrongly: the cache may safely re-read an overlap. The one
    exception: an answer read before its question's ask (an event id made
    visible late) is not counted as an answer.
    """
    for event_id, sender, type_name, stamp, action_name, data in events:
        summary = conversations.get(sender)
        if summary is None:
            summary = conversations[sender] = Conversation()
        if stamp is not None:
            summary.last_at = stamp if summary.last_at is None else max(summary.last_at, stamp)
            if type_name == "user":
                summary.first_user = stamp if summary.first_user is None else min(summary.first_user, stamp)
        if type_name == "user":
            first = summary.origin is None or (summary.origin_event is not None and event_id < summary.origin_event)
            if first and data is not None:
                summary.origin, summary.origin_event = origin_of(data), event_id
        elif type_name == "slot" and action_name == REQUESTED_SLOT:
            question = slot_value(data)
            if question is None:
                continue  # the form closed (done or stopped): where they were stays the last question
            summary.asked = (summary.asked or set()) | {question}
            if summary.last_question_event is None or event_id > summary.last_question_event:
                summary.last_question, summary.last_question_event = question, event_id
            ask = summary.asks.setdefault(question, Ask())
            if ask.ask_event is None or event_id < ask.ask_event:
                ask.ask_event, ask.changed = event_id, True
            if stamp is not None and (ask.asked_at is None or stamp < ask.asked_at):
                ask.asked_at, ask.changed = stamp, True
        elif type_name == "slot" and action_name in summary.asks and data is not None:
            ask = summary.asks[action_name]
            answered = not data.endswith(NULL_TAIL)
            after = ask.ask_event is not None and event_id > ask.ask_event
            if answered and after and stamp is not None and (ask.answered_at is None or stamp < ask.answered_at):
                ask.answered_at, ask.changed = stamp, True
        elif type_name == "bot" and data is not None:
            words = shown_wording(data)
            if words is not None:
                question, key, text = words
                summary.wordings[key] = (question, text)
                ask = summary.asks.setdefault(question, Ask())
                # The first wording shown is the one the conversation was assigned (a re-ask shows the next).
                if ask.variant is None or (ask.variant_event is not None and event_id < ask.variant_event):
                    ask.variant, ask.variant_event, ask.changed = key, event_id, True
                if stamp is not None and (ask.asked_at is None or stamp < ask.asked_at):
                    ask.asked_at, ask.changed = stamp, True


DAY_SECONDS = 86_400
# The wording of an ask whose bot message carried none (an older bot), as the counters key it (never NULL there).
UNRECORDED = ""
# An answer's time as the counters keep it: (below how many seconds, the step): whole seconds under a minute,
# then 10 s steps to 10 minutes, minutes to an hour, 10 minutes beyond; a bucket is named by its first second.
ANSWER_STEPS = ((60, 1), (600, 10), (3600, 60), (None, 600))


def epoch_day(moment: float) -> int:
    """Days since 1970-01-01 (UTC) of an epoch-seconds time: the day a conversation's counters are kept under."""
    return math.floor(moment / DAY_SECONDS)


def epoch_monday(day: int) -> int:
    """The Monday (as ``epoch_day`` counts days) of the ISO week of ``day`` (1970-01-01 was a Thursday)."""
    return day - (day + 3) % 7


def answer_bucket(seconds: float) -> int:
    """The whole seconds an answer took (half up; one stamped before its ask, by another clock, took none), down to
    its bucket's first second (``ANSWER_STEPS``): the medians are exact in whole seconds under a minute."""
    whole = max(0, math.floor(seconds + 0.5))
    for below, step in ANSWER_STEPS:
        if below is None or whole < below:
            return whole - whole % step
    raise AssertionError("the last step has no bound")


@dataclass
class Tally:
    """Changes to the funnel's per-day counters of asks (``models.FunnelAskDay``, ``FunnelAnswerTime``).

    ``days``: (question, wording, day) -> [asked, answered]; ``times``: (question, wording, week's Monday, answer
    bucket) -> answers, by week (the funnel's periods are whole weeks): a day has a few answers per bucket, a week
    seven times as many in about as many rows. An ask counts on its conversation's day (of the first visitor
    message); one of a conversation without a visitor message yet counts nowhere, as no period holds it.
    """

    days: dict[tuple[str, str, int], list[int]] = field(default_factory=dict)
    times: dict[tuple[str, str, int, int], int] = field(default_factory=dict)

    def add(self, question: str, first_user: float | None, variant: str | None, asked_at: float | None,
            answered_at: float | None, sign: int = 1) -> None:
        if first_user is None:
            return
        key = (question, variant or UNRECORDED, epoch_day(first_user))
        counts = self.days.setdefault(key, [0, 0])
        counts[0] += sign
        if answered_at is None:
            return
        counts[1] += sign
        if asked_at is not None:
            bucket = (key[0], key[1], epoch_monday(key[2]), answer_bucket(answered_at - asked_at))
            self.times[bucket] = self.times.get(bucket, 0) + sign

    def changed_days(self) -> list[dict[str, Any]]:
        return [{"question": q, "variant": v, "day": d, "asked": a, "answered": n}
                for (q, v, d), (a, n) in self.days.items() if a or n]

    def changed_times(self) -> list[dict[str, Any]]:
        return [{"question": q, "variant": v, "week": w, "seconds": s, "answers": n}
                for (q, v, w, s), n in self.times.items() if n]


def origin_of(data: str) -> Origin:
    """Where a visitor's message came from, as the funnel filters by it (``webhooks.studio.attribution``)."""
    found = attribution.read(data)
    return Origin(channel=found.channel, page=found.page_path, campaign=found.utm.get("campaign"),
                  language=origin_value("language", found.language) if found.language else None)


def origin_value(name: str, value: str) -> str:
    """A filter's value in the form the funnel keeps origins (``Origin``, the leads' ``origin_*`` columns of
    migration 0015): a page without its query and fragment, a language without its region (``de-DE`` is ``de``)."""
    if name == "page":
        return attribution.Attribution(page=value).page_path or value
    if name == "language":
        return value.split("-")[0].lower()
    return value


def shown_wording(data: str) -> tuple[str, str, str] | None:
    """(question, variant key, words) from a bot message event that says which wording it showed."""
    if WORDING_MARK not in data:
        return None
    try:
        event = json.loads(data)
    except ValueError:
        return None
    shown = from_metadata(event.get("metadata") if isinstance(event, dict) else None)
    return None if shown is None else (shown.question, shown.key, shown.text)


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


def weighted_median(counts: Mapping[float, int]) -> float | None:
    """The median of values given as value -> how many times (the middle one, or the mean of the middle two)."""
    total = sum(counts.values())
    if total <= 0:
        return None
    middle = [(total - 1) // 2, total // 2]  # 0-based ranks of the middle one or two
    found: list[float] = []
    seen = 0
    for value in sorted(counts):
        count = counts[value]
        found += [value for rank in middle if seen <= rank < seen + count]
        seen += count
    return sum(found) / len(found)


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
        # The last edge at or below the value (a bisection: the funnel bins thousands of claims per view).
        index = bisect_right(edges, value) - 1 if value == value else 0  # NaN is below every edge
        counts[max(index, 0)] += 1
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


def count_axis(value: float, most: int = 5) -> tuple[int, list[int]]:
    """An axis for counts: whole-number ticks (1, 2 or 5 times a power of ten apart, 25 from 100 up), at most ``most`` steps.

    Counts are whole: an axis of 0, 0.25, 0.5 for one lead says nothing.
    """
    if value <= 0:
        return 1, [0, 1]
    rough = value / most
    power = 10 ** max(0, math.floor(math.log10(rough))) if rough >= 1 else 1
    steps = (1, 2, 2.5, 5, 10) if power >= 10 else (1, 2, 5, 10)
    step = next(int(s * power) for s in steps if s * power >= rough)
    maximum = step * math.ceil(value / step)
    return maximum, list(range(0, maximum + 1, step))


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
    maximum, marks = count_axis(max((v for g in groups for v in g), default=0))
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
        ticks=[(t, height - height * t / maximum) for t in marks],
    )


def bar_lengths(values: Sequence[float], length: float) -> tuple[float, list[float]]:
    """Horizontal bars of counts: the axis maximum and each value's length on it."""
    maximum, _ = count_axis(max(values, default=0))
    return maximum, [length * v / maximum for v in values]


# ----------------------------------------------------------------------------- which wording works

CONFIDENCE = 0.95
# The standard normal from the standard library: the two functions needed here, without loading scipy into the web process.
NORMAL = NormalDist()


@dataclass(frozen=True)
class Share:
    """``count`` of ``total``, with its Wilson score interval (sound near 0 % and 100 % and for small totals)."""

    count: int
    total: int

    @property
    def rate(self) -> float | None:
        return self.count / self.total if self.total else None

    @property
    def interval(self) -> tuple[float, float] | None:
        return wilson(self.count, self.total)


def wilson(count: int, total: int, confidence: float = CONFIDENCE) -> tuple[float, float] | None:
    """The Wilson score interval of ``count`` successes in ``total`` tries; ``None`` for no tries."""
    if total <= 0:
        return None
    z = NORMAL.inv_cdf(1 - (1 - confidence) / 2)
    p = count / total
    centre = (p + z * z / (2 * total)) / (1 + z * z / total)
    half = z * math.sqrt(p * (1 - p) / total + z * z / (4 * total * total)) / (1 + z * z / total)
    return max(0.0, centre - half), min(1.0, centre + half)


def two_proportion_p(a: Share, b: Share) -> float | None:
    """Two-sided p-value of the pooled two-proportion z-test that ``a`` and ``b`` have the same rate."""
    if not a.total or not b.total:
        return None
    pooled = (a.count + b.count) / (a.total + b.total)
    spread = math.sqrt(pooled * (1 - pooled) * (1 / a.total + 1 / b.total))
    if spread == 0:
        return 1.0  # both all or nothing: no evidence of a difference
    z = (a.count / a.total - b.count / b.total) / spread
    return 2 * (1 - NORMAL.cdf(abs(z)))


@dataclass(frozen=True)
class Variant:
    """One wording of one question as shown: what became of the conversations that heard it."""

    question: str
    key: str
    text: str
    asked: int
    answered: int
    abandoned: int
    in_progress: int
    booked: int
    median_seconds: float | None

    @property
    def skipped(self) -> int:
        """Moved on without an answer (skipped, given up after re-asks), and not stopped at this question."""
        return self.asked - self.answered - self.abandoned - self.in_progress

    @property
    def answer_share(self) -> Share:
        return Share(self.answered, self.asked)

    @property
    def booked_share(self) -> Share:
        return Share(self.booked, self.asked)


OUTCOMES = {"answer_share": "gets an answer more often", "booked_share": "leads to a booked call more often"}


def verdicts(variants: Sequence[Variant], confidence: float = CONFIDENCE) -> list[tuple[str, Variant, Variant, float]]:
    """Per outcome, the wording that beats every other one at ``confidence``: (outcome, better, runner-up, p).

    The best rate is compared with each other wording by the two-proportion
    test; it is named only when every comparison is significant, and the
    runner-up reported is the one it beats least clearly (the largest p).
    """
    found = []
    for outcome in OUTCOMES:
        rated = [v for v in variants if getattr(v, outcome).total]
        if len(rated) < 2:
            continue
        best = max(rated, key=lambda v: getattr(v, outcome).rate)
        tests = [(two_proportion_p(getattr(best, outcome), getattr(v, outcome)), v) for v in rated if v is not best]
        if any(p is None or p >= 1 - confidence or getattr(v, outcome).rate == getattr(best, outcome).rate
               for p, v in tests):
            continue
        p, runner_up = max(tests, key=lambda t: t[0])  # type: ignore[arg-type,return-value]
        found.append((outcome, best, runner_up, float(p)))  # type: ignore[arg-type]
    return found
