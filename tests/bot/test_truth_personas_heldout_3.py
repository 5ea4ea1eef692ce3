"""Fourteen more visitors, written blind and held out, played through the real Rasa, action server and lead service.

A third set after ``test_truth_personas.py`` and ``test_truth_personas_heldout.py``:
six English visitors and eight who write German, French, Spanish, Portuguese,
Italian or Dutch (issues 14 and 15). They answer in the wrong order, put
several facts in one message, correct themselves, hedge, mistype, use emoji
and numbers in words, state amounts without a currency in a country that has
its own, let someone else decide, ask the bot their own questions mid-form,
stop and start again, are a student, or change their timing at a
confirmation and after the form. Each lists what the stored lead must hold
and the values it must never hold; a failure names what came out wrong.

Vague dates are checked as a span of days counted from today (the
conversation's date), so the personas hold on any day they are played.
They were written and committed before reading the code they measure.
"""

from __future__ import annotations

import pytest

from harness.stack import Stack
from qualification import Playbook
from tests.bot.personas import (
    ABSENT,
    ENGLISH,
    TODAY,
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


PERSONAS = [
    Persona(
        "sarah, gives her company's size when asked her role, Raleigh",
        "hi! we're looking for someone to take over our linkedin ads, we sell HR software to mid-size companies",
        {"need": "linkedin ads mostly, maybe some retargeting", "company": "Staffwise",
         "authority": ("we're about 220 people", "head of demand gen - our CMO has the final say on agencies"),
         "industry": "HR software, b2b saas", "company_size": "about 220", "location": "Raleigh, NC",
         "revenue": "rather not say", "tech_stack": "hubspot + salesforce",
         "budget": "somewhere around 6-8k a month", "timing": "first week of january ideally",
         "name": "Sarah Whitfield", "consent": "yes that's fine", "email": "sarah.whitfield@staffwise.com",
         "confirm": "yes"},
        expect={"company_size.min": 220, "authority.seniority": "director", "budget.min": 6000, "budget.max": 8000,
                "budget.period": "month", "budget.currency": "USD", "location.country": "US",
                "industry": "software", "revenue.min": ABSENT,
                "timing.horizon_days": Within(month_span(1).low - 1, month_span(1).low + 7)},
        never={"authority.role": ("decision_maker",)},
        asked_twice=("authority",),
    ),
    Persona(
        "colin, 300 not 200 people, Birmingham",
        "Morning. I run operations at an insurance brokerage in Birmingham, we want to modernise our marketing - "
        "our website is from 2014.",
        {"need": "a new website and then some lead gen", "company": "Ashgrove Insurance Brokers",
         "authority": "COO, it's my budget and my call", "industry": "insurance", "company_size": "200 or so",
         "location": "Birmingham", "revenue": "roughly 45 million a year", "tech_stack": "we use salesforce",
         "budget": "about 50k for the year", "timing": "Q2 next year", "name": "Colin Matthews",
         "consent": "yes", "email": "colin.matthews@ashgrove-insurance.co.uk", "confirm": "yes"},
        before={"budget": "sorry, I said 200 earlier - it's 300 people, not 200"},
        expect={"company_size.min": 300, "industry": "financial_services", "location.country": "GB",
                "budget.min": 50000, "budget.currency": "GBP", "budget.period": "year",
                "authority.seniority": "c_level", "authority.role": "decision_maker",
                "timing.horizon_days": quarter_of_next_year(2)},
        never={"company_size.min": (200,), "budget.min": (45000000, 2014), "budget.max": (45000000,)},
        said=("300",),
        unsaid=("didn't catch",),
    ),
    Persona(
        "aoife, numbers in words and no currency, Cork",
        "hi there, we're a small accountancy practice in Cork and our website brings in nothing",
        {"need": "more enquiries from the website, maybe SEO?", "company": "Kearney & Walsh Accountants",
         "authority": "I'm one of the two partners, we decide together", "industry": "accounting",
         "company_size": "twelve of us", "location": "Cork, Ireland", "tech_stack": "xero and mailchimp",
         "revenue": "just under a million", "budget": "maybe two, two and a half thousand a month? not sure what's normal",
         "timing": "in a couple of weeks would be great", "name": "Aoife Kearney", "consent": "grand, yes",
         "email": "aoife@kwaccountants.ie", "confirm": "yes"},
        expect={"location.country": "IE", "industry": "professional_services", "company_size.min": 12,
                "budget.min": 2000, "budget.max": 2500, "budget.currency": "EUR", "budget.period": "month",
                "authority.seniority": "c_level", "timing.horizon_days": Within(10, 21)},
        never={"budget.currency": ("USD",), "budget.min": (2,), "company_size.min": (2,)},
    ),
    Persona(
        "leah, asks the price and whether it's a bot, her boss decides, Phoenix",
        "hello, my boss asked me to look into agencies for our google ads",
        {"need": "google ads, we get clicks but hardly any calls", "company": "Desert Air Comfort",
         "authority": "I'm the marketing coordinator, the owner makes the final decision",
         "industry": "we install and repair air conditioning", "company_size": "35 employees",
         "location": "Phoenix, AZ", "budget": "probably 3k a month to start", "timing": "spring ideally",
         "name": "Leah Morgan", "consent": "ok", "email": "leah@desertaircomfort.com", "confirm": "yes",
         "revenue": "no idea sorry", "tech_stack": "not sure"},
        before={"budget": "before I answer that, what do you guys usually charge?", "name": "wait are you a bot?"},
        expect={"authority.seniority": "individual_contributor", "budget.min": 3000, "budget.currency": "USD",
                "budget.period": "month", "location.country": "US", "company_size.min": 35},
        never={"authority.role": ("decision_maker",), "budget.min": (5000,), "budget.max": (5000,)},
        said=("5,000 USD a month", "bot, not a person"),
    ),
    Persona(
        "jess, emoji and typos, two clinics, Brisbane",
        "heyy 👋 we run 2 dental clinics in brisbane and need wayyy more new patient bookings!! 🦷",
        {"need": "more new patients thru google n facebook 🙏", "company": "Brightsmile Dental",
         "authority": "practice owner 🙋‍♀️ so yeh its my call", "industry": "dental / healthcare",
         "company_size": "bout 18 staff all up", "location": "brisbane, QLD", "tech_stack": "dunno, we use gmail",
         "revenue": "bout 3 mil", "budget": "1.5k/mnth?? if thats enough 😅", "timing": "asap pls 🙏",
         "name": "Jess Tran", "consent": "yep 👍", "email": "jess@brightsmiledental.com.au", "confirm": "yep"},
        expect={"location.country": "AU", "budget.currency": "AUD", "budget.min": 1500, "budget.period": "month",
                "company_size.min": 18, "industry": "healthcare", "authority.seniority": "c_level",
                "timing.status": "stated"},
        never={"company_size.min": (2,), "budget.min": (2,)},
    ),
    Persona(
        "daniel, everything at once, then moves his start after the form, Toronto",
        "Hello - Daniel here, VP Sales at Quillfield, a 60-person logistics software company in Toronto. "
        "We want to fix our HubSpot setup and start next month.",
        {"confirm": "yes", "need": "clean up hubspot and build proper lead scoring", "company": "Quillfield",
         "authority": "VP Sales, I sign off", "industry": "logistics software", "company_size": "60",
         "location": "Toronto", "tech_stack": "hubspot", "revenue": "about 12 million",
         "budget": "around 30k total", "timing": "next month", "name": "Daniel Okafor", "consent": "yes",
         "email": "daniel.okafor@quillfield.com"},
        after=("oh, one more thing: the board pushed this back, we can only start in march now",),
        expect={"timing.horizon_days": month_span(3), "location.country": "CA", "budget.min": 30000,
                "budget.currency": "CAD", "budget.period": "one_time", "company_size.min": 60,
                "authority.seniority": "vp", "industry": OneOf(("software", "logistics"))},
        never={"timing.horizon_days": (next_month(),)},
    ),
    Persona(
        "sabine, writes German, an engineering office, her managing director decides, Cologne",
        "Guten Tag, wir sind ein Ingenieurbüro aus Köln mit knapp 40 Leuten und brauchen dringend eine neue Website.",
        {"need": "eine neue Website, die auch Anfragen bringt", "company": "Hoffmann + Partner Ingenieure",
         "authority": "Ich bin Büroleiterin, entscheiden tut aber unser Geschäftsführer",
         "industry": "Ingenieurdienstleistungen, vor allem Tragwerksplanung", "company_size": "knapp 40",
         "location": "Köln", "revenue": "ca. 4 Mio. €", "tech_stack": "Outlook und Excel",
         "budget": "so um die 15.000 Euro, einmalig", "timing": "bis Ende Februar sollte sie online sein",
         "name": "Sabine Hoffmann", "consent": "ja", "email": "s.hoffmann@hoffmann-partner.de", "confirm": "ja"},
        lang="de",
        expect={"location.country": "DE", "budget.min": 15000, "budget.currency": "EUR",
                "budget.period": "one_time", "company_size.min": Within(35, 40), "timing.horizon_days": end_of(2),
                "industry": OneOf(("professional_services", "construction"))},
        never={"authority.role": ("decision_maker",), "budget.min": (4000000, 40), "budget.max": (4000000,)},
        unsaid=ENGLISH,
    ),
    Persona(
        "regula, writes Swiss German, twenty then 25, francs unsaid, Zurich",
        "Grüezi! Wir sind eine kleine Treuhandfirma in Zürich und möchten über Google mehr Mandanten gewinnen.",
        {"need": "mehr Mandanten über Google, also SEO und Anzeigen", "company": "Keller Treuhand AG",
         "authority": "Ich bin die Inhaberin, ich entscheide", "industry": "Treuhand und Buchhaltung",
         "company_size": "zwanzig", "location": "Zürich", "revenue": "etwa 3 Millionen",
         "tech_stack": "Bexio", "budget": "so 8000 im Monat, vielleicht etwas mehr", "timing": "ab Januar",
         "name": "Regula Keller", "consent": "ja gerne", "email": "regula.keller@keller-treuhand.ch",
         "confirm": "ja"},
        lang="de",
        before={"budget": "Kleine Korrektur noch: wir sind 25 Leute, nicht 20."},
        expect={"company_size.min": 25, "location.country": "CH", "budget.min": 8000, "budget.currency": "CHF",
                "budget.period": "month", "authority.seniority": "c_level", "authority.role": "decision_maker",
                "industry": OneOf(("professional_services", "financial_services")),
                "timing.horizon_days": month_span(1)},
        never={"company_size.min": (20,), "budget.currency": ("USD", "EUR")},
        said=("25",),
        unsaid=ENGLISH,
    ),
    Persona(
        "claire, writes French, asks the price and whether it's a robot, Lyon",
        "Bonjour, on est une trentaine dans une agence immobilière à Lyon et on voudrait plus de mandats vendeurs",
        {"need": "plus de mandats vendeurs, via Google et les réseaux sociaux", "company": "Immo Confluence",
         "authority": "je suis la gérante, c'est moi qui décide", "industry": "immobilier",
         "company_size": "une trentaine", "location": "Lyon", "revenue": "environ 3 millions",
         "tech_stack": "Hubspot", "budget": "environ 3 000 € par mois", "timing": "dès que possible",
         "name": "Claire Dubois", "consent": "oui", "email": "claire.dubois@immo-confluence.fr", "confirm": "oui"},
        lang="fr",
        before={"budget": "Avant de vous répondre : vous facturez combien en général ?",
                "email": "Au fait, je parle à un robot ou à une vraie personne ?"},
        expect={"location.country": "FR", "industry": "real_estate", "company_size.min": Within(25, 30),
                "budget.min": 3000, "budget.currency": "EUR", "budget.period": "month",
                "authority.seniority": "c_level", "timing.status": "stated"},
        never={"budget.min": (5000,), "budget.max": (5000,)},
        said=("USD par mois", "un bot"),
        unsaid=ENGLISH,
    ),
    Persona(
        "marc, writes French, answers the confirmation with a new start month, Brussels",
        "Bonjour, je suis directeur commercial chez Vandermeulen Logistique à Bruxelles, on est 150. "
        "On voudrait démarrer en février.",
        {"confirm": ("Presque : finalement on démarrerait plutôt en avril, pas en février.", "oui"),
         "need": "générer plus de leads B2B, surtout via LinkedIn", "company": "Vandermeulen Logistique",
         "authority": "directeur commercial, je décide avec le CEO", "industry": "transport et logistique",
         "company_size": "150", "location": "Bruxelles", "revenue": "environ 30 millions d'euros",
         "tech_stack": "Salesforce", "budget": "autour de 40 000 € par an", "timing": "en avril",
         "name": "Marc Vandermeulen", "consent": "oui", "email": "marc@vandermeulen-logistique.be"},
        lang="fr",
        expect={"timing.horizon_days": month_span(4), "location.country": "BE", "company_size.min": 150,
                "industry": "logistics", "authority.seniority": "director", "budget.min": 40000,
                "budget.currency": "EUR", "budget.period": "year"},
        never={"timing.horizon_days": (month_span(2),)},
        unsaid=ENGLISH,
    ),
    Persona(
        "valeria, writes Spanish, gives the size when asked her role, pesos unsaid, Mexico City",
        "hola!! somos una fintech de pagos en CDMX y queremos más leads B2B 🙌",
        {"need": "más leads B2B, sobre todo con LinkedIn y contenido", "company": "Págalo Fácil",
         "authority": ("somos como 70 personas", "soy director de growth, pero la decisión final es del CEO"),
         "industry": "fintech, pagos", "company_size": "unas 70 personas", "location": "Ciudad de México",
         "revenue": "prefiero no decirlo", "tech_stack": "HubSpot",
         "budget": "unos 40 mil al mes, tal vez un poco más", "timing": "a principios del año que viene",
         "name": "Valeria Gómez", "consent": "sí", "email": "valeria.gomez@pagalofacil.mx", "confirm": "sí"},
        lang="es",
        expect={"company_size.min": 70, "authority.seniority": "director", "location.country": "MX",
                "budget.min": 40000, "budget.currency": "MXN", "budget.period": "month", "industry": "fintech",
                "timing.horizon_days": Within(month_span(1, TODAY.year + 1).low, month_span(3, TODAY.year + 1).high)},
        never={"authority.role": ("decision_maker",), "budget.currency": ("USD", "EUR")},
        asked_twice=("authority",),
        unsaid=ENGLISH,
    ),
    Persona(
        "camila, writes Brazilian Portuguese, a number in words, reais unsaid, São Paulo",
        "Oi! Sou gerente de marketing de uma rede de escolas de idiomas em São Paulo. "
        "Precisamos de mais matrículas pelo site.",
        {"need": "mais matrículas pelo site, talvez com Google Ads", "company": "Fluent Escolas de Idiomas",
         "authority": "gerente de marketing; quem aprova é o diretor financeiro",
         "industry": "educação, escolas de idiomas", "company_size": "uns cento e vinte funcionários",
         "location": "São Paulo", "revenue": "não sei dizer", "tech_stack": "RD Station",
         "budget": "uns 15 mil por mês", "timing": "daqui a três semanas", "name": "Camila Souza",
         "consent": "sim", "email": "camila.souza@fluentescolas.com.br", "confirm": "sim"},
        lang="pt",
        expect={"location.country": "BR", "industry": "education", "company_size.min": 120, "budget.min": 15000,
                "budget.currency": "BRL", "budget.period": "month", "timing.horizon_days": 21,
                "authority.seniority": "manager"},
        never={"authority.role": ("decision_maker",), "budget.min": (15000000,), "budget.currency": ("USD",)},
        unsaid=ENGLISH,
    ),
    Persona(
        "giulia, writes Italian, a student, Bologna",
        "Ciao! Sono una studentessa di economia a Bologna e sto scrivendo la tesi sulla lead generation nel B2B 📚",
        {"need": "vorrei capire come funziona la lead generation, magari avete qualcosa da leggere?",
         "company": "nessuna, sono all'università", "authority": "studentessa", "industry": "università",
         "company_size": "solo io", "location": "Bologna", "revenue": "nessuno", "tech_stack": "nessuno",
         "budget": "nessun budget, purtroppo", "timing": "nessuna fretta", "name": "Giulia Rossi",
         "consent": "sì", "email": "giulia.rossi@studio.unibo.it", "confirm": "sì"},
        lang="it",
        expect={"persona": "student", "budget.min": ABSENT, "timing.horizon_days": ABSENT},
        said=("brightline.example/",),
        unsaid=ENGLISH,
    ),
    Persona(
        "bram, writes Dutch, stops, blurts a budget, then starts again, Rotterdam",
        "Hoi, wij zijn een webshop in fietsonderdelen uit Rotterdam en willen meer uit Google Ads halen",
        {"need": "meer omzet uit Google Ads", "company": "Spaakwerk", "authority": "eigenaar, ik beslis",
         "industry": "webshop, e-commerce", "company_size": "een man of acht", "location": "Rotterdam",
         "revenue": "ongeveer 1,2 miljoen", "tech_stack": "Shopify", "budget": "zo'n 2.500 euro per maand",
         "timing": "over een maand of twee", "name": "Bram de Vries", "consent": "ja", "email": "bram@spaakwerk.nl",
         "confirm": "ja"},
        lang="nl",
        before={"authority": "stop, ik wil hier toch niet mee verder"},
        after=("nou ja, ons budget is trouwens 50.000 per jaar", "oké, sorry, kunnen we toch opnieuw beginnen?"),
        expect={"location.country": "NL", "industry": "retail_ecommerce", "company_size.min": 8,
                "budget.min": 2500, "budget.currency": "EUR", "budget.period": "month",
                "authority.seniority": "c_level", "timing.horizon_days": Within(28, 62)},
        never={"budget.min": (50000,), "budget.period": ("year",)},
        unsaid=ENGLISH,
    ),
]



# Personas still wrong when the session that wrote them ended, by id, with what is wrong (``cases``).
STILL_WRONG: dict[str, str] = {}


@pytest.mark.parametrize("persona", cases(PERSONAS, STILL_WRONG))
def test_each_third_set_persona_s_lead_holds_what_they_said_and_nothing_invented(
        stack: Stack, playbook: Playbook, persona: Persona) -> None:
    play_and_check(stack, playbook, persona)
