"""Twelve more visitors, written blind and given to the fixers, played through the real Rasa, action server and lead service.

A seventeenth set (issue 14): six English visitors (from Columbus in Ohio,
Galway, Bristol, the east coast of Tasmania, Auckland and Lagos) and one each
writing German (Seiffen in Saxony), Belgian French (Herstal, by Liège),
Spanish from Spain (Valencia), Italian (Anzola dell'Emilia, by Bologna),
Brazilian Portuguese (Recife) and Dutch from the Netherlands (Sneek), in
trades the earlier sets' docstrings do not name: a managed IT and
cybersecurity provider, an organic skincare brand, a wholesale bakery, an
oyster farm, a campervan hire firm, a student (disqualified), a wooden toy
maker, a maker and fitter of window frames, an academy preparing civil
service exams, a maker of gelato machines, a chain of opticians and a
builder of steel motor yachts. One answers most questions in one long first
message, with a yearly budget in dollars beside what his clients pay a
month; one corrects her budget twice (inside the answer, then at the timing
question); one asks to talk to a person mid-form; budgets come monthly
("2.5k a month", "uns 15 mil por mês"), yearly ("$60k for the year",
"50 mila l'anno", "entre quinze et vingt mille sur l'année") and one-off
("around 40 grand all up"); numbers that are no budget: an agency's quote
found too dear, last year's spend on fairs or on Facebook, what clients pay,
oysters harvested (said after a stop), students, boats delivered, vans and
shops counted, export countries, phone numbers, postcodes, founding years; a
head count with contract drivers or a harvest crew; they ask whether it is a
bot, what it costs, why it needs their revenue and for references; they
answer confirmations with their own short yes ("yep that's right",
"yes that's right", "correct", "yep, all correct", "yeah that's it", "jawohl", "oui, exact", "eso es",
"perfetto, sì", "tá certo", "ja, klopt helemaal") and the privacy question
with a short no ("no, gracias"), skip a required question, stop and start
again, and book calls from Columbus, Tasmania, Auckland, Herstal and Recife,
whose times must be shown in their own zone. A student must be sent off with
the playbook's content offers and a friendly goodbye (issue 14). Amounts
carry no currency word where the country has its own, and take that
currency (EUR, GBP, AUD, NZD, BRL: issue 14). Each lists what the stored
lead must hold and the values it must never hold, labelled only from what
the visitor said, the lead contract and issue 14; where no rule settles a
label, the check accepts either reading (``OneOf``, ``Within``) with the
reason beside it. A failure names what came out wrong.

Vague dates are checked as a span of days counted from today (the
conversation's date), so the personas hold on any day they are played.
They were written blind (V17, 2026-12-05), without reading bot/actions,
bot/data, nlu/, qualification/, tests/nlu or the tenth, eleventh and
fourteenth held-out sets, and committed before running them (c874be4).
First run, on c874be4 (2026-12-05 18:55 UTC; the checkout held other helpers' uncommitted bot/actions/booking.py,
bot/actions/form.py and nlu/headcount.py, identity.py, money.py, not_the_budget.py, numbers.py, timing.py and
titles.py): 3 of 12 (dana, chidi, pilar). The nine others stay strict xfails naming what came out wrong
(``STILL_WRONG``); no script, label or check was changed after the run. Where a wrong heard value was confirmed, it
was confirmed by the persona's scripted yes: the bot still invented it.
Two checks are the script's, not the bot's: the playbook never asks the revenue question, so kiri's "why do you
need our revenue?" and mia's stop, both keyed to it, were never said ("the visitor never said ...", "revenue was
asked 0 time(s)"). Kiri fails on that alone; her lead came out right. Mia's other lines were still played, as
``after`` once the form ended, and show faults of the bot's own: "we harvested about 2 million oysters this year
btw" was said back as "a budget of about A$2M a year", the fresh form heard her industry as retail from "so we can
sell direct", and "first one thanks" at the times got "You're welcome!" and no booking.
Seen in that run and checked by nothing here: niamh's "sales on the website have been flat" was noted as help with
her website and the need question never asked; tom's "can I just speak to a real person instead of filling this
in?" got "I'm not sure about that one, I'm afraid" (its "put you in touch with our team" met the check's words);
olivier's "un site qui convertit mieux" was noted as a tool he uses (Convertkit), his "pour fin février, avant la
saison" got "Désolé, je n'ai pas compris" once and was taken when said again, and his "On peut fixer un appel ?"
got a promise of an email, not times; dana's "LinkedIn ads" was noted as a tool; kiri, not offered times, got an
email promise to "can I book a call?".
Run again with the strict xfails (18:57 UTC, same tree): 3 passed, 9 xfailed.
"""

