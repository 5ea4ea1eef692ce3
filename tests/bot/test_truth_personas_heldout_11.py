"""Eleven more visitors, written blind and held out, played through the real Rasa, action server and lead service.

An eleventh set after ``test_truth_personas_heldout_10.py`` (issue 14, "a
conversation that never invents an answer"): five English visitors (from
Ireland, Kenya, India, Perth in Western Australia and Omaha in the US Midwest)
and one each writing Swiss German, Québec French, Mexican Spanish, Brazilian
Portuguese, Italian and Dutch, in trades the earlier sets did not use: a group
of vet clinics, a cold-chain courier, a pump maker, a mobile crane hire firm,
an HVAC contractor, a joinery, a maple syrup producer, a private bilingual
school, a chain of pet shops, an eyewear maker and a heat-pump installer. They
give budgets in shorthand ("6 grand a month, maybe 8"), in lakh, in words
("fifteen hundred", "ochenta mil", "quinze mil", "ventimila",
"vijfentwintighonderd"), with the Swiss thousands mark ("30'000"), corrected
inside one message ("we'd said 25k ... trimmed it to 18k") or at a later
question (the budget corrected at the timing question); a threshold that is no
budget ("anything over 5 grand my dad still has to ok"), what an agency cost
them last year, a price they ask about and a price another agency quoted,
revenue in crore, phone numbers, founding years, a school year (2027-2028),
postcodes that look like amounts (T12 X70A, 641021, WA 6106, 68137, 8404,
G5Y 2B3, 05422-030, 32036, 3542 AD); a problem "this year" that is no deadline,
head counts that changed (31 to 29, "60 odd" to 42, 55 to 70, "18, nee wacht,
21") or swell in season; they ask what it costs, whether it is a bot, for case
studies and a whitepaper, why the bot needs their head count, their turnover
and their email; they skip a required question, stop, write a budget anyway
and start again, say goodbye mid-form, go on past confirmations with a short
yes of their own ("grand, yeah", "yes yes", "haan", "too easy", "you betcha",
"Genau so", "Ouin", "así es", "isso aí", "sì sì", "klopt"), and book calls
from Nairobi, Coimbatore, Perth and São Paulo, whose times must be shown in
their own zone (none is an owner's). Amounts carry no currency where the
country has its own (EUR, KES, INR, AUD, CHF, CAD, MXN, BRL). Each lists what
the stored lead must hold and the values it must never hold, labelled only from
what the visitor said, the lead contract and issue 14; a failure names what
came out wrong.

Where a label rests on no rule, the check accepts either and says why (``OneOf``,
``Within``, ``EITHER_WAY``), beside the persona. Vague dates are checked as a
span of days counted from today (the conversation's date), so the personas
hold on any day they are played.
They were written blind (V11, 2026-12-04), without reading bot/actions, bot/data,
nlu/ or tests/nlu, and committed before their first run (16a6f43).
First run, on 16a6f43 (2026-12-04 17:28 UTC; the bot as committed plus the other helpers'
uncommitted changes in the checkout: bot/actions/form.py, bot/actions/phrasebook.yml,
nlu/english.py, nlu/timing.py): 2 of 11 (chiara, sanne). The script was not revised: no check
failed that a right bot would have failed too (each failure is a value the bot heard where the
visitor did not state it, a value it missed, or a message it did not read), and no label of what
the lead must hold was changed. The nine others stay strict xfails naming what came out wrong
(``STILL_WRONG``). chiara passes with no lead stored (``EITHER_WAY``), although her chat noted "a
base in Germany" from the opticians she wants to reach there and her scripted "sì sì" confirmed it;
no stored lead carries it, and the labels are not widened after the run. alejandro's stored lead is
right after he starts again, but the budget he wrote after his stop was noted (as 200,000 USD) and
the form went on before he asked to start again; only the stored lead is labelled.
Run once more with these xfails (2026-12-04 17:30 UTC, same commit; more of the other helpers'
uncommitted changes were in the checkout by then: bot/__main__.py, bot/actions, nlu/replies.py):
2 passed (chiara, sanne), 9 xfailed.
On 2026-12-05 (held out, run after the session's fixes, nobody read the set): raghav and juliana pass; their strict
xfails are removed, no script, label or check changed.
"""

from __future__ import annotations

from datetime import date

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
    days_to,
    mid_month,
    month_span,
    play_and_check,
)

