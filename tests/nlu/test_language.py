"""The language of a visitor's answer: the text's when it is clear, else the hint's, the conversation's or English."""

import pytest

from nlu.language import LANGUAGES, code_of, language


@pytest.mark.parametrize("text, code", [
    ("Wir sind ein kleines Ingenieurbüro und suchen mehr Anfragen", "de"),
    ("nous cherchons une agence pour refaire notre site", "fr"),
    ("queremos conseguir más clientes este año", "es"),
    ("precisamos de mais clientes para a nossa loja", "pt"),
    ("vorremmo rifare il sito web entro l'estate", "it"),
    ("we willen beter gevonden worden door klanten", "nl"),
    ("we want more qualified leads from our website", "en"),
])
def test_a_sentence_is_read_as_its_own_language(text, code):
    found = language(text)
    assert (found.code, found.source) == (code, "text")
    assert found.confidence >= 0.9


@pytest.mark.parametrize("text", ["ja", "30", "Q2", "Milano", "ok", "", "   ", "🙂"])
def test_an_answer_too_short_to_tell_follows_the_hint_then_the_conversation_then_english(text):
    assert language(text, hint="nl").code == "nl"
    assert language(text, hint="nl").source == "hint"
    assert language(text, conversation="it").code == "it"
    assert language(text, hint="de", conversation="it").code == "de"
    found = language(text)
    assert (found.code, found.source, found.confidence) == ("en", "default", 0.0)


@pytest.mark.parametrize("text, code", [
    ("5 mil al mes", "es"), ("en enero", "es"), ("pas encore de budget", "fr"), ("on est 18", "fr"),
    ("ab Januar", "de"), ("a gennaio", "it"), ("in januari", "nl"), ("sí", "es"),
])
def test_a_short_answer_in_phrases_only_one_language_has_is_read_in_it(text, code):
    """Too short for lingua, but the words the readers of figures rewrite are that language's."""
    assert language(text).code == code


@pytest.mark.parametrize("text", ["in april", "my direct line: 312-555-0187", "im the ceo", "Calgary AB", "USD 50k", "250+ FTE"])
def test_english_with_a_loanword_or_a_code_stays_english(text):
    assert language(text).code == "en"


def test_a_hint_gives_way_only_to_a_text_that_clearly_says_more_in_another_language():
    assert language("je dois d'abord valider tout cela avec mon patron", hint="en").code == "fr"
    # a few words that lingua would call German, but the bot asked in English
    assert language("grow our instagram + tiktok", hint="en").code == "en"


def test_product_names_addresses_and_figures_are_not_read_as_words():
    # lingua alone reads "Shopify y Klaviyo" as Italian
    assert language("Shopify y Klaviyo").source == "default"
    assert language("jane@acme.io 0171 2345678 https://acme.io").source == "default"


@pytest.mark.parametrize("value, code", [("de", "de"), ("DE", "de"), ("pt-BR", "pt"), ("fr_CH", "fr"), (" nl ", "nl"),
                                         ("xx", None), ("", None), (None, None), (42, None), ("english", None)])
def test_a_hint_is_a_code_or_a_locale_of_one_of_the_seven_languages(value, code):
    assert code_of(value) == code
    if code is None:
        assert language("ja", hint=value).code == "en"


def test_the_seven_languages():
    assert LANGUAGES == ("en", "de", "fr", "es", "pt", "it", "nl")


def test_a_very_long_text_is_read_quickly_by_its_start():
    found = language("Wir brauchen eine neue Webseite. " * 500)
    assert found.code == "de"



@pytest.mark.parametrize("text, codes", [
    ("uns 4 mil euros", {"pt", "es"}), ("orçamento de 12 mil", {"pt"}), ("unos 9 mil dólares", {"es", "pt"}),
])
def test_mil_after_a_figure_beside_spanish_or_portuguese_words_is_theirs(text, codes):
    assert language(text).code in codes


@pytest.mark.parametrize("text", ["about 2 mil", "we do around 25 mil in sales", "rev 3 mil euros last year, 40 people"])
def test_mil_in_english_chat_stays_english(text):
    assert language(text).code == "en"


def test_many_words_of_one_language_outweigh_lingua_reading_english_loanwords():
    assert language("au-delà de 5 000 €, c'est le DG qui signe").code == "fr"


@pytest.mark.parametrize("text, code", [
    ("Bonjour", "fr"), ("bonsoir !", "fr"), ("Salut", "fr"),
    ("Hallo zusammen", "de"), ("Guten Morgen", "de"), ("moin", "de"), ("Servus!", "de"),
    ("¡hola!", "es"), ("Buenas tardes", "es"), ("buenos días", "es"),
    ("Olá", "pt"), ("Bom dia!", "pt"), ("oi, tudo bem?", "pt"),
    ("Buongiorno", "it"), ("ciao!", "it"), ("buonasera", "it"),
    ("Goedemorgen", "nl"), ("hoi", "nl"), ("goedemiddag!", "nl"),
    ("hi", "en"), ("Hello!", "en"), ("good morning", "en"),
])
def test_a_first_message_that_only_greets_is_read_in_the_greetings_language(text, code):
    assert language(text).code == code


