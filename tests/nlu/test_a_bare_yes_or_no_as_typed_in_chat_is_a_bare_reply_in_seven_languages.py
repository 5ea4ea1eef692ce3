"""A yes or a no as visitors type it in a chat is a bare reply, in the seven languages: informal and dialect forms
("ye", "ouep", "sip", "sim sim", "ja hoor"), plain OKs ("d'accord", "oké", "vai pure", "klar doch") and a no said
kindly ("nope, all good", "non, ça va"), with a thanks, an emoji or a "mate" around it (issue 14: "ye" to the company
question became the company "ye", "d'accord" the name "d'accord"). Nothing is read from it at the name, company, need
or industry question. Near misses: a yes or no followed by a real answer, and names that only look like one."""

from __future__ import annotations

import pytest

from nlu.attributes import Need
from nlu.extract import extract
from nlu.replies import bare_reply, yes_or_no

NOW = "2026-12-04"

YES = [
    ("ye", "en"), ("Yeh", "en"), ("yup", "en"), ("yes yes", "en"), ("ok thanks 👍", "en"), ("yep, cheers mate", "en"),
    ("grand", "en"), ("by all means", "en"), ("okey dokey", "en"),
    ("ja hoor", "de"), ("jep", "de"), ("klar doch", "de"), ("jo, danke", "de"), ("prima", "de"), ("ja ja 👍", "de"),
    ("d'accord", "fr"), ("ouep", "fr"), ("ouais merci", "fr"), ("vas-y", "fr"), ("oui oui 😊", "fr"), ("d’acc", "fr"),
    ("sip", "es"), ("siii", "es"), ("vale, gracias", "es"), ("dale", "es"), ("sí, claro 🙌", "es"),
    ("sim sim", "pt"), ("pode ser", "pt"), ("tá bom, obrigado", "pt"), ("beleza", "pt"), ("sim, valeu", "pt"),
    ("va bene", "it"), ("vai pure", "it"), ("sì sì, grazie", "it"), ("d'accordo", "it"), ("certo 👍", "it"),
    ("oké", "nl"), ("oke, dank je", "nl"), ("ja hoor", "nl"), ("prima", "nl"), ("is goed", "nl"), ("top, bedankt", "nl"),
]
NO = [
    ("nope, all good", "en"), ("nah mate", "en"), ("no thanks 🙏", "en"), ("nope, we're good thanks", "en"),
    ("nö, alles gut", "de"), ("nee danke", "de"), ("nein, passt schon", "de"),
    ("nan", "fr"), ("non, ça va", "fr"), ("non merci, c'est bon", "fr"), ("pas vraiment", "fr"),
    ("no, todo bien", "es"), ("nop, gracias", "es"), ("para nada", "es"),
    ("não, tudo bem", "pt"), ("nao, obrigada", "pt"), ("ainda não", "pt"),
    ("no, tutto a posto", "it"), ("no grazie", "it"), ("non proprio", "it"),
    ("nee hoor", "nl"), ("nee, alles goed", "nl"), ("niet echt", "nl"),
]


@pytest.mark.parametrize(("text", "lang"), YES)
def test_a_yes_as_typed_in_chat_is_a_bare_yes_in_its_language(text: str, lang: str) -> None:
    assert bare_reply(text) == "yes"
    assert yes_or_no(text, lang=lang) == "yes"


@pytest.mark.parametrize(("text", "lang"), NO)
def test_a_no_said_kindly_is_a_bare_no_in_its_language(text: str, lang: str) -> None:
    assert bare_reply(text) == "no"
    assert yes_or_no(text, lang=lang) == "no"


@pytest.mark.parametrize("text", [
    # a yes or no, then a real answer
    "yes, about 20k", "nope, we need SEO", "ye we're 40 people", "ok, Acme Ltd",
    "ja, wir brauchen mehr Kunden", "jo, 20 Leute", "oui, on est à Lyon", "ouais, une boulangerie",
    "sí, unos 10 empleados", "vale, somos una clínica", "sim, uma padaria", "pode ser em março",
    "sì, siamo in 12", "va bene a marzo", "oké, we zijn een bakkerij", "nee, we zitten in Gent",
    # names and firms that only look like a yes
    "Ya Ltd", "Yes Marketing", "Yeo", "OK Bikes", "Oui Design Studio", "Dale Carnegie",
    # no yes or no at all
    "thanks", "merci", "👍", "n/a", "yes no", "50 grand", "prima di Natale",
])
def test_a_yes_or_no_with_words_of_its_own_or_a_look_alike_is_no_bare_reply(text: str) -> None:
    assert bare_reply(text) is None


@pytest.mark.parametrize(("text", "lang"), [
    ("prima", "it"), ("jo", "en"), ("dale", "en"), ("ta", "en"), ("d'accord", "en"), ("sip", "en"),
])
def test_a_yes_of_one_language_is_no_yes_where_the_same_letters_are_something_else(text: str, lang: str) -> None:
    assert yes_or_no(text, lang=lang) != "yes"


@pytest.mark.parametrize("field", ["name", "company", "need", "industry"])
@pytest.mark.parametrize(("text", "lang"), YES + NO)
def test_a_bare_reply_names_no_one_no_firm_no_need_and_no_industry(field: str, text: str, lang: str) -> None:
    read = extract(text, field, now=NOW, lang=lang)
    assert read.name is None and read.company is None and read.industry is None
    assert read.need in (None, Need())


@pytest.mark.parametrize(("text", "field", "expected"), [
    ("Jo", "name", "Jo"), ("Yeo", "company", "Yeo"), ("Ya Ltd", "company", "Ya Ltd"),
    ("OK Bikes Ltd", "company", "OK Bikes Ltd"), ("Sophie", "name", "Sophie"),
])
def test_a_short_name_or_firm_that_looks_like_a_yes_is_kept(text: str, field: str, expected: str) -> None:
    assert getattr(extract(text, field, now=NOW), field) == expected


@pytest.mark.parametrize(("text", "lang"), [
    ("grand", "en"), ("grand so", "en"), ("sound", "en"), ("no bother", "en"), ("no bother at all", "en"),
    ("by all means", "en"), ("happy to", "en"), ("no worries", "en"),
    ("klar doch", "de"), ("von mir aus", "de"), ("kein Problem", "de"), ("prima", "de"),
    ("vas-y", "fr"), ("ok pour moi", "fr"), ("pas de souci", "fr"),
    ("dale", "es"), ("me parece bien", "es"), ("sin problema", "es"),
    ("pode ser", "pt"), ("pode mandar", "pt"), ("sem problema", "pt"),
    ("vai pure", "it"), ("va benissimo", "it"), ("nessun problema", "it"),
    ("prima", "nl"), ("doe maar", "nl"), ("geen probleem", "nl"),
])
def test_an_idiomatic_ok_of_each_language_is_a_yes_in_its_conversation(text: str, lang: str) -> None:
    # the privacy question's "is that OK?": the bot reads a consent from a reply that is only a yes
    assert yes_or_no(text, lang=lang) == "yes"


@pytest.mark.parametrize(("text", "lang"), [
    ("50 grand", "en"), ("grand total of 5k", "en"), ("prima di tutto, quanto costa?", "it"), ("no problem, 20k", "en"),
    ("sound engineer", "en"), ("dale un vistazo a la web", "es"), ("pode ser caro?", "pt"),
])
def test_the_same_words_inside_a_sentence_or_before_a_figure_are_no_bare_yes(text: str, lang: str) -> None:
    assert bare_reply(text, lang=lang) is None
    assert yes_or_no(text, lang=lang) != "yes"
