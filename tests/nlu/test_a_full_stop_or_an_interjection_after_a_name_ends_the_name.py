"""The name asked for ends at a full stop after a word, or at an interjection or a laugh typed after it in lower case
(issue 14, persona set 13: claire's "Claire Le Goff. Ah, et pour le budget, finalement ce sera soixante mille par an"
was stored as the name "Claire Le Goff. Ah"), in the seven languages. Near misses: a full stop after an initial or a
title is inside the name ("Mary J. Blige", "Dr. Ruth Okoye"); a capitalised surname that is also an interjection stays
("Min-jun Oh")."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("Claire Le Goff. Ah, et pour le budget, finalement ce sera soixante mille par an, le PDG a validé", "fr",
     "Claire Le Goff"),
    ("Claire Le Goff. Ah", "fr", "Claire Le Goff"), ("Claire Le Goff euh", "fr", "Claire Le Goff"),
    ("Tyler Kowalski lol", "en", "Tyler Kowalski"), ("Kate O'Brien. Oh and one more thing", "en", "Kate O'Brien"),
    ("Jonas Kienzle. Ach so, noch etwas", "de", "Jonas Kienzle"), ("Jonas Kienzle äh", "de", "Jonas Kienzle"),
    ("Lucía Hernández jajaja", "es", "Lucía Hernández"), ("Rafael Souza kkkk", "pt", "Rafael Souza"),
    ("Giulia Ferretti. Ah, dimenticavo", "it", "Giulia Ferretti"), ("Bas van der Zwet. Oh, nog iets", "nl", "Bas van der Zwet"),
])
def test_a_full_stop_or_an_interjection_after_the_name_ends_it(text: str, lang: str, name: str) -> None:
    assert extract(text, "name", now=NOW, lang=lang).name == name


@pytest.mark.parametrize("text", ["Mary J. Blige", "Dr. Ruth Okoye", "Min-jun Oh"])
def test_an_initial_a_title_or_a_capitalised_surname_stays_in_the_name(text: str) -> None:
    assert extract(text, "name", now=NOW, lang="en").name == text
