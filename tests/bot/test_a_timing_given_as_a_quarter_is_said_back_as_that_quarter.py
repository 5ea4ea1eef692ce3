"""A start the visitor gave as a quarter is said back as that quarter, never as a month (issue 14).

"in Q1", "im ersten Quartal", "au premier trimestre" were said back as "a start in February 2027": the extractor
dates a quarter by a day in its middle, and the day was said back by its month, a month nobody named. The visitor's
words are read for the quarter they name; said back, it is the quarter in their language's way of writing it.
Near misses: a month said is still its month, and a quarter named about something else ("our Q4 sales were bad")
leaves a start in another quarter said back by its month.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.actions import form
from bot.actions.language import speaking
from bot.actions.phrasing import describe
from nlu.attributes import Attributes, Timing
from tests.bot.test_form import tracker, validate

IN_Q1 = Attributes(timing=Timing(horizon_days=71, target_date="2027-02-14"))
END_OF_Q3 = Attributes(timing=Timing(horizon_days=299, target_date="2027-09-30"))
IN_MARCH = Attributes(timing=Timing(horizon_days=101, target_date="2027-03-16"))

# The visitor's words for "in the first quarter" in each language, and the quarter as said back.
FIRST_QUARTER = {
    "en": ("we want to start in Q1", "Q1 2027"),
    "de": ("im ersten Quartal", "1. Quartal 2027"),
    "fr": ("au premier trimestre", "1er trimestre 2027"),
    "es": ("en el primer trimestre", "1.er trimestre de 2027"),
    "it": ("nel primo trimestre", "1º trimestre del 2027"),
    "pt": ("no primeiro trimestre", "1º trimestre de 2027"),
    "nl": ("in het eerste kwartaal", "1e kwartaal van 2027"),
}
END_OF_THIRD = {
    "en": ("by the end of Q3", "Q3 2027"),
    "de": ("bis Ende des dritten Quartals", "3. Quartal 2027"),
    "fr": ("d'ici la fin du T3", "3e trimestre 2027"),
    "es": ("antes de que acabe el tercer trimestre", "3.er trimestre de 2027"),
    "it": ("entro la fine del terzo trimestre", "3º trimestre del 2027"),
    "pt": ("até ao fim do 3º trimestre", "3º trimestre de 2027"),
    "nl": ("voor het einde van Q3", "3e kwartaal van 2027"),
}
MONTHS = {"en": "February", "de": "Februar", "fr": "février", "es": "febrero", "it": "febbraio", "pt": "fevereiro",
          "nl": "februari"}
# The quarter to come, named without its number.
NEXT_QUARTER = {"en": "next quarter", "de": "nächstes Quartal", "fr": "le trimestre prochain",
                "es": "el próximo trimestre", "it": "il prossimo trimestre", "pt": "no próximo trimestre",
                "nl": "volgend kwartaal"}


@pytest.fixture(autouse=True)
def no_drafts(monkeypatch: pytest.MonkeyPatch) -> None:
    async def nothing(*_: Any, **__: Any) -> None:
        return None
    monkeypatch.setattr(form, "save_draft", nothing)


@pytest.mark.parametrize("lang", list(FIRST_QUARTER))
def test_a_start_in_a_quarter_is_said_back_as_the_quarter(lang: str) -> None:
    said, quarter = FIRST_QUARTER[lang]
    with speaking(lang):
        back = describe("timing", IN_Q1, said)
    assert back is not None and quarter in back and MONTHS[lang].casefold() not in back.casefold(), back


@pytest.mark.parametrize("lang", list(END_OF_THIRD))
def test_a_start_by_the_end_of_a_quarter_is_said_back_as_the_quarters_end(lang: str) -> None:
    said, quarter = END_OF_THIRD[lang]
    with speaking(lang):
        back = describe("timing", END_OF_Q3, said)
    assert back is not None and quarter in back, back
    with speaking(lang):
        assert back != describe("timing", END_OF_Q3), "said back as the month's end"


@pytest.mark.parametrize("lang", list(NEXT_QUARTER))
def test_the_next_quarter_is_said_back_as_a_quarter(lang: str) -> None:
    with speaking(lang):
        back = describe("timing", IN_Q1, NEXT_QUARTER[lang])
    assert back is not None and FIRST_QUARTER[lang][1] in back, back


def test_a_brazilian_visitor_hears_the_quarter_in_brazilian_portuguese() -> None:
    with speaking("pt-BR"):
        back = describe("timing", END_OF_Q3, "até o fim do terceiro trimestre")
    assert back == "um início até o fim do 3º trimestre de 2027", back


@pytest.mark.parametrize(("said", "back"), [
    ("in March", "a start in March 2027"),
    ("our Q4 sales were bad, so we start in March", "a start in March 2027"),
    ("a quarter of our budget goes to ads, we start in March", "a start in March 2027"),
    (None, "a start in March 2027"),
])
def test_a_month_or_a_quarter_named_about_something_else_is_said_back_as_the_month(said: str | None,
                                                                                    back: str) -> None:
    assert describe("timing", IN_MARCH, said) == back


@pytest.mark.parametrize("lang", list(FIRST_QUARTER))
def test_a_quarter_heard_beside_the_need_is_said_back_as_the_quarter(lang: str) -> None:
    needs = {"en": "we need more leads from SEO, starting", "de": "wir brauchen mehr Leads über SEO, Start",
             "fr": "il nous faut plus de leads via le SEO, démarrage", "es": "necesitamos más leads con SEO y queremos empezar",
             "it": "ci servono più contatti con la SEO, partenza", "pt": "precisamos de mais leads com SEO e queremos começar",
             "nl": "we hebben meer leads via SEO nodig, starten"}
    text = f"{needs[lang]} {FIRST_QUARTER[lang][0].removeprefix('we want to start ')}"
    with speaking(lang):
        slots, said, _ = validate(tracker(text, requested="need", attributes={}))
    spoken = " ".join(said)
    assert FIRST_QUARTER[lang][1] in spoken and MONTHS[lang].casefold() not in spoken.casefold(), (text, said)
