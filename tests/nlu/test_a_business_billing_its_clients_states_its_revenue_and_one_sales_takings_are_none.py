"""Revenue, in the seven languages: a business billing or invoicing its clients a sum a year states its revenue
(batch_65 #9 "we bill roughly £4m a year" read nothing), French "CA de 2,4 M€" is the chiffre d'affaires (batch_67 #62
read a budget of 2.4M), Brazilian "R$ 8 mi" is eight million (batch_65 #94 read 8); what one sale, auction or event
took is neither revenue nor a budget (batch_67 #34 "Our last sale did R48 million" read revenue). A provider billing
the visitor is still no revenue."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-05"


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("we bill roughly £4m a year", "en", 4_000_000),
        ("we invoice about $2m a year", "en", 2_000_000),
        ("Wir fakturieren rund 4 Mio. € im Jahr", "de", 4_000_000),
        ("Nous facturons environ 4 M€ par an", "fr", 4_000_000),
        ("Facturamos unos 4 millones de euros al año", "es", 4_000_000),
        ("Fatturiamo circa 4 milioni di euro l'anno", "it", 4_000_000),
        ("Faturamos cerca de 4 milhões de euros por ano", "pt", 4_000_000),
        ("We factureren zo'n 4 miljoen euro per jaar", "nl", 4_000_000),
        ("Cabinet d'expertise comptable à Bordeaux, 3 associés et 18 collaborateurs, CA de 2,4 M€.", "fr", 2_400_000),
        ("Faturamos R$ 8 mi ano passado", "pt", 8_000_000),
        ("Faturamos uns R$ 12 mi por ano", "pt", 12_000_000),
    ],
)
def test_a_business_billing_its_clients_states_its_revenue(text: str, lang: str, value: int) -> None:
    result = extract(text, None, now=NOW, lang=lang)
    assert result.budget is None
    assert result.revenue is not None and result.revenue.min == value


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Our last sale did R48 million", "en"),
        ("Unsere letzte Auktion brachte 48 Mio. Rand", "de"),
        ("Notre dernière vente a fait 48 millions", "fr"),
        ("Nuestra última subasta hizo 48 millones", "es"),
        ("La nostra ultima asta ha fatto 48 milioni", "it"),
        ("O nosso último leilão fez 48 milhões", "pt"),
        ("Onze laatste veiling bracht 48 miljoen op", "nl"),
    ],
)
def test_one_sales_takings_are_neither_revenue_nor_a_budget(text: str, lang: str) -> None:
    result = extract(text, None, now=NOW, lang=lang)
    assert result.revenue is None and result.budget is None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("our agency bills us 2k a month", "en"),
        ("notre agence actuelle facture 1500 € par mois", "fr"),
    ],
)
def test_a_provider_billing_the_visitor_is_no_revenue(text: str, lang: str) -> None:
    result = extract(text, None, now=NOW, lang=lang)
    assert result.revenue is None and result.budget is None


@pytest.mark.parametrize(
    ("text", "value"), [("we did 48 million last year", 48_000_000), ("last year we did 48 million", 48_000_000)]
)
def test_a_years_takings_are_still_revenue(text: str, value: int) -> None:
    result = extract(text, None, now=NOW, lang="en")
    assert result.revenue is not None and result.revenue.min == value
