"""A season or a month that a clause is about is no start date (addendum, issue 14).

"asap tbh, spring is our busy season" to the timing question was stored as mid-April: the last clause, read alone
for a date as a landmark's date is ("depois do carnaval, lá pra março"), gave spring. A time named as what a clause is
about ("der Sommer ist Hochsaison", "l'été c'est notre pleine saison") says something of the business, and the span
from now said before it (asap) is the start. Near misses: a time said as the start stays the start ("asap, ideally
by spring", "once the budget is signed off, probably March").
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.actions import form
from bot.actions.language import speaking
from tests.bot.test_form import tracker, validate

BUSY_SEASON = {
    "en": "asap tbh, spring is our busy season", "de": "so schnell wie möglich, der Sommer ist Hochsaison",
    "fr": "dès que possible, l'été c'est notre pleine saison", "es": "lo antes posible, el verano es temporada alta",
    "it": "il prima possibile, l'estate è alta stagione", "pt": "o quanto antes, o verão é época alta",
    "nl": "zo snel mogelijk, de zomer is hoogseizoen",
}


@pytest.fixture(autouse=True)
def no_drafts(monkeypatch: pytest.MonkeyPatch) -> None:
    async def nothing(*_: Any, **__: Any) -> None:
        return None
    monkeypatch.setattr(form, "save_draft", nothing)


def _timing(text: str, lang: str = "en") -> dict[str, Any] | None:
    with speaking(lang):
        slots, _, _ = validate(tracker(text, requested="timing", attributes={}))
    return (slots.get("attributes") or {}).get("timing")


@pytest.mark.parametrize("lang", list(BUSY_SEASON))
def test_a_season_the_clause_is_about_leaves_the_span_from_now(lang: str) -> None:
    timing = _timing(BUSY_SEASON[lang], lang)
    assert timing and timing["horizon_days"] is not None and timing["horizon_days"] <= 14, timing


@pytest.mark.parametrize(("text", "month"), [("asap, ideally by spring", "2027-03"),
                                             ("once the budget is signed off, probably March", "2027-03")])
def test_a_time_said_as_the_start_stays_the_start(text: str, month: str) -> None:
    timing = _timing(text)
    assert timing and timing["target_date"].startswith(month), timing
