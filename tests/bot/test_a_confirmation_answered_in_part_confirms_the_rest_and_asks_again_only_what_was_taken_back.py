"""At a confirmation of several heard values, a reply that takes one back and agrees to the rest ("not the budget, but
the rest yes", "alles richtig außer dem Budget", "tout est bon sauf le budget") confirms the rest and asks again only
for what it took back (issue 14), through the real bot, in the seven languages (pt-BR and pt-PT).

It was met by the whole confirmation again ("Just to be sure I have it right: ..."), in every language; in Portuguese,
"está tudo certo, exceto o orçamento" was a yes to all of it, the budget it took back stored. Now the value taken back
is let go (its question asked next, the old value not offered), the rest is stored as confirmed, and the new answer to
the question is the one stored. A new value with the rest agreed to ("the budget is 8k, the rest is fine", "eher
8.000 €, der Rest stimmt") is that value, said back, and the rest confirmed with it: no question asked again, and no
list of the rest to confirm once more.
"""

from __future__ import annotations

import pytest

from harness.stack import Stack, Visitor
from qualification import Playbook
from tests.bot.test_a_bare_yes_at_a_confirmation_confirms_the_heard_value import FULL
from tests.bot.test_language_conversations import CONFIRM, asked
from tests.bot.test_truth_conversation_corrections_of_any_field import finished

pytestmark = pytest.mark.slow

# A need, the industry, the head count, the city and a budget, all in the first message: all heard, confirmed at once.
OPENING = {
    "en": "We need SEO help; we are a 50-person logistics firm in Berlin, budget about 5k a month",
    "de": "Wir brauchen Hilfe bei SEO; wir sind eine Logistikfirma mit 50 Mitarbeitern in Berlin, Budget etwa 5.000 € "
          "im Monat",
    "fr": "Nous avons besoin d'aide en SEO ; nous sommes une entreprise de logistique de 50 personnes à Berlin, budget "
          "d'environ 5 000 € par mois",
    "es": "Necesitamos ayuda con SEO; somos una empresa de logística de 50 personas en Berlín, presupuesto de unos "
          "5.000 € al mes",
    "pt": "Precisamos de ajuda com SEO; somos uma empresa de logística de 50 pessoas em Berlim, orçamento de cerca de "
          "5.000 € por mês",
    "it": "Abbiamo bisogno di aiuto con la SEO; siamo un'azienda di logistica di 50 persone a Berlino, budget di circa "
          "5.000 € al mese",
    "nl": "We hebben hulp nodig met SEO; we zijn een logistiek bedrijf van 50 mensen in Berlijn, budget ongeveer 5.000 "
          "euro per maand",
}
# The answers to the questions asked again: a budget of 20,000 a year, 120 people.
NEW = {
    "en": {"budget": "about 20k a year", "company_size": "about 120 people"},
    "de": {"budget": "etwa 20.000 € im Jahr", "company_size": "etwa 120 Mitarbeiter"},
    "fr": {"budget": "environ 20 000 € par an", "company_size": "environ 120 personnes"},
    "es": {"budget": "unos 20.000 € al año", "company_size": "unas 120 personas"},
    "pt": {"budget": "cerca de 20.000 € por ano", "company_size": "cerca de 120 pessoas"},
    "it": {"budget": "circa 20.000 € l'anno", "company_size": "circa 120 persone"},
    "nl": {"budget": "ongeveer 20.000 euro per jaar", "company_size": "ongeveer 120 mensen"},
}
IN_PART = [
    ("en", "not the budget, but the rest yes", "budget"),
    ("en", "the size is wrong, the rest is fine", "company_size"),
    ("de", "alles richtig außer dem Budget", "budget"),
    ("fr", "tout est bon sauf le budget", "budget"),
    ("es", "el presupuesto no, lo demás sí", "budget"),
    ("it", "tutto giusto tranne la dimensione", "company_size"),
    ("pt", "está tudo certo, exceto o orçamento", "budget"),  # pt-BR
    ("pt", "está tudo correto, à exceção do orçamento", "budget"),  # pt-PT
    ("nl", "alles klopt op het budget na", "budget"),
    ("en", "the budget is wrong, otherwise all good", "budget"),
    ("nl", "het budget klopt niet, voor de rest is alles goed", "budget"),
]
# What the opening said, as the lead stores it once confirmed.
KEPT = {"industry": "logistics", "company_size": (50, 50), "budget": (5000, 5000)}