from __future__ import annotations

import re

import pytest

from harness.stack import Stack, Visitor
from qualification import Playbook
from tests.bot.personas import (
    ABSENT,
    ENGLISH,
    OneOf,
    Persona,
    cases,
    end_of,
    mid_month,
    month_span,
    not_understood_problems,
    own_yes_problems,
    play,
    play_and_check,
    question,
    wrong,
)

pytestmark = pytest.mark.slow

# Tom's number (0117 496 0123), as a careless reader might take its digits.
PHONE_UK = (117, 496, 123, 4960123, 1174960123)
# Kiri's mobile (021 555 0193).
PHONE_NZ = (21, 555, 193, 5550193, 215550193)
# Renata's WhatsApp ((81) 98765-4321).
PHONE_BR = (81, 98765, 4321, 987654321, 81987654321)


PERSONAS = [
    Persona(
        "dana, managed IT and cybersecurity provider, answers most questions in one long first message, VP of "
        "sales who owns the budget, $60k for the year beside what clients pay a month and clients signed last year, "
        "mid-January, 'yep that's right', books a call, Columbus Ohio",
        "Hi there - Dana Whitfield here, VP of Sales at Ridgeline Secure. We're a managed IT and cybersecurity "
        "provider in Columbus, Ohio, about 85 people. We need a steady flow of qualified leads from mid-size "
        "manufacturers and hospitals, mainly LinkedIn ads and better SEO. I own the marketing budget and we've set "
        "aside $60k for the year. Ideally someone starts by mid-January. FYI our avg contract is $2,500/mo and we "
        "signed 40 new clients last year.",
        {
            "need": "qualified leads from mid-size manufacturers and hospitals - LinkedIn ads and SEO",
            "company": "Ridgeline Secure",
            "authority": "VP of Sales, I own the marketing budget",
            "industry": "managed IT services and cybersecurity",
            "company_size": "about 85",
            "location": "Columbus, Ohio",
            "revenue": "around 22M",
            "tech_stack": "HubSpot and ConnectWise",
            "budget": "$60k for the year",
            "timing": "by mid-January",
            "name": "Dana Whitfield",
            "consent": "sure",
            "email": "dana.whitfield@ridgelinesecure.com",
            "confirm": "yep that's right",
        },
        after=("can we book a call?", "the first one works"),
        # Industry: managed IT and security services are sold as software and services: either.
        # Role: 'I own the marketing budget' is his decision.
        expect={
            "location.country": "US",
            "industry": OneOf(("software", "professional_services")),
            "authority.seniority": "vp",
            "authority.role": "decision_maker",
            "company_size.min": 85,
            "budget.min": 60000,
            "budget.max": 60000,
            "budget.currency": "USD",
            "budget.period": "year",
            "timing.horizon_days": mid_month(1),
            "name": "Dana Whitfield",
            "email.address": "dana.whitfield@ridgelinesecure.com",
        },
        never={
            "company_size.min": (40,),
            "company_size.max": (40,),
            "budget.min": (2500, 40, 85, 22000000),
            "budget.max": (2500, 22000000),
            "budget.period": ("month",),
        },
    ),
    Persona(
        "niamh, organic skincare brand selling online, asks if it's a bot in her opening, founder, a budget "
        "corrected twice (3k to 4k inside the answer, then 3.5k at the timing question) with euros unsaid, from "
        "February, 'yes that's right', Galway",
        "hi, quick q first - are you a bot or a real person? we make organic skincare in Galway and sell mostly "
        "online, sales on the website have been flat this year",
        {
            "need": "more online sales - facebook and instagram ads and email marketing, our flows are a mess",
            "company": "Wild Atlantic Botanicals",
            "authority": "founder and CEO",
            "industry": "skincare, we make it ourselves and sell it online",
            "company_size": "14 of us",
            "location": "Galway, Ireland",
            "revenue": "about 1.8m last year",
            "tech_stack": "Shopify and Klaviyo",
            "budget": "3k a month, hmm no, say 4k a month",
            "timing": "from February. oh and one more change on the budget, talked to our accountant, 3.5k a month "
            "is the real number",
            "name": "Niamh Gallagher",
            "consent": "yes",
            "email": "niamh@wildatlanticbotanicals.ie",
            "confirm": "yes that's right",
        },
        # Industry: a brand that makes its products and sells them online: either.
        expect={
            "location.country": "IE",
            "industry": OneOf(("retail_ecommerce", "manufacturing")),
            "authority.seniority": "c_level",
            "company_size.min": 14,
            "budget.min": 3500,
            "budget.max": 3500,
            "budget.currency": "EUR",
            "budget.period": "month",
            "timing.horizon_days": month_span(2),
            "name": "Niamh Gallagher",
            "email.address": "niamh@wildatlanticbotanicals.ie",
        },
        never={
            "budget.min": (3000, 4000, 14, 1800000),
            "budget.max": (3000, 4000, 1800000),
            "budget.currency": ("USD", "GBP"),
        },
    ),
    Persona(
        "tom, wholesale bakery, head of sales and the MD signs off, asks to talk to a real person at the head count "
        "question, contract drivers, a postcode, 2.5k a month with pounds unsaid, a phone number with his name, "
        "January after the Christmas orders, 'correct', Bristol",
        "Hello, we're a wholesale bakery in Bristol supplying cafes, delis and a few farm shops. We'd like to win "
        "more wholesale accounts across the South West.",
        {
            "need": "more wholesale accounts - a proper website with an order form, google ads and some linkedin",
            "company": "Harbourside Bakehouse Ltd",
            "authority": "Head of Sales, but the MD signs off on any spend",
            "industry": "bakery, food production",
            "company_size": "32, plus 6 delivery drivers on contract",
            "location": "Bristol BS3 4AG",
            "revenue": "about 4.5m turnover",
            "tech_stack": "Sage and spreadsheets",
            "budget": "2.5k a month",
            "timing": "January, once the Christmas orders are done",
            "name": "Tom Pearce, ring me on 0117 496 0123 if easier",
            "consent": "yes fine",
            "email": "tom.pearce@harbourside-bakehouse.co.uk",
            "confirm": "correct",
        },
        before={"company_size": "sorry, can I just speak to a real person instead of filling this in?"},
        # Industry: a bakery baking for others to sell is food manufacturing.
        # Head count: 32 staff, or 38 with the drivers on contract.
        expect={
            "location.country": "GB",
            "industry": "manufacturing",
            "authority.seniority": "director",
            "company_size.min": OneOf((32, 38)),
            "budget.min": 2500,
            "budget.max": 2500,
            "budget.currency": "GBP",
            "budget.period": "month",
            "timing.horizon_days": month_span(1),
            "name": "Tom Pearce",
            "email.address": "tom.pearce@harbourside-bakehouse.co.uk",
        },
        never={
            "authority.role": ("decision_maker",),
            "company_size.min": (6, 3, 4) + PHONE_UK,
            "company_size.max": (6, 3, 4) + PHONE_UK,
            "budget.min": (32, 38, 3, 4, 4500000) + PHONE_UK,
            "budget.max": (4500000,) + PHONE_UK,
            "budget.currency": ("USD",),
        },
    ),
    Persona(
        "mia, oyster farm, co-owner, stops at the revenue question, oysters harvested after the stop, starts over, "
        "a harvest crew, a postcode, around 40 grand all up with dollars unsaid, by March before Easter, "
        "'yep, all correct', books a call, Tasmania",
        "hey there, we farm oysters on the east coast of Tassie and sell to restaurants in Sydney and Melbourne, "
        "want to start selling direct to the public online too",
        {
            "need": "a shopify store with ads and some email marketing so we can sell direct",
            "company": "Freycinet Rock Oysters",
            "authority": "co-owner with my brother, we decide together",
            "industry": "aquaculture, oyster farming",
            "company_size": "11 full time, more at harvest",
            "location": "Swansea, Tasmania 7190",
            "revenue": "about 3 mil",
            "tech_stack": "xero and square",
            "budget": "around 40 grand all up to get it going",
            "timing": "before Easter, so by March",
            "name": "Mia Kovac",
            "consent": "yep",
            "email": "mia@freycinetrockoysters.com.au",
            "confirm": "yep, all correct",
        },
        before={"revenue": "sorry stop, gotta head out to the leases, tide's turning"},
        after=(
            "we harvested about 2 million oysters this year btw",
            "ok I'm back, can we start again?",
            "can we book a call?",
            "first one thanks",
        ),
        # Industry: farming oysters is farming (agriculture), or a trade the labels do not name.
        # Budget: 'all up to get it going' is one payment, or no period said.
        expect={
            "location.country": "AU",
            "industry": OneOf(("agriculture", "other")),
            "authority.seniority": "c_level",
            "authority.role": "decision_maker",
            "company_size.min": 11,
            "budget.min": 40000,
            "budget.max": 40000,
            "budget.currency": "AUD",
            "budget.period": OneOf(("one_time", ABSENT)),
            "timing.horizon_days": month_span(3),
            "name": "Mia Kovac",
            "email.address": "mia@freycinetrockoysters.com.au",
        },
        never={
            "company_size.min": (2000000, 7190),
            "company_size.max": (2000000, 7190),
            "budget.min": (2000000, 7190, 11, 3000000),
            "budget.max": (2000000, 7190, 3000000),
            "budget.currency": ("USD",),
        },
        asked_twice=("revenue",),
    ),
    Persona(
        "kiri, campervan hire, marketing manager who reports to the owners, vans counted, asks why the revenue is "
        "needed and would rather not say, an agency's quote found too dear beside 6 to 8k a month with dollars "
        "unsaid, a mobile number with her name, by the end of December, 'yeah that's it', books a call, Auckland",
        "kia ora, we hire out campervans from our depot near Auckland airport, mostly to overseas tourists. "
        "bookings for the summer are softer than we hoped",
        {
            "need": "google ads in germany, the uk and the US plus SEO for our booking site",
            "company": "Long White Campers",
            "authority": "marketing manager, I report to the owners who approve big spends",
            "industry": "tourism, campervan rental",
            "company_size": "45 staff and 180 vans",
            "location": "Māngere, Auckland",
            "revenue": "rather not say",
            "tech_stack": "Rentall and Mailchimp",
            "budget": "another agency quoted us 15k a month which is nuts, we're thinking 6 to 8k a month",
            "timing": "ideally by the end of December, before the peak",
            "name": "Kiri Walker, mobile 021 555 0193",
            "consent": "yep sweet",
            "email": "kiri@longwhitecampers.co.nz",
            "confirm": "yeah that's it",
        },
        before={"revenue": "why do you need our revenue?"},
        after=("can I book a call?", "the first one"),
        # Industry: vehicle hire to tourists is tourism (beside hotels), or a trade the labels do not name.
        expect={
            "location.country": "NZ",
            "industry": OneOf(("hospitality", "other")),
            "authority.seniority": "manager",
            "company_size.min": 45,
            "revenue.min": ABSENT,
            "budget.min": 6000,
            "budget.max": 8000,
            "budget.currency": "NZD",
            "budget.period": "month",
            "timing.horizon_days": end_of(12),
            "name": "Kiri Walker",
            "email.address": "kiri@longwhitecampers.co.nz",
        },
        never={
            "authority.role": ("decision_maker",),
            "company_size.min": (180,) + PHONE_NZ,
            "company_size.max": (180,) + PHONE_NZ,
            "budget.min": (15000, 180, 45) + PHONE_NZ,
            "budget.max": (15000,) + PHONE_NZ,
            "budget.currency": ("USD", "AUD"),
        },
    ),
    Persona(
        "chidi, a final-year student writing a project on chatbots (disqualified), no budget, a project due in "
        "February that is no buying date, must get the content offers and a friendly goodbye, Lagos",
        "Good afternoon. I am a final year marketing student at UNILAG and I'm writing my project on chatbots for "
        "lead generation. Please can I ask a few questions about how your bot works?",
        {
            "need": "it's for my school project on chatbots",
            "company": "no company, I'm a student at UNILAG",
            "authority": "student",
            "industry": "none, I'm a student",
            "company_size": "just me",
            "location": "Lagos, Nigeria",
            "revenue": "none",
            "tech_stack": "none",
            "budget": "no budget o, I'm a student 😅",
            "timing": "my project is due in February",
            "name": "Chidi Okeke",
            "consent": "ok",
            "email": "chidi.okeke@gmail.com",
            "confirm": "yes",
        },
        # A student who is sent on his way has said nothing the contract asks to keep: a lead or none
        # (EITHER_WAY); if one is stored it holds no budget, no buying date, no decision.
        expect={"budget.min": ABSENT, "budget.max": ABSENT, "timing.horizon_days": ABSENT},
        never={"authority.role": ("decision_maker",)},
    ),
    Persona(
        "jens, writes German, wooden toy maker, managing director who decides with his sister, asks for references, "
        "last year's spend on fairs beside 1.500 bis 2.000 im Monat with euros unsaid, a postcode, since 1987, "
        "autumn helpers, from March after the toy fair, 'jawohl', Seiffen in Saxony",
        "Guten Tag, wir sind eine Holzspielzeug-Manufaktur im Erzgebirge, seit 1987 in Familienhand. Auf den "
        "Weihnachtsmärkten läuft es gut, aber online verkaufen wir fast nichts.",
        {
            "need": "Mehr Umsatz im eigenen Onlineshop, mit Google Shopping und Instagram",
            "company": "Seiffener Holzkunst Richter GmbH",
            "authority": "Ich bin Geschäftsführer, ich entscheide das zusammen mit meiner Schwester",
            "industry": "Spielwaren, wir drechseln und bemalen alles selbst",
            "company_size": "23 Mitarbeiter, im Herbst kommen Aushilfen dazu",
            "location": "Seiffen, 09548 Sachsen",
            "revenue": "rund 2,4 Millionen",
            "tech_stack": "Shopware und DATEV",
            "budget": "Letztes Jahr haben wir 9.000 für Messen ausgegeben. Fürs Online-Marketing dachten wir an "
            "1.500 bis 2.000 im Monat",
            "timing": "ab März, nach der Spielwarenmesse",
            "name": "Jens Richter",
            "consent": "in Ordnung",
            "email": "j.richter@holzkunst-richter.de",
            "confirm": "jawohl",
        },
        lang="de",
        before={"budget": "Haben Sie Referenzen von Handwerksbetrieben oder Onlineshops?"},
        # Industry: toys turned and painted in their own workshop are made there (manufacturing), and sold online.
        expect={
            "location.country": "DE",
            "industry": OneOf(("manufacturing", "retail_ecommerce")),
            "authority.seniority": "c_level",
            "authority.role": "decision_maker",
            "company_size.min": 23,
            "budget.min": 1500,
            "budget.max": 2000,
            "budget.currency": "EUR",
            "budget.period": "month",
            "timing.horizon_days": month_span(3),
            "name": "Jens Richter",
            "email.address": "j.richter@holzkunst-richter.de",
        },
        never={
            "company_size.min": (1987, 9548),
            "company_size.max": (1987, 9548),
            "budget.min": (9000, 1987, 9548, 23, 2400000),
            "budget.max": (9000, 1987, 9548, 2400000),
            "budget.currency": ("USD",),
        },
        asked_twice=("budget",),
        unsaid=ENGLISH,
    ),
    Persona(
        "olivier, writes Belgian French, maker and fitter of window frames, asks if it's a robot in his opening, "
        "administrateur délégué, septante-cinq in words, a postcode, entre quinze et vingt mille sur l'année with "
        "euros unsaid, by the end of February, 'oui, exact', books a call, Herstal by Liège",
        "Bonjour, on fabrique et on pose des châssis PVC et alu en province de Liège. Vous êtes un robot ou une "
        "vraie personne ?",
        {
            "need": "plus de demandes de devis de particuliers, via Google Ads et Facebook, et un site qui convertit "
            "mieux",
            "company": "Châssis Meuse SRL",
            "authority": "je suis administrateur délégué, c'est moi qui décide",
            "industry": "menuiserie, fabrication et pose de châssis",
            "company_size": "septante-cinq, dont une vingtaine de poseurs",
            "location": "Herstal, 4040",
            "revenue": "environ 11 millions",
            "tech_stack": "Odoo",
            "budget": "entre quinze et vingt mille sur l'année",
            "timing": "pour fin février, avant la saison",
            "name": "Olivier Lambert",
            "consent": "oui",
            "email": "o.lambert@chassis-meuse.be",
            "confirm": "oui, exact",
        },
        lang="fr",
        after=("On peut fixer un appel ?", "Le premier me convient."),
        # Industry: frames made in their own workshop and fitted on site: either.
        expect={
            "location.country": "BE",
            "industry": OneOf(("manufacturing", "construction")),
            "authority.seniority": "c_level",
            "authority.role": "decision_maker",
            "company_size.min": 75,
            "budget.min": 15000,
            "budget.max": 20000,
            "budget.currency": "EUR",
            "budget.period": "year",
            "timing.horizon_days": end_of(2),
            "name": "Olivier Lambert",
            "email.address": "o.lambert@chassis-meuse.be",
        },
        never={
            "company_size.min": (20, 4040),
            "company_size.max": (20, 4040),
            "budget.min": (4040, 75, 11000000),
            "budget.max": (4040, 11000000),
            "budget.currency": ("USD",),
        },
        unsaid=ENGLISH,
    ),
    Persona(
        "pilar, writes Spanish from Spain, academy preparing civil service exams, students counted, director and "
        "partner, last year's Facebook spend beside unos 2.000 al mes with euros unsaid, teachers and office staff, "
        "from January, says a short no to keeping her details, 'eso es', Valencia",
        "Hola, somos una academia de oposiciones en Valencia, sobre todo para docentes y policía, con unos 1.200 "
        "alumnos. Este año han bajado las matrículas.",
        {
            "need": "captar más alumnos con Google y redes sociales, y automatizar los emails",
            "company": "Academia Turia Oposiciones",
            "authority": "soy la directora y socia",
            "industry": "formación, preparamos oposiciones",
            "company_size": "somos 18 profes y 4 en administración",
            "location": "Valencia",
            "revenue": "1,1 millones más o menos",
            "tech_stack": "Moodle y Mailchimp",
            "budget": "el año pasado gastamos 18.000 en Facebook y no funcionó; ahora pensamos en unos 2.000 al mes",
            "timing": "a partir de enero",
            "name": "Pilar Sanchis",
            "consent": "no, gracias",
            "email": "prefiero no darlo",
            "confirm": "eso es",
        },
        lang="es",
        # Head count: 18 teachers, or 22 with the office.
        # She refused to have her details kept: no email may be stored.
        expect={
            "location.country": "ES",
            "industry": "education",
            "authority.seniority": "c_level",
            "company_size.min": OneOf((18, 22)),
            "budget.min": 2000,
            "budget.max": 2000,
            "budget.currency": "EUR",
            "budget.period": "month",
            "timing.horizon_days": month_span(1),
            "email.address": ABSENT,
        },
        never={
            "company_size.min": (1200, 4),
            "company_size.max": (1200,),
            "budget.min": (18000, 1200, 18, 22, 1100000),
            "budget.max": (18000, 1200, 1100000),
            "budget.currency": ("USD",),
        },
        unsaid=ENGLISH,
    ),
    Persona(
        "paolo, writes Italian, maker of gelato machines, export countries, founded 1962, marketing director and the "
        "CEO decides, asks what they cost, a postcode, 50 mila l'anno with euros unsaid, from February after the "
        "Sigep fair, 'perfetto, sì', Anzola dell'Emilia by Bologna",
        "Buongiorno, siamo un'azienda di Anzola dell'Emilia, vicino a Bologna, che produce macchine per il gelato "
        "artigianale. Fondata nel 1962, esportiamo in 60 paesi.",
        {
            "need": "generare contatti di gelaterie e distributori all'estero, con LinkedIn, Google Ads e un sito in "
            "più lingue",
            "company": "Frigomeccanica Emiliana Spa",
            "authority": "sono il direttore marketing, decide l'amministratore delegato",
            "industry": "produzione di macchinari",
            "company_size": "circa 140 dipendenti",
            "location": "Anzola dell'Emilia, 40011 Bologna",
            "revenue": "sui 38 milioni",
            "tech_stack": "SAP e Salesforce",
            "budget": "pensavamo a 50 mila l'anno, tutto compreso",
            "timing": "dopo il Sigep di gennaio, quindi da febbraio",
            "name": "Paolo Venturi",
            "consent": "va bene",
            "email": "p.venturi@frigoemiliana.it",
            "confirm": "perfetto, sì",
        },
        lang="it",
        before={"timing": "Ma voi quanto costate, più o meno?"},
        expect={
            "location.country": "IT",
            "industry": "manufacturing",
            "authority.seniority": "director",
            "company_size.min": 140,
            "budget.min": 50000,
            "budget.max": 50000,
            "budget.currency": "EUR",
            "budget.period": "year",
            "timing.horizon_days": month_span(2),
            "name": "Paolo Venturi",
            "email.address": "p.venturi@frigoemiliana.it",
        },
        never={
            "authority.role": ("decision_maker",),
            "company_size.min": (60, 1962, 40011),
            "company_size.max": (60, 1962, 40011),
            "budget.min": (60, 1962, 40011, 140, 38000000),
            "budget.max": (60, 1962, 40011, 38000000),
            "budget.currency": ("USD",),
        },
        asked_twice=("timing",),
        unsaid=ENGLISH,
    ),
    Persona(
        "renata, writes Brazilian Portuguese, chain of opticians, shops counted, marketing manager and the owner "
        "approves, asks what it costs, uns 15 mil por mês with reais unsaid, a WhatsApp number with her name, "
        "after Carnival in March, 'tá certo', books a call, Recife",
        "Olá! Temos uma rede de óticas no Recife, são 8 lojas. Quero vender mais óculos de grau e lentes pelo "
        "Instagram e pelo WhatsApp.",
        {
            "need": "anúncios no Instagram e no Google e um funil no WhatsApp para agendar exame de vista",
            "company": "Óticas Capibaribe",
            "authority": "sou gerente de marketing, quem aprova é o dono",
            "industry": "varejo óptico",
            "company_size": "umas 60 pessoas nas 8 lojas",
            "location": "Recife, PE",
            "revenue": "uns 12 milhões por ano",
            "tech_stack": "RD Station e planilhas",
            "budget": "uns 15 mil por mês",
            "timing": "depois do Carnaval, em março",
            "name": "Renata Albuquerque, meu WhatsApp é (81) 98765-4321",
            "consent": "pode",
            "email": "renata@oticascapibaribe.com.br",
            "confirm": "tá certo",
        },
        lang="pt",
        before={"budget": "Quanto custa o serviço de vocês?"},
        after=("Dá pra marcar uma ligação?", "O primeiro horário serve."),
        # Industry: opticians sell glasses in shops and test eyes: either.
        expect={
            "location.country": "BR",
            "industry": OneOf(("retail_ecommerce", "healthcare")),
            "authority.seniority": "manager",
            "company_size.min": 60,
            "budget.min": 15000,
            "budget.max": 15000,
            "budget.currency": "BRL",
            "budget.period": "month",
            "timing.horizon_days": month_span(3),
            "name": "Renata Albuquerque",
            "email.address": "renata@oticascapibaribe.com.br",
        },
        never={
            "authority.role": ("decision_maker",),
            "company_size.min": (8,) + PHONE_BR,
            "company_size.max": (8,) + PHONE_BR,
            "budget.min": (8, 60, 12000000) + PHONE_BR,
            "budget.max": (12000000,) + PHONE_BR,
            "budget.currency": ("USD",),
        },
        asked_twice=("budget",),
        unsaid=ENGLISH,
    ),
    Persona(
        "sjoerd, writes Dutch (NL), builder of steel motor yachts, boats delivered, since 1978, commercial director "
        "who decides with the owner, skips the industry question, tussen de 3 en 4 duizend per maand with euros "
        "unsaid, in spring (April), 'ja, klopt helemaal', Sneek",
        "Goedemiddag, wij bouwen stalen motorjachten in Friesland, al sinds 1978. Vorig jaar hebben we 14 boten "
        "opgeleverd, maar de orderportefeuille voor 2027 is dunner dan normaal.",
        {
            "need": "meer aanvragen uit Duitsland en Scandinavië, met Google Ads, een meertalige website en LinkedIn",
            "company": "Jachtwerf De Fryske Mar B.V.",
            "authority": "ik ben commercieel directeur, samen met de eigenaar beslissen we",
            "industry": ("sla maar over", "jachtbouw, dus scheepsbouw"),
            "company_size": "38 man",
            "location": "Sneek",
            "revenue": "zo'n 16 miljoen",
            "tech_stack": "Exact en Excel",
            "budget": "tussen de 3 en 4 duizend per maand",
            "timing": "in het voorjaar, april",
            "name": "Sjoerd Hoekstra",
            "consent": "ja hoor",
            "email": "sjoerd@fryskemar.nl",
            "confirm": "ja, klopt helemaal",
        },
        lang="nl",
        # Role: he decides together with the owner: a decision maker, or one who weighs in.
        # Timing: 'de orderportefeuille voor 2027' is the yard's order book, no start; his start is April.
        expect={
            "location.country": "NL",
            "industry": "manufacturing",
            "authority.seniority": "director",
            "authority.role": OneOf(("decision_maker", "influencer")),
            "company_size.min": 38,
            "budget.min": 3000,
            "budget.max": 4000,
            "budget.currency": "EUR",
            "budget.period": "month",
            "timing.horizon_days": month_span(4),
            "name": "Sjoerd Hoekstra",
            "email.address": "sjoerd@fryskemar.nl",
        },
        never={
            "company_size.min": (14, 1978, 2027),
            "company_size.max": (14, 1978, 2027),
            "budget.min": (14, 1978, 2027, 38, 16000000),
            "budget.max": (14, 1978, 2027, 16000000),
            "budget.currency": ("USD",),
        },
        unsaid=ENGLISH,
    ),
]

