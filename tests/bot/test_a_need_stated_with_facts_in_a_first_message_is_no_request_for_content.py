"""A need stated with facts in a first message is read by the form, never answered as a request (issue 14).

Played on make run (es): "buenas, kiero mas clientes para mi gimnasio en sevilla" as the first message got "Aquí
tiene: Casos de éxito de clientes como usted" and then "¿Qué reto de marketing quiere resolver?", as if nothing had
been said: the classifier's ask_question and the FAQ's topic words ("quiero" a request, "clientes" its case studies
"for clients like you") answered it. The form already read such a statement mid-conversation (a need we know, facts
about them, no question mark); ``action_answer`` now hands a first message like it to the form too, in the seven
languages.

Near misses: asking for the case studies, or a question with a question mark, is answered from the FAQ.
"""

from __future__ import annotations

import pytest

from tests.bot.test_a_need_said_before_a_price_question_in_a_first_message_is_heard import first_message
from tests.bot.test_form import playbook  # noqa: F401 (fixture)

STATED = [
    ("es", "buenas, kiero mas clientes para mi gimnasio en sevilla"),
    ("es", "quiero más clientes para mi gimnasio en Sevilla"),
    ("en", "we want more clients for our gym in Leeds"),
    ("de", "wir wollen mehr Kunden für unser Fitnessstudio in Köln"),
    ("fr", "je veux plus de clients pour ma salle de sport à Lyon"),
    ("pt", "quero mais clientes para o meu ginásio, somos 10 pessoas"),
    ("it", "voglio più clienti per la mia palestra a Torino"),
    ("nl", "we willen meer klanten voor onze sportschool in Utrecht"),
]
ASKED = [
    ("en", "do you have case studies of gyms in Leeds?"),
    ("en", "we want more clients for our gym in Leeds, do you have case studies?"),
]


@pytest.mark.parametrize(("lang", "text"), STATED)
def test_a_need_with_facts_goes_to_the_form_unanswered(lang: str, text: str) -> None:
    _, texts, events = first_message(lang, text, intent="ask_question")
    assert texts == [], f"answered as a request: {texts}"
    assert any(e.get("event") == "followup" and e.get("name") == "qualification_form" for e in events), events


@pytest.mark.parametrize(("lang", "text"), ASKED)
def test_a_question_about_case_studies_is_answered(lang: str, text: str) -> None:
    _, texts, _ = first_message(lang, text, intent="ask_question")
    assert texts and "case-studies" in texts[0], texts
