"""A start the visitor gave as a span is said back as that span, never as the month in its middle (issue 14).

"no rush, sometime next year" was said back as "a start in July 2027", "in spring" as April, "after the summer" as
September: the extractor dates a span by a day inside it, and the day was said back by its month, which the visitor
never named. A year, a half of the year and a season (or what is after or before it) are said back as named, in the
visitor's language; a month they named is still said as that month (as a quarter is, in
``test_a_timing_given_as_a_quarter_is_said_back_as_that_quarter``).
"""

from __future__ import annotations

import pytest

from bot.actions.language import speaking
from bot.actions.phrasing import describe
from nlu.attributes import Attributes, Timing


def _on(day: str) -> Attributes:
    return Attributes(timing=Timing(target_date=day))


MID_2027, MID_APRIL, MID_SEPTEMBER, END_OF_MAY = "2027-07-02", "2027-04-15", "2027-09-15", "2027-05-31"
NEXT_YEAR = {
    "en": ("no rush, sometime next year", "a start in 2027"), "de": ("nächstes Jahr", "ein Start im Jahr 2027"),
    "fr": ("l'année prochaine", "un démarrage en 2027"), "es": ("el año que viene", "un inicio en 2027"),
    "it": ("l'anno prossimo", "un avvio nel 2027"), "pt": ("no ano que vem", "um início em 2027"),
    "nl": ("volgend jaar", "een start in 2027"),
}
IN_SPRING = {
    "en": ("in spring", "a start in spring 2027"), "de": ("im Frühjahr", "ein Start im Frühjahr 2027"),
    "fr": ("au printemps", "un démarrage au printemps 2027"), "es": ("en primavera", "un inicio en la primavera de 2027"),
    "it": ("in primavera", "un avvio nella primavera del 2027"), "pt": ("na primavera", "um início na primavera de 2027"),
    "nl": ("in het voorjaar", "een start in het voorjaar van 2027"),
}
AFTER_THE_SUMMER = {
    "en": ("after the summer", "a start after summer 2027"), "de": ("nach dem Sommer", "ein Start nach dem Sommer 2027"),
    "fr": ("après l'été", "un démarrage après l'été 2027"),
    "es": ("después del verano", "un inicio después del verano de 2027"),
    "it": ("dopo l'estate", "un avvio dopo l'estate del 2027"), "pt": ("depois do verão", "um início depois do verão de 2027"),
    "nl": ("na de zomer", "een start na de zomer van 2027"),
}
BEFORE_THE_SUMMER = {
    "en": ("before the summer", "a start before summer 2027"), "de": ("vor dem Sommer", "ein Start vor dem Sommer 2027"),
    "fr": ("avant l'été", "un démarrage avant l'été 2027"), "es": ("antes del verano", "un inicio antes del verano de 2027"),
    "it": ("prima dell'estate", "un avvio prima dell'estate del 2027"),
    "pt": ("antes do verão", "um início antes do verão de 2027"), "nl": ("voor de zomer", "een start vóór de zomer van 2027"),
}
FIRST_HALF = {
    "en": ("in the first half of next year", "a start in the first half of 2027"),
    "de": ("im ersten Halbjahr", "ein Start im ersten Halbjahr 2027"),
    "fr": ("au premier semestre", "un démarrage au premier semestre 2027"),
    "es": ("en el primer semestre", "un inicio en el primer semestre de 2027"),
    "it": ("nel primo semestre", "un avvio nel primo semestre del 2027"),
    "pt": ("no primeiro semestre", "um início no primeiro semestre de 2027"),
    "nl": ("in de eerste helft van volgend jaar", "een start in de eerste helft van 2027"),
}


@pytest.mark.parametrize(("spans", "day"), [(NEXT_YEAR, MID_2027), (IN_SPRING, MID_APRIL),
                                            (AFTER_THE_SUMMER, MID_SEPTEMBER), (BEFORE_THE_SUMMER, END_OF_MAY),
                                            (FIRST_HALF, "2027-04-01")])
@pytest.mark.parametrize("lang", ["en", "de", "fr", "es", "it", "pt", "nl"])
def test_a_start_given_as_a_span_is_said_back_as_the_span(spans: dict[str, tuple[str, str]], day: str,
                                                           lang: str) -> None:
    said, back = spans[lang]
    with speaking(lang):
        assert describe("timing", _on(day), said) == back


def test_the_end_of_a_year_is_said_back_as_the_years_end() -> None:
    assert describe("timing", _on("2027-12-31"), "by the end of next year") == "a start by the end of 2027"


def test_a_brazilian_hears_the_years_end_in_brazilian_portuguese() -> None:
    with speaking("pt", "pt-BR"):
        assert describe("timing", _on("2027-12-31"), "até o fim do ano que vem") == "um início até o fim de 2027"


@pytest.mark.parametrize(("said", "day", "back"), [
    # A month named is said as the month, whatever span is named beside it.
    ("in May, before the summer", END_OF_MAY, "a start by the end of May 2027"),
    ("in May next year", "2027-05-16", "a start in May 2027"),
    ("sales fall in winter, so in January", "2027-01-16", "a start in January 2027"),
    ("im April, nächstes Jahr", MID_APRIL, "a start in April 2027"),
    # "may" the verb names no month.
    ("we may start next year", MID_2027, "a start in 2027"),
    # Weeks or months from now are no span of the calendar.
    ("in a few weeks", "2026-12-26", "a start in December 2026"),
    ("in about 3 months, next year", "2027-03-05", "a start in March 2027"),
    (None, MID_2027, "a start in July 2027"),
])
def test_a_month_named_or_a_time_from_now_is_said_back_as_before(said: str | None, day: str, back: str) -> None:
    assert describe("timing", _on(day), said) == back
