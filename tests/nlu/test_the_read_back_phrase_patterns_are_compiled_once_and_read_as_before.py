"""The phrase patterns ``nlu.recap`` reads replies with are compiled once, and read the same as before (addendum to
issue 14): ``fields_to_change``, ``currency_instead``, ``answered_in_part`` and ``agrees_to_the_rest`` built one
regular expression per phrase on every call (235 + 126 + 363 phrases), more than Python's cache of 512 keeps, so each
call compiled them again and evicted everyone else's. The results below were taken from the functions before the
change, on replies to a read-back in the seven languages and on every text of the corpus."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from nlu import recap

CORPUS = Path(__file__).parent / "corpus.jsonl"

# (text, fields_to_change, currency_instead, answered_in_part as (wrong, right, rest), agrees_to_the_rest)
EXPECTED = [
    ('the budget', ('budget',), None, None, False),
    ("budget's wrong", ('budget',), None, (('budget',), (), None), False),
    ('change the timing', ('timing',), None, (('timing',), (), None), False),
    ('das Budget', ('budget',), None, None, False),
    ('el presupuesto', ('budget',), None, None, False),
    ('the company size is wrong', ('company_size',), None, (('company_size',), (), None), False),
    ('is the budget wrong?', ('budget',), None, (('budget',), (), None), False),
    ('the budget?', (), None, None, False),
    ('the budget is right', (), None, None, False),
    ('die Branche stimmt nicht', ('industry',), None, (('industry',), (), None), False),
    ("le secteur n'est pas bon", ('industry',), None, (('industry',), (), None), False),
    ("la taille de l'entreprise", ('company_size',), None, None, False),
    ('o orçamento está errado', ('budget',), None, (('budget',), (), None), False),
    ('il budget è sbagliato', ('budget',), None, (('budget',), (), None), False),
    ('de planning klopt niet', ('timing',), None, (('timing',), (), None), False),
    ('my company', ('company',), None, None, False),
    ('das ist meine Firma', (), None, None, False),
    ('the name and the email', ('name', 'email'), None, None, False),
    ('no budget', (), None, None, False),
    ('nom et e-mail', ('name', 'email'), None, None, False),
    ('no the budget is kenyan shillings not dollars', (), 'KES', None, False),
    ('KES not USD', (), 'KES', None, False),
    ("it's euros", (), 'EUR', None, False),
    ('nicht in Dollar, in Euro', (), 'EUR', None, False),
    ('pas en dollars, en euros', (), 'EUR', None, False),
    ('en vez de dólares, euros', (), 'EUR', None, False),
    ('em reais, não em dólares', (), 'BRL', None, False),
    ('invece di dollari, sterline', (), 'GBP', None, False),
    ('in plaats van dollars, euro', (), 'EUR', None, False),
    ('we pay our staff in euros', (), None, None, False),
    ('sorry, pounds', (), 'GBP', None, False),
    ('budget in francs', (), 'CHF', None, False),
    ('not the budget, but the rest yes', (), None, (('budget',), (), True), True),
    ('the size is wrong, the rest is fine', (), None, (('company_size',), (), True), True),
    ('alles richtig außer dem Budget', (), None, (('budget',), (), True), False),
    ('tout est bon sauf le budget', (), None, (('budget',), (), True), False),
    ('todo bien menos el presupuesto', (), None, (('budget',), (), True), False),
    ('está tudo certo, exceto o orçamento', (), None, (('budget',), (), True), False),
    ('tutto giusto tranne il budget', (), None, (('budget',), (), True), False),
    ('alles klopt behalve het budget', (), None, (('budget',), (), True), False),
    ("everything's wrong except the budget", (), None, ((), ('budget',), False), False),
    ('the budget is 8k, the rest is fine', (), None, None, True),
    ('eher 8.000 €, der Rest stimmt', (), None, None, True),
    ('le reste est bon', (), None, None, True),
    ('lo demás sí', (), None, None, True),
    ('o resto está certo', (), None, None, True),
    ('il resto va bene', (), None, None, True),
    ('de rest klopt', (), None, None, True),
    ('the budget is wrong, otherwise all good', (), None, (('budget',), (), True), True),
    ('ansonsten alles richtig', (), None, None, True),
    ('sinon tout est bon', (), None, None, True),
    ('voor de rest is alles goed', (), None, None, True),
    ('the industry and the size are wrong', ('industry', 'company_size'), None, (('industry', 'company_size'), (), None), False),
    ('nur das Budget nicht', (), None, (('budget',), (), True), False),
    ('todo correcto salvo el sector', (), None, (('industry',), (), True), False),
    ('alles andere passt, nur die Branche nicht', (), None, (('industry',), (), True), True),
    ('the rest is wrong', (), None, ((), (), False), False),
    ('everything else is fine but the timing', (), None, (('timing',), (), True), True),
    ('yes', (), None, None, False),
    ('no', (), None, None, False),
    ('hello there', (), None, None, False),
]
# The only corpus text any of the four reads something in ("us" is read as the US dollar: left as it was).
CORPUS_READ = {"no set budget, show us options": ((), "USD", None, False)}


def _read(text: str) -> tuple:
    part = recap.answered_in_part(text)
    return (recap.fields_to_change(text), recap.currency_instead(text),
            None if part is None else (part.wrong, part.right, part.rest), recap.agrees_to_the_rest(text))


@pytest.mark.parametrize(("text", "fields", "currency", "part", "rest"), EXPECTED)
def test_a_reply_to_a_read_back_is_read_as_before(text, fields, currency, part, rest) -> None:
    assert _read(text) == (fields, currency, part, rest)


def test_every_corpus_text_is_read_as_before() -> None:
    texts = [json.loads(line)["text"] for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]
    read = {t: r for t in texts if (r := _read(t)) != ((), None, None, False)}
    assert read == CORPUS_READ


def test_no_pattern_is_built_per_phrase_on_a_call() -> None:
    for text, *_ in EXPECTED:
        _read(text)  # every phrase pattern built once
    re.purge()
    for text, *_ in EXPECTED:
        _read(text)
    # What a call still hands to ``re`` as a string is a few fixed patterns, not one per phrase (hundreds: the cache
    # of 512 was full after a call or two). ``re._cache`` is where Python 3.10 keeps them.
    assert len(re._cache) < 40
