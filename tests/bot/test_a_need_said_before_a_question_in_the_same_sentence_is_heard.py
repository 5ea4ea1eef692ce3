"""A need said before a question, a comma between them, is heard as well as answered (issue 14).

Played on make run: "we need more leads for our dental clinics, what does it cost?" to the need question got the
price, then the need question again, in other words, as though nothing had been said; the visitor had to repeat it
("more leads i said", which became the need's summary). Only a sentence of its own before the question was read
("... dental clinics. what does it cost?"). The clauses that open the question's sentence are read as any sentence
of theirs: heard, said back and confirmed in their turn, in the seven languages.

Near misses: a clause that supposes ("if we had 50k a month, what could you do?") states nothing, and a greeting or
a question alone gives nothing to hear; a question with figures of its own is asked of what comes before it ("we
need more leads, can you do it for 5k a month?"), as ``test_form`` has it.
"""

from __future__ import annotations

import pytest

from bot.actions.language import speaking
from tests.bot.test_form import playbook, tracker, validate  # noqa: F401 (fixture)

NEED_THEN_PRICE = [
    ("en", "we need more leads for our dental clinics, what does it cost?"),
    ("de", "wir brauchen mehr Leads für unsere Zahnarztpraxen, was kostet das?"),
    ("fr", "bonjour, on cherche plus de leads pour nos cliniques, c'est combien ?"),
    ("es", "necesitamos más clientes para nuestras clínicas, ¿cuánto cuesta?"),
    ("pt", "precisamos de mais leads para as nossas clínicas, quanto custa?"),
    ("it", "ci servono più contatti per le nostre cliniche, quanto costa?"),
    ("nl", "we hebben meer leads nodig voor onze klinieken, wat kost dat?"),
]
NOTHING_TOLD = [
    ("en", "if we had 50k a month, what could you do?"),
    ("de", "wenn wir 50.000 im Monat hätten, was könntet ihr machen?"),
    ("en", "hi, what does it cost?"),
    ("en", "what does it cost, roughly?"),
    ("en", "we need more leads, can you do it for 5k a month?"),
    ("fr", "on veut plus de leads, vous le faites pour 5000 € par mois ?"),
]


def at_the_need_question(lang: str, said: str) -> tuple[dict, list[str]]:
    with speaking(lang):
        slots, texts, _ = validate(tracker(said, intent="ask_pricing", requested="need", language=lang))
    return (slots.get("heard") or {}).get("attributes") or {}, texts


@pytest.mark.parametrize(("lang", "said"), NEED_THEN_PRICE)
def test_a_need_before_a_price_question_is_heard_and_confirmed(lang: str, said: str) -> None:
    heard, texts = at_the_need_question(lang, said)
    assert "lead_generation" in ((heard.get("need") or {}).get("categories") or []), (heard, texts)
    assert len(texts) == 2, f"the price and then the confirmation: {texts}"


@pytest.mark.parametrize(("lang", "said"), NOTHING_TOLD)
def test_a_supposed_sum_or_a_greeting_before_the_question_is_not_heard(lang: str, said: str) -> None:
    heard, texts = at_the_need_question(lang, said)
    assert heard == {}, (heard, texts)
