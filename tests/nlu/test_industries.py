"""Industries described in the seven languages (issue 15)."""

import pytest

from nlu import extract


@pytest.mark.parametrize("text, label", [
    ("Wirtschaftsprüfungsgesellschaft", "professional_services"),
    ("Softwarehaus aus Leipzig", "software"), ("Physiotherapiepraxis", "healthcare"),
    ("Bauunternehmen", "construction"), ("Hausverwaltung", "real_estate"), ("Spedition", "logistics"), ("Reisebüro", "hospitality"),
    ("cabinet comptable", "professional_services"), ("clinique vétérinaire", "healthcare"), ("entreprise de transport", "logistics"),
    ("agence de voyages", "hospitality"), ("usine de pièces auto", "manufacturing"), ("agence de communication", "marketing_advertising"),
    ("asesoría fiscal", "professional_services"), ("empresa de software", "software"),
    ("hotelería", "hospitality"), ("aseguradora", "financial_services"),
    ("consultório odontológico", "healthcare"), ("construtora", "construction"),
    ("agência de marketing digital", "marketing_advertising"), ("escola de idiomas", "education"),
    ("studio commercialista", "professional_services"), ("impresa edile", "construction"),
    ("agenzia di viaggi", "hospitality"), ("fabbrica di mobili", "manufacturing"),
    ("advocatenkantoor", "professional_services"), ("tandartspraktijk", "healthcare"),
    ("vastgoedbeheer", "real_estate"), ("reclamebureau", "marketing_advertising"),
    ("Treuhand und Buchhaltung", "professional_services"), ("Lohnbuchhaltung für KMU", "professional_services"),
    ("Versandhandel für Tierbedarf", "retail_ecommerce"),
])
def test_a_business_described_in_its_own_language_gets_its_label(text, label):
    assert extract(text, field="industry", now="2026-12-02").industry == label


@pytest.mark.parametrize("text, label", [
    ("wir sind eine Steuerkanzlei in Köln", "professional_services"),
    ("Grüezi, wir sind eine kleine Treuhandfirma in Zürich", "professional_services"),
    ("wir führen zwei Zahnarztpraxen und drei Kliniken", "healthcare"),
    ("nous sommes une agence immobilière à Lille", "real_estate"),
    ("somos una clínica dental en Málaga", "healthcare"),
    ("siamo un'azienda di software a Bologna", "software"),
])
def test_free_text_that_describes_the_business_in_its_own_language_gives_the_industry(text, label):
    assert extract(text, now="2026-12-02").industry == label


def test_a_dental_practice_is_healthcare_not_the_studio_or_cabinet_it_is_called():
    assert extract("cabinet dentaire", field="industry", now="2026-12-02").industry == "healthcare"
    assert extract("studio dentistico", field="industry", now="2026-12-02").industry == "healthcare"


@pytest.mark.parametrize("text", ["on vend des bijoux en ligne", "vendemos zapatos online", "wir verkaufen Tee online"])
def test_selling_online_said_in_another_language_is_retail(text):
    assert extract(text, field="industry", now="2026-12-02").industry == "retail_ecommerce"


@pytest.mark.parametrize("text, label", [
    ("Bildungswesen", "education"), ("Gesundheitswesen", "healthcare"), ("Gastgewerbe", "hospitality"),
    ("éducation", "education"), ("santé", "healthcare"), ("hôtellerie-restauration", "hospitality"),
    ("enseñanza", "education"), ("sanidad", "healthcare"), ("turismo", "hospitality"),
    ("educação", "education"), ("saúde", "healthcare"), ("setor público", "government"),
    ("educazione", "education"), ("commercio al dettaglio", "retail_ecommerce"),
    ("gezondheidszorg", "healthcare"), ("toerisme", "hospitality"), ("publieke sector", "government"),
    ("grande distribuzione", "retail_ecommerce"), ("gran distribución", "retail_ecommerce"),
    ("Touristikbranche", "hospitality"), ("Pflege", "healthcare"), ("Altenpflege", "healthcare"),
    ("formação profissional", "education"), ("Berufsbildung", "education"),
])
def test_a_sector_named_by_its_local_noun_gets_its_label(text, label):
    assert extract(text, field="industry", now="2026-12-03").industry == label


