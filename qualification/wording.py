"""How reasons quote what a visitor wrote: short, on one line, never more than they said."""

from __future__ import annotations

from typing import Iterable

LIMIT = 80


def clip(text: str, limit: int = LIMIT) -> str:
    """Visitor text cut to ``limit`` characters on one line, so a pasted essay cannot flood a Slack alert.

    The text is still the visitor's: whoever renders a reason escapes it.
    """
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def clip_list(items: Iterable[str], most: int = 5) -> str:
    items = list(items)
    shown = ", ".join(clip(i, 40) for i in items[:most])
    return shown + (f" and {len(items) - most} more" if len(items) > most else "")
