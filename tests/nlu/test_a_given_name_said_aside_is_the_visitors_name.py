"""A given name said aside is the visitor's name, in the seven languages (blind batch_63: "phone: 312-555-0148, ask for
Marcus" and "Head of Marketing here (that's me, Tom)" gave no name): whom to ask for on the phone, or the visitor pointing
at themself. Near miss: a department asked for ("ask for Sales") is no person."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-05"


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("phone: 312-555-0148, ask for Marcus. We do commercial roofing in the midwest", "en", "Marcus"),
    ("Dental group, 14 clinics. Head of Marketing here (that's me, Tom). Need more new-patient bookings", "en", "Tom"),
    ("bitte fragen Sie nach Jonas", "de", "Jonas"), ("demandez Camille au standard", "fr", "Camille"),
    ("pregunta por Lucía", "es", "Lucía"), ("pergunte pelo João", "pt", "João"), ("chiedi di Giulia", "it", "Giulia"),
    ("vraag naar Sanne", "nl", "Sanne"),
])
def test_a_given_name_said_aside_is_the_name(text: str, lang: str, name: str) -> None:
    assert extract(text, None, now=NOW, lang=lang).name == name


def test_a_department_asked_for_is_no_name() -> None:
    assert extract("call the office and ask for Sales", None, now=NOW, lang="en").name is None