@pytest.mark.parametrize("text", [
    "hola, ¿sois un bot?", "¿Es usted un robot?", "¿cuánto cobráis?", "¡Buenas! ¿Quién eres?", "¿hay alguien?",
])
def test_spanish_questions_and_exclamations_opened_upside_down_are_spanish(text):
    assert language(text).code == "es"


@pytest.mark.parametrize("text, code", [
    ("¡Hola! Wir brauchen mehr Leads für unser Team", "de"),
    ("Bonjour, we need more qualified leads from our website", "en"),
    ("hi, wir suchen eine Agentur für unsere neue Webseite", "de"),
])
def test_a_greeting_or_a_mark_does_not_outweigh_a_sentence_in_another_language(text, code):
    assert language(text).code == code


def test_a_greeting_does_not_overrule_the_language_the_conversation_is_in():
    assert language("Bonjour", hint="de").code == "de"
    assert language("hola", conversation="it").code == "it"


@pytest.mark.parametrize(("text", "code"), [("duemila euro", "it"), ("seicento euro al mese", "it"), ("trescientos euros", "es")])
def test_a_number_written_as_one_word_of_a_language_tells_it_in_a_short_answer(text, code):
    assert language(text).code == code


@pytest.mark.parametrize("text, code", [
    ("sei un bot?", "it"), ("ben je een bot?", "nl"),  # lingua alone: German, and English by default
    ("sind Sie ein echter Mensch?", "de"), ("bist du ein Mensch?", "de"),
    ("es-tu un robot ?", "fr"), ("je parle à qui ?", "fr"), ("y a-t-il un engagement ?", "fr"),
    ("eres una persona?", "es"), ("¿con quién hablo?", "es"),
    ("você é um robô?", "pt"), ("quem é você?", "pt"),
    ("parlo con una persona?", "it"), ("dove siete?", "it"), ("chi sei?", "it"),
    ("is dit een mens?", "nl"), ("wie ben jij?", "nl"),
])
def test_a_short_question_is_read_in_the_language_of_its_pronouns_verbs_and_articles(text, code):
    found = language(text)
    assert (found.code, found.source) == (code, "text")


@pytest.mark.parametrize("text", ["are you a bot?", "is this a real person?", "hat trick", "Ho Chi Minh City", "im the ceo", "was it you?"])
def test_english_and_names_are_not_read_as_another_language_by_one_shared_word(text):
    assert language(text).code == "en"


def test_a_short_question_still_follows_the_language_the_bot_asked_in():
    assert language("sei un bot?", hint="es").code == "es"


_QUESTIONS_MID_CONVERSATION = [
    ("ma tu sei un bot?", "it"), ("ma tu sei davvero un bot?", "it"), ("e voi lavorate con piccole aziende?", "it"),
    ("pero tú eres un bot?", "es"), ("¿pero tú eres un bot?", "es"),
    ("mas tu és um bot?", "pt"), ("mas você é mesmo um robô?", "pt"), ("e vocês trabalham com empresas pequenas?", "pt"),
    ("mais tu es un robot ?", "fr"), ("et vous êtes où exactement ?", "fr"),
    ("maar ben jij een echte bot?", "nl"), ("und bist du ein echter Mensch?", "de"),
]


@pytest.mark.parametrize("text, code, expected", [
    (text, code, expected) for text, code in _QUESTIONS_MID_CONVERSATION
    for expected in ({"hint": "en"}, {"conversation": "en"}, {"conversation": "de"}) if expected.get("conversation") != code
])
def test_a_question_of_five_words_or_more_mid_conversation_is_read_in_its_own_language(text, code, expected):
    assert language(text, **expected).code == code


@pytest.mark.parametrize("text, expected, code", [
    ("but are you a real bot?", {"conversation": "it"}, "en"),
    ("e vocês são uma agência?", {"conversation": "pt"}, "pt"), ("y ustedes son una agencia?", {"conversation": "es"}, "es"),
    ("e voi siete un'agenzia?", {"conversation": "it"}, "it"), ("e quanto costa?", {"conversation": "es"}, "es"),
    ("do you work with small firms?", {"conversation": "en"}, "en"), ("sei un bot?", {"hint": "es"}, "es"),
])
def test_a_question_in_the_conversations_language_or_too_short_to_tell_keeps_it(text, expected, code):
    assert language(text, **expected).code == code
