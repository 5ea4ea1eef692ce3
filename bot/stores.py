"""Where Rasa keeps conversations and their locks, chosen by the environment (``bot.settings``).

- The tracker store: the events of every conversation in the service's
  database (``DATABASE_URL``, SQLite by default, PostgreSQL for several
  servers). ``endpoints.yml`` names this class so one variable points both the
  service and the bot at the same database; Rasa's own ``SQL`` type would need
  the URL split into dialect, host and database by hand.
- The lock store: Rasa handles one turn of a conversation at a time by taking
  the conversation's lock. One Rasa process keeps the locks in its memory (the
  default); several Rasa servers, or one with several Sanic workers, share them
  in Redis (``REDIS_URL``), so a conversation's turns are handled in order
  whichever server receives them.
"""

from __future__ import annotations

import functools
import itertools
import json
import logging
from pathlib import Path
from typing import Any, Iterator, Optional
from urllib.parse import unquote, urlsplit

from rasa.core.lock_store import InMemoryLockStore, LockStore, RedisLockStore
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.events import (
    ActionReverted,
    AllSlotsReset,
    Event,
    Restarted,
    SessionStarted,
    SlotSet,
    UserUtteranceReverted,
)
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.constants import INTENT_NAME_KEY
from sqlalchemy import and_, bindparam, case, func, insert, or_, select, text
from sqlalchemy.sql import Insert, Select

from bot.settings import Settings
from signing.conversation_lock import CONVERSATION_LOCK

# Lock keys are ``leadbot:lock:<conversation id>``, apart from anything else kept in the same Redis database.
LOCK_KEY_PREFIX = "leadbot"


_EVENTS_READ = "_leadbot_events_read"
# The events that set every slot back to its initial value, as the tracker replays them.
_RESETS = (Restarted.type_name, AllSlotsReset.type_name, SessionStarted.type_name)
# The events that undo earlier ones: what a slot holds after them takes the whole replay.
_REVERTS = (UserUtteranceReverted.type_name, ActionReverted.type_name)

logger = logging.getLogger(__name__)


class DatabaseUrlTrackerStore(SQLTrackerStore):
    """Conversations stored as events in the ``events`` table of ``DATABASE_URL``."""

    def __init__(self, domain: Any = None, event_broker: Any = None, **_: Any) -> None:
        url = Settings.from_env().database_url
        if url.startswith("sqlite:///"):
            Path(url[len("sqlite:///"):]).parent.mkdir(parents=True, exist_ok=True)
        super().__init__(domain=domain, host=url, event_broker=event_broker)

    @functools.cached_property
    def _latest_of_slot(self) -> Select:
        """``slot_value``'s statement: the latest event of the session that sets ``:slot``, resets or reverts."""
        events = self.SQLEvent.__table__
        sender = bindparam("sender")
        return (select(events.c.type_name, events.c.data)
                .where(events.c.sender_id == sender, _in_latest_session(events, sender),
                       or_(events.c.type_name.in_(_RESETS + _REVERTS),
                           and_(events.c.type_name == SlotSet.type_name, events.c.action_name == bindparam("slot"))))
                .order_by(events.c.id.desc()).limit(1))

    @functools.cached_property
    def _stored_counts(self) -> Select:
        """``save``'s count before it appends: the conversation's events, and those of its latest session."""
        events = self.SQLEvent.__table__
        sender = bindparam("sender")
        return (select(func.count(), func.count(case((_in_latest_session(events, sender), 1))))
                .where(events.c.sender_id == sender))

    @functools.cached_property
    def _stored_count(self) -> Select:
        """``save``'s count once its rows are written: the conversation's events."""
        events = self.SQLEvent.__table__
        return select(func.count()).where(events.c.sender_id == bindparam("sender"))

    @functools.cached_property
    def _session_events(self) -> Select:
        """``retrieve``'s read: the stored events of the conversation's latest session, in order."""
        events = self.SQLEvent.__table__
        sender = bindparam("sender")
        return (select(events.c.data).where(events.c.sender_id == sender, _in_latest_session(events, sender))
                .order_by(events.c.id))

    @functools.cached_property
    def _all_events(self) -> Select:
        """``retrieve_full_tracker``'s read: every stored event of the conversation, in order."""
        events = self.SQLEvent.__table__
        return select(events.c.data).where(events.c.sender_id == bindparam("sender")).order_by(events.c.id)

    async def _retrieve(self, sender_id: str, fetch_events_from_all_sessions: bool) -> Optional[DialogueStateTracker]:
        """What Rasa's ``SQLTrackerStore._retrieve`` reads (the same rows, in id order), from a Core statement built
        once that fetches the ``data`` column alone: Rasa builds its ORM query anew at every read (1.4 ms a turn
        in Rasa's profile) and makes an ORM object of every row. bench/tracker_read.py."""
        statement = self._all_events if fetch_events_from_all_sessions else self._session_events
        with self.session_scope() as session:
            rows = session.execute(statement, {"sender": sender_id}).scalars().all()
        if not (self.domain and rows):
            return None
        return DialogueStateTracker.from_dict(sender_id, [json.loads(data) for data in rows], self.domain.slots)

    async def retrieve(self, sender_id: str) -> Optional[DialogueStateTracker]:
        tracker = await super().retrieve(sender_id)
        if tracker is not None:
            # How many events it held when read, to notice an erasure during its turn (a tracker is unhashable).
            setattr(tracker, _EVENTS_READ, len(tracker.events))
        return tracker

    def slot_value(self, sender_id: str, slot: str, initial: Any = None) -> tuple[bool, Any]:
        """What ``slot`` holds in the conversation's latest session, as its retrieved tracker would say (``initial``:
        the domain's initial value), from one row: the latest event that set it or reset every slot.

        ``(False, None)`` when an event undoing others came later (Rasa's fallbacks revert the turn): only the
        whole replay tells then, so the caller reads the tracker. A conversation not stored holds ``initial``.
        One statement over the session ``retrieve`` reads (Rasa's ``_event_query``: the events stamped from the
        latest ``session_started`` on, or all when there is none), instead of every event of it decoded and
        replayed; the gate asks this of each message (``bot.channels.stopped``). A Core statement built once
        (``_latest_of_slot``), not Rasa's ORM query: building that cost 0.6 ms a call, the whole read is 0.3 ms.
        """
        with self.session_scope() as session:
            row = session.execute(self._latest_of_slot, {"sender": sender_id, "slot": slot}).first()
        if row is None:
            return True, initial
        kind, data = row
        if kind in _REVERTS:
            return False, None
        return True, json.loads(data).get("value") if kind == SlotSet.type_name else initial

    async def save(self, tracker: DialogueStateTracker) -> None:
        """Append the turn's events, unless the conversation was erased while the turn ran.

        Rasa's own ``save`` counts the stored events, then appends what lies past that count and
        commits. The service's erasure (``webhooks.leads.forget_conversation``) may delete the chat
        in between, or may have deleted it in a transaction still open while the turn counts: either
        way the turn's events would outlive the erasure. So the count and the append run under the
        conversation's lock the erasure takes too (PostgreSQL), and the whole conversation is counted
        again once the rows are written, in the same transaction: a shortfall means rows went
        meanwhile (SQLite, where the first INSERT waits for the erasure's write lock) and the turn's
        rows are rolled back.
        """
        await self.stream_events(tracker)
        sender = {"sender": tracker.sender_id}
        with self.session_scope() as session:
            _hold_conversation(session, tracker.sender_id)
            # Both counts in one statement, one snapshot (Rasa's ORM queries took one each, 1-2 ms apiece).
            before, in_session = session.execute(self._stored_counts, sender).one()
            events = list(_additional_events(tracker, in_session))
            if events:
                # One INSERT of every row (an executemany), not an ORM object per event through the unit of
                # work: bench/tracker_save.py.
                session.execute(self._insert, [self._row_values(tracker.sender_id, event) for event in events])
            if events and session.execute(self._stored_count, sender).scalar_one() != before + len(events):
                session.rollback()
                logger.info("conversation %s was erased during its turn: the turn is not stored", tracker.sender_id)
                return
            session.commit()

    @functools.cached_property
    def _insert(self) -> Insert:
        """``save``'s append: the ``events`` rows of a turn, given as ``_row_values``."""
        return insert(self.SQLEvent.__table__)

    @staticmethod
    def _row_values(sender_id: str, event: Event) -> dict[str, Any]:
        """The ``events`` row of one event (its columns), as Rasa's ``SQLTrackerStore.save`` writes it."""
        data = event.as_dict()
        return {
            "sender_id": sender_id,
            "type_name": event.type_name,
            "timestamp": data.get("timestamp"),
            "intent_name": data.get("parse_data", {}).get("intent", {}).get(INTENT_NAME_KEY),
            "action_name": data.get("name"),
            "data": json.dumps(data),
        }


