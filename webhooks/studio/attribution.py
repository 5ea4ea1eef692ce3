"""Where a visitor came from: read from their first chat message as Rasa stored it.

The widget sends, in each message's metadata (next to ``tz``)::

    {"page": location.href, "referrer": document.referrer, "language": navigator.language,
     "utm": {"source": ..., "medium": ..., "campaign": ..., "term": ..., "content": ...}}

``utm`` may be left out: the ``utm_*`` parameters of ``page`` are read
instead. Rasa adds ``input_channel`` (``socketio`` for the website, ``slack``).
Everything here is the visitor's browser talking, so it is only text to
show (escaped by the page), cut to a sane length, never a link followed.
Pure: JSON text in, a dataclass out.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, urlsplit, urlunsplit

UTM_FIELDS = ("source", "medium", "campaign", "term", "content")
CHANNELS = {"socketio": "Website", "slack": "Slack", "rest": "API"}
MAX_URL = 500
MAX_VALUE = 200


def _text(value: Any, limit: int) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value[:limit] or None


@dataclass(frozen=True)
class Attribution:
    channel: str | None = None  # Rasa's input channel
    page: str | None = None  # the address the chat was opened on, as sent
    referrer: str | None = None
    language: str | None = None
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


def read(data: str | None) -> Attribution:
    """The attribution in a ``user`` event's JSON; unknown (empty) when absent or malformed."""
    try:
        event = json.loads(data or "")
    except ValueError:
        return Attribution()
    if not isinstance(event, dict):
        return Attribution()
    metadata = event.get("metadata") if isinstance(event.get("metadata"), dict) else {}
    page = _text(metadata.get("page") or metadata.get("url"), MAX_URL)
    sent = metadata.get("utm") if isinstance(metadata.get("utm"), dict) else {}
    utm = {name: value for name in UTM_FIELDS if (value := _text(sent.get(name) or metadata.get(f"utm_{name}"), MAX_VALUE))}
    if not utm and page:
        try:
            query = dict(parse_qsl(urlsplit(page).query))
        except ValueError:
            query = {}
        utm = {name: value for name in UTM_FIELDS if (value := _text(query.get(f"utm_{name}"), MAX_VALUE))}
    return Attribution(
        channel=_text(event.get("input_channel"), 40),
        page=page,
        referrer=_text(metadata.get("referrer"), MAX_URL),
        language=_text(metadata.get("language") or metadata.get("lang"), 35),
        utm=utm,
    )
