"""A city named late in a long message is said back as the visitor wrote it ("Lisboa", "München"), never in the
extractor's English, through the real bot, in the languages whose names for it differ (de fr es pt pt-BR it nl).

Played (issue 14, "a wrong language"): a Lisbon visitor who told everything in one message, "... Estamos em Lisboa,
Portugal. ...", read "uma sede em Lisbon, Portugal" in the confirmation and "já que está em Lisbon" above the call
times. The words kept with a heard value, to say it back in them, were the message's first 200 characters; the city
came after them. Now a long message keeps, for each value, the sentence that tells it (``hearing.said_in``). Near miss:
the same city said in a short message was, and is, said back as written.
"""

from __future__ import annotations

import re

import pytest

from harness.script import IN_ONE_MESSAGE
from harness.stack import Stack, Visitor
from qualification import Playbook
from tests.bot.test_language_conversations import CONFIRM, asked

pytestmark = pytest.mark.slow

# The city's sentence, as the visitor writes it, the name they wrote, and the extractor's English name.
PLACES = {
    "de": ("Wir sitzen in München, Deutschland.", "München", "Munich"),
    "fr": ("Nous sommes basés à Bruxelles, en Belgique.", "Bruxelles", "Brussels"),
    "es": ("Estamos en Londres, Reino Unido.", "Londres", "London"),
    "pt": ("Estamos em Lisboa, Portugal.", "Lisboa", "Lisbon"),
    "pt-BR": ("A gente fica em Nova York.", "Nova York", "New York"),
    "it": ("Siamo a Milano, Italia.", "Milano", "Milan"),
    "nl": ("We zitten in Den Haag.", "Den Haag", "The Hague"),
}
BRAZILIAN = {
    "need": "Oi! A gente precisa de mais leads qualificados.", "authority": "Sou a diretora de marketing e eu decido.",
    "company": "A empresa se chama Acme Analítica.", "industry": "Somos uma empresa de software B2B.",
    "company_size": "Temos uns 120 funcionários.", "budget": "Nosso orçamento é de uns 60 mil dólares por ano.",
    "timing": "Queremos começar no mês que vem.",
}


def base(lang: str) -> str:
    return lang.split("-")[0]


def named(name: str, reply: str) -> bool:
    """Whether ``name`` is a word of the reply ("Milan", not inside "Milano")."""
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", reply) is not None


def long_message(lang: str) -> str:
    """Every answer but the name, the city's sentence last: well past 200 characters before it."""
    sentences = BRAZILIAN if lang == "pt-BR" else {
        k: s for k, s in IN_ONE_MESSAGE[base(lang)].items() if k not in ("name", "location")}
    text = " ".join([*sentences.values(), PLACES[lang][0]])
    assert text.index(PLACES[lang][1]) > 200, text
    return text


@pytest.mark.parametrize("lang", list(PLACES))
def test_a_city_late_in_a_long_message_is_said_back_as_written(stack: Stack, playbook: Playbook, lang: str) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    reply = v.say(long_message(lang))
    assert asked(reply, playbook, base(lang)) == CONFIRM, v.history()
    _, written, english = PLACES[lang]
    assert written in reply, f"the city not as written:\n{v.history()}"
    assert not named(english, reply), f"the extractor's English name:\n{v.history()}"


@pytest.mark.parametrize("lang", ["pt", "de"])
def test_a_city_in_a_short_message_is_said_back_as_written(stack: Stack, playbook: Playbook, lang: str) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    reply = v.say(" ".join([IN_ONE_MESSAGE[lang]["need"], PLACES[lang][0]]))
    assert PLACES[lang][1] in reply and not named(PLACES[lang][2], reply), v.history()
