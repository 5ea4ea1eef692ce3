"""Needs said in the seven languages (issue 15)."""

import pytest

from nlu import extract


@pytest.mark.parametrize("text, category", [
    ("Neukundengewinnung", "lead_generation"), ("wir wollen in Suchmaschinen besser gefunden werden", "seo"),
    ("Werbekampagnen auf LinkedIn", "paid_ads"), ("Relaunch unserer Internetseite", "website"), ("bessere Auswertungen", "analytics"),
    ("générer plus de demandes de devis", "lead_generation"), ("être en première page", "seo"), ("newsletter clients", "email_marketing"),
    ("rédaction de contenus pour le blog", "content_marketing"), ("captación de clientes", "lead_generation"), ("anuncios en Instagram", "paid_ads"),
    ("automatización del marketing", "marketing_automation"), ("nosso site está ultrapassado, queremos um novo site", "website"),
    ("mais vendas pelo site", "lead_generation"), ("relatórios de campanha", "analytics"), ("più richieste dal sito", "lead_generation"),
    ("pubblicità su Facebook", "paid_ads"), ("gestione dei clienti nel CRM", "crm"), ("meer offerteaanvragen", "lead_generation"),
    ("nieuwsbrief opzetten", "email_marketing"), ("sociale media beheren", "social_media"),
    ("inserzioni su Instagram", "paid_ads"), ("E-Mail-Marketing aufbauen", "email_marketing"),
])
def test_a_need_in_its_own_language_gets_its_category(text, category):
    assert category in extract(text, field="need", now="2026-12-02").need.categories


@pytest.mark.parametrize("text, category", [
    ("wir brauchen mehr Neukunden", "lead_generation"),
    ("nous voulons améliorer notre référencement", "seo"),
    ("queremos más clientes", "lead_generation"),
    ("we willen een nieuwe website", "website"),
])
def test_free_text_that_asks_for_help_in_its_own_language_states_a_need(text, category):
    assert category in extract(text, now="2026-12-02").need.categories


@pytest.mark.parametrize("text, wanted, unwanted", [
    ("queremos aparecer en Google sin pagar publicidad", "seo", "paid_ads"),
    ("we want to rank on google without paying for ads", "seo", "paid_ads"),
    ("wir wollen bei Google besser ranken, ohne Werbung", "seo", "paid_ads"),
    ("queremos posicionarnos en Google", "seo", None),
])
def test_what_the_visitor_wants_to_do_without_is_not_their_need(text, wanted, unwanted):
    categories = extract(text, field="need", now="2026-12-03").need.categories
    assert wanted in categories and unwanted not in categories


def test_what_an_amount_is_for_is_the_need():
    out = extract("about 8k for a new website and logo", now="2026-12-03")
    assert "website" in out.need.categories and out.budget.min == 8000


@pytest.mark.parametrize("text", [
    "our pipeline hasn't grown since last spring",
    "we doubled the sales team but enquiries haven't kept up",
])
def test_a_complaint_about_leads_said_in_the_perfect_tense_states_a_lead_generation_need(text):
    assert "lead_generation" in extract(text, now="2026-12-03").need.categories


@pytest.mark.parametrize(("text", "categories"), [
    ("hi, my email is ct@acme-analytics.io, we need more leads and our SEO is weak", ("lead_generation", "seo")),
    ("here's my email: jo@growth-seo.com", None),
    ("reach me at sam@crm-experts.de", None),
    ("meine Adresse: lena@webdesign-studio.de", None),
    ("we need more leads, see https://acme-analytics.com/about", ("lead_generation",)),
    ("c'est www.social-ads-shop.fr, on veut plus de clients", ("lead_generation",)),
])
def test_the_words_of_an_email_or_web_address_name_no_need(text, categories):
    need = extract(text, now="2026-12-03").need
    assert (need.categories if need else None) == categories


@pytest.mark.parametrize("text", [
    "small charity in glasgow, 5 staff & loads of volunteers, need a better donation page and email newsletters",
    "our booking page is a mess", "we need new product pages for the spring range",
    "maybe 3k, 5k tops for the whole site", "4k max for a new site",
    "Head of Digital at a building society, we're replatforming the website early next year",
    "Necesitamos mejorar el posicionamiento en Google y rehacer la web corporativa",
    "Notre budget est de 120 k€ HT par an pour refondre le site et le SEO.",
    "vogliamo rifare il sito aziendale", "we willen onze bedrijfswebsite vernieuwen", "unsere Unternehmenswebsite ist veraltet",
    "precisamos de um novo site institucional",
])
def test_a_page_of_the_site_or_the_site_to_redo_is_a_website_need(text):
    assert "website" in extract(text, now="2026-12-04").need.categories


@pytest.mark.parametrize("text", [
    "we're a Toronto-based insurer, looking at a CA$90-120k annual retainer for demand gen",
    "abbiamo stanziato 250.000 euro per la lead generation nel 2027.",
    "our Q3 numbers were rough – pipeline down 22% – so leadership wants a new demand gen plan in place by Q2",
])
def test_demand_or_lead_gen_named_or_a_falling_pipeline_is_lead_generation(text):
    assert "lead_generation" in extract(text, now="2026-12-04").need.categories


def test_a_lead_gen_agency_is_a_kind_of_firm_not_a_need():
    assert extract("we're a lead gen agency", now="2026-12-04").need is None


