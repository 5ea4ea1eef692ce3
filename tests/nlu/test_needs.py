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
