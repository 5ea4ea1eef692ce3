"""The form's plan, from the playbook at run time: which slot to ask next, in which words.

Pure: plain values in, decisions out (no Rasa, no HTTP), so the rules of the
conversation are tested without a server. A form slot is named after the
contract attribute its question fills; ``consent`` is the one extra slot,
asked before the first contact detail is requested (or, when the visitor
volunteered one, before the lead is stored).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any, Mapping

from bot.actions.hearing import shaped_like_a_name
from bot.actions.phrasebook import say
from nlu.attributes import Attributes
from nlu.faq import reads_as_question
from qualification import Playbook, Question, Signals, qualify, questions_to_ask
from qualification.slots import CONSENT, CONTACT, slot_order
from qualification.wording import Shown, shown

# Re-asks after a reply that was not understood, before moving on.
MAX_RETRIES = 2
# Times an optional question is asked in a row, unanswered, before the others go first (``_passed_over_last``).
PASSED_OVER = 2
# What of a message is read and kept: a pasted essay is not an answer.
MAX_TEXT = 2000

# Fields the extractor fills with whatever was said when asked for them.
FREE_TEXT = ("need", "company", "name")
# Intents that are never an answer to a free-text question.
NOT_ANSWERS = ("out_of_scope", "thanks", "greet")
# Markup or code pasted in ("<script>alert(1)</script>") is no answer in words.
_MARKUP = re.compile(r"<\s*/?\s*[a-zA-Z][^>]*>")
VOWELS = frozenset("aeiouyäöüéèáíóúàâêîôûåø")

# Counts, in Progress.misses, the times a visitor asked why a slot's question is asked ("why do you need that?").
EXPLAINED = "explained:{slot}"
# Counts, in Progress.misses, the bare yeses to an open question ("yes" to "which company?"): its next ask is what an
# answer looks like ("Which company is it? Just its name ..."), in place of the question's own words, never both.
EXAMPLE = "example:{slot}"
# Counts, in Progress.misses, the questions to us the FAQ does not know, put at a slot's question ("do you guarantee
# results?" to "which company?"): the second leaves that question (bot.actions.form.left_unanswered).
ASKED_US = "asked_us:{slot}"

AFFIRMING = ("affirm",)
DENYING = ("deny",)
SKIPPING = ("skip",)


@dataclass(frozen=True)
class Progress:
    """Per slot: how often it was asked (to rotate wording), how often not understood; which were given up."""

    asked: Mapping[str, int] = field(default_factory=dict)
    misses: Mapping[str, int] = field(default_factory=dict)
    skipped: tuple[str, ...] = ()
    # The slot whose last reply was not understood, so its re-ask apologises.
    last_miss: str | None = None
    # Slots whose heard value the visitor did not confirm: asked as usual, the heard value as the first button.
    doubted: tuple[str, ...] = ()

    @classmethod
    def from_slot(cls, value: Any) -> "Progress":
        if not isinstance(value, Mapping):
            return cls()
        return cls(
            asked=dict(value.get("asked") or {}),
            misses=dict(value.get("misses") or {}),
            skipped=tuple(value.get("skipped") or ()),
            last_miss=value.get("last_miss"),
            doubted=tuple(value.get("doubted") or ()),
        )

    def to_slot(self) -> dict[str, Any]:
        return {
            "asked": dict(self.asked), "misses": dict(self.misses),
            "skipped": list(self.skipped), "last_miss": self.last_miss, "doubted": list(self.doubted),
        }

    def ask(self, slot: str) -> "Progress":
        return replace(self, asked={**self.asked, slot: self.asked.get(slot, 0) + 1}, last_miss=None)

    def miss(self, slot: str) -> "Progress":
        return replace(self, misses={**self.misses, slot: self.misses.get(slot, 0) + 1}, last_miss=slot)

    def doubt(self, slots: tuple[str, ...] | list[str]) -> "Progress":
        return replace(self, doubted=tuple(dict.fromkeys(self.doubted + tuple(slots))))

    def explain(self, slot: str) -> "Progress":
        """The visitor asked why ``slot`` is asked and was told: the ask that follows is no new passing over."""
        key = EXPLAINED.format(slot=slot)
        return replace(self, misses={**self.misses, key: self.misses.get(key, 0) + 1})

    def example(self, slot: str) -> "Progress":
        """A reply to ``slot``'s question answered nothing ("yes"): its next ask shows what an answer looks like."""
        key = EXAMPLE.format(slot=slot)
        return replace(self, misses={**self.misses, key: self.misses.get(key, 0) + 1})

    def examples(self, slot: str) -> int:
        """How often ``slot``'s question was met with a bare yes (``example``)."""
        return self.misses.get(EXAMPLE.format(slot=slot), 0)

    def asked_us(self, slot: str) -> "Progress":
        """A question to us that nothing answers was put at ``slot``'s question: counted (``unanswered``)."""
        key = ASKED_US.format(slot=slot)
        return replace(self, misses={**self.misses, key: self.misses.get(key, 0) + 1})

    def unanswered(self, slot: str) -> int:
        """How often a question to us that nothing answers was put at ``slot``'s question (``asked_us``)."""
        return self.misses.get(ASKED_US.format(slot=slot), 0)

    def passed_over(self, slot: str) -> int:
        """How often ``slot`` was asked without being explained in between (``_passed_over_last``)."""
        return self.asked.get(slot, 0) - self.misses.get(EXPLAINED.format(slot=slot), 0)

    def skip(self, slot: str) -> "Progress":
        return self if slot in self.skipped else replace(self, skipped=self.skipped + (slot,))


