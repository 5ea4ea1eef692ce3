"""Heard or given: only an answer that states a value, or the visitor's yes, puts it in the lead."""

from __future__ import annotations

from datetime import date

import pytest

from bot.actions.hearing import (
    Heard,
    borrowed,
    confirm,
    corrects_itself,
    hear,
    names_something_else,
    shaped_like_a_name,
    states_none,
)
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


def test_the_answer_s_number_is_not_also_heard_as_another_attribute() -> None:
    free = extract("about 80M", now=TODAY, default_currency="USD")
    answer = free.merge(extract("about 80M", field="revenue", now=TODAY, default_currency="USD"))
    hearing = hear(Attributes(), Heard(), free, "about 80M", answered="revenue", answer=answer)
    assert hearing.given.revenue is not None and hearing.given.revenue.min == 80_000_000
    assert hearing.heard.names() == []


def test_a_number_the_free_reading_gives_another_attribute_is_borrowed() -> None:
    text = "honestly it was 20k but finance trimmed it to 12k"
    free = extract(text, now=TODAY, default_currency="USD")
    asked = extract(text, field="company_size", now=TODAY, default_currency="USD")
    assert borrowed(asked, free, "company_size") == ("budget",)
    fifty = extract("50, budget about 20k", field="company_size", now=TODAY, default_currency="USD")
    assert borrowed(fifty, extract("50, budget about 20k", now=TODAY, default_currency="USD"), "company_size") == ()


def test_a_sum_given_to_the_revenue_question_is_the_revenue_not_borrowed() -> None:
    free = extract("about 80M", now=TODAY, default_currency="USD")
    asked = extract("about 80M", field="revenue", now=TODAY, default_currency="USD")
    assert borrowed(asked, free, "revenue") == ()


def test_a_value_heard_first_is_not_replaced_by_one_mentioned_later_in_passing() -> None:
    first = hear(Attributes(), Heard(), read("hi, we're a fintech in London"), "hi, we're a fintech in London")
    later = "we burned 30k on an agency last year"
    again = hear(first.given, first.heard, read(later).merge(Attributes(industry="marketing_advertising")), later,
                 answered="need", answer=read(later, "need"))
    assert again.heard.attributes.industry == "fintech"
    meant = "sorry, we're actually a healthcare company"
    assert hear(first.given, first.heard, read(meant), meant).given.industry == "healthcare"


@pytest.mark.parametrize(("text", "field", "none"), [
    ("about 60k for the year", "company", True), ("around 60k", "need", True),
    ("we're about 50 people in Berlin", "company", True), ("it was 20k but finance trimmed it to 12k", "company_size", True),
    ("Acme, about 50 people", "company", False), ("Acme Analytics", "company", False),
    ("we need more leads, we're 50 people", "need", False), ("about 120 employees", "company_size", False),
    ("we make bespoke harpsichords", "industry", False), ("2k a month", "industry", True),
])
def test_an_answer_that_only_states_other_things_states_no_value_for_its_question(
        text: str, field: str, none: bool) -> None:
    assert states_none(read(text).merge(read(text, field)), read(text), field) is none


@pytest.mark.parametrize("text", ["Q1 Media", "Spring Studio", "Inês Costa", "Oak & Pine", "Acme", "Human Made Ltd",
                                  "Kessler Präzisionstechnik GmbH", "Talleres Martín S.L.", "Bob's Bikes"])
def test_names_are_written_as_proper_nouns(text: str) -> None:
    assert shaped_like_a_name(text)


@pytest.mark.parametrize("text", ["end of Q1", "End of Q1", "bis Ende des ersten Quartals", "Before end of Q1",
                                  "next month", "quantiva", "I work at Acme"])
def test_sentences_and_lower_case_words_are_not_written_as_names(text: str) -> None:
    assert not shaped_like_a_name(text)


@pytest.mark.parametrize("text,name", [("before end of Q1", "company"), ("about 40 people", "company"),
                                       ("we are in berlin", "name"), ("around 60k for the year", "company")])
def test_an_answer_to_the_name_questions_read_as_another_value_is_no_name(text: str, name: str) -> None:
    assert names_something_else(text, read(text), name)


@pytest.mark.parametrize("text,name", [("Q1 Media", "company"), ("Spring Studio", "company"),
                                       ("quantiva", "company"), ("Inês Costa", "name"),
                                       ("before end of Q1", "timing")])
def test_a_name_or_an_answer_to_another_question_is_kept(text: str, name: str) -> None:
    assert not names_something_else(text, read(text), name)


@pytest.mark.parametrize("text, persona", [
    ("hi, I'm a student writing my thesis on B2B lead generation", "student"),
    ("Ciao! Sono una studentessa di economia a Bologna e sto scrivendo la tesi", "student"),
    ("hello, I'm looking for a job in marketing", "job_seeker"),
])
def test_who_a_visitor_is_read_from_free_text_is_heard_with_the_role_never_given(text: str, persona: str) -> None:
    hearing = hear(Attributes(), Heard(), read(text), text)
    assert hearing.given.persona is None and hearing.given.authority is None
    assert hearing.heard.attributes.persona == persona and "authority" in hearing.heard.names()
    assert hearing.heard.texts["authority"] == text


def test_who_a_visitor_is_said_to_another_question_is_heard_too() -> None:
    text = "I'm a student, I want to understand how lead gen works"
    hearing = hear(Attributes(), Heard(), read(text), text, answered="need", answer=read(text).merge(read(text, "need")))
    assert hearing.given.need is not None and hearing.given.persona is None
    assert hearing.heard.attributes.persona == "student"


def test_who_a_visitor_is_said_in_answer_to_the_role_question_is_given() -> None:
    text = "just a student, no company"
    hearing = hear(Attributes(), Heard(), read(text), text, answered="authority",
                   answer=read(text).merge(read(text, "authority")))
    assert hearing.given.persona == "student" and hearing.heard.attributes.persona is None


def test_a_heard_persona_is_given_only_when_the_role_is_confirmed_and_forgotten_with_it() -> None:
    text = "hi, I'm a student in Berlin"
    heard = hear(Attributes(), Heard(), read(text), text).heard
    given, left = confirm(Attributes(), heard, ["location"])
    assert given.persona is None and left.attributes.persona == "student"
    given, left = confirm(Attributes(), heard, ["authority"])
    assert given.persona == "student" and left.attributes.persona is None
    assert heard.forget(["authority"]).attributes.persona is None


def test_a_persona_beside_a_role_already_given_is_heard_not_taken_as_a_correction() -> None:
    given = read("I'm the head of marketing", "authority")
    text = "we're a competitor of yours, just curious"
    hearing = hear(given, Heard(), read(text), text)
    assert hearing.given.persona is None and hearing.corrected == ()
    assert hearing.heard.attributes.persona == "competitor"
