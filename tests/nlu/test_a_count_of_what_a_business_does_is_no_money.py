"""A count of what a business does or sells ("we did 1,400 trips last summer", "2,000 bookings a year") is no
money: it was said back as "annual revenue of about €1.4k", and at the revenue question "hicimos 1.400 viajes el año
pasado" was revenue of 1,400 (issue 14). The same in the seven languages. Near misses: a sum in those things ("1.2m in
bookings", "$40k on trips", "facturamos 1,2 millones en viajes") and a turnover said in figures are still money."""

from __future__ import annotations

import pytest

from nlu import extract

NOW = "2026-12-05"


@pytest.mark.parametrize("text", [
    "fyi we did 1,400 trips last summer",
    "we did 2,000 bookings last year",
    "we run about 300 tours and 120 charters a season",
    "we did 5,000 jobs last year",
    "we had 40,000 passengers last year",
    "we had 1,400 deliveries and 300 moves last year",
    "hicimos 1.400 viajes el año pasado",
    "el año pasado tuvimos 2.000 reservas y 800 pedidos",
    "wir hatten letztes Jahr 1.400 Fahrten",
    "letztes Jahr gab es 2.500 Buchungen",
    "nous avons fait 1 400 trajets l'an dernier",
    "l'an dernier on a eu 3 000 commandes",
    "fizemos 1.400 viagens no ano passado",
    "no ano passado foram 1.400 corridas e 600 encomendas",
    "abbiamo fatto 1.400 viaggi l'anno scorso",
    "l'anno scorso 3.000 prenotazioni",
    "we deden vorig jaar 1.400 ritten",
    "vorig jaar hadden we 2.000 boekingen",
    # what is sold, served or counted: units and pieces, covers, pupils, members
    "we do 500 covers a night",
    "vendimos 1.400 unidades el año pasado",
    "wir haben 1.400 Stück verkauft",
    "on a vendu 1 400 pièces",
    "vendemos 1.400 peças",
    "abbiamo venduto 1.400 pezzi",
    "we verkochten 1.400 stuks",
    "temos 3.000 alunos",
    "wir haben 2.000 Mitglieder",
])
def test_a_count_of_what_the_business_does_is_no_revenue_or_budget(text: str) -> None:
    for field in (None, "revenue"):
        said = extract(text, field=field, now=NOW)
        assert said.revenue is None and said.budget is None, field


@pytest.mark.parametrize("text, value", [
    ("we did 1.2m in bookings last year", 1200000),
    ("we did $40k on trips last year", 40000),
    ("facturamos 1,2 millones en viajes el año pasado", 1200000),
    ("facturamos 1.400.000 € el año pasado", 1400000),
    ("wir haben letztes Jahr 1,4 Mio. € mit Fahrten erwirtschaftet", 1400000),
    ("nous avons fait 1,4 M€ de chiffre d'affaires", 1400000),
    ("faturamos 1,4 milhões de euros no ano passado", 1400000),
    ("abbiamo fatturato 1,4 milioni l'anno scorso", 1400000),
    ("we hadden vorig jaar 1,4 miljoen omzet", 1400000),
    ("vorig jaar 1,4 miljoen omzet met 1.400 ritten", 1400000),
    ("facturamos 1,4 millones vendiendo 1.400 unidades", 1400000),
])
def test_a_sum_in_those_things_is_still_money(text: str, value: int) -> None:
    revenue = extract(text, field=None, now=NOW).revenue
    assert revenue is not None and revenue.min == value
