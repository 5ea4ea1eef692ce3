"""A firm named first, then facts, at the company question is the company, and its words move no place given (issue 14).

Played on make run: "Brightsmile, 3 clinics in austin texas, about 45 staff" to "Which company are you with?" heard
the size and the place and asked the company again; "Clinica Sorriso, somos 12" (pt) did the same, and worse: Porto,
confirmed before, became "Sorriso, Brasil" (a town in Mato Grosso), said back as a correction. The reply was not
taken as the company because, as a whole, it is not written as a name and it states other values; and a reply not
taken as its question's answer corrected every value it named. Now a name of two words or more in a clause of its
own before the facts, read alone as nothing else, is the company, in the seven languages; and what only the words of
the name a reply to the company or name question gives spell is no value of theirs (what the rest says is read as
before: set 15's luke put his budget right beside his name, in words of his own).

Near misses: a place, a date, a role or a person before the comma ("New York, we are 12", "Next Month, ...",
"Marketing Manager, ...", "Tom Baker, ...") is no company.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.actions.language import speaking
from tests.bot.test_form import playbook, tracker, validate  # noqa: F401 (fixture)

GIVEN = {"need": {"summary": "more leads", "categories": ["lead_generation"]}, "industry": "healthcare"}
IN_PORTO = {**GIVEN, "location": {"country": "PT", "city": "Porto"}}

NAMED_FIRST = [
    ("en", "Brightsmile Dental, 3 clinics in austin texas, about 45 staff", "Brightsmile Dental", 45),
    ("pt", "Clinica Sorriso, somos 12", "Clinica Sorriso", 12),
    ("de", "Holzbau Keller GmbH, wir sind 30 Leute", "Holzbau Keller GmbH", 30),
    ("fr", "Cabinet Martin Avocats, on est 35", "Cabinet Martin Avocats", 35),
    ("es", "Inmobiliaria Turia, somos 15 personas", "Inmobiliaria Turia", 15),
    ("it", "Ristorante Da Gino, siamo in 12", "Ristorante Da Gino", 12),
    ("nl", "Bakkerij De Vries, we zijn met 20 mensen", "Bakkerij De Vries", 20),
]
NO_FIRM_FIRST = [
    ("en", "New York, we are 12"),
    ("pt", "Sao Paulo, somos 12"),
    ("en", "Next Month, we are 12"),
    ("en", "Marketing Manager, 12 people"),
    ("en", "Tom Baker, 12 people"),
]


def at_the_company_question(lang: str, said: str, given: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any],
                                                                                   list[str]]:
    with speaking(lang):
        slots, texts, _ = validate(tracker(said, requested="company", attributes=given, language=lang))
    return slots.get("attributes") or given, (slots.get("heard") or {}).get("attributes") or {}, texts


@pytest.mark.parametrize(("lang", "said", "company", "size"), NAMED_FIRST)
def test_a_firm_named_first_is_the_company_and_the_facts_after_it_are_heard(
        lang: str, said: str, company: str, size: int) -> None:
    given, heard, texts = at_the_company_question(lang, said, GIVEN)
    assert given.get("company") == company, (given, texts)
    assert (heard.get("company_size") or given.get("company_size") or {}).get("min") == size, (heard, texts)


@pytest.mark.parametrize(("lang", "said"), NO_FIRM_FIRST)
def test_a_place_a_date_a_role_or_a_person_before_the_comma_is_no_company(lang: str, said: str) -> None:
    given, _, texts = at_the_company_question(lang, said, GIVEN)
    assert not given.get("company"), (given, texts)


@pytest.mark.parametrize("said", ["Clinica Sorriso, somos 12", "Sorriso, somos 12", "Clinica Sorriso"])
def test_a_place_the_firms_name_spells_moves_no_place_given(said: str) -> None:
    given, _, texts = at_the_company_question("pt", said, IN_PORTO)
    assert given.get("location") == IN_PORTO["location"], (given, texts)


def test_a_place_said_as_a_correction_beside_the_firm_still_puts_it_right() -> None:
    given, _, texts = at_the_company_question("en", "Clinica Sorriso, and actually we're in Lisbon, not Porto",
                                              IN_PORTO)
    assert (given.get("location") or {}).get("city") == "Lisbon", (given, texts)


def test_a_sum_put_right_after_the_firm_in_words_of_its_own_still_puts_it_right() -> None:
    """Set 15's luke, at the name question: "Luke Camilleri. oh and scratch the 2k, my wife says we can do 3k a month"."""
    budget = {"min": 2000, "max": 2000, "currency": "EUR", "period": "month", "status": "stated"}
    given, _, texts = at_the_company_question(
        "en", "Clinica Sorriso. oh and scratch the 2k, my wife says we can do 3k a month", {**IN_PORTO, "budget": budget})
    assert (given.get("budget") or {}).get("min") == 3000, (given, texts)
    assert given.get("location") == IN_PORTO["location"], (given, texts)
