"""Every SQL read behind the studio's leads and funnel pages, in one place.

Views call these with a session and plain values and get rows or small
dataclasses back; the funnel's arithmetic lives in ``webhooks.studio.funnel_stats``.
Where volume matters (the funnel over 100k leads) the database aggregates;
Rasa's tracker events are never scanned per page view: ``refresh_conversations``
folds only the events it has not seen (by id) into the small
``funnel_conversations`` / ``funnel_asks`` cache, which the funnel then
aggregates like any other table.

Rasa's tracker store (``bot.stores``) writes its ``events`` table into the
same database: ``sender_id`` is the lead's ``conversation_id``, ``type_name``
is ``user``/``bot``/``slot``/..., ``action_name`` holds a slot event's slot
name, and ``data`` is the event as JSON text. A service deployed without the
bot has no such table; every tracker read then answers "nothing".
"""

from __future__ import annotations

import calendar
import json
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from typing import Any

from sqlalchemy import Integer, and_, case, cast, delete, func, inspect, select, text, union, update
from sqlalchemy.orm import Session

from signing.preview import PREFIX as PREVIEW_PREFIX
from webhooks.models import (
    Booking,
    Delivery,
    DestinationRecord,
    FunnelAsk,
    FunnelConversation,
    FunnelProgress,
    FunnelWording,
    Lead,
    StatusChange,
)
from webhooks.studio import attribution
from webhooks.studio import funnel_stats as stats
from webhooks.studio.funnel_stats import as_date

QUALIFIED_STAGES = ("mql", "sql", "pql")
SALES_QUALIFIED_STAGES = ("sql", "pql")
BOOKED_STATUSES = ("booked", "won")
SALES_ACTOR_PREFIX = "slack:"
SALES_FIELDS = ("owner", "status")
TRANSCRIPT_LIMIT = 500
UNASSIGNED = "(unassigned)"


# ----------------------------------------------------------------------------- leads list


@dataclass(frozen=True)
class LeadFilter:
    stage: str | None = None
    owner: str | None = None  # ``UNASSIGNED`` for leads nobody owns
    status: str | None = None
    created_from: date | None = None
    created_to: date | None = None  # inclusive


def _conditions(where: LeadFilter) -> list[Any]:
    conditions: list[Any] = []
    if where.stage:
        conditions.append(Lead.stage == where.stage)
    if where.owner == UNASSIGNED:
        conditions.append(Lead.owner.is_(None))
    elif where.owner:
        conditions.append(Lead.owner == where.owner)
    if where.status:
        conditions.append(Lead.status == where.status)
    if where.created_from:
        conditions.append(Lead.created_at >= datetime.combine(where.created_from, time.min))
    if where.created_to:
        conditions.append(Lead.created_at < datetime.combine(where.created_to + timedelta(days=1), time.min))
    return conditions


def lead_page(session: Session, where: LeadFilter, page: int, per_page: int) -> tuple[list[Lead], int]:
    """One page of leads, newest first, and how many match in all."""
    conditions = _conditions(where)
    total = session.execute(select(func.count()).select_from(Lead).where(*conditions)).scalar_one()
    rows = session.execute(
        select(Lead).where(*conditions)
        .order_by(Lead.created_at.desc(), Lead.seq.desc())
        .offset((page - 1) * per_page).limit(per_page)
    ).scalars()
    return list(rows), int(total)


def owners(session: Session, limit: int = 200) -> list[str]:
    """Owners to offer in the filter (Slack user ids as stored)."""
    rows = session.execute(
        select(Lead.owner).where(Lead.owner.is_not(None)).group_by(Lead.owner).order_by(Lead.owner).limit(limit)
    )
    return [owner for (owner,) in rows]


# ----------------------------------------------------------------------------- one lead


@dataclass(frozen=True)
class Message:
    """One turn of the chat as Rasa recorded it; ``text`` is exactly what was said (escape when shown)."""

    sender: str  # "user" | "bot"
    text: str
    at: datetime | None


def has_tracker(session: Session) -> bool:
    return inspect(session.connection()).has_table("events")


