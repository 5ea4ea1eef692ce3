"""A revenue said of another business is not the visitor's: the businesses they want to reach ("get in front of more
DTC brands doing $1M+ in sales"), a client they work for ("para um cliente varejista (faturamento de R$ 2 bilhões)"),
a group they say is not them ("the group does about $3B but that's not us"), in seven languages. Their own revenue,
said beside their clients, still is."""

import pytest

from nlu import extract

NOW = "2026-12-04"


@pytest.mark.parametrize("text, field", [
    ("Hey — we're a 12-person dev shop in Toronto building Shopify apps. Want to get in front of "
     "more DTC brands doing $1M+ in sales. Budget ~CAD 4k/month", None),
    ("we want to reach manufacturers with 10-50M revenue", None),
    ("Somos uma agência de performance em Curitiba com 30 pessoas e estamos cotando para um cliente "
     "varejista (faturamento de R$ 2 bilhões). Verba ainda não definida.", None),
    ("Not public, sorry — we're a subsidiary of a listed group so I can't share numbers. The group does about $3B but that's not us.", "revenue"),
    ("Nous travaillons pour un client, un distributeur (CA de 40 M€)", None),
    ("Wir arbeiten für einen Kunden mit 50 Mio. € Umsatz", None),
    ("Trabajamos para un cliente con una facturación de 30 millones", None),
    ("Lavoriamo per un cliente con un fatturato di 30 milioni", None),
    ("We werken voor een klant met 30 miljoen omzet", None),
])
def test_another_business_revenue_is_no_revenue_of_the_visitor(text, field):
    assert extract(text, field=field, now=NOW).revenue is None


@pytest.mark.parametrize("text, amount", [
    ("we do about $3M in revenue, our clients are mostly SMBs", 3_000_000),
    ("we're doing $1M+ in sales and want more", 1_000_000),
    ("Wir machen 50 Mio. € Umsatz", 50_000_000),
])
def test_the_visitors_own_revenue_is_still_read(text, amount):
    assert extract(text, now=NOW).revenue.min == amount


@pytest.mark.parametrize("text, lang", [
    ("Wir sind eine Tochter eines Konzerns. Der Konzern macht rund 3 Mrd. € Umsatz, aber das sind nicht wir.", "de"),
    ("Nous sommes une filiale. Le groupe fait environ 3 milliards d'euros de CA, mais ce n'est pas nous.", "fr"),
    ("Somos una filial. El grupo factura unos 3.000 millones, pero no somos nosotros.", "es"),
    ("Somos uma subsidiária. O grupo fatura cerca de 3 bilhões, mas não somos nós.", "pt"),
    ("Siamo una controllata. Il gruppo fattura circa 3 miliardi, ma non siamo noi.", "it"),
    ("We zijn een dochterbedrijf. De groep doet ongeveer 3 miljard omzet, maar dat zijn wij niet.", "nl"),
])
def test_a_groups_revenue_said_not_to_be_theirs_is_no_revenue_nor_budget(text, lang):
    attributes = extract(text, lang=lang, now=NOW)
    assert attributes.revenue is None and attributes.budget is None
