"""While a confirmation waits for a yes, a further message that says nothing back and leaves its list as it was (a
question about us, answered above it) is met by a short question ("Is what I noted right?", in the visitor's
language), not the whole "I noted ..." paragraph again (issue 18), through the real bot, in the seven languages (pt-PT
and pt-BR).

Each such message was followed by the whole paragraph again, word for word. Near misses, which get the list whole: a
value said back above it ("we use HubSpot": the rest still waiting is listed under it, issue 14's decision); a value
put right ("actually we are 60 people"), which changes the list; a reply that says nothing we can read ("hmm"), shown
the list once as a check, "Just to be sure I have it right:" above it. The yes given to the short question confirms
every value listed, as a yes to the paragraph does.
"""

from __future__ import annotations

import pytest

from bot.actions.form import LISTED_RIGHT
from bot.actions.phrasebook import translate
from bot.actions.phrasing import NOTED, NOTED_WORKED_OUT
from harness.stack import Stack, Visitor
from qualification import Playbook
from tests.bot.test_a_bare_yes_at_a_confirmation_confirms_the_heard_value import FULL
from tests.bot.test_a_confirmation_answered_in_part_confirms_the_rest_and_asks_again_only_what_was_taken_back import (
    OPENING,
    stored,
)
from tests.bot.test_language_conversations import CONFIRM, asked
from tests.bot.test_truth_conversation_corrections_of_any_field import finished

pytestmark = pytest.mark.slow

LANGUAGES = ["en", "de", "fr", "es", "pt", "pt-BR", "it", "nl"]
# A question about us, answered above the confirmation: nothing said back.
ASKED = {"en": "what do you do exactly?", "de": "was macht ihr genau?", "fr": "que faites-vous exactement ?",
         "es": "¿a qué se dedican exactamente?", "pt": "o que fazem exatamente?",
         "pt-BR": "o que vocês fazem exatamente?", "it": "cosa fate esattamente?", "nl": "wat doen jullie precies?"}


def language(lang: str) -> str:
    return lang.split("-")[0]


def listed(reply: str, lang: str) -> bool:
    """Whether the reply says the whole "I noted ... Is that right?" paragraph (a line of its own)."""
    starts = [translate(line, lang, what="\x00").split("\x00")[0] for line in (NOTED, NOTED_WORKED_OUT)]
    return any(said.startswith(start) for said in reply.splitlines() for start in starts)


def at_confirmation(v: Visitor, playbook: Playbook, lang: str) -> str:
    """The opening's values listed for a yes (pt-BR: the Portuguese opening, the bot's wording Brazilian)."""
    reply = v.say(OPENING[language(lang)])
    assert asked(reply, playbook, language(lang)) == CONFIRM and "50" in reply, v.history()
    return reply


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_question_answered_while_a_confirmation_waits_is_followed_by_the_short_question(
        stack: Stack, playbook: Playbook, lang: str) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    first = at_confirmation(v, playbook, lang)
    assert listed(first, lang), v.history()
    reply = v.say(ASKED[lang])
    assert "Brightline" in reply, f"the question was not answered:\n{v.history()}"
    assert translate(LISTED_RIGHT, lang) in reply, f"no short question:\n{v.history()}"
    assert not listed(reply, lang) and "50" not in reply, f"the whole paragraph again:\n{v.history()}"
    assert v.buttons == [(translate("Yes", lang), "/affirm"), (translate("Change", lang), "/deny")], v.history()
    # The yes to the short question confirms what the paragraph listed.
    answer = v.say(FULL[language(lang)][CONFIRM])
    assert asked(answer, playbook, language(lang)) not in (CONFIRM, "budget", "company_size"), v.history()
    finished(v, playbook, language(lang), FULL[language(lang)], answer)
    lead = stack.lead_for(v.sender)
    assert lead is not None, v.history()
    attributes = lead["attributes"]
    assert stored(attributes, "budget") == (5000, 5000) and stored(attributes, "company_size") == (50, 50), \
        f"{attributes}\n{v.history()}"
    assert attributes["industry"] == "logistics" and attributes["location"]["city"] == "Berlin", attributes


def test_the_short_question_stays_short_while_nothing_changes(stack: Stack, playbook: Playbook) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": "en"})
    at_confirmation(v, playbook, "en")
    for question in ("what do you do exactly?", "what do you do exactly?"):
        reply = v.say(question)
        assert translate(LISTED_RIGHT, "en") in reply and not listed(reply, "en"), v.history()


@pytest.mark.parametrize(("said", "above"), [("we use HubSpot", "HubSpot"), ("actually we are 60 people", "60"),
                                             ("hmm", "Just to be sure I have it right:")])
def test_a_list_after_a_value_said_back_changed_or_unread_is_said_whole_again(
        stack: Stack, playbook: Playbook, said: str, above: str) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": "en"})
    at_confirmation(v, playbook, "en")
    reply = v.say(said)
    assert above in reply and listed(reply, "en"), v.history()
    assert translate(LISTED_RIGHT, "en") not in reply, v.history()