def transcript(session: Session, conversation_id: str | None, limit: int = TRANSCRIPT_LIMIT) -> list[Message] | None:
    """The conversation's user and bot messages in order; ``None`` when there is no tracker store here."""
    if not has_tracker(session):
        return None
    if not conversation_id:
        return []
    rows = session.execute(
        text(
            "SELECT type_name, timestamp, data FROM events"
            " WHERE sender_id = :sender AND type_name IN ('user', 'bot') ORDER BY id LIMIT :limit"
        ),
        {"sender": conversation_id, "limit": limit},
    )
    messages = []
    for type_name, stamp, data in rows:
        try:
            event = json.loads(data or "{}")
        except ValueError:
            continue
        said = event.get("text") if isinstance(event, dict) else None
        if not isinstance(said, str) or not said:
            continue  # a bot turn with only buttons or an image, or a user payload with no text
        at = datetime.fromtimestamp(stamp, timezone.utc).replace(tzinfo=None) if stamp is not None else None
        messages.append(Message(type_name, said, at))
    return messages


def came_from(session: Session, conversation_id: str | None) -> attribution.Attribution | None:
    """Where the visitor came from, as their first chat message said (``None``: no tracker or no conversation)."""
    if not conversation_id or not has_tracker(session):
        return None
    data = session.execute(
        text("SELECT data FROM events WHERE sender_id = :sender AND type_name = 'user' ORDER BY id LIMIT 1"),
        {"sender": conversation_id},
    ).scalar()
    return attribution.read(data) if data is not None else None


@dataclass(frozen=True)
class DeliveryLine:
    """One delivery as the lead page lists it (``webhooks.models.Delivery`` is the outbox row itself)."""

    delivery: Delivery

    @property
    def state(self) -> str:
        """What the marketer needs to know: delivered, retrying (failed, will try again), dead, ..."""
        status = self.delivery.status
        if status == "pending":
            return "retrying" if self.delivery.attempts else "queued"
        return status


@dataclass(frozen=True)
class DestinationLine:
    """A destination as the lead page shows it (``integrations.destination.Destination`` is the client)."""

    name: str
    deliveries: list[DeliveryLine]
    external_url: str | None


def destinations(session: Session, lead_id: str) -> list[DestinationLine]:
    """Each destination the lead was sent to, with every delivery (newest first) and the CRM link if any."""
    records = {
        r.destination: r for r in session.execute(
            select(DestinationRecord).where(DestinationRecord.lead_id == lead_id)
        ).scalars()
    }
    grouped: dict[str, list[DeliveryLine]] = {}
    for delivery in session.execute(
        select(Delivery).where(Delivery.lead_id == lead_id).order_by(Delivery.destination, Delivery.seq.desc())
    ).scalars():
        grouped.setdefault(delivery.destination, []).append(DeliveryLine(delivery))
    return [
        DestinationLine(name, rows, _http_url(records[name].external_url) if name in records else None)
        for name, rows in grouped.items()
    ]


def _http_url(url: str | None) -> str | None:
    """Only http(s) links become links: a destination's answer is not trusted as markup either."""
    if url and url.lower().startswith(("https://", "http://")):
        return url
    return None


def booking(session: Session, lead_id: str) -> Booking | None:
    """The call booked in the chat (``bookings``), if any; older leads carry it in ``Lead.booking`` only."""
    return session.execute(select(Booking).where(Booking.lead_id == lead_id)).scalar_one_or_none()


def select_lead(lead_id: str) -> Any:
    return select(Lead).where(Lead.id == lead_id)


def history(session: Session, lead_id: str) -> list[StatusChange]:
    return list(session.execute(
        select(StatusChange).where(StatusChange.lead_id == lead_id).order_by(StatusChange.seq)
    ).scalars())


def delivery_of(session: Session, lead_id: str, delivery_id: str) -> Delivery | None:
    return session.execute(
        select(Delivery).where(Delivery.id == delivery_id, Delivery.lead_id == lead_id)
    ).scalar_one_or_none()


# ----------------------------------------------------------------------------- the funnel


