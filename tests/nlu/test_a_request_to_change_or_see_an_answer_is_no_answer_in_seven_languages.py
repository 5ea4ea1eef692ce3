"""What a visitor says about their own answers, read in the seven languages (issue 14, found playing).

"the budget" said to the question the Change button asked was stored as the industry "other"; "what about my budget,
it's wrong" got the pricing answer; "what do you have so far?" got "I'm not sure about that one"; "no the budget is
kenyan shillings not dollars" was not read at all. ``nlu.recap`` reads a request to change a field, a request to see
what was noted, and a currency put right; each beside near misses that must stay answers.
"""

from __future__ import annotations

import pytest

from nlu.recap import asks_for_recap, currency_instead, fields_to_change

CHANGES = [
    ("en", "the budget", "budget"), ("en", "budget's wrong", "budget"), ("en", "change the timing", "timing"),
    ("en", "what about my budget, it's wrong", "budget"), ("en", "no, the industry is wrong", "industry"),
    ("en", "the company size isn't right", "company_size"), ("en", "can I change my role?", "authority"),
    ("en", "I'd like to fix the start date", "timing"), ("en", "Budget", "budget"),
    ("de", "das Budget", "budget"), ("de", "das Budget stimmt nicht", "budget"), ("de", "die Branche ist falsch", "industry"),
    ("de", "ich möchte den Starttermin ändern", "timing"), ("de", "ändern Sie bitte das Budget", "budget"),
    ("fr", "le budget", "budget"), ("fr", "le budget n'est pas bon", "budget"), ("fr", "le secteur est faux", "industry"),
    ("fr", "je voudrais changer la date de début", "timing"), ("fr", "la taille de l'entreprise est fausse", "company_size"),
    ("es", "el presupuesto", "budget"), ("es", "el presupuesto está mal", "budget"), ("es", "quiero cambiar el sector", "industry"),
    ("es", "la fecha de inicio es incorrecta", "timing"),
    ("pt", "o orçamento", "budget"), ("pt", "o orçamento está errado", "budget"), ("pt", "quero mudar o setor", "industry"),
    ("pt", "a data de início está errada", "timing"),
    ("it", "il budget", "budget"), ("it", "il budget è sbagliato", "budget"), ("it", "vorrei cambiare il settore", "industry"),
    ("it", "la data di inizio è sbagliata", "timing"),
    ("nl", "het budget", "budget"), ("nl", "het budget klopt niet", "budget"), ("nl", "ik wil de branche wijzigen", "industry"),
    ("nl", "de startdatum is fout", "timing"),
]


@pytest.mark.parametrize(("lang", "text", "field"), CHANGES)
def test_a_field_named_with_words_of_changing_asks_to_change_it(lang: str, text: str, field: str) -> None:
    assert fields_to_change(text) == (field,), (lang, text)


# Answers that name a field and say something of it, or say it is right: still answers (or a yes), never a request.
NOT_CHANGES = [
    "the budget is tight", "budget 5k", "our budget is about 5k a month", "no budget", "we have no budget yet",
    "the budget?", "the budget is right", "the budget is correct", "logistics", "we need more leads", "Haulwell Ltd",
    "kein Budget", "das Budget ist knapp", "das Budget stimmt", "unser Budget liegt bei 5.000 € im Monat",
    "pas de budget", "le budget est serré", "le budget est bon", "sin presupuesto", "el presupuesto es de 5.000 €",
    "sem orçamento", "o orçamento é de 5 mil", "nessun budget", "il budget è di 5.000 euro", "geen budget",
    "het budget klopt", "het budget is 5.000 euro", "the start date is March", "the team is 12 people",
]


@pytest.mark.parametrize("text", NOT_CHANGES)
def test_an_answer_that_merely_names_a_field_is_no_request_to_change_it(text: str) -> None:
    assert fields_to_change(text) == (), text