def test_an_english_word_shared_with_a_local_sector_noun_names_no_industry_in_free_text():
    # "finance" and "transport" are French and English: in an English sentence they are a department or a verb.
    assert extract("it was 20k but finance trimmed it to 12k", now="2026-12-03").industry is None


@pytest.mark.parametrize("text", ["sector educativo", "setor educacional", "secteur éducatif", "settore della formazione"])
def test_the_education_sector_named_with_its_adjective_is_education(text):
    assert extract(text, field="industry", now="2026-12-03").industry == "education"


def test_the_upkeep_of_a_website_is_no_care_industry():
    assert extract("wir brauchen jemanden für die Website-Pflege", now="2026-12-03").industry is None


@pytest.mark.parametrize("text, label", [
    ("studio di avvocati a Torino", "professional_services"), ("studio di architetti", "professional_services"),
    ("studio fotografico", "media_entertainment"),
])
def test_an_italian_studio_of_a_profession_is_professional_services(text, label):
    assert extract(text, field="industry", now="2026-12-03").industry == label


@pytest.mark.parametrize("text", ["we run a community food bank", "charity food bank, mostly volunteers"])
def test_a_food_bank_is_no_bank(text):
    assert extract(text, now="2026-12-03").industry == "nonprofit"


@pytest.mark.parametrize("text", ["nous sommes une société de transports routiers", "on est une PME de transport frigorifique"])
def test_a_french_transport_company_is_logistics(text):
    assert extract(text, now="2026-12-03").industry == "logistics"


@pytest.mark.parametrize("text", [
    "we sell organic skincare, mostly through our own site",
    "we sell trail running shoes and outdoor gear",
    "around 800 SKUs, mostly homeware",
])
def test_consumer_goods_a_visitor_sells_are_retail(text):
    assert extract(text, now="2026-12-03").industry == "retail_ecommerce"


def test_machines_sold_to_businesses_are_not_retail_for_the_goods_they_make():
    assert extract("we sell coffee machines to offices", now="2026-12-03").industry != "retail_ecommerce"


@pytest.mark.parametrize("text, label", [
    ("family firm since 1972, we make wooden doors and windows", "manufacturing"),
    ("we're a mid-size bicycle parts maker near Taichung", "manufacturing"),
    ("small engineering studio, 8 of us", "professional_services"),
    ("scheduling software for dental clinics", "software"),
])
def test_a_business_described_by_what_it_makes_or_does_gets_its_label(text, label):
    assert extract(text, now="2026-12-03").industry == label


@pytest.mark.parametrize("text", [
    "aov sits around £48 and repeat rate is low",
    "we ship roughly 900 orders a week through bigcommerce",
])
def test_what_only_an_online_shop_counts_makes_it_ecommerce(text):
    assert extract(text, now="2026-12-03").industry == "retail_ecommerce"


@pytest.mark.parametrize("text", ["we run a small rum distillery on the coast", "family distillers, mostly gin and vodka"])
def test_a_distillery_makes_what_it_sells_on_and_is_manufacturing(text: str) -> None:
    assert extract(text, field=None, now="2026-12-03").to_dict().get("industry") == "manufacturing"


def test_a_brewery_that_pours_its_own_stays_hospitality() -> None:
    assert extract("a craft brewery with its own taproom", field="industry", now="2026-12-03").to_dict()["industry"] == "hospitality"


@pytest.mark.parametrize("text", ["we want more orders from cafes and delis", "our customers are mostly hotels",
                                  "we're trying to sell into hospitals across the midlands"])
