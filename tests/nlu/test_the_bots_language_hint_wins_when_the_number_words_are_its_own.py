"""With the bot's language as the hint, an answer whose number words are that language's own keeps it, though
lingua's low-accuracy mode is sure of a neighbour: "entre quarenta e cinquenta mil por ano" was read as Italian at the
Portuguese bot ("quaranta", "cinquanta" are a letter away) and gave no budget. Near misses: the number words of
another language (the visitor switched), or words a hinted language shares with the detected one only, leave
lingua's reading."""

from __future__ import annotations

import pytest

from nlu import extract
from nlu.language import language

NOW = "2026-12-05"


@pytest.mark.parametrize("text, hint", [
    ("entre quarenta e cinquenta mil por ano", "pt"),
    ("quarenta a cinquenta mil por ano", "pt"),
    ("entre cuarenta y cincuenta mil al año", "es"),
    ("tra quaranta e cinquanta mila per anno", "it"),
    ("tussen veertig en vijftigduizend per jaar", "nl"),
    ("zwischen vierzig und fünfzigtausend im Jahr", "de"),
    ("entre quarante et cinquante mille par an", "fr"),
])
def test_the_hinted_language_with_its_own_number_words_is_kept(text: str, hint: str) -> None:
    assert language(text, hint=hint).code == hint


def test_a_range_in_portuguese_words_at_the_portuguese_bot_is_its_budget() -> None:
    budget = extract("entre quarenta e cinquenta mil por ano", field="budget", now=NOW, lang="pt").budget
    assert budget is not None and (budget.min, budget.max, budget.period) == (40000, 50000, "year")


@pytest.mark.parametrize("text, hint, read", [
    ("tra quaranta e cinquanta mila per anno", "pt", "it"),     # Italian number words: the visitor wrote Italian
    ("entre cuarenta y cincuenta mil al año", "pt", "es"),
    ("entre quarante et cinquante mille par an", "it", "fr"),
    ("tussen veertig en vijftigduizend per jaar", "de", "nl"),
    ("zwischen vierzig und fünfzigtausend im Jahr", "nl", "de"),
])
def test_another_languages_number_words_leave_lingua_its_reading(text: str, hint: str, read: str) -> None:
    assert language(text, hint=hint).code == read


def test_one_shared_number_word_does_not_keep_the_hint() -> None:
    # only "mil" is Spanish here (Portuguese's too): the Spanish hint has no reason to be kept
    assert language("entre quarenta e cinquenta mil por ano", hint="es").code != "es"
