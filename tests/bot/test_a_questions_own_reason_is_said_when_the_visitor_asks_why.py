"""A playbook question's own reason (``why``), through the real bot, in seven languages (issue 14).

A marketer may write, in the studio, why a question is asked, and translate it. The bot said its own default
reason all the same: to "why do you need that?" and to a skip of a required question. It now says the question's
reason, in the chat's language where the playbook translates it; where it does not (Dutch here), the bot's own
reason in that language, never the English text of the playbook.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterator

import pytest
import yaml

from bot.actions.phrasebook import translate
from bot.actions.phrasing import REASONS, REQUIRED
from harness.stack import Stack, Visitor
from qualification import Playbook
from qualification.playbook_file import read_yaml
from tests.bot.test_a_skip_at_a_required_question_hears_why_it_is_needed import VISITORS as SKIPPERS
from tests.bot.test_a_skip_at_a_required_question_hears_why_it_is_needed import at_the_role_question
from tests.bot.test_language_conversations import asked
from tests.bot.test_truth_conversation_why_we_ask import VISITORS as ASKERS

pytestmark = pytest.mark.slow

# The marketer's reasons, by the attribute their question asks and language; Dutch is left untranslated.
WHY = {
    "need": {
        "en": "Every programme we run starts from one problem, so we ask for yours first.",
        "de": "Jedes unserer Programme beginnt mit einem Problem, darum fragen wir zuerst nach Ihrem.",
        "fr": "Chacun de nos programmes part d'un problème, alors nous demandons d'abord le vôtre.",
        "es": "Cada programa nuestro parte de un problema, por eso preguntamos primero por el suyo.",
        "pt": "Cada programa nosso parte de um problema, por isso perguntamos primeiro pelo seu.",
        "it": "Ogni nostro programma parte da un problema, per questo chiediamo prima il suo.",
    },
    "authority": {
        "en": "Our proposals are written for whoever signs them, so we like to know who that is.",
        "de": "Unsere Angebote richten sich an die Person, die unterschreibt, darum fragen wir danach.",
        "fr": "Nos propositions s'adressent à la personne qui signe, c'est pourquoi nous le demandons.",
        "es": "Nuestras propuestas se escriben para quien las firma, por eso lo preguntamos.",
        "pt": "As nossas propostas são escritas para quem as assina, por isso perguntamos.",
        "it": "Le nostre proposte sono scritte per chi le firma, per questo lo chiediamo.",
    },
}
LANGUAGES = ("en", "de", "fr", "es", "pt", "it", "nl")


def with_reasons(raw: Any) -> Any:
    """The playbook data with the marketer's reasons on the need and role questions."""
    for question in raw["questions"]:
        reasons = WHY.get(question["attribute"])
        if reasons is None:
            continue
        question["why"] = reasons["en"]
        for lang, reason in reasons.items():
            if lang != "en":
                question.setdefault("translations", {}).setdefault(lang, {})["why"] = reason
    return raw


@pytest.fixture(scope="module")
def reasons(stack: Stack, playbook_file: Path) -> Iterator[None]:
    """The published playbook with the reasons, for this module's conversations; the file as it was after."""
    original = playbook_file.read_text(encoding="utf-8")
    playbook_file.write_text(yaml.safe_dump(with_reasons(read_yaml(original)), allow_unicode=True, sort_keys=False),
                             encoding="utf-8")
    try:
        yield
    finally:
        playbook_file.write_text(original, encoding="utf-8")


def the_reason(slot: str, lang: str) -> str:
    """What the visitor must hear: the question's reason in their language, else the bot's own in it."""
    return WHY[slot].get(lang) or translate(REASONS[slot], lang)


def not_the_reason(slot: str, lang: str) -> list[str]:
    """Reasons the visitor must not hear: the bot's default where the playbook has one, the playbook's English."""
    wrong = [WHY[slot]["en"]] if lang != "en" else []
    return wrong + ([translate(REASONS[slot], lang)] if lang in WHY[slot] else [])


@pytest.mark.parametrize("lang", LANGUAGES)
def test_why_do_you_ask_gets_the_questions_own_reason_in_the_chats_language(
        stack: Stack, playbook: Playbook, reasons: None, lang: str) -> None:
    greeting, _, about_need, _, _ = ASKERS[lang]
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    reply = v.say(greeting)
    assert asked(reply, playbook, lang) == "need", v.history()
    for said in about_need:
        reply = v.say(said)
        assert the_reason("need", lang) in reply, f"not the question's reason:\n{v.history()}"
        for wrong in not_the_reason("need", lang):
            assert wrong not in reply, f"another reason was said:\n{v.history()}"
        assert translate(REQUIRED, lang) in reply, v.history()
        assert asked(reply, playbook, lang) == "need", f"the question was not asked again:\n{v.history()}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_skip_at_a_required_question_hears_the_questions_own_reason(
        stack: Stack, playbook: Playbook, reasons: None, lang: str) -> None:
    skip = SKIPPERS[lang][2][0]
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    at_the_role_question(v, playbook, lang, skip)
    reply = v.say(skip)
    assert the_reason("authority", lang) in reply, f"not the question's reason:\n{v.history()}"
    for wrong in not_the_reason("authority", lang):
        assert wrong not in reply, f"another reason was said:\n{v.history()}"
    assert asked(reply, playbook, lang) == "authority", v.history()
