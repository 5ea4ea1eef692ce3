"""The visitor's questions about this chat, the call times' zone, a guide on a topic, "run" as a price, and the
terms of working with us, in seven languages (issue 14; other wordings than tests/nlu/faq_questions_7.jsonl).

Matched over every language's phrasings of the default playbook, the language detected, as the blind sets are.
Statements of need that use the same words ask nothing.
"""

from __future__ import annotations

from typing import Callable

import pytest

from nlu.faq import FaqMatcher, asked_for, reads_as_question
from qualification import DEFAULT_PLAYBOOK, load_playbook

PLAYBOOK = load_playbook(DEFAULT_PLAYBOOK)

EntryOf = Callable[[str], "str | None"]


# The matcher is built once for the module's tests, not at its import: every pytest process imports every module it
# collects, and a run of other tests paid for it too (tests/nlu/test_faq.py builds its ``translated`` so).
@pytest.fixture(scope="module")
def matcher() -> FaqMatcher:
    return FaqMatcher(
        (entry.id, [*entry.questions, *(q for fields in (entry.translations or {}).values() for q in fields.get("questions", ()))])
        for entry in PLAYBOOK.faq
    )


@pytest.fixture
def entry_of(matcher: FaqMatcher) -> EntryOf:
    """The FAQ entry that answers ``text``, matched over every language's phrasings, its language detected."""

    def matched(text: str) -> str | None:
        found = matcher.match(text)
        return found.entry if found else None

    return matched


@pytest.mark.parametrize("text", [
    "what happens to the stuff I typed once I leave?", "do you save this conversation?", "who gets to see what I write here?",
    "Was passiert mit dem, was ich hier eingebe?", "Wird dieser Chat gespeichert?",
    "Que devient ce que j'écris ici ?", "Qui a accès à ce que j'écris ?", "¿Quién tiene acceso a mis respuestas?",
    "O que acontece ao que escrevo aqui?", "Quem tem acesso às minhas respostas?",
    "Che fine fanno le mie risposte?", "Salvate questa conversazione?",
    "Wat gebeurt er met wat ik hier typ?", "Wie heeft toegang tot mijn antwoorden?",
])
def test_asking_what_becomes_of_what_they_write_in_this_chat_is_the_data_entry(entry_of: EntryOf, text: str) -> None:
    assert entry_of(text) == "data"


@pytest.mark.parametrize("text", [
    "what time zone are these times in?", "are those times GMT?", "is 3pm my local time?",
    "In welcher Zeitzone sind diese Termine?", "Ist das meine Ortszeit?", "Les créneaux sont dans quel fuseau horaire ?",
    "¿En qué zona horaria están esas horas?", "Esses horários estão em que fuso?", "Gli orari sono in che fuso orario?",
    "Zijn die tijden in mijn tijdzone?",
])
def test_asking_the_zone_of_the_call_times_is_the_time_zone_entry(entry_of: EntryOf, text: str) -> None:
    assert entry_of(text) == "time_zone"


@pytest.mark.parametrize("text", [
    "which time zone are you in?", "what time zone is your team in?", "In welcher Zeitzone sitzt ihr?",
    "Dans quel fuseau horaire êtes-vous ?", "In welke tijdzone zitten jullie?",
])
def test_asking_our_own_time_zone_asks_where_we_are(entry_of: EntryOf, text: str) -> None:
    assert entry_of(text) == "location"


SEVEN = ("en", "de", "fr", "es", "pt", "it", "nl")


def _answers_by_language(entry) -> dict[str, str]:
    """The entry's answer in English and each translation's, by language code; a regional variant ("pt-BR") is read
    beside its language, and must say the same things."""
    return {"en": entry.answer or "", **{code: fields.get("answer") or "" for code, fields in (entry.translations or {}).items()}}


def test_the_time_zone_answer_says_how_the_zone_is_chosen_and_how_to_change_it_in_seven_languages() -> None:
    entry = next(e for e in PLAYBOOK.faq if e.id == "time_zone")
    answers = _answers_by_language(entry)
    assert set(SEVEN) <= set(answers) and all(answers.values())
    # The button the offer shows in each language (bot/actions/phrasebook.yml "Other time zone").
    buttons = {"en": "Other time zone", "de": "Andere Zeitzone", "fr": "Autre fuseau horaire", "es": "Otra zona horaria",
               "pt": "Outro fuso horário", "it": "Altro fuso orario", "nl": "Andere tijdzone"}
    assert all(buttons[code.split("-")[0]] in answer for code, answer in answers.items())


