"""Ten more visitors, written blind and held out, played through the real Rasa, action server and lead service.

A second set after ``test_truth_personas.py`` (whose ten were fixed against):
new people, industries and phrasings, typos, several facts and corrections in
one message, hedges, a threshold that is no budget, a stop and a fresh start,
questions to the bot, a job seeker, and a German and a Spanish visitor who
answer in their own language. Each persona lists what the stored lead must
hold and the values it must never hold; a failure names what came out wrong.
They were written and committed before any change they measure (issue 14).
"""

from __future__ import annotations

import pytest

from harness.stack import Stack
from qualification import Playbook
from tests.bot.personas import ABSENT, Persona, play_and_check

pytestmark = pytest.mark.slow


PERSONAS = [
    Persona(
        "grace, a charity in Melbourne, typos and a quarter-end deadline",
        "hiya, we're a small charity and need help gettin more donors thru email",
        {"company": "Harbour Light Foundation", "authority": "im the comms coordinator, our exec director approves spend",
         "industry": "non profit", "company_size": "15 staff plus lots of volunteers",
         "location": "melbourne australia", "tech_stack": "mailchimp n wordpress",
         "budget": "around 800 AUD a month", "timing": "before end of Q1", "name": "Grace Liu",
         "consent": "yes pls", "email": "grace@harbourlight.org.au", "confirm": "yes"},
        expect={"industry": "nonprofit", "location.country": "AU", "budget.min": 800, "budget.currency": "AUD",
                "budget.period": "month", "company_size.min": 15, "timing.status": "stated",
                "company": "Harbour Light Foundation", "email.address": "grace@harbourlight.org.au"},
    ),
    Persona(
        "henrik, corrects himself inside his first message, Manchester",
        "Hi, Henrik here - head of growth at a 200, sorry 250 person ecommerce brand based in Manchester. "
        "Our paid social is a mess and we need help.",
        {"confirm": "yes", "company": "Northloop", "authority": "head of growth, I run the marketing budget",
         "industry": "ecommerce, we sell outdoor clothing", "company_size": "250",
         "location": "Manchester", "budget": "we've got about 5k a month for this",
         "timing": "ideally within 3 weeks", "name": "Henrik Olsen", "consent": "yes",
         "email": "henrik@northloop.co.uk", "need": "paid social"},
        expect={"company_size.min": 250, "location.country": "GB", "industry": "retail_ecommerce",
                "budget.min": 5000, "budget.currency": "GBP", "budget.period": "month",
                "timing.horizon_days": 21},
        never={"company_size.min": (200,)},
    ),
    Persona(
        "felix, a CFO in Zurich with a threshold and a hedged range",
        "guten tag - sorry, english is fine. we make precision parts for watchmakers and need a new website",
        {"confirm": "yes", "company": "Brunner Feinmechanik AG",
         "authority": "I'm the CFO. anything over 20k has to go to the board",
         "industry": "manufacturing", "company_size": "roughly 120 FTE", "location": "Zurich, Switzerland",
         "revenue": "about 30 million francs", "budget": "maybe 10-15k? depends what we get for it",
         "timing": "no fixed date, whenever it makes sense", "name": "Felix Brunner", "consent": "yes",
         "email": "f.brunner@brunner-fm.ch", "need": "a new website"},
        expect={"location.country": "CH", "industry": "manufacturing", "budget.min": 10000, "budget.max": 15000,
                "budget.currency": "CHF", "company_size.min": 120, "timing.horizon_days": ABSENT,
                "authority.seniority": "c_level"},
        never={"budget.min": (20000, 30000000), "budget.max": (20000,)},
    ),
    Persona(
        "nina, stops, says something anyway, then starts again, Denver",
        "hi, we're a real estate brokerage and need more seller leads",
        {"company": "Summit Key Realty", "authority": "I'm the managing broker, I decide",
         "industry": "real estate", "company_size": "45 agents", "location": "Denver, Colorado",
         "budget": "around 4k a month", "timing": "next quarter", "name": "Nina Park", "consent": "ok",
         "email": "nina@summitkey.com", "confirm": "yes", "need": "more seller leads"},
        before={"authority": "actually stop, I don't want to give out any more info"},
        after=("whatever, the budget's 90k a year if u must know", "ok I changed my mind, can we start again?"),
        expect={"budget.min": 4000, "budget.period": "month", "location.country": "US", "industry": "real_estate",
                "email.address": "nina@summitkey.com"},
        never={"budget.min": (90000,)},
    ),
    Persona(
        "jen, asks the bot its own questions, Seattle",
        "hi! quick q before anything, where are you guys based?",
        {"need": "we need a website that actually converts", "company": "Pixel & Pine Media",
         "authority": "im the founder", "industry": "video production studio", "company_size": "8 of us",
         "location": "Seattle", "budget": "15-20k total for the project", "timing": "by june",
         "name": "Jen Alvarez", "consent": "yes", "email": "jen@pixelandpine.com", "confirm": "yes"},
        before={"company": "wait, am I talking to a real person?", "consent": "what happens with my data?"},
        expect={"company": "Pixel & Pine Media", "budget.min": 15000, "budget.max": 20000,
                "budget.currency": "USD", "location.country": "US", "company_size.min": 8,
                "industry": "media_entertainment"},
        said=("London and Chicago", "bot, not a person", "never"),
    ),
    Persona(
        "jürgen, writes German, gives a date to the company question, Stuttgart",
        "Hallo, wir sind ein Maschinenbauer aus Stuttgart und suchen Hilfe bei der Leadgenerierung",
        {"company": ("bis Ende des ersten Quartals", "Kessler Präzisionstechnik GmbH"),
         "authority": "Vertriebsleiter, die Geschäftsführung entscheidet aber mit",
         "industry": "Maschinenbau", "company_size": "ca. 180 Mitarbeitende", "location": "Stuttgart",
         "revenue": "rund 40 Mio. Euro", "tech_stack": "SAP und Salesforce", "budget": "so 30-40k",
         "timing": "Ende des ersten Quartals", "name": "Jürgen Kessler", "consent": "ja",
         "email": "j.kessler@kessler-praezision.de", "confirm": "ja", "need": "Leadgenerierung"},
        lang="de",
        expect={"company": "Kessler Präzisionstechnik GmbH", "budget.min": 30000, "budget.max": 40000,
                "budget.currency": "EUR", "location.country": "DE", "industry": "manufacturing",
                "company_size.min": 180},
        never={"company": ("bis Ende des ersten Quartals", "Bis Ende des ersten Quartals")},
        unsaid=("manufacturing", "Germany"),
    ),
    Persona(
        "mateo, writes Spanish, asks the price, Seville",
        "hola, tenemos tres hoteles boutique en Sevilla y queremos más reservas directas",
        {"company": "Casa Azahar Hoteles", "authority": "soy el dueño y decido yo", "industry": "hoteles",
         "company_size": "unas 60 personas", "location": "Sevilla", "budget": "unos 2.000 € al mes",
         "timing": "lo antes posible", "name": "Mateo Ruiz", "consent": "sí", "email": "mateo@casaazahar.es",
         "confirm": "sí", "need": "más reservas directas"},
        lang="es",
        before={"budget": "¿y cuánto cobran ustedes más o menos?"},
        expect={"location.country": "ES", "industry": "hospitality", "budget.min": 2000, "budget.currency": "EUR",
                "budget.period": "month", "company_size.min": 60, "company": "Casa Azahar Hoteles"},
        said=("5.000 USD al mes",),
        unsaid=("hospitality", "Seville", "Spain"),
    ),
    Persona(
        "owen, moves city mid-form, Bristol then Cardiff",
        "hello",
        {"need": "want to rank higher on google for lettings in our area", "company": "Harbourside Lettings",
         "authority": "director, it's my call", "industry": "estate agency, mostly lettings",
         "company_size": "12", "location": "Bristol", "budget": "£1.2k pcm", "timing": "asap",
         "name": "Owen Price", "consent": "yes", "email": "owen@harboursidelettings.co.uk", "confirm": "yes"},
        before={"budget": "oh wait sorry, we moved, we're in Cardiff now"},
        expect={"location.city": "Cardiff", "location.country": "GB", "budget.min": 1200, "budget.currency": "GBP",
                "budget.period": "month", "industry": "real_estate", "company_size.min": 12},
        never={"location.city": ("Bristol",)},
    ),
    Persona(
        "kai, a job seeker",
        "hi are you guys hiring? im looking for a junior marketing role",
        {"need": "a job in marketing, content writing ideally", "company": "no company, just graduated",
         "authority": "none, I'm looking for work", "industry": "marketing i guess", "company_size": "n/a",
         "location": "Glasgow", "budget": "none", "timing": "whenever", "name": "Kai", "consent": "yes",
         "email": "kai.mcleod@gmail.com", "confirm": "yes"},
        expect={"persona": "job_seeker", "budget.min": ABSENT, "timing.horizon_days": ABSENT},
        said=("brightline.example/",),
    ),
    Persona(
        "inês, numbers that are not budgets and a correction to a confirmation, Lisbon",
        "hi - we're a 30-person SaaS company, founded in 2015, based in Lisbon",
        {"confirm": ("close, we're 35 now actually", "yes"),
         "need": "signups have been flat since 2022 and we spent 50k on ads last year for nothing. "
                 "my number is +351 912 345 678",
         "company": "Tidewave", "authority": "VP sales, the CEO decides on anything over 25k",
         "industry": "software", "company_size": "35", "location": "Lisbon", "revenue": "ARR about 3M",
         "tech_stack": "pipedrive", "budget": "not sure yet tbh, depends on the proposal",
         "timing": "we'd like to kick off in september", "name": "Inês Costa", "consent": "yes",
         "email": "ines@tidewave.pt"},
        expect={"company_size.min": 35, "location.country": "PT", "industry": "software", "budget.min": ABSENT,
                "timing.status": "stated"},
        never={"company_size.min": (30,), "budget.min": (50000, 25000, 2015, 2022, 3000000)},
    ),
]



@pytest.mark.parametrize("persona", PERSONAS, ids=[p.name.split(",")[0] for p in PERSONAS])
def test_each_held_out_persona_s_lead_holds_what_they_said_and_nothing_invented(
        stack: Stack, playbook: Playbook, persona: Persona) -> None:
    play_and_check(stack, playbook, persona)
