"""Replies: the short yeses of the regions visitors write from are a yes at a confirmation (persona set 12: a
confirmation answered so was asked again): Singapore's "can", "can lah", "sure can" (and "cannot" a no), New Zealand's
and Australia's "sweet as", "too right", Scotland's "aye", Belgium's "allez", "allez, oui", Portugal's "pois", "pois é",
and "passt", "dale", "certo", "yep hoor". Each only as the whole reply, and in its own language: "can you call me?",
"allez, on fait des meubles", "pois não sei" say more, and "pois" in English or "allez" in German is no yes."""

from __future__ import annotations

import pytest

from nlu.replies import yes_or_no


@pytest.mark.parametrize(("text", "lang"), [
    ("can", "en"), ("can lah", "en"), ("can can", "en"), ("sure can", "en"), ("sweet as", "en"), ("sweet as, thanks", "en"),
    ("too right", "en"), ("aye", "en"), ("allez", "fr"), ("allez, oui", "fr"), ("pois", "pt"), ("pois é", "pt"),
    ("passt", "de"), ("dale", "es"), ("certo", "pt"), ("certo", "it"), ("yep hoor", "nl"),
])
def test_a_regions_short_yes_is_a_yes(text: str, lang: str) -> None:
    assert yes_or_no(text, lang=lang) == "yes"


@pytest.mark.parametrize("text", ["cannot", "cannot lah", "no can"])
def test_singapores_cannot_is_a_no(text: str) -> None:
    assert yes_or_no(text, lang="en") == "no"


@pytest.mark.parametrize(("text", "lang"), [
    ("can you call me?", "en"), ("can we do tuesday", "en"), ("sweet as budget", "en"), ("allez, on fait des meubles", "fr"),
    ("pois não sei", "pt"), ("pois", "en"), ("allez", "de"),
])
def test_the_same_words_with_more_or_in_another_language_are_no_yes(text: str, lang: str) -> None:
    assert yes_or_no(text, lang=lang) is None
