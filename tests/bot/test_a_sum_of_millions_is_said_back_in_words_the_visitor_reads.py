"""A sum of millions is said back in words each language reads, never CLDR's short forms (addendum, issue 14).

"60 MCOP" (Spanish), "COP 60 mi" (Portuguese), "60 M $CO" (French) were said back for sixty million Colombian pesos:
CLDR's compact forms, which no visitor writes. Each language now says the million in its word ("60 millones de COP",
"60 milioni di COP", "60 Mio. COP", "60 miljoen COP"), the euro by its name where the language says it so, and a
currency whose symbol is not read everywhere ("$CO") by its code. Sums under a million keep the grouped number.
"""

from __future__ import annotations

import pytest

from bot.actions.language import speaking
from bot.actions.phrasing import amount

SIXTY_MILLION_PESOS = {
    "de": "60\u00a0Mio. COP", "fr": "60\u00a0millions de COP", "es": "60\u00a0millones de COP",
    "it": "60\u00a0milioni di COP", "pt": "60\u00a0milhões de COP", "nl": "60\u00a0miljoen COP",
}
ONE_AND_A_HALF_MILLION_EUROS = {
    "de": "1,5\u00a0Mio.\u00a0€", "fr": "1,5\u00a0million d'euros", "es": "1,5\u00a0millones de euros",
    "it": "1,5\u00a0milioni di euro", "pt": "1,5\u00a0milhões de euros", "nl": "1,5\u00a0miljoen euro",
}
# What CLDR's short forms wrote, which no visitor reads.
SHORT_FORMS = ("MCOP", "$CO", " mi", "Mln", "mln.", "\u00a0M\u00a0", "M€")


@pytest.mark.parametrize("lang", list(SIXTY_MILLION_PESOS))
def test_millions_of_a_currency_without_a_common_symbol_are_in_words_and_its_code(lang: str) -> None:
    with speaking(lang):
        said = amount(60_000_000, "COP")
    assert said == SIXTY_MILLION_PESOS[lang] and not any(s in said for s in SHORT_FORMS), said


@pytest.mark.parametrize("lang", list(ONE_AND_A_HALF_MILLION_EUROS))
def test_millions_of_euros_are_in_words(lang: str) -> None:
    with speaking(lang):
        assert amount(1_500_000, "EUR") == ONE_AND_A_HALF_MILLION_EUROS[lang]


def test_a_billion_is_in_its_word() -> None:
    with speaking("es"):
        assert amount(1_200_000_000, "COP") == "1,2\u00a0mil millones de COP"
    with speaking("it"):
        assert amount(1_200_000_000, "COP") == "1,2\u00a0miliardi di COP"


def test_a_brazilian_reads_reais_as_brazil_writes_them() -> None:
    with speaking("pt", "pt-BR"):
        assert amount(1_500_000, "BRL") == "R$\u00a01,5\u00a0milhão"


@pytest.mark.parametrize(("lang", "said"), [("de", "60.000\u00a0COP"), ("es", "60.000\u00a0COP"), ("nl", "COP\u00a060.000"),
                                            ("en", "60k COP"), ("en", "$60k")])
def test_sums_under_a_million_keep_their_grouped_number_and_english_its_k(lang: str, said: str) -> None:
    with speaking(lang):
        assert amount(60_000, "COP" if "COP" in said else "USD") == said


def test_english_keeps_its_m() -> None:
    assert amount(1_500_000, "EUR") == "€1.5M"