def at_the_confirmation(v: Visitor, playbook: Playbook, lang: str) -> str:
    reply = v.say(OPENING[lang])
    for _ in range(5):
        if asked(reply, playbook, lang) == CONFIRM and "50" in reply and "5" in reply:
            return reply
        reply = v.say(FULL[lang][asked(reply, playbook, lang)])
    raise AssertionError(f"the heard values were never confirmed:\n{v.history()}")


def stored(attributes: dict, name: str) -> object:
    value = attributes.get(name)
    return (value["min"], value["max"]) if isinstance(value, dict) else value


@pytest.mark.parametrize(("lang", "reply", "taken_back"), IN_PART)
def test_a_value_taken_back_is_asked_again_and_the_rest_is_confirmed(
        stack: Stack, playbook: Playbook, lang: str, reply: str, taken_back: str) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    at_the_confirmation(v, playbook, lang)
    answer = v.say(reply)
    assert asked(answer, playbook, lang) == taken_back, f"{taken_back} was not asked again:\n{v.history()}"
    assert not any(("50" if taken_back == "company_size" else "5") in title for title, _ in v.buttons), \
        f"the value taken back was offered again:\n{v.history()}"
    finished(v, playbook, lang, {**FULL[lang], **NEW[lang]}, v.say(NEW[lang][taken_back]))
    lead = stack.lead_for(v.sender)
    assert lead is not None, v.history()
    attributes = lead["attributes"]
    assert stored(attributes, taken_back) == ((20000, 20000) if taken_back == "budget" else (120, 120)), \
        f"{attributes}\n{v.history()}"
    for name, value in KEPT.items():
        if name != taken_back:
            assert stored(attributes, name) == value, f"{name}: {attributes}\n{v.history()}"
    assert attributes["location"]["city"] == "Berlin", attributes
    table = {a["question_id"]: a.get("source") for a in lead["answers"]}
    rest = [n for n in ("industry", "company_size", "budget", "location") if n != taken_back]
    assert all(table.get(n) == "confirmed" for n in rest if n in table), table


# A new value with the rest agreed to in words of its own.
PUT_RIGHT_REST_AGREED = {
    "en": "the budget is 8k a month, the rest is fine", "de": "eher 8.000 € im Monat, der Rest stimmt",
    "fr": "plutôt 8 000 € par mois, le reste est bon", "es": "mejor 8.000 € al mes, lo demás sí",
    "pt": "são 8.000 € por mês, o resto está certo", "it": "circa 8.000 € al mese, il resto va bene",
    "nl": "eerder 8.000 euro per maand, de rest klopt",
}


@pytest.mark.parametrize("lang", list(PUT_RIGHT_REST_AGREED))
def test_a_value_put_right_with_the_rest_agreed_to_is_stored_and_the_rest_confirmed(
        stack: Stack, playbook: Playbook, lang: str) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    at_the_confirmation(v, playbook, lang)
    answer = v.say(PUT_RIGHT_REST_AGREED[lang])
    assert "8" in answer, f"the new value was not said back:\n{v.history()}"
    assert asked(answer, playbook, lang) not in (CONFIRM, "budget", "company_size", None), \
        f"asked again, not confirmed:\n{v.history()}"
    finished(v, playbook, lang, FULL[lang], answer)
    lead = stack.lead_for(v.sender)
    assert lead is not None, v.history()
    attributes = lead["attributes"]
    assert stored(attributes, "budget") == (8000, 8000) and stored(attributes, "company_size") == (50, 50), \
        f"{attributes}\n{v.history()}"
    assert attributes["industry"] == "logistics" and attributes["location"]["city"] == "Berlin", attributes
