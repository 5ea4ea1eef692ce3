"""A company's name with its legal form written in lower case is the company (issue 14), in seven languages.

Held-out persona marie-ève (set 16) answered "Quel est le nom de votre entreprise ?" with "Fibre Bas-Saint-Laurent
inc.", and was asked "Pour quelle entreprise travaillez-vous ?": the lower-case "inc." made the reply no name
(``bot.actions.hearing.shaped_like_a_name``), and the trade its words spell ("Fibre": telecoms) made it another
question's answer, so the company was dropped. A legal form said last ("inc.", "bv", "srl", "gmbh", "sl", "lda",
"ltd") is part of the name now.

Near misses (``test_a_sentence_ending_in_a_legal_form_is_no_name``): a sentence stays one ("we are a small llc",
"my company ltd"), and "Call me" is no name.
"""

from __future__ import annotations

import pytest

from bot.actions.hearing import shaped_like_a_name
from harness.stack import Stack, Visitor
from qualification import Playbook
from tests.bot.test_a_company_registration_number_is_no_phone_number_and_no_part_of_the_name import HELLO, NEED, RECAP
from tests.bot.test_language_conversations import asked

NAMED = [
    ("fr", "Fibre Bas-Saint-Laurent inc."),
    ("en", "Harbour Analytics ltd"),
    ("en", "Brightside Dental llc"),
    ("de", "Müller Holzbau gmbh"),
    ("es", "Panadería García sl"),
    ("it", "Rossi Impianti srl"),
    ("pt", "Padaria Lusa lda"),
    ("pt", "Clínica Sorriso ltda"),
    ("nl", "Zorgzaam Thuis bv"),
    ("nl", "Bakkerij Peeters nv"),
]


@pytest.mark.parametrize(("lang", "said"), NAMED)
def test_a_legal_form_said_last_in_lower_case_is_part_of_a_name(lang: str, said: str) -> None:
    assert shaped_like_a_name(said), said


@pytest.mark.parametrize("said", ["we are a small llc", "my company ltd", "Call me", "inc", "en fin de compte sa"])
def test_a_sentence_ending_in_a_legal_form_is_no_name(said: str) -> None:
    assert not shaped_like_a_name(said), said


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "said"), NAMED)
def test_the_company_named_with_its_legal_form_is_taken_at_once(
    stack: Stack, playbook: Playbook, lang: str, said: str
) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    v.say(HELLO[lang])
    assert asked(v.say(NEED[lang]), playbook, lang) == "company", v.history()
    reply = v.say(said)
    assert asked(reply, playbook, lang) not in (None, "company"), f"the company asked again:\n{v.history()}"
    assert said.split()[0] in v.say(RECAP[lang]), v.history()
