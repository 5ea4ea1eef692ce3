"""A short yes that belongs to one language ("jo", "isso", "klopt", "c'est bien ça") is a yes in that language's
conversation, alone or before a pause; where the same letters are something else elsewhere ("Jo" a name in English,
"isso" the start of a Portuguese sentence, "exact" an English adjective) it is no yes (issue 14, persona set 9:
andrea's "jo" and rogério's "isso" at a confirmation were asked again)."""

from __future__ import annotations

import pytest

from nlu.replies import yes_or_no


@pytest.mark.parametrize(("text", "lang"), [
    ("jo", "de"), ("Jo!", "de"), ("jep", "de"), ("stimmt", "de"), ("stimmt so", "de"), ("passt", "de"),
    ("jo, passt", "de"), ("c'est ça", "fr"), ("c'est bien ça !", "fr"), ("exact", "fr"), ("voilà", "fr"),
    ("correcto", "es"), ("eso es", "es"), ("así es", "es"), ("isso", "pt"), ("isso mesmo!", "pt"), ("é isso aí", "pt"),
    ("certo", "pt"), ("exatamente", "pt"), ("giusto", "it"), ("esattamente", "it"), ("proprio così", "it"),
    ("precies", "nl"), ("inderdaad", "nl"), ("dat klopt", "nl"), ("jep", "nl"),
])
def test_a_bare_yes_of_the_conversations_language_is_a_yes(text: str, lang: str) -> None:
    assert yes_or_no(text, lang=lang) == "yes"


@pytest.mark.parametrize(("text", "lang"), [
    ("Jo", "en"), ("exact", "en"), ("isso", "en"), ("precies", "de"),
    ("isso custa uns 5 mil por mês", "pt"), ("richtig teuer war das", "de"), ("exact 20 personnes", "fr"),
    ("giusto per capire, quanto costa?", "it"), ("precies 40 mensen in dienst hier bij ons", "nl"),
])
def test_the_same_letters_in_another_language_or_leading_a_sentence_are_no_yes(text: str, lang: str) -> None:
    assert yes_or_no(text, lang=lang) != "yes"
