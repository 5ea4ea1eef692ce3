"""nlu.replies: "c'est juste" said to the bot's summary is a yes, as are the other short statements that what was said
back is right, in the seven languages ("c'est bien ça", "klopt helemaal", "stimmt so", "passt so", "è giusto", "esatto
così", "está certo", "isso mesmo", "así es", "es correcto", "that's right", "spot on"): sébastien's "c'est juste" at
the confirmation was asked again twice (fifteenth persona set). Near misses: the same words opening a sentence of
their own ("c'est juste une question", "just a question", "juste un instant") are no reply (issue 14)."""

from __future__ import annotations

import pytest

from nlu.replies import bare_reply, yes_or_no


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "that's right"), ("en", "that is correct"), ("en", "spot on"), ("en", "bang on"), ("en", "quite right"),
    ("en", "yes that's correct"), ("en", "that's all correct"),
    ("de", "stimmt so"), ("de", "passt so"), ("de", "das stimmt"), ("de", "ist richtig"), ("de", "alles korrekt"),
    ("de", "ja, das ist richtig"),
    ("fr", "c'est juste"), ("fr", "C'est juste."), ("fr", "oui c'est juste"), ("fr", "c'est bien ça"), ("fr", "exactement"),
    ("fr", "c'est correct"), ("fr", "tout est juste"),
    ("es", "así es"), ("es", "correcto"), ("es", "es correcto"), ("es", "está bien así"), ("es", "todo correcto"),
    ("es", "eso mismo"),
    ("pt", "está certo"), ("pt", "isso mesmo"), ("pt", "é isso mesmo"), ("pt", "está correto"), ("pt", "tudo correto"),
    ("pt", "certíssimo"),
    ("it", "è giusto"), ("it", "esatto così"), ("it", "è corretto"), ("it", "tutto giusto"), ("it", "proprio così"),
    ("nl", "klopt helemaal"), ("nl", "dat klopt"), ("nl", "alles klopt"), ("nl", "dat is juist"), ("nl", "dat is correct"),
    ("nl", "ja, klopt zo"),
])
def test_a_short_statement_that_it_is_right_is_a_yes(lang: str, text: str) -> None:
    assert yes_or_no(text, lang=lang) == "yes"
    assert bare_reply(text, lang=lang) == "yes"


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "c'est juste une question"), ("fr", "juste un instant"), ("fr", "c'est juste pour savoir"),
    ("en", "just a question"), ("en", "spot on the map, where are you?"),
    ("de", "stimmt so nicht ganz"), ("de", "richtig viel Arbeit"),
    ("es", "es correcto el precio?"), ("es", "eso mismo nos pasó el año pasado"),
    ("pt", "está certo que custa 2 mil?"), ("pt", "isso mesmo aconteceu com a gente"),
    ("it", "è giusto chiedere il prezzo?"), ("it", "proprio così male"),
    ("nl", "dat klopt niet"), ("nl", "klopt het dat jullie in Gent zitten?"),
])
def test_the_same_words_opening_a_sentence_of_their_own_are_no_yes(lang: str, text: str) -> None:
    assert yes_or_no(text, lang=lang) != "yes"
    assert bare_reply(text, lang=lang) is None
