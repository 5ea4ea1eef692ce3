"""A visitor who answers whatever the bot asks, recognising questions by the playbook's wording."""

from __future__ import annotations

from typing import Mapping

from bot.actions.form import HOW_TO_CONFIRM
from bot.actions.phrasebook import ENGLISH, translate
from bot.actions.phrasing import A_FEW_WORDS
from harness.stack import Visitor
from qualification import Playbook
from qualification.playbook import VARIANTS
from qualification.translation import localized

CONSENT_CUE = "Before I take your contact details"
# The privacy question, the confirmation's list of what the bot heard but was not told in answer to its question, and
# the confirmation in a line: as the phrasebook has them (translated per language).
CONSENT_LINE = "Before I take your contact details: {text} [Privacy notice]({url}) Is that OK with you?"
NOTED_LINE = "I noted {what}. Is that right?"
BRIEF_CONFIRMATION = "Is everything else as I noted it?"
CONFIRM_CUE = "I noted "
CONFIRM = "confirm"

# A VP in a 120-person B2B software company in Berlin with budget and a date: a sales-qualified lead
# when every question is answered so (the tests' and benchmarks' standard visitor).
SQL_ANSWERS = {
    "need": "We need more qualified leads and our SEO is weak",
    "company": "Acme Analytics",
    "authority": "I'm the VP of Marketing and I sign off on this",
    "industry": "We're a B2B software company",
    "company_size": "about 120 employees",
    "location": "Berlin, Germany",
    "revenue": "around 20 million dollars a year",
    "tech_stack": "HubSpot and Salesforce",
    "budget": "around 60k for the year",
    "timing": "we want to start next month",
    "name": "Jane Doe",
    "consent": "yes",
    "email": "jane.doe@acme-analytics.io",
    # "I noted ... Is that right?" about values heard in another answer.
    "confirm": "yes",
}


def asked_slot(reply: str, playbook: Playbook, lang: str = ENGLISH) -> str | None:
    """The slot the reply's last question asks for, read in ``lang`` or any of its regional variants ("pt": also
    "pt-BR", as the bot words it for a Brazilian), or None when it asks nothing from the playbook."""
    for tag in (lang, *(variant for variant, base in VARIANTS.items() if base == lang)):
        if (slot := _asked_slot(reply, playbook, tag)) is not None:
            return slot
    return None


def _asked_slot(reply: str, playbook: Playbook, lang: str) -> str | None:
    """The slot the reply's last question asks for, read in ``lang``, or None when it asks nothing from the playbook.

    Every way the bot asks: the playbook's (localized) wordings; the privacy question; a confirmation, as its list
    ("I noted ... Is that right?"), in a line under a value just said back ("Is everything else as I noted it?"), or
    as how to answer it (``form.HOW_TO_CONFIRM``); and a question asked as what an answer looks like, after a bare
    yes ("Which company is it? Just its name ...", ``phrasing.A_FEW_WORDS``)."""
    spoken = localized(playbook, lang) if lang != ENGLISH else playbook
    consent = translate(CONSENT_LINE, lang, text="\x00", url="\x00").split("\x00")[0]
    noted = translate(NOTED_LINE, lang, what="\x00").split("\x00")
    in_a_line = (translate(BRIEF_CONFIRMATION, lang), translate(HOW_TO_CONFIRM, lang))
    for line in reversed(reply.splitlines()):
        if consent in line:
            return "consent"
        if (noted[0] in line and line.endswith(noted[1])) or line in in_a_line:
            return CONFIRM
        for question in spoken.questions:
            if any(variant in line for variant in question.wording):
                return question.attribute
        for slot, example in A_FEW_WORDS.items():
            if translate(example, lang) in line:
                return slot
    return None


def converse(
    visitor: Visitor, playbook: Playbook, answers: Mapping[str, str], opening: str = "hi", limit: int = 25
) -> str:
    """Open with ``opening`` and answer each question from ``answers`` ("skip" when absent) until the bot stops asking.

    "I noted ... Is that right?" is answered from ``answers["confirm"]``, "yes" when absent.
    """
    reply = visitor.say(opening)
    for _ in range(limit):
        slot = asked_slot(reply, playbook)
        if slot is None:
            return reply
        reply = visitor.say(answers.get(slot, "yes" if slot == CONFIRM else "skip"))
    raise AssertionError(f"the bot kept asking:\n{visitor.history()}")