@pytest.mark.parametrize("text", ["what does a monthly retainer run?", "what would six months of SEO run us?",
                                  "roughly what will that run me?"])
def test_run_said_of_a_price_is_the_pricing_entry(entry_of: EntryOf, text: str) -> None:
    assert entry_of(text) == "pricing"


@pytest.mark.parametrize("text", ["what do you run?", "what kind of campaigns do you run?"])
def test_run_said_of_our_work_is_no_price(entry_of: EntryOf, text: str) -> None:
    assert entry_of(text) != "pricing"


@pytest.mark.parametrize("text", [
    "do you have a guide on TikTok ads for law firms?", "got a whitepaper about ABM for manufacturers?",
    "Habt ihr einen Leitfaden zu LinkedIn-Werbung?", "Avez-vous un guide sur Google Ads ?", "¿Tienen una guía sobre SEO local?",
    "Têm algum guia sobre anúncios no LinkedIn?", "Avete una guida sulla SEO per ecommerce?",
    "Hebben jullie een gids over Google Ads?",
])
def test_a_guide_on_any_topic_is_the_guide_entry_not_the_services(entry_of: EntryOf, text: str) -> None:
    assert entry_of(text) == "whitepaper"


def test_only_the_visitors_question_loses_a_guides_topic_a_phrasing_keeps_it() -> None:
    assert asked_for("do you have a guide on SEO for dentists?") == "do you have a guide"
    matcher = FaqMatcher([("guide", ["Haben Sie einen Ratgeber zur Generierung von Leads?"]), ("bot", ["Bist du ein Bot?"])])
    found = matcher.match("habt ihr was zur Leadgenerierung?", lang="de")
    assert found is not None and found.entry == "guide"


def test_the_guide_and_webinar_entries_say_something_before_their_link_in_seven_languages() -> None:
    for entry in (e for e in PLAYBOOK.faq if e.id in ("whitepaper", "webinar")):
        answers = _answers_by_language(entry)
        assert set(SEVEN) <= set(answers) and all(answers.values()), entry.id


@pytest.mark.parametrize("text", [
    "do you sign NDAs?", "would you sign our NDA before we send over the data?", "is there a minimum contract?",
    "what happens next?", "how long does onboarding take?", "Unterschreibt ihr ein NDA?",
    "Vous signez un accord de confidentialité ?", "Assinam NDA?", "Firmate un NDA?", "Tekenen jullie een NDA?",
])
def test_the_terms_and_next_steps_are_the_process_entry(entry_of: EntryOf, text: str) -> None:
    assert entry_of(text) == "process"


def test_the_process_answer_says_who_answers_the_terms_it_does_not_in_seven_languages() -> None:
    entry = next(e for e in PLAYBOOK.faq if e.id == "process")
    answers = _answers_by_language(entry)
    assert set(SEVEN) <= set(answers) and all("hello@brightline.example" in answer for answer in answers.values())


@pytest.mark.parametrize("text", [
    "how much time do you have?", "we need a guide for our sales team", "I'll send our numbers once you sign an NDA",
    "our NDA is attached", "we need to know your time zone for the call", "our team works across three time zones",
    "we want to keep this chat history for our records", "Wir brauchen einen Leitfaden für unser Vertriebsteam.",
    "Nous avons besoin d'un livre blanc pour notre lancement.", "Necesitamos firmar un NDA con nuestros proveedores.",
    "Precisamos de um guia para a nossa equipa.", "Abbiamo bisogno di un fuso orario comune per il team.",
    "We hebben een NDA nodig voor onze leveranciers.",
])
def test_a_statement_of_need_with_the_same_words_asks_nothing(entry_of: EntryOf, text: str) -> None:
    assert entry_of(text) is None


@pytest.mark.parametrize("text", ["I'll send our numbers once you sign an NDA", "we need to know your time zone for the call",
                                  "Nous avons besoin d'un livre blanc pour notre lancement."])
def test_a_statement_of_need_does_not_read_as_a_question(text: str) -> None:
    assert not reads_as_question(text)
