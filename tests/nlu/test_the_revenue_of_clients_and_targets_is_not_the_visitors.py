"""The revenue of the companies the visitor serves or targets ("our clients are companies with 10-50m revenue",
"we target firms doing 5-20m") is not the visitor's revenue, in seven languages; their own still is."""

import pytest

from nlu import extract

NOW = "2026-12-03"


@pytest.mark.parametrize("text, lang", [
    ("our clients are companies with 10-50m revenue", "en"),
    ("we target firms doing 5-20m in revenue", "en"),
    ("we sell to retailers with a turnover above 2 million", "en"),
    ("unsere Kunden sind Firmen mit 10 bis 50 Mio. Umsatz", "de"),
    ("nos clients sont des entreprises qui font 10 millions de chiffre d'affaires", "fr"),
    ("nuestros clientes son empresas que facturan 10 millones", "es"),
    ("i nostri clienti sono aziende con un fatturato di 10 milioni", "it"),
    ("onze klanten zijn bedrijven met een omzet van 10 miljoen", "nl"),
    ("nossos clientes são empresas que faturam 10 milhões", "pt"),
])
def test_a_clients_revenue_is_no_revenue(text, lang):
    assert extract(text, lang=lang, now=NOW).revenue is None


@pytest.mark.parametrize("text, lang, amount", [
    ("we're a company with 10m revenue", "en", 10_000_000),
    ("we do about 3m in revenue and our clients are mostly SMEs", "en", 3_000_000),
    ("wir machen 5 Mio. Umsatz", "de", 5_000_000),
])
def test_the_visitors_own_revenue_is_still_read(text, lang, amount):
    assert extract(text, lang=lang, now=NOW).revenue.min == amount


def test_a_revenue_hoped_for_this_year_sets_no_start_date():
    assert extract("revenue was 3m last year, hoping for 4 this year", now=NOW).timing is None


@pytest.mark.parametrize("text", [
    "we have 200 customers and 3m revenue",
    "500 clients, about 3m in revenue",
])
def test_a_count_of_clients_beside_the_revenue_leaves_it_the_visitors(text):
    assert extract(text, now=NOW).revenue.min == 3_000_000
