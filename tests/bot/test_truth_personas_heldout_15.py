"""Ten more visitors, written blind and given to the fixers, played through the real Rasa, action server and lead service.

A fifteenth set (issue 14): four English visitors (from Penang, Dubai,
Sliema in Malta and Kingston, Jamaica) and one each writing German
(Hamburg), Swiss French (Lausanne), Chilean Spanish (Santiago), Brazilian
Portuguese (Porto Alegre), Italian (Milan) and Dutch from the Netherlands
(Utrecht), in trades the earlier sets' docstrings do not name: a precision
machining shop for chip makers, a property brokerage, a boat trip and yacht
charter firm, an insurance broker, a pair of e-bike shops, a fiduciary
(accounting and tax) office, a group of dental clinics, a builder of houses,
a removals company and a heat pump installer. They give a budget in
shorthand ("8 to 10k", "4-5k", "4,5k"), in words ("sixty thousand",
"three to four hundred thousand", "zwischen zwei- und dreitausend"), as a
range and as a cap, hedged ("sui 15 mila, massimo 18"), corrected inside one
message (80 mil cut to "no máximo 70") or at a later question (2k put right
to 3k at the name question); numbers that are no budget: what they spent on
ads last year, what an old agency charged, an agency's quote they found too
dear, a partners' signing threshold, the board's approval threshold, phone
numbers, postcodes, founding years, trips and installations counted, a VAT
number and a chamber of commerce number; a problem "this year" that is no
deadline, head counts that grew, fell or swell in summer; they ask what it
costs, whether it is a bot, why it needs the head count or the email, and
for case studies; they answer confirmations with their own short yes
("correct lah", "absolutely", "yeah that's right", "yeah man", "passt",
"c'est juste", "sí po", "isso mesmo", "sì sì, giusto", "klopt") and the
privacy question with a short no ("no, preferisco di no"), skip a required
question, stop and start again, and book calls from Penang, Dubai, Kingston,
Lausanne and Santiago, whose times must be shown in their own zone. Amounts
carry no currency word where the country has its own, and take that
currency (MYR, AED, EUR, JMD, CHF, CLP, BRL: issue 14). Each lists what the
stored lead must hold and the values it must never hold, labelled only from
what the visitor said, the lead contract and issue 14; where no rule settles
a label, the check accepts either reading (``OneOf``, ``Within``) with the
reason beside it. A failure names what came out wrong.

Vague dates are checked as a span of days counted from today (the
conversation's date), so the personas hold on any day they are played.
They were written blind (V15, 2026-12-05), without reading bot/actions,
bot/data, nlu/, qualification/, tests/nlu or the tenth, eleventh and
fourteenth held-out sets, and committed before running them (6313b52).
First run, on 6313b52 (2026-12-05 02:16 UTC; the checkout held another helper's uncommitted nlu/money.py): 3 of 10
(aisyah, catalina, marco). The seven others are the bot's and stay strict xfails naming what came out wrong
(``STILL_WRONG``); no script, label or check was changed after the run. Where a wrong heard value was confirmed, it
was confirmed by the persona's scripted yes: the bot still invented it. Seen in that run and checked by nothing here:
omar's 'can I book a call with your team?' after the form got a promise of an email, not times; shanice's times were
offered in 'Eastern Time, as you're in New Kingston' (the same clock as Jamaica's in December, not in summer).
omar, luke, shanice, katrin and fernanda pass on 4d083a8 (2026-12-05 03:57 UTC, the fixers' readers of this session):
their strict xfails are removed; no script, label or check changed.
sanne passes on 2026-12-05 16:08 UTC: her budget answer's 'we willen nu iets van 4,5k per maand' is no start now
(nlu/timing), so the timing question is asked; her strict xfail is removed.
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
    mid_month,
    month_span,
    play_and_check,
    quarter_of_next_year,
)

pytestmark = pytest.mark.slow

# Shanice's cell (876-555-0142), as a careless reader might take its digits.
PHONE_JM = (876, 555, 142, 5550142, 8765550142)
# Catalina's mobile (+56 9 8765 4321).
PHONE_CL = (56, 9, 8765, 4321, 87654321, 987654321, 56987654321)
# Marco's VAT number (P.IVA 04829150963).
PIVA = (4829150963,)
# Sanne's chamber of commerce number (KvK 30219874).
KVK = (30219874,)
# "By May": from the start of April, when the season's bookings open, to May's last day.
BY_MAY = Within(month_span(4).low, month_span(5).high)
# "Début mars": March's first ten days.
EARLY_MARCH = Within(month_span(3).low, month_span(3).low + 10)


PERSONAS = [
    Persona(
        "aisyah, precision machining for chip makers, orders down this year, business development manager, her boss "
        "has the final say, last year's ad spend beside a range in shorthand with ringgit unsaid, asks what they "
        "charge, a head count that grew with a night shift, a postcode, founded 2009, after Chinese New Year, "
        "'correct lah', books a call, Penang",
        "hi, we are a precision machining company in Penang since 2009, making parts for semiconductor equipment "
        "makers. orders from our usual customers dropped this year so we need new clients overseas",
        {"need": "lead generation for buyers in Europe and US, linkedin and a proper english website with case studies",
         "company": "Perdana Precision Engineering Sdn Bhd",
         "authority": "I'm the business development manager, but my boss Mr Tan has the final say",
         "industry": "manufacturing, CNC machining",
         "company_size": "about 60 now, we were 45 before we started the night shift in March",
         "location": "Bayan Lepas, Penang 11900", "revenue": "around 25 million ringgit",
         "tech_stack": "excel and hubspot free version",
         "budget": "last year we spent about 5k a month on google ads, didnt work. now thinking 8 to 10k monthly",
         "timing": "after Chinese New Year, so around March", "name": "Aisyah Rahman", "consent": "ok can",
         "email": "aisyah@perdanaprecision.com.my", "confirm": "correct lah"},
        before={"budget": "how much do you guys usually charge ah?"},
        after=("can we book a call?", "the first one ok"),
        # Budget: 5k a month is what Google Ads cost them last year; "8 to 10k monthly" is the range.
        expect={"location.country": "MY", "industry": "manufacturing", "authority.seniority": "manager",
                "company_size.min": 60, "budget.min": 8000, "budget.max": 10000, "budget.currency": "MYR",
                "budget.period": "month", "timing.horizon_days": month_span(3), "name": "Aisyah Rahman",
                "email.address": "aisyah@perdanaprecision.com.my"},
        never={"authority.role": ("decision_maker",), "company_size.min": (45, 11900, 2009),
               "company_size.max": (45, 11900, 2009), "budget.min": (5000, 11900, 2009, 60, 45),
               "budget.max": (5000, 11900, 2009, 25000000), "budget.currency": ("USD",)},
        asked_twice=("budget",),
    ),
    Persona(
        "omar, property brokerage, managing partner, the partners' signing threshold, a head count that grew since "
        "January, asks if it's a bot, sixty thousand a quarter in words as a cap with dirhams unsaid, after Eid, "
        "'absolutely', books a call, Dubai",
        "Hello, we are a real estate brokerage in Dubai, mostly off-plan and secondary sales in Dubai Marina and "
        "Business Bay. We want more serious buyer leads, especially from Europe.",
        {"need": "paid ads on google and meta targeting European investors, plus a CRM setup so agents follow up",
         "company": "Marina Crest Properties LLC",
         "authority": "managing partner. I decide, but anything above 100k needs both partners to sign",
         "industry": "real estate", "company_size": "20 agents now plus 5 admin staff, we were 12 in January",
         "location": "Business Bay, Dubai, UAE", "revenue": "about 18 million in commissions last year",
         "tech_stack": "Bitrix24 and Property Finder", "budget": "we can do sixty thousand a quarter, not more",
         "timing": "right after Eid, so around mid March", "name": "Omar Haddad", "consent": "yes fine",
         "email": "omar@marinacrest.ae", "confirm": "absolutely"},
        before={"timing": "quick one - am I chatting with a bot?"},
        after=("can I book a call with your team?", "first slot please"),
        # Head count: 20 agents "plus 5 admin staff": the agents, or all of them.
        # Budget min: "sixty thousand a quarter, not more" is a cap (max only) or the amount he names (min = max).
        expect={"location.country": "AE", "industry": "real_estate", "authority.seniority": "c_level",
                "authority.role": "decision_maker", "company_size.min": Within(20, 25),
                "budget.min": OneOf((ABSENT, 60000)), "budget.max": 60000, "budget.currency": "AED",
                "budget.period": "quarter", "timing.horizon_days": mid_month(3), "name": "Omar Haddad",
                "email.address": "omar@marinacrest.ae"},
        never={"company_size.min": (12,), "company_size.max": (12,),
               "budget.min": (100000, 12, 20, 25, 18000000), "budget.max": (100000, 18000000),
               "budget.currency": ("USD",)},
        asked_twice=("timing",),
    ),
    Persona(
        "luke, boat trips and yacht charters, bookings from cruise passengers down this year, owner, a summer head "
        "count, a postcode, since 1998, stops at the head count question, trips counted after the stop, starts "
        "over, 2k put right to 3k at the name question with euros unsaid, by May, 'yeah that's right', Sliema",
        "hiya, we run boat trips to Comino and the Blue Lagoon and private yacht charters out of Sliema, family "
        "business since 1998. bookings from cruise passengers went down this year",
        {"need": "more direct online bookings instead of paying commission to booking sites - SEO, instagram ads "
                 "and a website with online booking",
         "company": "Sliema Blue Charters", "authority": "I'm the owner, I run it with my wife",
         "industry": "tourism, boat trips and charters",
         "company_size": "8 of us all year, around 20 in summer with the skippers and crew",
         "location": "Sliema, Malta SLM 1010", "revenue": "about 1.2 million", "tech_stack": "Wix and FareHarbor",
         "budget": "2k a month", "timing": "before the summer season, so by May",
         "name": "Luke Camilleri. oh and scratch the 2k, my wife says we can do 3k a month",
         "consent": "yes ok", "email": "luke@sliemabluecharters.com.mt", "confirm": "yeah that's right"},
        before={"company_size": "hang on, stop, a customer just walked in"},
        after=("fyi we did 1,400 trips last summer", "ok back now, can we start again?"),
        # Industry: boat trips for tourists are tourism, which the contract files nowhere but beside hotels.
        # Head count: 8 all year, about 20 in summer: either.
        expect={"location.country": "MT", "industry": OneOf(("hospitality", "other")),
                "authority.seniority": "c_level", "authority.role": "decision_maker",
                "company_size.min": OneOf((8, 20)), "budget.min": 3000, "budget.max": 3000,
                "budget.currency": "EUR", "budget.period": "month", "timing.horizon_days": BY_MAY,
                "name": "Luke Camilleri", "email.address": "luke@sliemabluecharters.com.mt"},
        never={"company_size.min": (1400, 1998, 1010), "company_size.max": (1400, 1998, 1010),
               "budget.min": (2000, 1400, 1998, 1010, 8, 20), "budget.max": (2000, 1400, 1998, 1010, 1200000),
               "budget.currency": ("USD", "GBP")},
        asked_twice=("company_size",),
    ),
    Persona(
        "shanice, insurance broker, new policies slow this year, skips the role question, the MD makes the final "
        "call, asks why the head count is needed, a head count that fell, three to four hundred thousand in words "
        "with Jamaican dollars unsaid, a cell number with her name, by the end of January, 'yeah man', books a "
        "call, Kingston",
        "Good day! We're an insurance brokerage in New Kingston, motor, home and group health. New policies have "
        "been slow this year and we want to reach more small businesses for group plans.",
        {"need": "facebook and google ads, email campaigns to past clients and a landing page for quotes",
         "company": "Blue Mahoe Insurance Brokers",
         "authority": ("pass", "head of marketing, but our MD makes the final call"),
         "industry": "insurance", "company_size": "we were 40, down to 34 after the restructure in the summer",
         "location": "Kingston, Jamaica", "revenue": "roughly 600 million a year",
         "tech_stack": "Mailchimp and Microsoft Dynamics",
         "budget": "three to four hundred thousand a month", "timing": "by the end of January",
         "name": "Shanice Brown, my cell is 876-555-0142", "consent": "yes that's fine",
         "email": "shanice.brown@bluemahoe.com.jm", "confirm": "yeah man"},
        before={"company_size": "why do you need to know how many staff we have?"},
        after=("could I book a call?", "the first one works for me"),
        # Role: the MD makes the final call; a head of marketing who is no decision maker.
        expect={"location.country": "JM", "industry": "financial_services", "authority.seniority": "director",
                "company_size.min": 34, "budget.min": 300000, "budget.max": 400000, "budget.currency": "JMD",
                "budget.period": "month", "timing.horizon_days": end_of(1), "name": "Shanice Brown",
                "email.address": "shanice.brown@bluemahoe.com.jm"},
        never={"authority.role": ("decision_maker",), "company_size.min": (40,) + PHONE_JM,
               "company_size.max": (40,) + PHONE_JM, "budget.min": (600000000, 34, 40) + PHONE_JM,
               "budget.max": (600000000,) + PHONE_JM, "budget.currency": ("USD",)},
        asked_twice=("company_size",),
    ),
    Persona(
        "katrin, writes German, two e-bike shops with an online shop, online sales fell this year, owner, a head "
        "count that grew, asks what it costs beside an agency's quote she found too dear, a postcode, since 2012, "
        "zwischen zwei- und dreitausend in words with euros unsaid, from February, 'passt', Hamburg",
        "Moin! Wir haben zwei E-Bike-Läden in Hamburg und einen Onlineshop, seit 2012. Dieses Jahr ist der "
        "Online-Umsatz ziemlich eingebrochen.",
        {"need": "Mehr Besucher im Onlineshop, also Google Shopping, SEO und ein Newsletter",
         "company": "Elbrad GmbH", "authority": "Ich bin die Inhaberin, ich entscheide das",
         "industry": "Fahrradhandel, stationär und online",
         "company_size": "jetzt 14 Leute, letztes Jahr waren wir noch 9", "location": "22765 Hamburg",
         "revenue": "so um die 3 Millionen", "tech_stack": "Shopware und Klaviyo",
         "budget": "zwischen zwei- und dreitausend im Monat", "timing": "ab Februar", "name": "Katrin Petersen",
         "consent": "ja, passt", "email": "katrin@elbrad.de", "confirm": "passt"},
        lang="de",
        before={"budget": "Was kostet sowas bei Ihnen eigentlich? Wir hatten mal ein Angebot über 12.000, das war "
                          "uns zu teuer."},
        expect={"location.country": "DE", "industry": "retail_ecommerce", "authority.seniority": "c_level",
                "authority.role": "decision_maker", "company_size.min": 14, "budget.min": 2000,
                "budget.max": 3000, "budget.currency": "EUR", "budget.period": "month",
                "timing.horizon_days": month_span(2), "name": "Katrin Petersen",
                "email.address": "katrin@elbrad.de"},
        never={"company_size.min": (9, 2, 2012, 22765), "company_size.max": (9, 2012, 22765),
               "budget.min": (12000, 2012, 22765, 14, 9), "budget.max": (12000, 2012, 22765, 3000000),
               "budget.currency": ("USD",)},
        asked_twice=("budget",),
        unsaid=ENGLISH,
    ),
    Persona(
        "sébastien, writes Swiss French, fiduciary office, fewer new mandates this year, partner and manager, a "
        "dozen with apprentices, clients counted, a postcode, 4-5k in shorthand with francs unsaid, asks why the "
        "email is needed, early March, 'c'est juste', books a call, Lausanne",
        "Bonjour, nous sommes une fiduciaire à Lausanne : comptabilité, salaires et impôts pour les PME et les "
        "indépendants. Cette année, on a eu moins de nouveaux mandats que d'habitude.",
        {"need": "trouver de nouveaux clients PME, avec du référencement local, Google Ads et LinkedIn",
         "company": "Fiduciaire Léman Conseil SA", "authority": "je suis associé gérant, c'est moi qui décide",
         "industry": "fiduciaire, comptabilité et conseil fiscal",
         "company_size": "une douzaine, 12 avec les deux apprentis", "location": "Lausanne, 1003",
         "revenue": "environ 2 millions", "tech_stack": "Abacus et Excel",
         "budget": "4-5k par mois, on suit environ 300 clients donc ça doit rester raisonnable",
         "timing": "début mars", "name": "Sébastien Rochat", "consent": "oui, d'accord",
         "email": "s.rochat@leman-conseil.ch", "confirm": "c'est juste"},
        lang="fr",
        before={"email": "Pourquoi vous avez besoin de mon e-mail ?"},
        after=("Est-ce qu'on peut fixer un appel ?", "Le premier créneau me va."),
        # Head count: "une douzaine, 12 avec les deux apprentis": ten staff and two apprentices, or twelve.
        expect={"location.country": "CH", "industry": "professional_services", "authority.seniority": "c_level",
                "authority.role": "decision_maker", "company_size.min": Within(10, 12), "budget.min": 4000,
                "budget.max": 5000, "budget.currency": "CHF", "budget.period": "month",
                "timing.horizon_days": EARLY_MARCH, "name": "Sébastien Rochat",
                "email.address": "s.rochat@leman-conseil.ch"},
        never={"company_size.min": (300, 2, 1003), "company_size.max": (300, 1003),
               "budget.min": (300, 1003, 12, 2000000), "budget.max": (300, 1003, 2000000),
               "budget.currency": ("USD", "EUR")},
        asked_twice=("email",),
        unsaid=ENGLISH,
    ),
    Persona(
        "catalina, writes Chilean Spanish, group of dental clinics, fewer new patients this year, marketing manager, "
        "the board approves above a threshold, asks if it's a bot, last year's agency fee beside a range with pesos "
        "unsaid, clinics counted, a mobile number with her name, in March, 'sí po', books a call, Santiago",
        "Hola! Tenemos cuatro clínicas dentales en Santiago y este año han llegado menos pacientes nuevos. "
        "Queremos llenar más la agenda, sobre todo ortodoncia e implantes.",
        {"need": "campañas en Google y Meta, y una web donde los pacientes puedan agendar solos",
         "company": "Clínicas Dentales Sonrisa Andina",
         "authority": "soy la gerente de marketing, el directorio aprueba todo lo que pase de 5 millones",
         "industry": "salud, clínicas dentales",
         "company_size": "somos unos 70 entre dentistas, asistentes y recepción",
         "location": "Providencia, Santiago de Chile", "revenue": "unos 3.000 millones de pesos al año",
         "tech_stack": "Dentalink y Excel",
         "budget": "el año pasado le pagábamos 1,5 millones al mes a otra agencia, ahora queremos entre 2 y 2,5 "
                   "millones al mes",
         "timing": "en marzo, cuando todos vuelven de vacaciones",
         "name": "Catalina Rojas, mi celular es +56 9 8765 4321", "consent": "sí, dale",
         "email": "catalina.rojas@sonrisaandina.cl", "confirm": "sí po"},
        lang="es",
        before={"company": "oye, ¿esto es un bot o una persona?"},
        after=("¿Podemos agendar una llamada?", "El primero me sirve."),
        # Seniority: a Chilean "gerente de marketing" heads marketing: a manager, or a director.
        expect={"location.country": "CL", "industry": "healthcare",
                "authority.seniority": OneOf(("manager", "director")), "company_size.min": 70,
                "budget.min": 2000000, "budget.max": 2500000, "budget.currency": "CLP", "budget.period": "month",
                "timing.horizon_days": month_span(3), "name": "Catalina Rojas",
                "email.address": "catalina.rojas@sonrisaandina.cl"},
        never={"authority.role": ("decision_maker",), "company_size.min": (4,) + PHONE_CL,
               "company_size.max": (4,) + PHONE_CL,
               "budget.min": (1500000, 5000000, 70, 4, 3000000000) + PHONE_CL,
               "budget.max": (1500000, 5000000, 3000000000) + PHONE_CL, "budget.currency": ("USD",)},
        asked_twice=("company",),
        unsaid=ENGLISH,
    ),
    Persona(
        "fernanda, writes Brazilian Portuguese, builder of high-end houses, fewer sales this year, partner, asks for "
        "case studies, office staff and outsourced site workers, a CEP, since 2004, 80 mil a year cut to no máximo "
        "70 inside one message with reais unsaid, from June after the tax return, 'isso mesmo', Porto Alegre",
        "Oi! Somos uma construtora de casas de alto padrão em Porto Alegre, desde 2004. Este ano as vendas "
        "caíram bastante e queremos atrair mais clientes.",
        {"need": "leads de famílias que querem construir, com Google Ads, Instagram e um site novo com portfólio",
         "company": "Construtora Guaíba Ltda", "authority": "sou sócia, decido junto com meu sócio",
         "industry": "construção civil, residencial",
         "company_size": "uns 45 no escritório, mais uns 150 terceirizados nas obras",
         "location": "Porto Alegre, RS, CEP 90010-000", "revenue": "uns 30 milhões por ano",
         "tech_stack": "Sienge e planilhas",
         "budget": "a gente pensou em uns 80 mil por ano, mas meu sócio quer no máximo 70",
         "timing": "a partir de junho, depois da entrega do imposto de renda", "name": "Fernanda Lopes",
         "consent": "pode ser", "email": "fernanda@construtoraguaiba.com.br", "confirm": "isso mesmo"},
        lang="pt",
        before={"company_size": "Vocês têm algum case com construtoras?"},
        # Industry: building houses to sell is construction; a reader may file it under real estate.
        # Head count: 45 in the office, or with the outsourced site workers.
        # Budget min: "no máximo 70" is a cap (max only) or the partner's amount (min = max); the 80 mil is gone.
        expect={"location.country": "BR", "industry": OneOf(("construction", "real_estate")),
                "authority.seniority": "c_level", "authority.role": "decision_maker",
                "company_size.min": OneOf((45, 195)), "budget.min": OneOf((ABSENT, 70000)), "budget.max": 70000,
                "budget.currency": "BRL", "budget.period": "year", "timing.horizon_days": month_span(6),
                "name": "Fernanda Lopes", "email.address": "fernanda@construtoraguaiba.com.br"},
        never={"company_size.min": (150, 2004, 90010), "company_size.max": (150, 2004, 90010),
               "budget.min": (80000, 2004, 90010, 45, 150), "budget.max": (80000, 2004, 90010, 30000000),
               "budget.currency": ("USD",)},
        said=("brightline.example/case-studies",),
        asked_twice=("company_size",),
        unsaid=ENGLISH,
    ),
    Persona(
        "marco, writes Italian, removals company, lost two big clients this year, sales manager, his father the "
        "owner decides, skips the industry question, summer hands, a VAT number, a postcode, a one-off sui 15 mila "
        "massimo 18 with euros unsaid, September, says no to keeping his details, 'sì sì, giusto', Milan",
        "Buongiorno, abbiamo una ditta di traslochi a Milano, per privati e aziende, con un deposito a Segrate. "
        "Quest'anno abbiamo perso due clienti aziendali grossi.",
        {"need": "nuovi clienti aziendali per traslochi di uffici, con un sito nuovo e una campagna su Google",
         "company": "Traslochi Brambilla Srl, P.IVA 04829150963",
         "authority": "sono il responsabile commerciale, decide mio padre che è il titolare",
         "industry": ("preferisco saltare", "traslochi e depositi, quindi trasporti"),
         "company_size": "siamo 25, d'estate arriviamo a 35 con gli stagionali", "location": "Milano, 20138",
         "revenue": "circa 4 milioni", "tech_stack": "Excel e un gestionale fatto su misura",
         "budget": "per il sito e la campagna, in tutto sui 15 mila, massimo 18", "timing": "a settembre",
         "name": "Marco Brambilla", "consent": "no, preferisco di no", "email": "preferisco non lasciarla",
         "confirm": "sì sì, giusto"},
        lang="it",
        # Industry: moving goods is logistics.
        # Seniority: "responsabile commerciale" is a sales manager, or the head of sales (director).
        # Head count: 25, up to 35 in summer: either.
        # Budget: "sui 15 mila, massimo 18" is 15,000 hedged up to 18,000, or the 15,000 he gives; "in tutto"
        # (all told) is one payment, or no period.
        # He refused to have his details kept: no email may be stored.
        expect={"location.country": "IT", "industry": "logistics",
                "authority.seniority": OneOf(("manager", "director")), "company_size.min": OneOf((25, 35)),
                "budget.min": 15000, "budget.max": OneOf((15000, 18000)), "budget.currency": "EUR",
                "budget.period": OneOf(("one_time", ABSENT)), "timing.horizon_days": month_span(9),
                "email.address": ABSENT},
        never={"authority.role": ("decision_maker",), "company_size.min": (20138, 2) + PIVA,
               "company_size.max": (20138,) + PIVA, "budget.min": (20138, 25, 35, 4000000) + PIVA,
               "budget.max": (20138, 4000000) + PIVA, "budget.currency": ("USD",)},
        unsaid=ENGLISH,
    ),
    Persona(
        "sanne, writes Dutch (NL), heat pump installer, a head count that grew this year, marketing coordinator, the "
        "director decides, asks what it costs, installations counted, a KvK number, a postcode, what the old agency "
        "charged beside 4,5k, stops at the timing question, starts over, first quarter, 'klopt', Utrecht",
        "Hoi, wij installeren warmtepompen en zonnepanelen in de regio Utrecht. Dit jaar is het hard gegaan, we zijn "
        "gegroeid van 30 naar 42 man, maar de aanvragen lopen nu terug.",
        {"need": "meer aanvragen van huiseigenaren en VvE's, via Google Ads, SEO en een betere offertepagina",
         "company": "Warmtewerk Utrecht B.V., KvK 30219874",
         "authority": "ik ben marketingcoördinator, de directeur beslist",
         "industry": "installatietechniek, warmtepompen en zonnepanelen",
         "company_size": "42, begin dit jaar waren we nog 30", "location": "Utrecht, 3521 AB",
         "revenue": "zo'n 7 miljoen", "tech_stack": "HubSpot en WordPress",
         "budget": "ons vorige bureau kostte 3.000 per maand, we willen nu iets van 4,5k per maand",
         "timing": "in het eerste kwartaal van volgend jaar", "name": "Sanne de Vries", "consent": "ja prima",
         "email": "sanne@warmtewerk.nl", "confirm": "klopt"},
        lang="nl",
        before={"budget": "Wat kost zoiets eigenlijk bij jullie?", "timing": "stop even, ik moet een klant bellen"},
        after=("we hebben dit jaar trouwens 600 warmtepompen geplaatst",
               "ik ben er weer, kunnen we opnieuw beginnen?"),
        # Industry: installing heat pumps and solar panels is energy work done as building work: either.
        # Role: a coordinator whose director decides: an influencer, or a user; no rule settles which.
        expect={"location.country": "NL", "industry": OneOf(("energy", "construction")),
                "authority.seniority": "individual_contributor", "company_size.min": 42, "budget.min": 4500,
                "budget.max": 4500, "budget.currency": "EUR", "budget.period": "month",
                "timing.horizon_days": quarter_of_next_year(1), "name": "Sanne de Vries",
                "email.address": "sanne@warmtewerk.nl"},
        never={"authority.role": ("decision_maker",), "company_size.min": (30, 600, 3521) + KVK,
               "company_size.max": (600, 3521) + KVK, "budget.min": (3000, 600, 3521, 42, 30) + KVK,
               "budget.max": (3000, 600, 3521, 7000000) + KVK, "budget.currency": ("USD",)},
        asked_twice=("budget", "timing"),
        unsaid=ENGLISH,
    ),
]

# Personas who book a call, with the zone of the place they said they are in: the first time offered, which they
# pick, must show the booked start's clock there (Penang keeps Kuala Lumpur's time, eight hours ahead of UTC; Dubai
# four; Kingston five behind with no daylight saving; Lausanne keeps Zurich's; Santiago keeps summer time in
# December, three hours behind).
BOOKED_IN = {"aisyah": "Asia/Kuala_Lumpur", "omar": "Asia/Dubai", "shanice": "America/Jamaica",
             "sébastien": "Europe/Zurich", "catalina": "America/Santiago"}

# What the bot's answer to a visitor's own question must hold (any of the words, case ignored): a price asked is
# answered with the playbook's pricing text, which names USD; "is this a bot" names the bot somehow.
REPLY_HOLDS: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "aisyah": (("how much do you guys usually charge", ("USD",)),),
    "omar": (("am I chatting with a bot", ("bot", "assistant", "automated", "virtual")),),
    "katrin": (("Was kostet sowas bei Ihnen", ("USD",)),),
    "catalina": (("¿esto es un bot o una persona?", ("bot", "asistente", "virtual", "automátic")),),
    "sanne": (("Wat kost zoiets eigenlijk", ("USD",)),),
}
# And what it must not hold: a reason asked for is no price.
REPLY_LACKS: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "shanice": (("why do you need to know how many staff", ("USD",)),),
    "sébastien": (("Pourquoi vous avez besoin de mon e-mail", ("USD",)),),
}

# Required questions skipped, with the words of the skip: the question must come back.
SKIPS = {"shanice": ("pass", "authority"), "marco": ("preferisco saltare", "industry")}

# Personas still wrong after their first run, by id, with what came out wrong (``cases``).
STILL_WRONG: dict[str, str] = {
    "sébastien": "'Est-ce qu'on peut fixer un appel ?' after the form got 'L'un de nos consultants vous écrira "
                 "très bientôt pour vous proposer quelques créneaux', no times (re-run on 4d083a8; his 'c'est juste' "
                 "is taken now); (seen, unchecked: 'Cette année, ...' was noted as 'un démarrage en décembre 2026')",
}


@pytest.mark.parametrize("persona", cases(PERSONAS, STILL_WRONG))
def test_each_fifteenth_set_persona_s_lead_holds_what_they_said_and_nothing_invented(
        stack: Stack, playbook: Playbook, persona: Persona) -> None:
    play_and_check(stack, playbook, persona, booked_in=BOOKED_IN, reply_holds=REPLY_HOLDS, reply_lacks=REPLY_LACKS,
                   skips=SKIPS, every_line_means=True)
