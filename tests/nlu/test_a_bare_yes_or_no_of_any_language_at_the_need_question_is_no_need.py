"""A bare yes, ok or no of any of the seven languages at the need question states no need: "yes" and "sure" became
Need(summary="yes"), a need in the visitor's words, where "ok" gave none. A yes stores nothing (the question may be asked
again); a no is the empty need the playbook's no-need rule reads, as "no" already was. Both are read by nlu.replies, the
one definition of a bare reply. Near misses: a yes or no with words of its own says what it says."""

from __future__ import annotations

import pytest

from nlu.attributes import Need
from nlu.extract import extract

NOW = "2026-12-03"


@pytest.mark.parametrize("text", [
    "yes", "sure", "Yes!", "yeah", "yes please", "sure thing", "ok",
    "ja", "ja klar", "jawohl",
    "oui", "oui, bien sûr",
    "sí", "sí, claro", "claro",
    "sim", "sim, claro",
    "sì", "certo",
    "ja hoor", "jawel", "klopt", "Jawel", "Oui",
])
def test_a_bare_yes_at_the_need_question_stores_no_need(text: str) -> None:
    assert extract(text, "need", now=NOW).need is None


@pytest.mark.parametrize("text", [
    "no", "nope", "no thanks", "no, thanks",
    "nein", "nein danke",
    "non", "non merci",
    "no, gracias",
    "não", "não, obrigado",
    "no grazie",
    "nee", "nee, bedankt", "Nein", "Não", "Nee",
])
def test_a_bare_no_at_the_need_question_is_the_empty_need(text: str) -> None:
    assert extract(text, "need", now=NOW).need == Need()


@pytest.mark.parametrize("text, words", [
    ("yes, a new logo", "logo"),
    ("yes we need a logo", "logo"),
    ("no, we need signage", "signage"),
    ("sure, help with signage", "signage"),
    ("oui, un nouveau logo", "logo"),
    ("ja, wir brauchen ein neues Logo", "Logo"),
])
def test_a_yes_or_no_with_words_of_its_own_keeps_them(text: str, words: str) -> None:
    need = extract(text, "need", now=NOW).need
    assert need is not None and need.summary and words in need.summary


@pytest.mark.parametrize("text", ["ja, mehr Kunden", "nee, we willen meer klanten", "sí, más clientes"])
def test_a_yes_or_no_before_a_need_keeps_its_category(text: str) -> None:
    need = extract(text, "need", now=NOW).need
    assert need is not None and "lead_generation" in need.categories


@pytest.mark.parametrize("text", ["n/a", "no idea", "not sure", "thanks"])
def test_not_knowing_or_a_bare_thanks_is_no_empty_need(text: str) -> None:
    # "n/a" reads as "n" (a no) to nlu.replies, and "thanks" as a filler: neither says there is no need
    assert extract(text, "need", now=NOW).need != Need()
