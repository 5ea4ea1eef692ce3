"""A goodbye is a message made only of leave-taking and the small words around it, in the seven languages
(``nlu.leaving``); a message that mentions a goodbye, or a word that greets as often as it leaves, is none."""

from __future__ import annotations

import pytest

from nlu.leaving import says_goodbye

GOODBYES = [
    # en
    "thanks, bye", "ok cheers, gotta run", "Bye!", "ok thank you so much, bye 👋", "gotta go, talk later",
    "sorry I have to run", "take care", "ttyl",
    # de
    "danke, tschüss", "Vielen Dank, auf Wiedersehen", "ich muss los", "ok, bis später",
    # fr
    "merci, au revoir", "merci beaucoup, bonne journée", "à plus", "je dois y aller",
    # es
    "gracias, adiós", "vale, hasta luego", "me tengo que ir", "chao",
    # it
    "grazie, ciao", "grazie mille, arrivederci", "devo scappare", "a presto",
    # nl
    "bedankt, doei", "oké, tot ziens", "ik moet gaan", "dank je wel, fijne dag",
    # pt
    "obrigada, tchau", "obrigado, até logo", "tenho que ir agora", "valeu, falou",
]

NOT_GOODBYES = [
    # A greeting that may be either, alone.
    "ciao", "salut", "servus", "hi", "hallo",
    # A goodbye mentioned in an answer, or a name that holds one.
    "we need to say goodbye to cold calling", "bye-bye to our agency, we need leads", "Adios Media",
    "Tot Ziens BV is our company", "goodbye agency ltd",
    # Times and dates, thanks alone, a yes.
    "later", "later this year", "see you at 3pm", "thanks", "ok", "yes", "danke", "obrigada",
    # Contact details with a goodbye: an answer first.
    "my email is ana@firm.pt, bye",
]


@pytest.mark.parametrize("text", GOODBYES)
def test_a_message_that_only_takes_leave_is_a_goodbye(text: str) -> None:
    assert says_goodbye(text)


@pytest.mark.parametrize("text", NOT_GOODBYES)
def test_a_message_that_says_more_or_greets_is_no_goodbye(text: str) -> None:
    assert not says_goodbye(text)
