"""A second figure marked as a maybe, a stretch or a ceiling is the top of the budget, and a floor said after the
figure its least, in the seven languages (issue 14): "so 15'000 Franken, vielleicht 20'000" was 15,000 CHF only (the
hedge was read only after euros, dollars and pounds), "zo'n 2500 euro per maand, max 3000" 2,500 only, "15k, 20k at a
push" 15k, "2.5k a month tops 3k" a ceiling of 2.5k, "2k a month, at least" exactly 2k. Swiss apostrophe thousands
("15'000", "15’000") read as thousands. A count said with a stretch ("5 staff, 20 at a push") is no money."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


def _budget(text: str, lang: str) -> tuple[float | None, float | None] | None:
    found = extract(text, now=NOW, lang=lang).budget
    return (found.min, found.max) if found else None


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "so 15'000 Franken, vielleicht 20'000"), ("de", "so 15’000 Franken, vielleicht 20’000"),
    ("en", "about 15k, maybe 20k"), ("en", "15k, 20k at a push"), ("fr", "environ 15 000 €, peut-être 20 000"),
    ("es", "unos 15.000 €, quizás 20.000"), ("pt", "uns 15.000 €, talvez 20.000"), ("it", "circa 15.000 €, forse 20.000"),
    ("nl", "zo'n 15.000 euro, misschien 20.000"),
])
def test_a_hedged_higher_figure_is_the_top(lang: str, text: str) -> None:
    assert _budget(text, lang) == (15000, 20000)


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "zo'n 2500 euro per maand, max 3000"), ("en", "2500 a month, max 3000"), ("en", "2.5k a month tops 3k"),
    ("de", "2.500 € im Monat, höchstens 3.000"), ("fr", "2 500 € par mois, au max 3 000"),
    ("fr", "2 500 € par mois, tout au plus 3 000"), ("es", "2.500 € al mes, como máximo 3.000"),
    ("pt", "2.500 € por mês, no máximo 3.000"), ("it", "2.500 € al mese, al massimo 3.000"),
    ("nl", "2.500 euro per maand, hooguit 3.000"),
])
def test_a_second_figure_marked_as_the_ceiling_is_the_max(lang: str, text: str) -> None:
    assert _budget(text, lang) == (2500, 3000)


@pytest.mark.parametrize(("lang", "text"), [("en", "2k a month, at least"), ("de", "2.000 € im Monat, mindestens")])
def test_a_floor_said_after_the_figure_leaves_it_open_above(lang: str, text: str) -> None:
    assert _budget(text, lang) == (2000, None)


@pytest.mark.parametrize(("text", "budget"), [
    ("2k a month max", (None, 2000)), ("5k tops", (None, 5000)), ("3 000 € au max", (None, 3000)), ("15k, 20k", (15000, 15000)),
])
def test_a_ceiling_with_no_figure_after_it_is_the_figures_own(text: str, budget: tuple[int | None, int | None]) -> None:
    assert _budget(text, "fr" if "€" in text else "en") == budget


def test_a_count_with_a_stretch_is_no_money() -> None:
    assert _budget("we have 5 staff, 20 at a push", "en") is None


@pytest.mark.parametrize(("lang", "text", "currency"), [
    ("en", "about 15000, maybe 20000 dollars", "USD"), ("de", "so 15'000, vielleicht 20'000 Franken", "CHF"),
    ("de", "so 15.000, vielleicht 20.000 Euro", "EUR"), ("fr", "environ 15 000, peut-être 20 000 €", "EUR"),
    ("it", "circa 15.000, forse 20.000 euro", "EUR"), ("nl", "zo'n 15.000, misschien 20.000 euro", "EUR"),
])
def test_the_currency_said_after_the_top_is_the_bare_first_figures_too(lang: str, text: str, currency: str) -> None:
    found = extract(text, now=NOW, lang=lang).budget
    assert found is not None and (found.min, found.max, found.currency) == (15000, 20000, currency)


def test_a_count_before_a_hedged_sum_stays_a_count() -> None:
    assert _budget("15000 visitors, maybe 20000 dollars", "en") == (20000, 20000)


@pytest.mark.parametrize("text", ["maybe 20 000 €", "peut-être 20 000 €"])
def test_a_space_grouped_figure_after_maybe_is_one_number(text: str) -> None:
    # "maybe" was taken for the month "may" before "20 000", which left "20"
    assert _budget(text, "fr") == (20000, 20000)