def test_whom_the_visitor_sells_to_is_their_market_not_their_industry(text: str) -> None:
    assert extract(text, field=None, now="2026-12-03").to_dict().get("industry") is None


def test_a_business_that_serves_an_industry_keeps_its_own() -> None:
    assert extract("a payroll software company serving clinics", field=None, now="2026-12-03").to_dict()["industry"] == "software"


@pytest.mark.parametrize("text", ["oui", "yes", "hmm", "ja", "sí", "nee", "ok"])
def test_a_bare_reply_at_the_industry_question_names_no_industry_not_even_other(text: str) -> None:
    assert "industry" not in extract(text, field="industry", now="2026-12-03").to_dict()


@pytest.mark.parametrize(("text", "label"), [("Wir sind ein kleines Steuerbüro in Köln", "professional_services"),
                                             ("une PME de 40 personnes dans le transport", "logistics")])
def test_a_firm_named_by_its_trade_in_german_or_french_gets_its_industry(text: str, label: str) -> None:
    assert extract(text, field=None, now="2026-12-03").to_dict().get("industry") == label


@pytest.mark.parametrize(("text", "industry"), [
    ("hi, I'm Priya from Kestrel Labs, priya@kestrel-labs.io, we need more demo requests", None),
    ("contact: tom@dental-marketing-pros.com", None),
    ("we run a dental clinic, www.smile-dental.co.uk", "healthcare"),
])
def test_the_words_of_an_email_or_web_address_name_no_trade(text, industry):
    assert extract(text, now="2026-12-03").industry == industry


@pytest.mark.parametrize("text", [
    "tenemos una cafetería y pastelería", "wir haben eine kleine Konditorei", "nous tenons une pâtisserie à Nantes",
    "temos uma pastelaria em Braga", "abbiamo una pasticceria a Napoli", "we hebben een banketbakkerij in Delft",
    "we run a patisserie in Leeds", "small ice cream parlour by the beach", "abbiamo una gelateria",
])
def test_a_cafe_cake_shop_or_ice_cream_parlour_is_hospitality(text):
    assert extract(text, now="2026-12-04").industry == "hospitality"


@pytest.mark.parametrize("text", [
    "can u do SEO for a one-person etsy-type shop?", "we're a shopify-style store selling prints", "tiny amazon-based business, 3 of us",
])
def test_a_shop_named_by_the_platform_it_is_like_is_retail(text):
    assert extract(text, now="2026-12-04").industry == "retail_ecommerce"


@pytest.mark.parametrize("text", [
    "we're in bangalore, about 20 people, mostly CAs and article assistants", "we're a team of 12 CAs in Mumbai",
    "8 partners and 30 articled clerks",
])
def test_chartered_accountants_and_their_trainees_are_professional_services(text):
    assert extract(text, now="2026-12-04").industry == "professional_services"


@pytest.mark.parametrize("text", ["we're in CA, 12 people", "en cas de besoin, appelez-nous"])
def test_california_or_a_french_cas_is_no_accountant(text):
    assert extract(text, now="2026-12-04").industry is None


@pytest.mark.parametrize("text", [
    "Wir sind ein Automobilzulieferer", "wir sind ein Kfz-Zulieferer aus Stuttgart", "nous sommes un équipementier automobile",
    "somos un fabricante de autopartes", "somos uma empresa de autopeças", "siamo nel settore della componentistica auto",
    "wij zijn een toeleverancier voor de auto-industrie", "we are a tier 1 supplier to the car industry",
    "we r a 300ish ppl manufacuring co in pune",
])
def test_a_parts_supplier_to_carmakers_or_a_misspelt_manufacturer_is_manufacturing(text):
    assert extract(text, now="2026-12-04").industry == "manufacturing"


def test_looking_for_a_supplier_names_no_industry():
    assert extract("wir suchen einen neuen Zulieferer", now="2026-12-04").industry is None
    assert extract("we need a new parts supplier", now="2026-12-04").industry is None


