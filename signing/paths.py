"""The lead service's API as the action server calls it: the paths, and the source its leads carry."""

from __future__ import annotations

from urllib.parse import quote

API = "/api/v1"
LEADS_PATH = f"{API}/leads"
PLAYBOOK_PATH = f"{API}/playbook"
# The action server's leads say ``"source": "bot"``; its signature may write no other source's leads.
BOT_SOURCE = "bot"


def lead_path(lead_id: str) -> str:
    # Ids are URL-safe already; quoting keeps a strange one from reaching another path.
    return f"{LEADS_PATH}/{quote(lead_id, safe='')}"


def erasure_path(conversation_id: str) -> str:
    """``POST`` here forgets the conversation, and its lead if it has one: the visitor asked the bot to."""
    return f"{API}/conversations/{quote(conversation_id, safe='')}/erasure"


def slots_path(lead_id: str) -> str:
    return f"{lead_path(lead_id)}/slots"


def booking_path(lead_id: str) -> str:
    return f"{lead_path(lead_id)}/booking"

# A salesperson in the visitor's chat (issue 19, ``webhooks.handoff``): the bot's channel posts the
# visitor's messages here while a person is in, and the service pushes the person's side to the
# bot's channel at ``HANDOFF_RELAY_PATH`` (on Rasa's server), both signed with the same secret.
HANDOFF_MESSAGES_PATH = f"{API}/handoff/messages"
HANDOFF_RELAY_PATH = "/webhooks/handoff/relay"
