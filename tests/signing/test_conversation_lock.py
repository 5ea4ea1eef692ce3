"""The conversation lock the bot's saves and the service's erasures share: one statement, and it excludes.

Two copies of the statement could drift apart (another prefix, another hash) and then exclude nothing,
with no error anywhere: the erasure would race the save again and a chat could outlive its erasure.
How the two sides behave under it is proven in tests/bot/test_stores.py; here, that there is one
definition, that the shared module pulls in neither side, and that the statement serialises exactly one
conversation on a real PostgreSQL.
"""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import OperationalError

from harness.services import ADMIN_POSTGRES_URL
from signing.conversation_lock import CONVERSATION_LOCK

REPO = Path(__file__).resolve().parents[2]
# The product's code, where a second copy of the statement would be written.
PRODUCT = ("qualification", "nlu", "scheduling", "webhooks", "integrations", "bot", "ratelimits", "signing", "dev")
# What only the lock statement says: another advisory lock (the studio's first user) does not count.
LOCK_KEY = "leadbot:conversation:"


def test_the_lock_module_imports_neither_side_nor_a_database_library() -> None:
    code = ("import sys, signing.conversation_lock; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in "
            "{'webhooks', 'bot', 'sqlalchemy', 'psycopg2', 'rasa', 'rasa_sdk', 'flask'}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO)
    assert out.stdout.strip() == "[]"


def test_the_lock_statement_is_written_in_one_module_only() -> None:
    writers = sorted(str(path.relative_to(REPO)) for package in PRODUCT for path in (REPO / package).rglob("*.py")
                     if LOCK_KEY in path.read_text(encoding="utf-8"))
    assert writers == ["signing/conversation_lock.py"]


def test_the_bot_and_the_service_execute_the_shared_statement() -> None:
    """Both sides name the shared object, not a look-alike string of their own."""
    from bot import stores
    from webhooks import leads

    assert stores.CONVERSATION_LOCK is CONVERSATION_LOCK
    assert leads.CONVERSATION_LOCK is CONVERSATION_LOCK


@pytest.fixture
def postgres():
    engine = create_engine(ADMIN_POSTGRES_URL, future=True)
    try:
        engine.connect().close()
    except OperationalError as exc:
        pytest.skip(f"PostgreSQL unavailable: {type(exc).__name__}")
    yield engine
    engine.dispose()


def _waits_for(engine, conversation_id: str) -> bool:
    """Whether taking the lock for ``conversation_id`` waits (gives up after a short lock timeout)."""
    with engine.connect() as connection, connection.begin():
        connection.execute(text("SET LOCAL lock_timeout = '300ms'"))
        try:
            connection.execute(text(CONVERSATION_LOCK), {"conversation": conversation_id})
        except OperationalError:
            return True
        return False


@pytest.mark.postgres
@pytest.mark.parametrize("held, asked, waits", [
    ("conv-a", "conv-a", True),
    ("conv-a", "conv-b", False),
    ("conv-a", "conv-a ", False),  # another id, however alike, is another conversation
    ("conv-a", "CONV-A", False),
])
def test_a_held_conversation_lock_holds_up_that_conversation_only(postgres, held: str, asked: str,
                                                                  waits: bool) -> None:
    with postgres.connect() as holder, holder.begin():
        holder.execute(text(CONVERSATION_LOCK), {"conversation": held})
        result: list[bool] = []
        other = threading.Thread(target=lambda: result.append(_waits_for(postgres, asked)))
        other.start()
        other.join(10)
        assert result == [waits]


@pytest.mark.postgres
def test_the_lock_is_let_go_when_its_transaction_ends(postgres) -> None:
    with postgres.connect() as holder:
        with holder.begin():
            holder.execute(text(CONVERSATION_LOCK), {"conversation": "conv-ended"})
        assert _waits_for(postgres, "conv-ended") is False