@pytest.mark.parametrize("text", [
    "Head of Digital at a building society, we're replatforming the website", "we're a savings and loan in Ohio",
    "Sono la CMO di un gruppo bancario con circa 9.000 dipendenti", "nous sommes un groupe bancaire régional",
    "wir sind eine Bankengruppe", "somos un grupo bancario", "somos uma instituição bancária", "we zijn een spaarbank",
])
def test_a_building_society_or_a_banking_group_is_financial_services(text):
    assert extract(text, now="2026-12-04").industry == "financial_services"


@pytest.mark.parametrize("text", [
    "We're an NHS trust so everything goes via a framework", "marketing lead at a health board in Wales",
    "Siamo un'azienda farmaceutica di Milano", "wir sind ein Pharmaunternehmen", "nous sommes un laboratoire pharmaceutique",
    "somos una farmacéutica", "somos uma empresa farmacêutica", "wij zijn een farmaceutisch bedrijf",
])
def test_a_public_health_body_or_a_drug_maker_is_healthcare(text):
    assert extract(text, now="2026-12-04").industry == "healthcare"


def test_selling_to_the_health_service_names_the_market_not_the_visitor():
    assert extract("we sell to NHS trusts", now="2026-12-04").industry is None


# A firm's trade named alone at the industry question, in the seven languages (persona sets 7 and 8).
@pytest.mark.parametrize("text, lang, label", [
    ("immigration law", "en", "professional_services"), ("employment law, mostly for SMEs", "en", "professional_services"),
    ("family law", "en", "professional_services"), ("Arbeitsrecht und Familienrecht", "de", "professional_services"),
    ("droit de l'immigration", "fr", "professional_services"), ("derecho migratorio", "es", "professional_services"),
    ("direito de imigração", "pt", "professional_services"), ("diritto dell'immigrazione", "it", "professional_services"),
    ("vreemdelingenrecht", "nl", "professional_services"),
    ("traduction technique", "fr", "professional_services"), ("technical translation", "en", "professional_services"),
    ("Fachübersetzungen", "de", "professional_services"), ("traducción jurada", "es", "professional_services"),
    ("tradução técnica", "pt", "professional_services"), ("traduzioni tecniche", "it", "professional_services"),
    ("vertalingen", "nl", "professional_services"),
    ("déménagement de bureaux et transfert d'entreprises", "fr", "logistics"), ("office removals", "en", "logistics"),
    ("Büroumzüge", "de", "logistics"), ("mudanzas de oficinas", "es", "logistics"),
    ("mudanças de escritórios", "pt", "logistics"), ("traslochi di uffici", "it", "logistics"),
    ("kantoorverhuizingen", "nl", "logistics"),
    ("laboratorio di analisi cliniche", "it", "healthcare"), ("clinical lab", "en", "healthcare"),
    ("laboratoire d'analyses médicales", "fr", "healthcare"), ("laboratorio de análisis clínicos", "es", "healthcare"),
    ("laboratório de análises clínicas", "pt", "healthcare"), ("medizinisches Labor", "de", "healthcare"),
    ("klinisch laboratorium", "nl", "healthcare"),
    ("seguridad privada, guardias y monitoreo", "es", "professional_services"),
    ("private security, guarding and patrols", "en", "professional_services"),
    ("Sicherheitsdienst", "de", "professional_services"), ("sécurité privée", "fr", "professional_services"),
    ("vigilanza privata", "it", "professional_services"), ("segurança privada", "pt", "professional_services"),
    ("beveiligingsbedrijf", "nl", "professional_services"),
])
def test_a_trade_named_alone_at_the_industry_question_gets_its_label(text, lang, label):
    assert extract(text, field="industry", now="2026-12-04", lang=lang).industry == label


