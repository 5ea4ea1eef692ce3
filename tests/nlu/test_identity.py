"""Names and companies the visitor gave, and none they did not (issue 14): what opens an answer is not the answer,
a remark or a sentence is no name, and a name written beside its own address is the visitor's."""

import pytest

from nlu import extract

NOW = "2026-12-03"


@pytest.mark.parametrize("text, company", [
    ("well, we are Acme", "Acme"),
    ("uh it is called Peak Fitness Co", "Peak Fitness Co"),
    ("hmm... Northwind Traders", "Northwind Traders"),
    ("erm we're Globex", "Globex"),
    ("so it's Initech", "Initech"),
    ("ok so we are Hooli", "Hooli"),
    ("ah, Umbrella Corp", "Umbrella Corp"),
    ("umm - Vandelay Industries", "Vandelay Industries"),
    ("good question, it's Stark Industries", "Stark Industries"),
    ("ähm, wir sind die Müller GmbH", "Müller GmbH"),
    ("äh, Schmidt & Partner", "Schmidt & Partner"),
    ("euh, c'est Dupont SARL", "Dupont SARL"),
    ("bah, on s'appelle Atelier Lumière", "Atelier Lumière"),
    ("eh, somos Panadería Sol", "Panadería Sol"),
    ("pues, se llama Clínica Dental Ruiz", "Clínica Dental Ruiz"),
    ("hum, é a Loja Verde", "Loja Verde"),
    ("ehm, siamo la Rossi Srl", "Rossi Srl"),
    ("allora, si chiama Pasticceria Bianchi", "Pasticceria Bianchi"),
    ("nou, Bakkerij Jansen", "Bakkerij Jansen"),
    ("ehm, wij zijn Van Dijk Installatietechniek", "Van Dijk Installatietechniek"),
    ("lol good q. Redwood Analytics", "Redwood Analytics"),
    ("oh sorry, Maple Street Bakery", "Maple Street Bakery"),
    ("honestly? Crestview Partners", "Crestview Partners"),
    ("sure thing! Orbit Media", "Orbit Media"),
    ("eh bien, c'est Atelier Moreau", "Atelier Moreau"),
    ("beh, lavoro per Ferretti Spa", "Ferretti Spa"),
    ("naja, ich arbeite bei Bäckerei Schmitz", "Bäckerei Schmitz"),
])
def test_a_hesitation_or_a_discourse_word_before_the_company_is_not_part_of_it(text, company):
    assert extract(text, field="company", now=NOW).company == company


@pytest.mark.parametrize("company", ["Well Pharmacy", "Bon Appétit Catering", "So Delicious Foods", "Like Minds Ltd", "umbrella"])
def test_a_company_whose_name_begins_with_a_discourse_word_keeps_it(company):
    assert extract(company, field="company", now=NOW).company == company


@pytest.mark.parametrize("text", [
    "hmm",
    "uhh...",
    "hmm good question",
    "good question",
    "let me check",
    "hang on, let me look",
    "hmm we spent like 3k/mo with our last agency, would want to stay around there",
    "we spent 3k with our old agency",
    "uh let me ask my boss first",
    "we don't have one yet",
    "a small agency",
    "we're just a small shop",
    "gute Frage",
    "ähm, muss ich nachschauen",
    "bonne question",
    "euh, je dois vérifier",
    "buena pregunta",
    "déjame ver",
    "boa pergunta",
    "bella domanda",
    "goede vraag",
    "even kijken",
    "haha it's a secret",
    "why?",
    "Thats a tough one",
    "hmm, we're still figuring out the name",
    "umm depends",
    "well it's complicated",
    "3 gyms in Leeds",
    "pff, warum wollen Sie das wissen?",
    "pourquoi ?",
    "¿por qué?",
    "perché?",
    "waarom?",
    "uhm geen idee",
    "ehm, non lo so",
])
def test_a_remark_a_sentence_or_a_description_given_for_the_company_is_no_company(text):
    assert extract(text, field="company", now=NOW).company is None


@pytest.mark.parametrize("text, name", [
    ("um, Priya Shah", "Priya Shah"),
    ("hmm it's Tom Baker", "Tom Baker"),
    ("euh, Claire Dubois", "Claire Dubois"),
    ("ähm, Jonas Weber", "Jonas Weber"),
    ("eh... Lucía", "Lucía"),
    ("nou, Sanne de Vries", "Sanne de Vries"),
])
def test_a_hesitation_before_the_name_is_not_part_of_it(text, name):
    assert extract(text, field="name", now=NOW).name == name


@pytest.mark.parametrize("text", ["hmm", "hmm good question", "let me think", "goede vraag", "warum?", "pourquoi ?"])
def test_a_hesitation_or_a_remark_given_for_the_name_is_no_name(text):
    assert extract(text, field="name", now=NOW).name is None


@pytest.mark.parametrize("text", ["its Zenith Dental", "yeah ok it's Nimbus Health"])
def test_it_is_said_to_the_company_question_names_the_company_not_the_visitor(text):
    out = extract(text, field="company", now=NOW)
    assert out.name is None and out.company is not None


def test_a_name_said_with_it_is_and_an_address_after_a_dash_gives_both():
    out = extract("it is Priya Shah - priya@x.co.uk", field="name", now=NOW)
    assert (out.name, out.email.address) == ("Priya Shah", "priya@x.co.uk")


