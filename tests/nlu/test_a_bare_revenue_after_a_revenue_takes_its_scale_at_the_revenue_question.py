"""At the revenue question, a bare figure said after a revenue ("8 Mio. CHF last year, this year more like 7") is that
revenue now at its scale (7 million), in seven languages; not 7."""

import pytest

from nlu import extract

NOW = "2026-12-05"


@pytest.mark.parametrize("text, lang", [
    ("Umsatz letztes Jahr knapp 8 Mio. CHF, dieses Jahr eher 7", "de"),
    ("revenue was 8M last year, this year more like 7", "en"),
    ("chiffre d'affaires de 8 M€ l'an dernier, cette année plutôt 7", "fr"),
    ("facturamos 8 millones el año pasado, este año más bien 7", "es"),
    ("faturamos 8 milhões no ano passado, este ano uns 7", "pt"),
    ("fatturato di 8 milioni l'anno scorso, quest'anno più 7", "it"),
    ("omzet vorig jaar 8 miljoen, dit jaar eerder 7", "nl"),
])
def test_a_bare_figure_after_a_revenue_is_at_its_scale(text, lang):
    revenue = extract(text, field="revenue", lang=lang, now=NOW).revenue
    assert (revenue.min, revenue.max) == (7000000, 7000000)


def test_a_revenue_said_with_its_own_scale_is_as_said():
    revenue = extract("revenue was 8M last year, this year 7.5M", field="revenue", now=NOW).revenue
    assert revenue.min == 7500000