@pytest.mark.parametrize("text, lang", [
    ("the new employment law means we need to change our careers page", "en"),
    ("wir haben das Recht, unsere Daten zu löschen", "de"),
    ("on prépare notre déménagement en mars, il faudra un nouveau site", "fr"),
    ("estamos de mudanza, la oficina nueva abre en enero", "es"),
    ("precisamos de mudanças no site", "pt"),
    ("we need the website translated into German", "en"),
    ("nous avons besoin d'une traduction de notre site", "fr"),
    ("our security is handled by IT", "en"),
])
def test_a_move_a_change_a_translation_or_a_law_in_passing_names_no_trade(text, lang):
    assert extract(text, now="2026-12-04", lang=lang).industry is None


@pytest.mark.parametrize("text, lang, label", [
    ("we're an immigration law practice in Auckland", "en", "professional_services"),
    ("nous sommes une entreprise de déménagement à Lille", "fr", "logistics"),
    ("wir sind ein Umzugsunternehmen aus Köln", "de", "logistics"),
    ("somos una empresa de mudanzas en Sevilla", "es", "logistics"),
    ("siamo una ditta di traslochi a Milano", "it", "logistics"),
    ("wij zijn een verhuisbedrijf in Gent", "nl", "logistics"),
    ("Buongiorno, abbiamo un laboratorio di analisi cliniche a Torino e vorremmo più pazienti privati.", "it", "healthcare"),
    ("somos un laboratorio clínico en Quito", "es", "healthcare"),
])
def test_the_trade_described_in_free_text_gets_its_label(text, lang, label):
    assert extract(text, now="2026-12-04", lang=lang).industry == label


# The visitor's customers are their market, not their trade (persona set 8): the sector sold to, wanted or served
# is never the visitor's, in the seven languages.
@pytest.mark.parametrize("text, lang", [
    ("we sell to restaurants", "en"), ("our clients are hotels", "en"), ("most of our customers are restaurants and bars", "en"),
    ("we want more hotels as clients", "en"), ("wir beliefern Gastronomen", "de"), ("unsere Kunden sind Hotels", "de"),
    ("wir wollen mehr Gastronomen erreichen", "de"), ("nos clients sont des hôtels", "fr"),
    ("on vend aux restaurants", "fr"), ("nuestros clientes son restaurantes", "es"),
    ("queremos más contratos con naves industriales", "es"), ("os nossos clientes são hotéis", "pt"),
    ("vendemos para restaurantes", "pt"), ("i nostri clienti sono ristoranti", "it"),
    ("vendiamo ai ristoranti", "it"), ("onze klanten zijn hotels", "nl"),
    ("we willen meer horecazaken en kantoren als klant", "nl"), ("wij leveren aan restaurants", "nl"),
])
def test_the_sector_sold_to_is_not_the_visitors_industry(text, lang):
    assert extract(text, now="2026-12-04", lang=lang).industry is None


@pytest.mark.parametrize("text, lang, label", [
    ("Grüß Gott, wir sind eine Familienbrauerei aus Bamberg, seit 1892 in Familienbesitz, und wollen mehr "
     "Gastronomen und Getränkehändler erreichen.", "de", "manufacturing"),
    ("Dag, wij zijn een koffiebranderij in Antwerpen en willen meer horecazaken en kantoren als klant.", "nl", "manufacturing"),
    ("we're a coffee roaster and our clients are cafés and hotels", "en", "manufacturing"),
    ("somos una cervecería artesanal y queremos más bares como clientes", "es", "manufacturing"),
    ("Buenas tardes, tenemos una empresa de seguridad privada en Monterrey y queremos más contratos con naves "
     "industriales.", "es", "professional_services"),
    ("we run a security company guarding factories and warehouses", "en", "professional_services"),
    ("we run a restaurant and sell to tourists", "en", "hospitality"),
    ("wir sind ein Hotel und wollen mehr Firmenkunden erreichen", "de", "hospitality"),
    ("we need more leads for our dental clinics in Denver", "en", "healthcare"),
    ("wir brauchen mehr Anfragen für unsere Zahnarztpraxen", "de", "healthcare"),
    ("18 person PE firm in Boston, we want more visibility with family offices", "en", "financial_services"),
    ("we are a hotel with business travellers as clients", "en", "hospitality"),
    ("wir sind ein Hotel mit Geschäftsreisenden als Kunden", "de", "hospitality"),
    ("somos un restaurante con empresas como clientes", "es", "hospitality"),
])
def test_the_visitors_own_trade_stays_beside_the_customers_they_want(text, lang, label):
    assert extract(text, now="2026-12-04", lang=lang).industry == label