def _additional_events(tracker: DialogueStateTracker, stored: int) -> Iterator:
    """The events the table lacks (it holds ``stored`` of the tracker's session), but none when the table lost
    some since the tracker was read.

    Rasa appends what lies past the table's count. When the service erased the lead
    (``webhooks.leads.forget_conversation``) during a turn, that count is 0 and Rasa would write
    the whole chat back; the turn in flight is dropped with it, and the next one starts afresh.
    """
    if stored < getattr(tracker, _EVENTS_READ, 0):
        return iter(())
    return itertools.islice(tracker.events, stored, len(tracker.events))


def _in_latest_session(events: Any, sender: Any) -> Any:
    """The condition ``retrieve`` reads a session by (Rasa's ``_event_query``): an event stamped at or after the
    conversation's latest ``session_started``, or any when it has none."""
    started = (select(func.max(events.c.timestamp))
               .where(events.c.sender_id == sender, events.c.type_name == SessionStarted.type_name)
               .scalar_subquery())
    return or_(events.c.timestamp >= started, started.is_(None))


def _hold_conversation(session: Any, conversation_id: str) -> None:
    # The service's erasure takes the same lock (``signing.conversation_lock``); SQLite needs none.
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text(CONVERSATION_LOCK), {"conversation": conversation_id})


def redis_lock_store(url: str) -> RedisLockStore:
    """Rasa's Redis lock store on ``redis[s]://[[user]:password@]host[:port][/db]``."""
    parts = urlsplit(url)
    database = parts.path.strip("/")
    return RedisLockStore(
        host=parts.hostname or "127.0.0.1",
        port=parts.port or 6379,
        db=int(database) if database else 0,
        username=unquote(parts.username) if parts.username else None,
        password=unquote(parts.password) if parts.password else None,
        use_ssl=parts.scheme == "rediss",
        key_prefix=LOCK_KEY_PREFIX,
    )


def lock_store(settings: Settings) -> LockStore:
    """Redis when ``REDIS_URL`` is set, else this process's memory."""
    return redis_lock_store(settings.redis_url) if settings.redis_url else InMemoryLockStore()


class LockStoreFromEnvironment:
    """What ``endpoints.yml`` names as the lock store's type: an instance of the store ``lock_store`` picks.

    Rasa builds a custom lock store as ``Type(endpoint_config=...)`` and takes what it gets; ``__new__``
    hands back Rasa's own in-memory or Redis store, so the YAML needs neither a host nor a second file.
    """

    def __new__(cls, endpoint_config: Any = None, **_: Any) -> LockStore:  # type: ignore[misc]
        return lock_store(Settings.from_env())
