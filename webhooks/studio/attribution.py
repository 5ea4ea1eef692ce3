"""Where a visitor came from: as stored on the lead, or read from their first chat message as Rasa stored it.

Leads posted since migration 0012 carry it (``Lead.attribution``, ``Lead.language``):
``stored`` reads those. Older leads have only the tracker: ``read`` reads that.

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

from typing import Any

# The reading itself is shared with the bot, which sends it with the lead: one reader, in a pure place.
from qualification.attribution import CHANNELS, MAX_URL, MAX_VALUE, UTM_FIELDS, Attribution, clipped, read

__all__ = ["CHANNELS", "MAX_URL", "MAX_VALUE", "UTM_FIELDS", "Attribution", "read", "stored"]


def stored(data: Any, language: str | None = None) -> Attribution:
    """The attribution the lead carries (``Lead.attribution``: channel, page, referrer, utm) and its language.

    Checked and cut like the tracker's reading: the API bounded it, but a row
    may come from anywhere, and the page shows only text.
    """
    data = data if isinstance(data, dict) else {}
    sent = data.get("utm") if isinstance(data.get("utm"), dict) else {}
    return Attribution(
        channel=clipped(data.get("channel"), 40),
        page=clipped(data.get("page"), MAX_URL),
        referrer=clipped(data.get("referrer"), MAX_URL),
        language=clipped(language, 35),
        utm={name: value for name in UTM_FIELDS if (value := clipped(sent.get(name), MAX_VALUE))},
    )
