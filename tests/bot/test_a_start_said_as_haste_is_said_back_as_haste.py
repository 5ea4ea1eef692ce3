"""A start said as haste ("asap", "so schnell wie möglich") is said back as haste, never as a month (issue 14).

Played on make run: "we want to start asap" got "Noted: a start in December 2026.": the extractor dates haste a week
ahead, and that day was said back by its month, which the visitor never named. The read-back says what they said, in
their language. Near misses: a month said with the haste, or "as soon as" of a condition, are no haste of days.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.actions.language import speaking
from bot.actions.phrasing import describe
from nlu.attributes import Attributes, Timing
from nlu.extract import extract
from tests.bot.test_form import playbook, tracker, validate  # noqa: F401 (fixture)

TODAY = date(2026, 12, 5)
# Each language's ways of saying haste, and how the bot says it back.
HASTE = {
    "en": (["asap", "as soon as possible", "ASAP please", "we'd like to start as soon as we can"],
           "a start as soon as possible"),
    "de": (["so schnell wie möglich", "möglichst bald", "am besten sofort"], "ein Start so bald wie möglich"),
    "fr": (["dès que possible", "au plus vite"], "un démarrage dès que possible"),
    "es": (["lo antes posible", "cuanto antes", "lo más pronto posible"], "un inicio lo antes posible"),
    "it": (["il prima possibile", "al più presto"], "un avvio il prima possibile"),
    "pt": (["o quanto antes", "o mais rápido possível", "assim que possível"], "um início o mais cedo possível"),
    "nl": (["zo snel mogelijk", "zo spoedig mogelijk", "z.s.m."], "een start zo snel mogelijk"),
}
CASES = [(lang, said, back) for lang, (ways, back) in HASTE.items() for said in ways]


def _said_back(said: str, lang: str) -> str | None:
    read = extract(said, field="timing", now=TODAY, lang=lang)
    with speaking(lang):
        return describe("timing", read, said)


@pytest.mark.parametrize(("lang", "said", "back"), CASES)
def test_haste_in_any_language_is_said_back_as_haste(lang: str, said: str, back: str) -> None:
    assert _said_back(said, lang) == back


@pytest.mark.parametrize(("lang", "said", "month"), [
    ("en", "asap, by March at the latest", "March"), ("de", "so schnell wie möglich, spätestens im März", "März"),
    ("fr", "dès que possible, en mars au plus tard", "mars"), ("en", "in February", "February"),
])
def test_a_month_said_with_or_without_haste_is_said_back_as_that_month(lang: str, said: str, month: str) -> None:
    back = _said_back(said, lang)
    assert back is not None and month in back


def test_a_near_start_said_as_a_date_is_no_haste() -> None:
    # "next week" is dated within the same few days, and is said back as the date it is, not as haste.
    read = Attributes(timing=Timing(horizon_days=7, target_date="2026-12-12"))
    assert describe("timing", read, "next week") != "a start as soon as possible"
    assert describe("timing", read, None) != "a start as soon as possible"


def test_asap_at_a_confirmation_is_noted_as_asap_not_a_month() -> None:
    heard = {"attributes": {"need": {"summary": "more leads", "categories": ["lead_generation"]}},
             "texts": {"need": "we need more leads"}}
    _, said, _ = validate(tracker("we want to start asap", requested="need", heard=heard, confirming=["need"]))
    assert any("a start as soon as possible" in s for s in said), said
    assert not any("December" in s or "2026" in s for s in said), said