pytestmark = pytest.mark.slow


def next_on(month: int, day: int) -> date:
    """The next ``day`` of ``month`` from today (today included)."""
    this_year = date(TODAY.year, month, day)
    return this_year if this_year >= TODAY else date(TODAY.year + 1, month, day)


# The numbers in each phone number, as a careless reader might take them.
PHONE_KE = (254, 722, 123, 456, 123456, 722123456, 254722123456)  # +254 722 123 456
PHONE_IN = (91, 98430, 12345, 9843012345, 919843012345)  # +91 98430 12345
PHONE_AU = (412, 345, 678, 345678, 412345678)  # 0412 345 678
PHONE_QC = (418, 555, 142, 5550142, 4185550142)  # 418-555-0142
PHONE_BR = (11, 98765, 4321, 987654321, 11987654321)  # (11) 98765-4321
PHONE_NL = (6, 12345678, 612345678)  # 06-12345678
# "ideally before the christmas shutdown": from today to Christmas Eve.
BEFORE_CHRISTMAS = Within(0, days_to(next_on(12, 24)))
# "begin by Feb": read as by the first of February or within February; either is a careful reading.
BY_FEBRUARY = Within(month_span(2).low - 7, month_span(2).high)
# "sometime in the spring before AC season": March to May.
SPRING = Within(month_span(3).low, month_span(5).high)
# "começo de janeiro": the first ten days of January.
EARLY_JANUARY = Within(month_span(1).low, month_span(1).low + 10)
# "per 1 februari": that day.
FIRST_OF_FEBRUARY = Within(days_to(next_on(2, 1)), days_to(next_on(2, 1)))
# A deadline invented from a problem "this year" (issue 14 saw 14 days): any start within three weeks.
INVENTED_SOON = Within(0, 20)
# The pricing text's figure, in any of the languages' thousands marks.
PRICE = ("5,000", "5.000", "5 000")

