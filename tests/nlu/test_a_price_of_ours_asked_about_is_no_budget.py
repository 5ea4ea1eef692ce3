"""A price of ours the visitor asks about ("is your enterprise tier really $48k a year? that's what a colleague told
me", "kostet euer Paket wirklich 48.000 € im Jahr?") is no budget of theirs, in seven languages, even when a sentence
after it says where they heard it; their own figure, said as theirs, still is."""

import pytest

from nlu import extract

NOW = "2026-12-04"


@pytest.mark.parametrize("text, lang", [
    ("is your enterprise tier really $48k a year? that's what a colleague told me", "en"),
    ("is ur pro tier 500/month?? thats what i heard", "en"),
    ("does your enterprise licence really cost 30k a year? that's what our CFO read", "en"),
    ("kostet euer Enterprise-Paket wirklich 48.000 € im Jahr? Das hat mir ein Kollege erzählt", "de"),
    ("votre offre entreprise coûte vraiment 48 000 € par an ? c'est ce qu'un collègue m'a dit", "fr"),
    ("¿su plan enterprise cuesta de verdad 48.000 € al año? eso me dijo un colega", "es"),
    ("o vosso plano enterprise custa mesmo 48.000 € por ano? foi o que um colega me disse", "pt"),
    ("il vostro piano enterprise costa davvero 48.000 € l'anno? me l'ha detto un collega", "it"),
    ("kost jullie enterprise-pakket echt 48.000 euro per jaar? dat zei een collega", "nl"),
])
def test_a_price_asked_about_is_no_budget(text, lang):
    assert extract(text, lang=lang, now=NOW).budget is None


@pytest.mark.parametrize("text, lang, amount", [
    ("our budget is 48k a year, what does your enterprise tier cost?", "en", 48000),
    ("can we do 3k/mo? thats all we have", "en", 3000),
    ("can we do 3k/mo? that's what we have", "en", 3000),
    ("kostet das wirklich so viel? Wir haben 20.000 € im Jahr", "de", 20000),
])
def test_the_visitors_own_figure_is_still_the_budget(text, lang, amount):
    assert extract(text, lang=lang, now=NOW).budget.min == amount
