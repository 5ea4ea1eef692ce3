"""The phone wanted ringing with customers is a lead-generation need (blind batch_63: "want the phones ringing again, jan is
always dead" gave no need), in the seven languages. Near misses: a phone ringing now, said in passing."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-05"


@pytest.mark.parametrize(("text", "lang"), [
    ("want the phones ringing again", "en"), ("we need the phone ringing off the hook", "en"),
    ("wir wollen, dass das Telefon wieder klingelt", "de"), ("on veut que le téléphone sonne", "fr"),
    ("queremos que el teléfono vuelva a sonar", "es"), ("queremos que o telefone volte a tocar", "pt"),
    ("vogliamo che il telefono torni a squillare", "it"), ("we willen dat de telefoon weer rinkelt", "nl"),
])
def test_the_phone_wanted_ringing_is_lead_generation(text: str, lang: str) -> None:
    for field in (None, "need"):
        need = extract(text, field, now=NOW, lang=lang).need
        assert need is not None and "lead_generation" in need.categories, (field, need)


@pytest.mark.parametrize("text", ["the phone is ringing, hold on", "sorry, my phone rang"])
def test_a_phone_ringing_now_is_no_need(text: str) -> None:
    assert extract(text, None, now=NOW, lang="en").need is None