PERSONAS = [
    Persona(
        "siobhan, vet clinics in Cork, a problem this year, asks the price before the budget, a head count that "
        "fell, an Eircode, a budget corrected inside one message, euro unsaid",
        "hiya 👋 I run a small group of vet clinics around Cork, 3 practices, mostly cats n dogs. online bookings "
        "have dropped a fair bit this year and we need new clients coming in",
        {"need": "new clients basically - google ads and maybe a new website, ours is ancient tbh",
         "company": "Riverside Veterinary Group",
         "authority": "practice director - I co-own it with my husband so we decide between the two of us",
         "industry": "veterinary, small animal", "company_size": "we were 31 but two vets left over the summer so 29 now",
         "location": "Douglas, Cork - T12 X70A if that's any use", "revenue": "around 3.2 million",
         "tech_stack": "VetIT in the clinics and mailchimp, barely used",
         "budget": "we'd said 25k for the year but the accountant trimmed it to 18k",
         "timing": "we'd want to kick off mid Jan once the christmas madness is over", "name": "Siobhán Ní Bhriain",
         "consent": "grand, yeah", "email": "siobhan@riversidevets.ie", "confirm": "grand, yeah"},
        before={"budget": "before I answer that - roughly what do ye charge for running google ads?"},
        # A vet practice is health care to some readers and a trade of its own to others. A co-owner who "decides
        # between the two of us" decides, but not alone: a decision maker or an influencer. "Practice director" who
        # co-owns the practice: an owner (c_level) or a director.
        expect={"location.country": "IE", "industry": OneOf(("healthcare", "other")),
                "authority.seniority": OneOf(("c_level", "director")),
                "authority.role": OneOf(("decision_maker", "influencer")), "company_size.min": 29,
                "budget.min": 18000, "budget.max": 18000, "budget.currency": "EUR", "budget.period": "year",
                "timing.horizon_days": mid_month(1), "name": "Siobhán Ní Bhriain",
                "email.address": "siobhan@riversidevets.ie"},
        never={"budget.min": (25000, 31, 29, 3, 12, 70, 3200000), "budget.max": (25000, 31, 29, 12, 70, 3200000),
               "budget.currency": ("USD", "GBP"), "company_size.min": (31, 3), "company_size.max": (31,),
               "timing.horizon_days": (INVENTED_SOON,)},
    ),
    Persona(
        "wanjiru, cold-chain courier in Nairobi, asks for case studies, skips the head count, last year's ad spend "
        "beside a monthly budget, shillings unsaid, a WhatsApp number with her email, books a call, Nairobi",
        "Hello! We run a cold chain delivery company in Nairobi - vaccines, dairy and fresh flowers out to JKIA. "
        "Looking for help with LinkedIn and a proper website so we can win the bigger corporate contracts",
        {"need": "B2B leads from pharma and FMCG companies. linkedin, website, the works",
         "company": "FrostLine Logistics Ltd",
         "authority": "Head of Commercial. Our MD signs off anything big, but she usually goes with what I recommend",
         "industry": "logistics - refrigerated transport and warehousing",
         "company_size": ("can we skip that one for now?", "around 85 staff incl. the drivers"),
         "location": "Nairobi, Kenya. We're on Mombasa Road", "revenue": "roughly 180 million a year",
         "tech_stack": "Odoo and WhatsApp Business",
         "budget": "we spent like 400k on facebook ads last year with nothing to show 🙃 this time we're thinking "
                   "150k a month",
         "timing": "January, once everyone is back from the holidays", "name": "Wanjiru Kamau",
         "consent": "yes yes", "email": "w.kamau@frostline.co.ke - or whatsapp me on +254 722 123 456",
         "confirm": "yes yes, correct"},
        before={"industry": "do you have case studies from logistics clients?"},
        after=("can I book a call with one of your people?", "the first one works"),
        expect={"location.country": "KE", "industry": "logistics", "authority.seniority": "director",
                "authority.role": "influencer", "company_size.min": 85, "budget.min": 150000, "budget.max": 150000,
                "budget.currency": "KES", "budget.period": "month", "timing.horizon_days": month_span(1),
                "name": "Wanjiru Kamau", "email.address": "w.kamau@frostline.co.ke"},
        never={"budget.min": (400000, 180000000, 85) + PHONE_KE, "budget.max": (400000, 180000000) + PHONE_KE,
               "budget.currency": ("USD",), "company_size.min": PHONE_KE, "company_size.max": PHONE_KE,
               "revenue.min": (400000, 150000) + PHONE_KE},
    ),
    Persona(
        "raghav, pump maker in Coimbatore, a founding year, asks why the turnover, revenue in crore, a budget in "
        "lakh beside another agency's quote, a PIN code, rupees unsaid, a mobile number, books a call, India",
        "hi, we manufacture industrial n agricultural pumps in Coimbatore since 1994. want more dealer + export "
        "enquiries, our website is very outdated",
        {"need": "dealer leads from other states and export enquiries from Africa/Middle East. SEO + new website",
         "company": "Sri Lakshmi Pumps & Motors Pvt Ltd",
         "authority": "I am Director - Marketing. My father is MD, final approval is with him only",
         "industry": "manufacturing - pumps, motors", "company_size": "approx 350 including factory workers",
         "location": "Coimbatore, Tamil Nadu - 641021", "revenue": "approx 85 crore",
         "tech_stack": "Zoho CRM and Tally",
         "budget": "we are thinking 2.5 lakh per month. one agency quoted 4 lakh/month which is too much for us",
         "timing": "we'd like to begin by Feb, before our financial year closes in March",
         "name": "Raghav Subramaniam", "consent": "yes ok",
         "email": "raghav@srilakshmipumps.in, mobile +91 98430 12345", "confirm": "haan, correct"},
        before={"revenue": "why do you need our turnover?"},
        after=("ok can we fix a call with your team?", "1st slot is ok"),
        expect={"location.country": "IN", "industry": "manufacturing", "authority.seniority": "director",
                "authority.role": "influencer", "company_size.min": 350, "revenue.min": 850000000,
                "revenue.currency": "INR", "budget.min": 250000, "budget.max": 250000, "budget.currency": "INR",
                "budget.period": "month", "timing.horizon_days": BY_FEBRUARY, "name": "Raghav Subramaniam",
                "email.address": "raghav@srilakshmipumps.in"},
        never={"budget.min": (1994, 350, 641021, 400000, 850000000) + PHONE_IN,
               "budget.max": (1994, 641021, 400000, 850000000) + PHONE_IN, "budget.currency": ("USD",),
               "company_size.min": (1994, 641021) + PHONE_IN, "company_size.max": (1994, 641021) + PHONE_IN},
    ),
    Persona(
        "brett, mobile crane hire in Perth, asks why the head count, a head count that fell, a postcode, a hedged "
        "monthly budget in grand, dollars unsaid, a mobile number with his email, books a call, Perth",
        "G'day, we do mobile crane hire out of Perth, mostly mining and civil jobs. after more work from builders "
        "n councils, our google ads are a bloody money pit",
        {"need": "leads from builders, councils and mine sites. google ads that actually work + SEO",
         "company": "Swan Coast Cranes",
         "authority": "ops manager. owner's my brother in law, he signs the cheques but he'll do whatever I tell "
                      "him lol",
         "industry": "crane hire - construction, mining",
         "company_size": "we were 60 odd before the mining slowdown, down to 42 now",
         "location": "Welshpool WA 6106, Perth", "revenue": "around 14 mil", "tech_stack": "just excel and xero",
         "budget": "bout 6 grand a month, maybe 8 if the leads are decent",
         "timing": "asap mate, ideally before the christmas shutdown", "name": "Brett Kowalski",
         "consent": "yep", "email": "brett@swancoastcranes.com.au or ring me 0412 345 678",
         "confirm": "yep, too easy"},
        before={"company_size": "why do you need to know how many staff we've got?"},
        after=("can we book a chat with someone?", "first one's good"),
        # Crane hire for builders and mines is construction to most readers and a service of its own to some. The
        # owner signs, but "he'll do whatever I tell him lol" is half a joke: an influencer or a decision maker.
        expect={"location.country": "AU", "industry": OneOf(("construction", "other")),
                "authority.seniority": "manager", "authority.role": OneOf(("influencer", "decision_maker")),
                "company_size.min": 42, "budget.min": 6000, "budget.max": 8000, "budget.currency": "AUD",
                "budget.period": "month", "timing.horizon_days": BEFORE_CHRISTMAS, "name": "Brett Kowalski",
                "email.address": "brett@swancoastcranes.com.au"},
        never={"budget.min": (60, 42, 6106, 14000000) + PHONE_AU, "budget.max": (60, 6106, 14000000) + PHONE_AU,
               "budget.currency": ("USD",), "company_size.min": (60, 6106) + PHONE_AU,
               "company_size.max": (60, 6106) + PHONE_AU},
    ),
    Persona(
        "dale, HVAC contractor in Omaha, asks the price with a figure in his opening, a head count and a founding "
        "year in his role, a sign-off threshold, a zip code, a monthly budget in words",
        "hey there. we're a family HVAC business in Omaha, heating/cooling/furnace repair. what do you guys charge, "
        "like 3 grand a month or something?",
        {"need": "more service calls from google, our website gets like nothing. also old customers just sit in a "
                 "spreadsheet, we never follow up with em",
         "company": "Heartland Comfort Heating & Air",
         "authority": "operations manager, 22 of us, been around since 1989. anything over 5 grand my dad still "
                      "has to ok",
         "industry": "HVAC contractor, residential mostly", "company_size": "twenty-two of us counting the techs",
         "location": "Omaha, Nebraska 68137", "revenue": "about 4 million",
         "tech_stack": "ServiceTitan and a google sheet lol", "budget": "prob fifteen hundred a month to start",
         "timing": "no huge rush, sometime in the spring before AC season", "name": "Dale Jorgensen",
         "consent": "yup", "email": "dale@heartlandcomfortomaha.com", "confirm": "yup, you betcha"},
        # HVAC is a building trade (construction) to most readers and a service of its own to some. A manager whose
        # father must approve anything over 5 grand, with a budget of 1,500 a month (18,000 a year, over the
        # threshold once a year is counted, under it for a month): an influencer or a decision maker.
        expect={"location.country": "US", "industry": OneOf(("construction", "other")),
                "authority.seniority": "manager", "authority.role": OneOf(("influencer", "decision_maker")),
                "company_size.min": 22, "budget.min": 1500, "budget.max": 1500, "budget.currency": "USD",
                "budget.period": "month", "timing.horizon_days": SPRING, "name": "Dale Jorgensen",
                "email.address": "dale@heartlandcomfortomaha.com"},
        never={"budget.min": (3000, 5000, 22, 1989, 68137, 4000000), "budget.max": (3000, 5000, 1989, 68137, 4000000),
               "company_size.min": (1989, 68137), "company_size.max": (1989, 68137)},
    ),
    Persona(
        "reto, joinery in Winterthur, Swiss German, a year in his opening, a postcode, apprentices in the head "
        "count, a budget with the Swiss thousands mark corrected at the timing question, francs unsaid",
        "Grüezi mitenand! Wir sind eine Schreinerei in Winterthur (Küchen, Einbauschränke, Innenausbau) und möchten "
        "mehr Aufträge von Privatkunden übers Internet. Unsere Website ist noch von 2012 🙈",
        {"need": "Mehr Anfragen über Google, und die Website bräuchte dringend eine Auffrischung",
         "company": "Schreinerei Brunner AG", "authority": "Ich bin Inhaber und Geschäftsführer, das entscheide ich",
         "industry": "Schreinerei, Küchenbau und Innenausbau", "company_size": "Mir sind 14 Leute, inkl. 3 Lernende",
         "location": "8404 Winterthur, Kanton Zürich", "revenue": "ca. 3,5 Mio.", "tech_stack": "Bexio und Excel",
         "budget": "Ca. 30'000 fürs ganze Jahr", "timing": "Ab Februar wäre gut", "name": "Reto Brunner",
         "consent": "Jawohl", "email": "reto.brunner@schreinerei-brunner.ch", "confirm": "Genau so"},
        lang="de",
        before={"timing": "Sorry, noch eine Korrektur zum Budget: es sind 24'000, nicht 30'000. Der Treuhänder hat "
                          "gekürzt."},
        # A joinery that builds kitchens and fits interiors makes things (manufacturing) and works on buildings
        # (construction): careful readers file it either way.
        expect={"location.country": "CH", "industry": OneOf(("manufacturing", "construction")),
                "authority.seniority": "c_level", "authority.role": "decision_maker", "company_size.min": 14,
                "budget.min": 24000, "budget.max": 24000, "budget.currency": "CHF", "budget.period": "year",
                "timing.horizon_days": month_span(2), "name": "Reto Brunner",
                "email.address": "reto.brunner@schreinerei-brunner.ch"},
        never={"budget.min": (30000, 2012, 8404, 14, 3), "budget.max": (30000, 2012, 8404),
               "budget.currency": ("USD", "EUR"), "company_size.min": (3, 17, 2012, 8404),
               "company_size.max": (3, 17, 2012, 8404)},
        unsaid=ENGLISH,
    ),
    Persona(
        "geneviève, maple syrup producer in the Beauce, Québec French, a seasonal head count, a postcode, last "
        "year's agency fee beside a monthly budget, dollars unsaid, asks why the email, a phone number with it",
        "Allô! On est une érablière familiale en Beauce, on vend notre sirop pis nos produits d'érable en ligne. On "
        "voudrait vendre plus sur notre boutique, surtout aux États-Unis 🍁",
        {"need": "Plus de ventes en ligne : de la pub Facebook pis Google, pis une infolettre qui marche",
         "company": "Érablière Poulin & Filles",
         "authority": "Je suis copropriétaire avec ma sœur, c'est nous deux qui décidons",
         "industry": "Acériculture, on produit pis on transforme le sirop d'érable",
         "company_size": "On est 9 à l'année, pis une vingtaine au printemps pendant le temps des sucres",
         "location": "Saint-Georges en Beauce, G5Y 2B3", "revenue": "autour de 2 millions",
         "tech_stack": "Shopify pis Mailchimp",
         "budget": "L'an passé on a payé 8000 à une agence pour rien 🙄 Cette année on pense à 2500 par mois",
         "timing": "Après les Fêtes, genre mi-janvier", "name": "Geneviève Poulin", "consent": "Oui, c'est correct",
         "email": "genevieve@erablierepoulin.ca, ou appelez-moi au 418-555-0142", "confirm": "Ouin, c'est ça"},
        lang="fr",
        before={"email": "Pourquoi vous avez besoin de mon courriel?"},
        # Maple syrup made from the family's own trees and sold online is agriculture, food manufacturing or online
        # retail to different careful readers. Two co-owners who decide together: "c'est nous deux qui décidons"
        # makes each a decision maker (a shared decision is still hers).
        expect={"location.country": "CA", "industry": OneOf(("agriculture", "manufacturing", "retail_ecommerce")),
                "authority.seniority": "c_level", "authority.role": "decision_maker", "company_size.min": 9,
                "budget.min": 2500, "budget.max": 2500, "budget.currency": "CAD", "budget.period": "month",
                "timing.horizon_days": mid_month(1), "name": "Geneviève Poulin",
                "email.address": "genevieve@erablierepoulin.ca"},
        never={"budget.min": (8000, 9, 20, 2, 5, 3) + PHONE_QC, "budget.max": (8000, 20, 2, 5, 3) + PHONE_QC,
               "budget.currency": ("USD", "EUR"), "company_size.min": PHONE_QC, "company_size.max": PHONE_QC},
        unsaid=ENGLISH,
    ),
    Persona(
        "alejandro, bilingual private school in Monterrey, Mexican Spanish, a school year in his opening, stops at "
        "the budget, writes a budget anyway, starts again, a monthly budget in words, pesos unsaid",
        "Buenas tardes, soy director de un colegio bilingüe en Monterrey (kínder a prepa). Queremos más "
        "inscripciones para el ciclo 2027-2028",
        {"need": "Más solicitudes de inscripción: anuncios en Facebook e Instagram y que la página web convierta "
                 "mejor",
         "company": "Colegio Bilingüe Valle Alto",
         "authority": "Soy el director general; el patronato aprueba el presupuesto, pero la propuesta la llevo yo",
         "industry": "Educación privada", "company_size": "Somos como 120 entre maestros y administrativos",
         "location": "San Pedro Garza García, Nuevo León", "revenue": "unos 90 millones al año",
         "tech_stack": "Google Workspace y una hoja de Excel", "budget": "Unos ochenta mil al mes",
         "timing": "Para enero, antes de que abran las inscripciones en febrero", "name": "Alejandro Garza Treviño",
         "consent": "Sí, de acuerdo", "email": "a.garza@colegiovallealto.edu.mx", "confirm": "Sí, así es"},
        lang="es",
        before={"budget": "Alto. Mejor ya no quiero seguir, no guarden nada por favor."},
        after=("Bueno, igual el presupuesto andaría como en 200 mil", "Mejor sí, ¿podemos empezar de nuevo?"),
        # "Director general" of a school is its head (managing director, c_level) to some readers and a director to
        # others. The board approves the budget and he brings the proposal: an influencer.
        expect={"location.country": "MX", "industry": "education",
                "authority.seniority": OneOf(("c_level", "director")), "authority.role": "influencer",
                "company_size.min": 120, "budget.min": 80000, "budget.max": 80000, "budget.currency": "MXN",
                "budget.period": "month", "timing.horizon_days": month_span(1), "name": "Alejandro Garza Treviño",
                "email.address": "a.garza@colegiovallealto.edu.mx"},
        never={"budget.min": (200000, 2027, 2028, 120), "budget.max": (200000, 2027, 2028),
               "budget.currency": ("USD",), "company_size.min": (2027, 2028), "company_size.max": (2027, 2028)},
        unsaid=ENGLISH,
    ),
    Persona(
        "juliana, pet shop chain in São Paulo, Brazilian Portuguese, asks if it's a bot, a head count that grew, "
        "a CEP, a hedged monthly budget in words, reais unsaid, a WhatsApp number with her email, books a call",
        "Oi, tudo bem? Tenho uma rede de pet shops em SP (5 lojas + banho e tosa) e quero vender mais no nosso "
        "e-commerce 🐶",
        {"need": "mais vendas online e mais agendamento de banho e tosa pelo site. anúncio no Google e no Insta",
         "company": "PetMania Pinheiros", "authority": "sou a fundadora e sócia, quem decide sou eu",
         "industry": "varejo pet, loja física e online",
         "company_size": "éramos 55 no começo do ano, agora somos uns 70",
         "location": "São Paulo capital, CEP 05422-030", "revenue": "uns 12 milhões por ano",
         "tech_stack": "Nuvemshop e RD Station", "budget": "uns quinze mil por mês, no máximo vinte",
         "timing": "começo de janeiro, depois das festas", "name": "Juliana Ferraz", "consent": "pode sim",
         "email": "juliana@petmaniapinheiros.com.br, whats (11) 98765-4321", "confirm": "isso aí"},
        lang="pt",
        before={"company": "vc é um robô?"},
        after=("dá pra marcar uma call com vcs?", "pode ser o primeiro horário"),
        expect={"location.country": "BR", "industry": "retail_ecommerce", "authority.seniority": "c_level",
                "authority.role": "decision_maker", "company_size.min": 70, "budget.min": 15000,
                "budget.max": 20000, "budget.currency": "BRL", "budget.period": "month",
                "timing.horizon_days": EARLY_JANUARY, "name": "Juliana Ferraz",
                "email.address": "juliana@petmaniapinheiros.com.br"},
        never={"budget.min": (55, 70, 5, 5422, 30, 5422030, 12000000) + PHONE_BR,
               "budget.max": (55, 70, 5422, 5422030, 12000000) + PHONE_BR, "budget.currency": ("USD",),
               "company_size.min": (55, 5) + PHONE_BR, "company_size.max": (55, 5) + PHONE_BR},
        unsaid=ENGLISH,
    ),
    Persona(
        "chiara, eyewear maker near Belluno, Italian, a founding year, a head count in words, a postcode, asks for "
        "a whitepaper before the budget, euro unsaid, says goodbye at the timing question",
        "Buongiorno, siamo un'azienda di occhiali artigianali in provincia di Belluno, dal 1978. Vorremmo trovare "
        "nuovi ottici e distributori all'estero",
        {"need": "lead generation B2B verso ottici in Germania e Francia, più LinkedIn",
         "company": "Occhialeria Dal Col srl",
         "authority": "Responsabile marketing ed export. Decide il titolare, mio zio, ma di solito si fida di me",
         "industry": "occhialeria, produciamo montature in acetato", "company_size": "una quarantina",
         "location": "Sedico (BL), 32036", "revenue": "circa 6 milioni", "tech_stack": "HubSpot gratuito e Excel",
         "budget": "sui ventimila all'anno", "timing": "da febbraio", "name": "Chiara Dal Col", "consent": "va bene",
         "email": "chiara@occhialeriadalcol.it", "confirm": "sì sì, esatto"},
        lang="it",
        before={"budget": "Prima di rispondere: avete un whitepaper o una guida sulla lead generation?",
                "timing": "Scusi, devo scappare in riunione. Ci sentiamo, arrivederci!"},
        # "Responsabile marketing" is a marketing manager or a head of marketing (director) to careful readers.
        # "Una quarantina" is about forty: any count from 35 to 45.
        expect={"location.country": "IT", "industry": "manufacturing",
                "authority.seniority": OneOf(("manager", "director")), "authority.role": "influencer",
                "company_size.min": Within(35, 45), "budget.min": 20000, "budget.max": 20000,
                "budget.currency": "EUR", "budget.period": "year", "timing.horizon_days": ABSENT,
                "email.address": ABSENT},
        never={"budget.min": (1978, 32036, 40, 6000000), "budget.max": (1978, 32036, 6000000),
               "budget.currency": ("USD",), "company_size.min": (1978, 32036), "company_size.max": (1978, 32036)},
        unsaid=ENGLISH,
    ),
    Persona(
        "sanne, heat-pump installer in Utrecht, Dutch, a founding year, skips the role question, a head count "
        "corrected inside one message, a postcode, a monthly budget in words, a date, a mobile number",
        "Hoi! Wij installeren warmtepompen en zonnepanelen in de regio Utrecht, sinds 2016. We willen meer "
        "offerteaanvragen van particulieren via Google 🙂",
        {"need": "meer leads via Google Ads en SEO, onze site scoort echt slecht",
         "company": "GroenWarmte Installatie B.V.",
         "authority": ("Die sla ik even over", "Ik ben mede-eigenaar, ik beslis samen met mijn compagnon"),
         "industry": "installatiebranche: warmtepompen en zonnepanelen",
         "company_size": "we zijn met 18, nee wacht, 21 sinds de twee nieuwe monteurs en de planner erbij zijn",
         "location": "Utrecht, 3542 AD", "revenue": "zo'n 4 miljoen", "tech_stack": "Gripp en Excel",
         "budget": "zo'n vijfentwintighonderd per maand", "timing": "liefst per 1 februari", "name": "Sanne de Wit",
         "consent": "prima", "email": "sanne@groenwarmte.nl, of bel 06-12345678", "confirm": "klopt"},
        lang="nl",
        # Installing heat pumps and solar panels is energy to some careful readers and a building trade
        # (construction) to others. A co-owner who decides with her partner decides, but not alone: a decision
        # maker or an influencer.
        expect={"location.country": "NL", "industry": OneOf(("energy", "construction")),
                "authority.seniority": "c_level", "authority.role": OneOf(("decision_maker", "influencer")),
                "company_size.min": 21, "budget.min": 2500, "budget.max": 2500, "budget.currency": "EUR",
                "budget.period": "month", "timing.horizon_days": FIRST_OF_FEBRUARY, "name": "Sanne de Wit",
                "email.address": "sanne@groenwarmte.nl"},
        never={"budget.min": (2016, 3542, 18, 21) + PHONE_NL, "budget.max": (2016, 3542, 18) + PHONE_NL,
               "budget.currency": ("USD",), "company_size.min": (18, 2016, 3542) + PHONE_NL,
               "company_size.max": (18, 2016, 3542) + PHONE_NL},
        unsaid=ENGLISH,
    ),
]

