"""A visitor's question inside a longer message: after sentences about themselves, or after "I wanted to know".

Issue 14: an Italian visitor's "sto scrivendo per … cosa fate con i miei dati?" got no answer. The statements
around a question name a trade, a town, a team size, words no phrasing has, and they sank the whole text below the
matcher's gates. Each sentence that reads as a question is now read alone, and so is what follows an indirect
question's frame ("volevo sapere …", "I was wondering …"); a sentence that asks nothing still matches nothing.
"""

from __future__ import annotations

from typing import Callable, Mapping

import pytest

from nlu.faq import FaqMatcher, asked_parts, reads_as_question

Entry = Callable[[str, str], "str | None"]


# The matchers are conftest's session ones, built when a test first asks, not at this module's import: every pytest
# process imports every module it collects, and a run of other tests paid for seven matchers it never used.
@pytest.fixture
def entry(localized_matchers: Mapping[str, FaqMatcher]) -> Entry:
    """The FAQ entry the default playbook, localized to ``lang``, answers ``text`` with, or None."""

    def matched(lang: str, text: str) -> str | None:
        found = localized_matchers[lang].match(text, lang)
        return found.entry if found else None

    return matched


@pytest.mark.parametrize("lang, text, expected", [
    ("it", "Lavoro per una piccola cantina nelle Langhe, siamo in sei. Prima di continuare: che fine fanno i miei dati?",
     "data"),
    ("en", "We're a family-run joinery in Leeds with about 14 staff. Quick one though: how much do you charge?",
     "pricing"),
    ("de", "Wir sind eine Zahnarztpraxis in Köln mit drei Standorten. Wo sitzt ihr eigentlich?", "location"),
    ("fr", "Nous sommes un cabinet d'architectes à Nantes. Avant d'aller plus loin, que faites-vous de mes données ?",
     "data"),
    ("es", "Tenemos una tienda de bicicletas en Sevilla y queremos vender online. ¿Cuánto cobráis al mes?", "pricing"),
    ("pt", "Somos uma clínica veterinária no Porto. Vocês são um bot ou uma pessoa?", "bot"),
    ("nl", "We zijn een installatiebedrijf uit Utrecht met 25 monteurs. Waar zitten jullie eigenlijk?", "location"),
    # the question first, then a sentence about the visitor
    ("en", "where's your office? we'd rather work with a team nearby", "location"),
])
def test_a_question_after_or_before_sentences_about_the_visitor_is_answered(
    entry: Entry, lang: str, text: str, expected: str
) -> None:
    assert entry(lang, text) == expected


@pytest.mark.parametrize("lang, text, expected", [
    ("it", "Buongiorno, mi chiamo Paola e gestisco un agriturismo vicino a Siena, volevo sapere cosa fate con i miei dati",
     "data"),
    ("en", "hi, I run a small accountancy firm in Bristol and I was wondering where your team is based", "location"),
    ("de", "Hallo, ich leite ein kleines Hotel am Bodensee und wollte wissen, was ihr mit meinen Daten macht", "data"),
    ("fr", "Bonjour, je gère une boulangerie à Lyon et je voulais savoir combien vous facturez", "pricing"),
    ("es", "Hola, tengo una gestoría en Bilbao y quería saber dónde están ustedes", "location"),
    ("pt", "Olá, tenho uma loja de móveis em Braga e queria saber onde vocês ficam", "location"),
    ("nl", "Hallo, ik heb een bakkerij in Gent en ik vroeg me af wat jullie met mijn gegevens doen", "data"),
])
def test_what_follows_i_wanted_to_know_is_read_as_the_question(
    entry: Entry, lang: str, text: str, expected: str
) -> None:
    assert reads_as_question(text)
    assert entry(lang, text) == expected


@pytest.mark.parametrize("lang, text", [
    ("en", "We're a 20-person logistics firm in Hull. Our website gets traffic but no enquiries."),
    ("en", "We're based in Berlin. Which is why we'd like a partner in Europe."),
    ("it", "Siamo uno studio legale a Torino. I nostri clienti sono soprattutto aziende."),
    ("de", "Wir sind ein Onlineshop für Tee. Unsere Preise sind fair und wir liefern in ganz Europa."),
    ("fr", "Nous sommes une PME à Lille. Comment ça va ?"),
    ("es", "Somos una academia en Valencia. Nuestro presupuesto es de 3000 euros al mes."),
    ("nl", "We zijn een webshop in Gent. Onze prijzen zijn scherp."),
    # a person asked for inside a longer message: a handoff for the bot, never an FAQ answer
    ("en", "We run three gyms in Leeds. Can I talk to someone about pricing?"),
])
def test_sentences_that_ask_nothing_still_match_nothing(entry: Entry, lang: str, text: str) -> None:
    assert entry(lang, text) is None


