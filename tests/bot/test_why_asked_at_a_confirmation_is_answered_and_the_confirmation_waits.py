""""Why are you asking me that?" at a confirmation is answered, and the confirmation waits (issue 14).

Played on make run (es): to "He anotado: ayuda con su CRM y unas 8 personas. ¿Es correcto?" the visitor asked "por
que me preguntas eso?"; the classifier called it a stop, the form let it go (a question about the question was read
only at an open question), and the conversation stopped, keeping nothing: "Entendido, me detengo aquí". Now a why
(or a must) about the confirmation on screen is answered with why we check, in the visitor's language, and the
confirmation is asked again; nothing is read from the message, nothing confirmed or stopped.

Near misses: a no, or a why about something the confirmation does not list ("why do you need my email?"), is not
this answer.
"""

from __future__ import annotations

import asyncio

import pytest
from rasa_sdk.executor import CollectingDispatcher

from bot.actions.form import WHY_WE_CHECK, ValidateQualificationForm
from bot.actions.language import speaking
from bot.actions.phrasebook import say
from tests.bot.test_form import playbook, tracker  # noqa: F401 (fixture)

HEARD = {"attributes": {"need": {"summary": "ayuda con el crm", "categories": ["crm"]},
                        "company_size": {"min": 8, "max": 8}}, "texts": {"need": "ayuda con el crm", "company_size": "8"}}

WHY = [
    ("en", "why are you asking me that?"),
    ("es", "por que me preguntas eso?"),
    ("es", "¿por qué me pregunta eso?"),
    ("de", "warum fragen Sie das?"),
    ("fr", "pourquoi vous me demandez ça ?"),
    ("it", "perché me lo chiedete?"),
    ("pt", "porque é que pergunta isso?"),
    ("nl", "waarom vraag je dat?"),
    ("en", "do I have to answer that?"),
]


def at_the_confirmation(lang: str, said: str, intent: str) -> tuple[list[str], list[dict]]:
    with speaking(lang):
        t = tracker(said, intent=intent, confidence=0.8, requested="need", attributes={}, heard=HEARD,
                    confirming=["need", "company_size"], language=lang, need=None)
        dispatcher = CollectingDispatcher()
        events = asyncio.run(ValidateQualificationForm().run(dispatcher, t, {}))
        why = say(WHY_WE_CHECK)
    return [m.get("text") or "" for m in dispatcher.messages] + [why], events


@pytest.mark.parametrize("intent", ["stop", "ask_question"])
@pytest.mark.parametrize(("lang", "said"), WHY)
def test_why_at_a_confirmation_gets_why_we_check_and_the_confirmation_again(lang: str, said: str, intent: str) -> None:
    (*texts, why), events = at_the_confirmation(lang, said, intent)
    assert texts and texts[0] == why, texts
    assert lang == "en" or why != WHY_WE_CHECK, "said in English"
    assert len(texts) == 2, f"the confirmation again under it: {texts}"
    slots = {e["name"]: e["value"] for e in events if e.get("event") == "slot"}
    assert slots.get("confirming") == ["need", "company_size"], slots
    assert not (slots.get("attributes") or {}).get("need"), "nothing confirmed"


@pytest.mark.parametrize(("lang", "said", "intent"), [
    ("en", "no", "deny"), ("es", "no", "deny"), ("en", "why do you need my email?", "ask_question"),
])
def test_a_no_or_a_why_about_something_not_listed_is_not_answered_so(lang: str, said: str, intent: str) -> None:
    (*texts, why), _ = at_the_confirmation(lang, said, intent)
    assert why not in texts, texts
