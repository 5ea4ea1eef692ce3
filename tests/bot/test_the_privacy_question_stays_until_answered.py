"""The privacy question is never dropped because the visitor said something else (issue 14, addendum item 7).

Found playing in German: at "... Sind Sie damit einverstanden?" the visitor asked "Brauchen Sie wirklich meine
E-Mail?". It was read as an email-marketing need (said back), the tools question it opened was asked next, and the
privacy question never came back. A question about their own details at the privacy question is answered with why
we ask, and the privacy question asked again; whatever else a reply there opens, the privacy question stays next.
In process (no Rasa), in the seven languages.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.actions import form
from bot.actions.language import speaking
from tests.bot.test_form import tracker, validate

KNOWN = {"need": {"summary": "Website", "categories": ["website"]}, "company": "Acme GmbH",
         "authority": {"title": "CEO", "seniority": "c_level", "role": "decision_maker"}, "industry": "software",
         "company_size": {"min": 20, "max": 20}, "location": {"country": "DE"},
         "budget": {"min": 5000, "max": 5000, "currency": "EUR", "period": "month"},
         "timing": {"status": "stated", "horizon_days": 30, "target_date": "2027-01-05"}, "name": "Jan"}
ASKED = {"en": "do you really need my email?", "de": "Brauchen Sie wirklich meine E-Mail?",
         "fr": "vous avez vraiment besoin de mon adresse e-mail ?", "es": "¿de verdad necesitan mi correo?",
         "pt": "precisam mesmo do meu e-mail?", "it": "vi serve davvero la mia email?",
         "nl": "hebben jullie echt mijn e-mailadres nodig?"}


@pytest.fixture(autouse=True)
def no_drafts(monkeypatch: pytest.MonkeyPatch) -> None:
    async def nothing(*_: Any, **__: Any) -> None:
        return None
    monkeypatch.setattr(form, "save_draft", nothing)


@pytest.mark.parametrize("lang", list(ASKED))
def test_a_question_about_their_email_at_the_privacy_question_is_answered_and_it_is_asked_again(lang: str) -> None:
    with speaking(lang):
        slots, said, _ = validate(tracker(ASKED[lang], intent="ask_question", confidence=0.8, requested="consent",
                                          attributes=KNOWN))
    assert slots["requested_slot"] == "consent" and slots.get("consent") is None, said
    # Why we ask, then the question: nothing heard or said back from the question's words.
    assert len(said) == 2 and (slots.get("attributes") or KNOWN).get("need") == KNOWN["need"], said
    assert not (slots.get("heard") or {}).get("attributes"), slots


def test_a_need_said_at_the_privacy_question_keeps_the_privacy_question_next() -> None:
    # Near miss: a real need said there is heard as one, yet the question it opens waits for the privacy answer.
    slots, said, _ = validate(tracker("we'd also want help with email marketing", requested="consent",
                                      attributes=KNOWN))
    assert slots["requested_slot"] == "consent", said
