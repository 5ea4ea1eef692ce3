"""At "Which one should I change?", a reply that names a field and then says why ("the industry, we're vets not human
healthcare") picks that field: "let's put that right" and its question next, through the real bot, in the seven
languages (pt-PT and pt-BR).

Played (issue 14, "a reply that ignores what was said"): a Leeds vet clinic's owner tapped Change, was asked which
value to change, typed "the industry, we're vets not human healthcare", and got "Just to be sure I have it right:" and
the whole list again; a Valencia clinic's "el sector no, somos veterinarios, no sanidad humana" got the same. A bare
"the industry" (or its button) picked it; a reason after it hid it. Near misses, read as before: a reply with no field
in its first clause ("Acme, in Leeds"), or a field that was not listed.
"""

from __future__ import annotations

import pytest

from bot.actions.phrasebook import translate
from harness.stack import Stack, Visitor
from qualification import Playbook
from tests.bot.test_a_confirmation_answered_in_part_confirms_the_rest_and_asks_again_only_what_was_taken_back import (
    OPENING,
)
from tests.bot.test_language_conversations import CONFIRM, asked

pytestmark = pytest.mark.slow

PUT_RIGHT = "Of course, let's put that right."
WHICH_QUESTION = "Which one should I change?"
BRAZILIAN = ("A gente precisa de ajuda com SEO; somos uma empresa de logística de 50 pessoas em Berlim, orçamento de "
             "uns 5.000 € por mês")
PICKED = [
    ("en", "the industry, we're vets not human healthcare", "industry"),
    ("en", "the size - that was last year", "company_size"),
    ("de", "die Branche stimmt nicht, das ist nicht ganz richtig", "industry"),
    ("fr", "le secteur, ce n'est pas tout à fait ça", "industry"),
    ("es", "el sector no, no es exactamente eso", "industry"),
    ("pt", "o setor, não é bem isso", "industry"),
    ("pt-BR", "o setor, não é bem isso", "industry"),
    ("it", "il settore, non è proprio così", "industry"),
    ("nl", "de branche, dat klopt niet helemaal", "industry"),
]


def base(lang: str) -> str:
    return lang.split("-")[0]


def at_which_to_change(v: Visitor, playbook: Playbook, lang: str) -> None:
    reply = v.say(BRAZILIAN if lang == "pt-BR" else OPENING[base(lang)])
    assert asked(reply, playbook, base(lang)) == CONFIRM, v.history()
    reply = v.say("/deny")
    assert translate(WHICH_QUESTION, lang) in reply, f"not asked which one:\n{v.history()}"


@pytest.mark.parametrize(("lang", "said", "field"), PICKED)
def test_a_field_named_first_with_a_reason_is_picked_and_asked(
    stack: Stack, playbook: Playbook, lang: str, said: str, field: str
) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    at_which_to_change(v, playbook, lang)
    reply = v.say(said)
    assert translate(PUT_RIGHT, lang) in reply, f"not picked:\n{v.history()}"
    assert asked(reply, playbook, base(lang)) == field, f"{field} not asked next:\n{v.history()}"


def test_a_first_clause_without_a_listed_field_picks_nothing() -> None:
    from bot.actions.form import _picked_first  # the form imports rasa_sdk

    listed = ("industry", "company_size", "location")
    assert _picked_first("Acme, in Leeds", listed) == ()
    assert _picked_first("the budget, it's 5k", listed) == ()
    assert _picked_first("the industry", listed) == ()  # read whole, as before
    assert _picked_first("die Größe, wir sind jetzt 60", listed) == ("company_size",)
