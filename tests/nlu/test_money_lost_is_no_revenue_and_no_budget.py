"""Money the visitor lost or missed out on ("lost about 30 grand in sales when our site went down", "30k in lost
revenue", "wir haben 30.000 € Umsatz verloren") is neither their revenue nor their budget, in seven languages; a
revenue or budget said with a loss elsewhere in the message is still read."""

import pytest

from nlu import extract

NOW = "2026-12-04"


@pytest.mark.parametrize("text, lang", [
    ("lost about 30 grand in sales when our site went down in october", "en"),
    ("we lost like $30k in sales last month because checkout broke", "en"),
    ("the outage cost us 30k in sales", "en"),
    ("probably 30k in lost revenue from the downtime 😩", "en"),
    ("we missed out on about 50k of bookings when the site was down", "en"),
    ("losing maybe 5k a month in sales to abandoned carts", "en"),
    ("wir haben etwa 30.000 € Umsatz verloren, als die Seite im Oktober down war", "de"),
    ("on a perdu environ 30 000 € de ventes quand le site est tombé en octobre", "fr"),
    ("perdimos unos 30.000 € en ventas cuando la web se cayó en octubre", "es"),
    ("perdemos cerca de 30 mil euros em vendas quando o site caiu em outubro", "pt"),
    ("abbiamo perso circa 30.000 € di vendite quando il sito è andato giù a ottobre", "it"),
    ("we zijn zo'n 30.000 euro aan omzet misgelopen toen de site in oktober plat lag", "nl"),
])
def test_money_lost_is_neither_revenue_nor_budget(text, lang):
    result = extract(text, lang=lang, now=NOW)
    assert result.revenue is None and result.budget is None


def test_a_revenue_said_beside_a_loss_is_still_read():
    result = extract("we do about 2M in sales a year, lost 30k of it when the site went down", lang="en", now=NOW)
    assert (result.revenue.min, result.revenue.max) == (2_000_000, 2_000_000)


def test_a_budget_said_after_a_loss_is_still_read():
    result = extract("lost 30k in sales to the outage, so we want to spend 5k a month on a proper site", lang="en", now=NOW)
    assert (result.budget.min, result.budget.period) == (5000, "month")


@pytest.mark.parametrize("text", [
    "we lost our agency last month, budget is 4k a month",
    "we were lost with SEO, happy to spend 2k a month",
])
def test_a_loss_of_something_else_leaves_the_budget(text):
    assert extract(text, lang="en", now=NOW).budget.min in (4000, 2000)
