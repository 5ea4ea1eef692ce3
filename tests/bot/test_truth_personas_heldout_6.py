"""Eight more visitors, written blind and held out, played through the real Rasa, action server and lead service.

A sixth set after ``test_truth_personas_heldout_5.py`` (issue 14): five English
visitors and one each writing French, Spanish and Italian, in trades the
earlier sets did not use (a dental group, a solar installer, an architecture
practice, a B2B payments company, an accounting firm, rural hotels, a furniture
maker, and a visitor who says almost nothing). They correct their title and
their budget together at the confirmation, correct a head count or a budget
inside the message that gives it, answer the budget question with what they
spent last year or with their revenue, answer the timing question with
something that already happened, give their name and email in one line, ask
the bot mid-form what it costs, whether it is a person and what it does with
their data, stop and start again, refuse nearly every question, and book a
call once the form is done while giving a phone number. Each lists what the
stored lead must hold and the values it must never hold, labelled from what
the visitor said; a failure names what came out wrong.

Vague dates are checked as a span of days counted from today (the
conversation's date), so the personas hold on any day they are played.
They were written blind, before reading the code they measure or running them
(HW2, 2026-12-03), and kept outside the repository while the bot was worked on.
First run, on the code before that session's work (66d2ab7): 7 of 8. Javier,
who stops and then asks "¿Seguimos donde lo dejamos?" after a line of his own,
got only the hint; the stop gate now reads a request to go on sentence by
sentence (its category was given to the bot's helper from this failure, so
that fix is not blind). After it, 7 of 8 again: see ``STILL_WRONG``.
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
    play_and_check,
)

pytestmark = pytest.mark.slow

# A start date that already lies behind the visitor: what a past event must never be read as.
PAST = Within(-3650, -1)
# The bot's email questions, which a visitor who already gave the address with their name must not hear again.
EMAIL_ASKED_EN = ("best email for our team", "Which email should our consultant write to?")
EMAIL_ASKED_FR = ("À quelle adresse e-mail", "notre consultant doit-il vous écrire")


PERSONAS = [
    Persona(
        "hannah, corrects her title and her budget together at the confirmation, asks about the contract, Phoenix",
        "hi there, we run a group of dental practices and need more new-patient bookings",
        {"need": "new patient leads from local SEO and google ads", "company": "Saguaro Dental Partners",
         "authority": "marketing manager - the two owners sign off", "industry": "dental clinics",
         "company_size": "about 140 staff across nine practices", "location": "Phoenix, Arizona",
         "revenue": "around 20 million", "tech_stack": "dentrix and mailchimp", "budget": "around 10k a month",
         "timing": "in February", "name": "Hannah Brooks", "consent": "yes",
         "email": "hannah.brooks@saguarodental.com",
         "confirm": ("two things to fix: I'm actually the COO now, not the marketing manager, and the budget is "
                     "12k a month, not 10k", "yes that's right")},
        before={"timing": "is there a minimum contract with you, or can we cancel?"},
        expect={"authority.seniority": "c_level", "budget.min": 12000, "budget.max": 12000, "budget.currency": "USD",
                "budget.period": "month", "company_size.min": 140, "location.country": "US",
                "industry": "healthcare", "timing.horizon_days": month_span(2)},
        never={"authority.seniority": ("manager",), "budget.min": (10000, 140, 20000000),
               "budget.max": (10000, 20000000), "company_size.min": (9,), "company_size.max": (9,)},
        said=("onboarding takes about two weeks",),
        unsaid=("didn't catch",),
    ),
    Persona(
        "derek, corrects his head count inside one message, answers the budget question with last year's agency "
        "spend, Sacramento",
        "hi, we install solar panels for homes and businesses and our lead flow has pretty much dried up",
        {"need": "more qualified homeowner and commercial leads - paid search and a better website",
         "company": "Sunward Solar", "authority": "I'm the owner", "industry": "solar installation",
         "company_size": "we're 30 people, no wait, 36 - I keep forgetting the new install crew",
         "location": "Sacramento, CA", "revenue": "about 8 million", "tech_stack": "jobber and quickbooks",
         "budget": ("honestly, last year we spent about $60k with an agency and got nothing for it",
                    "for this, maybe 4 to 5k a month"),
         "timing": "in March", "name": "Derek Olsen", "consent": "yes", "email": "derek@sunwardsolar.com",
         "confirm": "yes"},
        expect={"company_size.min": 36, "company_size.max": 36, "budget.min": 4000, "budget.max": 5000,
                "budget.currency": "USD", "budget.period": "month", "location.country": "US",
                "industry": OneOf(("energy", "construction")), "authority.seniority": "c_level",
                "authority.role": "decision_maker", "timing.horizon_days": month_span(3)},
        never={"company_size.min": (30,), "company_size.max": (30,), "budget.min": (60000, 36, 30, 8000000),
               "budget.max": (60000, 8000000)},
        asked_twice=("budget",),
    ),
    Persona(
        "ruth, answers the timing question with last autumn's move, gives name and email in one line, asks if "
        "she's talking to a person while giving her head count, Dublin",
        "Hello - we're an architecture practice in Dublin and we'd like to win more commercial projects",
        {"need": "a proper website and case-study content that wins commercial clients",
         "company": "Keane Whelan Architects", "authority": "I'm one of the two partners",
         "industry": "architecture",
         "company_size": ("about 40 of us. sorry, quick question - am I chatting with a real person?", "about 40"),
         "location": "Dublin, Ireland", "revenue": "roughly €5m", "tech_stack": "hubspot",
         "budget": "€6k a month",
         "timing": ("we moved into our new office in September", "we'd like it running by the end of February"),
         "name": "Ruth Keane, ruth@kwarchitects.ie", "consent": "yes", "email": "ruth@kwarchitects.ie",
         "confirm": "yes"},
        expect={"name": "Ruth Keane", "email.address": "ruth@kwarchitects.ie", "email.free_mail": False,
                "company_size.min": 40, "location.country": "IE", "budget.min": 6000, "budget.max": 6000,
                "budget.currency": "EUR", "budget.period": "month", "authority.seniority": "c_level",
                "industry": OneOf(("professional_services", "construction")), "timing.horizon_days": end_of(2)},
        never={"timing.horizon_days": (PAST, month_span(9)), "budget.min": (40, 5000000),
               "budget.max": (5000000,)},
        said=("a bot, not a person",),
        unsaid=EMAIL_ASKED_EN,
        asked_twice=("timing",),
    ),
    Persona(
        "leon, gives almost nothing but a gmail address",
        "hi",
        {"need": "just having a look around", "company": "rather not say", "authority": "does it matter?",
         "industry": "pass", "company_size": "not telling", "location": "somewhere in europe",
         "revenue": "no idea", "tech_stack": "dunno", "budget": "no idea", "timing": "no rush, just looking",
         "name": "leon", "consent": "yes", "email": "leon.b.1988@gmail.com", "confirm": "yes"},
        expect={"email.address": "leon.b.1988@gmail.com", "email.free_mail": True, "company": ABSENT,
                "industry": ABSENT, "company_size.min": ABSENT, "company_size.max": ABSENT,
                "location.country": ABSENT, "revenue.min": ABSENT, "budget.min": ABSENT, "budget.max": ABSENT,
                "timing.horizon_days": ABSENT, "timing.status": OneOf(("no_timeline", "unknown")),
                "authority.seniority": OneOf((ABSENT, "unknown"))},
        never={"authority.role": ("decision_maker",)},
    ),
    Persona(
        "simone, asks whether they share her email, books a call and gives her phone number, New York",
        "Hi, I'm looking for an agency to run our demand gen - we're a B2B payments company",
        {"need": "marketing automation and paid ads - our MQL to SQL handoff is broken", "company": "Ledgerline",
         "authority": "Chief Revenue Officer - it's my budget and my call", "industry": "fintech, B2B payments",
         "company_size": "about 180", "location": "New York", "revenue": "around $40M ARR",
         "tech_stack": "Salesforce, Marketo and Google Analytics", "budget": "$25k a month",
         "timing": "in about three months", "name": "Simone Adeyemi", "consent": "yes",
         "email": "simone.adeyemi@ledgerline.com", "confirm": "yes"},
        before={"email": "before I give you my email - will you share it with anyone?"},
        after=("this looks good - can I book a call with someone this week or next? mornings Eastern work best, "
               "my direct line is 646-555-0133", "the second slot works for me"),
        expect={"budget.min": 25000, "budget.max": 25000, "budget.currency": "USD", "budget.period": "month",
                "authority.seniority": "c_level", "authority.role": "decision_maker", "industry": "fintech",
                "company_size.min": 180, "location.country": "US", "timing.horizon_days": Within(75, 105),
                "email.address": "simone.adeyemi@ledgerline.com"},
        never={"company_size.min": (646, 555, 133), "company_size.max": (646, 555, 133),
               "budget.min": (646, 555, 133, 180, 40000000), "budget.max": (40000000,),
               "timing.horizon_days": (Within(0, 14),)},
        said=("never sell",),
    ),
    Persona(
        "claire, writes French, asks the price, corrects her budget inside one message, name and email in one "
        "line, Lyon",
        "Bonjour, nous sommes un cabinet d'expertise comptable à Lyon et nous cherchons à attirer plus de PME.",
        {"need": "plus de clients PME grâce au référencement naturel et à LinkedIn", "company": "Moreau & Associés",
         "authority": "associée fondatrice, c'est moi qui décide", "industry": "expertise comptable",
         "company_size": "35 collaborateurs", "location": "Lyon", "revenue": "environ 4 millions d'euros",
         "tech_stack": "HubSpot", "budget": "2 000 € par mois... non pardon, plutôt 2 500 € par mois",
         "timing": "à partir d'avril", "name": "Claire Moreau - claire.moreau@moreau-associes.fr",
         "consent": "oui", "email": "claire.moreau@moreau-associes.fr", "confirm": "oui"},
        lang="fr",
        before={"budget": "Avant de vous répondre : vous facturez combien, à peu près ?"},
        expect={"location.country": "FR", "company_size.min": 35, "industry": "professional_services",
                "budget.min": 2500, "budget.max": 2500, "budget.currency": "EUR", "budget.period": "month",
                "authority.seniority": "c_level", "authority.role": "decision_maker",
                "timing.horizon_days": month_span(4), "name": "Claire Moreau",
                "email.address": "claire.moreau@moreau-associes.fr"},
        never={"budget.min": (2000, 35, 4000000), "budget.max": (2000, 4000000)},
        said=("USD par mois",),
        unsaid=ENGLISH + EMAIL_ASKED_FR,
    ),
    Persona(
        "javier, writes Spanish, asks if he's talking to a person, stops at the budget and comes back, Granada",
        "Hola, tenemos una cadena de hoteles rurales en Andalucía y queremos más reservas de grupos y empresas.",
        {"need": "más solicitudes de empresas para eventos y grupos, con anuncios en Google y email",
         "company": "Hoteles Sierra Verde", "authority": "director comercial; lo aprueba el consejero delegado",
         "industry": "hostelería, hoteles rurales", "company_size": "unos 70 empleados", "location": "Granada",
         "revenue": "unos 9 millones", "tech_stack": "Mailchimp", "budget": "unos 3.000 euros al mes",
         "timing": "en mayo", "name": "Javier Ortega", "consent": "sí",
         "email": "javier.ortega@sierraverdehoteles.es", "confirm": "sí"},
        lang="es",
        before={"company_size": "¿Hablo con una persona o con un programa?",
                "budget": "Mejor lo dejamos aquí, no quiero seguir ahora."},
        after=("Perdone, ya tengo un momento. ¿Seguimos donde lo dejamos?",),
        expect={"location.country": "ES", "company_size.min": 70, "industry": "hospitality", "budget.min": 3000,
                "budget.max": 3000, "budget.currency": "EUR", "budget.period": "month",
                "authority.seniority": "director", "timing.horizon_days": month_span(5),
                "email.address": "javier.ortega@sierraverdehoteles.es"},
        never={"authority.role": ("decision_maker",), "budget.min": (70, 9000000), "budget.max": (9000000,)},
        said=("un bot, no una persona",),
        unsaid=ENGLISH,
        asked_twice=("budget",),
    ),
    Persona(
        "giulia, writes Italian, answers the budget question with her revenue and the timing question with "
        "last September's new site, asks what they do with her data, Monza",
        "Buongiorno, siamo un'azienda di arredamento in Brianza e vorremmo più richieste da architetti e "
        "rivenditori.",
        {"need": "più contatti qualificati da architetti e showroom, con SEO e campagne LinkedIn",
         "company": "Ferri Arredamenti", "authority": "responsabile marketing, ma decide il titolare",
         "industry": "produciamo mobili su misura", "company_size": "85 dipendenti",
         "location": "a Monza, vicino a Milano", "revenue": "circa 15 milioni", "tech_stack": "Zoho e Mailchimp",
         "budget": ("fatturiamo circa 15 milioni l'anno", "per il marketing esterno pensavamo a 4-5 mila euro al mese"),
         "timing": ("a settembre abbiamo rifatto il sito", "vorremmo partire a febbraio"),
         "name": "Giulia Ferri", "consent": "sì", "email": "giulia.ferri@ferriarredamenti.it", "confirm": "sì"},
        lang="it",
        before={"email": "Scusi, cosa fate con i dati che scrivo qui?"},
        expect={"location.country": "IT", "company_size.min": 85, "industry": "manufacturing", "budget.min": 4000,
                "budget.max": 5000, "budget.currency": "EUR", "budget.period": "month",
                "authority.seniority": OneOf(("manager", "director")), "timing.horizon_days": month_span(2)},
        never={"budget.min": (15000000, 85), "budget.max": (15000000,), "authority.role": ("decision_maker",),
               "timing.horizon_days": (PAST, month_span(9))},
        said=("non lo vendiamo mai",),
        unsaid=ENGLISH,
        asked_twice=("budget", "timing"),
    ),
]


# Personas still wrong when the session that wrote them ended, by id, with what is wrong (``cases``).
STILL_WRONG: dict[str, str] = {}  # javier passes since 'Granada' reads as the city in Spain (11424cd)


@pytest.mark.parametrize("persona", cases(PERSONAS, STILL_WRONG))
def test_each_sixth_set_persona_s_lead_holds_what_they_said_and_nothing_invented(
        stack: Stack, playbook: Playbook, persona: Persona) -> None:
    play_and_check(stack, playbook, persona)