# What the bot's answer to a visitor's words must hold (any one of the words, in any case): the pricing text, the
# case studies and the whitepaper offered, that it is a bot, and a reason for the email that speaks of writing to them.
ANSWER_HOLDS: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "siobhan": (("what do ye charge", PRICE),),
    "wanjiru": (("case studies from logistics", ("case-studies", "case studies")),),
    "dale": (("what do you guys charge", PRICE),),
    "chiara": (("avete un whitepaper", ("framework", "lead-generation-framework")),),
    "geneviève": (("Pourquoi vous avez besoin de mon courriel", ("écrire", "contacter", "joindre", "recontacter",
                                                                  "envoyer", "répondre", "suivi")),),
}
# The zone of the place each visitor who books a call said they are in.
BOOKED_IN = {"wanjiru": "Africa/Nairobi", "raghav": "Asia/Kolkata", "brett": "Australia/Perth",
             "juliana": "America/Sao_Paulo"}
# Visitors whose lead may or may not be stored: one who says goodbye before giving a name or an address has left
# nothing the lead contract or issue 14 says must be kept; if a lead is stored, what it must (not) hold still holds.
EITHER_WAY = {"chiara"}
# A skip of a required question, by persona: the question is asked again.
SKIPS = {"wanjiru": ("can we skip that one for now?", "company_size"), "sanne": ("Die sla ik even over", "authority")}
# Their goodbye, which must be answered without asking a further question of the form.
GOODBYES = {"chiara": "Scusi, devo scappare in riunione"}