# Personas who book a call, with the zone of the place they said they are in: the first time offered, which they
# pick, must show the booked start's clock there (Columbus keeps New York's time; Tasmania keeps Hobart's summer
# time in December, eleven hours ahead of UTC; Auckland thirteen; Herstal keeps Brussels'; Recife three behind
# with no daylight saving).
BOOKED_IN = {
    "dana": "America/New_York",
    "mia": "Australia/Hobart",
    "kiri": "Pacific/Auckland",
    "olivier": "Europe/Brussels",
    "renata": "America/Recife",
}

# What the bot's answer to a visitor's own question must hold (any of the words, case ignored): a price asked is
# answered with the playbook's pricing text, which names USD; "is this a bot" names the bot somehow; a person asked
# for is offered one (a call, a colleague, the team); references asked for are pointed to (a link or the word).
REPLY_HOLDS: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "niamh": (("are you a bot or a real person", ("bot", "assistant", "automated", "virtual")),),
    "tom": (("can I just speak to a real person", ("call", "colleague", "team", "consultant", "human")),),
    "kiri": (("why do you need our revenue", ("revenue", "size", "fit", "help", "tailor", "understand")),),
    "jens": (("Haben Sie Referenzen", ("brightline.example", "Referenz", "Fallstudie", "Kunden")),),
    "olivier": (("Vous êtes un robot ou une vraie personne", ("bot", "robot", "assistant", "virtuel", "automatis")),),
    "paolo": (("Ma voi quanto costate", ("USD",)),),
    "renata": (("Quanto custa o serviço de vocês", ("USD",)),),
}
# And what it must not hold: a reason asked for is no price.
REPLY_LACKS: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "kiri": (("why do you need our revenue", ("USD",)),),
}

