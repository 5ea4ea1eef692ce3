"""The conversation's language: the browser's, then what the first messages are written in, then the visitor's
request; every sentence of the bot has a translation in each language, with values in the visitor's format."""

from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.actions import booking, conversation, faq, language, outcome, phrasing
from bot.actions.language import GREETINGS, conversation_language, requested
from bot.actions.phrasebook import phrases, say
from nlu.attributes import Attributes, Authority, Budget, Location, Range, Timing
from qualification.playbook import LANGUAGES

ACTIONS = Path(conversation.__file__).parent
DOMAIN = ACTIONS.parent / "domain.yml"
OTHERS = [lang for lang in LANGUAGES if lang != "en"]
PLACEHOLDER = re.compile(r"\{(\w*)\}")


def _user(text: str, **metadata: Any) -> dict[str, Any]:
    return {"event": "user", "text": text, "metadata": metadata}


@pytest.fixture
def speaking():
    """Runs the body as an action call of a conversation in the given language."""
    tokens = []

    def enter(lang: str) -> None:
        tokens.append(language._spoken.set(lang))

    yield enter
    for token in reversed(tokens):
        language._spoken.reset(token)


def test_short_first_replies_are_read_together_and_a_company_name_says_nothing_of_the_language():
    spanish = [_user("hola"), _user("más clientes"), _user("Talleres Martín"), _user("soy el gerente")]
    assert conversation_language(spanish, "en") == "es"
    assert conversation_language([_user("hi"), _user("more leads"), _user("Müller & Söhne GmbH")], "en") == "en"
    assert conversation_language([_user("hi"), _user("seo"), _user("Bäckerei Huber GmbH"), _user("CEO")], "en") == "en"


def test_the_browser_language_is_spoken_until_the_text_says_otherwise():
    assert conversation_language([_user("Hallo", language="de-DE")], "en") == "de"
    assert conversation_language([_user("hi", language="pt-BR"), _user("/affirm", language="pt-BR")], "en") == "pt"
    # A browser language the bot does not speak leaves the playbook's.
    assert conversation_language([_user("hello", language="ja-JP")], "en") == "en"
    # A browser language that is no language at all leaves the playbook's, for a text that names none ("hello"
    # is English by its words, which nlu.language now reads: a greeting sets the language).
    assert conversation_language([_user("50", language=42)], "de") == "de"
    assert conversation_language([_user("hello", language=42)], "de") == "en"


def test_the_first_messages_written_clearly_in_a_language_override_the_browser():
    events = [_user("Hi", language="de-DE"), _user("We need help with SEO for our online shop", language="de-DE")]
    assert conversation_language(events, "en") == "en"
    events = [_user("Hola, necesitamos ayuda con anuncios en Google para la tienda", language="en-US")]
    assert conversation_language(events, "en") == "es"


def test_a_greeting_capitalised_like_a_name_is_read_with_the_next_message():
    # Alone, "on a besoin de plus de leads qualifiés" reads as English to the detector (0.95).
    bonjour = {**_user("Bonjour", language="fr-FR"), "parse_data": {"intent": {"name": "greet", "confidence": 0.9}}}
    assert conversation_language([bonjour, _user("on a besoin de plus de leads qualifiés", language="fr-FR")], "en") == "fr"
    # A name is still left out: it says where the company is, not the visitor's language.
    assert conversation_language([_user("hi"), _user("more leads"), _user("Müller & Söhne GmbH")], "en") == "en"


def test_without_a_browser_language_a_short_question_is_read_by_its_words():
    # The REST channel and Slack send no browser language: the playbook's is no expectation to keep.
    assert conversation_language([_user("was kostet das?")], "en") == "de"
    assert conversation_language([_user("c'est combien ?")], "en") == "fr"
    assert conversation_language([_user("quanto custa por mês?")], "en") == "pt"
    assert conversation_language([_user("what do you charge?")], "en") == "en"
    assert conversation_language([_user("hi"), _user("50k"), _user("Acme GmbH")], "en") == "en"
    # Keys mashed at random (the classifier's fallback) are no language, though the detector calls them Spanish.
    mashed = {**_user("asdkjh qweoiu zxcmnb"), "parse_data": {"intent": {"name": "nlu_fallback", "confidence": 0.3}}}
    assert conversation_language([mashed, _user("hi")], "en") == "en"
    # A browser's language is one: a short text does not overrule it.
    assert conversation_language([_user("was kostet das?", language="en-US")], "en") == "en"