@dataclass(frozen=True)
class FunnelFilter:
    """Conversations from one channel, page, UTM campaign or language only (``None``: any)."""

    channel: str | None = None
    page: str | None = None
    campaign: str | None = None
    language: str | None = None

    def conditions(self) -> list[Any]:
        return [getattr(FunnelConversation, name) == value for name, value in vars(self).items() if value]

    def __bool__(self) -> bool:
        return any(vars(self).values())


@dataclass(frozen=True)
class FunnelRows:
    """What the database says about a range of days; ``None`` parts need the tracker store."""

    started: list[tuple[date, int]] | None
    leads: list[tuple[date, int, int, int]]  # finished leads and drafts sent on as abandoned; no draft in progress
    drafts: int  # drafts still in progress (contact details given, the conversation still going)
    dropped: dict[str | None, int] | None  # conversations without a finished lead that left, by the last question
    in_progress: dict[str | None, int] | None  # the same, still going (active lately)
    asked: dict[str, int] | None
    claim_hours: list[float]  # per qualified lead acted on: hours from creation to the first sales action
    unclaimed: int
    behind: int  # tracker events not yet folded into the cache (a first view of a large tracker)
    variants: list[stats.Variant] = field(default_factory=list)  # questions shown in more than one wording
    choices: dict[str, list[str]] = field(default_factory=dict)  # what each filter can be set to


def _epoch(moment: datetime) -> float:
    return float(calendar.timegm(moment.timetuple()))


REFRESH_BATCH = 20_000
# Events read per page view at most; a first view over a large tracker catches up over a few views.
REFRESH_LIMIT = 100_000
# Event ids are taken when a write begins but visible when it commits, so a few may appear
# behind the mark: each refresh re-reads this many ids before it (folding is idempotent).
OVERLAP = 2_000
PROGRESS = "events"


_BOOKKEEPING = ", ".join(f"'{name}'" for name in stats.BOOKKEEPING_SLOTS)
# What ``funnel_stats.fold_events`` needs of each event: the JSON only where it says something to the
# funnel (which question, where the visitor came from, which wording was shown), and of any other
# slot event only its tail (cleared or set), so a page view never moves the tracker's bulk.
EVENT_ROWS = (
    "SELECT id, sender_id, type_name, timestamp, action_name,"
    " CASE WHEN type_name = 'slot' AND action_name = 'requested_slot' THEN data"
    "  WHEN type_name = 'user' THEN data"
    f"  WHEN type_name = 'bot' AND data LIKE '%{stats.WORDING_MARK}%' THEN data"
    f"  WHEN type_name = 'slot' AND action_name NOT IN ({_BOOKKEEPING})"
    f"   THEN substr(data, length(data) - {len(stats.NULL_TAIL) - 1}) END"
    " FROM events WHERE id > :after"
    f" AND sender_id NOT LIKE '{PREVIEW_PREFIX}.%'"  # the studio's preview chats are no visitors
    " ORDER BY id LIMIT :batch"
)


