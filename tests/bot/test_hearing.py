"""Heard or given: only an answer that states a value, or the visitor's yes, puts it in the lead."""

from __future__ import annotations

from datetime import date

from bot.actions.hearing import Heard, confirm, corrects_itself, hear
from nlu.attributes import Attributes
from nlu.extract import extract

TODAY = date(2026, 11, 23)


def read(text: str, field: str | None = None) -> Attributes:
    return extract(text, field=field, now=TODAY)


def test_what_an_opening_message_says_is_heard_not_given() -> None:
    text = "Hi, I'm the CTO of a 200-person fintech in London, budget about 50k"
    hearing = hear(Attributes(), Heard(), read(text), text)
    assert hearing.given.budget is None and hearing.given.company_size is None
    assert {"budget", "company_size", "industry", "location", "authority"} <= set(hearing.heard.names())
    assert hearing.heard.texts["budget"] == text


def test_the_answer_to_the_question_asked_is_given_and_the_rest_heard() -> None:
    text = "about 120 people, and we'd spend 40k"
    hearing = hear(Attributes(), Heard(), read(text), text, answered="company_size",
                   answer=read(text).merge(read(text, "company_size")))
    assert hearing.given.company_size is not None and hearing.given.company_size.min == 120
    assert hearing.given.budget is None and "budget" in hearing.heard.names()


def test_a_new_value_for_a_given_one_without_a_question_is_a_correction() -> None:
    given = read("our budget is 50k", "budget")
    hearing = hear(given, Heard(), read("actually it's closer to 80k"), "actually it's closer to 80k")
    assert hearing.corrected == ("budget",) and hearing.given.budget.min == 80000


def test_a_different_value_inside_an_answer_to_another_question_does_not_overwrite() -> None:
    given = read("our budget is 50k", "budget")
    text = "we're about 300 people and spend 90k on agencies"
    hearing = hear(given, Heard(), read(text), text, answered="company_size", answer=read(text, "company_size"))
    assert hearing.given.budget.min == 50000 and not hearing.corrected


def test_a_correction_word_makes_it_a_correction_even_inside_an_answer() -> None:
    given = read("we are 50 people", "company_size")
    text = "fintech - sorry, we're 300 people now actually"
    hearing = hear(given, Heard(), read(text), text, answered="industry", answer=read(text, "industry"))
    assert "company_size" in hearing.corrected and hearing.given.company_size.min == 300


def test_the_same_value_again_is_no_correction() -> None:
    given = read("our budget is 50k", "budget")
    assert hear(given, Heard(), read("yes 50k"), "yes 50k").corrected == ()


def test_confirming_moves_heard_values_into_the_given_ones() -> None:
    text = "budget about 50k, we're in Berlin"
    heard = hear(Attributes(), Heard(), read(text), text).heard
    given, left = confirm(Attributes(), heard, ["budget"])
    assert given.budget.min == 50000 and given.location is None
    assert left.names() == ["location"] and "budget" not in left.texts


def test_the_heard_slot_round_trips_and_bad_data_is_nothing() -> None:
    text = "budget about 50k"
    heard = hear(Attributes(), Heard(), read(text), text).heard
    assert Heard.from_slot(heard.to_slot()) == heard
    assert Heard.from_slot({"attributes": {"budget": "lots"}}).names() == []
    assert Heard.from_slot("nonsense") == Heard()


def test_corrections_are_recognised_by_their_words() -> None:
    for text in ("actually 80k", "sorry, I meant 300", "make that 12k", "not 20 but 45 people", "scratch that, Berlin",
                 "Oops, 12k", "we changed it to 30k"):
        assert corrects_itself(text), text
    assert not corrects_itself("we need more leads")
