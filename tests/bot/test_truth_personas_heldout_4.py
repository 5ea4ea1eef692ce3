"""Ten more visitors, written blind and held out, played through the real Rasa, action server and lead service.

A fourth set after ``test_truth_personas_heldout_3.py`` (issues 14 and 15): four
English visitors and one each writing German, French, Spanish, Portuguese,
Italian and Dutch. They answer a question with the fact another one asks for,
put several facts in one answer, correct a value at the confirmation, ask the
bot where it is, what it does with their email, what it costs and whether it
is a bot, ask for a guide or a webinar, are only looking or are looking for a
job, stop and start again, and book a call once the form is done. Each lists
what the stored lead must hold and the values it must never hold, labelled from
what the visitor said; a failure names what came out wrong.

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
    Persona,
    Within,
    cases,
    mid_month,
    month_span,
    play_and_check,
    quarter_of_next_year,
)

pytestmark = pytest.mark.slow


PERSONAS = [
    Persona(
        "nathan, gives the head count when asked the industry, asks where they are and about his email, Chicago",
        "hi - looking for help with SEO and content, our organic traffic has been flat for a year",
        {"need": "SEO first, then a content plan", "company": "Lockgrid",
         "authority": "Director of Marketing - I own this budget",
         "industry": ("we're about 150 people", "cybersecurity software, B2B"), "company_size": "about 150",
         "location": "Chicago", "revenue": "around 25M ARR", "tech_stack": "hubspot and wordpress",
         "budget": "8 to 10k a month", "timing": "we'd like to start in february", "name": "Nathan Brooks",
         "consent": "sure", "email": "nathan.brooks@lockgrid.io", "confirm": "yes"},
        before={"authority": "before that - where are you guys based?",
                "email": "what will you do with my email afterwards?"},
        expect={"location.country": "US", "company_size.min": 150, "industry": "software",
                "authority.seniority": "director", "authority.role": "decision_maker",
                "budget.min": 8000, "budget.max": 10000, "budget.currency": "USD", "budget.period": "month",
                "timing.horizon_days": month_span(2)},
        never={"budget.min": (150, 25000000), "budget.max": (25000000,), "company_size.min": (25000000,)},
        said=("London", "never sell"),
        asked_twice=("industry",),
    ),
    Persona(
        "oliver, everything in one message, corrects his budget at the confirmation, books a call, Leeds",
        "Hi, Oliver Grant here, CEO of Fernhill Freight in Leeds. We're 85 staff and need a proper lead gen "
        "programme - budget about £4k a month, ideally starting in January.",
        {"confirm": ("not quite - the budget is £6k a month, not 4", "yes"),
         "need": "a lead generation programme, mostly outbound and LinkedIn", "company": "Fernhill Freight",
         "authority": "CEO, it's my decision", "industry": "freight forwarding / logistics", "company_size": "85",
         "location": "Leeds", "revenue": "about £14m", "tech_stack": "pipedrive", "budget": "£6k a month",
         "timing": "January", "name": "Oliver Grant", "consent": "yes",
         "email": "oliver.grant@fernhillfreight.co.uk"},
        after=("great - can I book a call with someone? any morning next week", "the first one is fine"),
        expect={"budget.min": 6000, "budget.max": 6000, "budget.currency": "GBP", "budget.period": "month",
                "location.country": "GB", "company_size.min": 85, "industry": "logistics",
                "authority.seniority": "c_level", "authority.role": "decision_maker",
                "timing.horizon_days": month_span(1)},
        never={"budget.min": (4000, 14000000), "budget.max": (4000, 14000000)},
        unsaid=("didn't catch",),
    ),
    Persona(
        "tom, only reading for now, asks for a guide first, no budget or timeline, Dublin",
        "hi, just doing some reading for now - do you have any guides on lead generation I could download?",
        {"need": "long term we want better lead gen, but right now I'm just learning",
         "company": "Harbourview Analytics", "authority": "marketing executive",
         "industry": "data analytics software", "company_size": "about 30 of us", "location": "Dublin",
         "revenue": "not sure", "tech_stack": "hubspot free", "budget": "none yet",
         "timing": "no timeline, just researching", "name": "Tom Byrne", "consent": "ok",
         "email": "tom.byrne@harbourview.ie", "confirm": "yes"},
        expect={"timing.status": "no_timeline", "timing.horizon_days": ABSENT, "budget.min": ABSENT,
                "authority.seniority": "individual_contributor", "location.country": "IE", "company_size.min": 30},
        never={"authority.role": ("decision_maker",)},
        said=("brightline.example/guides/lead-generation-framework",),
    ),
    Persona(
        "dev, stops at the budget and starts again, asks if it's a bot, dollars unsaid, Auckland",
        "hey there, we run 6 physio clinics around Auckland, about 70 staff, and our bookings have dropped off "
        "since winter",
        {"need": "more patient bookings online - google ads and a better website", "company": "Motion Physio Group",
         "authority": "co-owner, I sign off the marketing spend", "industry": "physiotherapy / healthcare",
         "company_size": "around 70", "location": "Auckland", "revenue": "roughly 9 million",
         "tech_stack": "cliniko and mailchimp", "budget": "4k a month", "timing": "mid january",
         "name": "Dev Patel", "consent": "yes", "email": "dev@motionphysio.co.nz", "confirm": "yes"},
        before={"budget": "stop please, I need to check with my business partner first",
                "timing": "hang on, am I talking to a bot?"},
        after=("ok, back - she's happy for me to go ahead. can we start again?",),
        expect={"location.country": "NZ", "budget.min": 4000, "budget.currency": "NZD", "budget.period": "month",
                "company_size.min": 70, "industry": "healthcare", "authority.seniority": "c_level",
                "timing.horizon_days": mid_month(1)},
        never={"company_size.min": (6,), "budget.min": (6, 9000000), "budget.currency": ("USD",)},
        said=("a bot, not a person",),
    ),
    Persona(
        "jonas, writes German, answers his role with the budget, asks the price, near Munich",
        "Hallo, wir sind ein Maschinenbauer aus dem Raum München mit ca. 320 Mitarbeitern und suchen "
        "Unterstützung bei Google Ads.",
        {"need": "mehr qualifizierte Anfragen aus dem Ausland über Google Ads", "company": "Brandl Fördertechnik GmbH",
         "authority": ("Budget wären ca. 5.000 € monatlich", "Leiter Marketing, freigeben muss unser Geschäftsführer"),
         "industry": "Fördertechnik, also Maschinenbau", "company_size": "ca. 320", "location": "Garching bei München",
         "revenue": "rund 60 Mio. Euro", "tech_stack": "SAP und Salesforce",
         "budget": "wie gesagt, ca. 5.000 € im Monat", "timing": "ab dem zweiten Quartal", "name": "Jonas Brandl",
         "consent": "ja", "email": "j.brandl@brandl-foerdertechnik.de", "confirm": "ja"},
        lang="de",
        before={"timing": "Was kostet so etwas bei Ihnen eigentlich?"},
        expect={"company_size.min": 320, "location.country": "DE", "industry": "manufacturing",
                "authority.seniority": "director", "budget.min": 5000, "budget.currency": "EUR",
                "budget.period": "month", "timing.horizon_days": quarter_of_next_year(2)},
        never={"authority.role": ("decision_maker",), "budget.min": (320, 60000000), "budget.max": (60000000,)},
        said=("5.000 USD",),
        asked_twice=("authority",),
        unsaid=ENGLISH,
    ),
    Persona(
        "elodie, writes French, corrects the head count at the confirmation, asks about her email, Nantes",
        "Bonjour, je dirige une agence de voyages d'affaires à Nantes, nous sommes 45 et on aimerait générer "
        "plus de leads B2B.",
        {"confirm": ("Petite correction : nous sommes 54, pas 45.", "oui"),
         "need": "plus de demandes de devis d'entreprises, via LinkedIn et le site", "company": "Escales Affaires",
         "authority": "je suis la gérante et c'est moi qui décide", "industry": "voyages d'affaires",
         "company_size": "54", "location": "Nantes", "revenue": "environ 8 millions d'euros",
         "tech_stack": "Hubspot et WordPress", "budget": "environ 2 500 € par mois", "timing": "d'ici fin janvier",
         "name": "Élodie Martin", "consent": "oui", "email": "elodie.martin@escales-affaires.fr"},
        lang="fr",
        before={"email": "Au fait, que faites-vous de mon adresse e-mail ensuite ?"},
        expect={"company_size.min": 54, "location.country": "FR", "budget.min": 2500, "budget.currency": "EUR",
                "budget.period": "month", "authority.seniority": "c_level", "authority.role": "decision_maker",
                "timing.horizon_days": month_span(1)},
        never={"company_size.min": (45,), "budget.min": (8000000,)},
        said=("54", "ne le vendons jamais"),
        unsaid=ENGLISH,
    ),
    Persona(
        "andres, writes Spanish, is looking for a job, Madrid",
        "Hola, en realidad estoy buscando trabajo, ¿tienen vacantes para especialistas SEO?",
        {"need": "busco empleo como especialista SEO", "company": "ninguna, ahora mismo estoy en paro",
         "authority": "especialista SEO, buscando trabajo", "industry": "marketing digital",
         "company_size": "solo yo", "location": "Madrid", "revenue": "no aplica",
         "tech_stack": "Semrush y Google Analytics", "budget": "ninguno, busco trabajo 😅",
         "timing": "cuando ustedes puedan", "name": "Andrés Molina", "consent": "sí",
         "email": "andres.molina.seo@gmail.com", "confirm": "sí"},
        lang="es",
        expect={"persona": "job_seeker", "budget.min": ABSENT},
        never={"authority.role": ("decision_maker",)},
        unsaid=ENGLISH,
    ),
    Persona(
        "rafael, writes European Portuguese, asks where they are, books a call, Lisbon",
        "Bom dia, sou diretor comercial numa empresa de software de faturação em Lisboa, somos cerca de 110 pessoas.",
        {"need": "gerar mais leads B2B, sobretudo PMEs, com LinkedIn e conteúdos", "company": "Fatura Certa",
         "authority": "diretor comercial; a decisão é minha, com o CEO", "industry": "software de faturação",
         "company_size": "cerca de 110", "location": "Lisboa", "revenue": "uns 9 milhões de euros",
         "tech_stack": "Salesforce e Mailchimp", "budget": "à volta de 4.000 € por mês",
         "timing": "a partir de fevereiro", "name": "Rafael Costa", "consent": "sim",
         "email": "rafael.costa@faturacerta.pt", "confirm": "sim"},
        lang="pt",
        before={"budget": "Já agora, onde é que vocês estão sediados?"},
        after=("Podemos marcar uma chamada? Qualquer manhã da próxima semana serve.", "A primeira opção está ótima."),
        expect={"location.country": "PT", "company_size.min": 110, "industry": "software",
                "authority.seniority": "director", "budget.min": 4000, "budget.currency": "EUR",
                "budget.period": "month", "timing.horizon_days": month_span(2)},
        never={"budget.min": (110, 9000000), "budget.currency": ("BRL", "USD")},
        said=("Londres",),
        unsaid=ENGLISH,
    ),
    Persona(
        "chiara, writes Italian, only getting informed, asks for a webinar, Verona",
        "Buongiorno, lavoro nel marketing di un'azienda di cosmetici a Verona. Per ora ci stiamo solo informando: "
        "avete un webinar o un video sul funnel?",
        {"need": "capire come portare più contatti dal sito, per adesso solo per informarci",
         "company": "Verdiana Cosmetici", "authority": "specialista marketing, le decisioni le prende la direzione",
         "industry": "cosmetica, produciamo creme", "company_size": "una quarantina", "location": "Verona",
         "revenue": "non saprei", "tech_stack": "Shopify e Klaviyo", "budget": "non ancora definito",
         "timing": "nessuna scadenza, ci stiamo solo informando", "name": "Chiara Bellini", "consent": "sì",
         "email": "chiara.bellini@verdianacosmetici.it", "confirm": "sì"},
        lang="it",
        expect={"location.country": "IT", "timing.status": "no_timeline", "timing.horizon_days": ABSENT,
                "budget.min": ABSENT, "authority.seniority": "individual_contributor",
                "company_size.min": Within(35, 45)},
        never={"authority.role": ("decision_maker",)},
        said=("brightline.example/webinars/funnel",),
        unsaid=ENGLISH,
    ),
    Persona(
        "sanne, writes Flemish Dutch, puts company facts in her need answer, asks if it's a bot, Ghent",
        "Goedemiddag, ik zoek een partij die ons kan helpen met SEO.",
        {"need": "SEO en wat content; we zijn trouwens een groothandel in bouwmaterialen uit Gent met zo'n 65 mensen",
         "company": "Verbeke Bouwmaterialen", "authority": "marketingmanager, ik beslis samen met de zaakvoerder",
         "industry": "groothandel in bouwmaterialen", "company_size": "zo'n 65", "location": "Gent",
         "revenue": "ruim 20 miljoen", "tech_stack": "WordPress en Mailchimp",
         "budget": "rond de 3.500 euro per maand", "timing": "uiterlijk half februari", "name": "Sanne Verbeke",
         "consent": "ja", "email": "sanne@verbeke-bouwmaterialen.be", "confirm": "ja"},
        lang="nl",
        before={"budget": "Wacht even, praat ik nu met een bot?"},
        expect={"location.country": "BE", "company_size.min": 65, "budget.min": 3500, "budget.currency": "EUR",
                "budget.period": "month", "authority.seniority": "manager",
                "timing.horizon_days": Within(month_span(2).low, month_span(2).low + 17)},
        never={"budget.min": (65, 20000000), "budget.max": (20000000,)},
        said=("een bot, geen mens",),
        unsaid=ENGLISH,
    ),
]



# Personas still wrong when the session that wrote them ended, by id, with what is wrong (``cases``).
STILL_WRONG: dict[str, str] = {}


@pytest.mark.parametrize("persona", cases(PERSONAS, STILL_WRONG))
def test_each_fourth_set_persona_s_lead_holds_what_they_said_and_nothing_invented(
        stack: Stack, playbook: Playbook, persona: Persona) -> None:
    play_and_check(stack, playbook, persona)
