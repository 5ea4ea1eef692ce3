"""Words: how reasons quote what a visitor wrote, and which wording of a question a conversation hears.

Quoting (``clip``): short, on one line, never more than the visitor said.

Wording variants (``shown``): a question may have several wordings. Each
conversation is assigned one per question, stably (a hash of the
conversation and the question, so the same visitor always hears the same
words and the assignments of two questions are independent); a re-ask after
a reply that was not understood moves on to the next wording. The bot puts
what it showed into the message's metadata under ``METADATA_KEY``, and the
studio counts variants as shown, by ``variant_key`` of the words.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any, Iterable, Sequence

LIMIT = 80

# The bot message's metadata entry that says which wording was shown (Rasa keeps it on the ``bot`` event).
METADATA_KEY = "leadbot_wording"


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


def variant_index(conversation_id: str, question: str, count: int) -> int:
    """The wording (0..count-1) a conversation is assigned for a question: stable, and even across conversations."""
    if count < 1:
        raise ValueError("a question has at least one wording")
    # A cryptographic hash, not CRC-32: CRC is linear, so two questions' names of the same length
    # would get correlated assignments (variant 0 of one always meeting variant 0 of the other).
    digest = hashlib.sha256(f"{conversation_id}\x1f{question}".encode()).digest()
    return int.from_bytes(digest[:8], "big") % count


def variant_key(text: str) -> str:
    """A short name for a wording's words (whitespace aside), so the same words count as one variant in every version."""
    return hashlib.sha256(" ".join(text.split()).encode()).hexdigest()[:16]


@dataclass(frozen=True)
class Shown:
    """The wording a conversation hears for a question: which of the variants, and its words."""

    question: str  # the form slot it asks for
    index: int
    count: int
    text: str

    @property
    def key(self) -> str:
        return variant_key(self.text)

    def metadata(self) -> dict[str, Any]:
        """What the bot message carries under ``METADATA_KEY``."""
        return {"question": self.question, "variant": self.key, "index": self.index, "of": self.count,
                "text": self.text}


def shown(variants: Sequence[str], conversation_id: str, question: str, asked_before: int = 0) -> Shown:
    """The wording for the ``asked_before``-th re-ask (0: the first ask) of ``question`` in this conversation."""
    index = (variant_index(conversation_id, question, len(variants)) + asked_before) % len(variants)
    return Shown(question, index, len(variants), variants[index])


def from_metadata(metadata: Any) -> Shown | None:
    """The wording a bot message says it showed; ``None`` when it says none (or something malformed)."""
    if not isinstance(metadata, dict):
        return None
    entry = metadata.get(METADATA_KEY)
    if not isinstance(entry, dict):
        return None
    question, text, index, count = entry.get("question"), entry.get("text"), entry.get("index"), entry.get("of")
    if not isinstance(question, str) or not isinstance(text, str) or not question or not text:
        return None
    if not isinstance(index, int) or not isinstance(count, int) or not 0 <= index < count:
        return None
    return Shown(question, index, count, text)
