"""A head count corrected inside one message, and staff listed by role, in each of the seven languages."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-03"


def _size(text: str, lang: str, field: str | None) -> tuple[int | None, int | None] | None:
    size = extract(text, field=field, now=NOW, lang=lang).company_size
    return (size.min, size.max) if size else None


@pytest.mark.parametrize(("text", "lang"), [
    ("we're not 200, more like 150", "en"), ("we are not 200 but actually 150", "en"),
    ("we are 200, actually no, 150", "en"), ("we're 200, no wait, 150", "en"), ("we're 200 people, or rather 150", "en"),
    ("wir sind nicht 200, eher 150", "de"), ("on est pas 200 mais plutôt 150", "fr"), ("on n'est pas 200 mais 150", "fr"),
    ("somos 200, no, más bien 150", "es"), ("no somos 200 sino 150", "es"), ("não somos 200, somos 150", "pt"),
    ("somos 200, não, na verdade 150", "pt"), ("non siamo 200 ma 150", "it"), ("we zijn geen 200 maar eerder 150", "nl"),
])
def test_a_head_count_corrected_in_free_text_keeps_the_corrected_one(text: str, lang: str) -> None:
    assert _size(text, lang, None) == (150, 150)


@pytest.mark.parametrize(("text", "lang"), [
    ("not 200 people but more like 150", "en"), ("nicht 200, eher 150", "de"), ("pas 200 mais 150", "fr"),
    ("non 200 mais 150", "fr"), ("não 200, mas 150", "pt"), ("non 200 ma 150", "it"), ("geen 200 maar 150", "nl"),
])
def test_a_head_count_corrected_at_the_size_question_keeps_the_corrected_one(text: str, lang: str) -> None:
    assert _size(text, lang, "company_size") == (150, 150)


@pytest.mark.parametrize("text", ["80 not 800 people", "we have 80 not 800 staff", "it's not 2 people anymore, we are 12 now"])
def test_the_figure_said_as_the_count_stays_when_another_is_denied(text: str) -> None:
    assert _size(text, "en", None) in ((80, 80), (12, 12))


@pytest.mark.parametrize("text", ["not 10 but 20 leads a month", "it's not 5, not 6"])
def test_a_denied_figure_with_no_head_word_gives_no_head_count(text: str) -> None:
    assert _size(text, "en", None) is None


@pytest.mark.parametrize(("text", "lang"), [
    ("con 25 técnicos y 5 administrativos", "es"), ("mit 25 Technikern und 5 Verwaltungsangestellten", "de"),
    ("avec 25 techniciens et 5 administratifs", "fr"), ("25 tecnici e 5 amministrativi", "it"),
    ("25 técnicos e 5 administrativos", "pt"), ("25 monteurs en 5 kantoormedewerkers", "nl"),
    ("25 technicians and 5 admin staff", "en"),
])
def test_staff_listed_by_role_add_up_in_every_language(text: str, lang: str) -> None:
    assert _size(text, lang, "company_size") == (30, 30)
    assert _size("somos una empresa " + text if lang == "es" else text, lang, "company_size") == (30, 30)


@pytest.mark.parametrize(("text", "lang", "total"), [
    ("wir haben 12 Berater und 3 Aushilfen", "de", 15), ("on a 8 serveurs et 3 cuisiniers", "fr", 11),
    ("tenemos 20 conductores y 4 administrativos", "es", 24),
])
def test_staff_listed_by_role_in_free_text_add_up(text: str, lang: str, total: int) -> None:
    assert _size(text, lang, None) == (total, total)


def test_customers_listed_after_staff_are_not_counted() -> None:
    assert _size("25 técnicos y 5 clientes", "es", None) == (25, 25)
