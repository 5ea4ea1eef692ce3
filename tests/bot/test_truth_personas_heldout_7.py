"""Ten more visitors, written blind and held out, played through the real Rasa, action server and lead service.

A seventh set after ``test_truth_personas_heldout_6.py``: four English
visitors (from the UK, Ireland, Australia and India) and one each writing
German, French, Spanish, (Brazilian) Portuguese, Italian and Dutch, in trades
the earlier sets did not use: a payroll bureau, a boutique hotel, an EV
charger installer, an HR consultancy, a group of vet practices, a translation
agency, a language school, an e-bike shop, an event venue and a freight
forwarder. They hedge a budget ("maybe 3k, could stretch to 5"), correct a
head count at a later question or a budget at the confirmation, ask why the
bot needs their revenue and then would rather not say, ask where the firm is,
what it costs, what it does with their email and which time zone it is in,
say that someone else decides, give numbers that are not budgets (a phone
number, a postcode, the year the firm was founded, a turnover in crore),
refuse consent, stop and start again, and book a call once the form is done.
Each lists what the stored lead must hold and the values it must never hold,
labelled from what the visitor said and the lead contract; a failure names
what came out wrong.

Vague dates are checked as a span of days counted from today (the
conversation's date), so the personas hold on any day they are played.
They were written blind (HP, 2026-12-03), and committed before reading the
code they measure or running them.
First run, on 933e029 (2026-12-03 22:35 UTC): 1 of 10 (katrin). Three failures are
the script's, not the bot's: graham's name (the bot keeps no contact details once
consent is refused, name included), anjali's asked-again industry (her opening
already gave it) and pieter's 120 (his correction is said at a question the
playbook does not ask); the personas are kept as played, so the figure stays honest.
After that run the lead corrected those three script faults, and only those, none of them about how the bot
reads words: graham's name is expected absent (he refused consent), anjali's asked_twice is gone (the question
is never asked), and pieter says his correction before the budget question, which the playbook asks.
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
    Within,
    cases,
    end_of,
    month_span,
    next_month,
    play_and_check,
    quarter_of_next_year,
)

pytestmark = pytest.mark.slow

# The numbers in Graham's phone number, as a careless reader might take them.
PHONE_UK = (161, 496, 734, 4960734, 1614960734)
# The numbers in Giulia's mobile number.
PHONE_IT = (347, 555, 192, 5550192, 3475550192)


PERSONAS = [
    Persona(
        "graham, payroll bureau, refuses consent and gives a phone number instead, would rather not say revenue, "
        "Manchester",
        "Hello - we're a payroll bureau in Manchester and we want more enquiries from small businesses.",
        {"need": "more inbound leads from SMEs, mainly Google Ads and a better landing page",
         "company": "Ledgerline Payroll Services", "authority": "I'm the managing director",
         "industry": "payroll and bookkeeping services", "company_size": "22 staff", "location": "Manchester",
         "revenue": "I'd rather not say", "tech_stack": "Xero and Sage", "budget": "about £2,500 a month",
         "timing": "ideally from next month", "name": "Graham Whitworth",
         "consent": "no thanks, I don't consent to that",
         "email": "no email please - ring me on 0161 496 0734 instead", "confirm": "yes"},
        expect={"location.country": "GB", "industry": OneOf(("professional_services", "financial_services")),
                "authority.seniority": "c_level", "authority.role": "decision_maker", "company_size.min": 22,
                "budget.min": 2500, "budget.max": 2500, "budget.currency": "GBP", "budget.period": "month",
                "revenue.min": ABSENT, "email.address": ABSENT, "timing.horizon_days": next_month(),
                "name": ABSENT},
        never={"budget.min": PHONE_UK, "budget.max": PHONE_UK, "company_size.min": PHONE_UK,
               "company_size.max": PHONE_UK},
    ),
    Persona(
        "siobhan, boutique hotel, hedges her budget, asks where they are, books a call, Galway",
        "Hi there, I run a small boutique hotel in Galway and we need more direct bookings instead of paying "
        "the OTAs.",
        {"need": "more direct bookings - social media and email marketing mostly", "company": "Corrib Quay Hotel",
         "authority": "I'm the owner, so it's my call", "industry": "boutique hotel",
         "company_size": "18 staff, a few more in summer", "location": "Galway, in the west of Ireland",
         "revenue": "about €2.4 million a year", "tech_stack": "Mews and Mailchimp",
         "budget": "maybe €3k a month, could stretch to €5k if it works",
         "timing": "before the season starts, so by the end of March", "name": "Siobhán Keane",
         "consent": "yes", "email": "siobhan@corribquay.ie", "confirm": "yes"},
        before={"company_size": "sorry, before I answer that - where are you lot based?"},
        after=("lovely - could I book a call with someone? Tuesday or Wednesday afternoon suits",
               "the first slot is grand"),
        expect={"location.country": "IE", "industry": "hospitality", "authority.seniority": "c_level",
                "authority.role": "decision_maker", "company_size.min": 18, "budget.min": 3000,
                "budget.max": 5000, "budget.currency": "EUR", "budget.period": "month",
                "timing.horizon_days": end_of(3), "name": "Siobhán Keane",
                "email.address": "siobhan@corribquay.ie"},
        never={"budget.min": (18, 2400000), "budget.max": (2400000,), "budget.currency": ("USD", "GBP")},
        said=("London",),
        unsaid=("didn't catch",),
    ),
    Persona(
        "mick, EV charger installer, everything in one opening, corrects the head count at the budget question, "
        "asks the time zone, Perth",
        "G'day - Mick Rowe from Sparkline Charging, we install EV chargers for businesses and strata buildings "
        "around Perth. About 30 of us between the office and the vans, and we want a steady pipeline of "
        "commercial jobs.",
        {"need": "lead generation for commercial sites - LinkedIn and Google Ads", "company": "Sparkline Charging",
         "authority": "I'm the founder", "industry": "EV charging installation", "company_size": "about 30",
         "location": "Perth, WA", "revenue": "around $11 million last financial year",
         "tech_stack": "ServiceM8 and HubSpot", "budget": "$12k a month", "timing": "in about six weeks",
         "name": "Mick Rowe", "consent": "yeah no worries", "email": "mick@sparklinecharging.com.au",
         "confirm": "yep"},
        before={"budget": "oh, actually make that 40 people, not 30 - we took on a second crew last month",
                "timing": "what time zone are you guys in, by the way?"},
        expect={"location.country": "AU", "industry": OneOf(("energy", "construction")),
                "authority.seniority": "c_level", "authority.role": "decision_maker", "company_size.min": 40,
                "budget.min": 12000, "budget.max": 12000, "budget.currency": "AUD", "budget.period": "month",
                "timing.horizon_days": Within(35, 49), "name": "Mick Rowe", "company": "Sparkline Charging",
                "email.address": "mick@sparklinecharging.com.au"},
        never={"company_size.min": (30,), "budget.min": (30, 40, 11000000), "budget.max": (11000000,),
               "budget.currency": ("USD",)},
        unsaid=("didn't catch",),
    ),
    Persona(
        "anjali, HR consultancy, answers the industry with her head count, her MD decides, lakh and crore, Pune",
        "Hello, I am looking for help to get more corporate clients for our HR consultancy.",
        {"need": "lead generation for corporate clients - LinkedIn campaigns and email outreach",
         "company": "TalentBridge HR Advisory",
         "authority": "I am the business development manager, but the final decision is with our MD",
         "industry": ("we are around 60 employees", "HR consultancy and recruitment"),
         "company_size": "around 60", "location": "Pune, Maharashtra", "revenue": "turnover is approx 45 crore",
         "tech_stack": "Zoho CRM and Excel", "budget": "around ₹3 lakh per month",
         "timing": "from April, after our financial year closes", "name": "Anjali Deshmukh",
         "consent": "yes, okay", "email": "anjali.d@talentbridgehr.in", "confirm": "yes, correct"},
        expect={"location.country": "IN", "industry": "professional_services", "authority.seniority": "manager",
                "company_size.min": 60, "budget.min": 300000, "budget.max": 300000, "budget.currency": "INR",
                "budget.period": "month", "timing.horizon_days": month_span(4)},
        never={"authority.role": ("decision_maker",), "budget.min": (3, 60, 450000000),
               "budget.max": (450000000,), "budget.currency": ("USD",)},
    ),
    Persona(
        "katrin, writes German, vet practices, asks why the revenue is needed and would rather not say, "
        "a postcode, Hamburg",
        "Guten Tag, wir haben drei Tierarztpraxen in Hamburg und möchten über Google mehr Neukunden gewinnen.",
        {"need": "mehr Terminbuchungen über Google Ads und bessere Sichtbarkeit bei Google Maps",
         "company": "Tierärzte am Elbufer", "authority": "Ich bin die Praxismanagerin",
         "industry": "Tiermedizin, also Tierarztpraxen", "company_size": "etwa 35 Mitarbeiter",
         "location": "22767 Hamburg", "revenue": "Das sage ich lieber nicht.", "tech_stack": "Vetera und WordPress",
         "budget": "rund 2.500 € im Monat", "timing": "ab März", "name": "Katrin Vogt", "consent": "ja",
         "email": "k.vogt@tieraerzte-elbufer.de", "confirm": "ja, passt"},
        lang="de",
        before={"revenue": "Wozu brauchen Sie das denn?"},
        expect={"location.country": "DE", "industry": OneOf(("healthcare", "other")),
                "authority.seniority": "manager", "company_size.min": 35, "budget.min": 2500, "budget.max": 2500,
                "budget.currency": "EUR", "budget.period": "month", "revenue.min": ABSENT,
                "timing.horizon_days": month_span(3)},
        never={"company_size.min": (3, 22767), "company_size.max": (22767,), "budget.min": (22767,),
               "budget.max": (22767,), "revenue.min": (22767,)},
        unsaid=ENGLISH,
    ),
    Persona(
        "antoine, writes French, translation agency founded in 1998, asks the price, stops and starts again, Lyon",
        "Bonjour, nous sommes une agence de traduction lyonnaise fondée en 1998 et nous cherchons plus de "
        "clients industriels.",
        {"need": "plus de demandes de devis d'entreprises industrielles, via le référencement et LinkedIn",
         "company": "Rhône Traductions", "authority": "associé fondateur", "industry": "traduction technique",
         "company_size": "une vingtaine de personnes", "location": "Lyon",
         "revenue": "environ 3 millions d'euros", "tech_stack": "Trados et Pipedrive",
         "budget": "autour de 4 000 € par mois", "timing": "dès février", "name": "Antoine Brossard",
         "consent": "oui", "email": "a.brossard@rhone-traductions.fr", "confirm": "oui"},
        lang="fr",
        before={"authority": "Combien coûtent vos services, au juste ?",
                "budget": "Stop, je dois d'abord en parler à mon associée."},
        after=("Me revoilà, elle est d'accord. On peut reprendre ?",),
        expect={"location.country": "FR", "industry": "professional_services", "authority.seniority": "c_level",
                "company_size.min": Within(15, 25), "budget.min": 4000, "budget.max": 4000,
                "budget.currency": "EUR", "budget.period": "month", "timing.horizon_days": month_span(2)},
        never={"budget.min": (1998, 3000000), "budget.max": (1998, 3000000), "company_size.min": (1998,),
               "company_size.max": (1998,)},
        unsaid=ENGLISH,
    ),
    Persona(
        "lucia, writes Spanish, language school, answers the head count with her city, asks about her email, "
        "corrects the budget at the confirmation, Valencia",
        "Hola, tenemos una academia de idiomas y queremos llenar los cursos intensivos de verano.",
        {"need": "captar más alumnos adultos y empresas, con anuncios en Instagram y Google",
         "company": "Academia Lingua Viva", "authority": "soy la directora y dueña, decido yo",
         "industry": "enseñanza de idiomas",
         "company_size": ("estamos en Valencia, en el barrio de Ruzafa", "somos 25 entre profesores y administración"),
         "location": "Valencia", "revenue": "unos 900.000 euros al año",
         "tech_stack": "Google Workspace y Mailchimp", "budget": "unos 1.500 euros al mes", "timing": "en marzo",
         "name": "Lucía Ferrer", "consent": "sí", "email": "lucia@linguaviva.es",
         "confirm": ("casi: el presupuesto son 2.000 euros al mes, no 1.500", "sí")},
        lang="es",
        before={"email": "¿Y qué hacéis con mi correo después?"},
        expect={"location.country": "ES", "industry": "education", "authority.seniority": "c_level",
                "authority.role": "decision_maker", "company_size.min": 25, "budget.min": 2000, "budget.max": 2000,
                "budget.currency": "EUR", "budget.period": "month", "timing.horizon_days": month_span(3),
                "email.address": "lucia@linguaviva.es"},
        never={"budget.min": (25, 1500, 900000), "budget.max": (1500, 900000)},
        asked_twice=("company_size",),
        unsaid=ENGLISH,
    ),
    Persona(
        "thiago, writes Brazilian Portuguese, e-bike shop, everything in one opening, his partner decides, "
        "books a call, Curitiba",
        "Oi! Sou o Thiago, gerente da Volta Bikes, uma loja de bicicletas elétricas em Curitiba. Somos 12 pessoas "
        "e queremos vender mais pela loja online, com uns R$ 8 mil por mês de verba.",
        {"need": "mais vendas no e-commerce com anúncios no Google e no Instagram", "company": "Volta Bikes",
         "authority": "sou gerente; quem decide é o meu sócio", "industry": "loja de bicicletas elétricas",
         "company_size": "12", "location": "Curitiba, Paraná", "revenue": "uns 4 milhões de reais por ano",
         "tech_stack": "Shopify e RD Station", "budget": "uns R$ 8 mil por mês",
         "timing": "a partir do mês que vem", "name": "Thiago Moreira", "consent": "sim",
         "email": "thiago@voltabikes.com.br", "confirm": "sim"},
        lang="pt",
        after=("Dá para marcar uma ligação com vocês? Qualquer tarde da semana que vem.", "A primeira opção serve."),
        expect={"location.country": "BR", "industry": "retail_ecommerce", "authority.seniority": "manager",
                "company_size.min": 12, "budget.min": 8000, "budget.max": 8000, "budget.currency": "BRL",
                "budget.period": "month", "timing.horizon_days": next_month()},
        never={"authority.role": ("decision_maker",), "budget.currency": ("USD", "EUR"),
               "budget.min": (12, 4000000), "budget.max": (4000000,)},
        unsaid=ENGLISH,
    ),
    Persona(
        "giulia, writes Italian, event venue, hedges her budget, asks where they are, adds a mobile number to "
        "her email, Florence",
        "Buonasera, gestisco una villa per eventi e matrimoni sulle colline di Firenze e vorremmo più richieste "
        "dalle aziende.",
        {"need": "più richieste per eventi aziendali, con LinkedIn e campagne Google",
         "company": "Villa Le Querce Eventi", "authority": "sono la responsabile commerciale, sul marketing decido io",
         "industry": "location per eventi e matrimoni", "company_size": "una quindicina di dipendenti",
         "location": "Firenze", "revenue": "circa 2 milioni di euro", "tech_stack": "HubSpot e WordPress",
         "budget": "forse 4.000 € al mese, potremmo arrivare a 6.000", "timing": "entro fine febbraio",
         "name": "Giulia Conti", "consent": "sì",
         "email": "giulia.conti@villalequerce.it - oppure il cellulare 347 555 0192", "confirm": "sì"},
        lang="it",
        before={"company": "Prima una domanda: voi dove siete?"},
        expect={"location.country": "IT", "industry": OneOf(("hospitality", "media_entertainment")),
                "authority.seniority": OneOf(("manager", "director")), "authority.role": "decision_maker",
                "company_size.min": Within(12, 18), "budget.min": 4000, "budget.max": 6000,
                "budget.currency": "EUR", "budget.period": "month", "timing.horizon_days": end_of(2),
                "email.address": "giulia.conti@villalequerce.it"},
        never={"budget.min": PHONE_IT + (2000000,), "budget.max": PHONE_IT + (2000000,),
               "company_size.min": PHONE_IT},
        said=("Londra",),
        unsaid=ENGLISH,
    ),
    Persona(
        "pieter, writes Dutch, freight forwarder founded in 1987, asks why the revenue is needed, corrects the "
        "head count later, Rotterdam",
        "Goedendag, wij zijn een expediteur in Rotterdam, opgericht in 1987, en we willen meer verladers als klant.",
        {"need": "meer leads uit de maakindustrie via LinkedIn en een betere website",
         "company": "Van Dijk Forwarding", "authority": "commercieel directeur",
         "industry": "expeditie en logistiek", "company_size": "zo'n 100 medewerkers", "location": "Rotterdam",
         "revenue": "ongeveer 30 miljoen euro", "tech_stack": "Salesforce en Excel",
         "budget": "zo'n 5.000 euro per maand", "timing": "in het tweede kwartaal van volgend jaar",
         "name": "Pieter van Dijk", "consent": "ja", "email": "p.vandijk@vandijkforwarding.nl", "confirm": "ja"},
        lang="nl",
        before={"revenue": "Waarom wilt u dat weten?",
                "budget": "O, en het zijn eigenlijk 120 medewerkers, niet 100."},
        expect={"location.country": "NL", "industry": "logistics", "authority.seniority": "director",
                "company_size.min": 120, "budget.min": 5000, "budget.max": 5000, "budget.currency": "EUR",
                "budget.period": "month", "timing.horizon_days": quarter_of_next_year(2)},
        never={"company_size.min": (100, 1987), "company_size.max": (1987,), "budget.min": (120, 1987, 30000000),
               "budget.max": (1987, 30000000)},
        unsaid=ENGLISH,
    ),
]


# Personas still wrong when the session that wrote them ended, by id, with what is wrong (``cases``).
STILL_WRONG: dict[str, str] = {
}


@pytest.mark.parametrize("persona", cases(PERSONAS, STILL_WRONG))
def test_each_seventh_set_persona_s_lead_holds_what_they_said_and_nothing_invented(
        stack: Stack, playbook: Playbook, persona: Persona) -> None:
    play_and_check(stack, playbook, persona)
