"""A question about how big we are (the bot's company) finds only an entry whose phrasings ask it, else none.

"is your team under 10 people?" found where we are, whose phrasings say "a team in my country" and "does your team
work in"; "how many people work at your agency?" found what we do, for "agency". No entry of the default playbook
answers a head count: precision first, the bot says it does not know rather than give our address.
"""

import pytest

from nlu.faq import FaqMatcher, asks_our_size
from qualification import DEFAULT_PLAYBOOK, load_playbook

ASKED = [
    "is your team under 10 people?", "how big is your team?", "how many people work at your agency?",
    "how many employees do you have?", "are you a small team?", "are you a 5 person shop?", "what's your headcount?",
    "wie groß ist euer Team?", "wie viele Mitarbeiter habt ihr?", "seid ihr ein kleines Team?", "wie viele seid ihr?",
    "vous êtes combien dans l'équipe ?", "combien d'employés avez-vous ?", "votre équipe fait moins de 10 personnes ?",
    "¿cuántos empleados tienen?", "¿su equipo tiene menos de 10 personas?", "¿qué tamaño tiene su equipo?",
    "quantas pessoas trabalham na agência?", "quantos funcionários vocês têm?", "a equipe tem mais de 10 pessoas?",
    "quanti dipendenti avete?", "quanti siete nel team?", "quanto è grande il vostro team?",
    "hoeveel medewerkers hebben jullie?", "met hoeveel zijn jullie?", "hoe groot is jullie team?",
]


@pytest.fixture(scope="module")
def matcher() -> FaqMatcher:
    return FaqMatcher((entry.id, entry.questions) for entry in load_playbook(DEFAULT_PLAYBOOK).faq)


@pytest.mark.parametrize("text", ASKED)
def test_how_big_we_are_asked_finds_no_entry_of_the_default_playbook(text, matcher):
    assert asks_our_size(text)
    assert matcher.match(text) is None


@pytest.mark.parametrize("text, entry", [
    # near misses: a team or an agency named for another question keeps its entry
    ("is your team based in the UK?", "location"), ("do you have a team in Germany?", "location"),
    ("Habt ihr ein Team in Österreich?", "location"), ("où est basée votre équipe ?", "location"),
    ("What time zone does your team work in?", "location"),
    ("how much do you charge?", "pricing"),
])
def test_a_team_named_for_another_question_keeps_its_entry(text, entry, matcher):
    assert not asks_our_size(text)
    found = matcher.match(text)
    assert found is not None and found.entry == entry


@pytest.mark.parametrize("text", [
    "we're under 10 people, is that ok?", "wir sind weniger als 10 Leute, passt das?", "nous sommes 8 personnes",
    "how many people have you helped?", "are you a large language model?", "how many leads can you get us?",
    "somos menos de 10 personas, ¿trabajan con equipos pequeños?", "hoeveel kost het voor ons team?",
    "siamo meno di 10 persone, va bene?", "temos mais de 10 pessoas, vocês atendem?",
])
def test_the_visitors_own_size_or_a_count_of_others_is_no_question_of_ours(text):
    assert not asks_our_size(text)


def test_an_entry_that_asks_how_big_we_are_answers_it():
    # a playbook that answers the head count: the question finds that entry, in another wording
    matcher = FaqMatcher([
        ("size", ["How big is your team?", "How many people work at your agency?"]),
        ("location", ["Where are you based?", "Do you have a team in my country?"]),
    ])
    found = matcher.match("is your team under 10 people?")
    assert found is not None and found.entry == "size"