@pytest.mark.parametrize("text", [
    "Senior Manager, Performance Marketing — we put about $1.2M a year into Google and Meta and want someone to audit it",
    "wir stecken 5.000 € im Monat in Google und Meta und wollen das prüfen lassen",
    "on dépense 3000 € par mois sur Google et Meta, on veut un audit",
    "invertimos 2.000 € al mes en Google y Meta y queremos mejorar los resultados",
    "investimos 2 mil por mês no Google e Meta e queremos melhorar",
    "spendiamo 4.000 euro al mese su Google e Meta, vorremmo un audit",
    "we besteden 3000 euro per maand aan Google en Meta en willen een audit",
])
def test_money_put_into_the_ad_platforms_with_help_wanted_is_paid_ads(text):
    assert "paid_ads" in extract(text, now="2026-12-04").need.categories


@pytest.mark.parametrize("text", [
    "we spend 5k a month on Google and Meta", "we spend about 2k a month on google, it's fine", "we put our reviews on google",
])
def test_spend_on_the_ad_platforms_said_as_a_fact_or_reviews_on_google_is_no_need(text):
    assert extract(text, now="2026-12-04").need is None


@pytest.mark.parametrize("text", [
    "our Q3 numbers were rough – pipeline down 22% – so leadership wants a new demand gen plan in place by Q2",
    "our Q3 numbers were rough, we need more leads", "numbers are bad, need more enquiries",
])
def test_numbers_said_as_results_are_no_analytics_need(text):
    assert "analytics" not in extract(text, now="2026-12-04").need.categories


@pytest.mark.parametrize("text", ["we need to understand our numbers", "I want to see the numbers behind our campaigns"])
def test_numbers_to_read_are_an_analytics_need(text):
    assert "analytics" in extract(text, now="2026-12-04").need.categories


# A clinical laboratory's analyses are what it sells, no analytics need (persona set 8); analyses of the visitor's
# own data or campaigns still are one.
@pytest.mark.parametrize("text, lang", [
    ("Buongiorno, abbiamo un laboratorio di analisi cliniche a Torino e vorremmo più pazienti privati.", "it"),
    ("nous sommes un laboratoire d'analyses médicales et voulons plus de patients", "fr"),
    ("somos um laboratório de análises clínicas e queremos mais pacientes", "pt"),
    ("wir sind ein Labor für medizinische Analysen und brauchen mehr Patienten", "de"),
])
def test_a_clinical_laboratorys_analyses_are_no_analytics_need(text, lang):
    need = extract(text, now="2026-12-04", lang=lang).need
    assert need is None or "analytics" not in need.categories


@pytest.mark.parametrize("text, lang", [
    ("vorremmo analisi dei dati delle campagne", "it"), ("wir brauchen Analysen unserer Kampagnen", "de"),
    ("on veut des analyses de nos campagnes", "fr"), ("precisamos de análise dos dados", "pt"),
])
def test_analyses_of_the_visitors_own_data_stay_an_analytics_need(text, lang):
    assert "analytics" in extract(text, field="need", now="2026-12-04", lang=lang).need.categories


@pytest.mark.parametrize("text, lang", [
    ("honestly not sure, our agency just ghosted us", "en"), ("not sure tbh, the guy who did it left", "en"),
    ("dunno - my partner handled all that", "en"), ("ehrlich gesagt keine Ahnung, die alte Agentur ist weg", "de"),
    ("je ne sais pas, notre agence a disparu", "fr"), ("ni idea, la agencia anterior desapareció", "es"),
    ("não sei, a agência sumiu", "pt"), ("non lo so, l'agenzia ci ha mollato", "it"), ("geen idee, ons bureau is verdwenen", "nl"),
])
def test_not_sure_said_first_with_a_reason_that_wants_nothing_is_no_need(text, lang):
    assert extract(text, field="need", now="2026-12-04", lang=lang).need is None


@pytest.mark.parametrize("text", [
    "not sure, we need more leads", "honestly no idea, but our website is outdated", "keine Ahnung, wir wollen mehr Kunden",
    "not sure yet what we need from you, our bookings dropped",
])
def test_not_sure_followed_by_a_need_keeps_the_need(text):
    assert extract(text, field="need", now="2026-12-04").need is not None


@pytest.mark.parametrize("text, lang", [
    ("Unsere Website ist von 2014 und wir werden bei Google nicht gefunden", "de"), ("bei Google findet uns keiner", "de"),
    ("wir sind bei Google kaum sichtbar", "de"), ("nobody can find us on google", "en"),
    ("on ne nous trouve pas sur Google", "fr"), ("personne ne nous trouve sur google", "fr"), ("no aparecemos en Google", "es"),
    ("nadie nos encuentra en google", "es"), ("não aparecemos no Google", "pt"), ("ninguém nos encontra no google", "pt"),
    ("non ci trovano su Google", "it"), ("su google non ci trova nessuno", "it"), ("we worden niet gevonden in Google", "nl"),
    ("niemand vindt ons op google", "nl"),
])
def test_not_being_found_on_google_is_an_seo_need(text, lang):
    need = extract(text, field="need", now="2026-12-04", lang=lang).need
    assert need is not None and "seo" in need.categories


@pytest.mark.parametrize("text, lang", [
    ("wir haben euch bei Google gefunden", "de"), ("je vous ai trouvé sur google", "fr"), ("os encontré en google", "es"),
    ("vi ho trovato su google", "it"), ("ik vond jullie via google", "nl"), ("I found you on google", "en"),
])
def test_finding_us_on_google_is_how_the_visitor_came_not_an_seo_need(text, lang):
    need = extract(text, field="need", now="2026-12-04", lang=lang).need
    assert need is None or "seo" not in need.categories
