"""Every SQL read behind the studio's leads and funnel pages, in one place.

Views call these with a session and plain values and get rows or small
dataclasses back; the funnel's arithmetic lives in ``webhooks.studio.funnel_stats``.
Where volume matters (the funnel over 100k leads) the database aggregates;
Rasa's tracker events are never scanned per page view: ``refresh_conversations``
folds only the events it has not seen (by id) into the small
``funnel_conversations`` / ``funnel_asks`` cache, which the funnel then
aggregates like any other table, and keeps per-day counters of the asks
(``funnel_ask_days``, ``funnel_answer_times``) in the same transaction.

Rasa's tracker store (``bot.stores``) writes its ``events`` table into the
same database: ``sender_id`` is the lead's ``conversation_id``, ``type_name``
is ``user``/``bot``/``slot``/..., ``action_name`` holds a slot event's slot
name, and ``data`` is the event as JSON text. A service deployed without the
bot has no such table; every tracker read then answers "nothing".
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import (
    DateTime,
    Integer,
    and_,
    bindparam,
    case,
    cast,
    column,
    delete,
    exists,
    func,
    inspect,
    or_,
    select,
    table,
    text,
    union,
    update,
)
from sqlalchemy.orm import Session, aliased

from signing.preview import PREFIX as PREVIEW_PREFIX
from webhooks.handoff.models import AGENT, Handoff, HandoffMessage
from webhooks.models import (
    Booking,
    Delivery,
    DestinationRecord,
    FunnelAnswerTime,
    FunnelAsk,
    FunnelAskDay,
    FunnelConversation,
    FunnelProgress,
    FunnelWording,
    Lead,
    StatusChange,
    utcnow,
)
from webhooks.studio import attribution
from webhooks.studio import funnel_stats as stats
from webhooks.studio import transcript as chat
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


def has_tracker(session: Session) -> bool:
    return inspect(session.connection()).has_table("events")


def transcript(session: Session, lead_id: str, conversation_id: str | None,
               limit: int = TRANSCRIPT_LIMIT) -> list[chat.Line] | None:
    """The chat as the visitor saw it: Rasa's user and bot messages, and a salesperson's part, in order.

    ``None`` when there is no tracker store here and nobody joined the chat.
    """
    handoff = _handoff_lines(session, lead_id)
    if not has_tracker(session):
        return chat.lines([], handoff) if handoff else None
    if not conversation_id:
        return chat.lines([], handoff)
    rows = session.execute(
        text(
            "SELECT type_name, timestamp, data FROM events"
            " WHERE sender_id = :sender AND type_name IN ('user', 'bot') ORDER BY id LIMIT :limit"
        ),
        {"sender": conversation_id, "limit": limit},
    ).all()
    return chat.lines(rows, handoff)


def _handoff_lines(session: Session, lead_id: str) -> list[chat.HandoffLine]:
    """Who joined the lead's chat and when they left, and what they wrote (the visitor's side is in the tracker)."""
    found: list[chat.HandoffLine] = []
    for turn in session.execute(select(Handoff).where(Handoff.lead_id == lead_id).order_by(Handoff.seq)).scalars():
        found.append(chat.HandoffLine(chat.JOINED, turn.agent_name, "", turn.joined_at))
        if turn.ended_at is not None:
            found.append(chat.HandoffLine(chat.LEFT, turn.agent_name, "", turn.ended_at))
    found += [
        chat.HandoffLine(chat.SAID, name, said, at) for name, said, at in session.execute(
            select(HandoffMessage.name, HandoffMessage.text, HandoffMessage.at)
            .where(HandoffMessage.lead_id == lead_id, HandoffMessage.author == AGENT)
            .order_by(HandoffMessage.seq)
        )
    ]
    return sorted(found, key=lambda line: line.at)


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


# Where a visitor came from, as the lead stores it (``Lead.attribution``, ``Lead.language``), per filter: plain
# columns the database computes (migration 0015), in the form the funnel's cache keeps them too.
_STORED: dict[str, Any] = {
    "channel": Lead.origin_channel,
    "page": Lead.origin_page,
    "campaign": Lead.origin_campaign,
    "language": Lead.origin_language,
}


@dataclass(frozen=True)
class FunnelFilter:
    """Conversations from one channel, page, UTM campaign or language only (``None``: any).

    What the lead stores decides (its attribution and language: the language
    the conversation was held in, the page as the widget sent it); the chat's
    first message only where the lead stores nothing for that filter, or where
    there is no lead yet. Conversations are filtered by the cache's columns,
    into which ``adopt_lead_origins`` copies what their leads store; leads by
    their own columns, and by their conversation's where they store nothing.
    """

    channel: str | None = None
    page: str | None = None
    campaign: str | None = None
    language: str | None = None

    def _set(self) -> list[tuple[str, str]]:
        return [(name, stats.origin_value(name, value)) for name, value in vars(self).items() if value]

    def leads(self) -> list[Any]:
        """Conditions on ``Lead``: its stored value matches, or it stores none and its conversation's first message did.

        Plain equalities on columns (no expression over the JSON), so the database's statistics count
        them: with a guess of one lead, PostgreSQL chose plans that took seconds.
        """
        return [
            or_(_STORED[name] == value, and_(
                _STORED[name].is_(None),
                Lead.conversation_id.in_(select(FunnelConversation.sender_id).where(
                    getattr(FunnelConversation, name) == value)),
            ))
            for name, value in self._set()
        ]

    def conversations(self) -> list[Any]:
        """Conditions on ``FunnelConversation``: the cache carries what its lead stores (``adopt_lead_origins``)."""
        return [getattr(FunnelConversation, name) == value for name, value in self._set()]

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
# Events folded in one refresh after which PostgreSQL's statistics of the cache are brought up to date.
RESTATE_AFTER = REFRESH_BATCH


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
        for cached in (FunnelAnswerTime, FunnelAskDay, FunnelAsk, FunnelConversation):
            session.execute(delete(cached))
        progress.last_event_id = 0
    if newest is None:
        return 0
    mark = progress.last_event_id
    # SQLite has one writer at a time, holding the lock from the id it takes to its commit: ids appear in order
    # there, and the overlap's re-read (2,000 events folded again at every view) is needed on PostgreSQL only.
    after = max(0, mark - (OVERLAP if session.get_bind().dialect.name == "postgresql" else 0))
    read, limit = 0, limit or REFRESH_LIMIT
    while read < limit:
        rows = session.execute(text(EVENT_ROWS), {"after": after, "batch": REFRESH_BATCH}).all()
        if not rows:
            break
        _fold(session, rows)
        after = rows[-1][0]
        read += sum(1 for row in rows if row[0] > mark)  # the overlap re-read is not progress
    progress.last_event_id = max(progress.last_event_id, after)
    adopt_lead_origins(session)
    if read >= RESTATE_AFTER and session.get_bind().dialect.name == "postgresql":
        # The cache grew by much at once (a first fill): the planner's row counts for it are from when it was
        # small (autovacuum re-counts only later), and with them it joins the period's asks row by row through
        # the primary key: a filtered funnel took seconds. ANALYZE samples, so it costs little at any size.
        session.execute(text("ANALYZE funnel_conversations, funnel_asks"))
    return max(0, int(newest) - progress.last_event_id)


LEAD_ORIGINS = "lead_origins"
# A lead's language may change while its conversation goes on (and a draft is finished later): leads this
# recent are read again at every refresh, older ones once (by ``Lead.seq``).
READOPT = timedelta(days=1)


def _stored_origins(session: Session, which: Any) -> list[tuple[str, dict[str, Any]]]:
    """(conversation id, the cache's origin columns as the lead stores them, only those it stores) per lead."""
    found = []
    for conversation, *stored in session.execute(
        select(Lead.conversation_id, *_STORED.values()).where(which, Lead.conversation_id.is_not(None))
    ):
        values = {name: value for name, value in zip(_STORED, stored) if value is not None}
        if values:
            found.append((conversation, values))
    return found


def adopt_lead_origins(session: Session) -> None:
    """Copy where each conversation came from, as its lead stores it, into the cache (the chat's stays where the
    lead stores nothing). New leads once (by ``seq``), recent ones again: a few rows per page view."""
    _insert_ignoring_duplicates(session, FunnelProgress.__table__, [{"name": LEAD_ORIGINS, "last_event_id": 0}])
    progress = session.execute(
        select(FunnelProgress).where(FunnelProgress.name == LEAD_ORIGINS).with_for_update()
    ).scalar_one()
    newest = session.execute(select(func.max(Lead.seq))).scalar()
    if newest is None:
        return
    recent = utcnow() - READOPT
    by_columns: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for sender, values in _stored_origins(
            session, or_(Lead.seq > progress.last_event_id, Lead.created_at >= recent)):
        by_columns.setdefault(tuple(sorted(values)), []).append(
            {"sender": sender, **{f"new_{name}": value for name, value in values.items()}})
    for columns, rows in by_columns.items():
        cached = FunnelConversation.__table__.c
        session.connection().execute(
            update(FunnelConversation.__table__)
            # Only rows that differ: the recent leads are read again at every view, and a view that changes
            # nothing writes nothing (no write transaction to commit on SQLite).
            .where(cached.sender_id == bindparam("sender"),
                   or_(*(cached[name].is_distinct_from(bindparam(f"new_{name}")) for name in columns)))
            .values({name: bindparam(f"new_{name}") for name in columns}),  # (a column's own name is reserved)
            rows,
        )
    progress.last_event_id = max(progress.last_event_id, int(newest))


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
    # The per-day counters change by what the asks were and what they become (``_count_asks``).
    tally = stats.Tally()
    for (_, question), ask in stored_asks.items():
        tally.add(question, ask.first_user, ask.variant, ask.asked_at, ask.answered_at, sign=-1)
    stats.fold_events(summaries, rows)
    fresh: list[dict[str, Any]] = []
    asks: list[dict[str, Any]] = []
    wordings: list[dict[str, Any]] = []
    for sender, summary in summaries.items():
        origin = summary.origin or stats.Origin()
        last_ask = summary.asks.get(summary.last_question) if summary.last_question is not None else None
        values = {
            "first_user": summary.first_user, "last_at": summary.last_at if summary.last_at is not None else 0.0,
            "last_question": summary.last_question, "last_question_event": summary.last_question_event,
            # The ask stopped at, as its ``funnel_asks`` row below says (the drop-off read joins nothing).
            "last_variant": last_ask.variant if last_ask is not None else None,
            "last_answered": (last_ask.answered_at is not None) if last_ask is not None else None,
            "channel": origin.channel, "page": origin.page, "campaign": origin.campaign, "language": origin.language,
        }
        row = stored.get(sender)
        if row is None:
            fresh.append({"sender_id": sender, **values})
        else:
            for name, value in values.items():
                setattr(row, name, value)
        moved = row is not None and before[sender] != summary.first_user  # rare: an earlier message read late
        for question, ask in summary.asks.items():
            facts = {"asked_at": ask.asked_at, "ask_event": ask.ask_event, "variant": ask.variant,
                     "answered_at": ask.answered_at}
            known = stored_asks.get((sender, question))
            if known is not None:
                first_user = summary.first_user if moved else known.first_user
                if ask.changed:
                    for name, value in facts.items():
                        setattr(known, name, value)
                tally.add(question, first_user, known.variant, known.asked_at, known.answered_at)
            else:
                asks.append({"sender_id": sender, "question": question, "first_user": summary.first_user, **facts})
                tally.add(question, summary.first_user, ask.variant, ask.asked_at, ask.answered_at)
        wordings += [{"key": key, "question": q, "text": words} for key, (q, words) in summary.wordings.items()]
        if moved:
            session.execute(
                update(FunnelAsk).where(FunnelAsk.sender_id == sender).values(first_user=summary.first_user)
            )
    session.flush()
    for chunk in range(0, len(fresh), 500):  # a conversation whose lead came first: the lead's word wins
        some = {row["sender_id"]: row for row in fresh[chunk:chunk + 500]}
        for sender, found in _stored_origins(session, Lead.conversation_id.in_(list(some))):
            some[sender].update(found)
    if fresh:  # most rows on a first fill: one multi-row insert instead of an ORM object each
        session.execute(FunnelConversation.__table__.insert(), fresh)
    _insert_ignoring_duplicates(session, FunnelAsk.__table__, asks)
    _count_asks(session, tally)
    _insert_ignoring_duplicates(session, FunnelWording.__table__, list({w["key"]: w for w in wordings}.values()))


def _count_asks(session: Session, tally: stats.Tally) -> None:
    """Add a fold's changes to the per-day counters of asks (migration 0020), in the fold's transaction.

    Added in the database (``asked = asked + the change``), so the counters stay the sum of every fold's
    changes; the progress row's lock (SQLite's write lock) keeps two folds from reading the same asks.
    """
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    for model, rows, counted in ((FunnelAskDay, tally.changed_days(), ("asked", "answered")),
                                 (FunnelAnswerTime, tally.changed_times(), ("answers",))):
        if not rows:
            continue
        table = model.__table__
        statement = insert(table)
        session.execute(statement.on_conflict_do_update(
            index_elements=[column.name for column in table.primary_key],
            set_={name: table.c[name] + statement.excluded[name] for name in counted},
        ), rows)


def funnel(session: Session, first: date, last: date, idle_before: datetime,
           where: FunnelFilter | None = None) -> FunnelRows:
    """Gather the funnel for ``first``..``last`` (inclusive, UTC days); run in a transaction (it refreshes the cache).

    A conversation belongs to the day of its first visitor message. Until it
    has a finished lead it counts at the last question the form asked (a
    "stop" that closed the form does not hide where it happened), or before
    the first one: as left when nothing happened since ``idle_before``, else
    as still in progress. A draft lead (contact details given, conversation
    going on) counts apart from the finished ones until it is finished or
    sent on as abandoned. A conversation whose lead was erased counts as
    finished (``_erased``). ``where`` keeps the conversations from one
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
    kept = _kept_leads(session, start, end, where) if where else None
    drafts = _drafts(session, start, end, kept)
    leads = _lead_days(session, start, end, kept, drafts)
    hours = _claim_hours(session, start, end, kept, set(drafts))
    unclaimed = sum(identified for _, identified, _, _ in leads) - len(hours)  # same leads: qualified, of the period
    if not tracker:
        return FunnelRows(None, leads, len(drafts), None, None, None, hours, unclaimed, 0)
    low, high = _epoch(start), _epoch(end)
    of_conversation = where.conversations()
    in_period = and_(FunnelConversation.first_user >= low, FunnelConversation.first_user < high, *of_conversation)
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
    questions = _several_wordings(session)
    stops = _stops(session, in_period, and_(~finished, FunnelConversation.sender_id.not_in(_erased(low, high))),
                   FunnelConversation.last_at < _epoch(idle_before))
    asks = _asks(session, start, low, high, where, questions)
    dropped: dict[bool, dict[str | None, int]] = {True: {}, False: {}}
    for (question, _, _, left), count in stops.items():
        dropped[left][question] = dropped[left].get(question, 0) + count
    asked: dict[str, int] = {}
    for (question, _), found in asks.items():
        asked[question] = asked.get(question, 0) + found.asked
    return FunnelRows(
        started=sorted(started),
        leads=leads,
        drafts=len(drafts),
        dropped=dropped[True],
        in_progress=dropped[False],
        asked=asked,
        claim_hours=hours,
        unclaimed=unclaimed,
        behind=behind,
        variants=_variants(session, questions, stops, asks),
        choices=_choices(session, start, end, low, high),
    )


FILTERS = ("channel", "page", "campaign", "language")
MAX_CHOICES = 50
# The period's leads without a conversation, per origin, from the partial index ``ix_leads_no_conversation``
# (migration 0019). SQLite is told to take it: it chose the unique index on ``conversation_id``, which it counts
# as one row per value while every such lead is NULL there, and read every lead without a conversation ever
# made, computing each one's origin from its JSON (100k leads, 12 weeks: 33 -> 4.6 ms; 104 weeks: 69 -> 21 ms).
_ALONE_ORIGINS = ("SELECT {columns}, count(*) FROM leads {hint} WHERE created_at >= :start AND created_at < :end"
                  " AND conversation_id IS NULL GROUP BY {columns}")
_ALONE_HINT = {"sqlite": "INDEXED BY ix_leads_no_conversation"}


def _choices(session: Session, start: datetime, end: datetime, low: float, high: float) -> dict[str, list[str]]:
    """The values each filter can take in the period, the most common first (at most ``MAX_CHOICES``).

    From the period's conversations (as their lead stores it, else as their first message said) and the
    leads without a conversation (as stored), one grouped scan each (the combinations are few), added up
    per filter here. A page is offered without its query, a language as the language (``de``), not the
    browser's regional tag (``de-DE``): both are kept so (``funnel_stats.origin_value``).
    """
    counts: dict[str, dict[str, int]] = {name: {} for name in FILTERS}
    conversations = [getattr(FunnelConversation, name) for name in FILTERS]
    leads = [_STORED[name] for name in FILTERS]
    for source in (
        select(*conversations, func.count())
        .where(FunnelConversation.first_user >= low, FunnelConversation.first_user < high)
        .group_by(*conversations),
        # Leads with a conversation are in the cache with what they store (``adopt_lead_origins``): only the
        # others are read here, from their own index (``_ALONE_ORIGINS``), so no lead's attribution is parsed.
        text(_ALONE_ORIGINS.format(
            columns=", ".join(c.name for c in leads), hint=_ALONE_HINT.get(session.get_bind().dialect.name, ""),
        )).bindparams(bindparam("start", start, type_=DateTime), bindparam("end", end, type_=DateTime)),
    ):
        for *values, count in session.execute(source):
            for name, value in zip(FILTERS, values):
                if value is not None:
                    counts[name][value] = counts[name].get(value, 0) + int(count)
    return {
        name: [value for value, _ in sorted(found.items(), key=lambda item: (-item[1], item[0]))[:MAX_CHOICES]]
        for name, found in counts.items()
    }


def _several_wordings(session: Session) -> set[str]:
    """The questions ever shown in more than one wording (``funnel_wordings``: a few rows)."""
    return {q for (q,) in session.execute(
        select(FunnelWording.question).group_by(FunnelWording.question).having(func.count() > 1))}


# (last question, wording heard there, answered there, left) -> conversations
Stops = dict[tuple[Any, Any, bool, bool], int]


def _stops(session: Session, in_period: Any, unfinished: Any, quiet: Any) -> Stops:
    """The period's conversations without a finished lead, by the question they stopped at, the wording they
    heard there and whether they answered it, and whether they left (quiet since) or are still going.

    One grouped read of ``ix_funnel_conversations_period`` alone: each conversation carries its last ask's
    wording and answer (migration 0018). The drop-off chart sums it over wordings, the wording table keeps
    those that stopped at an unanswered question.
    """
    found: Stops = {}
    row = FunnelConversation
    for question, variant, answered, left, count in session.execute(
        select(row.last_question, row.last_variant, row.last_answered, quiet, func.count())
        .where(in_period, unfinished)
        .group_by(row.last_question, row.last_variant, row.last_answered, quiet)
    ):
        key = (question, variant, bool(answered), bool(left))
        found[key] = found.get(key, 0) + int(count)
    return found


@dataclass
class AskCounts:
    """One question's asks of the period in one wording (``None``: not recorded), as the wording table counts them."""

    asked: int = 0
    answered: int = 0
    booked: int = 0  # asks whose conversation's lead has a booked call
    seconds: dict[float, int] = field(default_factory=dict)  # answer time bucket (its first second) -> answers


# (question, wording) -> its asks of the period
Asks = dict[tuple[str, Any], AskCounts]


def _asks(session: Session, start: datetime, low: float, high: float, where: FunnelFilter,
          several: set[str]) -> Asks:
    """The period's asks per question and wording: asked and answered; and for the questions shown in ``several``
    wordings, how long the answers took (``AskCounts.seconds``, for the medians) and how many asks were of a
    conversation with a booked call (``_booked_conversations``).

    Unfiltered, from the per-day counters kept with the asks (``_counted_asks``); filtered by where visitors
    came from, which the counters do not keep apart, from the asks of the conversations kept (``_scanned_asks``).
    """
    found = _scanned_asks(session, low, high, where, several) if where else _counted_asks(session, low, high, several)
    compared = {(question, variant) for question, variant in found if variant is not None and question in several}
    if compared:
        # The booked ones in one read: the period's booked conversations gathered once, each ask of the compared
        # pairs probed against them. The pairs are named one by one (questions and wordings as equalities), so
        # the database reads only their ranges of the period, with or without statistics.
        for question, variant, count in session.connection().execute(
            _of_origin(select(FunnelAsk.question, FunnelAsk.variant, func.count()).where(
                FunnelAsk.question.in_({q for q, _ in compared}), FunnelAsk.variant.in_({v for _, v in compared}),
                FunnelAsk.first_user >= low, FunnelAsk.first_user < high,
                FunnelAsk.sender_id.in_(_booked_conversations(session, start))), low, high, where)
            .group_by(FunnelAsk.question, FunnelAsk.variant)
        ):
            if (question, variant) in found:
                found[(question, variant)].booked = int(count)
    return found


def _counted_asks(session: Session, low: float, high: float, several: set[str]) -> Asks:
    """The period's asks from the per-day counters (migration 0020): a few rows per day and (question, wording)
    instead of every ask (100k leads, 12 weeks: about 50,000); the answer times of ``several``'s wordings only,
    by whole weeks (the funnel's periods begin on a Monday), each wording's weeks one range of the primary key."""
    connection = session.connection()
    found: Asks = {}
    day, time_ = FunnelAskDay, FunnelAnswerTime
    first, after = stats.epoch_day(low), stats.epoch_day(high)  # the period is whole days
    for question, variant, asked, answered in connection.execute(
        select(day.question, day.variant, func.sum(day.asked), func.sum(day.answered))
        .where(day.day >= first, day.day < after).group_by(day.question, day.variant)
    ):
        if asked:
            found[(question, variant or None)] = AskCounts(int(asked), int(answered))
    for (question, variant), counts in found.items():
        if variant is None or question not in several or not counts.answered:
            continue
        for seconds, answers in connection.execute(
            select(time_.seconds, func.sum(time_.answers))
            .where(time_.question == question, time_.variant == variant, time_.week >= stats.epoch_monday(first),
                   time_.week < after)
            .group_by(time_.seconds)
        ):
            if answers:
                counts.seconds[float(seconds)] = int(answers)
    return found


def _scanned_asks(session: Session, low: float, high: float, where: FunnelFilter, several: set[str]) -> Asks:
    """The period's asks of the conversations ``where`` keeps, read from those conversations' side.

    The period's conversations of that origin come from ``ix_funnel_conversations_origin`` (a share of the
    period's), each one's asks are one seek of the asks' primary key (sender first), and the database groups
    the few thousand rows by question, wording and whole seconds to answer (for the medians of ``several``'s
    wordings only). Read from the asks' side instead, every ask of the period looked its conversation up:
    100k leads, 12 weeks, one campaign: about 50,000 look-ups for 10,000 asks kept. Answer times are bucketed
    as the counters keep them (``funnel_stats.answer_bucket``), so both ways give the same medians; an answer
    without a recorded ask time counts as answered but has no time, as in the counters.
    """
    ask = FunnelAsk
    seconds = _whole_seconds(session, ask.answered_at - ask.asked_at)
    timed = and_(ask.question.in_(several), ask.variant.is_not(None)) if several else None
    second = case((timed, seconds), else_=None) if timed is not None else cast(None, Integer)
    found: Asks = {}
    for question, variant, whole, asked, answered in session.connection().execute(
        _of_origin(select(ask.question, ask.variant, second, func.count(), func.count(ask.answered_at))
                   .select_from(ask).where(ask.first_user >= low, ask.first_user < high), low, high, where)
        .group_by(ask.question, ask.variant, second)
    ):
        counts = found.setdefault((question, variant), AskCounts())
        counts.asked += int(asked)
        counts.answered += int(answered)
        if whole is not None and answered:
            at = float(stats.answer_bucket(float(whole)))
            counts.seconds[at] = counts.seconds.get(at, 0) + int(answered)
    return found


def _of_origin(query: Any, low: float, high: float, where: FunnelFilter) -> Any:
    """``query`` over ``FunnelAsk`` kept to the conversations ``where`` keeps (all of them when it keeps any)."""
    if not where:
        return query
    # An ask's period is its conversation's: said on both sides, each is read from its own index.
    return query.join(FunnelConversation, FunnelConversation.sender_id == FunnelAsk.sender_id).where(
        FunnelConversation.first_user >= low, FunnelConversation.first_user < high, *where.conversations())


def _whole_seconds(session: Session, seconds: Any) -> Any:
    """``funnel_stats.answer_bucket``'s rounding (half up) in the database; what it gives below 0 counts as 0."""
    if session.get_bind().dialect.name == "postgresql":
        return cast(func.floor(seconds + 0.5), Integer)
    return cast(seconds + 0.5, Integer)  # SQLite truncates: the floor for anything above -0.5, and below it < 0 too


def _variants(session: Session, questions: set[str], stops: Stops, asks: Asks) -> list[stats.Variant]:
    """Per question shown in more than one wording in the period: each wording's outcomes, as shown.

    Counted per conversation by the wording it heard first (its assignment), from the period's asks and
    stops (``_asks``, ``_stops``). Booked: the conversation's lead has a booked call.
    """
    counts = {pair: found for pair, found in asks.items() if pair[1] is not None and pair[0] in questions}
    stopped: dict[tuple[str, str, bool], int] = {}  # stopped at the question, unanswered, without a finished lead
    for (question, variant, answered, left), count in stops.items():
        if variant is not None and not answered:
            stopped[(question, variant, left)] = stopped.get((question, variant, left), 0) + count
    words = dict(session.execute(
        select(FunnelWording.key, FunnelWording.text).where(FunnelWording.key.in_({v for _, v in counts}))
    ).all()) if counts else {}
    shown = [
        stats.Variant(
            question=question, key=variant, text=words.get(variant, "(wording not recorded)"),
            asked=found.asked, answered=found.answered, abandoned=stopped.get((question, variant, True), 0),
            in_progress=stopped.get((question, variant, False), 0), booked=found.booked,
            median_seconds=stats.weighted_median(found.seconds),
        )
        for (question, variant), found in sorted(counts.items())
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


# A conversation whose lead was erased counts as finished, not as left at its last question: the lead is still
# counted (its stage and status stay), so the visitor did finish; erasure is a privacy act after the fact. Erasure
# (``webhooks.leads.erase``) unlinks the lead from its conversation, so no lead names it any more; it also deletes
# the conversation's tracker events (nothing else does) and clears the cache row's origin. So: no origin left and
# no event left.
_EVENTS = table("events", column("sender_id"))


def _erased(low: float, high: float) -> Any:
    """The period's conversations whose lead was erased, as one subquery the database reads once: the rows without
    an origin from ``ix_funnel_conversations_origin`` (few), each looked up in the tracker's ``sender_id`` index.
    (A condition on the origin inside the drop-off read would take it off its covering index: a third slower.)"""
    row = aliased(FunnelConversation)
    return select(row.sender_id).where(
        row.first_user >= low, row.first_user < high, row.channel.is_(None),
        ~exists().where(_EVENTS.c.sender_id == row.sender_id),
    )


# Leads whose conversation is not finished (drafts, and drafts sent on as abandoned): the partial index
# ``ix_leads_unfinished`` (migration 0011) holds exactly these, written per database so each sees it applies.
UNFINISHED = {"sqlite": "complete = 0", "postgresql": "complete = false"}


def _epoch_day(session: Session, column: Any) -> Any:
    """Days since 1970-01-01 (UTC) of an epoch-seconds column, computed in the database."""
    if session.get_bind().dialect.name == "postgresql":
        return cast(func.floor(column / 86400), Integer)
    return cast(column / 86400, Integer)  # SQLite truncates, which is the floor for times after 1970


# A filtered view's leads of the period: id -> (day created, stage, status) (``_kept_leads``); ``None``: every lead.
Kept = dict[str, tuple[date, str, str]] | None


def _kept_leads(session: Session, start: datetime, end: datetime, where: FunnelFilter) -> dict[str, tuple[date, str, str]]:
    """The period's leads that ``where`` keeps, read once per view: id -> (day created, stage, status).

    Where a lead came from is in its wide row (its attribution's JSON, the ``origin_*`` columns computed from it),
    which no index of the period holds: each condition on it reads the row of every lead of the period. The
    drafts, the counts per day, the calls booked otherwise and the claim times each used to say it again (five
    reads of every lead row of the period; 100k leads, 12 weeks, one campaign: about 400 of the view's 520 CPU
    ms); they now read the period from their indexes, unfiltered, and keep the leads named here.
    """
    day = func.date(Lead.created_at)
    return {lead_id: (as_date(created), stage, status) for lead_id, created, stage, status in session.connection().execute(
        select(Lead.id, day, Lead.stage, Lead.status).where(Lead.created_at >= start, Lead.created_at < end, *where.leads()))}


def _drafts(session: Session, start: datetime, end: datetime, kept: Kept) -> dict[str, tuple[datetime, str, str]]:
    """Drafts still in progress created in the period: id -> (created_at, stage, status).

    Read through the partial index ``ix_leads_abandon_at`` (drafts in progress
    only, a handful), with the period checked here: a condition on
    ``created_at`` would send the database to the period's whole range instead.
    """
    query = select(Lead.id, Lead.created_at, Lead.stage, Lead.status).where(Lead.abandon_at.is_not(None))
    return {lead_id: (created, stage, status) for lead_id, created, stage, status in session.execute(query)
            if start <= created < end and (kept is None or lead_id in kept)}


def _lead_days(
    session: Session, start: datetime, end: datetime, kept: Kept, drafts: dict[str, tuple[datetime, str, str]],
) -> list[tuple[date, int, int, int]]:
    """Per creation day: leads at least MQL, at least SQL, and booked (a booking, or booked/won); and drafts.

    Stage and status come from the covering index ``ix_leads_funnel``; the
    leads booked without a booked/won status (a call booked in the chat) are
    few and are added from the bookings and the partial index on ``booking``.
    Drafts still in progress (``abandon_at`` set, the partial index
    ``ix_leads_abandon_at``) are few too: they are taken back out and counted
    apart. A filtered view counts the leads ``kept`` (``_kept_leads``).
    """
    day = func.date(Lead.created_at)
    period = and_(Lead.created_at >= start, Lead.created_at < end)
    counts: dict[date, list[int]] = {}
    if kept is None:
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
    else:  # a filtered view's leads were read once (``_kept_leads``): counted here
        for created_on, stage, status in kept.values():
            row = counts.setdefault(created_on, [0, 0, 0])
            row[0] += stage in QUALIFIED_STAGES
            row[1] += stage in SALES_QUALIFIED_STAGES
            row[2] += status in BOOKED_STATUSES
    booked_otherwise = _booked_otherwise(session, period)
    for lead_id, created in booked_otherwise.items():
        if lead_id not in drafts and (kept is None or lead_id in kept):
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


# The first sales action of each lead acted on since ``since``, per lead, and each qualified lead of the period
# joined to it (``_claim_hours``). SQLite is told which indexes to take: by itself it grouped in lead order along
# ``ix_status_changes_sales``, reading every status change ever made (200,000 for 100k leads) at any period, and
# then read each lead's row by its id instead of the period's range of ``ix_leads_funnel``.
_FIRST_ACTIONS = """
WITH first AS {materialized} (
  SELECT lead_id, min(at) AS at FROM status_changes {changes_hint}
  WHERE at >= :since AND actor >= :actor_from AND actor < :actor_to AND field IN ({fields})
  GROUP BY lead_id
)
SELECT leads.id, {hours} FROM leads {leads_hint} JOIN first ON first.lead_id = leads.id
WHERE leads.created_at >= :start AND leads.created_at < :end AND leads.stage IN ({stages})
"""
_FIRST_ACTIONS_DIALECT = {
    "sqlite": {"materialized": "MATERIALIZED", "changes_hint": "INDEXED BY ix_status_changes_at",
               "leads_hint": "INDEXED BY ix_leads_funnel",
               "hours": "(julianday(first.at) - julianday(leads.created_at)) * 24.0"},
    "postgresql": {"materialized": "", "changes_hint": "", "leads_hint": "",
                   "hours": "extract(epoch FROM first.at - leads.created_at) / 3600.0"},
}


def _claim_hours(session: Session, start: datetime, end: datetime, kept: Kept, drafts: set[str]) -> list[float]:
    """Hours from creation to the first sales action, per qualified lead of the range that has one.

    The sales actions since a day before the period (a lead's actions come after it was created) are one range
    of ``ix_status_changes_at`` (at, actor, field, lead_id), grouped per lead to its first; the period's
    qualified leads (``ix_leads_funnel``) are joined to those, and the database subtracts the times, so tens
    of thousands of leads come back as one number each (``_FIRST_ACTIONS``). (A correlated look-up per lead,
    one seek per field in ``ix_status_changes_sales``, cost about twice as much at 100k leads over 12 weeks.)
    A claim stamped before creation (clocks of two processes) counts as 0. Drafts in progress are left out, as
    in the counts, and in a filtered view the leads it does not keep (``kept``).
    """
    quoted = ", ".join(f"'{name}'" for name in SALES_FIELDS)
    query = text(_FIRST_ACTIONS.format(
        fields=quoted, stages=", ".join(f"'{stage}'" for stage in QUALIFIED_STAGES),
        **_FIRST_ACTIONS_DIALECT[session.get_bind().dialect.name],
    )).bindparams(
        bindparam("since", start - CLOCK_SLACK, type_=DateTime), bindparam("start", start, type_=DateTime),
        bindparam("end", end, type_=DateTime),
        # ``LIKE 'slack:%'`` as a range, which an index can answer (and as case-sensitive as LIKE on PostgreSQL).
        bindparam("actor_from", SALES_ACTOR_PREFIX),
        bindparam("actor_to", SALES_ACTOR_PREFIX[:-1] + chr(ord(SALES_ACTOR_PREFIX[-1]) + 1)),
    )
    return [max(0.0, float(h)) for lead_id, h in session.connection().execute(query)
            if h is not None and lead_id not in drafts and (kept is None or lead_id in kept)]
