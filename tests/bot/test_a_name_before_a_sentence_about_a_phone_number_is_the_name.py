"""A name, then a sentence of its own offering a phone number, is the name (issue 14, heldout_12's akosua).

"Akosua Mensah. my number is 024 412 3456 if you prefer to call" to "What's your name?" got "We don't ask for a
phone number ... What's your name?" without end: the number's digits were taken out, and what was left ("Akosua
Mensah. my number is if you prefer to call") read as no name. The number's sentence says nothing once its digits
are out, so it goes with them; the name before it is the answer. The bot still says it does not ask for a phone,
and no digit of the number is stored.

Near misses: a sentence about the number that also states something ("Call me on 0171 2345678, we're 40 people")
keeps what it states; a number alone is asked again, as before.
"""

from __future__ import annotations

import json

import pytest

from bot.actions.language import speaking
from bot.actions.phrasebook import translate
from bot.actions.phrasing import NO_PHONE
from tests.bot.test_form import tracker, validate

GIVEN = {"attributes": {"need": {"summary": "more leads", "categories": ["lead_generation"]}, "company": "Acme"}}

NAME_THEN_NUMBER = [
    ("en", "Akosua Mensah. my number is 024 412 3456 if you prefer to call", "Akosua Mensah"),
    ("en", "Ewan Ritchie. Or ring me on 07700 900123 if that's easier!", "Ewan Ritchie"),
    ("de", "Florian Pichler. Meine Handynummer ist 0664 1234567, falls Sie lieber anrufen.", "Florian Pichler"),
    ("fr", "Nathalie Lambert. Mon portable, c'est le 0475 12 34 56 si vous préférez appeler.", "Nathalie Lambert"),
    ("es", "Martín Ferreyra. Mi WhatsApp es +54 9 341 555-1234 por si preferís llamar.", "Martín Ferreyra"),
    ("pt", "Joana Sá. O meu telemóvel é 912 345 678, se preferirem ligar.", "Joana Sá"),
    ("it", "Luca Bernasconi. Il mio cellulare è 079 123 45 67 se preferite chiamare.", "Luca Bernasconi"),
    ("nl", "Wim Vandenbulcke. Mijn gsm is 0475 12 34 56 als u liever belt.", "Wim Vandenbulcke"),
]


@pytest.mark.parametrize(("lang", "said", "name"), NAME_THEN_NUMBER)
def test_a_name_then_a_sentence_offering_a_phone_number_is_the_name(lang: str, said: str, name: str) -> None:
    with speaking(lang):
        slots, texts, _ = validate(tracker(said, requested="name", **GIVEN))
    assert translate(NO_PHONE, lang) in texts, texts
    assert slots["attributes"].get("name") == name, slots
    stored = json.dumps([slots["attributes"], slots.get("answers"), slots.get("heard")])
    assert not any(digits in stored for digits in ("412", "900123", "1234567", "0475", "555", "345 678", "079")), stored


@pytest.mark.parametrize(("lang", "said", "field", "kept"), [
    # The number's sentence states the size too: read, without the digits.
    ("en", "Ana Ruiz. Call me on 0171 2345678, we're 40 people.", "company_size", {"min": 40, "max": 40}),
    ("de", "Florian Pichler. Handy 0664 1234567, wir sind 34 Leute.", "company_size", {"min": 34, "max": 34}),
])
def test_a_sentence_about_the_number_that_states_something_else_is_still_read(
        lang: str, said: str, field: str, kept: object) -> None:
    with speaking(lang):
        slots, _, _ = validate(tracker(said, requested="name", **GIVEN))
    attributes = slots.get("attributes") or {}
    heard = (slots.get("heard") or {}).get("attributes") or {}
    assert attributes.get(field) == kept or heard.get(field) == kept, slots


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "my number is 024 412 3456 if you prefer to call"),
    ("fr", "Mon portable, c'est le 0475 12 34 56. Appelez-moi."),
    ("nl", "Bel me. Mijn gsm is 0475 12 34 56."),
])
def test_a_phone_number_with_no_name_is_no_name(lang: str, said: str) -> None:
    with speaking(lang):
        slots, texts, _ = validate(tracker(said, requested="name", **GIVEN))
    assert translate(NO_PHONE, lang) in texts, texts
    assert slots.get("name") is None and not (slots.get("attributes") or {}).get("name"), slots
