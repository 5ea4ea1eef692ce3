"""A title or who the visitor is, which the classifier calls a request for a person, is the title (issue 14).

Found playing (a Tampa roofer): "owner/operator" at the confirmation, the classifier's request_human, got "I've let
our team know you'd like to talk to a person" and a handoff sent with the lead. The form heard a request for a person
in data only when the data was no title. (In Rasa the slot's mapping refuses the intent, so the form decides
whether it digresses; the trackers here leave the slot unmapped as Rasa does.) A message the extractor reads as a title or a persona, which
``nlu.faq.asks_for_a_person`` does not call a request, asks for nobody: it is read as the answer it is, at a
question and at a confirmation, in every language. Near misses that ARE requests ("operator please", "agent
please", "can I talk to a sales rep?") still hand over.
"""

from __future__ import annotations

import pytest

from bot.actions.language import speaking
from tests.bot.test_a_date_said_last_after_a_landmark_or_a_reason_is_the_timing import playbook  # noqa: F401
from tests.bot.test_form import CONFIRMING_NEED, tracker, validate

TITLES = [("en", "owner/operator"), ("en", "I'm an agent"), ("de", "Inhaber und Geschäftsführer"),
          ("de", "Sachbearbeiterin"), ("fr", "gérant et propriétaire"), ("es", "dueño y gerente"),
          ("es", "vendedor"), ("pt", "sou o dono"), ("it", "titolare"), ("nl", "eigenaar/zaakvoerder")]
REQUESTS = [("en", "operator please"), ("en", "agent please"),
            ("en", "can I talk to a sales rep?"), ("en", "I want to speak to a human"),
            ("de", "Kann ich mit einem Mitarbeiter sprechen?"), ("fr", "je voudrais parler à un conseiller")]
KNOWN = {"need": {"summary": "more leads", "categories": ["lead_generation"]}, "company": "Gulf Roofing"}


@pytest.mark.parametrize(("lang", "said"), TITLES)
def test_a_title_called_a_request_for_a_person_answers_the_role_question(lang: str, said: str) -> None:
    with speaking(lang):
        slots, texts, _ = validate(tracker(said, intent="request_human", confidence=0.9, requested="authority",
                                           attributes=KNOWN, authority=None))
    assert slots, f"{said!r} was handed over as a request for a person"
    assert (slots.get("attributes") or {}).get("authority", {}).get("title"), (slots, texts)


@pytest.mark.parametrize(("lang", "said"), TITLES)
def test_a_title_called_a_request_for_a_person_at_a_confirmation_is_heard(lang: str, said: str) -> None:
    with speaking(lang):
        slots, texts, _ = validate(tracker(said, intent="request_human", confidence=0.9, requested="need",
                                           heard=CONFIRMING_NEED, confirming=["need", "company_size"], need=None))
    assert slots, f"{said!r} was handed over as a request for a person"
    assert (slots.get("heard") or {}).get("attributes", {}).get("authority", {}).get("title"), (slots, texts)


@pytest.mark.parametrize(("lang", "said"), REQUESTS)
def test_a_request_for_a_person_is_still_one(lang: str, said: str) -> None:
    with speaking(lang):
        slots, texts, _ = validate(tracker(said, intent="request_human", confidence=0.9, requested="authority",
                                           attributes=KNOWN, authority=None))
    # Nothing read: the form lets the request go to its rule (the handoff).
    assert slots == {} and texts == [], (slots, texts)

