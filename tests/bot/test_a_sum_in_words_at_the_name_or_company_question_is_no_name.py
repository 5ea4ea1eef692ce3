"""A sum written in words at the name or company question is heard as the budget, never the name (persona set 13's
claire, issue 14).

"Soixante mille" said at the name question was stored as her name: written in words with a capital, a number reads
like one. A reply that is a number in words and nothing else (a currency aside) is no name and no company: the sum is
heard as the budget when none is given, said back, and the question asked again. In process (no Rasa), 7 languages.

Near misses: a name with a number word in it ("Mille Bornes", "Cinco Estrellas") is the name.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.actions import form
from bot.actions.language import speaking
from tests.bot.test_form import tracker, validate

KNOWN = {"need": {"summary": "Website", "categories": ["website"]}, "company": "Acme",
         "authority": {"title": "CEO", "seniority": "c_level", "role": "decision_maker"}, "industry": "software",
         "location": {"country": "FR"}, "company_size": {"min": 20, "max": 20},
         "timing": {"status": "stated", "horizon_days": 30, "target_date": "2027-01-05"}}
SUMS = {"en": "Sixty Thousand", "de": "Sechzigtausend", "fr": "Soixante mille", "es": "Sesenta mil",
        "pt": "Sessenta mil", "it": "Sessantamila", "nl": "Zestigduizend"}


@pytest.fixture(autouse=True)
def no_drafts(monkeypatch: pytest.MonkeyPatch) -> None:
    async def nothing(*_: Any, **__: Any) -> None:
        return None
    monkeypatch.setattr(form, "save_draft", nothing)


def reply(lang: str, text: str, requested: str) -> dict[str, Any]:
    known = {k: v for k, v in KNOWN.items() if k != requested}
    with speaking(lang):
        slots, _, _ = validate(tracker(text, requested=requested, attributes=known, consent=True,
                                       progress={"skipped": ["budget"]}))
    return slots


@pytest.mark.parametrize("lang", list(SUMS))
@pytest.mark.parametrize("requested", ["name", "company"])
def test_a_sum_in_words_is_heard_as_the_budget_and_the_question_asked_again(lang: str, requested: str) -> None:
    slots = reply(lang, SUMS[lang], requested)
    assert not (slots.get("attributes") or {}).get(requested) and slots["requested_slot"] == requested, slots
    assert slots["heard"]["attributes"]["budget"]["min"] == 60000, slots


@pytest.mark.parametrize(("lang", "name"), [("fr", "Mille Bornes"), ("es", "Cinco Estrellas")])
def test_a_name_with_a_number_word_in_it_is_the_name(lang: str, name: str) -> None:
    assert reply(lang, name, "name")["attributes"]["name"] == name