# Required questions skipped, with the words of the skip: the question must come back.
SKIPS = {"sjoerd": ("sla maar over", "industry")}

# Visitors the bot disqualifies: a lead may or may not be stored, and they must be offered content and leave with
# a friendly goodbye (issue 14: "Disqualified and not-ready visitors get the playbook's content offers ... and a
# friendly goodbye").
DISQUALIFIED = {"chidi"}
# A link to one of the playbook's content offers (not the privacy notice or other legal pages).
CONTENT_LINK = re.compile(r"brightline\.example/(?![\w/-]*(?:privacy|legal|terms|cookie))[\w/-]+")
GOODBYE = ("good luck", "best of luck", "all the best", "bye", "take care", "thanks", "thank you")

# Personas still wrong after their first run, by id, with what came out wrong (``cases``).
STILL_WRONG: dict[str, str] = {
    "niamh": "industry 'other' for 'skincare, we make it ourselves and sell it online' (a maker selling online)",
    "tom": "industry 'retail_ecommerce' for a wholesale bakery (heard from 'supplying cafes, delis and a few farm "
    "shops' and confirmed); company_size 6 from '32, plus 6 delivery drivers on contract'",
    "mia": "(the script's: revenue is never asked, so her stop was never said) '2 million oysters this year' after "
    "the form said back as 'a budget of about A$2M a year'; after 'can we start again?' industry 'retail_ecommerce' "
    "from 'so we can sell direct' (agriculture before); 'first one thanks' at the times got 'You're welcome!', no "
    "booking",
    "kiri": "the script's: the playbook never asks revenue, so 'why do you need our revenue?' was never said; her "
    "lead came out right",
    "jens": "budget.currency 'INR', not 'EUR', for '1.500 bis 2.000 im Monat' from a visitor in Seiffen, Saxony "
    "(noted 'einen Sitz in Deutschland')",
    "olivier": "authority.seniority 'unknown' for 'administrateur délégué, c'est moi qui décide' (Belgian managing "
    "director, c_level); 'pour fin février, avant la saison' first got 'Désolé, je n'ai pas compris'",
    "paolo": "industry 'hospitality' for a maker of gelato machines (his clients, 'gelaterie', in the need answer)",
    "renata": "name absent: 'Renata Albuquerque, meu WhatsApp é (81) 98765-4321' got the no-phone line, then "
    "'Desculpe, não entendi. Como você se chama?', and again, then 'vamos seguir em frente'",
    "sjoerd": "industry 'other' for 'jachtbouw, dus scheepsbouw'; timing 26 days ('een start vóór eind december "
    "2026') from 'de orderportefeuille voor 2027 is dunner dan normaal', confirmed, so the timing question (April) "
    "was never asked",
}


