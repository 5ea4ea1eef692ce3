"""A visitor's own question answered from the playbook's FAQ (matched by ``nlu.faq``), or an honest "not sure".

The matcher is built once per FAQ section: a marketer's edit in the studio is
a new section, so the next question is matched against the new phrasings
with no retraining and no restart.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from nlu.faq import FaqMatcher
from qualification import Playbook
from qualification.playbook import FaqEntry

Message = dict[str, Any]
# When the FAQ has no close entry, the classifier's intent still says what was asked (an entry id).
INTENT_ENTRIES = {"ask_pricing": "pricing", "ask_services": "services", "bot_challenge": "bot"}
NOT_SURE = ("I'm not sure about that one, I'm afraid. I can tell you about our services and pricing, "
            "or put you in touch with our team.")


@lru_cache(maxsize=8)
def matcher(entries: tuple[FaqEntry, ...]) -> FaqMatcher:
    return FaqMatcher((entry.id, entry.questions) for entry in entries)


def entry_messages(playbook: Playbook, entry: FaqEntry) -> list[Message]:
    """The entry's answer, then its content offer as a link."""
    messages: list[Message] = []
    answer = playbook.faq_answer(entry)
    if answer:
        messages.append({"text": answer})
    offer = playbook.offer(entry.offer)
    if offer is not None:
        messages.append({"text": f"Here you are: [{offer.title}]({offer.url})"})
    return messages


def faq_entry(playbook: Playbook, text: str) -> FaqEntry | None:
    """The FAQ entry ``text`` asks about, if any."""
    found = matcher(playbook.faq).match(text) if playbook.faq else None
    return next((e for e in playbook.faq if found is not None and e.id == found.entry), None)


def faq_messages(playbook: Playbook, text: str) -> list[Message]:
    """The answer to ``text`` when it matches an FAQ entry; [] when it does not."""
    entry = faq_entry(playbook, text)
    return entry_messages(playbook, entry) if entry is not None else []


def answer_messages(playbook: Playbook, text: str, intent: str | None) -> list[Message]:
    """What a question to us gets: the matching FAQ entry, else the entry the intent names, else the
    playbook's own words for pricing, services and "are you a bot", else "not sure"."""
    messages = faq_messages(playbook, text)
    if messages:
        return messages
    named = INTENT_ENTRIES.get(intent or "")
    entry = next((e for e in playbook.faq if e.id == named), None)
    if entry is not None:
        return entry_messages(playbook, entry)
    company = playbook.company
    if intent == "ask_pricing":
        return [{"text": company.pricing}]
    if intent == "ask_services":
        return [{"text": f"{company.name} helps B2B companies with: {', '.join(s.name for s in company.services)}."}]
    if intent == "bot_challenge":
        return [{"text": f"I'm {company.possessive} virtual assistant: a bot, not a person. Say \"talk to a "
                         "human\" any time to reach our team."}]
    return [{"text": NOT_SURE}]
