"""Budget: figures that are no budget, in the seven languages: what the business's customers pay it (persona rodrigo's
"nuestros clientes pagan 150 al mes"), the average price of what it sells (persona davide's "prezzo medio sui 15
mila"), how many a venue holds (batch_67 #35 "120 cap" read a ceiling of 120), a head count in thousands (#20
"headcount is 1.2k" read 1200 of money, now the size), and a claim someone made, asked about (batch_65 #91 "Ci hanno
detto che spendere meno di 1000 euro al mese ... è vero?" read a ceiling of 1000). The visitor's own budget said beside
them is still read."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-05"


def _budget(text: str, lang: str, field: str | None = None):
    return extract(text, field, now=NOW, lang=lang).budget


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("our customers pay 150 a month for the basic plan", "en"),
        ("nuestros clientes pagan 150 al mes por el plan básico", "es"),
        ("we sell about 400 cars a year, average price around 15k", "en"),
        ("vendiamo circa 400 macchine l'anno, prezzo medio sui 15 mila", "it"),
        ("On vend 300 cuisines par an, prix moyen de 12 000 €", "fr"),
        ("Vendemos unas 300 cocinas al año, precio medio de 12.000 €", "es"),
        ("Wir verkaufen 300 Küchen im Jahr, Durchschnittspreis 12.000 €", "de"),
        ("Vendemos 300 cozinhas por ano, preço médio de 12 mil euros", "pt"),
        ("We verkopen 300 keukens per jaar, gemiddelde prijs 12.000 euro", "nl"),
    ],
)
def test_a_price_the_business_sells_at_is_no_budget(text: str, lang: str) -> None:
    assert _budget(text, lang) is None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("we do weddings + corporate events — venue in the Cotswolds, 120 cap, 18 staff", "en"),
        ("Eventlocation bei München, Kapazität 250 Personen, 15 Mitarbeiter", "de"),
        ("Salle de réception près de Lyon, capacité de 200, 12 salariés", "fr"),
        ("Salón de eventos en Sevilla, aforo de 300, 20 empleados", "es"),
        ("Location per matrimoni in Toscana, capienza 180, 10 dipendenti", "it"),
        ("Espaço de eventos em Sintra, capacidade para 150, 9 funcionários", "pt"),
        ("Feestzaal in Gent, capaciteit van 220, 14 medewerkers", "nl"),
    ],
)
def test_how_many_a_venue_holds_is_no_budget_and_the_staff_is_the_size(text: str, lang: str) -> None:
    result = extract(text, None, now=NOW, lang=lang)
    assert result.budget is None
    assert result.company_size is not None and result.company_size.min == result.company_size.max


def test_a_head_count_in_thousands_is_the_size_not_money() -> None:
    result = extract("headcount is 1.2k globally, HQ in Kuala Lumpur", None, now=NOW, lang="en")
    assert result.budget is None
    assert result.company_size is not None and (result.company_size.min, result.company_size.max) == (1200, 1200)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("They told us spending under 1000 a month on Google is pointless, is that true?", "en"),
        ("Man hat uns gesagt, unter 1000 Euro im Monat bei Google bringt nichts, stimmt das?", "de"),
        ("On nous a dit qu'en dessous de 1000 € par mois sur Google ça ne sert à rien, c'est vrai ?", "fr"),
        ("Nos dijeron que gastar menos de 1000 € al mes en Google no sirve, ¿es verdad?", "es"),
        ("Ci hanno detto che spendere meno di 1000 euro al mese su Google non serve a niente, è vero?", "it"),
        ("Disseram-nos que gastar menos de 1000 € por mês no Google não adianta, é verdade?", "pt"),
        ("Ons werd verteld dat minder dan 1000 euro per maand op Google niets oplevert, klopt dat?", "nl"),
    ],
)
def test_a_sum_in_a_claim_asked_about_is_no_budget(text: str, lang: str) -> None:
    assert _budget(text, lang) is None


@pytest.mark.parametrize(
    ("text", "lang", "top"),
    [
        ("our budget is 1000 a month, someone told us that's too little, is that true?", "en", 1000),
        ("we have a 5k cap on spend", "en", 5000),
        ("budget cap of 3000 a month", "en", 3000),
        ("nuestros clientes pagan 150 al mes; para marketing tenemos un presupuesto de 2.000 € al mes", "es", 2000),
    ],
)
def test_the_visitors_own_budget_beside_them_is_read(text: str, lang: str, top: int) -> None:
    budget = _budget(text, lang)
    assert budget is not None and budget.max == top
