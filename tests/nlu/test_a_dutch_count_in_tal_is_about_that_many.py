"""A Dutch count in -tal ("een twintigtal", "zo'n vijftigtal") is about that many, as "une vingtaine" is.

Persona set 8's wouter answered the size question "een twintigtal" and heard "Sorry, dat heb ik niet begrepen"
three times: only "een tiental" was read.
"""

from __future__ import annotations

import pytest

from nlu import extract

NOW = "2026-12-04"


@pytest.mark.parametrize(("text", "count"), [
    ("een twintigtal", 20), ("zo'n vijftigtal mensen", 50), ("een honderdtal medewerkers", 100),
    ("we zijn met een dertigtal", 30), ("een vijftal mensen", 5), ("een vijftiental", 15),
])
def test_a_count_in_tal_at_the_size_question_is_about_that_many(text: str, count: int) -> None:
    size = extract(text, field="company_size", now=NOW, lang="nl").company_size
    assert size is not None and size.min == count


def test_in_free_text_too() -> None:
    size = extract("we zijn een koffiebranderij met een twintigtal mensen in Antwerpen", now=NOW, lang="nl").company_size
    assert size is not None and size.min == 20


@pytest.mark.parametrize("text", ["een getal", "het totaal", "een kwartaal", "het aantal klanten groeit"])
def test_other_words_in_tal_are_no_count(text: str) -> None:
    assert extract(text, field="company_size", now=NOW, lang="nl").company_size is None
