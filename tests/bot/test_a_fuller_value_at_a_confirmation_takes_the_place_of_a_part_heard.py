"""A value heard only in part gives way to the fuller one said later, which is said back (issue 14, found playing).

"I run marketing at a 60-person logistics company…" was heard as a role with no title (who decides, not what they
are), which the confirmation cannot list. At the confirmation the visitor wrote "Head of Marketing, CFO approves
anything over £5k": the title was read, yet the role heard first stood, so nothing was said back, the whole
confirmation came again, and later the role question was asked as if never answered. A heard value that lacks its
main part (a role without a title, a budget without an amount, a place without a country) no longer blocks a fuller
one: the fuller one is heard (keeping who decides), said back ("Noted: your role as Head of Marketing."), and
confirmed with the rest, in every language.

Near miss: a role heard with its title stands when another title is mentioned in passing.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.actions.hearing import Heard, hear
from bot.actions.language import speaking
from nlu.attributes import Attributes, Authority, Budget
from tests.bot.test_a_date_said_last_after_a_landmark_or_a_reason_is_the_timing import playbook  # noqa: F401
from tests.bot.test_form import tracker, validate

# lang, an opening whose role has no title (the boss decides), and a title said at the confirmation.
CASES = [
    ("en", "we need more leads, my boss decides on the budget", "Head of Marketing"),
    ("de", "wir brauchen mehr Leads, mein Chef entscheidet über das Budget", "Marketingleiterin"),
    ("fr", "nous avons besoin de leads, mon patron décide du budget", "Responsable marketing"),
    ("es", "necesitamos más leads, mi jefe decide el presupuesto", "Responsable de marketing"),
    ("pt", "precisamos de mais leads, o meu chefe decide o orçamento", "Diretora de marketing"),
    ("it", "ci servono più lead, il mio capo decide il budget", "Responsabile marketing"),
    ("nl", "we hebben meer leads nodig, mijn baas beslist over het budget", "Marketingmanager"),
]


def at_the_confirmation(lang: str, opening: str, reply: str) -> tuple[dict[str, Any], dict[str, Any], list[str]]:
    with speaking(lang):
        first, _, _ = validate(tracker(opening, requested=None))
        confirming = first["confirming"]
        assert confirming, first
        then, texts, _ = validate(tracker(reply, intent="nlu_fallback", confidence=0.3, requested=confirming[0],
                                          heard=first["heard"], confirming=confirming,
                                          attributes=first.get("attributes") or {}))
    return first, then, texts


@pytest.mark.parametrize(("lang", "opening", "title"), CASES)
def test_a_title_said_at_the_confirmation_takes_the_place_of_a_role_heard_without_one(
        lang: str, opening: str, title: str) -> None:
    first, then, texts = at_the_confirmation(lang, opening, title)
    assert first["heard"]["attributes"]["authority"]["title"] is None, first["heard"]
    authority = then["heard"]["attributes"]["authority"]
    assert authority["title"] == title and authority["role"] == "influencer", authority
    assert any(title in text for text in texts), f"the title was not said back: {texts}"
    assert "authority" in (then.get("confirming") or []), then


def test_a_role_heard_with_its_title_stands_beside_another_title_in_passing() -> None:
    heard = Heard(Attributes(authority=Authority(title="Marketing Director", seniority="director", role="influencer")),
                  {"authority": "I'm the marketing director"})
    said = "we also spoke to the Head of Sales"
    free = Attributes(authority=Authority(title="Head of Sales", seniority="director", role="influencer"))
    assert hear(Attributes(), heard, free, said).heard.attributes.authority.title == "Marketing Director"


def test_a_budget_heard_without_an_amount_gives_way_to_one_with_it() -> None:
    heard = Heard(Attributes(budget=Budget(status="stated")), {"budget": "we have a budget"})
    free = Attributes(budget=Budget(min=5000, max=5000, currency="EUR", period="month", status="stated"))
    assert hear(Attributes(), heard, free, "about 5k a month").heard.attributes.budget.min == 5000
