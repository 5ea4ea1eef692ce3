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


@pytest.mark.parametrize(("text", "lang"), [
    ("we're 30, well 35 since May", "en"), ("we were 30, now 35 since may", "en"), ("on est 30, enfin 35 depuis mai", "fr"),
    ("wir sind 30, naja, seit Mai 35", "de"), ("somos 30, bueno, 35 desde mayo", "es"), ("somos 30, bem, 35 desde maio", "pt"),
    ("siamo 30, anzi 35 da maggio", "it"), ("we zijn 30, nou ja, 35 sinds mei", "nl"),
])
def test_a_head_count_set_right_since_a_month_is_the_new_count_and_no_deadline(text: str, lang: str) -> None:
    attributes = extract(text, now=NOW, lang=lang)
    assert attributes.company_size is not None and attributes.company_size.min == 35
    assert attributes.timing is None


@pytest.mark.parametrize(("text", "lang"), [
    ("it was 20k but finance trimmed it to 12k", "en"), ("the budget was 20k but it got cut to 12k", "en"),
    ("es waren 20k, aber die Finanzabteilung hat es auf 12k gekürzt", "de"), ("c'était 20k mais la finance l'a réduit à 12k", "fr"),
    ("eran 20k pero finanzas lo recortó a 12k", "es"), ("o orçamento era 20k mas cortaram para 12k", "pt"),
    ("il budget era 20k ma l'hanno ridotto a 12k", "it"), ("het budget was 20k maar is verlaagd naar 12k", "nl"),
])
def test_a_budget_cut_inside_one_message_is_the_cut_one(text: str, lang: str) -> None:
    for field in (None, "budget"):
        budget = extract(text, field=field, now=NOW, lang=lang).budget
        assert budget is not None and budget.max == 12000


@pytest.mark.parametrize(("text", "lang", "count"), [
    ("we are 50 (55 as of last week)", "en", 55), ("we're 30 people, well 32 since monday", "en", 32),
    ("20 staff, 22 counting the two new hires", "en", 22), ("siamo 30, anzi 32 da lunedì", "it", 32),
    ("wir sind 40, ach nein, 45", "de", 45), ("on est 40, non pardon 45", "fr", 45),
])
def test_a_newer_or_fuller_count_said_right_after_is_the_count(text: str, lang: str, count: int) -> None:
    attributes = extract(text, now=NOW, lang=lang)
    assert attributes.company_size is not None and (attributes.company_size.min, attributes.company_size.max) == (count, count)
    assert attributes.timing is None


@pytest.mark.parametrize(("text", "count"), [
    ("we're 40, 3 since march in sales", 40), ("we are 50 (mostly remote)", 50), ("we're 12, 15 by summer", 12),
])
def test_a_part_of_the_team_or_a_goal_said_after_the_count_leaves_it(text: str, count: int) -> None:
    size = extract(text, now=NOW).company_size
    assert size is not None and (size.min, size.max) == (count, count)


@pytest.mark.parametrize(("text", "lang"), [
    ("budget was 50k, now 40k", "en"), ("we said 50k but realistically 40k", "en"), ("initially 50k, the CFO cut it to 40k", "en"),
    ("the budget got slashed from 50k to 40k", "en"), ("das Budget lag bei 50k, jetzt sind es 40k", "de"),
    ("le budget était de 50k, maintenant c'est 40k", "fr"), ("el presupuesto era de 50k, ahora son 40k", "es"),
    ("il budget era di 50k, ora è 40k", "it"),
])
def test_a_budget_said_then_changed_is_the_new_one(text: str, lang: str) -> None:
    budget = extract(text, now=NOW, lang=lang).budget
    assert budget is not None and budget.max == 40000
