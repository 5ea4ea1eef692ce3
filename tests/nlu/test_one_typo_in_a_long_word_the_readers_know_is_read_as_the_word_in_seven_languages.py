"""One typo (two letters swapped, one doubled or dropped) in a long word the extractor's readers know is read as the
word, in the seven languages (issue 14, brittleness: bench/nlu_robustness.py's typo variations kept 68-69% of the
right answers right). A typo that makes another real word, a place, a name or a product is no typo, and a letter
more or less at a word's end is another form of the word: those stay as written (nlu.typos)."""

from __future__ import annotations

import pytest

from nlu import extract
from nlu.typos import corrected

NOW = "2026-12-05"


@pytest.mark.parametrize(
    ("text", "field", "lang", "path", "expected"),
    [
        ("we have about 50 emplyoees", None, "en", ("company_size", "min"), 50),
        ("Managign Director", "authority", "en", ("authority", "seniority"), "c_level"),
        ("around 20 thosuand a year", "budget", "en", ("budget", "min"), 20000),
        ("wir haben ca. 40 Mitarbieter", None, "de", ("company_size", "min"), 40),
        ("Geschäftsfüherr", "authority", "de", ("authority", "seniority"), "c_level"),
        ("je suis directrcie marketing", "authority", "fr", ("authority", "seniority"), "director"),
        ("nous sommes environ 30 salairés", None, "fr", ("company_size", "min"), 30),
        ("somos unos 30 emplaedos", None, "es", ("company_size", "min"), 30),
        ("soy directora de makreting", "authority", "es", ("authority", "seniority"), "director"),
        ("siamo circa 40 dipendetni", None, "it", ("company_size", "min"), 40),
        ("sono il diretotre commerciale", "authority", "it", ("authority", "seniority"), "director"),
        ("somos uns 30 funcionáiros", None, "pt", ("company_size", "min"), 30),
        ("eu sou o diertor comercial", "authority", "pt", ("authority", "seniority"), "director"),
        ("we zijn met ongeveer 40 medewerkres", None, "nl", ("company_size", "min"), 40),
        ("ik ben de eigneaar", "authority", "nl", ("authority", "seniority"), "c_level"),
        # after a hyphen, and numbers in words (text2num's own tables)
        ("we're a 40-pesron agency", None, "en", ("company_size", "min"), 40),
        ("about twnety people", None, "en", ("company_size", "min"), 20),
        ("wir sind zwanizg Leute", None, "de", ("company_size", "min"), 20),
        ("somos veitne personas", None, "es", ("company_size", "min"), 20),
        ("siamo trneta persone", None, "it", ("company_size", "min"), 30),
        ("somos trinat pessoas", None, "pt", ("company_size", "min"), 30),
        ("we zijn met twintgi mensen", None, "nl", ("company_size", "min"), 20),
        ("nous sommes tretne personnes", None, "fr", ("company_size", "min"), 30),
    ],
)
def test_a_long_word_with_one_typo_is_read_as_the_word(text, field, lang, path, expected):
    read = extract(text, field=field, now=NOW, lang=lang).to_dict()
    assert read.get(path[0], {}).get(path[1]) == expected, read


@pytest.mark.parametrize(
    "text",
    [
        "on va manger ensemble",  # French "to eat", one letter from "manager"
        "a casual chat first",  # English, one swap from "causal"
        "nous sommes une appli de rencontre",  # "applis" is another form, not a typo
        "Corticeira Vale do Cáster",  # a name one changed letter from "máster"
        "Hallo, ich bin Marketingleiter",  # German, one changed letter from Dutch "marketingleider"
        "Somos de Alemania",  # a place, one letter from the demonym "alemana"
        "we use HubSopt",  # mixed case: a product as written
        "mail jo@markting.com or see www.markting.io",  # addresses and links stay as written
        "see growth-marketnig.com",
        "we zijn met z'n vijftigen",  # "vijftig" with an ending (fifty of us), not "vijftien" with a letter more
        "SALAIRES",  # capitals: written on purpose
    ],
)
def test_a_real_word_a_place_a_name_or_a_product_is_no_typo(text):
    assert corrected(text) == text


def test_a_name_one_changed_letter_from_a_known_word_stays_the_firms_name():
    assert extract("Corticeira Vale do Cáster", field="company", now=NOW).company == "Corticeira Vale do Cáster"


@pytest.mark.parametrize("name", ["Maricel Santos", "Jaimie Cole", "Marieke de Vries", "Mariane Souza"])
def test_a_name_one_letter_from_a_given_name_the_readers_know_is_the_visitors_name(name):
    assert corrected(name) == name
    assert extract(name, field="name", now=NOW).name == name


def test_spellings_of_one_word_the_readers_know_are_one_word_but_two_words_are_two():
    assert corrected("emplyoees") == "employees"  # "employees" and the typo "emplyees" the readers also know
    assert corrected("Diretcor") == "Director"  # English "director" and Portuguese "diretor"
