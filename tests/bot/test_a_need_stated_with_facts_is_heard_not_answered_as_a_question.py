"""A need stated with facts about the visitor is heard, not answered as a question (issue 14).

"je veux plus de clients, je suis seul, graphiste freelance à Lyon" to the need question (the classifier's
ask_question) got "Voici : [Études de cas de clients comme vous]" and the need question again: nothing it said was
heard. A message that names a need we know and other facts, with no question mark, asks for nothing; its need is
the answer and its facts are said back. With a question in it ("... do you have case studies?") the question is
answered and the facts heard; a question alone is answered.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.actions import form
from bot.actions.language import speaking
from tests.bot.test_form import tracker, validate


@pytest.fixture(autouse=True)
def no_drafts(monkeypatch: pytest.MonkeyPatch) -> None:
    async def nothing(*_: Any, **__: Any) -> None:
        return None
    monkeypatch.setattr(form, "save_draft", nothing)


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "I want more clients, it's just me, a freelance designer in Leeds"),
    ("de", "ich möchte mehr Kunden, wir sind 12 Leute in Köln"),
    ("fr", "je veux plus de clients, je suis seul, graphiste freelance à Lyon"),
    ("es", "quiero más clientes, somos 12 personas en Valencia"),
    ("pt", "quero mais clientes, somos 12 pessoas no Porto"),
    ("it", "voglio più clienti, siamo 12 persone a Torino"),
    ("nl", "we willen meer leads, we zijn met 12 mensen in Utrecht"),  # "meer klanten": no need to nlu yet
])
def test_a_need_with_facts_is_the_answer_whatever_the_classifier_says(lang: str, said: str) -> None:
    with speaking(lang):
        slots, texts, _ = validate(tracker(said, intent="ask_question", requested="need"))
    assert slots["attributes"]["need"]["categories"], slots
    assert {"company_size", "location"} & set(slots["heard"]["attributes"]), slots
    assert not any("](http" in t for t in texts), f"answered as a question: {texts}"


@pytest.mark.parametrize(("lang", "said"), [("en", "we need more leads, 20 people in Berlin. do you have case studies?"),
                                            ("en", "do you have case studies?"),
                                            ("fr", "avez-vous des études de cas ?")])
def test_a_question_with_or_without_facts_is_still_answered(lang: str, said: str) -> None:
    # Near misses: a question mark asks; the content offer is sent.
    with speaking(lang):
        _, texts, _ = validate(tracker(said, intent="ask_question", requested="need"))
    assert any("](http" in t for t in texts), texts
