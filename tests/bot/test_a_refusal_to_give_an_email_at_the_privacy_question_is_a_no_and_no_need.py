"""A refusal to give an email at the privacy question is a no to keeping details, and no need (issue 14).

Played on make run (pt): to "Antes de registar os seus contactos: ... Concorda?" the visitor said "prefiro não dar o
email"; it was read as a need for email marketing ("Percebido: ajuda com o seu website e o email marketing"), the need
they had given replaced by those words, and the privacy question asked again. The same in every language. A short
reply that refuses their own email, phone or contact details is now a no (nothing kept, "No problem, I won't keep any
contact details."), and nothing else is read from it.

Near misses: a yes with a condition ("yes, but no phone calls please") and an email service ("no email marketing
please, just seo") are not this refusal; an address typed is given.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.actions.language import speaking
from tests.bot.test_form import playbook, tracker, validate  # noqa: F401 (fixture)

GIVEN = {"need": {"summary": "um site novo", "categories": ["website"]}, "industry": "logistics",
         "company": "Transportes Minho Lda"}
REFUSED = [
    ("pt", "prefiro não dar o email"),
    ("en", "i'd rather not give my email"),
    ("de", "ich möchte meine E-Mail lieber nicht angeben"),
    ("fr", "je préfère ne pas donner mon email"),
    ("es", "prefiero no dar mi email"),
    ("it", "preferisco non dare la mia email"),
    ("nl", "liever geen e-mail"),
    ("en", "no, not giving you my phone number"),
]


def at_the_privacy_question(lang: str, said: str) -> tuple[dict[str, Any], list[str]]:
    with speaking(lang):
        slots, texts, _ = validate(tracker(said, requested="consent", attributes=GIVEN, language=lang))
    return slots, texts


@pytest.mark.parametrize(("lang", "said"), REFUSED)
def test_a_refused_email_is_a_no_and_leaves_the_need_as_given(lang: str, said: str) -> None:
    slots, texts = at_the_privacy_question(lang, said)
    assert slots.get("consent") is False, (slots.get("consent"), texts)
    assert (slots.get("attributes") or GIVEN)["need"] == GIVEN["need"], (slots.get("attributes"), texts)


@pytest.mark.parametrize(("lang", "said"), [("en", "yes, but no phone calls please"),
                                             ("en", "no email marketing please, just seo")])
def test_a_condition_after_a_yes_or_an_email_service_is_no_refusal_of_details(lang: str, said: str) -> None:
    slots, texts = at_the_privacy_question(lang, said)
    assert slots.get("consent") is not False, texts


def test_an_address_typed_is_given() -> None:
    slots, texts = at_the_privacy_question("en", "sure, my email is ana@x.io")
    assert slots.get("consent") is True and (slots.get("attributes") or {}).get("email"), texts