def has_contact(attrs: Attributes) -> bool:
    return attrs.email is not None or attrs.name is not None


def slots_to_ask(
    playbook: Playbook, attrs: Attributes, signals: Signals, progress: Progress, consent: bool | None,
    contact_first: bool = False,
) -> list[str]:
    """The form's required slots now: the playbook's open questions, minus what was given up.

    A disqualified lead is asked nothing more; a visitor who declined the
    privacy notice is not asked for contact details. ``contact_first`` (the
    visitor asked for a person) moves consent and email to the front, so the
    person who gets in touch has an address to write to.
    """
    slots = _slots_to_ask(playbook, attrs, signals, progress, consent)
    if contact_first:
        urgent = [s for s in slots if s in (CONSENT, "email")]
        slots = urgent + [s for s in slots if s not in urgent]
    return slots


def _slots_to_ask(
    playbook: Playbook, attrs: Attributes, signals: Signals, progress: Progress, consent: bool | None
) -> list[str]:
    if qualify(attrs, playbook, signals).stage == "disqualified":
        return [CONSENT] if consent is None and has_contact(attrs) else []
    open_questions = [q for q in questions_to_ask(playbook, attrs, signals) if q.attribute not in progress.skipped]
    slots = _passed_over_last(slot_order(open_questions), open_questions, progress)
    if consent is False:
        return [s for s in slots if s != CONSENT and s not in CONTACT]
    if consent is True or not (has_contact(attrs) or any(s in CONTACT for s in slots)):
        return [s for s in slots if s != CONSENT]
    return slots


def _passed_over_last(slots: list[str], questions: list[Question], progress: Progress) -> list[str]:
    """An optional question asked twice and answered with other things each time ("which company?" to which they
    gave their role, then their size) waits until the other questions are asked, rather than a third time in a row;
    asked at the end, and passed over once more, it is given up. Contact details and consent keep their place."""
    optional = {q.attribute for q in questions if not q.required and q.attribute not in CONTACT}
    # An ask that followed "why do you need that?" is the same ask again, not one more passing over.
    given_up = {s for s in slots if s in optional and progress.passed_over(s) > PASSED_OVER}
    later = [s for s in slots if s in optional and s not in given_up and progress.passed_over(s) == PASSED_OVER]
    if not later and not given_up:
        return slots
    rest = [s for s in slots if s not in later and s not in given_up]
    at = next((i for i, s in enumerate(rest) if s == CONSENT or s in CONTACT), len(rest))
    return rest[:at] + later + rest[at:]


def question_for(playbook: Playbook, slot: str) -> Question | None:
    return next((q for q in playbook.questions if q.attribute == slot), None)


def shown_wording(playbook: Playbook, slot: str, progress: Progress, conversation_id: str) -> Shown | None:
    """Which of the playbook's wordings asks ``slot`` now (``qualification.wording.shown``); ``None`` for consent."""
    if slot == CONSENT:
        return None
    question = question_for(playbook, slot)
    variants = question.wording if question is not None and question.wording else (
        say("Could you tell me your {what}?", what=slot.replace("_", " ")),
    )
    return shown(variants, conversation_id, slot, progress.asked.get(slot, 0))


