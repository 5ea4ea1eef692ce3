"""Where Rasa keeps conversation locks: this process's memory by default, Redis when ``REDIS_URL`` is set.

The lock is what makes a conversation's turns run one at a time; with several Rasa servers it must be
shared, which these tests prove on a real Redis with two stores standing for two servers.

The tracker store appends each turn's events; a turn in flight while the service erases the visitor must not
write any of the chat back, whichever transaction ends first, on SQLite and PostgreSQL.
"""

from __future__ import annotations

import asyncio
import json
import os
import threading
import time
import uuid

import pytest
from rasa.core.lock_store import InMemoryLockStore, LockStore, RedisLockStore
from rasa.core.utils import AvailableEndpoints
from rasa.shared.core.events import ActionExecuted, SessionStarted, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from sqlalchemy import create_engine, event, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import sessionmaker

from bot.settings import REPO, Settings, SettingsError
from bot.stores import LOCK_KEY_PREFIX, DatabaseUrlTrackerStore, lock_store, redis_lock_store
from harness.services import ADMIN_POSTGRES_URL, postgres_database
from webhooks.database import make_engine
from webhooks.leads import forget_conversation

REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/0")


def rasa_lock_store(monkeypatch: pytest.MonkeyPatch, **env: str) -> LockStore:
    """The lock store Rasa builds from bot/endpoints.yml, in an environment holding only ``env``."""
    for key in ("REDIS_URL", "SANIC_WORKERS"):
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("LEADBOT_ACTIONS_TOKEN", "a-token-rasa-sends-the-action-server")
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    endpoints = AvailableEndpoints.read_endpoints(str(REPO / "bot" / "endpoints.yml"))
    return LockStore.create(endpoints.lock_store)


def test_one_rasa_process_keeps_its_locks_in_memory_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    assert isinstance(rasa_lock_store(monkeypatch), InMemoryLockStore)


def test_with_redis_url_rasa_keeps_its_locks_in_redis(monkeypatch: pytest.MonkeyPatch) -> None:
    store = rasa_lock_store(monkeypatch, REDIS_URL="redis://:s3cret@10.1.2.3:6380/4")
    assert isinstance(store, RedisLockStore)
    kwargs = store.red.connection_pool.connection_kwargs
    assert (kwargs["host"], kwargs["port"], kwargs["db"], kwargs["password"]) == ("10.1.2.3", 6380, 4, "s3cret")
    assert store.key_prefix == f"{LOCK_KEY_PREFIX}:lock:"


def test_two_servers_on_one_redis_take_a_conversations_turns_one_at_a_time() -> None:
    first, second = redis_lock_store(REDIS_URL), redis_lock_store(REDIS_URL)
    conversation = f"test-{uuid.uuid4().hex}"
    order: list[str] = []

    async def scenario() -> None:
        async with first.lock(conversation, lock_lifetime=30):
            order.append("first turn starts")
            waiting = asyncio.create_task(take_second())
            await asyncio.sleep(0.4)
            assert not waiting.done(), "the second server waits while the first handles the conversation"
            order.append("first turn ends")
        await asyncio.wait_for(waiting, 5)

    async def take_second() -> None:
        async with second.lock(conversation, lock_lifetime=30, wait_time_in_seconds=0.05):
            order.append("second turn")

    asyncio.run(scenario())
    assert order == ["first turn starts", "first turn ends", "second turn"]
    assert first.get_lock(conversation) is None, "the lock is gone once both turns are done"


def test_another_conversation_is_not_held_up_by_a_locked_one() -> None:
    first, second = redis_lock_store(REDIS_URL), redis_lock_store(REDIS_URL)
    busy, other = f"test-{uuid.uuid4().hex}", f"test-{uuid.uuid4().hex}"

    async def scenario() -> None:
        async with first.lock(busy, lock_lifetime=30):
            async with second.lock(other, lock_lifetime=30, wait_time_in_seconds=5):
                pass  # taken at once: a wait of 5 s would time the test out below

    asyncio.run(asyncio.wait_for(scenario(), 2))


def test_the_settings_pick_redis_only_when_asked() -> None:
    assert isinstance(lock_store(Settings.from_env({})), InMemoryLockStore)
    assert isinstance(lock_store(Settings.from_env({"REDIS_URL": REDIS_URL})), RedisLockStore)