def test_a_message_of_one_sentence_has_no_parts_to_read_alone() -> None:
    assert asked_parts("how much do you charge?") == []
    assert asked_parts("We're a bakery in Leeds. How much do you charge?") == ["How much do you charge?"]
    assert asked_parts("perdona, ¿esto lo contesta una persona?") == ["¿esto lo contesta una persona?"]


@pytest.mark.parametrize("lang, text", [
    # a hedge after the question, read alone, is no question of its own
    ("en", "what's the usual timeline for a website project? 3 months?"),
    ("de", "Wie lange dauert so ein Projekt? 3 Monate?"),
    ("fr", "Ça prend combien de temps en général ? 2 mois ?"),
])
def test_a_hedge_put_as_a_question_after_another_is_not_read_alone(entry: Entry, lang: str, text: str) -> None:
    assert entry(lang, text) != "pricing"


@pytest.mark.parametrize("lang, text", [
    ("en", "do you take on apprentices? I'd love to learn from your team"),
    ("en", "is there an internship available?"),
    ("de", "Habt ihr gerade offene Stellen? Ich würde mich gern bewerben"),
    ("fr", "Vous recrutez ? Je cherche un stage en marketing"),
    ("pt", "Vocês têm vagas abertas? Acabei de me formar"),
    ("es", "¿Tenéis vacantes? Busco trabajo de community manager"),
    ("it", "Avete posizioni aperte? Cerco lavoro nel marketing"),
    ("nl", "Hebben jullie vacatures? Ik zoek een stage"),
])
def test_a_question_about_working_for_us_finds_no_entry_of_the_default_playbook(
    entry: Entry, lang: str, text: str
) -> None:
    assert entry(lang, text) is None


def test_an_entry_whose_phrasings_ask_about_jobs_answers_a_job_seeker() -> None:
    careers = FaqMatcher([("careers", ["Are you hiring?", "Do you have any job openings or internships?"]),
                          ("pricing", ["How much do you charge?"])])
    found = careers.match("do you have any internships or jobs open at the moment?", "en")
    assert found is not None and found.entry == "careers"


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "we make garden furniture in Hull and sell mostly to retailers, before I say more, what happens with my data",
     "data"),
    ("de", "Wir sind ein Malerbetrieb aus Ulm mit zwölf Leuten, wie viel kostet das bei euch im Monat", "pricing"),
    ("es", "Tenemos una bodega en La Rioja, dónde tenéis la oficina", "location"),
])
def test_a_question_typed_without_a_question_mark_as_a_statements_last_clause_is_answered(
    entry: Entry, lang: str, text: str, expected: str
) -> None:
    assert entry(lang, text) == expected


@pytest.mark.parametrize("lang, text", [
    ("en", "We're a bakery chain in Leeds, which is near York"),
    ("en", "we sell garden furniture, how we do it is mostly through retailers"),
    ("it", "Vogliamo più clienti dal sito, perché le vendite sono calate"),
    ("es", "Queremos más contactos, porque las ventas han bajado"),
    ("de", "Wir brauchen mehr Anfragen, was uns im Moment am meisten fehlt"),
])
def test_a_statements_last_clause_opening_with_a_relative_or_a_because_asks_nothing(
    entry: Entry, lang: str, text: str
) -> None:
    assert entry(lang, text) is None


@pytest.mark.parametrize("lang, text, expected", [
    ("pt", "Temos uma padaria em Aveiro com dez pessoas. O que fazem com os dados que eu deixo aqui?", "data"),
    ("it", "Abbiamo un hotel a Rimini. In che fuso orario sono gli orari proposti?", "time_zone"),
    ("fr", "Nous avons une pharmacie à Nancy. À quoi servent les informations que je vous donne ?", "data"),
])
def test_a_question_whose_question_word_follows_an_article_or_a_preposition_is_read_alone(
    entry: Entry, lang: str, text: str, expected: str
) -> None:
    assert entry(lang, text) == expected
