"""A clause that supposes ("if we had 50k, ...") is told apart from facts in the conversation's own language (issue 14).

The form reads the facts said before a question ("we're a 40-person agency, what does it cost?") and leaves out a
clause that only supposes. The words that suppose were one list for every language: "si" and "se" were read as "if"
everywhere, so the Italian yes "si" (typed without its accent) and the Spanish pronoun "se" ("se trata de una
tienda") made the facts after them go unheard. Near misses: the "if" of each language still supposes.
"""

from __future__ import annotations

import pytest

from bot.actions.form import supposes, told_besides_asking
from bot.actions.language import speaking

# Facts said before a question, opening with a word that is no "if" in that language: they are heard.
TOLD = [
    ("it", "si, siamo un'agenzia di 20 persone, quanto costa?", "siamo un'agenzia di 20 persone"),
    ("it", "si certo, abbiamo 3 negozi a Torino, quanto costa?", "abbiamo 3 negozi a Torino"),
    ("es", "si, somos una agencia de 20 personas, cuánto cuesta?", "somos una agencia de 20 personas"),
    ("es", "se trata de una tienda online en Madrid, cuánto cuesta?", "se trata de una tienda online en Madrid"),
    ("fr", "si, nous sommes une agence de 20 personnes, combien ça coûte ?", "nous sommes une agence de 20 personnes"),
    ("pt", "sim, somos uma agência de 20 pessoas, quanto custa?", "somos uma agência de 20 pessoas"),
    ("de", "als Agentur mit 20 Leuten haben wir wenig Zeit, was kostet das?", "als Agentur mit 20 Leuten"),
]
# A clause that supposes, in each language, before a question: nothing told.
SUPPOSED = [
    ("it", "se avessimo 50k al mese, cosa potreste fare?"),
    ("es", "si tuviéramos 50k al mes, qué podrían hacer?"),
    ("fr", "si on avait 50k par mois, vous feriez quoi ?"),
    ("pt", "se tivéssemos 50 mil por mês, o que fariam?"),
    ("de", "wenn wir 50k im Monat hätten, was könnten Sie tun?"),
    ("nl", "als we 50k per maand hadden, wat zouden jullie doen?"),
    ("en", "if we had 50k a month, what could you do?"),
    # English said in another language's conversation still supposes.
    ("it", "if we had 50k a month, what could you do?"),
]


@pytest.mark.parametrize(("lang", "text", "fact"), TOLD)
def test_facts_after_a_word_that_is_no_if_in_the_language_are_heard(lang: str, text: str, fact: str) -> None:
    with speaking(lang):
        assert fact in told_besides_asking(text)


@pytest.mark.parametrize(("lang", "text"), SUPPOSED)
def test_a_clause_that_supposes_in_the_language_tells_nothing(lang: str, text: str) -> None:
    with speaking(lang):
        assert told_besides_asking(text) == ""


@pytest.mark.parametrize(("clause", "lang", "expected"), [
    ("si", "es", False), ("si !", "fr", False), ("si tuviéramos más", "es", True), ("si avessimo", "it", False),
    ("se avessimo", "it", True), ("se trata de", "es", False), ("se tivéssemos", "pt", True),
    ("als we hadden", "nl", True), ("als Agentur", "de", False), ("if we had", "pt", True),
    ("se avessimo", None, True), ("si tuviéramos", None, True),
])
def test_a_word_supposes_only_where_it_means_if(clause: str, lang: str | None, expected: bool) -> None:
    assert supposes(clause, lang) is expected