# Personas still wrong when the session that wrote them ended, by id, with what is wrong (``cases``).
STILL_WRONG: dict[str, str] = {
    "siobhan": "'we decide between the two of us' at the role question became a head count of 2, put to her as heard "
               "and confirmed by her scripted yes, so the head-count question was never asked (company_size 2, not 29)",
    "wanjiru": "her skip of the head-count question became 'about 1 people'; her budget answer (last year's ad spend "
               "beside a monthly budget) was never taken: the budget question was asked again and again",
    "brett": "'mostly mining and civil jobs' in his opening was heard as the energy industry and put to him as heard, "
             "so the industry question was never asked (industry energy for a crane hire firm)",
    "dale": "the sign-off threshold at the role question ('anything over 5 grand my dad still has to ok') became a "
            "budget of over $5k, put to him as heard, so the budget question was never asked",
    "reto": "his budget correction at the timing question was taken (24,000 CHF), but the 'Treuhänder' named in it set "
            "the industry to professional services over the construction confirmed from his opening",
    "geneviève": "'surtout aux États-Unis' (where she sells) became her location (US); the maple syrup producer was "
                 "heard as hospitality; her budget answer (last year's agency fee beside 2500 a month) was not "
                 "understood twice and dropped",
    "alejandro": "'el patronato aprueba el presupuesto, pero la propuesta la llevo yo' was stored as a decision maker, "
                 "not an influencer",
}


@pytest.mark.parametrize("persona", cases(PERSONAS, STILL_WRONG))
def test_each_eleventh_set_persona_s_lead_holds_what_they_said_and_nothing_invented(
        stack: Stack, playbook: Playbook, persona: Persona) -> None:
    play_and_check(stack, playbook, persona, booked_in=BOOKED_IN, reply_holds=ANSWER_HOLDS, skips=SKIPS,
                   goodbyes=GOODBYES, either_way=EITHER_WAY, every_line_means=True)
