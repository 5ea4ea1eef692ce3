"""Eight more visitors, written blind and held out, played through the real Rasa, action server and lead service.

A fifth set after ``test_truth_personas_heldout_4.py`` (issue 14): five English
visitors and one each writing German, Brazilian Portuguese and Dutch. They
correct two values at the confirmation, answer the budget question with their
revenue and the timing question with a problem, put a name, a title, a
company, a head count, a budget, a start and a phone number in one line, stop
and start again, ask the bot mid-form what it costs, whether it is a bot,
where it sits and whether it stores what they write, are a graduate looking
for an internship, and book a call once the form is done. Each lists what the
stored lead must hold and the values it must never hold, labelled from what
the visitor said; a failure names what came out wrong.

Vague dates are checked as a span of days counted from today (the
conversation's date), so the personas hold on any day they are played.
They were written blind, and committed before reading the code they measure
or running them.
"""

from __future__ import annotations

import pytest

from harness.stack import Stack
from qualification import Playbook
from tests.bot.personas import (
    ABSENT,
    ENGLISH,
    OneOf,
    Persona,
    cases,
    mid_month,
    month_span,
    play_and_check,
)

pytestmark = pytest.mark.slow


PERSONAS = [
    Persona(
        "grace, corrects her head count and her start at the confirmation, Bristol",
        "hello, we're looking for someone to take over our google ads and linkedin campaigns",
        {"need": "paid search and paid social - lots of clicks, hardly any qualified leads",
         "company": "Kestrel Insurance Brokers", "authority": "Head of Marketing, I hold the budget",
         "industry": "commercial insurance broker", "company_size": "about 90", "location": "Bristol",
         "revenue": "around £18m", "tech_stack": "salesforce", "budget": "£5k a month", "timing": "in March",
         "name": "Grace Whitfield", "consent": "yes", "email": "grace.whitfield@kestrelbrokers.co.uk",
         "confirm": ("two things: we're 110 people now, not 90, and we'd rather start in April", "yes")},
        expect={"company_size.min": 110, "timing.horizon_days": month_span(4), "budget.min": 5000,
                "budget.max": 5000, "budget.currency": "GBP", "budget.period": "month", "location.country": "GB",
                "industry": "financial_services", "authority.seniority": "director",
                "authority.role": "decision_maker"},
        never={"company_size.min": (90,), "timing.horizon_days": (month_span(3),),
               "budget.min": (90, 110, 18000000), "budget.max": (18000000,)},
        said=("110",),
        unsaid=("didn't catch",),
    ),
    Persona(
        "marcus, answers the budget question with his revenue and the timing question with a problem, asks the "
        "price, Denver",
        "hey, we need more leads for our HVAC software, demo requests are way down",
        {"need": "lead generation - more demo requests from contractors", "company": "Ductwise",
         "authority": "VP Marketing, the CEO and I decide together", "industry": "software for HVAC contractors",
         "company_size": "42", "location": "Denver, Colorado", "revenue": "not sure exactly",
         "tech_stack": "hubspot",
         "budget": ("we do about 6 million in revenue", "for outside marketing help maybe 7-9k a month"),
         "timing": ("our pipeline got a lot worse this year", "we'd like to start in January"),
         "name": "Marcus Hale", "consent": "yes", "email": "marcus@ductwise.com", "confirm": "yes"},
        before={"budget": "before I answer that - what do you charge, roughly?"},
        expect={"budget.min": 7000, "budget.max": 9000, "budget.currency": "USD", "budget.period": "month",
                "timing.horizon_days": month_span(1), "location.country": "US", "industry": "software",
                "company_size.min": 42, "authority.seniority": "vp"},
        never={"budget.min": (42, 6000000), "budget.max": (6000000,), "timing.horizon_days": (14,)},
        said=("5,000 USD",),
        asked_twice=("budget", "timing"),
    ),
    Persona(
        "aisha, everything and a phone number in one line, asks if it's a bot and about her email, books a call, "
        "Toronto",
        "Hi - Aisha Rahman, COO at Northbound Freight Tech in Toronto. ~120 staff, we need a content + SEO program, "
        "budget around CAD 8k/month, hoping to start mid-January. my cell is 416-555-0187",
        {"need": "SEO and content marketing", "company": "Northbound Freight Tech",
         "authority": "COO - I make the call", "industry": "logistics software", "company_size": "about 120",
         "location": "Toronto", "revenue": "roughly 30 million", "tech_stack": "hubspot and wordpress",
         "budget": "CAD 8k a month", "timing": "mid-January", "name": "Aisha Rahman", "consent": "yes",
         "email": "aisha.rahman@northboundft.com", "confirm": "yes"},
        before={"consent": "quick q - am I talking to a bot?", "email": "and what happens to my email after this?"},
        after=("can I book a call with someone? afternoons work best", "the first slot works"),
        expect={"location.country": "CA", "company_size.min": 120, "budget.min": 8000, "budget.max": 8000,
                "budget.currency": "CAD", "budget.period": "month", "authority.seniority": "c_level",
                "authority.role": "decision_maker", "timing.horizon_days": mid_month(1),
                "industry": OneOf(("software", "logistics"))},
        never={"budget.min": (120, 416, 30000000), "budget.max": (30000000,), "company_size.min": (416, 555)},
        said=("a bot, not a person", "never sell"),
    ),
    Persona(
        "ben, stops at the timing question and starts again, Glasgow",
        "hi, we're a whisky distillery looking to grow our trade sales through linkedin",
        {"need": "B2B leads from bars and distributors via linkedin and email", "company": "Glenrowan Distillers",
         "authority": "sales and marketing director", "industry": "drinks manufacturing - we're a distillery",
         "company_size": "around 55", "location": "Glasgow", "revenue": "about £7m",
         "tech_stack": "zoho crm and mailchimp", "budget": "3 to 4 grand a month", "timing": "February",
         "name": "Ben McAllister", "consent": "yes", "email": "ben@glenrowandistillers.co.uk", "confirm": "yes"},
        before={"timing": "actually stop, I don't want to give any more info right now"},
        after=("sorry, I was too quick there - can we start over?",),
        expect={"location.country": "GB", "company_size.min": 55, "budget.min": 3000, "budget.max": 4000,
                "budget.currency": "GBP", "budget.period": "month", "timing.horizon_days": month_span(2),
                "authority.seniority": "director", "industry": "manufacturing"},
        never={"budget.min": (55, 7000000), "budget.max": (7000000,)},
    ),
    Persona(
        "olivia, a graduate looking for an internship, asks which clients they have worked with, Melbourne",
        "hi! I just finished my marketing degree and I'm looking for an internship or a junior role - "
        "which clients have you worked with?",
        {"need": "an internship in digital marketing", "company": "none, I just graduated",
         "authority": "graduate, no job yet", "industry": "marketing", "company_size": "just me",
         "location": "Melbourne", "revenue": "n/a", "tech_stack": "canva and google analytics",
         "budget": "none, sorry 😅", "timing": "asap I guess", "name": "Olivia Chen", "consent": "sure",
         "email": "olivia.chen.mkt@gmail.com", "confirm": "yes"},
        expect={"persona": OneOf(("job_seeker", "student")), "budget.min": ABSENT, "budget.max": ABSENT},
        never={"authority.role": ("decision_maker",)},
        said=("brightline.example/case-studies",),
    ),
    Persona(
        "katrin, writes German, asks where they sit and whether they store what she writes, corrects her budget "
        "at the confirmation, Hamburg",
        "Moin, wir sind ein Softwarehaus aus Hamburg und brauchen Hilfe bei LinkedIn-Kampagnen und Content.",
        {"need": "mehr Leads über LinkedIn Ads und Fachartikel", "company": "Nordlicht Systems GmbH",
         "authority": "Geschäftsführerin, ich entscheide", "industry": "Software für Logistiker",
         "company_size": "rund 75", "location": "Hamburg", "revenue": "ca. 11 Mio. €",
         "tech_stack": "Pipedrive und WordPress", "budget": "4.000 € im Monat", "timing": "ab Februar",
         "name": "Katrin Hansen", "consent": "ja", "email": "k.hansen@nordlicht-systems.de",
         "confirm": ("Fast: das Budget sind 4.500 € im Monat, nicht 4.000.", "ja")},
        lang="de",
        before={"company": "Wo sitzt ihr eigentlich?", "email": "Speichert ihr eigentlich alles, was ich hier schreibe?"},
        expect={"location.country": "DE", "company_size.min": 75, "budget.min": 4500, "budget.max": 4500,
                "budget.currency": "EUR", "budget.period": "month", "authority.seniority": "c_level",
                "authority.role": "decision_maker", "timing.horizon_days": month_span(2), "industry": "software"},
        never={"budget.min": (4000, 75, 11000000), "budget.max": (4000, 11000000)},
        said=("London", "verkaufen sie nie"),
        unsaid=ENGLISH,
    ),
    Persona(
        "beatriz, writes Brazilian Portuguese, gives the head count when asked the industry, asks the price, "
        "São Paulo",
        "Oi! Trabalho numa empresa de tecnologia em São Paulo e queremos gerar mais leads B2B.",
        {"need": "gerar mais leads qualificados com Google Ads e SEO", "company": "Vértice Dados",
         "authority": "gerente de marketing, quem aprova é o CEO",
         "industry": ("somos uns 60 funcionários", "software de análise de dados"), "company_size": "uns 60",
         "location": "São Paulo", "revenue": "cerca de 20 milhões de reais", "tech_stack": "RD Station e Salesforce",
         "budget": "uns R$ 15 mil por mês", "timing": "a partir de março", "name": "Beatriz Souza",
         "consent": "sim", "email": "beatriz.souza@verticedados.com.br", "confirm": "sim"},
        lang="pt",
        before={"timing": "Quanto vocês cobram, mais ou menos?"},
        expect={"location.country": "BR", "company_size.min": 60, "industry": "software", "budget.min": 15000,
                "budget.max": 15000, "budget.currency": "BRL", "budget.period": "month",
                "authority.seniority": "manager", "timing.horizon_days": month_span(3)},
        never={"authority.role": ("decision_maker",), "budget.min": (60, 20000000),
               "budget.currency": ("USD", "EUR")},
        said=("5.000 USD",),
        unsaid=ENGLISH,
    ),
    Persona(
        "pieter, writes Dutch, answers his role with the budget, asks if it's a bot, books a call, Eindhoven",
        "Hoi, wij zijn een installatiebedrijf uit Eindhoven met 140 man personeel en we willen meer zakelijke "
        "aanvragen via de website.",
        {"need": "meer offerteaanvragen van bedrijven via de website en Google",
         "company": "Van Dijk Installatietechniek",
         "authority": ("we hebben zo'n 6.000 euro per maand", "ik ben commercieel directeur en beslis samen met de DGA"),
         "industry": "installatietechniek, dus de bouw", "company_size": "140", "location": "Eindhoven",
         "revenue": "ongeveer 25 miljoen", "tech_stack": "AFAS en WordPress",
         "budget": "zoals gezegd, 6.000 euro per maand", "timing": "in januari", "name": "Pieter van Dijk",
         "consent": "ja", "email": "p.vandijk@vandijk-installatie.nl", "confirm": "ja"},
        lang="nl",
        before={"company": "Even tussendoor: ben ik met een bot aan het praten?"},
        after=("Kunnen we een belafspraak inplannen? Liefst een ochtend volgende week.", "De eerste optie is prima."),
        expect={"location.country": "NL", "company_size.min": 140, "budget.min": 6000, "budget.max": 6000,
                "budget.currency": "EUR", "budget.period": "month", "authority.seniority": "director",
                "timing.horizon_days": month_span(1), "industry": "construction"},
        never={"budget.min": (140, 25000000), "budget.max": (25000000,)},
        said=("een bot, geen mens",),
        asked_twice=("authority",),
        unsaid=ENGLISH,
    ),
]



# Personas still wrong when the session that wrote them ended, by id, with what is wrong (``cases``).
STILL_WRONG: dict[str, str] = {}


@pytest.mark.parametrize("persona", cases(PERSONAS, STILL_WRONG))
def test_each_fifth_set_persona_s_lead_holds_what_they_said_and_nothing_invented(
        stack: Stack, playbook: Playbook, persona: Persona) -> None:
    play_and_check(stack, playbook, persona)
