"""Heard or given: a value enters the lead only from an answer that states it, or once the visitor confirms it.

Pure (no Rasa): the form's validation hands in what one message said and
gets back what the conversation now knows. A message is read twice by the
extractor: for the question it answers (``answer``, the requested slot's
value) and as free text (``free``, every attribute it mentions).

- The requested slot's value in an answer is *given*.
- Any other value, picked up from free text or from an answer to another
  question ("around £40 million a year" to the revenue question also reads
  as a budget), is *heard*: kept apart, never sent with the lead, and
  confirmed before the question it would skip is dropped ("I noted a budget
  of about £40M, is that right?").
- A new value for something already given, in a message that answers no
  question (or says "actually", "sorry", "I meant" ...), is a *correction*:
  given at once, and said back ("Got it, about 300 people.").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any, Mapping

from nlu.attributes import Attributes, ContractError
from qualification.playbook import QUESTION_ATTRIBUTES

# Words with which visitors correct themselves; a new value after one of them is meant, not incidental.
_CORRECTION = re.compile(
    r"\b(actually|sorry|correction|i meant|i mean|meant to say|make (?:it|that)|instead|rather|"
    r"not \S+(?: \S+)? but|changed|update|updated|wait|oops|my bad|scratch that|to be precise|turns out)\b",
    re.IGNORECASE,
)
# How a heard value came, for the answer's source.
GIVEN, CONFIRMED, CORRECTED = "given", "confirmed", "corrected"


def corrects_itself(text: str) -> bool:
    return bool(_CORRECTION.search(text or ""))


def stated(attrs: Attributes, name: str) -> bool:
    value = getattr(attrs, name, None)
    return value is not None and value != ()


def only(attrs: Attributes, names: tuple[str, ...] | list[str] | frozenset[str]) -> Attributes:
    """``attrs`` with every question attribute but ``names`` left out."""
    keep = set(names)
    return replace(attrs, **{n: (() if n == "tech_stack" else None) for n in QUESTION_ATTRIBUTES if n not in keep})


def without(attrs: Attributes, names: tuple[str, ...] | list[str] | frozenset[str]) -> Attributes:
    drop = set(names)
    return replace(attrs, **{n: (() if n == "tech_stack" else None) for n in QUESTION_ATTRIBUTES if n in drop})


@dataclass(frozen=True)
class Heard:
    """Heard values and the visitor's words each was heard in (for the answer the lead gets once confirmed)."""

    attributes: Attributes = field(default_factory=Attributes)
    texts: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def from_slot(cls, value: Any) -> "Heard":
        if not isinstance(value, Mapping):
            return cls()
        try:
            attributes = Attributes.from_dict(value.get("attributes") or {})
        except ContractError:
            attributes = Attributes()
        texts = value.get("texts")
        return cls(attributes, {k: v for k, v in texts.items() if isinstance(v, str)} if isinstance(texts, Mapping) else {})

    def to_slot(self) -> dict[str, Any]:
        return {"attributes": self.attributes.to_dict(), "texts": dict(self.texts)}

    def names(self) -> list[str]:
        return [n for n in QUESTION_ATTRIBUTES if stated(self.attributes, n)]

    def forget(self, names: list[str] | tuple[str, ...]) -> "Heard":
        return Heard(without(self.attributes, names), {k: v for k, v in self.texts.items() if k not in names})


@dataclass(frozen=True)
class Hearing:
    """What one message leaves the conversation with."""

    given: Attributes
    heard: Heard
    # Attributes given afresh by this message as corrections, to be said back.
    corrected: tuple[str, ...] = ()


def hear(
    given: Attributes, heard: Heard, free: Attributes, text: str, *,
    answered: str | None = None, answer: Attributes | None = None, correcting: bool | None = None,
) -> Hearing:
    """Fold one message into the conversation: ``answered`` names the slot it answered (``answer`` holds the value).

    ``correcting=False`` (a question the visitor asked) hears new values but corrects nothing.

    What is not a question attribute (a persona such as "student") is taken as said.
    """
    new_given = given
    if answered is not None and answer is not None and stated(answer, answered):
        new_given = new_given.merge(only(answer, [answered]))
    new_given = new_given.merge(without(free, QUESTION_ATTRIBUTES))
    heard_attrs, texts = heard.attributes, dict(heard.texts)
    corrected: list[str] = []
    if correcting is None:
        correcting = answered is None or corrects_itself(text)
    for name in QUESTION_ATTRIBUTES:
        if name == answered or not stated(free, name):
            continue
        value = only(free, [name])
        if stated(given, name):
            if _same(given, free, name):
                continue
            if correcting:
                new_given = new_given.merge(value) if name != "tech_stack" else replace(
                    new_given, tech_stack=free.tech_stack)
                corrected.append(name)
            # A different value inside an answer to another question: what the visitor answered stays.
            continue
        if correcting and answered is None and stated(heard_attrs, name) and not _same(heard_attrs, free, name) \
                and corrects_itself(text):
            # "actually it's closer to 80k" after 50k was heard: meant, and said back.
            new_given = new_given.merge(value)
            heard_attrs = without(heard_attrs, [name])
            texts.pop(name, None)
            corrected.append(name)
            continue
        heard_attrs = without(heard_attrs, [name]).merge(value)
        texts[name] = text[:200]
    if answered is not None:
        heard_attrs = without(heard_attrs, [answered])
        texts.pop(answered, None)
    return Hearing(new_given, Heard(heard_attrs, texts), tuple(corrected))


def _same(old: Attributes, new: Attributes, name: str) -> bool:
    a, b = getattr(old, name), getattr(new, name)
    if name == "tech_stack":
        return set(b) <= set(a)
    if name == "need":
        return set(b.categories) <= set(a.categories) and (not b.summary or b.summary == a.summary)
    return a == b


def confirm(given: Attributes, heard: Heard, names: list[str] | tuple[str, ...]) -> tuple[Attributes, Heard]:
    """The visitor said yes: the heard values of ``names`` become given."""
    return given.merge(only(heard.attributes, list(names))), heard.forget(list(names))
