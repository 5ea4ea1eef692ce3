"""Where a visitor came from, read from a chat message's metadata: the one reader the bot and the studio share.

The widget sends, in each message's metadata (next to ``tz``)::

    {"page": location.href, "referrer": document.referrer, "language": navigator.language,
     "utm": {"source": ..., "medium": ..., "campaign": ..., "term": ..., "content": ...}}

``utm`` may be left out: the ``utm_*`` parameters of ``page`` are read
instead. Rasa adds ``input_channel`` (``socketio`` for the website, ``slack``,
``rest``). The bot reads its conversation's first message with
``from_metadata`` and sends ``Attribution.payload()`` with the lead; the
studio reads the same from a stored tracker event's JSON with ``read``.
Everything here is the visitor's browser talking, so it is only text, cut
to a sane length, never a link followed. Pure: no Flask, no Rasa.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Mapping
from urllib.parse import parse_qsl, urlsplit, urlunsplit

UTM_FIELDS = ("source", "medium", "campaign", "term", "content")
CHANNELS = {"socketio": "Website", "slack": "Slack", "rest": "API"}
MAX_URL = 500
MAX_VALUE = 200
MAX_CHANNEL = 40


def clipped(value: Any, limit: int) -> str | None:
    """``value`` as one line of text cut to ``limit``; None for anything but a non-blank string."""
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value[:limit] or None


@dataclass(frozen=True)
class Attribution:
    channel: str | None = None  # Rasa's input channel
    page: str | None = None  # the address the chat was opened on, as sent
    referrer: str | None = None
    language: str | None = None  # the browser's language tag, as sent ("de-DE")
    utm: dict[str, str] = field(default_factory=dict)

    @property
    def source(self) -> str | None:
        """The channel as a marketer names it."""
        return None if self.channel is None else CHANNELS.get(self.channel, self.channel)

    @property
    def page_path(self) -> str | None:
        """The page without its query and fragment (UTM and the like), so one page is one value to filter by."""
        if not self.page:
            return None
        parts = urlsplit(self.page)
        return urlunsplit((parts.scheme, parts.netloc, parts.path, "", "")) or None

    def __bool__(self) -> bool:
        return any((self.channel, self.page, self.referrer, self.language, self.utm))

    def payload(self) -> dict[str, Any] | None:
        """The lead's ``attribution`` (channel, page, referrer, utm: what is known), None when nothing is."""
        body: dict[str, Any] = {k: v for k, v in (("channel", self.channel), ("page", self.page),
                                                  ("referrer", self.referrer)) if v}
        if self.utm:
            body["utm"] = dict(self.utm)
        return body or None


def from_metadata(metadata: Any, channel: Any = None) -> Attribution:
    """The attribution in one message's metadata (and Rasa's input channel); empty when there is none."""
    metadata = metadata if isinstance(metadata, Mapping) else {}
    page = clipped(metadata.get("page") or metadata.get("url"), MAX_URL)
    sent = metadata.get("utm") if isinstance(metadata.get("utm"), Mapping) else {}
    utm = {name: value for name in UTM_FIELDS if (value := clipped(sent.get(name) or metadata.get(f"utm_{name}"), MAX_VALUE))}
    if not utm and page:
        try:
            query = dict(parse_qsl(urlsplit(page).query))
        except ValueError:
            query = {}
        utm = {name: value for name in UTM_FIELDS if (value := clipped(query.get(f"utm_{name}"), MAX_VALUE))}
    return Attribution(
        channel=clipped(channel, MAX_CHANNEL),
        page=page,
        referrer=clipped(metadata.get("referrer"), MAX_URL),
        language=clipped(metadata.get("language") or metadata.get("lang"), 35),
        utm=utm,
    )


def read(data: str | None) -> Attribution:
    """The attribution in a stored ``user`` event's JSON; unknown (empty) when absent or malformed."""
    try:
        event = json.loads(data or "")
    except ValueError:
        return Attribution()
    if not isinstance(event, dict):
        return Attribution()
    return from_metadata(event.get("metadata"), event.get("input_channel"))
