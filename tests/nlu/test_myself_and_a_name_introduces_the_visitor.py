""""Myself Karthik", the Indian English way to say "I am Karthik", names the visitor (lost: batch_47). The other six
languages have no such form (their "I am" is read already). "Myself" inside a sentence ("I run it myself") names nobody."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-03"


@pytest.mark.parametrize(("text", "name"), [
    ("Hello team, myself Karthik, we are IT consulting company with two hundred employees in Bangalore.", "Karthik"),
    ("Myself Priya Sharma from Pune, we need SEO for our clinic", "Priya Sharma"),
    ("hi, myself Rahul, need leads for my coaching institute", "Rahul"),
])
def test_myself_and_a_name_names_the_visitor(text: str, name: str) -> None:
    assert extract(text, None, now=NOW).name == name


@pytest.mark.parametrize("text", [
    "I run the whole shop myself Monday to Friday",
    "we built the site ourselves, I did the SEO myself",
])
def test_myself_inside_a_sentence_names_nobody(text: str) -> None:
    assert extract(text, None, now=NOW).name is None