def test_short_answers_and_later_messages_do_not_move_the_language():
    events = [_user("Bonjour", language="fr-FR"), _user("HubSpot"), _user("50"), _user("Q2")]
    assert conversation_language(events, "en") == "fr"
    later = [_user("Wir brauchen Hilfe bei SEO und Anzeigen"), _user("50"), _user("Berlin"), _user("ok"),
             _user("We also want to redo our whole website next spring")]
    assert conversation_language(later, "en") == "de"


def test_asking_for_a_language_switches_and_sticks():
    events = [_user("Hallo", language="de-DE"), _user("English please"),
              _user("Wir brauchen Hilfe bei der Suchmaschinenoptimierung")]
    assert conversation_language(events, "en") == "en"
    assert conversation_language([*events, _user("auf Deutsch bitte")], "en") == "de"


@pytest.mark.parametrize("text, code", [
    ("English please", "en"), ("in English, please", "en"), ("auf Deutsch bitte", "de"), ("Deutsch?", "de"),
    ("en français", "fr"), ("en francais s'il vous plait", "fr"), ("¿Podemos hablar en español?", "es"),
    ("em português, por favor", "pt"), ("in italiano per favore", "it"), ("in het Nederlands graag", "nl"),
    ("can you write in German?", "de"),
])
def test_a_request_for_a_language_is_heard_in_any_of_the_seven(text, code):
    assert requested(text) == code


@pytest.mark.parametrize("text", [
    "we're a German company", "Germany", "our clients are Dutch and Belgian", "English or German, both fine",
    "We sell to French and Italian retailers across Europe and need more leads there", "", "/affirm",
])
def test_a_language_named_in_an_answer_is_no_request(text):
    assert requested(text) is None


def _said_in_code() -> set[str]:
    """Every English sentence the actions pass to ``say`` as a literal, and the constants they pass to it."""
    found: set[str] = set()
    for path in ACTIONS.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "say" and node.args \
                    and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str):
                found.add(node.args[0].value)
    return found | {conversation.STOPPED_HINT, getattr(conversation, "OPENING", "Thanks."), outcome.PENDING_MESSAGE,
                    outcome.PENDING_UNREACHABLE, faq.NOT_SURE, booking.ASK_ZONE,
                    phrasing.SAID_BACK, *phrasing.ACKNOWLEDGEMENTS, *GREETINGS,
                    *phrasing._NEED_WORDS.values(), *phrasing._PERIODS.values(),
                    *phrasing.INDUSTRY_WORDS.values()}


def test_every_sentence_the_bot_says_has_a_translation_in_each_language():
    said = _said_in_code()
    assert len(said) > 80
    missing = {text: [lang for lang in OTHERS if not phrases().get(text, {}).get(lang)] for text in said}
    assert {text: langs for text, langs in missing.items() if langs} == {}


def test_a_translation_fills_in_only_values_the_english_has():
    for english, translations in phrases().items():
        for lang, text in translations.items():
            assert lang in OTHERS, (english, lang)
            assert set(PLACEHOLDER.findall(text)) <= set(PLACEHOLDER.findall(english)), (english, lang)


def test_rasas_own_responses_have_the_phrasebooks_translation_per_language():
    responses = yaml.safe_load(DOMAIN.read_text())["responses"]
    for name, variants in responses.items():
        english = [v["text"] for v in variants if "condition" not in v]
        assert english, name
        for lang in OTHERS:
            conditioned = [v["text"] for v in variants if v.get("condition") == [
                {"type": "slot", "name": "language", "value": lang}]]
            assert conditioned == [phrases()[text][lang] for text in english], (name, lang)


def test_a_sentence_without_a_translation_is_said_in_english(speaking):
    speaking("de")
    assert say("Thanks.") == "Danke."
    assert say("A sentence nobody translated, {name}.", name="Ada") == "A sentence nobody translated, Ada."


def test_values_are_said_back_in_the_visitors_language_and_format(speaking):
    attrs = Attributes(budget=Budget(min=25000, max=25000, currency="EUR", period="year"),
                       company_size=Range(1200, 1200), location=Location(country="DE", city="München"),
                       timing=Timing(target_date="2027-03-31"))
    assert phrasing.describe("budget", attrs) == "a budget of about €25k a year"
    speaking("de")
    assert phrasing.describe("budget", attrs) == "ein Budget von etwa 25.000\u00a0€ im Jahr"
    assert phrasing.describe("company_size", attrs) == "etwa 1.200 Mitarbeitende"
    assert phrasing.describe("location", attrs) == "einen Sitz in München, Deutschland"
    assert phrasing.describe("timing", attrs) == "ein Start bis Ende März 2027"  # the period, not a computed day
    assert phrasing.noted(["budget", "company_size"], attrs) == \
        "Ich habe notiert: ein Budget von etwa 25.000\u00a0€ im Jahr und etwa 1.200 Mitarbeitende. Stimmt das?"
    assert phrasing.is_said_back(phrasing.said_back(["company_size"], attrs) or "")
    speaking("es")
    assert phrasing.describe("budget", Attributes(budget=Budget(min=1_500_000, max=1_500_000, currency="USD"))) \
        == "un presupuesto de unos 1,5\u00a0millones de USD"  # in words: CLDR's "1,5 MUS$" was unreadable


