"""A visitor's name, said the way people introduce themselves in each of the seven languages."""

import pytest

from nlu import extract

NOW = "2026-12-03"


@pytest.mark.parametrize("text, name", [
    ("Ich heiße Anna Schmidt", "Anna Schmidt"),
    ("ich heisse Lukas", "Lukas"),
    ("Mein Name ist Jonas Weber", "Jonas Weber"),
    ("je m'appelle Claire Dubois", "Claire Dubois"),
    ("moi c'est Julie", "Julie"),
    ("me llamo Lucía Pérez", "Lucía Pérez"),
    ("mi nombre es Andrés", "Andrés"),
    ("meu nome é João Silva", "João Silva"),
    ("eu me chamo Beatriz", "Beatriz"),
    ("mi chiamo Giulia Rossi", "Giulia Rossi"),
    ("ik heet Jan de Vries", "Jan de Vries"),
    ("mijn naam is Sanne", "Sanne"),
    ("my name's Tom Hardy", "Tom Hardy"),
    ("Hallo, ich bin Jonas", "Jonas"),
    ("hola, soy María José", "María José"),
    ("Sono Marco", "Marco"),
    ("Ik ben Sanne van Dijk", "Sanne van Dijk"),
    ("je suis Pierre, le gérant", "Pierre"),
])
def test_the_answer_to_the_name_question_is_the_name_without_the_words_that_introduce_it(text, name):
    assert extract(text, field="name", now=NOW).name == name


@pytest.mark.parametrize("text", ["lieber nicht", "liever niet", "prefiro não dizer", "preferisco di no", "je préfère ne pas le dire"])
def test_declining_to_give_a_name_in_another_language_gives_no_name(text):
    assert extract(text, field="name", now=NOW).name is None


@pytest.mark.parametrize("text", ["Ich bin der Geschäftsführer", "Director"])
def test_a_title_given_for_a_name_is_no_name(text):
    assert extract(text, field="name", now=NOW).name is None


@pytest.mark.parametrize("text, name", [
    ("Ich heiße Anna Schmidt", "Anna Schmidt"),
    ("Hallo, ich bin Jonas Becker von der Müller GmbH", "Jonas Becker"),
    ("Bonjour, je m'appelle Claire et je dirige une agence", "Claire"),
    ("Sono Marco e lavoro in un'agenzia di viaggi", "Marco"),
    ("ik heet Sanne en ik werk bij een webshop", "Sanne"),
    ("me llamo Lucía y trabajo en una clínica", "Lucía"),
])
def test_a_name_said_in_passing_in_another_language_is_found(text, name):
    assert extract(text, now=NOW).name == name


@pytest.mark.parametrize("text", ["Ich bin Geschäftsführer bei Müller GmbH", "Ich bin Marketing Leiterin", "Sono Responsabile Marketing, da Milano"])
def test_a_capitalised_title_after_i_am_is_not_taken_for_a_name(text):
    assert extract(text, now=NOW).name is None


@pytest.mark.parametrize("text, name", [("de Vries, Anouk", "Anouk de Vries"), ("Müller, Thomas", "Thomas Müller")])
def test_a_name_answered_surname_first_is_the_name(text, name):
    assert extract(text, field="name", now=NOW).name == name


def test_a_message_that_opens_with_a_name_from_a_company_gives_both():
    out = extract("Priya from Northwind Ltd. We want more demo requests.", now=NOW)
    assert (out.name, out.company) == ("Priya", "Northwind Ltd")


@pytest.mark.parametrize("text", ["Leads from Google are down", "Traffic from Bing, mostly"])
def test_a_noun_from_a_source_is_no_name(text):
    assert extract(text, now=NOW).name is None


@pytest.mark.parametrize("text, name, city", [
    ("Marco from Milano", "Marco", "Milan"),
    ("Hi, Sophie from Lyon here, we sell furniture online", "Sophie", "Lyon"),
    ("I'm Dave from Manchester, looking for help with SEO", "Dave", "Manchester"),
])
def test_a_person_from_a_place_is_from_that_place_not_from_a_company_named_after_it(text, name, city):
    out = extract(text, now=NOW)
    assert (out.name, out.company, out.location.city) == (name, None, city)


def test_where_someone_works_keeps_a_company_named_after_a_place_as_a_company():
    assert extract("Hi, Jana from Berlin Brands here", now=NOW).company == "Berlin Brands"


@pytest.mark.parametrize("text", ["I'm Marco from Initech", "It's Marco from Initech"])
def test_a_contraction_that_opens_an_introduction_is_not_part_of_the_name(text):
    assert extract(text, now=NOW).name == "Marco"


@pytest.mark.parametrize("text, name", [
    ("hey im lena, best email is lena.varga@outlook.com", "Lena"),
    ("i'm omar - omar_h@protonmail.com", "Omar"),
])
def test_a_lower_case_name_the_visitors_address_begins_with_is_their_name(text, name):
    assert extract(text, now="2026-12-03").name == name


def test_a_lower_case_word_after_im_that_the_address_does_not_spell_is_no_name():
    assert extract("i'm fine, email me at k.wu@example.com", now="2026-12-03").name is None


@pytest.mark.parametrize(("text", "name"), [
    ("ok it's Harbourside Physio", None),
    ("it's Brightwave Digital", None),
    ("so it's Northgate Plumbing", None),
    ("it's Anna Schmidt", "Anna Schmidt"),
    ("hi, it's Tom Baker from Acme", "Tom Baker"),
    ("this is Priya Nair", "Priya Nair"),
])
def test_it_s_x_unasked_names_a_person_only_when_a_given_name_opens_it(text: str, name: str | None) -> None:
    """Unasked, "it's Harbourside Physio" is as likely the firm as a person: no name is recorded from it."""
    assert extract(text, now="2026-12-03").name == name
