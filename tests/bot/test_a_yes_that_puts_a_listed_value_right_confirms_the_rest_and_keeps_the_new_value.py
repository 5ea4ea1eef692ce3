"""A yes that puts one listed value right confirms the rest and keeps the value put right (issue 14).

Played on make run (es): to "He anotado: el sector inmobiliario y unas 12 personas. ¿Es correcto?" the visitor said
"sí, aunque en realidad somos 15". The 15 was taken, but the yes was not: the industry was listed again, and again
after each further answer. And when the classifier read the reply as an affirm (as it reads "yes, but ..."), it was
worse: the yes confirmed the 12 listed and the 15 the visitor gave was lost. A yes in the reply's first words with a
listed value put right puts it right and confirms the rest, in the seven languages, whichever intent.

Near misses: a bare yes, or a yes that says a listed value again as it was, confirms what was listed; "no, we're
15" puts the size right and leaves the industry to confirm.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.actions.language import speaking
from tests.bot.test_form import playbook, tracker, validate  # noqa: F401 (fixture)

GIVEN = {"need": {"summary": "more leads", "categories": ["lead_generation"]},
         "authority": {"title": "sales director", "seniority": "director", "role": "influencer"}}
HEARD = {"attributes": {"industry": "real_estate", "company_size": {"min": 12, "max": 12}},
         "texts": {"industry": "somos una inmobiliaria", "company_size": "12 empleados"}}

YES_BUT = [
    ("en", "yes, but actually we are 15 people"),
    ("es", "sí, aunque en realidad somos 15"),
    ("es", "si, aunque en realidad somos 15"),
    ("de", "ja, aber eigentlich sind wir 15 Leute"),
    ("fr", "oui, mais en fait on est 15"),
    ("it", "sì, ma in realtà siamo in 15"),
    ("pt", "sim, mas na verdade somos 15"),
    ("nl", "ja, maar eigenlijk zijn we met 15"),
    # The yes before a "but" with no comma (played on make run: "oui mais en fait on est 18").
    ("fr", "oui mais en fait on est 15"),
    ("en", "yes but we are 15 now"),
    ("de", "ja aber eigentlich sind wir 15"),
    ("es", "sí pero en realidad somos 15"),
    ("pt", "sim mas na verdade somos 15"),
    ("it", "sì ma in realtà siamo 15"),
    ("nl", "ja maar eigenlijk zijn we met 15"),
]


def at_the_confirmation(lang: str, said: str, intent: str) -> tuple[dict[str, Any], dict[str, Any], list[str]]:
    with speaking(lang):
        slots, texts, _ = validate(tracker(said, intent=intent, requested="industry", attributes=GIVEN, heard=HEARD,
                                           confirming=["industry", "company_size"], language=lang, industry=None))
    return slots.get("attributes") or {}, (slots.get("heard") or {}).get("attributes") or {}, texts


@pytest.mark.parametrize("intent", ["affirm", "inform"])
@pytest.mark.parametrize(("lang", "said"), YES_BUT)
def test_a_yes_with_a_size_put_right_keeps_the_new_size_and_confirms_the_industry(
        lang: str, said: str, intent: str) -> None:
    given, heard, texts = at_the_confirmation(lang, said, intent)
    assert (given.get("company_size") or {}).get("min") == 15, (given, texts)
    assert given.get("industry") == "real_estate" and "industry" not in heard, (given, heard, texts)
    assert any("15" in text for text in texts), f"the size put right was not said back: {texts}"


@pytest.mark.parametrize(("lang", "said"), [("en", "yes"), ("en", "yes, 12 people"), ("es", "sí, somos 12")])
def test_a_yes_alone_or_with_a_listed_value_as_it_was_confirms_what_was_listed(lang: str, said: str) -> None:
    given, heard, texts = at_the_confirmation(lang, said, "affirm")
    assert (given.get("company_size") or {}).get("min") == 12 and given.get("industry") == "real_estate", texts


@pytest.mark.parametrize(("lang", "said"), [("en", "no, we are 15"), ("es", "no, somos 15"), ("en", "no but we are 15")])
def test_a_no_with_a_size_put_right_leaves_the_industry_to_confirm(lang: str, said: str) -> None:
    given, heard, texts = at_the_confirmation(lang, said, "deny")
    assert (given.get("company_size") or {}).get("min") == 15, (given, texts)
    assert not given.get("industry") and heard.get("industry") == "real_estate", (given, heard, texts)
