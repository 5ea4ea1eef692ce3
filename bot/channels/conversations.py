"""Which conversation a message belongs to, and which ids a web visitor may not claim.

A conversation id (Rasa's sender id) is all it takes to continue a
conversation and read its answers, booking link included. The widget's
ids are 128-bit random values; Slack's user ids are not secret at all. So
Slack conversations live in their own namespace (``slack:<team>:<user>``)
that the web channels (REST, socket.io) refuse, and a web id is bounded in
length so that it fits wherever the service stores it.
"""

from __future__ import annotations

SLACK_PREFIX = "slack:"
# The service stores a lead's conversation id in 200 characters; Rasa's tracker in 255.
MAX_ID_CHARS = 128


def slack_conversation_id(team: str, conversation: str) -> str:
    """A Slack user's (or user-in-channel's) conversation, apart from every web visitor's."""
    return f"{SLACK_PREFIX}{team or 'unknown'}:{conversation}"


def web_id_problem(sender: object) -> str | None:
    """Why a web visitor may not use ``sender`` as a conversation id; None when they may."""
    if not isinstance(sender, str) or not sender:
        return "a conversation id (sender) is required"
    if len(sender) > MAX_ID_CHARS:
        return f"a conversation id has at most {MAX_ID_CHARS} characters"
    if not sender.isprintable():
        return "a conversation id is printable text"
    if sender.lower().startswith(SLACK_PREFIX):
        return "this conversation belongs to another channel"
    return None
