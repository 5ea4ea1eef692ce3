"""A name given again with the words of saying it again ("I said Acme", issue 14: "te l'ho detto, Acme" was read as the
company "te l'ho detto") is the name alone, at the company and the name questions, in the seven languages. Near miss:
a firm whose own name holds such words ("Told You So Records") keeps them."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-05"


@pytest.mark.parametrize(("text", "lang", "company"), [
    ("I said Acme", "en", "Acme"), ("like I said: Northwind Traders", "en", "Northwind Traders"),
    ("I already told you, it's Acme Analytics", "en", "Acme Analytics"),
    ("wie gesagt, Müller GmbH", "de", "Müller GmbH"), ("hab ich doch schon gesagt: Becker & Söhne", "de", "Becker & Söhne"),
    ("comme je l'ai dit, Groupe Verlaine", "fr", "Groupe Verlaine"), ("je vous l'ai déjà dit : Verlaine", "fr", "Verlaine"),
    ("ya te dije, Grupo Ortega", "es", "Grupo Ortega"), ("como dije, Ortega y Asociados", "es", "Ortega y Asociados"),
    ("como eu disse, Sousa Lda", "pt", "Sousa Lda"), ("já disse, Grupo Sousa", "pt", "Grupo Sousa"),
    ("ho detto Rossi Srl", "it", "Rossi Srl"), ("te l'ho detto, Bianchi Group", "it", "Bianchi Group"),
    ("zoals ik zei, Jansen Groep", "nl", "Jansen Groep"), ("heb ik toch al gezegd: De Vries BV", "nl", "De Vries BV"),
])
def test_a_company_said_again_is_the_company_alone(text: str, lang: str, company: str) -> None:
    assert extract(text, "company", now=NOW, lang=lang).company == company


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("I said Maria", "en", "Maria"), ("wie gesagt, Jonas", "de", "Jonas"), ("je l'ai dit, Camille", "fr", "Camille"),
    ("ya te dije, Lucía", "es", "Lucía"), ("já disse, João", "pt", "João"), ("ho detto Giulia", "it", "Giulia"),
    ("zoals ik zei, Sanne", "nl", "Sanne"),
])
def test_a_name_said_again_is_the_name_alone(text: str, lang: str, name: str) -> None:
    assert extract(text, "name", now=NOW, lang=lang).name == name


def test_a_firm_named_with_such_words_keeps_them() -> None:
    assert extract("Told You So Records", "company", now=NOW, lang="en").company == "Told You So Records"