@pytest.mark.parametrize("text, lang", [
    ("our bank is asking for a new website", "en"), ("the bank wants a proper business plan first", "en"),
    ("unsere Bank verlangt eine neue Website", "de"), ("notre banque nous demande un site", "fr"),
    ("nuestro banco nos pide una web nueva", "es"), ("o nosso banco pediu um site novo", "pt"),
    ("la nostra banca ci chiede un sito nuovo", "it"), ("onze bank vraagt om een nieuwe website", "nl"),
    ("our accountant recommended we do more marketing", "en"),
])
def test_the_visitors_bank_or_accountant_asking_is_not_their_industry(text, lang):
    assert extract(text, now="2026-12-04", lang=lang).industry is None


@pytest.mark.parametrize("text", ["our bank has 40 branches across Ohio", "we're a bank in Ohio", "I work at a savings bank"])
def test_a_bank_the_visitor_works_for_stays_financial_services(text):
    assert extract(text, now="2026-12-04").industry == "financial_services"


@pytest.mark.parametrize("text, lang", [
    ("honestly not sure, our agency just ghosted us", "en"), ("our agency stopped answering our emails", "en"),
    ("the last agency went bust in march", "en"), ("our marketing agency ripped us off", "en"),
    ("unsere Agentur hat uns hängen lassen", "de"), ("notre agence nous a lâchés", "fr"),
    ("nuestra agencia desapareció", "es"), ("a nossa agência sumiu", "pt"),
    ("la nostra agenzia ci ha mollato", "it"), ("ons bureau heeft ons laten zitten", "nl"),
])
def test_an_agency_that_let_the_visitor_down_is_their_supplier_not_their_industry(text, lang):
    assert extract(text, now="2026-12-04", lang=lang).industry is None


@pytest.mark.parametrize("text", ["we're a small agency, a client ghosted us last month", "I run an agency. Our freelancer vanished last week"])
def test_the_visitors_own_agency_let_down_by_someone_stays_marketing(text):
    assert extract(text, now="2026-12-04").industry == "marketing_advertising"


@pytest.mark.parametrize("text", [
    "We hebben in 2023 een nieuwe site laten bouwen, het gaat om social.", "we willen een nieuwe website laten bouwen",
    "ze gaan onze nieuwe app bouwen",
])
def test_building_a_site_in_dutch_is_no_construction_business(text):
    assert extract(text, now="2026-12-04", lang="nl").industry is None


@pytest.mark.parametrize("text", [
    "we zitten in de bouw", "een bouwbedrijf uit Utrecht", "wij zijn een bouwbedrijf en willen een nieuwe site laten bouwen",
])
def test_the_building_trade_in_dutch_stays_construction(text):
    assert extract(text, now="2026-12-04", lang="nl").industry == "construction"


@pytest.mark.parametrize("text, label", [
    ("we r a reale state agncy in dubai, 22 agents, need leads from europe buyers", "real_estate"),
    ("were a constrcution compnay in leeds", "construction"), ("we're a resturant buisness in Lyon", "hospitality"),
])
def test_a_business_misspelt_with_its_head_noun_misspelt_too_gets_its_label(text, label):
    assert extract(text, now="2026-12-04").industry == label


@pytest.mark.parametrize("text", ["we are a small state agency in Ohio", "we work for a great state agency"])
def test_a_state_agency_is_no_misspelt_real_estate(text):
    assert extract(text, now="2026-12-04").industry == "government"
