"""A visitor asking why the bot won't take, keep or understand what they said is complaining about the conversation,
not asking an FAQ (issue 14: after "stop", "why won't you take it?" got the process answer, "It starts with a free
30-minute call…", through "take" in "how long does it take?"), in the seven languages. Precision over recall: no entry
answers it. Near misses: the questions those entries do answer, and a "why don't you" about what we offer."""

from __future__ import annotations

import pytest

from nlu.faq import FaqMatcher, complains_of_the_bot
from qualification import DEFAULT_PLAYBOOK, load_playbook

PLAYBOOK = load_playbook(DEFAULT_PLAYBOOK)


@pytest.fixture(scope="module")
def matcher() -> FaqMatcher:
    return FaqMatcher((entry.id, entry.questions) for entry in PLAYBOOK.faq)


COMPLAINTS = [
    ("why won't you take it?", "en"), ("why won't you take my budget?", "en"), ("why don't you save my answer?", "en"),
    ("why didn't you understand me?", "en"), ("why can't you just accept it", "en"),
    ("warum nehmen Sie das nicht?", "de"), ("warum speichern Sie meine Antwort nicht?", "de"),
    ("pourquoi vous ne le prenez pas ?", "fr"), ("pourquoi tu ne comprends pas ?", "fr"),
    ("¿por qué no lo aceptas?", "es"), ("por qué no guardas mi respuesta", "es"),
    ("por que você não aceita?", "pt"), ("por que não salva minha resposta?", "pt"),
    ("perché non lo prendi?", "it"), ("perché non salvi la mia risposta?", "it"),
    ("waarom neem je het niet aan?", "nl"), ("waarom bewaart u mijn antwoord niet?", "nl"),
]


@pytest.mark.parametrize(("text", "lang"), COMPLAINTS)
def test_a_complaint_about_what_the_bot_does_matches_no_entry(matcher: FaqMatcher, text: str, lang: str) -> None:
    assert complains_of_the_bot(text)
    assert matcher.match(text, lang) is None


@pytest.mark.parametrize(("text", "entry"), [
    ("how long does it take?", "process"), ("what happens next?", "process"), ("why do you need my email?", "data"),
    ("how do you store my data?", "data"), ("why won't you tell me the price?", "pricing"),
])
def test_the_questions_the_entries_answer_still_find_them(matcher: FaqMatcher, text: str, entry: str) -> None:
    assert not complains_of_the_bot(text)
    found = matcher.match(text, "en")
    assert found is not None and found.entry == entry


@pytest.mark.parametrize("text", [
    "why don't you work with restaurants?", "pourquoi vous ne travaillez pas avec les restaurants ?",
    "warum arbeiten Sie nicht mit Restaurants?", "why don't you offer SEO?",
])
def test_a_why_not_about_what_we_offer_is_no_complaint(text: str) -> None:
    assert not complains_of_the_bot(text)