def test_several_sanic_workers_without_redis_are_refused() -> None:
    with pytest.raises(SettingsError, match="SANIC_WORKERS above 1 needs REDIS_URL"):
        Settings.from_env({"SANIC_WORKERS": "2"})
    assert Settings.from_env({"SANIC_WORKERS": "2", "REDIS_URL": REDIS_URL}).sanic_workers == 2


def test_a_redis_url_that_is_not_one_is_refused_without_repeating_it() -> None:
    with pytest.raises(SettingsError) as refused:
        Settings.from_env({"REDIS_URL": "http://user:hunter2@cache:6379"})
    assert "REDIS_URL" in str(refused.value) and "hunter2" not in str(refused.value)


def sqlite_tracker_store(monkeypatch: pytest.MonkeyPatch, tmp_path) -> DatabaseUrlTrackerStore:
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'leadbot.db'}")
    monkeypatch.setenv("LEADBOT_ACTIONS_TOKEN", "a-token-rasa-sends-the-action-server")
    return DatabaseUrlTrackerStore()


def stored_texts(store: DatabaseUrlTrackerStore, conversation: str) -> list[str]:
    with store.session_scope() as session:
        rows = session.execute(text("SELECT data FROM events WHERE sender_id = :s AND type_name = 'user' ORDER BY id"),
                               {"s": conversation}).scalars()
        return [json.loads(row)["text"] for row in rows]


def test_a_turn_appends_only_its_own_events_to_the_stored_conversation(monkeypatch, tmp_path) -> None:
    store = sqlite_tracker_store(monkeypatch, tmp_path)
    asyncio.run(store.save(DialogueStateTracker.from_events("c1", [UserUttered("hi, we run 12 clinics")])))
    tracker = asyncio.run(store.retrieve("c1"))
    tracker.update(UserUttered("budget is about 20k"))
    asyncio.run(store.save(tracker))
    assert stored_texts(store, "c1") == ["hi, we run 12 clinics", "budget is about 20k"]


def test_a_conversation_erased_during_a_turn_is_not_written_back_when_the_turn_ends(monkeypatch, tmp_path) -> None:
    """The service deletes the chat's events when the lead is erased (``webhooks.leads.forget_conversation``);
    a turn that read the chat before and saves after must not store the whole chat again."""
    store = sqlite_tracker_store(monkeypatch, tmp_path)
    asyncio.run(store.save(DialogueStateTracker.from_events("c2", [UserUttered("I'm jane.doe@acme.io")])))
    tracker = asyncio.run(store.retrieve("c2"))
    with store.session_scope() as session:
        session.execute(text("DELETE FROM events WHERE sender_id = 'c2'"))
        session.commit()
    tracker.update(UserUttered("and we have 200 staff"))
    asyncio.run(store.save(tracker))
    assert stored_texts(store, "c2") == []
    assert asyncio.run(store.retrieve("c2")) is None, "the next turn starts a new conversation"


# A turn in flight while the service erases the visitor: the turn read the chat, the service deletes it
# (``webhooks.leads.forget_conversation``, in the erasure's transaction), and the turn saves. Whatever the order
# of the two transactions, nothing of the chat may be left once both are done, on SQLite and on PostgreSQL.

ERASED_CONVERSATION = "c-erased-mid-turn"
ERASER_BUSY = 0.4  # how long the erasure's transaction stays open after its DELETE (the lead, its outbox rows)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def shared_database(request: pytest.FixtureRequest, tmp_path, monkeypatch: pytest.MonkeyPatch):
    """The database the bot's tracker store and the service share, with the service's own engine."""

    monkeypatch.setenv("LEADBOT_ACTIONS_TOKEN", "a-token-rasa-sends-the-action-server")
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'leadbot.db'}"
        monkeypatch.setenv("DATABASE_URL", url)
        yield DatabaseUrlTrackerStore(), make_engine(url)
        return
    try:
        create_engine(ADMIN_POSTGRES_URL, future=True).connect().close()
    except OperationalError as exc:
        pytest.skip(f"PostgreSQL unavailable: {type(exc).__name__}")
    with postgres_database(ADMIN_POSTGRES_URL) as url:
        monkeypatch.setenv("DATABASE_URL", url)
        store, service = DatabaseUrlTrackerStore(), make_engine(url)
        yield store, service
        store.engine.dispose()
        service.dispose()


