"""Eleven more visitors, written blind and held out, played through the real Rasa, action server and lead service.

An eighth set after ``test_truth_personas_heldout_7.py`` (issue 14): five
English visitors (from the US, Canada, South Africa, New Zealand and Scotland)
and one each writing German, French, Spanish (Mexico), European Portuguese,
Italian and Flemish Dutch, in trades the earlier sets did not use: a
commercial cleaning company, a maker of cedar hot tubs, a student, an
immigration law firm, chartered surveyors, a family brewery, an office
removals firm, a private security company, a shoe factory, a clinical
laboratory and a coffee roaster. They give a budget in words ("twelve grand a
quarter", "vijftienduizend euro"), a threshold that is no budget, what they
spent last year, a price they ask about, a phone number, a postcode (one that
looks like a year) and a founding year; a problem "this year" that is no
deadline, a head count that changed, a correction inside one message and one
at a later question; they ask what it costs, whether it is a bot, for a
whitepaper and for case studies, why the bot asks; they skip a required
question, stop, write something anyway and start again, say goodbye mid-form,
are a student, and book a call and ask to move it to Thursday. Amounts carry
no currency where the country has its own, and the call times must be in
the zone of the visitor's city. Each lists what the stored lead must hold
and the values it must never hold, labelled from what the visitor said, the
lead contract and issue 14; a failure names what came out wrong.

Vague dates are checked as a span of days counted from today (the
conversation's date), so the personas hold on any day they are played.
They were written blind (V, 2026-12-04), without reading bot/actions, nlu/ or
tests/nlu, and committed before running them (1084022).
First run, on 1084022 (2026-12-04 08:14 UTC; the bot as committed at b559001 plus
the other helpers' uncommitted changes in the checkout): 3 of 11 (dwayne, thandeka,
rui). One failure was the script's, not the bot's: rory's decision ("I sign off on
anything under 75 grand") was in his answer to the role question, which the bot never
asks once his opening gave his title, so the decision_maker label rested on words
never said. After that run, and only that, he says it at the budget question, which
the playbook asks (the threshold trap stays); his role is still wrong (see
``STILL_WRONG``). The seven others are the bot's, kept as strict xfails. Where a
wrong heard value was confirmed, it was confirmed by the persona's scripted yes,
as in the earlier sets: the bot still invented it.
After the fixes of 2026-12-04 (nlu and bot, by category): 9 of 11 (hemi, fiona, hélène, francesca, wouter
and matthias too); alejandro stays a strict xfail naming what is still wrong. rory passes since a decision said at
any question sets the role (bot.actions.hearing._decides).
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from harness.stack import Stack, Visitor
from qualification import Playbook
from tests.bot.personas import (
    ABSENT,
    ENGLISH,
    OneOf,
    Persona,
    Within,
    cases,
    mid_month,
    month_span,
    play,
    wrong,
)

pytestmark = pytest.mark.slow

# The numbers in Dwayne's phone number (614-555-0148), as a careless reader might take them.
PHONE_US = (614, 555, 148, 5550148, 6145550148)
# The numbers in Hélène's phone number (03 20 55 01 23).
PHONE_FR = (3, 20, 55, 1, 23, 320550123)
# "Spring" (Frühjahr): from the 1st of March to the summer solstice.
SPRING = Within(month_span(3).low, month_span(6).low + 20)


PERSONAS = [
    Persona(
        "dwayne, commercial cleaning, head count that grew this year, asks what they charge, twelve grand a "
        "quarter, phone number with his email, Columbus",
        "hey there - we run a commercial cleaning company in Columbus OH, trying to land more office and medical "
        "building contracts",
        {"need": "lead gen. we want facility managers calling us, google ads probably",
         "company": "Buckeye Shine Commercial Cleaning", "authority": "owner, I make the call",
         "industry": "commercial cleaning / janitorial",
         "company_size": "we went from 40 to about 65 people this year", "location": "Columbus, Ohio",
         "revenue": "around 4 million", "tech_stack": "just Jobber and gmail honestly",
         "budget": "twelve grand a quarter, give or take", "timing": "after the holidays, so january",
         "name": "Dwayne Pruitt", "consent": "sure",
         "email": "dwayne@buckeyeshine.com - or just call me at 614-555-0148", "confirm": "yep"},
        before={"budget": "what do you guys charge, roughly?"},
        expect={"location.country": "US", "industry": OneOf(("professional_services", "other")),
                "authority.seniority": "c_level", "authority.role": "decision_maker", "company_size.min": 65,
                "budget.min": 12000, "budget.max": 12000, "budget.currency": "USD", "budget.period": "quarter",
                "timing.horizon_days": month_span(1), "name": "Dwayne Pruitt",
                "email.address": "dwayne@buckeyeshine.com"},
        never={"company_size.min": (40,) + PHONE_US, "company_size.max": PHONE_US,
               "budget.min": (12, 40, 65) + PHONE_US, "budget.max": PHONE_US, "timing.horizon_days": (14,)},
        said=("5,000 USD a month",),
        unsaid=("didn't catch",),
        asked_twice=("budget",),
    ),
    Persona(
        "rory, cedar hot tub maker, signs off under a threshold, dollars unsaid, books a call and moves it to "
        "Thursday, Vancouver",
        "Hi, I'm the marketing director at Coastline Cedar Works - we build cedar hot tubs and saunas in "
        "Vancouver and want more dealers and commercial buyers.",
        {"need": "lead generation - dealers, hotels and spas. LinkedIn plus follow-up emails after trade shows",
         "company": "Coastline Cedar Works",
         "authority": "marketing director - I sign off on anything under 75 grand, above that it goes to the owners",
         "industry": "we manufacture cedar hot tubs and saunas", "company_size": "45 people",
         "location": "Vancouver, BC", "revenue": "about 9 million a year", "tech_stack": "HubSpot and Shopify",
         "budget": "about 4,500 a month - I sign off on anything under 75 grand myself", "timing": "mid January",
         "name": "Rory Tanaka", "consent": "yes",
         "email": "rory@coastlinecedar.ca", "confirm": "yes"},
        after=("great - can I book a call with someone?", "the first one works for me",
               "sorry, something came up - can we move it to Thursday?", "the first one on Thursday is good"),
        expect={"location.country": "CA", "industry": "manufacturing", "authority.seniority": "director",
                "authority.role": "decision_maker", "company_size.min": 45, "budget.min": 4500,
                "budget.max": 4500, "budget.currency": "CAD", "budget.period": "month",
                "timing.horizon_days": mid_month(1), "name": "Rory Tanaka", "email.address": "rory@coastlinecedar.ca"},
        never={"budget.min": (45, 75000), "budget.max": (75000,), "budget.currency": ("USD",)},
        said=("Pacific",),
        unsaid=("didn't catch",),
    ),
    Persona(
        "thandeka, a student, asks for case studies, her project's due date is no start, Johannesburg",
        "Hi! I'm a final-year BCom marketing student at Wits, doing a research project on B2B lead generation. "
        "Do you have any case studies I could read?",
        {"need": "just information for my project - how agencies generate leads for their clients",
         "company": "I'm a student, no company", "authority": "student", "industry": "education, I suppose",
         "company_size": "just me", "location": "Johannesburg", "revenue": "none",
         "tech_stack": "none really", "budget": "no budget, I'm a student",
         "timing": "my project is due in March but I'm not buying anything", "name": "Thandeka Mokoena",
         "consent": "yes that's fine", "email": "thandeka.mokoena@students.wits.ac.za", "confirm": "yes"},
        expect={"persona": "student", "budget.min": ABSENT, "budget.max": ABSENT, "timing.horizon_days": ABSENT},
        never={"authority.role": ("decision_maker",)},
        said=("brightline.example/case-studies", "brightline.example/guides/lead-generation-framework"),
    ),
    Persona(
        "hemi, immigration law firm, stops at the budget, writes a second office anyway, starts again, a problem "
        "this year, dollars unsaid, Auckland",
        "Kia ora, we're an immigration law firm in Auckland, looking for help getting more enquiries.",
        {"need": "our enquiries have dropped right off this year since two competitors started running ads - "
                 "we need Google Ads and better SEO",
         "company": "Walker Ngata Immigration Law", "authority": "I'm the principal, it's my call",
         "industry": "immigration law", "company_size": "12 of us", "location": "Auckland",
         "revenue": "about 2.5 million", "tech_stack": "Actionstep and Xero",
         "budget": "around 5k a month", "timing": "in February", "name": "Hemi Walker", "consent": "yes, fine",
         "email": "hemi@walkerngata.co.nz", "confirm": "yes"},
        before={"budget": "stop please, I don't want to go on with this right now"},
        after=("fair enough. fwiw we've also got a small office in Sydney",
               "ok, can we start again? I'm happy to carry on now"),
        expect={"location.country": "NZ", "industry": "professional_services", "authority.seniority": "c_level",
                "authority.role": "decision_maker", "company_size.min": 12, "budget.min": 5000, "budget.max": 5000,
                "budget.currency": "NZD", "budget.period": "month", "timing.horizon_days": month_span(2),
                "email.address": "hemi@walkerngata.co.nz"},
        never={"location.country": ("AU",), "location.city": ("Sydney",), "budget.currency": ("USD", "AUD"),
               "budget.min": (12,), "timing.horizon_days": (14,)},
    ),
    Persona(
        "fiona, chartered surveyors, asks for a whitepaper, last year's agency spend, a postcode, corrects her "
        "head count at a later question, Edinburgh",
        "Hiya - before anything, have you got a guide or whitepaper on lead generation I could have a read of?",
        {"need": "we need more instructions from commercial landlords - SEO and LinkedIn mainly",
         "company": "MacLeod Ross Chartered Surveyors",
         "authority": "I'm one of the three partners, we decide together", "industry": "chartered surveying - "
         "commercial property", "company_size": "about 30 of us", "location": "Edinburgh, EH3 9DR",
         "revenue": "about £3 million", "tech_stack": "Outlook and a spreadsheet, if I'm honest",
         "budget": "we spent about £18k with an agency last year and got very little for it - this time maybe "
                   "£1,500 a month to start",
         "timing": "from March", "name": "Fiona MacLeod", "consent": "aye, that's fine",
         "email": "fiona@macleodross.co.uk", "confirm": "aye, that's right"},
        before={"timing": "oh sorry, it's 34 of us now, not 30 - two graduates started this week"},
        expect={"location.country": "GB", "industry": OneOf(("real_estate", "professional_services", "construction")),
                "authority.seniority": "c_level", "authority.role": "decision_maker", "company_size.min": 34,
                "budget.min": 1500, "budget.max": 1500, "budget.currency": "GBP", "budget.period": "month",
                "timing.horizon_days": month_span(3), "email.address": "fiona@macleodross.co.uk"},
        never={"company_size.min": (3, 9, 30), "company_size.max": (3, 9, 30), "budget.min": (18000, 3, 9),
               "budget.max": (18000,)},
        said=("brightline.example/guides/lead-generation-framework", "34"),
        unsaid=("didn't catch",),
    ),
    Persona(
        "matthias, writes German, family brewery since 1892, asks why the budget is needed, corrects it inside "
        "one message, euros unsaid, Bamberg",
        "Grüß Gott, wir sind eine Familienbrauerei aus Bamberg, seit 1892 in Familienbesitz, und wollen mehr "
        "Gastronomen und Getränkehändler erreichen.",
        {"need": "mehr Anfragen von Gastronomen und Händlern, über Google und Social Media",
         "company": "Brauerei Schöll", "authority": "Ich bin Geschäftsführer in vierter Generation, ich entscheide.",
         "industry": "Brauerei", "company_size": "42 Mitarbeiter", "location": "Bamberg, Oberfranken",
         "revenue": "rund 6 Millionen", "tech_stack": "Excel und ein altes Warenwirtschaftssystem",
         "budget": "so um die 20.000 im Jahr - Moment, es sind 24.000, hab grad nachgeschaut",
         "timing": "im Frühjahr", "name": "Matthias Schöll", "consent": "ja",
         "email": "m.schoell@brauerei-schoell.de", "confirm": "ja"},
        lang="de",
        before={"budget": "Wozu wollen Sie das wissen?"},
        expect={"location.country": "DE", "industry": "manufacturing", "authority.seniority": "c_level",
                "authority.role": "decision_maker", "company_size.min": 42, "budget.min": 24000, "budget.max": 24000,
                "budget.currency": "EUR", "budget.period": "year", "timing.horizon_days": SPRING,
                "email.address": "m.schoell@brauerei-schoell.de"},
        never={"budget.min": (20000, 1892), "budget.max": (20000, 1892), "company_size.min": (1892,),
               "company_size.max": (1892,), "budget.currency": ("USD",)},
        asked_twice=("budget",),
        unsaid=ENGLISH,
    ),
    Persona(
        "hélène, writes French, office removals, asks if it's a robot, skips the head count, her manager signs, "
        "a phone number with her email, Lille",
        "Bonjour, vous êtes un robot ou il y a quelqu'un ?",
        {"need": "plus de demandes de devis d'entreprises qui déménagent leurs bureaux, surtout via Google",
         "company": "Transferts Nord Déménagements",
         "authority": "je suis la responsable marketing ; c'est le gérant qui signe",
         "industry": "déménagement de bureaux et transfert d'entreprises",
         "company_size": ("je passe", "bon, une cinquantaine"), "location": "Lille", "revenue": "environ 7 M€",
         "tech_stack": "Excel et Outlook", "budget": "3 000 € par mois", "timing": "début janvier",
         "name": "Hélène Garnier", "consent": "oui",
         "email": "h.garnier@tnd-demenagements.fr - ou au 03 20 55 01 23", "confirm": "oui"},
        lang="fr",
        expect={"location.country": "FR", "industry": "logistics", "authority.seniority": "manager",
                "company_size.min": Within(45, 55), "budget.min": 3000, "budget.max": 3000,
                "budget.currency": "EUR", "budget.period": "month",
                "timing.horizon_days": Within(month_span(1).low, month_span(1).low + 14),
                "email.address": "h.garnier@tnd-demenagements.fr"},
        never={"authority.role": ("decision_maker",), "budget.min": PHONE_FR, "budget.max": PHONE_FR},
        said=("un bot, pas une personne",),
        asked_twice=("company_size",),
        unsaid=ENGLISH,
    ),
    Persona(
        "alejandro, writes Mexican Spanish, private security, head count that grew, asks what they charge, pesos "
        "unsaid, says goodbye at the email question, Monterrey",
        "Buenas tardes, tenemos una empresa de seguridad privada en Monterrey y queremos más contratos con naves "
        "industriales.",
        {"need": "generar prospectos: gerentes de planta y de compras, con LinkedIn y Google",
         "company": "Grupo Custodia del Norte",
         "authority": "soy el director comercial y yo decido el presupuesto de marketing",
         "industry": "seguridad privada, guardias y monitoreo",
         "company_size": "éramos 120, pero con los contratos nuevos ya somos como 150",
         "location": "Monterrey, Nuevo León", "revenue": "unos 80 millones de pesos",
         "tech_stack": "Excel y WhatsApp", "budget": "unos 60 mil al mes", "timing": "en enero",
         "name": "Alejandro Garza", "consent": "sí", "email": "agarza@custodianorte.com.mx", "confirm": "sí"},
        lang="es",
        before={"budget": "¿Y ustedes cuánto cobran?",
                "email": "Uy, me tengo que ir a una junta. ¡Gracias, hasta luego!"},
        expect={"location.country": "MX", "industry": OneOf(("professional_services", "other")),
                "authority.seniority": "director", "authority.role": "decision_maker",
                "company_size.min": Within(140, 160), "budget.min": 60000, "budget.max": 60000,
                "budget.currency": "MXN", "budget.period": "month", "timing.horizon_days": month_span(1),
                "email.address": ABSENT},
        never={"company_size.min": (120,), "budget.min": (120, 150), "budget.currency": ("USD", "EUR")},
        said=("5.000 USD al mes",),
        unsaid=ENGLISH + ("didn't catch",),
    ),
    Persona(
        "rui, writes European Portuguese, shoe factory, orders fell this year, asks for case studies, his father "
        "decides, corrects his budget at the timing question, Felgueiras",
        "Boa tarde. Somos uma fábrica de calçado perto do Porto e as encomendas dos clientes alemães caíram este "
        "ano; precisamos de novos distribuidores.",
        {"need": "encontrar distribuidores e lojas multimarca na Europa, com LinkedIn e email",
         "company": "Calçado Ribeiro & Filhos",
         "authority": "sou o diretor comercial, mas quem decide é o meu pai, o fundador",
         "industry": "fabrico de calçado", "company_size": "somos 140", "location": "Felgueiras, distrito do Porto",
         "revenue": "cerca de 12 milhões de euros", "tech_stack": "Primavera e Excel",
         "budget": "2.500 € por mês", "timing": "a partir de março", "name": "Rui Ribeiro", "consent": "sim",
         "email": "rui.ribeiro@calcadoribeiro.pt", "confirm": "sim"},
        lang="pt",
        before={"company": "Já agora, têm estudos de caso de outras fábricas?",
                "timing": "Desculpe, enganei-me no orçamento: são 3.500 € por mês, não 2.500."},
        expect={"location.country": "PT", "industry": "manufacturing", "authority.seniority": "director",
                "company_size.min": 140, "budget.min": 3500, "budget.max": 3500, "budget.currency": "EUR",
                "budget.period": "month", "timing.horizon_days": month_span(3),
                "email.address": "rui.ribeiro@calcadoribeiro.pt"},
        never={"authority.role": ("decision_maker",), "budget.min": (2500, 140), "budget.max": (2500,),
               "timing.horizon_days": (14,)},
        said=("brightline.example/case-studies", "3.500"),
        unsaid=ENGLISH,
    ),
    Persona(
        "francesca, writes Italian, clinical laboratory, asks whether an SEO audit costs more than 2,000 euros, "
        "skips the timing question, Turin",
        "Buongiorno, abbiamo un laboratorio di analisi cliniche a Torino e vorremmo più pazienti privati.",
        {"need": "più pazienti privati per i check-up, con Google Ads e una landing page fatta bene",
         "company": "Laboratorio Analisi San Secondo",
         "authority": "sono la direttrice sanitaria e socia, decido io insieme all'altro socio",
         "industry": "laboratorio di analisi cliniche", "company_size": "28 persone tra tecnici e segreteria",
         "location": "Torino", "revenue": "circa 3 milioni", "tech_stack": "un gestionale di laboratorio e WordPress",
         "budget": "circa 1.500 euro al mese", "timing": ("preferisco non rispondere", "va bene: da febbraio"),
         "name": "Francesca Bruno", "consent": "sì", "email": "f.bruno@laboratoriosansecondo.it", "confirm": "sì"},
        lang="it",
        before={"budget": "Prima una domanda: un audit SEO da voi costa più di 2.000 euro?"},
        expect={"location.country": "IT", "industry": "healthcare",
                "authority.seniority": OneOf(("c_level", "director")), "authority.role": "decision_maker",
                "company_size.min": 28, "budget.min": 1500, "budget.max": 1500, "budget.currency": "EUR",
                "budget.period": "month", "timing.horizon_days": month_span(2),
                "email.address": "f.bruno@laboratoriosansecondo.it"},
        never={"budget.min": (2000, 28), "budget.max": (2000,)},
        said=("5.000 USD al mese",),
        asked_twice=("budget", "timing"),
        unsaid=ENGLISH,
    ),
    Persona(
        "wouter, writes Flemish Dutch, coffee roaster, asks if it's a robot, a postcode that looks like a year, "
        "a budget in words, Antwerp",
        "Dag, wij zijn een koffiebranderij in Antwerpen en willen meer horecazaken en kantoren als klant.",
        {"need": "meer B2B-leads uit horeca en kantoren, via LinkedIn en Google",
         "company": "Branderij De Zwarte Parel", "authority": "zaakvoerder, ik beslis",
         "industry": "koffiebranderij, we branden en verkopen koffie", "company_size": "een twintigtal",
         "location": "2018 Antwerpen", "revenue": "ongeveer 4 miljoen", "tech_stack": "Odoo en Mailchimp",
         "budget": "vijftienduizend euro voor het hele jaar", "timing": "half januari, na de feestdagen",
         "name": "Wouter Peeters", "consent": "ja", "email": "wouter@dezwarteparel.be", "confirm": "ja"},
        lang="nl",
        before={"company_size": "Ben ik eigenlijk met een robot aan het praten?"},
        expect={"location.country": "BE", "industry": OneOf(("manufacturing", "retail_ecommerce")),
                "authority.seniority": "c_level", "authority.role": "decision_maker",
                "company_size.min": Within(15, 25), "budget.min": 15000, "budget.max": 15000,
                "budget.currency": "EUR", "budget.period": "year", "timing.horizon_days": mid_month(1),
                "email.address": "wouter@dezwarteparel.be"},
        never={"budget.min": (2018,), "budget.max": (2018,), "company_size.min": (2018,),
               "company_size.max": (2018,)},
        said=("een bot, geen mens",),
        asked_twice=("company_size",),
        unsaid=ENGLISH,
    ),
]


# The booking each persona who books must end with: the visitor's zone and the weekday (0 = Monday) its start
# falls on there, after asking to move it.
BOOKED_ON = {"rory": ("America/Vancouver", 3)}


def booking_problems(stack: Stack, v: Visitor, name: str) -> list[str]:
    if name not in BOOKED_ON:
        return []
    zone, weekday = BOOKED_ON[name]
    lead = stack.lead_for(v.sender)
    booking = (lead or {}).get("booking")
    if not booking:
        return ["no call booked"]
    start = datetime.fromisoformat(booking["starts_at"].replace("Z", "+00:00")).astimezone(ZoneInfo(zone))
    return [] if start.weekday() == weekday else [f"the call is on {start:%A %d %b %H:%M} in {zone}, not moved"]


# Personas still wrong when the session that wrote them ended, by id, with what is wrong (``cases``).
STILL_WRONG: dict[str, str] = {
    "alejandro": "no lead stored: at 11ef405 the goodbye at the email question ('Uy, me tengo que ir a una junta. "
                 "¡Gracias, hasta luego!') is taken ('¡Gracias por su visita!'), but a visitor who leaves before "
                 "giving an address leaves no lead (the bot's, not the extractor's); his clients' 'naves "
                 "industriales' are no longer his industry (professional services, nlu.industries, 5f5e29a); the "
                 "pricing answer and the rest of the form up to the goodbye are right",
}


@pytest.mark.parametrize("persona", cases(PERSONAS, STILL_WRONG))
def test_each_eighth_set_persona_s_lead_holds_what_they_said_and_nothing_invented(
        stack: Stack, playbook: Playbook, persona: Persona) -> None:
    v = Visitor(stack.rasa_url)
    play(v, playbook, persona)
    problems = wrong(stack, v, playbook, persona) + booking_problems(stack, v, persona.name.split(",")[0])
    print(v.history())
    assert not problems, "\n".join(problems) + "\n\n" + v.history()
