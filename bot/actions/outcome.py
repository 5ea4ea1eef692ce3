"""What the service is sent, and what the visitor is told once it has judged the lead.

Pure: the lead's body for ``POST /api/v1/leads`` and the closing messages
per stage (SQL: a call; MQL: the playbook's content offer and what happens
next; disqualified: thanks), from the playbook's company, privacy and offers.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any, Mapping, Sequence

from bot.actions.phrasebook import say
from nlu.attributes import Attributes
from qualification import Playbook
from qualification.playbook import ContentOffer
from qualification.slots import CONTACT
from scheduling import prefilled_link
from signing import BOT_SOURCE as SOURCE

HUMAN_REQUESTED = "human_requested"
# How an answer came to be known, as the service stores it (the contract's ``answers[].source``).
SOURCES = ("given", "corrected", "confirmed", "heard", "chat")
HEARD = "heard"

Message = dict[str, Any]


def lead_payload(
    conversation_id: str,
    attrs: Attributes,
    answers: Sequence[dict[str, str]],
    consent: bool | None,
    playbook: Playbook,
    human_request: str | None = None,
    *,
    complete: bool = True,
    heard: Mapping[str, str] | None = None,
    language: str | None = None,
    attribution: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """The lead as the service takes it; contact details only travel with consent.

    A visitor who declined (or was never asked because they left first) is
    sent without name and email. A request for a human sets ``human_requested``
    (the service routes the lead to sales, whatever its stage) and keeps what
    the visitor said as an answer to the pseudo-question ``human_requested``.
    ``complete=False`` makes it a draft (``"complete": false``): stored and
    scored but routed to nobody until the conversation ends (or is abandoned).
    The final submission leaves the field out, which the service reads as
    complete, as it always has.

    Each answer says how it came (``source``: given, corrected, confirmed).
    ``heard`` (attribute -> the visitor's words) adds what was heard but never
    confirmed, as answers of source ``heard``, for the record only: its
    values are not in ``attributes``. ``language`` (ISO 639-1) and
    ``attribution`` (channel, page, referrer, utm) go as they are when known.
    """
    contact = {q.id for q in playbook.questions if q.attribute in CONTACT}
    if consent is not True:
        # Nor in the visitor's words: no answer to a contact question, and the address or name said in another
        # answer ("Ana from Acme, ana@acme.io, we need leads") left out of its text.
        answers = [{**a, "text": withheld(a["text"], attrs)} for a in answers if a.get("question") not in contact]
        heard = {k: withheld(v, attrs) for k, v in (heard or {}).items() if k not in CONTACT}
        attrs = without_contact(attrs)
    body: dict[str, Any] = {
        "source": SOURCE,
        "conversation_id": conversation_id,
        "attributes": attrs.to_dict(),
        "answers": [{"question_id": a["question"], "text": a["text"],
                     "source": a.get("source") if a.get("source") in SOURCES else "given"} for a in answers],
        "signals": {"engaged": True},
    }
    answered = {a["question_id"] for a in body["answers"]}
    for attribute, text in (heard or {}).items():
        question = next((q for q in playbook.questions if q.attribute == attribute), None)
        if question is not None and question.id not in answered and text:
            body["answers"].append({"question_id": question.id, "text": text[:2000], "source": HEARD})
    if language:
        body["language"] = language
    if attribution:
        body["attribution"] = dict(attribution)
    if human_request is not None:
        body["human_requested"] = True
        body["answers"].append({"question_id": HUMAN_REQUESTED, "text": human_request or "yes"})
    if consent is not None:
        body["consent"] = [{"purpose": "contact", "granted": consent, "wording": playbook.privacy.text}]
    if not complete:
        body["complete"] = False
    return body


# An email address as visitors type it.
_EMAIL = re.compile(r"[^\s@<>()\[\],;:]+@[^\s@<>()\[\],;:]+\.[^\s@<>()\[\],;:]*[^\s@<>()\[\],;:.!?]")
WITHHELD = "(withheld)"


def withheld(text: str, *known: Attributes) -> str:
    """``text`` without the contact details in it: any email address, and the name ``known`` holds, as a whole
    word ("sure, I'm Ana, ana@x.io" -> "sure, I'm (withheld), (withheld)"), for a visitor who gave no consent."""
    text = _EMAIL.sub(WITHHELD, text)
    for name in {a.name for a in known if a.name}:
        text = re.sub(rf"(?<!\w){re.escape(name)}(?!\w)", WITHHELD, text, flags=re.IGNORECASE)
    return text


def without_contact(attrs: Attributes, *known: Attributes) -> Attributes:
    """``attrs`` with no name and no email, and none in the need's summary of the visitor's words (the names
    ``known`` holds are left out of it too)."""
    need = attrs.need
    if need is not None and need.summary:
        need = replace(need, summary=withheld(need.summary, attrs, *known))
    return replace(attrs, email=None, name=None, need=need)


def closing_messages(stage: str, playbook: Playbook, needs: Sequence[str] = (), *,
                     reachable: bool = True) -> list[Message]:
    """What the visitor hears once the lead is stored, by stage.

    A visitor who is not a fit, or not ready, still gets something worth
    reading: the content offer that suits their need (``needs``, the need's
    categories) first, and a friendly goodbye. One we cannot write to
    (``reachable`` false: no email kept, as they refused consent) is promised
    no email: the content offer and a goodbye instead.
    """
    company = playbook.company.name
    if stage in ("sql", "pql"):
        return [{"text": say("Thanks! This sounds like a great fit for {company}.", company=company)}, *call_offer(playbook)]
    if stage == "disqualified":
        messages: list[Message] = [{"text": say("Thanks for your time! It doesn't look like {company} is the right fit "
                                                "for this right now.", company=company)}]
        offers = playbook.offers_for_need(tuple(needs))
        if offers:
            messages.append({"text": say("You might still find this useful: {link}", link=_link(offers[0]))})
        messages.append({"text": say("All the best, and feel free to come back any time!")})
        return messages
    if not reachable:
        unreachable: list[Message] = [{"text": say("Thanks, that's really helpful.")}]
        offers = playbook.offers_for_need(tuple(needs))
        if offers:
            unreachable.append({"text": say("You might still find this useful: {link}", link=_link(offers[0]))})
        return [*unreachable, {"text": say("All the best, and feel free to come back any time!")}]
    messages = [{
        "text": say("Thanks, that's really helpful. One of our team will review this and email you within one "
                    "business day."),
    }]
    for_stage = playbook.offers_for(stage)
    by_need = [o for o in playbook.offers_for_need(tuple(needs)) if o in for_stage] or list(for_stage)
    if not by_need:
        by_need = list(playbook.offers_for_need(tuple(needs)))
    if by_need:
        messages.append({"text": say("In the meantime you might like {link}", link=_link(by_need[0]))})
    return messages


def unbookable_messages(playbook: Playbook, needs: Sequence[str] = ()) -> list[Message]:
    """What a sales-ready visitor who refused consent hears instead of call times: why there are none, the
    content offer that suits their need, and the offer to ask again (the last message, with its buttons)."""
    # A call needs the email that the visitor asked us not to keep.
    messages: list[Message] = [{"text": say("To book a call I'd need to keep your email, and you'd rather we didn't "
                                            "keep contact details, so I won't.")}]
    offers = playbook.offers_for_need(tuple(needs))
    if offers:
        messages.append({"text": say("You might still find this useful: {link}", link=_link(offers[0]))})
    messages.append({"text": say("If you'd like a call after all, I'll ask again for your OK to keep your email."),
                     "buttons": [
        {"title": say("Yes, book a call"), "payload": "/book_call"},
        {"title": say("Not now"), "payload": "/goodbye"},
    ]})
    return messages


# A sales-ready visitor who skipped the email asked for again before the times: no call, and why.
NO_EMAIL_NO_CALL = "No problem. Without an email there is nowhere to send the invitation, so I can't book a call."
EMAIL_LATER = "If you change your mind, just type your email here and I'll show you the times."


def emailless_messages(playbook: Playbook, needs: Sequence[str] = ()) -> list[Message]:
    """What a sales-ready visitor hears who skips the email asked for again before any time is shown: that no call
    can be booked without one, the content offer that suits their need, and how to book after all, with a goodbye."""
    messages: list[Message] = [{"text": say(NO_EMAIL_NO_CALL)}]
    offers = playbook.offers_for_need(tuple(needs))
    if offers:
        messages.append({"text": say("You might still find this useful: {link}", link=_link(offers[0]))})
    messages.append({"text": f"{say(EMAIL_LATER)} {say('All the best, and feel free to come back any time!')}"})
    return messages


def _link(offer: ContentOffer) -> str:
    """A content offer as Markdown link text, which the widget shows as a link."""
    return f"[{offer.title}]({offer.url})"


def call_offer(playbook: Playbook) -> list[Message]:
    """The question that leads to a call, when no free slots can be shown right away."""
    return [{
        "text": say("Would you like to book a call with one of our consultants?"),
        "buttons": [
            {"title": say("Yes, book a call"), "payload": "/book_call"},
            {"title": say("Not now"), "payload": "/deny"},
        ],
    }]


def call_messages(playbook: Playbook, attrs: Attributes | None = None, consent: bool | None = None) -> list[Message]:
    """The playbook's scheduling page (name and email filled in, with consent), else sales proposes times."""
    link = playbook.scheduling.link
    if link:
        known = attrs if attrs is not None and consent is True else Attributes()
        email = known.email.address if known.email is not None else None
        url = prefilled_link(link, known.name, email)
        return [{"text": say("Great! Pick a time that suits you here: {url}", url=url)}]
    return [{"text": say("Great! One of our consultants will email you shortly to propose a few times for a call.")}]


PENDING_MESSAGE = (
    "Thanks, I've noted everything. Our system is a little slow to respond right now, "
    "so our team will follow up with you by email."
)
# The same moment for a visitor whose email we do not keep (no consent, or none given): nobody can write to them,
# so they are asked to write again, when the lead is posted anew.
PENDING_UNREACHABLE = (
    "Thanks, I've noted everything, but I couldn't pass it to our team just now. "
    "Please write here again in a minute and I'll send it on."
)