def erase_in_the_service(service, started=None, busy: float = 0.0) -> None:

    with sessionmaker(service, future=True)() as session, session.begin():
        forget_conversation(session, ERASED_CONVERSATION)
        if started is not None:
            started.set()
        time.sleep(busy)


def a_read_turn(store: DatabaseUrlTrackerStore) -> DialogueStateTracker:
    first = [UserUttered("hi, I'm jane.doe@acme.io"), UserUttered("we are 200 people")]
    asyncio.run(store.save(DialogueStateTracker.from_events(ERASED_CONVERSATION, first)))
    tracker = asyncio.run(store.retrieve(ERASED_CONVERSATION))
    tracker.update(UserUttered("my phone is +49 30 1234567"))
    return tracker


def test_a_turn_saving_while_the_services_erasure_is_still_open_keeps_nothing(shared_database) -> None:
    """The erasure deleted the rows but has not committed: the turn's count still sees them, and its rows
    must not outlive the erasure's commit (on PostgreSQL the DELETE never saw them)."""
    store, service = shared_database
    tracker = a_read_turn(store)
    started = threading.Event()
    eraser = threading.Thread(target=erase_in_the_service, args=(service, started, ERASER_BUSY))
    eraser.start()
    assert started.wait(5)
    asyncio.run(store.save(tracker))
    eraser.join(10)
    assert stored_texts(store, ERASED_CONVERSATION) == []
    assert asyncio.run(store.retrieve(ERASED_CONVERSATION)) is None


def test_an_erasure_committed_between_the_turns_count_and_its_insert_keeps_nothing(shared_database) -> None:
    """Scripted: the service's erasure runs (and commits where it can) after the save counted the stored events
    and before its rows are written."""

    store, service = shared_database
    tracker = a_read_turn(store)
    erasers: list[threading.Thread] = []

    def erase_now(connection, cursor, statement, parameters, context, executemany) -> None:
        # Just before the turn's rows are written: the save appends them in one INSERT.
        if erasers or not statement.lstrip().upper().startswith("INSERT INTO EVENTS"):
            return
        erasers.append(threading.Thread(target=erase_in_the_service, args=(service,)))
        erasers[0].start()
        erasers[0].join(ERASER_BUSY)  # on PostgreSQL it may wait for the turn's transaction: let it

    event.listen(store.engine, "before_cursor_execute", erase_now)
    try:
        asyncio.run(store.save(tracker))
    finally:
        event.remove(store.engine, "before_cursor_execute", erase_now)
    assert erasers, "the script ran"
    erasers[0].join(10)
    assert stored_texts(store, ERASED_CONVERSATION) == []


def test_a_new_session_saved_by_a_turn_is_kept_whole(monkeypatch, tmp_path) -> None:
    """The check counts every event of the conversation, so a turn that starts a new session is not mistaken
    for one whose chat was erased."""

    store = sqlite_tracker_store(monkeypatch, tmp_path)
    asyncio.run(store.save(DialogueStateTracker.from_events("c3", [UserUttered("hello")])))
    tracker = asyncio.run(store.retrieve("c3"))
    tracker.update(ActionExecuted("action_session_start"))
    tracker.update(SessionStarted())
    tracker.update(UserUttered("back again, 50 people now"))
    asyncio.run(store.save(tracker))
    assert stored_texts(store, "c3") == ["hello", "back again, 50 people now"]


def test_a_turn_in_a_later_session_appends_only_its_own_events(monkeypatch, tmp_path) -> None:
    """The retrieved tracker holds the latest session only: what the turn adds lies past that session's count,
    not the whole conversation's (counted apart, in the same statement, for the erasure check)."""

    store = sqlite_tracker_store(monkeypatch, tmp_path)
    first = [UserUttered("hello"), UserUttered("we are 12 people"), ActionExecuted("action_session_start"),
             SessionStarted(), UserUttered("back again")]
    started = time.time()
    for number, event_ in enumerate(first):  # stamped in order: ``retrieve`` picks the session by timestamp
        event_.timestamp = started + number / 1000
    asyncio.run(store.save(DialogueStateTracker.from_events("c4", first)))
    tracker = asyncio.run(store.retrieve("c4"))
    assert [e.text for e in tracker.events if isinstance(e, UserUttered)] == ["back again"]
    tracker.update(UserUttered("budget is about 20k"))
    asyncio.run(store.save(tracker))
    assert stored_texts(store, "c4") == ["hello", "we are 12 people", "back again", "budget is about 20k"]