RECAPS = [
    ("en", "what do you have so far?"), ("en", "what have you noted"), ("en", "what do you know about me?"),
    ("en", "can I see my answers?"), ("en", "what have you got so far?"), ("en", "summary please"),
    ("de", "was hast du notiert?"), ("de", "was haben Sie bisher notiert?"), ("de", "was wissen Sie über mich?"),
    ("de", "kann ich meine Antworten sehen?"),
    ("fr", "qu'avez-vous noté ?"), ("fr", "qu'est-ce que vous avez noté ?"), ("fr", "que savez-vous de moi ?"),
    ("fr", "je peux voir mes réponses ?"),
    ("es", "¿qué has anotado?"), ("es", "¿qué tienes hasta ahora?"), ("es", "¿qué sabes de mí?"),
    ("es", "¿puedo ver mis respuestas?"),
    ("pt", "o que anotou até agora?"), ("pt", "o que sabe sobre mim?"), ("pt", "posso ver as minhas respostas?"),
    ("it", "cosa ha annotato finora?"), ("it", "cosa sa di me?"), ("it", "posso vedere le mie risposte?"),
    ("nl", "wat heeft u tot nu toe genoteerd?"), ("nl", "wat weet u over mij?"), ("nl", "kan ik mijn antwoorden zien?"),
]


@pytest.mark.parametrize(("lang", "text"), RECAPS)
def test_a_request_to_see_what_was_noted_is_a_recap(lang: str, text: str) -> None:
    assert asks_for_recap(text), (lang, text)


# Questions about us, or asking for something else to see: no recap.
NOT_RECAPS = [
    "what do you know about SEO?", "what have you done for logistics firms?", "a summary of your services?",
    "can I see examples?", "what do you have for small businesses?", "was wissen Sie über Logistik?",
    "que savez-vous faire ?", "¿qué sabes de SEO?", "posso ver exemplos?", "cosa sa fare?", "wat weet u van SEO?",
    "we need a summary of our leads each week",
]


@pytest.mark.parametrize("text", NOT_RECAPS)
def test_a_question_about_us_or_another_thing_is_no_recap(text: str) -> None:
    assert not asks_for_recap(text), text


CURRENCIES = [
    ("en", "no the budget is kenyan shillings not dollars", "KES"), ("en", "it's in euros, not dollars", "EUR"),
    ("en", "KES not USD", "KES"), ("en", "sorry, pounds not dollars", "GBP"),
    ("de", "nein, das Budget ist in Pfund, nicht in Euro", "GBP"), ("de", "in Franken, nicht in Euro", "CHF"),
    ("fr", "c'est en euros, pas en dollars", "EUR"), ("fr", "non, le budget est en francs suisses, pas en euros", "CHF"),
    ("es", "es en euros, no en dólares", "EUR"), ("es", "no, el presupuesto es en dólares, no en euros", "USD"),
    ("pt", "é em euros, não em dólares", "EUR"), ("pt", "não, o orçamento é em libras, não em euros", "GBP"),
    ("it", "è in euro, non in dollari", "EUR"), ("it", "no, il budget è in franchi, non in euro", "CHF"),
    ("nl", "het is in euro, niet in dollars", "EUR"), ("nl", "nee, het budget is in ponden, niet in euro", "GBP"),
]


@pytest.mark.parametrize(("lang", "text", "code"), CURRENCIES)
def test_a_currency_put_right_without_a_figure_names_the_new_currency(lang: str, text: str, code: str) -> None:
    assert currency_instead(text) == code, (lang, text)


# A figure is the money reader's; a question or a currency said of something else puts no sum right.
NOT_CURRENCIES = [
    "150k KES", "about 5.000 € a month", "do you take dollars?", "we pay our staff in euros", "we sell in pounds",
    "wir verkaufen in Franken", "nos clients paient en dollars", "dollars or euros, whichever",
]


@pytest.mark.parametrize("text", NOT_CURRENCIES)
def test_a_figure_a_question_or_a_currency_of_something_else_is_no_currency_put_right(text: str) -> None:
    assert currency_instead(text) is None, text


