"""A Brazilian visitor is answered in Brazilian Portuguese and a Portuguese one in European Portuguese, through the
real bot (Rasa, action server, lead service); the conversation's language, and the lead's, stay "pt".

Each visitor answers whatever the bot asks, recognising the question by the playbook's wording in their variant;
every line they read is checked for forms only the other side of the Atlantic writes (``portuguese_forms``).
"""

from __future__ import annotations

from typing import Mapping

import pytest

from harness.script import CONFIRM, asked_slot
from harness.stack import Stack, Visitor
from qualification import Playbook
from scheduling.call import sentence as call_sentence
from tests.bot.portuguese_forms import BRAZILIAN_ONLY, EUROPEAN_ONLY, found
from tests.waiting import wait_for

pytestmark = pytest.mark.slow

BRAZIL = "pt-BR"
# A gym chain owner in Curitiba, writing as Brazilians do.
BRAZILIAN_ANSWERS = {
    "need": "A gente precisa de mais leads e nosso SEO tá fraco",
    "company": "Rede Corpo Ativo",
    "authority": "Sou o dono, quem decide sou eu",
    "industry": "Somos uma rede de academias, na área de saúde",
    "company_size": "uns 80 funcionários",
    "location": "Curitiba, Paraná",
    "revenue": "uns 15 milhões de reais por ano",
    "tech_stack": "Usamos RD Station e Pipedrive",
    "budget": "uns R$ 20 mil por mês",
    "timing": "queremos começar no mês que vem",
    "name": "Rafael Souza",
    "consent": "sim",
    "email": "rafael@corpoativo.com.br",
    CONFIRM: "sim",
}
# A B2B software company's marketing director in São Paulo, whose browser says pt-BR.
SOFTWARE_ANSWERS = {
    "need": "Estamos precisando gerar mais leads qualificados, nosso SEO é fraco",
    "company": "Nuvem Dados Tecnologia",
    "authority": "Sou a diretora de marketing e decido o orçamento",
    "industry": "Somos uma empresa de software B2B",
    "company_size": "cerca de 150 funcionários",
    "location": "São Paulo, Brasil",
    "revenue": "uns 8 milhões de dólares por ano",
    "tech_stack": "HubSpot e Salesforce",
    "budget": "uns 60 mil dólares por ano",
    "timing": "queremos começar no mês que vem",
    "name": "Juliana Costa",
    "consent": "sim",
    "email": "juliana.costa@nuvemdados.com.br",
    CONFIRM: "sim",
}
# A gym chain's director in Lisbon, writing as Portuguese do.
PORTUGUESE_ANSWERS = {
    "need": "Precisamos de mais leads e o nosso SEO está fraco",
    "company": "Ginásios Atlântico",
    "authority": "Sou o diretor-geral e sou eu que decido",
    "industry": "Somos uma cadeia de ginásios, na área da saúde",
    "company_size": "cerca de 60 colaboradores",
    "location": "Lisboa, Portugal",
    "revenue": "cerca de 8 milhões de euros por ano",
    "tech_stack": "Usamos o HubSpot",
    "budget": "cerca de 4.000 € por mês",
    "timing": "queremos começar no próximo mês",
    "name": "Tiago Ferreira",
    "consent": "sim",
    "email": "tiago@ginasiosatlantico.pt",
    CONFIRM: "sim",
}


def converse(v: Visitor, playbook: Playbook, answers: Mapping[str, str], variant: str, opening: str) -> str:
    reply = v.say(opening)
    for _ in range(25):
        slot = asked_slot(reply, playbook, variant)
        if slot is None:
            return reply
        reply = v.say(answers.get(slot, "sim"))
    raise AssertionError(f"the bot kept asking:\n{v.history()}")


def bot_lines(v: Visitor) -> list[str]:
    return [line for _, answer in v.transcript for line in answer.splitlines() if line.strip()]


def assert_none_of(forms: dict[str, str], v: Visitor, but: frozenset[str] = frozenset()) -> None:
    wrong = [(found(forms, line), line) for line in bot_lines(v) if found(forms, line) and line not in but]
    assert not wrong, f"{wrong}\n{v.history()}"


def how_the_call_happens_in_portugals_words(playbook: Playbook, owner: str) -> frozenset[str]:
    """The booking's "how the call happens" line as scheduling.call says it in Portuguese: it has no Brazilian
    sentences yet (B-booking's file; test_brazilian_portuguese_is_chosen_and_spoken has the strict xfail for it)."""
    method = playbook.scheduling.call_for(None)
    return frozenset({call_sentence(method, owner, "pt", playbook.scheduling.call_note)} if method else ())


def book_first_slot(v: Visitor) -> str:
    slots = [payload for _, payload in v.buttons if payload and payload.startswith("/choose_slot")]
    assert slots, v.history()
    return v.say(slots[0])


def stored(stack: Stack, v: Visitor) -> dict:
    return wait_for(lambda: stack.lead_for(v.sender), what=f"the lead of:\n{v.history()}")


def test_a_brazilian_visitor_over_rest_is_asked_and_answered_in_brazilian_portuguese(
        stack: Stack, playbook: Playbook) -> None:
    v = Visitor(stack.rasa_url)  # REST: no browser language, no time zone; their words and city say Brazil
    converse(v, playbook, BRAZILIAN_ANSWERS, BRAZIL, "Oi, tudo bem? Sou dono de uma rede de academias em Curitiba")
    v.say("Queria conversar com um consultor de vocês")
    assert_none_of(EUROPEAN_ONLY, v)
    assert sum("você" in line for line in bot_lines(v)) >= 5, v.history()
    lead = stored(stack, v)
    assert lead["language"] == "pt", v.history()
    assert lead["attributes"]["location"]["country"] == "BR"


def test_a_brazilian_browser_is_asked_answered_and_booked_in_brazilian_portuguese(
        stack: Stack, playbook: Playbook) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": "pt-BR", "tz": "America/Sao_Paulo"})
    first = v.say("Olá")
    assert asked_slot(first, playbook, BRAZIL) is not None, v.history()
    v.say("Quanto custa?")
    last = converse(v, playbook, SOFTWARE_ANSWERS, BRAZIL, "Beleza, pode perguntar")
    assert "Obrigado! Parece que isso tem tudo a ver com a Brightline Growth Partners." in last, v.history()
    assert "Estes são os próximos horários livres para uma ligação de 30 minutos" in last, v.history()
    booked = book_first_slot(v)
    assert booked.startswith("Agendado! Sua ligação com "), v.history()
    assert "Adicione à sua agenda: " in booked, v.history()
    owner = booked.removeprefix("Agendado! Sua ligação com ").split(" é ")[0]
    assert_none_of(EUROPEAN_ONLY, v, but=how_the_call_happens_in_portugals_words(playbook, owner))
    lead = stored(stack, v)
    assert lead["language"] == "pt" and lead["stage"] == "sql", v.history()


def test_a_portuguese_visitor_is_asked_and_answered_in_european_portuguese(stack: Stack, playbook: Playbook) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": "pt-PT", "tz": "Europe/Lisbon"})
    converse(v, playbook, PORTUGUESE_ANSWERS, "pt", "Olá, estamos a procurar uma agência de marketing")
    v.say("Podemos marcar uma chamada?")
    assert_none_of(BRAZILIAN_ONLY, v)
    assert any("equipa" in line for line in bot_lines(v)), v.history()
    lead = stored(stack, v)
    assert lead["language"] == "pt", v.history()
    assert lead["attributes"]["location"]["country"] == "PT"
