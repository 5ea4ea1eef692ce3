"""The reading behind ``test_a_company_registration_number_is_no_phone_number_and_no_part_of_the_name`` (issue 14):
``bot.actions.form._without_registration`` takes a labelled registration or tax number out of a reply, with its label,
in the seven languages; a phone number, a tax rate or a sum said of VAT stays.
"""

from __future__ import annotations

import pytest

from bot.actions.form import _without_registration

TAKEN_OUT = [
    ("Harbour Analytics Ltd, company no. 08123456", "Harbour Analytics Ltd"),
    ("Harbour Analytics (ABN 51 824 753 556)", "Harbour Analytics"),
    ("Acme Ltd, VAT GB123456789. We need leads", "Acme Ltd. We need leads"),
    ("Müller Backwaren GmbH, USt-IdNr. DE123456789", "Müller Backwaren GmbH"),
    ("Müller Backwaren GmbH, HRB 12345", "Müller Backwaren GmbH"),
    ("Dupont Conseil SAS, SIRET 123 456 789 00012", "Dupont Conseil SAS"),
    ("Dupont Conseil SAS, N° TVA FR12345678901", "Dupont Conseil SAS"),
    ("Panadería García SL, CIF B12345678", "Panadería García SL"),
    ("Andes SAC, RUC 20123456789", "Andes SAC"),
    ("Rossi Impianti srl, partita IVA 01234567890, siamo in 12", "Rossi Impianti srl, siamo in 12"),
    ("Padaria Lusa Lda, NIPC 501234567", "Padaria Lusa Lda"),
    ("Clínica Sorriso, CNPJ 12.345.678/0001-90", "Clínica Sorriso"),
    ("Zorgzaam Thuis bv, ondernemingsnummer 0456.789.123", "Zorgzaam Thuis bv"),
    ("Bakker BV, btw-nummer NL123456789B01", "Bakker BV"),
]
KEPT = [
    "call me on 0456 78 91 23",
    "+44 7700 900123 is my mobile",
    "budget 5000 plus tax 20%",
    "our VAT is about 20000 a year",
    "wir sind ein 12345 Mitglieder starker Verein",
    "we sell 15000 units, tax included",
    "Harbour Analytics Ltd",
    "about 3000 a month",
]


@pytest.mark.parametrize(("said", "left"), TAKEN_OUT)
def test_a_labelled_registration_number_is_taken_out_with_its_label(said: str, left: str) -> None:
    assert _without_registration(said) == left


@pytest.mark.parametrize("said", KEPT)
def test_a_phone_a_rate_or_a_sum_is_no_registration_number(said: str) -> None:
    assert _without_registration(said) is None
