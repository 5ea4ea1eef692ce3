"""Staff counted role by role add up to the company's size ("3 vets and 6 nurses" is 9, "2 partners, 4 associates
and a receptionist" 7), one role alone is the size ("we're 3 vets", "8 profs"), in seven languages; people the
visitor serves, wants to hire or names as things are no staff."""

import pytest

from nlu import extract

NOW = "2026-12-03"


@pytest.mark.parametrize("text, lang, heads", [
    ("we have 3 vets and 6 nurses", "en", 9),
    ("3 vets and 6 nurses", "en", 9),
    ("we're a small practice: 2 partners, 4 associates and a receptionist", "en", 7),
    ("small dental clinic, 4 dentists, 3 hygienists and 2 receptionists", "en", 9),
    ("wir sind 3 Tierärzte und 6 Pflegekräfte", "de", 9),
    ("on est une clinique vétérinaire avec 3 vétérinaires et 6 assistantes", "fr", 9),
    ("somos una clínica con 3 veterinarios y 6 auxiliares", "es", 9),
    ("siamo 3 veterinari e 6 infermieri", "it", 9),
    ("we zijn een praktijk met 3 dierenartsen en 6 assistenten", "nl", 9),
    ("somos uma clínica com 3 veterinários e 6 enfermeiros", "pt", 9),
])
def test_staff_listed_role_by_role_add_up(text, lang, heads):
    assert extract(text, lang=lang, now=NOW).company_size.min == heads


@pytest.mark.parametrize("text, lang, heads", [
    ("we're 3 vets", "en", 3),
    ("a practice of 3 vets", "en", 3),
    ("ok. on est une école de langues à Lyon, 8 profs, on voudrait plus d'inscriptions", "fr", 8),
    ("we're 4 sparkies in Limerick", "en", 4),
])
def test_one_role_alone_is_the_size(text, lang, heads):
    assert extract(text, lang=lang, now=NOW).company_size.min == heads


def test_at_the_size_question_the_roles_add_up():
    assert extract("2 partners, 4 associates and a receptionist", field="company_size", now=NOW).company_size.min == 7


@pytest.mark.parametrize("text", [
    "we look after 30 vets across the region",
    "our clients are 3 vets and 6 dentists",
    "we need 2 vets and a receptionist",
    "we have 3 printers and 6 computers",
])
def test_people_served_wanted_or_things_are_no_staff(text):
    assert extract(text, now=NOW).company_size is None