def _insert_ignoring_duplicates(session: Session, table: Any, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    session.execute(insert(table).on_conflict_do_nothing(), rows)


def refresh_conversations(session: Session, limit: int | None = None) -> int:
    """Fold tracker events not seen yet into ``funnel_conversations``/``funnel_asks``; the events left to read.

    Runs in the caller's transaction. The progress row is locked first, so
    two page views never fold the same batch at once (SQLite's write lock
    does the same there). A tracker table that was emptied or recreated
    (ids behind the mark) starts the cache afresh.
    """
    _insert_ignoring_duplicates(session, FunnelProgress.__table__, [{"name": PROGRESS, "last_event_id": 0}])
    progress = session.execute(
        select(FunnelProgress).where(FunnelProgress.name == PROGRESS).with_for_update()
    ).scalar_one()
    newest = session.execute(text("SELECT MAX(id) FROM events")).scalar()
    if newest is None or newest < progress.last_event_id:
        session.execute(delete(FunnelAsk))
        session.execute(delete(FunnelConversation))
        progress.last_event_id = 0
    if newest is None:
        return 0
    mark = progress.last_event_id
    after = max(0, mark - OVERLAP)
    read, limit = 0, limit or REFRESH_LIMIT
    while read < limit:
        rows = session.execute(text(EVENT_ROWS), {"after": after, "batch": REFRESH_BATCH}).all()
        if not rows:
            break
        _fold(session, rows)
        after = rows[-1][0]
        read += sum(1 for row in rows if row[0] > mark)  # the overlap re-read is not progress
    progress.last_event_id = max(progress.last_event_id, after)
    return max(0, int(newest) - progress.last_event_id)


def _fold(session: Session, rows: list[Any]) -> None:
    senders = list({row[1] for row in rows})
    stored: dict[str, FunnelConversation] = {}
    stored_asks: dict[tuple[str, str], FunnelAsk] = {}
    for chunk in range(0, len(senders), 500):
        some = senders[chunk:chunk + 500]
        for row in session.execute(select(FunnelConversation).where(FunnelConversation.sender_id.in_(some))).scalars():
            stored[row.sender_id] = row
        for ask in session.execute(select(FunnelAsk).where(FunnelAsk.sender_id.in_(some))).scalars():
            stored_asks[(ask.sender_id, ask.question)] = ask
    summaries = {
        sender: stats.Conversation(
            row.first_user, row.last_at, row.last_question, row.last_question_event,
            origin=stats.Origin(row.channel, row.page, row.campaign, row.language) if row.channel else None,
        )
        for sender, row in stored.items()
    }
    for (sender, question), ask in stored_asks.items():
        summaries.setdefault(sender, stats.Conversation()).asks[question] = stats.Ask(
            ask.asked_at, ask.ask_event, ask.variant, ask.answered_at)
    before = {sender: row.first_user for sender, row in stored.items()}
    stats.fold_events(summaries, rows)
    fresh: list[dict[str, Any]] = []
    asks: list[dict[str, Any]] = []
    wordings: list[dict[str, Any]] = []
    for sender, summary in summaries.items():
        origin = summary.origin or stats.Origin()
        values = {
            "first_user": summary.first_user, "last_at": summary.last_at if summary.last_at is not None else 0.0,
            "last_question": summary.last_question, "last_question_event": summary.last_question_event,
            "channel": origin.channel, "page": origin.page, "campaign": origin.campaign, "language": origin.language,
        }
        row = stored.get(sender)
        if row is None:
            fresh.append({"sender_id": sender, **values})
        else:
            for name, value in values.items():
                setattr(row, name, value)
        for question, ask in summary.asks.items():
            facts = {"asked_at": ask.asked_at, "ask_event": ask.ask_event, "variant": ask.variant,
                     "answered_at": ask.answered_at}
            known = stored_asks.get((sender, question))
            if known is not None:
                if ask.changed:
                    for name, value in facts.items():
                        setattr(known, name, value)
            else:
                asks.append({"sender_id": sender, "question": question, "first_user": summary.first_user, **facts})
        wordings += [{"key": key, "question": q, "text": words} for key, (q, words) in summary.wordings.items()]
        if row is not None and before[sender] != summary.first_user:  # rare: an earlier message read late
            session.execute(
                update(FunnelAsk).where(FunnelAsk.sender_id == sender).values(first_user=summary.first_user)
            )
    session.flush()
    if fresh:  # most rows on a first fill: one multi-row insert instead of an ORM object each
        session.execute(FunnelConversation.__table__.insert(), fresh)
    _insert_ignoring_duplicates(session, FunnelAsk.__table__, asks)
    _insert_ignoring_duplicates(session, FunnelWording.__table__, list({w["key"]: w for w in wordings}.values()))


def funnel(session: Session, first: date, last: date, idle_before: datetime,
           where: FunnelFilter | None = None) -> FunnelRows:
    """Gather the funnel for ``first``..``last`` (inclusive, UTC days); run in a transaction (it refreshes the cache).

    A conversation belongs to the day of its first visitor message. Until it
    has a finished lead it counts at the last question the form asked (a
    "stop" that closed the form does not hide where it happened), or before
    the first one: as left when nothing happened since ``idle_before``, else
    as still in progress. A draft lead (contact details given, conversation
    going on) counts apart from the finished ones until it is finished or
    sent on as abandoned. ``where`` keeps the conversations from one
    channel, page, campaign or language, and the leads of those.

    Each part is one grouped query (or two range scans joined here) answered
    from the covering indexes of migration 0007, never by reading the wide
    lead rows or by a lookup per lead, so two years cost a few index scans.
    """
    where = where or FunnelFilter()
    start = datetime.combine(first, time.min)
    end = datetime.combine(last + timedelta(days=1), time.min)
    tracker = has_tracker(session)
    behind = refresh_conversations(session) if tracker else 0
    of_origin = (
        Lead.conversation_id.in_(select(FunnelConversation.sender_id).where(*where.conditions()))
        if where and tracker else None
    )
    drafts = _drafts(session, start, end, of_origin)
    leads = _lead_days(session, start, end, of_origin, drafts)
    hours = _claim_hours(session, start, end, of_origin, set(drafts))
    unclaimed = sum(identified for _, identified, _, _ in leads) - len(hours)  # same leads: qualified, of the period
    if not tracker:
        return FunnelRows(None, leads, len(drafts), None, None, None, hours, unclaimed, 0)
    low, high = _epoch(start), _epoch(end)
    in_period = and_(FunnelConversation.first_user >= low, FunnelConversation.first_user < high,
                     *where.conditions())
    day = _epoch_day(session, FunnelConversation.first_user)
    started = [
        (date(1970, 1, 1) + timedelta(days=int(number)), int(count))
        for number, count in session.execute(select(day, func.count()).where(in_period).group_by(day))
    ]
    # Conversations that ended in a finished lead: one list, read once (a lead comes after its first message).
    # Read from indexes alone: the period's leads from ``ix_leads_funnel``, the unfinished ones from
    # ``ix_leads_unfinished`` (0011), never the wide lead rows.
    finished = and_(
        FunnelConversation.sender_id.in_(
            select(Lead.conversation_id).where(Lead.created_at >= start, Lead.conversation_id.is_not(None))),
        FunnelConversation.sender_id.not_in(
            select(Lead.conversation_id).where(text(UNFINISHED[session.get_bind().dialect.name]),
                                               Lead.conversation_id.is_not(None))),  # NOT IN meets no NULL
    )
    quiet = FunnelConversation.last_at < _epoch(idle_before)
    stopped: dict[bool, dict[str | None, int]] = {True: {}, False: {}}
    for question, left, count in session.execute(
        select(FunnelConversation.last_question, quiet, func.count())
        .where(in_period, ~finished)
        .group_by(FunnelConversation.last_question, quiet)
    ):
        stopped[bool(left)][question] = int(count)
    if where:
        asked_rows = session.execute(
            select(FunnelAsk.question, func.count())
            .join(FunnelConversation, FunnelConversation.sender_id == FunnelAsk.sender_id)
            .where(FunnelAsk.first_user >= low, FunnelAsk.first_user < high, *where.conditions())
            .group_by(FunnelAsk.question)
        ).all()
    else:
        asked_rows = session.execute(
            select(FunnelAsk.question, func.count())
            .where(FunnelAsk.first_user >= low, FunnelAsk.first_user < high)
            .group_by(FunnelAsk.question)
        ).all()
    return FunnelRows(
        started=sorted(started),
        leads=leads,
        drafts=len(drafts),
        dropped=stopped[True],
        in_progress=stopped[False],
        asked={question: int(count) for question, count in asked_rows},
        claim_hours=hours,
        unclaimed=unclaimed,
        behind=behind,
        variants=_variants(session, start, low, high, idle_before, where, finished),
        choices=_choices(session, low, high),
    )


FILTERS = ("channel", "page", "campaign", "language")
MAX_CHOICES = 50


def _choices(session: Session, low: float, high: float) -> dict[str, list[str]]:
    """The values each filter can take in the period, the most common first (at most ``MAX_CHOICES``).

    One grouped scan over the four columns (their combinations are few), added up per filter here.
    """
    columns = [getattr(FunnelConversation, name) for name in FILTERS]
    counts: dict[str, dict[str, int]] = {name: {} for name in FILTERS}
    for *values, count in session.execute(
        select(*columns, func.count())
        .where(FunnelConversation.first_user >= low, FunnelConversation.first_user < high)
        .group_by(*columns)
    ):
        for name, value in zip(FILTERS, values):
            if value is not None:
                counts[name][value] = counts[name].get(value, 0) + int(count)
    return {
        name: [value for value, _ in sorted(found.items(), key=lambda item: (-item[1], item[0]))[:MAX_CHOICES]]
        for name, found in counts.items()
    }


def _variants(session: Session, start: datetime, low: float, high: float, idle_before: datetime,
              where: FunnelFilter, finished: Any) -> list[stats.Variant]:
    """Per question shown in more than one wording in the period: each wording's outcomes, as shown.

    Counted per conversation by the wording it heard first (its assignment).
    Booked: the conversation's lead has a booked call (``_booked_conversations``). The
    questions come from ``funnel_wordings`` (a few rows), the counts from
    three grouped reads of the period's asks: outcomes, booked calls, and the
    times to answer per whole second (for the medians).
    """
    questions = [q for (q,) in session.execute(
        select(FunnelWording.question).group_by(FunnelWording.question).having(func.count() > 1))]
    if not questions:
        return []
    asks = and_(FunnelAsk.first_user >= low, FunnelAsk.first_user < high, FunnelAsk.variant.is_not(None),
                FunnelAsk.question.in_(questions))
    in_scope = [asks, *where.conditions()]

    def scoped(query: Any) -> Any:  # the conversations' columns are needed only to filter by them
        return query.join(FunnelConversation, FunnelConversation.sender_id == FunnelAsk.sender_id) if where else query

    rows = session.execute(
        scoped(select(FunnelAsk.question, FunnelAsk.variant, func.count(), func.count(FunnelAsk.answered_at)))
        .where(*in_scope)
        .group_by(FunnelAsk.question, FunnelAsk.variant)
    ).all()
    # Stopped at the question, unanswered, without a finished lead: from the conversations' side (their last
    # question), one primary-key look-up of the ask each, rather than a join for every ask.
    quiet = FunnelConversation.last_at < _epoch(idle_before)
    stopped: dict[tuple[str, str, bool], int] = {}
    for question, variant, left, count in session.execute(
        select(FunnelConversation.last_question, FunnelAsk.variant, quiet, func.count())
        .join(FunnelAsk, and_(FunnelAsk.sender_id == FunnelConversation.sender_id,
                              FunnelAsk.question == FunnelConversation.last_question))
        .where(FunnelConversation.first_user >= low, FunnelConversation.first_user < high, *where.conditions(),
               FunnelConversation.last_question.in_(questions), FunnelAsk.variant.is_not(None),
               FunnelAsk.answered_at.is_(None), ~finished)
        .group_by(FunnelConversation.last_question, FunnelAsk.variant, quiet)
    ):
        stopped[(question, variant, bool(left))] = int(count)
    booked_conversations = _booked_conversations(session, start)
    booked = {(q, v): int(n) for q, v, n in session.execute(
        scoped(select(FunnelAsk.question, FunnelAsk.variant, func.count()))
        .where(*in_scope, FunnelAsk.sender_id.in_(booked_conversations))
        .group_by(FunnelAsk.question, FunnelAsk.variant)
    )}
    # Medians from the times to answer counted per whole second in the database (the page shows whole
    # seconds): a few hundred rows per wording however many conversations there are.
    seconds = func.round(FunnelAsk.answered_at - FunnelAsk.asked_at)
    spread: dict[tuple[str, str], dict[float, int]] = {}
    for question, variant, second, count in session.connection().execute(
        scoped(select(FunnelAsk.question, FunnelAsk.variant, seconds, func.count()))
        .where(*in_scope, FunnelAsk.answered_at.is_not(None), FunnelAsk.asked_at.is_not(None))
        .group_by(FunnelAsk.question, FunnelAsk.variant, seconds)
    ):
        spread.setdefault((question, variant), {})[max(0.0, float(second))] = int(count)
    words = dict(session.execute(
        select(FunnelWording.key, FunnelWording.text).where(FunnelWording.key.in_({r[1] for r in rows}))
    ).all())
    shown = [
        stats.Variant(
            question=question, key=variant, text=words.get(variant, "(wording not recorded)"),
            asked=int(asked), answered=int(answered), abandoned=stopped.get((question, variant, True), 0),
            in_progress=stopped.get((question, variant, False), 0),
            booked=booked.get((question, variant), 0),
            median_seconds=stats.weighted_median(spread.get((question, variant), {})),
        )
        for question, variant, asked, answered in sorted(rows, key=lambda r: (r[0], r[1]))
    ]
    several = {q for q in questions if sum(1 for v in shown if v.question == q) > 1}
    return [v for v in shown if v.question in several]


# A sales action is stamped after its lead is created; allow clocks of other processes to disagree this much.
CLOCK_SLACK = timedelta(days=1)
# Leads with a booked call whose status is not booked/won. The partial index ``ix_leads_booked``
# (migration 0007) holds exactly these; written out literally, per database, so each sees that it applies.
# ``booking`` is SQL NULL when never set, but JSON ``null`` when written as None or cleared.
_NOT_BOOKED_STATUS = "status NOT IN (%s)" % ", ".join(f"'{s}'" for s in BOOKED_STATUSES)
BOOKED_OTHERWISE = {
    "sqlite": f"booking IS NOT NULL AND booking NOT IN ('null', '{{}}') AND {_NOT_BOOKED_STATUS}",
    "postgresql": f"booking IS NOT NULL AND booking NOT IN ('null'::jsonb, '{{}}'::jsonb) AND {_NOT_BOOKED_STATUS}",
}


# Leads whose conversation is not finished (drafts, and drafts sent on as abandoned): the partial index
# ``ix_leads_unfinished`` (migration 0011) holds exactly these, written per database so each sees it applies.
UNFINISHED = {"sqlite": "complete = 0", "postgresql": "complete = false"}


def _epoch_day(session: Session, column: Any) -> Any:
    """Days since 1970-01-01 (UTC) of an epoch-seconds column, computed in the database."""
    if session.get_bind().dialect.name == "postgresql":
        return cast(func.floor(column / 86400), Integer)
    return cast(column / 86400, Integer)  # SQLite truncates, which is the floor for times after 1970


def _drafts(session: Session, start: datetime, end: datetime, of_origin: Any) -> dict[str, tuple[datetime, str, str]]:
    """Drafts still in progress created in the period: id -> (created_at, stage, status).

    Read through the partial index ``ix_leads_abandon_at`` (drafts in progress
    only, a handful), with the period checked here: a condition on
    ``created_at`` would send the database to the period's whole range instead.
    """
    query = select(Lead.id, Lead.created_at, Lead.stage, Lead.status).where(Lead.abandon_at.is_not(None))
    if of_origin is not None:
        query = query.where(of_origin)
    return {lead_id: (created, stage, status) for lead_id, created, stage, status in session.execute(query)
            if start <= created < end}


def _lead_days(
    session: Session, start: datetime, end: datetime, of_origin: Any, drafts: dict[str, tuple[datetime, str, str]],
) -> list[tuple[date, int, int, int]]:
    """Per creation day: leads at least MQL, at least SQL, and booked (a booking, or booked/won); and drafts.

    Stage and status come from the covering index ``ix_leads_funnel``; the
    leads booked without a booked/won status (a call booked in the chat) are
    few and are added from the bookings and the partial index on ``booking``.
    Drafts still in progress (``abandon_at`` set, the partial index
    ``ix_leads_abandon_at``) are few too: they are taken back out and counted
    apart.
    """
    day = func.date(Lead.created_at)
    period = and_(Lead.created_at >= start, Lead.created_at < end)
    if of_origin is not None:
        period = and_(period, of_origin)
    rows = session.execute(
        select(
            day,
            func.sum(case((Lead.stage.in_(QUALIFIED_STAGES), 1), else_=0)),
            func.sum(case((Lead.stage.in_(SALES_QUALIFIED_STAGES), 1), else_=0)),
            func.sum(case((Lead.status.in_(BOOKED_STATUSES), 1), else_=0)),
        )
        .where(period)
        .group_by(day)
    )
    counts = {as_date(d): [int(i or 0), int(q or 0), int(b or 0)] for d, i, q, b in rows}
    booked_otherwise = _booked_otherwise(session, period)
    for lead_id, created in booked_otherwise.items():
        if lead_id not in drafts:
            counts.setdefault(created.date(), [0, 0, 0])[2] += 1
    for created, stage, status in drafts.values():
        row = counts[created.date()]
        row[0] -= stage in QUALIFIED_STAGES
        row[1] -= stage in SALES_QUALIFIED_STAGES
        row[2] -= status in BOOKED_STATUSES
    return [(d, i, q, b) for d, (i, q, b) in counts.items()]


def _booked_otherwise_queries(session: Session, period: Any, *columns: Any) -> list[Any]:
    """Selects of ``columns`` of the period's leads with a booked call but a status other than booked/won.

    Two reads: the partial index ``ix_leads_booked`` (a booking on the lead), and the ``bookings`` rows.
    """
    predicate = BOOKED_OTHERWISE[session.get_bind().dialect.name]
    return [
        select(*columns).where(period, text(predicate), Lead.erased_at.is_(None)),
        select(*columns).join(Booking, Booking.lead_id == Lead.id).where(period, Lead.status.not_in(BOOKED_STATUSES)),
    ]


def _booked_otherwise(session: Session, period: Any) -> dict[str, datetime]:
    """Leads of the period with a booked call but a status other than booked/won: id -> created_at."""
    found: dict[str, datetime] = {}
    for query in _booked_otherwise_queries(session, period, Lead.id, Lead.created_at):
        found.update(session.execute(query).all())
    return found


def _booked_conversations(session: Session, start: datetime) -> Any:
    """The conversations whose lead (created since ``start``) has a booked call, as one subquery.

    Booked as the funnel counts it: status booked/won (from ``ix_leads_funnel``), or a call booked in the
    chat (``_booked_otherwise``).
    """
    period = and_(Lead.created_at >= start, Lead.conversation_id.is_not(None))
    return union(
        select(Lead.conversation_id).where(period, Lead.status.in_(BOOKED_STATUSES)),
        *_booked_otherwise_queries(session, period, Lead.conversation_id),
    )


def _claim_hours(session: Session, start: datetime, end: datetime, of_origin: Any, drafts: set[str]) -> list[float]:
    """Hours from creation to the first sales action, per qualified lead of the range that has one.

    The first action per lead is grouped from one range scan of
    ``ix_status_changes_at`` (a lead's actions come after it was created, so
    those since the period began suffice) and joined to the period's
    qualified leads in the database, which also subtracts the times: tens
    of thousands of leads come back as one number each. A claim stamped
    before creation (clocks of two processes) counts as 0. Drafts in
    progress are left out, as in the counts.
    """
    first = (
        select(StatusChange.lead_id, func.min(StatusChange.at).label("first"))
        .where(
            StatusChange.at >= start - CLOCK_SLACK,
            # ``LIKE 'slack:%'`` as a range, which an index can answer (and as case-sensitive as LIKE on PostgreSQL).
            StatusChange.actor >= SALES_ACTOR_PREFIX,
            StatusChange.actor < SALES_ACTOR_PREFIX[:-1] + chr(ord(SALES_ACTOR_PREFIX[-1]) + 1),
            StatusChange.field.in_(SALES_FIELDS),
        )
        .group_by(StatusChange.lead_id)
        .subquery()
    )
    hours = _hours_between(session, first.c.first, Lead.created_at)
    conditions = [Lead.created_at >= start, Lead.created_at < end, Lead.stage.in_(QUALIFIED_STAGES)]
    if of_origin is not None:
        conditions.append(of_origin)
    rows = session.connection().execute(  # Core, not the ORM: plain rows, one float each
        select(Lead.id, hours)
        .select_from(Lead)
        .join(first, first.c.lead_id == Lead.id)
        .where(*conditions)
    )
    return [max(0.0, float(h)) for lead_id, h in rows if h is not None and lead_id not in drafts]


def _hours_between(session: Session, later: Any, earlier: Any) -> Any:
    if session.get_bind().dialect.name == "postgresql":
        return func.extract("epoch", later - earlier) / 3600.0
    return (func.julianday(later) - func.julianday(earlier)) * 24.0
