"""A lead's chat as the visitor lived it: who said each line, what they saw, and which button they clicked.

Rasa's tracker stores a click as its payload (``/affirm``,
``/choose_slot{"slot_start": ...}``), which the visitor never saw: the
button's title is read back from the buttons the bot offered before it. A
salesperson's lines (issue 19's handoff) are not in the tracker at all; the
service keeps them with the lead (``webhooks.handoff``), and they are merged
in here by time, under the person's name. Links are shown as the widget
shows them: ``[title](https://...)`` as its title.

Pure: tracker rows and handoff lines in, ``Line``s out. Everything here is
text for Jinja's autoescape; only http(s) addresses ever become links.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, Iterable, Sequence

BOT, VISITOR, PERSON, NOTE = "bot", "visitor", "person", "note"
# The widget's own reading of links in the bot's text (``webhooks/site/static/widget.js``, ``LINK``).
_LINK = re.compile(r"\[([^\]\n]{1,300})\]\((https?://[^\s)]+)\)|(https?://[^\s<>\"']+)")
_TRAILING = re.compile(r"[.,;:!?)\]]+$")
_PAYLOAD = re.compile(r"^/([A-Za-z0-9_.-]{1,100})(\{.*\})?$", re.S)


@dataclass(frozen=True)
class Piece:
    """A run of a line's text; ``href`` set: shown as a link (always http or https)."""

    text: str
    href: str | None = None


@dataclass(frozen=True)
class Line:
    """One line of the chat. ``speaker``: bot, visitor, person (a salesperson, by ``name``) or note
    (someone joined or left). ``offered``: the buttons shown with a bot line. ``clicked``: a visitor line
    that is a button they clicked (``text`` is its title as they saw it)."""

    speaker: str
    name: str
    text: str
    at: datetime | None
    offered: tuple[str, ...] = ()
    clicked: bool = False

    @property
    def pieces(self) -> list[Piece]:
        return pieces(self.text)


@dataclass(frozen=True)
class HandoffLine:
    """What the service kept of a salesperson's turn: ``kind`` is said (a line of theirs), joined or left."""

    kind: str
    name: str
    text: str
    at: datetime


SAID, JOINED, LEFT = "said", "joined", "left"


def pieces(text: str) -> list[Piece]:
    """The text as the widget shows it: ``[title](url)`` as its title, a bare address as itself, both links."""
    out: list[Piece] = []
    last = 0
    for match in _LINK.finditer(text):
        label, href = match.group(1), match.group(2) or match.group(3)
        trailing = ""
        if not label:
            cut = _TRAILING.search(href)
            if cut:
                trailing, href = cut.group(0), href[: cut.start()]
        if match.start() > last:
            out.append(Piece(text[last:match.start()]))
        out.append(Piece(label or href, href))
        if trailing:
            out.append(Piece(trailing))
        last = match.end()
    if last < len(text):
        out.append(Piece(text[last:]))
    return out


def _when(stamp: float | None) -> datetime | None:
    return datetime.fromtimestamp(stamp, timezone.utc).replace(tzinfo=None) if stamp is not None else None


def _buttons(event: dict[str, Any]) -> list[tuple[str, str]]:
    """(title, payload) of the buttons or quick replies a bot event carried, as the widget reads them."""
    data = event.get("data") if isinstance(event.get("data"), dict) else {}
    raw = data.get("quick_replies") if isinstance(data.get("quick_replies"), list) else data.get("buttons")
    found = []
    for button in raw if isinstance(raw, list) else []:
        if isinstance(button, dict) and isinstance(button.get("title"), str):
            payload = button.get("payload")
            found.append((button["title"], payload if isinstance(payload, str) else button["title"]))
    return found


def _described(payload: str, event: dict[str, Any]) -> str:
    """A click whose button is no longer known: the intent in words, never the raw payload."""
    parse = event.get("parse_data") if isinstance(event.get("parse_data"), dict) else {}
    intent = parse.get("intent") if isinstance(parse.get("intent"), dict) else {}
    name = intent.get("name") if isinstance(intent.get("name"), str) else None
    if name is None:
        match = _PAYLOAD.match(payload)
        name = match.group(1) if match else "a button"
    return f"(clicked: {name.replace('_', ' ')})"


def lines(rows: Iterable[tuple[str, float | None, str | None]], handoff: Sequence[HandoffLine] = ()) -> list[Line]:
    """The chat from tracker rows (``type_name``, ``timestamp``, JSON ``data``, in order) and a handoff's lines."""
    out: list[Line] = []
    offered: dict[str, str] = {}  # payload -> title, of every button shown so far (the newest wins)
    for type_name, stamp, data in rows:
        try:
            event = json.loads(data or "{}")
        except ValueError:
            continue
        if not isinstance(event, dict):
            continue
        said = event.get("text") if isinstance(event.get("text"), str) else ""
        if type_name == "bot":
            buttons = _buttons(event)
            offered.update({payload: title for title, payload in buttons})
            if said or buttons:
                out.append(Line(BOT, "Bot", said, _when(stamp), tuple(title for title, _ in buttons)))
        elif type_name == "user" and said:
            if said in offered:
                out.append(Line(VISITOR, "Visitor", offered[said], _when(stamp), clicked=True))
            elif _PAYLOAD.match(said):
                out.append(Line(VISITOR, "Visitor", _described(said, event), _when(stamp), clicked=True))
            else:
                out.append(Line(VISITOR, "Visitor", said, _when(stamp)))
    if handoff:
        out = _merged(out, [_handoff_line(h) for h in handoff])
    return out


def _handoff_line(part: HandoffLine) -> Line:
    if part.kind == JOINED:
        return Line(NOTE, part.name, f"{part.name} joined the chat", part.at)
    if part.kind == LEFT:
        return Line(NOTE, part.name, f"{part.name} handed the chat back to the bot", part.at)
    return Line(PERSON, part.name, part.text, part.at)


def _merged(chat: list[Line], people: list[Line]) -> list[Line]:
    """Both in time order (stable: lines at the same moment keep the tracker's order first)."""
    floor = datetime.min
    return sorted(chat + people, key=lambda line: line.at or floor)
