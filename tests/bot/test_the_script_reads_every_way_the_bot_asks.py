"""``harness.script.asked_slot`` reads every way the bot asks, in each of the seven languages (issue 18).

The scripted visitor of the tests and benchmarks knew the playbook's questions, the privacy question and the
confirmation's list ("I noted ... Is that right?"), in English only; a second reader in the language tests knew the
confirmation asked in a line ("Is what I noted right?") and a question asked as what an answer looks like
("Which company is it? Just its name ..."). One reader now knows them all, in the visitor's language, and how to
answer the confirmation (after two replies it could not read). A line that asks nothing (a value said back) is no
question.
"""

from __future__ import annotations

import pytest

from bot.actions.form import HOW_TO_CONFIRM, LISTED_RIGHT
from bot.actions.phrasebook import translate
from bot.actions.phrasing import A_FEW_WORDS, NOTED
from harness.script import CONFIRM, CONSENT_LINE, asked_slot
from qualification import DEFAULT_PLAYBOOK, load_playbook
from qualification.translation import localized

PLAYBOOK = load_playbook(DEFAULT_PLAYBOOK)
LANGS = ["en", "de", "fr", "es", "pt", "it", "nl"]


def lines(lang: str) -> list[tuple[str, str]]:
    """Each way the bot asks, as it writes it in ``lang``, with the slot it asks."""
    asks = [(translate(CONSENT_LINE, lang, text="We keep it safe.", url="https://x.example/privacy"), "consent"),
            (translate(NOTED, lang, what="a budget of about €5k a month"), CONFIRM),
            (translate(LISTED_RIGHT, lang), CONFIRM), (translate(HOW_TO_CONFIRM, lang), CONFIRM)]
    asks += [(translate(example, lang), slot) for slot, example in A_FEW_WORDS.items()]
    asks += [(question.wording[0], question.attribute) for question in localized(PLAYBOOK, lang).questions]
    return asks


@pytest.mark.parametrize("lang", LANGS)
def test_every_way_the_bot_asks_is_read_as_the_slot_it_asks_in_the_visitor_s_language(lang: str) -> None:
    for line, slot in lines(lang):
        assert asked_slot(f"Noted.\n{line}", PLAYBOOK, lang) == slot, line


@pytest.mark.parametrize("lang", LANGS)
def test_a_line_that_says_a_value_back_asks_nothing(lang: str) -> None:
    assert asked_slot(translate("Noted: a budget of about {what}.", lang, what="5k"), PLAYBOOK, lang) is None


def test_english_is_read_when_no_language_is_given() -> None:
    assert asked_slot("Is what I noted right?", PLAYBOOK) == CONFIRM
    assert asked_slot(A_FEW_WORDS["company"], PLAYBOOK) == "company"