@pytest.mark.parametrize("text, name", [
    ("Claire Morel, claire.morel@transports-morel.fr", "Claire Morel"),
    ("Sure. Claire Morel, claire.morel@transports-morel.fr", "Claire Morel"),
    ("yes - Tom Baker <tbaker@bakerandsons.co.uk>", "Tom Baker"),
    ("Anouk de Vries, anouk.devries@bloemenhuis.nl", "Anouk de Vries"),
    ("ok, Jonas Weber - weber.jonas@weber-bau.de", "Jonas Weber"),
    ("María José Pérez, mjperez@clinicaruiz.es", "María José Pérez"),
    ("jonas.weber@x.de - Jonas Weber", "Jonas Weber"),
    ("Priya Shah, priya@x.co.uk", "Priya Shah"),
    ("sí, Carmen Ruiz Ortega - carmen.ruiz@ortega.es", "Carmen Ruiz Ortega"),
    ("Anouk de Vries, devries.anouk@bloemenhuis.nl", "Anouk de Vries"),
    ("sure, send it to claire.morel@transports-morel.fr (Claire Morel)", "Claire Morel"),
    ("Thanks for asking! Luca Bianchi <l.bianchi@bianchi-srl.it>", "Luca Bianchi"),
])
def test_a_name_beside_an_address_that_spells_it_is_the_visitors_name_unasked(text, name):
    for field in (None, "email"):
        assert extract(text, field=field, now=NOW).name == name


@pytest.mark.parametrize("text", [
    "Sales Team, sales.team@acme.com",
    "Contact John Smith, info@acme.com",
    "send the deck to Mark Stone, jane.doe@acme.com",
    "Acme Corp, acme.corp@gmail.com",
    "Peak Fitness, peak@peakfitness.com",
    "Claire Morel, cm@transports-morel.fr",
])
def test_words_beside_an_address_that_does_not_spell_them_are_no_name(text):
    assert extract(text, now=NOW).name is None


@pytest.mark.parametrize("text", [
    "my colleague Sarah Jones, sarah.jones@acme.com, will join the call",
    "cc Tom Baker, tbaker@bakerandsons.co.uk",
    "ma collègue Claire Morel, claire.morel@transports-morel.fr",
])
def test_someone_elses_name_beside_their_address_is_not_the_visitors(text):
    assert extract(text, now=NOW).name is None


def test_a_person_and_their_address_given_for_the_company_are_no_company():
    out = extract("Claire Morel, claire.morel@transports-morel.fr", field="company", now=NOW)
    assert (out.company, out.name) == (None, "Claire Morel")


@pytest.mark.parametrize("text, company", [
    ("We're Okafor & Daughters, a small accountancy practice", "Okafor & Daughters"),
    ("We are Northgate Legal, a boutique law firm", "Northgate Legal"),
])
def test_a_name_after_we_are_that_a_description_of_the_business_follows_is_the_company(text, company):
    assert extract(text, now="2026-12-03").company == company


@pytest.mark.parametrize("text", [
    "We're Dutch, a family business since 1950",
    "We're Lisbon-based, a small agency",
])
def test_a_nationality_or_a_place_after_we_are_is_no_company(text):
    assert extract(text, now="2026-12-03").company is None


@pytest.mark.parametrize("text, company", [
    ("chez Groupe Verlaine Assurances", "Groupe Verlaine Assurances"), ("bei Holzbau Becker GmbH", "Holzbau Becker GmbH"),
    ("presso Rossi Srl", "Rossi Srl"), ("bij Bakkerij Van Dam", "Bakkerij Van Dam"), ("Chez Paul", "Chez Paul"),
])
def test_at_said_in_another_language_before_the_firm_is_not_its_name(text, company):
    assert extract(text, field="company", now=NOW).company == company


@pytest.mark.parametrize("text", [
    "Senior Manager, Performance Marketing — we put about $1.2M a year into Google and Meta",
    "Director, Digital Marketing - we need a new agency", "VP, Sales & Partnerships. We're looking at options",
])
def test_the_function_after_a_title_is_no_company(text):
    assert extract(text, now=NOW).company is None


def test_a_firm_after_a_title_and_its_function_is_still_the_company():
    assert extract("Director, Digital Marketing at Northwind", now=NOW).company == "Northwind"


@pytest.mark.parametrize("text, name, company", [
    ("Hi it's Priyanka from Kestrel Analytics Group, a friend passed on your name", "Priyanka", "Kestrel Analytics Group"),
    ("this is Anouska from Brightwave Media", "Anouska", "Brightwave Media"),
])
def test_one_word_then_the_firm_it_is_from_is_a_person_introducing_themself(text, name, company):
    found = extract(text, now=NOW)
    assert (found.name, found.company) == (name, company)


@pytest.mark.parametrize("text", ["it's Harbourside from London", "ok it's Acme from Google", "it's Tuesday from Noon Labs", "it's Tuesday at Noon"])
def test_a_place_a_channel_or_a_day_after_it_is_no_introduction(text):
    assert extract(text, now=NOW).name is None


# A time of day after a day or a call is when, not a firm ("it's Tuesday at Noon"), in the seven languages; a firm
# called Noon with no time said stays one.
@pytest.mark.parametrize("text, lang", [
    ("it's Tuesday at Noon", "en"), ("can we do Thursday at Noon?", "en"), ("call me tomorrow at Midday", "en"),
    ("book it for Friday at Lunchtime", "en"), ("am Dienstag um Mittag", "de"), ("mardi à Midi", "fr"),
    ("el martes al Mediodía", "es"), ("na terça ao Meio-dia", "pt"), ("martedì a Mezzogiorno", "it"),
    ("dinsdag om Middag", "nl"), ("Tuesday at Noon works for the call", "en"),
])
def test_a_time_of_day_after_a_day_or_a_call_is_no_company(text, lang):
    assert extract(text, now=NOW, lang=lang).company is None


def test_a_firm_called_noon_said_without_a_time_is_still_the_company():
    assert extract("I work at Noon, the e-commerce marketplace", now=NOW).company == "Noon"