def disqualified_problems(v: Visitor, playbook: Playbook, persona: Persona) -> list[str]:
    """A disqualified visitor is linked a content offer and the bot's last word is a friendly goodbye asking nothing."""
    bot = "\n".join(answer for _, answer in v.transcript)
    problems = [] if CONTENT_LINK.search(bot) else ["no content offer was linked to the disqualified visitor"]
    last = v.transcript[-1][1] if v.transcript else ""
    if question(last, playbook, persona.lang) is not None or not any(w in last.lower() for w in GOODBYE):
        problems.append(f"the last answer is no friendly goodbye: {last!r}")
    return problems


@pytest.mark.parametrize("persona", cases(PERSONAS, STILL_WRONG))
def test_each_seventeenth_set_persona_s_lead_holds_what_they_said_and_nothing_invented(
    stack: Stack, playbook: Playbook, persona: Persona
) -> None:
    name = persona.name.split(",")[0]
    if name not in DISQUALIFIED:
        play_and_check(
            stack,
            playbook,
            persona,
            booked_in=BOOKED_IN,
            reply_holds=REPLY_HOLDS,
            reply_lacks=REPLY_LACKS,
            skips=SKIPS,
            every_line_means=True,
        )
        return
    v = Visitor(stack.rasa_url)
    play(v, playbook, persona)
    problems = [problem for problem in wrong(stack, v, playbook, persona) if problem != "no lead stored"]
    problems += not_understood_problems(v, persona) + own_yes_problems(v, playbook, persona)
    problems += disqualified_problems(v, playbook, persona)
    print(v.history())
    assert not problems, "\n".join(problems) + "\n\n" + v.history()