def test_the_industry_and_the_city_are_said_in_the_visitors_language_and_words(speaking):
    munich = Attributes(industry="software", location=Location(country="DE", city="Munich"))
    speaking("de")
    assert phrasing.noted(["industry", "location"], munich, {"location": "Wir sitzen in München, seit 1990"}) == \
        "Ich habe notiert: die Branche Software und einen Sitz in München, Deutschland. Stimmt das?"
    speaking("es")
    assert phrasing.describe("industry", Attributes(industry="hospitality")) == "el sector hotelero y de hostelería"
    assert phrasing.describe("location", Attributes(location=Location(country="US", city="New York")),
                             "tenemos oficina en new york") == "una sede en New York, Estados Unidos"
    speaking("en")
    assert phrasing.describe("location", munich, "wir sitzen in München") == "a base in Munich, Germany"


def test_call_times_and_their_zone_are_shown_in_the_visitors_locale(speaking):
    page = {"owner": {"name": "Lena Fischer"}, "time_zone": "Europe/Berlin", "meeting_minutes": 30, "slots": [
        {"starts_at": "2026-11-24T09:00:00Z", "ends_at": "2026-11-24T09:30:00Z", "label": "Tue 24 Nov, 10:00–10:30"}]}
    english = booking.offer_messages(page, "", zone_known=True)[0]
    assert english["buttons"][0]["title"] == "Tue 24 Nov, 10:00–10:30"
    speaking("de")
    german = booking.offer_messages(page, "", zone_known=True)[0]
    assert german["text"] == ("Hier sind die nächsten freien Termine für ein 30-minütiges Gespräch mit Lena Fischer "
                              "(Mitteleuropäische Zeit):")
    assert [b["title"] for b in german["buttons"]] == [
        "Di., 24. Nov., 10:00–10:30", "Andere Zeiten", "Andere Zeitzone", "Jetzt nicht"]
    speaking("es")
    booked = {"owner": {"name": "Lena Fischer"}, "starts_at": "2026-11-24T09:00:00Z", "ends_at": "2026-11-24T09:30:00Z",
              "time_zone": "Europe/Madrid", "label": "Tue 24 Nov, 10:00–10:30", "ics_url": "https://x.example/c.ics"}
    assert booking.confirmation_messages(booked, repeated=False)[0]["text"] == (
        "¡Reserva hecha! Su llamada con Lena Fischer es el mar, 24 nov, 10:00–10:30 (hora de Europa central). "
        "Tenemos muchas ganas de hablar con usted.")
    # The zone's CLDR name, in each language's own words for "time"; UTC keeps its id.
    speaking("fr")
    assert booking.offer_messages({**page, "time_zone": "America/Chicago"}, "", zone_known=True)[0]["text"].endswith(
        "(heure du centre nord-américain) :")
    speaking("it")
    assert "(UTC)" in booking.offer_messages({**page, "time_zone": "UTC"}, "", zone_known=True)[0]["text"]


@pytest.mark.parametrize("lang, words", [
    ("de", "Ich habe notiert: Sie studieren. Stimmt das?"),
    ("fr", "J'ai noté : vous faites des études. C'est bien ça ?"),
    ("es", "He anotado: que es estudiante. ¿Es correcto?"),
    ("pt", "Anotei: que é estudante. Está correto?"),
    ("it", "Ho preso nota di: che studia. È corretto?"),
    ("nl", "Ik heb genoteerd: dat u student bent. Klopt dat?"),
])
def test_a_student_heard_is_confirmed_in_the_visitors_language_without_a_role_as_student(
        speaking, lang: str, words: str) -> None:
    speaking(lang)
    title = {"it": "na studentessa di economia", "de": "Studentin"}.get(lang, "student")
    attrs = Attributes(persona="student", authority=Authority(title=title, seniority="individual_contributor",
                                                              role="user"))
    assert phrasing.noted(["authority"], attrs) == words
