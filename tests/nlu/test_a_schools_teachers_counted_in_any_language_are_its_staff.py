"""A school's teachers, trainers or nurses counted in Portuguese, Italian or Dutch are its staff, as "30 profesores",
"30 teachers" and "40 Pflegekräfte" were: "uns 30 professores" (a language school in Curitiba), "30 insegnanti" and
"30 docenten" gave no size (the lead's visitor plays, issue 14). Near misses: the pupils and course takers counted are
no staff."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-05"


@pytest.mark.parametrize(("text", "lang", "heads"), [
    ("a gente tem uma escola de idiomas em Curitiba, uns 30 professores", "pt", 30),
    ("somos uma escola com 12 professoras", "pt", 12),
    ("temos 20 enfermeiras", "pt", 20),
    ("abbiamo 30 insegnanti", "it", 30),
    ("la scuola ha 5 maestre", "it", 5),
    ("we hebben 30 docenten", "nl", 30),
    ("tenemos 30 profesores", "es", 30),
    ("we have 30 teachers", "en", 30),
])
def test_the_teachers_are_the_head_count(text: str, lang: str, heads: int) -> None:
    size = extract(text, now=NOW, lang=lang).company_size
    assert size is not None and (size.min, size.max) == (heads, heads), size


@pytest.mark.parametrize(("text", "lang"), [("abbiamo 300 studenti", "it"), ("we hebben 30 cursisten", "nl"),
                                            ("temos 300 alunos", "pt")])
def test_the_pupils_are_no_staff(text: str, lang: str) -> None:
    assert extract(text, now=NOW, lang=lang).company_size is None
