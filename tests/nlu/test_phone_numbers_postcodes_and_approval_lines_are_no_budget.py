"""Numbers that are not budgets never become one: phone numbers and postcodes (even at the budget question), the line
above which someone else approves, past spend, in the seven languages (issue 14)."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-03"


@pytest.mark.parametrize(("text", "lang", "field"), [
    ("call me on 07700 900123", "en", None), ("call me on 07700 900123", "en", "budget"),
    ("my number is 0161 496 0000", "en", "budget"), ("07700 900123", "en", "budget"), ("+44 7700 900123", "en", "budget"),
    ("(0171) 234-5678", "en", "budget"), ("our zip is 94107", "en", "budget"),
    ("ruf mich an unter 0171 2345678", "de", None), ("Tel. 0171 2345678", "de", "budget"),
    ("appelez-moi au 06 12 34 56 78", "fr", "budget"), ("llámame al 612 345 678", "es", "budget"),
    ("liga-me para o 912 345 678", "pt", "budget"), ("chiamami al 347 123 4567", "it", "budget"),
    ("bel me op 06 12345678", "nl", "budget"), ("we're at 10115 Berlin", "de", None), ("tel 020 123 4567", "nl", "budget"),
    ("telefone: 912 345 678", "pt", None), ("PLZ 80331", "de", "budget"), ("code postal 75011", "fr", "budget"),
    ("CP 28001 Madrid", "es", "budget"), ("CAP 20121 Milano", "it", "budget"), ("postcode 1012 AB Amsterdam", "nl", "budget"),
    ("1012 AB", "nl", "budget"), ("CEP 01310-100", "pt", "budget"), ("our office is at 1012 AB Amsterdam", "en", None),
])
def test_a_phone_number_or_postcode_is_no_budget(text: str, lang: str, field: str | None) -> None:
    assert extract(text, field=field, now=NOW, lang=lang).budget is None


@pytest.mark.parametrize(("text", "amount"), [
    ("1 500 000 a year", 1_500_000), ("between 10 000 and 20 000", 20_000), ("budget 10.000-20.000 €", 20_000),
])
def test_a_sum_written_in_groups_of_digits_is_still_money(text: str, amount: int) -> None:
    budget = extract(text, field="budget", now=NOW).budget
    assert budget is not None and budget.max == amount


@pytest.mark.parametrize(("text", "lang"), [
    ("anything over 10k needs the CEO's sign-off", "en"), ("alles über 10.000 € muss der Geschäftsführer freigeben", "de"),
    ("alles über 5k muss der CFO abnicken", "de"), ("au-delà de 10 000 € il faut l'accord du DG", "fr"),
    ("tout ce qui dépasse 5000 € doit être validé par le DAF", "fr"), ("au-delà de 8000 € il faut le feu vert du patron", "fr"),
    ("más de 10.000 € necesita la firma del CEO", "es"), ("por encima de 8.000 € necesitamos el visto bueno del director", "es"),
    ("cualquier gasto por encima de 5.000 € lo aprueba el director", "es"), ("acima de 10 mil precisa da aprovação do CEO", "pt"),
    ("acima de 5 mil euros o diretor tem de aprovar", "pt"), ("oltre 10.000 € serve il via libera dell'AD", "it"),
    ("sopra i 5.000 euro deve firmare il direttore", "it"), ("boven 10.000 euro moet de directeur tekenen", "nl"),
    ("alles boven 5000 euro moet de CFO goedkeuren", "nl"),
])
def test_the_line_above_which_someone_approves_is_no_budget(text: str, lang: str) -> None:
    assert extract(text, now=NOW, lang=lang).budget is None


@pytest.mark.parametrize(("text", "lang"), [
    ("we spent 40k last year on ads and it flopped", "en"), ("letztes Jahr haben wir 40.000 € für Anzeigen ausgegeben", "de"),
    ("l'an dernier on a dépensé 40k en pub", "fr"), ("el año pasado gastamos 40k en anuncios", "es"),
    ("our CAC is around 300", "en"), ("CAC sits at about 450 per customer", "en"),
    ("how much would 5k a month get us?", "en"), ("what would 2k a month get us?", "en"),
])
def test_past_spend_a_unit_cost_or_a_price_asked_about_is_no_budget(text: str, lang: str) -> None:
    assert extract(text, now=NOW, lang=lang).budget is None


def test_revenue_given_at_the_revenue_question_is_not_also_the_budget() -> None:
    attributes = extract("around £40 million a year", field="revenue", now=NOW)
    assert attributes.budget is None and attributes.revenue is not None and attributes.revenue.min == 40_000_000


@pytest.mark.parametrize(("text", "lang"), [
    ("our pipeline has dried up a bit this year", "en"), ("sales have been flat this year", "en"),
    ("dieses Jahr ist unsere Pipeline ziemlich eingebrochen", "de"), ("wir haben dieses Jahr viele Kunden verloren", "de"),
    ("cette année nos ventes ont beaucoup baissé", "fr"), ("nous avons perdu des clients cette année", "fr"),
    ("este año las ventas han caído bastante", "es"), ("este ano as vendas caíram bastante", "pt"),
    ("quest'anno le vendite sono calate parecchio", "it"), ("dit jaar is onze omzet flink gedaald", "nl"),
])
def test_this_year_said_of_the_past_is_no_deadline(text: str, lang: str) -> None:
    assert extract(text, now=NOW, lang=lang).timing is None


@pytest.mark.parametrize(("text", "lang", "field"), [
    ("gegründet 1994, 30 Mitarbeiter", "de", None), ("gegründet 1994", "de", "budget"), ("fondée en 2009, 25 salariés", "fr", None),
    ("fundada en 2012, 30 empleados", "es", None), ("founded in 2015, 40 staff", "en", None),
    ("we are 45 people", "en", "budget"), ("wir sind 45 Leute", "de", "budget"), ("nous sommes 45", "fr", "budget"),
    ("somos 45 personas", "es", "budget"),
])
def test_a_year_or_a_head_count_is_no_budget(text: str, lang: str, field: str | None) -> None:
    assert extract(text, field=field, now=NOW, lang=lang).budget is None


@pytest.mark.parametrize(("text", "currency"), [("5000 EUR", "EUR"), ("5000 Euro", "EUR"), ("10000 CHF", "CHF")])
def test_a_sum_followed_by_its_currency_code_is_no_postcode(text: str, currency: str) -> None:
    budget = extract(text, field="budget", now=NOW).budget
    assert budget is not None and budget.currency == currency


@pytest.mark.parametrize(("text", "lang"), [
    ("we sell products from 20 to 500 euros", "en"), ("our prices range from 2k to 10k per project", "en"),
    ("unsere Produkte kosten zwischen 20 und 500 €", "de"), ("nos produits coûtent entre 20 et 500 €", "fr"),
    ("nuestros productos cuestan entre 20 y 500 €", "es"), ("os nossos produtos custam entre 20 e 500 €", "pt"),
    ("i nostri prodotti costano tra 20 e 500 €", "it"), ("onze producten kosten tussen 20 en 500 euro", "nl"),
])
def test_what_the_visitors_business_sells_at_is_no_budget(text: str, lang: str) -> None:
    assert extract(text, now=NOW, lang=lang).budget is None


@pytest.mark.parametrize(("text", "amount"), [
    ("we sell furniture, budget for marketing is 5k a month", 5000), ("we sell shoes online and can spend 5k a month", 5000),
    ("our pricing page needs work, budget 5k", 5000), ("our services need a refresh, we have 10k for it", 10000),
])
def test_a_budget_said_beside_what_the_business_sells_is_still_the_budget(text: str, amount: int) -> None:
    budget = extract(text, now=NOW).budget
    assert budget is not None and budget.max == amount
