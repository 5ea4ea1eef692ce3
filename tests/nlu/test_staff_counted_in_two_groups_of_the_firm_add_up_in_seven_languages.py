"""Company size: staff counted in two groups of the same firm add up, the second group named by where in the firm it
works ("60 riders plus 5 in the office" is 65, played in the product where it read 60), in the seven languages.
Freelancers and contractors said the same way stay outside the staff (the existing rule), and a count of things at a
workplace ("5 trucks in the depot") is no people."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


@pytest.mark.parametrize(("text", "lang"), [
    ("60 riders plus 5 in the office", "en"),
    ("we have 60 couriers and 5 people at HQ", "en"),
    ("60 Fahrer plus 5 im Büro", "de"),
    ("60 livreurs plus 5 au bureau", "fr"),
    ("60 repartidores más 5 en la oficina", "es"),
    ("60 rider più 5 in ufficio", "it"),
    ("60 entregadores mais 5 no escritório", "pt"),
    ("60 bezorgers plus 5 op kantoor", "nl"),
])
@pytest.mark.parametrize("field", [None, "company_size"])
def test_staff_in_the_field_and_at_a_workplace_add_up(text: str, lang: str, field: str | None) -> None:
    size = extract(text, field, now=NOW, lang=lang).company_size
    assert size is not None and (size.min, size.max) == (65, 65)


@pytest.mark.parametrize(("text", "lang"), [
    ("60 riders plus 20 freelancers", "en"),
    ("60 drivers plus 20 contractors", "en"),
    ("60 drivers, 5 trucks in the depot", "en"),
    ("we have 60 drivers and 5 trucks in the depot", "en"),
])
def test_freelancers_contractors_or_things_at_a_workplace_are_no_staff(text: str, lang: str) -> None:
    size = extract(text, None, now=NOW, lang=lang).company_size
    assert size is not None and (size.min, size.max) == (60, 60)


def test_a_group_in_the_field_and_one_in_the_office_still_add_up() -> None:
    size = extract("12 techs in the field and 4 in the office", None, now=NOW, lang="en").company_size
    assert size is not None and (size.min, size.max) == (16, 16)


@pytest.mark.parametrize("field", [None, "company_size"])
def test_more_staff_added_after_now_are_no_correction_of_the_count(field: str | None) -> None:
    # persona set 15 (omar): the 5 admin staff replaced the 20 agents, read as a correction
    size = extract("20 agents now plus 5 admin staff, we were 12 in January", field, now=NOW, lang="en").company_size
    assert size is not None and (size.min, size.max) == (25, 25)


def test_a_count_corrected_after_now_is_still_the_correction() -> None:
    size = extract("we're 30 now, actually 35", "company_size", now=NOW, lang="en").company_size
    assert size is not None and (size.min, size.max) == (35, 35)
