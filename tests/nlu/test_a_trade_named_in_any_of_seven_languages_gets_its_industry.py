"""A business described by its trade gets the contract's industry label, in the seven languages: batches 52 and 53
(issue 14) read none for a coaching institute, kayak tours, an alarm company, pest control, a childcare group, a
products website, wedding photographers, food distribution, a family bodega, a kiwifruit exporter, an e-com brand,
a Krankenhausverbund, génie-conseil and an azienda alimentare. The same trades as customers or as a service wanted
keep the reading they had."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


@pytest.mark.parametrize(("text", "industry"), [
    # tutoring and childcare are education
    ("we are coaching institute in Pune for JEE/NEET, 60 staff", "education"),
    ("We run a tuition centre in Nairobi with 12 tutors.", "education"),
    ("we're a childcare group with several centres in Adelaide", "education"),
    ("We run two early learning centres in Brisbane.", "education"),
    ("Wir sind ein Kita-Träger mit fünf Kitas in Köln.", "education"),
    ("Nous gérons une crèche privée à Lyon.", "education"),
    ("Somos una guardería en Sevilla.", "education"),
    ("Gestiamo un asilo nido a Torino.", "education"),
    ("Wij zijn een kinderdagverblijf in Utrecht.", "education"),
    # tours sold to visitors are hospitality
    ("Kia ora, we run kayak tours in Abel Tasman.", "hospitality"),
    ("We're a walking tour company in Edinburgh.", "hospitality"),
    ("we operate whale watching trips out of Kaikoura", "hospitality"),
    ("Wir bieten Kajaktouren am Bodensee an.", "hospitality"),
    ("Nous proposons des excursions en kayak dans les calanques.", "hospitality"),
    ("Organizamos excursiones en Mallorca.", "hospitality"),
    ("Facciamo escursioni guidate sulle Dolomiti.", "hospitality"),
    ("Wij organiseren kanotochten in de Ardennen.", "hospitality"),
    # services to premises, like cleaning and guarding, are professional services
    ("We are an armed response & alarm company in Pretoria, 80 staff.", "professional_services"),
    ("pest control co, me and my brother + 4 techs. we're in Tampa.", "professional_services"),
    ("We're exterminators serving the Phoenix area.", "professional_services"),
    ("Wir sind ein Betrieb für Schädlingsbekämpfung in Hamburg.", "professional_services"),
    ("Nous sommes une entreprise de dératisation à Marseille.", "professional_services"),
    ("Somos una empresa de control de plagas en Valencia.", "professional_services"),
    ("Somos uma empresa de dedetização em Campinas.", "professional_services"),
    ("Siamo un'impresa di disinfestazione a Bari.", "professional_services"),
    ("Wij zijn een ongediertebestrijding bedrijf uit Breda.", "professional_services"),
    ("On est une PME de Québec, 45 employés, dans le génie-conseil.", "professional_services"),
    # photographers and videographers are media
    ("Wedding photographer + videographer team (3 of us) in Nashville.", "media_entertainment"),
    ("I'm a portrait photographer in Leeds.", "media_entertainment"),
    ("Ich bin Fotografin in München, vor allem Hochzeiten.", "media_entertainment"),
    ("Je suis photographe de mariage à Bordeaux.", "media_entertainment"),
    ("Soy fotógrafo de bodas en Málaga.", "media_entertainment"),
    ("Sono un videomaker a Bologna.", "media_entertainment"),
    ("Ik ben trouwfotograaf in Zwolle.", "media_entertainment"),
    # fruit grown and exported, a family winery, are agriculture
    ("We're a kiwifruit exporter in Tauranga.", "agriculture"),
    ("we're avocado packers in the Bay of Plenty", "agriculture"),
    ("Hola, somos una bodega familiar en Mendoza, 30 personas.", "agriculture"),
    ("Nous sommes producteurs de fruits dans la Drôme.", "agriculture"),
    ("Somos uma produtora de frutas no Vale do São Francisco.", "agriculture"),
    ("Siamo un'azienda ortofrutticola in Romagna.", "agriculture"),
    ("Wir sind ein Obstbaubetrieb am Bodensee.", "agriculture"),
    ("Wij zijn een fruitteler in de Betuwe.", "agriculture"),
    # food made and sold on is manufacturing
    ("Sono il responsabile marketing di un'azienda alimentare di Parma (salumi).", "manufacturing"),
    ("Nous sommes une PME agroalimentaire en Bretagne.", "manufacturing"),
    ("Somos una empresa de alimentos en Murcia.", "manufacturing"),
    ("Somos uma indústria alimentícia em Chapecó.", "manufacturing"),
    ("Wij zijn een vleeswarenbedrijf in Oss.", "manufacturing"),
    # shops, online or wholesale, are retail
    ("Need SEO for my ayurvedic products website, 1000 orders per month.", "retail_ecommerce"),
    ("Quick context: e-com brand, supplements, on Shopify.", "retail_ecommerce"),
    ("PME de 45 employés à Montréal, on fait de la distribution alimentaire.", "retail_ecommerce"),
    ("je suis directrice des achats d'un groupe de distribution à Lyon", "retail_ecommerce"),
    ("Somos una distribuidora de bebidas en Quito.", "retail_ecommerce"),
    ("Wir sind ein Großhandel für Sanitärbedarf.", "retail_ecommerce"),
    ("Wij zijn een groothandel in Venlo.", "retail_ecommerce"),
    # hospital groups are healthcare
    ("ich bin Einkäuferin bei einem Krankenhausverbund in NRW", "healthcare"),
    ("Je travaille pour un groupe hospitalier à Lille.", "healthcare"),
    ("Trabajo en un grupo hospitalario en Madrid.", "healthcare"),
    ("Lavoro per un'azienda ospedaliera a Padova.", "healthcare"),
    ("Ik werk bij een ziekenhuisgroep in Zeeland.", "healthcare"),
])
def test_a_trade_named_in_any_of_seven_languages_gets_its_industry(text: str, industry: str) -> None:
    assert extract(text, None, now=NOW).industry == industry


@pytest.mark.parametrize(("text", "not_industry"), [
    ("we're a software company and we want more childcare centres as clients", "education"),
    ("we sell packaging to kiwifruit exporters", "agriculture"),
    ("la distribution de nos flyers nous coûte trop cher", "retail_ecommerce"),
    ("our alarm went off twice last night, anyway we need a new website", "professional_services"),
    ("we send out a newsletter about our tours of the factory", "hospitality"),
])
def test_the_same_words_not_naming_the_visitors_trade_give_no_such_industry(text: str, not_industry: str) -> None:
    assert extract(text, None, now=NOW).industry != not_industry