# The privacy question asked again, its notice already on screen above (``wording``).
CONSENT_AGAIN = ("Before I take your contact details: is it OK with you that we keep what you tell us, as our "
                 "[privacy notice]({url}) says?")


def wording(playbook: Playbook, slot: str, progress: Progress, conversation_id: str) -> str:
    """The words for asking ``slot``: the conversation's assigned variant, then the next ones on re-asks."""
    if slot == CONSENT and progress.asked.get(CONSENT, 0):
        # The notice's paragraph was shown when the question was first asked: asked again (after an answer to the
        # visitor's question, a reply not understood, contact details held), it is one line with the link, never
        # the whole paragraph again under an answer that may have said the same ("what do you do with my data?").
        text = say(CONSENT_AGAIN, url=playbook.privacy.url)
    elif slot == CONSENT:
        privacy = playbook.privacy
        text = say("Before I take your contact details: {text} [Privacy notice]({url}) Is that OK with you?",
                   text=privacy.text, url=privacy.url)
    else:
        text = shown_wording(playbook, slot, progress, conversation_id).text  # type: ignore[union-attr]
    if progress.last_miss == slot:
        text = say("Sorry, I didn't catch that. {question}", question=text)
    return text


@dataclass(frozen=True)
class Reply:
    """What a visitor's reply to the requested slot amounts to."""

    outcome: str  # answered | skipped | needed (a skip of a required question) | not_understood | gave_up
    value: Any = None


def interpret(
    slot: str, text: str, intent: str | None, extracted: Attributes, progress: Progress, required: bool
) -> Reply:
    """Read a reply to ``slot`` given what the extractor found in it."""
    if slot == CONSENT:
        if intent in AFFIRMING:
            return Reply("answered", True)
        if intent in SKIPPING and not progress.misses.get(EXPLAINED.format(slot=slot)):
            # "skip" is no answer to "is that OK with you?": what the OK is for (and that a no is fine), then the
            # question again, as at any required question; skipped again, it is a no.
            return Reply("needed")
        if intent in DENYING or intent in SKIPPING:
            return Reply("answered", False)
    else:
        value = getattr(extracted, slot, None)
        if value is not None and value != () and not _free_text_guess(slot, value, text, intent):
            return Reply("answered", text[:200])
        if intent in SKIPPING or intent in DENYING:
            # A required question is needed to go on: the first "skip" hears why (unless they already asked
            # why and were told), and the question again; skipped again, it is let go rather than asked a third time.
            if required and not progress.misses.get(EXPLAINED.format(slot=slot)):
                return Reply("needed")
            return Reply("skipped")
    misses = progress.misses.get(slot, 0)
    # An optional question is asked once more before it is given up (keys mashed are no "skip").
    if (not required and misses >= 1) or misses >= MAX_RETRIES:
        return Reply("gave_up")
    return Reply("not_understood")


def looks_like_words(text: str) -> bool:
    """False for keyboard mashing ("qwzx vbnm"): most words lack vowels or pile up consonants."""
    words = [w for w in "".join(c if c.isalpha() else " " for c in text.lower()).split() if len(w) > 2]
    if not words:
        return bool(text.strip())
    if not all(c.isascii() for w in words for c in w):
        return True
    odd = sum(1 for w in words if not VOWELS & set(w) or _consonant_run(w) >= 5)
    return odd * 2 <= len(words)


def _consonant_run(word: str) -> int:
    longest = run = 0
    for c in word:
        run = 0 if c in VOWELS else run + 1
        longest = max(longest, run)
    return longest


def _free_text_guess(slot: str, value: Any, text: str, intent: str | None) -> bool:
    """A free-text field the extractor filled only because it was asked, from something that is not an answer."""
    if slot not in FREE_TEXT or (slot == "need" and value.categories):
        return False
    if slot in ("name", "company") and shaped_like_a_name(text, words_at_least=2):
        # "Daniel Okafor" is a name whatever the classifier calls it (out_of_scope, greet).
        return False
    # "garantem resultados?", "che garanzie date sui risultati?" to the company question (the classifier's fallback)
    # was stored as the company: a question put to us is no name, no firm and no need.
    asks = "?" in text and reads_as_question(text)
    return intent in NOT_ANSWERS or not looks_like_words(text) or bool(_MARKUP.search(text)) or asks
