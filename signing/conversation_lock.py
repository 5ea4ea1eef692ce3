"""The lock a conversation's save (the bot) and its erasure (the service) both take on PostgreSQL.

The bot's tracker store (``bot.stores``) takes it for each turn's save, and the
service's erasure (``webhooks.leads.forget_conversation``) before it deletes the
chat, each until its transaction ends: an erasure waits for a save under way,
then deletes its rows too, and a save waits for an erasure under way, then
counts what it left. Neither side may import the other, so the statement lives
here, once: two copies could drift apart and stop excluding each other, silently.

It is a transaction-scoped advisory lock keyed by a 64-bit hash of the
conversation id under a prefix of its own, apart from the project's other
advisory locks. SQLite needs none: its single writer makes the save's recount exact.
"""

from __future__ import annotations

# Bound parameter: ``conversation``, the conversation id (Rasa's sender id, the lead's conversation id).
CONVERSATION_LOCK = "SELECT pg_advisory_xact_lock(hashtextextended('leadbot:conversation:' || :conversation, 0))"
