"""With the call times on screen and no call booked yet, "can my colleague join?" is answered (once a time is picked,
the calendar invitation can be forwarded), then the times are shown again, through the real bot, in the seven
languages (pt-PT and pt-BR).

Played (issue 14, "a reply that ignores what was said"): a Manchester dental group's practice manager, offered times,
asked whether the owners could join too, and got "I'm not sure about that one, I'm afraid. I can tell you about our
services and pricing, or put you in touch with our team." above the same times. A booked call already answered it
(forward the invitation); before the booking the bot knew nothing to say. Near miss: a question the FAQ knows, with
the times on screen, is still answered by the FAQ ("what do you charge?").
"""

from __future__ import annotations

import pytest

from bot.actions.booking import JOIN_ONCE_BOOKED
from bot.actions.faq import NOT_SURE
from bot.actions.phrasebook import translate
from harness.script import qualify_in_one_message
from harness.stack import Stack, Visitor
from qualification import Playbook

pytestmark = pytest.mark.slow

JOINING = [
    ("en", "can my colleague join the call?"), ("en", "can my boss join too?"),
    ("de", "kann mein Kollege auch dabei sein?"), ("fr", "est-ce que mon collègue peut se joindre à l'appel ?"),
    ("es", "¿mi socio puede unirse a la llamada?"), ("pt", "o meu sócio pode participar?"),
    ("pt-BR", "meu sócio pode participar da ligação?"), ("it", "il mio collega può partecipare alla chiamata?"),
    ("nl", "mag mijn collega ook aansluiten?"),
]


# A Brazilian visitor writes as one (the European sentences are answered in Portugal's Portuguese).
BRAZILIAN = {
    "need": "Oi! A gente precisa de mais leads qualificados.", "name": "Meu nome é Ana Souza.",
    "authority": "Sou a diretora de marketing e eu decido.", "company": "A empresa se chama Acme Analítica.",
    "industry": "Somos uma empresa de software B2B.", "company_size": "Temos uns 120 funcionários.",
    "location": "Estamos em São Paulo, Brasil.", "budget": "Nosso orçamento é de uns 60 mil reais por ano.",
    "timing": "Queremos começar no mês que vem.",
}


def with_times_on_screen(v: Visitor, playbook: Playbook, lang: str) -> None:
    qualify_in_one_message(v, playbook, lang.split("-")[0], **(BRAZILIAN if lang == "pt-BR" else {}))
    assert any(payload.startswith("/choose_slot") for _, payload in v.buttons), f"no times:\n{v.history()}"


@pytest.mark.parametrize(("lang", "asked"), JOINING)
def test_someone_joining_is_answered_and_the_times_are_shown_again(
    stack: Stack, playbook: Playbook, lang: str, asked: str
) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    with_times_on_screen(v, playbook, lang)
    reply = v.say(asked)
    assert translate(JOIN_ONCE_BOOKED, lang) in reply, f"not answered:\n{v.history()}"
    assert translate(NOT_SURE, lang) not in reply, v.history()
    assert any(payload.startswith("/choose_slot") for _, payload in v.buttons), f"the times are gone:\n{v.history()}"
    assert stack.lead_for(v.sender) is not None and not (stack.lead_for(v.sender) or {}).get("booking"), v.history()


def test_a_question_the_faq_knows_with_the_times_on_screen_is_answered_by_the_faq(
    stack: Stack, playbook: Playbook
) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": "en"})
    with_times_on_screen(v, playbook, "en")
    reply = v.say("what do you charge?")
    assert "5,000" in reply and JOIN_ONCE_BOOKED not in reply, v.history()
    assert any(payload.startswith("/choose_slot") for _, payload in v.buttons), v.history()
