"""An adverb between "we are" and the count keeps the count a head count, in the seven languages: "oh wacht, we zijn
eigenlijk met 40" gave no company size (at the timing question and with no question) while "we zijn met 40" and "we are
actually 40" did, because the rewrite into English leaves "we are actually met 40" and a foreign adverb ("we are
désormais 40", "we are ormai in 40") that the reading of "we are <count>" did not allow. Near misses: a count of years,
minutes, countries or a sum after the same adverbs is no head count, nor is a year after "in"."""

from __future__ import annotations

import pytest

from nlu.attributes import Range
from nlu.extract import extract

NOW = "2026-12-03"


@pytest.mark.parametrize("text", [
    "oh wacht, we zijn eigenlijk met 40",
    "we zijn inmiddels 40",
    "we zijn eigenlijk met 40",
    "we zijn al met 40",
    "we zijn tegenwoordig 40",
    "we zijn ondertussen met 40",
    "we zijn nu met 40",
    "oh wait, we are actually 40",
    "we are already 40",
    "we're nowadays 40",
    "wir sind mittlerweile 40",
    "wir sind jetzt schon 40",
    "wir sind eigentlich zu 40",
    "nous sommes désormais 40",
    "on est en fait à 40",
    "on est déjà 40",
    "somos ya 40",
    "en realidad somos 40",
    "já somos 40",
    "somos atualmente 40",
    "siamo ormai in 40",
    "in realtà siamo 40",
])
@pytest.mark.parametrize("field", ["timing", None])
def test_a_count_after_we_are_and_an_adverb_is_the_head_count(text: str, field: str | None) -> None:
    assert extract(text, field, now=NOW).company_size == Range(min=40, max=40)


@pytest.mark.parametrize("text", [
    "we zijn al 40 jaar actief",
    "wir sind schon 40 Jahre am Markt",
    "we are already 40 days late",
    "we are still 40 minutes from the city",
    "we are now in 40 countries",
    "we are actually 40% over budget",
    "we are still 40k short",
    "we are actually in 2026 now",
    "on est déjà à 40 km de Paris",
    "ya somos 40 años en el mercado",
    "we zijn eigenlijk met 40 klanten begonnen",
])
@pytest.mark.parametrize("field", ["timing", None])
def test_a_count_of_something_else_after_the_adverb_is_no_head_count(text: str, field: str | None) -> None:
    assert extract(text, field, now=NOW).company_size is None
