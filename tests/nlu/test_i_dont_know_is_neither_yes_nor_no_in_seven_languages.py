"""nlu.replies: "I don't know" alone is neither a yes nor a no, in the seven languages: "I don't know" was read as a no
(the "I don't" of a no), "I do not know" as a yes (the "I do" of a yes), "ich weiß es nicht" and "ik weet het niet" as
nothing. They are "unsure" now, and ``knows_not`` says so for the form. Near misses: a no said with "I don't" of
something else ("I don't", "no, I don't know him") stays a no (addendum, issue 14)."""

from __future__ import annotations

import pytest

from nlu.replies import knows_not, yes_or_no


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "I don't know"), ("en", "i dont know"), ("en", "I do not know"), ("en", "sorry, I don't know"),
    ("de", "weiß nicht"), ("de", "ich weiß es nicht"), ("de", "keine Ahnung"),
    ("fr", "je ne sais pas"), ("fr", "aucune idée"),
    ("es", "no sé"), ("es", "no lo sé"),
    ("it", "non lo so"), ("it", "non so"),
    ("pt", "não sei"), ("pt", "sei lá"),
    ("nl", "weet ik niet"), ("nl", "ik weet het niet"),
])
def test_i_dont_know_alone_is_unsure_not_yes_or_no(lang: str, text: str) -> None:
    assert yes_or_no(text, lang=lang) == "unsure"
    assert knows_not(text)


@pytest.mark.parametrize(("lang", "text", "answer"), [
    ("en", "I don't", "no"), ("en", "no", "no"), ("en", "no, I don't know him", "no"), ("de", "nein", "no"),
    ("en", "I do", "yes"), ("fr", "oui", "yes"),
])
def test_a_plain_yes_or_no_is_still_read_and_is_no_dont_know(lang: str, text: str, answer: str) -> None:
    assert yes_or_no(text, lang=lang) == answer
    assert not knows_not(text)


def test_i_dont_know_before_a_figure_is_no_no() -> None:
    assert yes_or_no("I don't know, maybe 10k", lang="en") != "no"
