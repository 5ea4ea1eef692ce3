"""nlu.recap.answered_in_part: a reply to "I noted ... Is that right?" that takes back some of what was listed and
agrees to the rest, in the seven languages, is read as that (issue 14): "not the budget, but the rest yes", "alles
richtig außer dem Budget", "tout est bon sauf le budget" were read as nothing (the whole confirmation asked again), and
"está tudo certo, exceto o orçamento" as a yes to all of it, the budget taken back included.

Near misses, read as nothing here (each is read as it is elsewhere): a yes or a no alone, a field named alone (a request
to change it, ``fields_to_change``'s), a value ("the budget is 8k, the rest is fine"), a field's value of none ("no
budget, the rest is fine"), words of its own ("we need a new website except the budget").
"""

from __future__ import annotations

import pytest

from nlu.recap import InPart, agrees_to_the_rest, answered_in_part

BUDGET_WRONG_REST_RIGHT = [
    ("en", "not the budget, but the rest yes"), ("en", "all correct except the budget"),
    ("en", "everything's right apart from the budget"), ("en", "yes except the budget"),
    ("en", "yes, but the budget is wrong"), ("en", "everything is fine, but the budget"),
    ("de", "alles richtig außer dem Budget"), ("de", "alles richtig ausser dem budget"),
    ("de", "außer dem Budget stimmt alles"), ("de", "das Budget stimmt nicht, der Rest passt"),
    ("de", "der Rest ja, das Budget nicht"), ("de", "alles gut, nur nicht das Budget"),
    ("fr", "tout est bon sauf le budget"), ("fr", "le budget n'est pas bon, le reste oui"),
    ("fr", "tout est juste à part le budget"), ("fr", "tout est correct, excepté le budget"),
    ("es", "todo correcto menos el presupuesto"), ("es", "el presupuesto no, lo demás sí"),
    ("es", "está todo bien salvo el presupuesto"), ("es", "todo bien excepto el presupuesto"),
    ("it", "tutto giusto tranne il budget"), ("it", "il budget no, il resto sì"),
    ("it", "va tutto bene tranne il budget"), ("it", "è tutto corretto a parte il budget"),
    ("pt", "está tudo certo, exceto o orçamento"), ("pt", "o orçamento não, o resto sim"),  # pt-BR
    ("pt", "está tudo correto, exceto o orçamento"), ("pt", "tudo bem, menos o orçamento"),  # pt-PT
    ("nl", "alles klopt behalve het budget"), ("nl", "het budget niet, de rest wel"),
    ("nl", "alles klopt op het budget na"), ("nl", "alles klopt, alleen het budget niet"),
    # an exception said with its preposition run into the article: "à exceção do", "a excepción del", "des Budgets"
    ("pt", "está tudo correto, à exceção do orçamento"), ("fr", "tout est bon à l'exception du budget"),
    ("es", "todo bien a excepción del presupuesto"), ("it", "tutto bene ad eccezione del budget"),
    ("nl", "alles klopt met uitzondering van het budget"), ("de", "alles richtig mit Ausnahme des Budgets"),
    # the rest said as "otherwise"
    ("en", "the budget is wrong, otherwise all good"), ("de", "das Budget stimmt nicht, ansonsten alles richtig"),
    ("fr", "le budget est faux, sinon tout est bon"), ("es", "el presupuesto está mal, por lo demás todo bien"),
    ("pt", "o orçamento está errado, de resto está tudo certo"), ("pt", "o orçamento está errado, no resto está tudo bem"),
    ("it", "il budget è sbagliato, per il resto va tutto bene"), ("nl", "het budget klopt niet, voor de rest is alles goed"),
]
SIZE_WRONG_REST_RIGHT = [
    ("en", "the size is wrong, the rest is fine"), ("de", "bis auf die Größe stimmt alles"),
    ("fr", "tout est correct à part la taille"), ("es", "todo bien excepto el tamaño"),
    ("it", "tutto corretto a parte la dimensione"), ("pt", "tudo certo menos o tamanho"),
    ("nl", "alles goed op de grootte na"),
]
NOTHING_OF_THE_KIND = [
    "yes", "no", "ja", "nein", "the budget", "das Budget", "what about the budget?", "everything is fine",
    "the budget is tight", "the budget is 8k, the rest is fine", "no budget, the rest is fine",
    "kein Budget, sonst alles richtig", "pas de budget, le reste oui", "sin presupuesto, lo demás sí",
    "we need a new website except the budget", "except for SEO we need everything",
]


@pytest.mark.parametrize(("lang", "text"), BUDGET_WRONG_REST_RIGHT)
def test_the_budget_taken_back_and_the_rest_agreed_to_is_read_in_each_language(lang: str, text: str) -> None:
    assert answered_in_part(text) == InPart(wrong=("budget",), right=(), rest=True), lang


@pytest.mark.parametrize(("lang", "text"), SIZE_WRONG_REST_RIGHT)
def test_the_size_taken_back_and_the_rest_agreed_to_is_read_in_each_language(lang: str, text: str) -> None:
    assert answered_in_part(text) == InPart(wrong=("company_size",), right=(), rest=True), lang


@pytest.mark.parametrize("text", ["everything is wrong except the budget", "alles falsch außer dem Budget",
                                  "tout est faux sauf le budget", "todo mal menos el presupuesto"])
def test_the_rest_taken_back_and_one_agreed_to_is_read_the_other_way_round(text: str) -> None:
    read = answered_in_part(text)
    assert read == InPart(wrong=(), right=("budget",), rest=False)
    assert read.refused(["need", "budget", "location"]) == ("need", "location")


def test_two_fields_taken_back_are_both_asked_again() -> None:
    read = answered_in_part("all correct except the budget and the size")
    assert read is not None and read.refused(["industry", "budget", "company_size"]) == ("budget", "company_size")


def test_each_listed_value_named_right_or_wrong_needs_no_word_of_the_rest() -> None:
    read = answered_in_part("the budget is right but the size is wrong")
    assert read is not None and read.refused(["budget", "company_size"]) == ("company_size",)
    # A third listed value neither named nor covered by "the rest": not read as agreed to.
    assert read.refused(["budget", "company_size", "location"]) is None


@pytest.mark.parametrize("text", NOTHING_OF_THE_KIND)
def test_a_reply_that_is_not_only_a_part_taken_back_is_read_as_nothing_here(text: str) -> None:
    assert answered_in_part(text) is None


@pytest.mark.parametrize("text", [
    "the budget is 8k a month, the rest is fine", "8k, everything else is right", "eher 8.000 € im Monat, der Rest stimmt",
    "8k a month, otherwise all good", "eher 8.000 €, ansonsten passt alles",
    "plutôt 8 000 €, le reste est bon", "mejor 8.000 € al mes, lo demás sí", "8.000 € por mês, o resto está certo",
    "circa 8.000 € al mese, il resto va bene", "eerder 8.000 euro, de rest klopt",
])
def test_the_rest_agreed_to_beside_a_value_put_right_is_read(text: str) -> None:
    assert agrees_to_the_rest(text)


@pytest.mark.parametrize("text", [
    "the budget is 8k", "8k, but the rest is not right", "der Rest stimmt nicht", "the rest of the team is fine",
    "yes", "le reste", "8k, the rest of the budget is fine", "8k, otherwise",
])
def test_no_rest_agreed_to_is_read_where_none_is(text: str) -> None:
    assert not agrees_to_the_rest(text)
