"""A need mentioned again later keeps the need given; a correction of it still narrows it (issue 14), through the
real bot.

"We need more leads from SEO and Google Ads" answered the need question. "our SEO is the bigger worry honestly",
said later to a question it does not answer, mentions that need again: it was taken as a new need, and the need's
words in the lead became the later remark. Now a mention of a need already given (nothing beyond its kinds) changes
nothing, in the seven languages; "actually mostly SEO, not ads" is still a correction, and its words are the need.
"""

from __future__ import annotations

import pytest

from harness.stack import Stack, Visitor
from qualification import Playbook
from tests.bot.test_a_bare_yes_at_a_confirmation_confirms_the_heard_value import FULL
from tests.bot.test_a_need_stated_in_any_language_never_stops_the_conversation import HELLO
from tests.bot.test_language_conversations import asked
from tests.bot.test_truth_conversation_corrections_of_any_field import finished

pytestmark = pytest.mark.slow

# lang: the need given, a later mention of it, a correction that narrows it.
NEEDS = {
    "en": ("We need more leads from SEO and Google Ads", "our SEO is the bigger worry honestly",
           "actually mostly SEO, not ads"),
    "de": ("Wir brauchen mehr Leads über SEO und Google Ads", "SEO ist ehrlich gesagt unsere größere Sorge",
           "eigentlich vor allem SEO, nicht Anzeigen"),
    "fr": ("Nous avons besoin de plus de leads via le SEO et Google Ads", "le SEO est franchement notre plus gros souci",
           "en fait surtout le SEO, pas la pub"),
    "es": ("Necesitamos más leads con SEO y Google Ads", "el SEO es nuestra mayor preocupación la verdad",
           "en realidad sobre todo SEO, no anuncios"),
    "pt": ("Precisamos de mais leads com SEO e Google Ads", "o SEO é a nossa maior preocupação",
           "na verdade sobretudo SEO, não anúncios"),
    "it": ("Abbiamo bisogno di più lead con SEO e Google Ads", "la SEO è la nostra preoccupazione principale",
           "anzi soprattutto SEO, non pubblicità"),
    "nl": ("We hebben meer leads nodig via SEO en Google Ads", "SEO is eerlijk gezegd onze grootste zorg",
           "eigenlijk vooral SEO, geen advertenties"),
}


def need_of(stack: Stack, v: Visitor, playbook: Playbook, lang: str, later: str) -> dict:
    """The lead's need after the need was given, and ``later`` said at the role question."""
    given = NEEDS[lang][0]
    assert asked(v.say(HELLO[lang]), playbook, lang) == "need", v.history()
    reply = v.say(given)
    for _ in range(15):
        slot = asked(reply, playbook, lang)
        assert slot is not None, f"the role was never asked:\n{v.history()}"
        if slot == "authority":
            break
        reply = v.say(FULL[lang][slot])
    reply = v.say(later)
    finished(v, playbook, lang, FULL[lang], reply)
    lead = stack.lead_for(v.sender)
    assert lead is not None, v.history()
    return lead["attributes"].get("need") or {}


@pytest.mark.parametrize("lang", list(NEEDS))
def test_a_need_mentioned_again_at_a_later_question_keeps_the_need_given(
        stack: Stack, playbook: Playbook, lang: str) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    need = need_of(stack, v, playbook, lang, NEEDS[lang][1])
    assert need.get("summary") == NEEDS[lang][0], f"{need}\n{v.history()}"
    assert {"seo", "paid_ads"} <= set(need.get("categories") or ()), f"{need}\n{v.history()}"


@pytest.mark.parametrize("lang", ["en", "de", "fr", "es", "nl"])
def test_a_correction_of_the_need_at_a_later_question_still_replaces_it(
        stack: Stack, playbook: Playbook, lang: str) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    need = need_of(stack, v, playbook, lang, NEEDS[lang][2])
    assert need.get("summary") == NEEDS[lang][2], f"{need}\n{v.history()}"
