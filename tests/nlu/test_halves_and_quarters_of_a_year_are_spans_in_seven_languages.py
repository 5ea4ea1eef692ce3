"""A half or a quarter of a year is a span, read in every language as the English "second half of next year" is: "in
der zweiten Hälfte des Jahres" was read as nothing, "la segunda mitad del año", "la seconda metà dell'anno" and "a
segunda metade do ano" as the middle of the year (the tables read "mitad", "metà" and "metade" first), "la seconde
moitié" as nothing (issue 14). Said in December, the second half of the year is next year's; "nächsten Jahres", "del
año que viene", "do ano que vem" name next year where it is not the next one by default."""

from __future__ import annotations

import pytest

from nlu.extract import extract


def _when(text: str, lang: str, now: str = "2026-12-04") -> str | None:
    found = extract(text, field="timing", now=now, lang=lang).timing
    return found.target_date if found else None


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "in the second half of the year"), ("de", "in der zweiten Hälfte des Jahres"), ("de", "im zweiten Halbjahr"),
    ("de", "in der zweiten Hälfte nächsten Jahres"), ("fr", "au second semestre"),
    ("fr", "dans la seconde moitié de l'année"), ("es", "en la segunda mitad del año"), ("es", "en el segundo semestre"),
    ("it", "nella seconda metà dell'anno"), ("it", "nel secondo semestre"), ("pt", "na segunda metade do ano"),
    ("pt", "no segundo semestre"), ("nl", "in de tweede helft van het jaar"), ("nl", "in het tweede halfjaar"),
])
def test_the_second_half_of_the_year_said_in_december_is_next_years(lang: str, text: str) -> None:
    assert _when(text, lang) == _when("second half of next year", "en") == "2027-09-30"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "first half of next year"), ("de", "in der ersten Jahreshälfte"), ("fr", "dans la première moitié de l'année prochaine"),
    ("es", "en la primera mitad del año que viene"), ("it", "nella prima metà del prossimo anno"),
    ("pt", "na primeira metade do próximo ano"), ("nl", "in de eerste helft van volgend jaar"),
])
def test_the_first_half_is_the_first_six_months(lang: str, text: str) -> None:
    assert _when(text, lang) == "2027-04-01"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Q2 next year"), ("de", "im zweiten Quartal nächsten Jahres"), ("fr", "au deuxième trimestre de l'année prochaine"),
    ("es", "en el segundo trimestre del año que viene"), ("it", "nel secondo trimestre del prossimo anno"),
    ("pt", "no segundo trimestre do ano que vem"), ("nl", "in het tweede kwartaal van volgend jaar"),
])
def test_a_quarter_of_next_year_said_in_march_is_next_years(lang: str, text: str) -> None:
    assert _when(text, lang, now="2026-03-04") == "2027-05-16"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "mid next year"), ("es", "a mediados del año que viene"), ("it", "a metà anno"), ("de", "Mitte nächsten Jahres"),
])
def test_the_middle_of_a_year_is_still_its_middle(lang: str, text: str) -> None:
    assert _when(text, lang) == "2027-07-02"


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "die Hälfte des Budgets geht in Anzeigen"), ("es", "la mitad del equipo trabaja en remoto"),
    ("it", "la metà dei clienti viene da Google"), ("nl", "de helft van onze klanten"),
])
def test_half_of_something_else_is_no_time(lang: str, text: str) -> None:
    assert _when(text, lang) is None
