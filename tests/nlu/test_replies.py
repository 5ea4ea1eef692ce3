"""Short replies: a yes said the way people say it, in the seven languages (persona set 8, playing the product)."""

import pytest

from nlu.replies import carries_on, yes_or_no


@pytest.mark.parametrize("text, lang", [
    # Scottish and Northern English, Irish, British
    ("aye", "en"), ("Aye", "en"), ("aye, that's fine", "en"), ("aye, that's right", "en"), ("aye aye captain", "en"),
    ("aye go on", "en"), ("yeah go on", "en"), ("go on then", "en"), ("righto", "en"), ("right-o", "en"),
    ("rightio!", "en"), ("sound", "en"), ("sound, go ahead", "en"), ("that's grand", "en"),
    # the other six
    ("ja hoor", "nl"), ("jazeker", "nl"), ("ja gerne", "de"), ("jawohl", "de"), ("claro que sí", "es"),
    ("vale", "es"), ("certo", "it"), ("volentieri", "it"), ("volontiers", "fr"), ("avec plaisir", "fr"),
    ("com certeza", "pt"), ("com prazer", "pt"), ("con mucho gusto", "es"), ("met plezier", "nl"),
])
def test_a_yes_said_the_way_people_say_it_is_a_yes(text, lang):
    assert yes_or_no(text, lang=lang) == "yes"


@pytest.mark.parametrize("text", ["eye", "I", "i", "my eye", "sounds", "the sound engineer", "right", "grand total 5k",
                                  "volontiers non", "certo che no"])
def test_a_word_that_sounds_like_a_yes_is_none(text):
    assert yes_or_no(text, lang="en") != "yes"


@pytest.mark.parametrize("text", ["aye, that's fine", "aye, that's right", "Aye - that's correct", "that's right",
                                  "yeah go on", "aye, go ahead", "righto, carry on", "sound, go ahead"])
def test_a_yes_with_an_agreeing_idiom_or_a_word_to_go_on_carries_on(text):
    assert carries_on(text)


@pytest.mark.parametrize("text", ["aye, 34 of us", "that's right, we're in Leeds", "eye", "aye"])
def test_a_yes_with_something_said_or_a_bare_yes_is_no_mere_carrying_on(text):
    assert not carries_on(text)
