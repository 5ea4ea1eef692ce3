"""A head count written with a capital ("Wir sind 12 Leute") is no company name (issue 14), in seven languages.

Played on make run: "wir sind 12 Personen" and "Wir sind 12 Leute" to the need question were said back as "Notiert:
etwa 12 Mitarbeitende und Ihr Unternehmen, 12 Personen": German writes its nouns with a capital, so the words after
"wir sind" were read as a company named after a label (``form._labelled_company``, as "company is Peak Fitness Co").
What such a name read alone states (a head count, a sum, a date) is that value, no firm's name. Near miss: "wir sind
Müller Haustechnik" still names the company.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.actions.form import _labelled_company
from bot.actions.language import speaking
from harness.stack import Stack, Visitor
from nlu.extract import extract
from qualification import Playbook
from tests.bot.test_a_company_registration_number_is_no_phone_number_and_no_part_of_the_name import HELLO, RECAP
from tests.bot.test_language_conversations import asked

COUNTED = [
    ("de", "wir sind 12 Personen", "12 Personen"),
    ("de", "Wir sind 12 Leute", "12 Leute"),
    ("en", "we are 40 People", "40 People"),
    ("fr", "on est 12 Personnes", "12 Personnes"),
    ("es", "somos 12 Personas", "12 Personas"),
    ("it", "siamo 12 Persone", "12 Persone"),
    ("pt", "somos 12 Pessoas", "12 Pessoas"),
]


def _labelled(lang: str, said: str) -> str | None:
    with speaking(lang):
        free = extract(said, now=date.today(), lang=lang)
        read = _labelled_company(said, free, date.today(), "EUR")
    return None if read is None else read.company


@pytest.mark.parametrize(("lang", "said", "not_a_company"), COUNTED)
def test_a_head_count_after_we_are_is_no_company(lang: str, said: str, not_a_company: str) -> None:
    assert _labelled(lang, said) is None


def test_a_firm_after_we_are_is_still_the_company() -> None:
    assert _labelled("de", "wir sind Müller Haustechnik") == "Müller Haustechnik"


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "said", "not_a_company"), COUNTED)
def test_a_head_count_with_a_capital_at_the_need_question_names_no_company(
    stack: Stack, playbook: Playbook, lang: str, said: str, not_a_company: str
) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    assert asked(v.say(HELLO[lang]), playbook, lang) == "need", v.history()
    reply = v.say(said)
    assert not_a_company not in reply, f"the head count said back as the company:\n{v.history()}"
    assert not_a_company not in v.say(RECAP[lang]), v.history()
