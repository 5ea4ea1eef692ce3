"""A visitor who has to go, must stop now or cannot go on, said with regret or politeness, leaves (issue 14).

"ich muss jetzt leider aufhören" was read as no stop at all: "leider" ("unfortunately") and "jetzt" sat between the
modal and its verb, where the readers allowed nothing. Regret changes nothing of a stop or a goodbye, and the
adverbs of time said inside the phrase are the phrase's own; "I can't continue" is a refusal to go on. Near misses:
what the visitor needs to stop doing ("we have to stop wasting money on ads", "ich muss aufhören, Geld zu
verbrennen") is a need, never a stop.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.actions import form
from bot.actions.language import speaking
from bot.actions.phrasebook import translate
from bot.actions.stopping import stops_in_words
from nlu.leaving import says_goodbye
from tests.bot.test_form import tracker, validate

# Stops: "must stop now", "can't continue", with regret or politeness, in each language.
STOPS = {
    "en": ["unfortunately I have to stop", "I'm afraid I have to stop here", "sorry, I can't continue right now",
           "I really have to stop now, sorry", "sadly I need to wrap this up"],
    "de": ["ich muss jetzt leider aufhören", "leider muss ich jetzt aufhören", "tut mir leid, ich muss jetzt aufhören",
           "ich kann leider nicht weitermachen", "ich muss jetzt Schluss machen, sorry"],
    "fr": ["malheureusement je dois arrêter", "désolé, je dois m'arrêter là", "je ne peux pas continuer, désolé",
           "je dois vraiment arrêter maintenant"],
    "es": ["lamentablemente tengo que dejarlo aquí", "lo siento, tengo que parar ya", "no puedo seguir, lo siento",
           "perdona, necesito parar ahora"],
    "it": ["purtroppo devo fermarmi qui", "mi dispiace, devo smettere adesso", "non posso continuare, scusa",
           "scusate, devo proprio interrompere"],
    "pt": ["infelizmente preciso de parar agora", "desculpe, tenho que parar agora", "não posso continuar, desculpe",
           "infelizmente tenho de ficar por aqui"],
    "nl": ["ik moet nu helaas stoppen", "helaas moet ik nu stoppen", "het spijt me, ik moet stoppen",
           "helaas kan ik niet verder", "ik moet er nu echt mee stoppen"],
}
# Goodbyes: "I have to go", with regret or politeness.
GOODBYES = {
    "en": ["sorry, I have to run", "unfortunately I have to go now"],
    "de": ["ich muss jetzt leider los", "leider muss ich weg"],
    "fr": ["je dois y aller, désolé", "malheureusement je dois partir"],
    "es": ["tengo que irme, perdón", "lamentablemente me tengo que ir"],
    "it": ["devo scappare", "purtroppo devo andare"],
    "pt": ["tenho de sair agora", "infelizmente preciso ir embora"],
    "nl": ["sorry, ik moet gaan", "helaas moet ik nu weg"],
}
# What the visitor needs to stop doing, or regret about their business: said with the same words, no leaving.
NEAR_MISSES = {
    "en": ["we have to stop wasting money on ads", "unfortunately we lost most of our leads last year",
           "I can't continue paying for ads that don't work", "we can't go on like this"],
    "de": ["ich muss aufhören, Geld zu verbrennen", "wir müssen aufhören, Leads zu verlieren",
           "leider haben wir kein Budget", "ich kann nicht weiter Leads verlieren"],
    "fr": ["je dois arrêter de perdre des clients", "malheureusement notre site ne convertit pas"],
    "es": ["tengo que dejar de gastar en anuncios", "no puedo seguir pagando anuncios",
           "lamentablemente perdimos clientes"],
    "it": ["devo smettere di perdere clienti", "purtroppo il budget è limitato"],
    "pt": ["tenho que parar de perder clientes", "infelizmente o site não vende"],
    "nl": ["we moeten stoppen met adverteren", "helaas hebben we geen budget", "ik moet stoppen met koude acquisitie"],
}

# Held up first, then the stop, then why (persona set 15's luke: "hang on, stop, a customer just walked in" got "Sorry,
# I didn't catch that"); held up, then an answer, is the answer.
HELD_UP_STOPS = {
    "en": "hang on, stop, a customer just walked in", "de": "moment mal, stopp, ein Kunde ist gerade reingekommen",
    "fr": "attendez, on arrête là, un client vient d'arriver", "es": "un momento, para, acaba de entrar un cliente",
    "pt": "um momento, vamos parar, chegou um cliente", "it": "aspetta un attimo, fermiamoci qui, è entrato un cliente",
    "nl": "wacht even, stop, er komt net een klant binnen",
}
HELD_UP_ANSWERS = ["hang on, we also need SEO", "hold on, the owner is me", "moment mal, wir sind eher zwanzig Leute",
                   "un momento, somos veinte personas", "wacht even, we gebruiken ook HubSpot"]


@pytest.fixture(autouse=True)
def no_drafts(monkeypatch: pytest.MonkeyPatch) -> None:
    async def nothing(*_: Any, **__: Any) -> None:
        return None
    monkeypatch.setattr(form, "save_draft", nothing)


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, texts in STOPS.items() for t in texts])
def test_a_stop_said_with_regret_or_politeness_is_a_stop(lang: str, text: str) -> None:
    assert stops_in_words(text), (lang, text)


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, texts in GOODBYES.items() for t in texts])
def test_having_to_go_said_with_regret_is_a_goodbye(lang: str, text: str) -> None:
    assert says_goodbye(text), (lang, text)


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, texts in NEAR_MISSES.items() for t in texts])
def test_what_the_visitor_needs_to_stop_doing_or_regrets_is_no_leaving(lang: str, text: str) -> None:
    assert not stops_in_words(text) and not says_goodbye(text), (lang, text)


@pytest.mark.parametrize("lang", list(STOPS))
def test_a_stop_with_regret_at_a_question_stops_the_conversation(lang: str) -> None:
    # The form meets the messages the classifier did not call a stop: the first of each language's stops.
    with speaking(lang):
        slots, said, _ = validate(tracker(STOPS[lang][0], requested="timing", attributes={}))
    assert slots.get("stopped") is True and slots["requested_slot"] is None, (said, slots)
    assert said == [translate(form.STOP_LINE, lang)], said


def test_a_need_to_stop_doing_something_at_the_need_question_is_no_stop() -> None:
    with speaking("de"):
        slots, said, _ = validate(tracker("ich muss aufhören, Geld zu verbrennen", requested="need", attributes={}))
    assert not slots.get("stopped"), (said, slots)


@pytest.mark.parametrize("lang", list(HELD_UP_STOPS))
def test_a_stop_after_hang_on_is_a_stop(lang: str) -> None:
    assert stops_in_words(HELD_UP_STOPS[lang]), HELD_UP_STOPS[lang]


@pytest.mark.parametrize("text", HELD_UP_ANSWERS)
def test_an_answer_after_hang_on_is_no_stop(text: str) -> None:
    assert not stops_in_words(text) and not says_goodbye(text), text