OWN_DETAILS = [
    "do you really need my email?", "why do you need my email address?", "Brauchen Sie wirklich meine E-Mail?",
    "wozu brauchen Sie meine Daten?", "vous avez vraiment besoin de mon adresse e-mail ?", "pourquoi mes coordonnées ?",
    "¿de verdad necesitan mi correo?", "¿para qué quieren mis datos?", "precisam mesmo do meu e-mail?",
    "porquê os meus dados?", "vi serve davvero la mia email?", "perché i miei dati?",
    "hebben jullie echt mijn e-mailadres nodig?", "waarom mijn gegevens?",
]


@pytest.mark.parametrize("text", OWN_DETAILS)
def test_a_question_about_the_visitors_own_details_is_read_as_one(text: str) -> None:
    from nlu.recap import asks_about_own_details
    assert asks_about_own_details(text), text


# Their details given, a need for email work, or a question about something else: not about their own details.
NOT_OWN_DETAILS = [
    "my email is ana@acme.io", "my email is on our website", "do you do email marketing?", "we need help with email",
    "is your data in the EU?", "meine E-Mail ist anna@firma.de", "mon adresse e-mail est claire@x.fr",
    "can you help with our data?",
    # What happens to them is the data-use question (the FAQ's), and the visitor's own need is no question to us.
    "what happens with my data?", "do you sell my data?", "where is my data stored?", "I need my data deleted",
    "was passiert mit meinen Daten?", "que faites-vous de mes données ?", "¿qué hacen con mis datos?",
    "o que fazem com os meus dados?", "cosa fate con i miei dati?", "wat doen jullie met mijn gegevens?",
]


@pytest.mark.parametrize("text", NOT_OWN_DETAILS)
def test_details_given_or_another_question_is_no_question_about_own_details(text: str) -> None:
    from nlu.recap import asks_about_own_details
    assert not asks_about_own_details(text), text


ANEW = [
    ("the company is Peoplewise not 30k", "company", "Peoplewise"), ("it's Peoplewise, you wrote 30k", None, "Peoplewise"),
    ("my name is Jonathan, not Jon", "name", "Jonathan"), ("die Firma heißt Peoplewise, nicht 30k", "company", "Peoplewise"),
    ("ich heiße Jonas, nicht Jon", "name", "Jonas"), ("l'entreprise c'est Peoplewise, pas 30k", "company", "Peoplewise"),
    ("je m'appelle Claire, pas Clara", "name", "Claire"), ("la empresa es Peoplewise, no 30k", "company", "Peoplewise"),
    ("a empresa é a Peoplewise, não 30k", "company", "Peoplewise"), ("l'azienda è Peoplewise, non 30k", "company",
                                                                      "Peoplewise"),
    ("het bedrijf heet Peoplewise, niet 30k", "company", "Peoplewise"),
]


@pytest.mark.parametrize(("text", "field", "value"), ANEW)
def test_a_company_or_name_said_anew_with_the_old_one_taken_back_is_read(text: str, field: str | None,
                                                                          value: str) -> None:
    from nlu.recap import named_anew
    said = named_anew(text)
    assert said is not None and said[:2] == (field, value), said


@pytest.mark.parametrize("text", ["the company is growing fast", "my name is Jon", "our company is Acme",
                                  "we are a small company, not a big one", "it's fine"])
def test_a_company_or_name_said_with_nothing_taken_back_is_no_correction(text: str) -> None:
    # ("our company is small, not big" is read; the form checks the words taken back against what it holds.)
    from nlu.recap import named_anew
    assert named_anew(text) is None, text


@pytest.mark.parametrize("text", ["start over please", "start again", "let's start", "start now", "begin opnieuw",
                                  "can we start over?"])
def test_starting_over_or_starting_now_is_no_request_to_change_the_start(text: str) -> None:
    # Near misses found on the stack: "start over please" was read as "change the start".
    assert fields_to_change(text) == (), text
