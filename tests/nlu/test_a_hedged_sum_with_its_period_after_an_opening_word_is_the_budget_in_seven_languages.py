"""A sum with its period said after an answer's opening word and a hedge is the visitor's budget estimate, in the seven
languages (issue 14, played: "ok vielleicht 3000 im Monat" gave no budget, where "vielleicht 3000 im Monat" gave one:
an opening "ok", "yes", "well" or a guess said as one, "je dirais", "diciamo", "acho que", "ik denk", stood between the
sum and the start of its clause). Near misses: the same hedged sum asked about ("... is enough?"), spent by someone else,
or counting visitors is no budget."""

from __future__ import annotations

import pytest

from nlu import extract

NOW = "2026-12-05"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("ok vielleicht 3000 im Monat", "de"),
        ("ja also so 3000 im Monat", "de"),
        ("naja, ich würde sagen 3000 im Monat", "de"),
        ("hm, sagen wir mal 3000 pro Monat", "de"),
        ("ok maybe 3000 a month", "en"),
        ("well, I'd say 3000 a month", "en"),
        ("yeah i guess 3000 per month", "en"),
        ("hmm ok let's say 3000 a month", "en"),
        ("ok peut-être 3000 par mois", "fr"),
        ("bon, disons 3000 par mois", "fr"),
        ("oui, je dirais 3000 par mois", "fr"),
        ("ok quizás unos 3000 al mes", "es"),
        ("vale, digamos 3000 al mes", "es"),
        ("bueno, creo que unos 3000 al mes", "es"),
        ("ok forse 3000 al mese", "it"),
        ("allora, diciamo 3000 al mese", "it"),
        ("sì, direi 3000 al mese", "it"),
        ("ok talvez uns 3 mil por mês", "pt"),
        ("então, acho que uns 3000 por mês", "pt"),
        ("bom, eu diria 3000 por mês", "pt"),
        ("ok misschien 3000 per maand", "nl"),
        ("ja, ik denk 3000 per maand", "nl"),
        ("tja, zeg maar 3000 per maand", "nl"),
    ],
)
def test_a_hedged_sum_with_its_period_after_an_opening_word_is_the_budget(text: str, lang: str) -> None:
    for field in (None, "budget"):
        budget = extract(text, field, now=NOW, lang=lang, default_currency="EUR").budget
        assert budget is not None and budget.status == "stated", (field, budget)
        assert (budget.min, budget.max, budget.period) == (3000, 3000, "month"), field


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("ok vielleicht 3000 € im Monat", "de"),
        ("yeah i guess 3k a month", "en"),
        ("bon, disons 3000 € par mois", "fr"),
        ("allora, diciamo 3mila euro al mese", "it"),
    ],
)
def test_the_same_sum_said_at_another_question_is_a_budget_volunteered(text: str, lang: str) -> None:
    budget = extract(text, "need", now=NOW, lang=lang, default_currency="EUR").budget
    assert budget is not None and (budget.min, budget.period) == (3000, "month")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a sum asked about, not set
        ("ok maybe 3000 a month is enough?", "en"),
        ("ok, reichen vielleicht 3000 im Monat?", "de"),
        ("ok, peut-être que 3000 par mois suffisent ?", "fr"),
        ("vale, ¿quizás 3000 al mes alcanzan?", "es"),
        ("ok forse 3000 al mese bastano?", "it"),
        ("ok, talvez 3000 por mês é suficiente?", "pt"),
        ("ok, is misschien 3000 per maand genoeg?", "nl"),
        # someone else's spend
        ("ok, our competitor spends maybe 3000 a month", "en"),
        ("ok, unsere Konkurrenz gibt vielleicht 3000 im Monat aus", "de"),
        ("bon, notre concurrent dépense peut-être 3000 par mois", "fr"),
        ("bueno, nuestro competidor gasta quizás 3000 al mes", "es"),
        ("allora, il nostro concorrente spende forse 3000 al mese", "it"),
        ("olha, o nosso concorrente gasta talvez 3000 por mês", "pt"),
        ("nou, onze concurrent geeft misschien 3000 per maand uit", "nl"),
        # a count, not money
        ("yes we get maybe 3000 visitors a month", "en"),
        ("ok maybe 3000 visits a month", "en"),
        ("ja, vielleicht 3000 Besucher im Monat", "de"),
        # "but" opening a clause is no hedge
        ("but 3000 a month", "en"),
    ],
)
def test_a_hedged_sum_asked_about_spent_by_another_or_counted_is_no_budget(text: str, lang: str) -> None:
    assert extract(text, None, now=NOW, lang=lang, default_currency="EUR").budget is None
