"""The notes leadbot writes on a CRM record, and how erasure finds them again among sales' own.

The human part of a visitor's chat: one note on the lead's record when the chat ends (issue 19).

The service sends ``lead.chat`` (``webhooks.handoff.notes``) to each destination
that takes it (``takes_chat = True``: HubSpot, Pipedrive, Salesforce, signed
webhooks) and that the lead already reached::

    {"type": "lead.chat", "timestamp": "...",
     "data": {"id": "<lead id>", "source": "bot", "conversation_id": "...",
              "chat": {"agent": "Dana Reyes", "started_at": "...", "ended_at": "...",
                       "lines": [{"from": "visitor" | "agent", "name": "Visitor", "text": "..."}]}}}

HubSpot and Pipedrive render note bodies as HTML (``note_html``, every text
escaped); Salesforce keeps it as a completed Task whose Comments
(``Description``) are plain text (``note_text``) and whose ``subject`` names
the chat's start to the second, so a retried delivery can find it.

Erasing a lead erases its chats too, found by their heading (``is_chat``):
neither HubSpot (a deal's delete moves it to the recycling bin) nor Pipedrive
documents that deleting the deal or lead deletes the notes on it, and a
converted Salesforce Lead's Tasks stay on its Contact
(``harness/fakes/contracts/README.md``).

What a record has no field for (a status's reason, the visitor's language,
where they came from, a budget in a currency the CRM lacks) goes in a *facts
note* (``facts_html``) that opens with ``FACTS``; erasure removes those too
(``is_ours``), since they describe the erased person's lead.
"""

from __future__ import annotations

import html
import re
from typing import Any, Callable, Iterable, Mapping

CHAT = "lead.chat"
# Both CRMs keep far longer notes; a chat longer than this is cut, with a line saying so.
MAX_NOTE_CHARS = 60000
CUT = "(the rest is in leadbot)"
# How every note and title begins: erasure finds the chats by it, among sales' own notes and Tasks.
TITLE = "Chat on the website with "
# How every facts note begins (its own line, so a sales note that merely mentions leadbot is not taken for one).
FACTS = "Noted by leadbot from the website chat"
_TAG = re.compile(r"<[^>]*>")
# The heading ``_note`` writes, and the Task ``subject``: the title, the person, when (to the minute, or to the second
# for a subject). A sales note merely starting like a title is not it.
_HEADING = re.compile(re.escape(TITLE) + r".+? \(\d{4}-\d\d-\d\d \d\d:\d\d(?::\d\d)?(?: – \d{4}-\d\d-\d\d \d\d:\d\d)? UTC\)")


def _chat(payload: Mapping[str, Any]) -> Mapping[str, Any]:
    chat = ((payload.get("data") or {}).get("chat") or {}) if isinstance(payload, Mapping) else {}
    return chat if isinstance(chat, Mapping) else {}


def _agent(chat: Mapping[str, Any]) -> str:
    return str(chat.get("agent") or "our team")


def _note(payload: Mapping[str, Any], escape: Callable[[str], str], bold: Callable[[str], str], newline: str,
          limit: int) -> str:
    """The heading (who talked with the visitor, when) and every line with who wrote it, cut to ``limit``."""
    chat = _chat(payload)
    when = " – ".join(str(chat[key])[:16].replace("T", " ") for key in ("started_at", "ended_at") if chat.get(key))
    rows = [bold(TITLE + escape(_agent(chat))) + (f" ({escape(when)} UTC)" if when else "")]
    for line in chat.get("lines") or ():
        if isinstance(line, Mapping) and isinstance(line.get("text"), str):
            rows.append(bold(f"{escape(str(line.get('name') or line.get('from') or ''))}:") + f" {escape(line['text'])}")
    body = newline.join(rows)
    return body if len(body) <= limit else body[:limit - len(CUT) - len(newline)] + newline + CUT


def note_html(payload: Mapping[str, Any]) -> str:
    """The note as HTML (HubSpot, Pipedrive)."""
    return _note(payload, html.escape, lambda text: f"<b>{text}</b>", "<br>", MAX_NOTE_CHARS)


def note_text(payload: Mapping[str, Any], limit: int = MAX_NOTE_CHARS) -> str:
    """The note as plain text, one line each (a Salesforce Task's Comments, at most ``limit`` characters)."""
    return _note(payload, str, str, "\n", limit)


def subject(payload: Mapping[str, Any], limit: int = 255) -> str:
    """A title naming the chat: the person and its start to the second (one chat per lead at a time)."""
    chat = _chat(payload)
    started = str(chat.get("started_at") or "")[:19].replace("T", " ")
    return (TITLE + _agent(chat) + (f" ({started} UTC)" if started else ""))[:limit]


def is_chat(body: str) -> bool:
    """Whether a CRM note's body, or a Task's subject, is a chat this product wrote: its text opens with the heading
    ``_note`` (or ``subject``) writes, whatever markup the CRM keeps it in (a CRM may store the HTML it was sent
    reformatted)."""
    return _HEADING.match(html.unescape(_TAG.sub("", body)).lstrip()) is not None


def facts_html(lines: Iterable[str]) -> str:
    """A facts note as HTML (HubSpot, Pipedrive): the heading, then each line escaped."""
    return "<br>".join([f"<b>{FACTS}</b>", *(html.escape(line) for line in lines)])[:MAX_NOTE_CHARS]


def is_ours(body: str) -> bool:
    """Whether erasure removes this note: a chat (``is_chat``), or a facts note, whose first line is the heading alone
    whatever markup the CRM keeps it in."""
    lines = (line.strip() for line in html.unescape(_TAG.sub("\n", body)).splitlines())
    return is_chat(body) or next((line for line in lines if line), None) == FACTS
