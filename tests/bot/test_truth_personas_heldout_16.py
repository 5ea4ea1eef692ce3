"""Eleven more visitors, written blind and given to the fixers, played through the real Rasa, action server and lead service.

A sixteenth set (issue 14): five English visitors (from Pune, Leeds, Durban,
Perth and Halifax in Nova Scotia) and one each writing Austrian German
(Graz), Québec French (Rimouski), Peruvian Spanish (Lima), Italian (Verona),
European Portuguese (Porto) and Flemish Dutch (Antwerp), in trades the
earlier sets' docstrings do not name: a maker of corrugated boxes, a garden
centre, a recruitment agency, a group of childcare centres, a credit union,
a roofing and sheet-metal firm, a regional internet provider, an
e-invoicing software firm, a used-car dealership, a condominium management
firm and a home nursing service. They give a budget in shorthand
("2-2.5 lakh per month", "5 to 6 grand", "120k for the year"), hedged
("about 1500 a month, 2 at a push"), as a range ("1.500 bis 2.000",
"entre 8 et 10 mille"), in words ("dai tre ai quattromila"), corrected at a
later question (2.500 put right to 3.000 at the name question; a start in
February moved to March at the name question); numbers that are no budget:
what an agency cost last year, what ads cost last year, an agency's quote
they found too dear, a TV campaign's cost, the CEO's signing threshold, what
their own customers pay, the monthly fee their residents pay (said after a
stop), phone numbers, postcodes (one that looks like a year), founding
years, a company number, subscribers, members, children and cars counted, a
revenue in crore and one in dollars beside an amount in soles; a problem
"this year" ("heuer") that is no deadline, head counts with contract
labour, apprentices or a summer season; they ask what it costs, whether it
is a bot, why it needs the budget or the head count, what happens to their
data, where the firm is, how it works, and for case studies; they answer
confirmations with their own short yes ("yes correct", "that's right yeah",
"ja, that's right", "yep, bang on", "yup, that's it", "jo, stimmt",
"oui, c'est ça", "ya, correcto", "sì, confermo", "exato", "ja, juist") and
the privacy question with a short no ("neen, liever niet"), skip a required
question, stop and start again, give their start as a date in Austrian
("Mitte Jänner"), and book calls from Pune (half an hour off the hour),
Durban, Perth, Halifax, Rimouski and Lima, whose times must be shown in
their own zone. Amounts carry no currency word where the country has its
own, and take that currency (INR, GBP, ZAR, AUD, CAD, EUR, PEN: issue 14).
Each lists what the stored lead must hold and the values it must never
hold, labelled only from what the visitor said, the lead contract and issue
14; where no rule settles a label, the check accepts either reading
(``OneOf``, ``Within``) with the reason beside it. A failure names what came
out wrong.

Vague dates are checked as a span of days counted from today (the
conversation's date), so the personas hold on any day they are played.
They were written blind (V16, 2026-12-05), without reading bot/actions,
bot/data, nlu/, qualification/, tests/nlu or the tenth, eleventh and
fourteenth held-out sets, and committed before running them (a1b6a0d).
First run, on a1b6a0d (2026-12-05 18:02 UTC; the checkout held other helpers' uncommitted bot/actions/form.py,
nlu/money.py and bot/actions/call_refusal.py): 3 of 11 (stefan, marie-ève, inês). The eight others stay strict
xfails naming what came out wrong (``STILL_WRONG``); no script, label or check was changed after the run. Where a
wrong heard value was confirmed, it was confirmed by the persona's scripted yes: the bot still invented it.
One check of griet's is the script's, not the bot's: her budget correction (2.500 put right to 3.000) is said at the
name question, which the bot never asks once she refuses the privacy question (it asks consent before the name), so
budget 3000 rests on words never said; her industry, head count and company number keep her failing on the bot's
account.
Seen in that run and checked by nothing here: marie-ève was asked her company twice (her first answer, 'Fibre
Bas-Saint-Laurent inc.', was not taken), her 'Est-ce qu'on peut prévoir un appel ?' after the times got 'Je ne suis
malheureusement pas sûr' before the same times, and she was told 'vous êtes à Québec' (she is in Rimouski, in the
province); stefan's data answer shows the privacy link as a raw URL; griet was asked her company three times, the
last after her timing; megan, not offered times, got an email promise to 'could we book a call?'.
Run again with the strict xfails only (18:03 UTC, same tree): 3 passed, 8 xfailed.
2026-12-05 18:25 UTC, after c1df58e (player2: the zone of a province named): liam passes (times in Atlantic Time,
'as you're in Nova Scotia', booked in America/Halifax); his strict xfail is removed.
2026-12-05 19:21 UTC, after the readers' fixes by category (a decision taken with a relative, 9c06fc7; a trade the labels
do not name and a firm's clients, 80f4c37; a time corrected in one message, d1985dd, and a name said apart before a
correction, c0acc5f; what customers pay is no budget, 91fc8e6): rohan, hannah, thabo and rodrigo pass; their strict
xfails are removed. No script, label or check changed.
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
    end_of,
    mid_month,
    month_span,
    play_and_check,
    quarter_of_next_year,
)

pytestmark = pytest.mark.slow


def on(month: int, day: int) -> Within:
    """A named day ("from 15th Jan"), its next occurrence, in days from today (a day either side for the clock)."""
    year = TODAY.year if (month, day) >= (TODAY.month, TODAY.day) else TODAY.year + 1
    days = days_to(date(year, month, day))
    return Within(max(0, days - 1), days + 1)


# Rohan's mobile (+91 98220 14567), as a careless reader might take its digits.
PHONE_IN = (91, 98220, 14567, 9822014567, 919822014567)
# Liam's direct line (902-555-0187).
PHONE_NS = (902, 555, 187, 5550187, 9025550187)
# Marie-Ève's cell (418 555-0134).
PHONE_QC = (418, 555, 134, 5550134, 4185550134)
# Davide's mobile (347 123 4567).
PHONE_IT = (347, 123, 4567, 1234567, 3471234567)
# Griet's company number (ondernemingsnummer 0456.789.123).
KBO = (456, 789, 123, 456789123)


PERSONAS = [
    Persona(
        "rohan, corrugated box maker, director of a family business where he and his father decide, a head count "
        "given with his title, contract labour in peak season, asks how the process works, what an agency cost "
        "last year beside 2-2.5 lakh a month with rupees unsaid, a turnover in crore, a PIN code, a mobile number "
        "with his name, from 15th Jan, 'yes correct', typos, books a call, Pune",
        "hi, we manufacture corrugated boxes and packaging in pune (chakan MIDC), mostly for FMCG and auto parts "
        "cos. want more B2B enquiries, right now our sales is all word of mouth",
        {
            "need": "lead gen for B2B buyers, google ads and linkedin, also our website is very outdated",
            "company": "Kulkarni Packwell Pvt Ltd",
            "authority": "im director, its our family business. me and my father take the decisions, we have around "
            "120 ppl on payroll",
            "industry": "manufacturing - packaging",
            "company_size": "around 120 on payroll + 40 contract labour in peak season",
            "location": "Chakan, Pune 410501",
            "revenue": "approx 45 cr turnover",
            "tech_stack": "tally and zoho crm",
            "budget": "last yr we paid one agency 80k/month, no results. now we can do 2 to 2.5 lakh per month",
            "timing": "from 15th jan",
            "name": "Rohan Kulkarni, mob +91 98220 14567",
            "consent": "ok fine",
            "email": "rohan@packwell.co.in",
            "confirm": "yes correct",
        },
        before={"budget": "before that - how does your process work exactly?"},
        after=("can we schedule a call?", "first slot is fine"),
        # Seniority: "director" of a family firm he runs with his father: the contract's director, or an owner.
        # Head count: 120 on payroll, or with the 40 contract workers of the peak season.
        expect={
            "location.country": "IN",
            "industry": "manufacturing",
            "authority.seniority": OneOf(("director", "c_level")),
            "authority.role": "decision_maker",
            "company_size.min": Within(120, 160),
            "budget.min": 200000,
            "budget.max": 250000,
            "budget.currency": "INR",
            "budget.period": "month",
            "timing.horizon_days": on(1, 15),
            "name": "Rohan Kulkarni",
            "email.address": "rohan@packwell.co.in",
        },
        never={
            "company_size.min": (410501, 40) + PHONE_IN,
            "company_size.max": (410501,) + PHONE_IN,
            "budget.min": (80000, 410501, 120, 160, 450000000) + PHONE_IN,
            "budget.max": (80000, 410501, 450000000) + PHONE_IN,
            "budget.currency": ("USD",),
        },
        asked_twice=("budget",),
    ),
    Persona(
        "hannah, family garden centre with a cafe and an online shop, footfall down this year, since 1974, skips "
        "the role question, centre manager whose parents own it and decide, a summer head count, asks what they "
        "charge, about 1500 a month, 2 at a push, with pounds unsaid beside an agency's quote, a postcode, March, "
        "'that's right yeah', Leeds",
        "Hi there, we're a family run garden centre just outside Leeds, been going since 1974, with a cafe and a "
        "small online shop. footfall's been down this year and the online side never really took off",
        {
            "need": "more people through the door and more online orders - facebook/insta ads, seo and email newsletters",
            "company": "Whitaker's Garden Centre",
            "authority": (
                "skip that one",
                "I'm the centre manager, but mum and dad own it and they make the final call",
            ),
            "industry": "retail, garden centre",
            "company_size": "22 all year round, about 35 from easter through the summer",
            "location": "Horsforth, Leeds LS18",
            "revenue": "around 2.4m",
            "tech_stack": "shopify and mailchimp",
            "budget": "about 1500 a month, 2 at a push. another agency quoted us 4k a month which is mad",
            "timing": "want it running for spring, so march really",
            "name": "Hannah Whitaker",
            "consent": "yep thats fine",
            "email": "hannah@whitakersgardencentre.co.uk",
            "confirm": "that's right yeah",
        },
        before={"budget": "what do you guys charge roughly?"},
        # Industry: a garden centre is a shop; its cafe is beside it.
        # Head count: 22 all year, about 35 in season: either.
        # Budget max: "2 at a push" stretches 1500 to 2000: the top of a hedge, or the 1500 she gives.
        expect={
            "location.country": "GB",
            "industry": "retail_ecommerce",
            "authority.seniority": "manager",
            "company_size.min": OneOf((22, 35)),
            "budget.min": 1500,
            "budget.max": OneOf((1500, 2000)),
            "budget.currency": "GBP",
            "budget.period": "month",
            "timing.horizon_days": month_span(3),
            "name": "Hannah Whitaker",
            "email.address": "hannah@whitakersgardencentre.co.uk",
        },
        never={
            "authority.role": ("decision_maker",),
            "company_size.min": (1974, 18),
            "company_size.max": (1974, 18),
            "budget.min": (4000, 1974, 18, 22, 35, 2400000),
            "budget.max": (4000, 1974, 18, 2400000),
            "budget.currency": ("USD",),
        },
        asked_twice=("budget",),
    ),
    Persona(
        "thabo, recruitment agency for engineers and artisans, since 2011, founder and MD, asks why the budget is "
        "needed, 25 000 a month with rand unsaid beside candidates placed and a fee in percent, a revenue in rand, "
        "February moved to March at the name question, 'ja, that's right', books a call, Durban",
        "Howzit. We're a recruitment agency in Durban, placing engineers, artisans and technicians with "
        "manufacturing and mining clients. Been around since 2011.",
        {
            "need": "we need more employer clients, so lead gen on linkedin plus a proper website where candidates can "
            "apply",
            "company": "Ubuntu Talent Solutions (Pty) Ltd",
            "authority": "founder and MD, it's my call",
            "industry": "recruitment and staffing",
            "company_size": "18 consultants plus 4 admin",
            "location": "Umhlanga, Durban",
            "revenue": "about 30 million rand",
            "tech_stack": "Bullhorn and Outlook",
            "budget": "around 25 000 a month. we placed 230 people last year at about 15% fee each so it has to pay "
            "for itself",
            "timing": "February",
            "name": "Thabo Nkosi. oh and scratch February, make it March, Feb is our busiest month",
            "consent": "sure",
            "email": "thabo@ubuntutalent.co.za",
            "confirm": "ja, that's right",
        },
        before={"budget": "why do you need to know my budget?"},
        after=("can we set up a call?", "the first one"),
        # Industry: a recruitment agency sells a service to firms; the contract's list names no staffing label.
        # Head count: the 18 consultants, or with the 4 in admin.
        expect={
            "location.country": "ZA",
            "industry": OneOf(("professional_services", "other")),
            "authority.seniority": "c_level",
            "authority.role": "decision_maker",
            "company_size.min": Within(18, 22),
            "budget.min": 25000,
            "budget.max": 25000,
            "budget.currency": "ZAR",
            "budget.period": "month",
            "timing.horizon_days": month_span(3),
            "name": "Thabo Nkosi",
            "email.address": "thabo@ubuntutalent.co.za",
        },
        never={
            "company_size.min": (230, 2011, 4),
            "company_size.max": (230, 2011),
            "budget.min": (230, 15, 2011, 30000000, 18, 22),
            "budget.max": (230, 2011, 30000000),
            "budget.currency": ("USD",),
        },
        asked_twice=("budget",),
    ),
    Persona(
        "megan, four early learning centres, enrolments softer, marketing manager, the CEO's signing threshold, "
        "educators and an office team, children counted, 5 to 6 grand a month with Australian dollars unsaid, asks "
        "if she is talking to a bot, mid Jan, 'yep, bang on', books a call, Perth",
        "Hi! We run four early learning centres (childcare) in Perth's northern suburbs, licensed for about 320 "
        "kids all up. Enrolments for next year are softer than we'd like.",
        {
            "need": "more enquiries from parents - google ads, a better website with online tour bookings, maybe facebook",
            "company": "Little Gumnuts Early Learning",
            "authority": "marketing manager, our CEO signs off on anything over 20k",
            "industry": "childcare / early education",
            "company_size": "about 85 educators across the 4 centres, plus a small office team of 6",
            "location": "Joondalup, Perth WA",
            "revenue": "roughly 9 million",
            "tech_stack": "Xplor and HubSpot",
            "budget": "5 to 6 grand a month",
            "timing": "mid Jan, before families lock in for the new year",
            "name": "Megan Reilly",
            "consent": "yes that's ok",
            "email": "megan.reilly@littlegumnuts.com.au",
            "confirm": "yep, bang on",
        },
        before={"timing": "sorry, am I talking to a real person or a bot?"},
        after=("could we book a call?", "the first one suits"),
        # Role: the CEO signs off over 20k and her budget is 60-72k a year, but she may decide below it: unchecked.
        # Head count: the 85 educators, or with the office team of 6.
        expect={
            "location.country": "AU",
            "industry": "education",
            "authority.seniority": "manager",
            "company_size.min": Within(85, 91),
            "budget.min": 5000,
            "budget.max": 6000,
            "budget.currency": "AUD",
            "budget.period": "month",
            "timing.horizon_days": mid_month(1),
            "name": "Megan Reilly",
            "email.address": "megan.reilly@littlegumnuts.com.au",
        },
        never={
            "company_size.min": (320, 4, 6),
            "company_size.max": (320,),
            "budget.min": (20000, 320, 85, 9000000),
            "budget.max": (20000, 320, 9000000),
            "budget.currency": ("USD",),
        },
        asked_twice=("timing",),
    ),
    Persona(
        "liam, credit union, flat membership growth, members counted, since 1939, asks where the firm is, VP whose "
        "CEO has the final say, skips the industry question, branches counted, assets that are no revenue, 120k "
        "for the year with Canadian dollars unsaid, a direct line with his name, Q2 next year, 'yup, that's it', "
        "books a call, Halifax",
        "Hey there, I'm with a credit union in Nova Scotia, about 38,000 members, going since 1939. Membership "
        "growth has been flat for a couple of years and our members are getting older.",
        {
            "need": "we want to reach younger members and small businesses - social media, content, and a mortgage "
            "campaign",
            "company": "Harbourside Credit Union",
            "authority": "VP Member Experience. our CEO has the final say on anything like this",
            "industry": ("pass for now", "financial services, we're a credit union"),
            "company_size": "about 140 staff across 9 branches",
            "location": "Halifax, Nova Scotia",
            "revenue": "we don't really talk revenue, assets are about 600 million",
            "tech_stack": "Salesforce Financial Services Cloud and Mailchimp",
            "budget": "we've set aside 120k for the year for this",
            "timing": "Q2 next year, after our AGM",
            "name": "Liam Fraser, direct line 902-555-0187",
            "consent": "yes",
            "email": "liam.fraser@harboursidecu.ca",
            "confirm": "yup, that's it",
        },
        before={"company": "where are you guys based, btw?"},
        after=("can I grab a call with someone?", "first one works"),
        expect={
            "location.country": "CA",
            "industry": "financial_services",
            "authority.seniority": "vp",
            "company_size.min": 140,
            "budget.min": 120000,
            "budget.max": 120000,
            "budget.currency": "CAD",
            "budget.period": "year",
            "timing.horizon_days": quarter_of_next_year(2),
            "name": "Liam Fraser",
            "email.address": "liam.fraser@harboursidecu.ca",
        },
        never={
            "authority.role": ("decision_maker",),
            "company_size.min": (38000, 1939, 9) + PHONE_NS,
            "company_size.max": (38000, 1939) + PHONE_NS,
            "budget.min": (38000, 1939, 600000000, 140, 9) + PHONE_NS,
            "budget.max": (38000, 1939, 600000000) + PHONE_NS,
            "budget.currency": ("USD",),
        },
        asked_twice=("company",),
    ),
    Persona(
        "stefan, writes Austrian German, roofing and sheet-metal firm, family owned since 1987, a quiet year "
        "('heuer'), managing director who decides, apprentices, a postcode, last year's Facebook spend beside "
        "1.500 bis 2.000 with euros unsaid, asks what happens to his data, Mitte Jänner, 'jo, stimmt', Graz",
        "Grüß Gott! Wir sind eine Dachdeckerei und Spenglerei in Graz, seit 1987 im Familienbesitz. Heuer war's ein "
        "bisserl ruhig, vor allem bei den Privatkunden.",
        {
            "need": "Mehr Anfragen für Dachsanierungen, also Google-Werbung und eine neue Homepage mit Referenzen",
            "company": "Gruber Dach GmbH",
            "authority": "Ich bin der Geschäftsführer, das entscheide ich",
            "industry": "Bau, Dachdecker und Spengler",
            "company_size": "12 Mann plus 3 Lehrlinge",
            "location": "8020 Graz, Steiermark",
            "revenue": "so um die 2,5 Millionen",
            "tech_stack": "Excel und ein Branchenprogramm für Angebote",
            "budget": "so 1.500 bis 2.000 im Monat. Voriges Jahr haben wir 600 im Monat für Facebook gezahlt, hat nix "
            "gebracht",
            "timing": "ab Mitte Jänner",
            "name": "Stefan Gruber",
            "consent": "ja, passt",
            "email": "s.gruber@gruber-dach.at",
            "confirm": "jo, stimmt",
        },
        lang="de",
        before={"email": "Was passiert eigentlich mit meinen Daten?"},
        # Head count: 12, or with the 3 apprentices.
        expect={
            "location.country": "AT",
            "industry": "construction",
            "authority.seniority": "c_level",
            "authority.role": "decision_maker",
            "company_size.min": Within(12, 15),
            "budget.min": 1500,
            "budget.max": 2000,
            "budget.currency": "EUR",
            "budget.period": "month",
            "timing.horizon_days": mid_month(1),
            "name": "Stefan Gruber",
            "email.address": "s.gruber@gruber-dach.at",
        },
        never={
            "company_size.min": (8020, 1987, 3),
            "company_size.max": (8020, 1987),
            "budget.min": (600, 8020, 1987, 12, 15, 2500000),
            "budget.max": (600, 8020, 1987, 2500000),
            "budget.currency": ("USD",),
        },
        asked_twice=("email",),
        unsaid=ENGLISH,
    ),
    Persona(
        "marie-ève, writes Québec French, regional internet provider, subscribers counted, marketing director whose "
        "DG decides, asks for case studies, a TV campaign's cost beside 8 to 10 thousand with Canadian dollars "
        "unsaid, a cell number with her name, by the end of February, 'oui, c'est ça', books a call, Rimouski",
        "Bonjour! On est un fournisseur Internet régional dans le Bas-Saint-Laurent, fibre optique pour les "
        "résidences pis les entreprises. On a à peu près 12 000 abonnés.",
        {
            "need": "aller chercher plus d'abonnés d'affaires : publicité Google et Facebook, pis une meilleure page "
            "d'inscription",
            "company": "Fibre Bas-Saint-Laurent inc.",
            "authority": "je suis directrice marketing, mais c'est notre DG qui tranche",
            "industry": "télécom, fournisseur Internet",
            "company_size": "on est 55 employés",
            "location": "Rimouski, Québec",
            "revenue": "autour de 14 millions",
            "tech_stack": "Salesforce pis Mailchimp",
            "budget": "entre 8 et 10 mille par mois. L'an passé, une campagne télé nous a coûté 45 000 pis ça n'a rien "
            "donné",
            "timing": "d'ici la fin février",
            "name": "Marie-Ève Tremblay, cell 418 555-0134",
            "consent": "oui, ok",
            "email": "me.tremblay@fibrebsl.ca",
            "confirm": "oui, c'est ça",
        },
        lang="fr",
        before={"company_size": "Avez-vous des études de cas avec des fournisseurs télécom ?"},
        after=("Est-ce qu'on peut prévoir un appel ?", "Le premier me convient."),
        expect={
            "location.country": "CA",
            "industry": "telecom",
            "authority.seniority": "director",
            "company_size.min": 55,
            "budget.min": 8000,
            "budget.max": 10000,
            "budget.currency": "CAD",
            "budget.period": "month",
            "timing.horizon_days": end_of(2),
            "name": "Marie-Ève Tremblay",
            "email.address": "me.tremblay@fibrebsl.ca",
        },
        never={
            "authority.role": ("decision_maker",),
            "company_size.min": (12000,) + PHONE_QC,
            "company_size.max": (12000,) + PHONE_QC,
            "budget.min": (45000, 12000, 55, 14000000) + PHONE_QC,
            "budget.max": (45000, 12000, 14000000) + PHONE_QC,
            "budget.currency": ("USD", "EUR"),
        },
        said=("brightline.example/case-studies",),
        asked_twice=("company_size",),
        unsaid=ENGLISH,
    ),
    Persona(
        "rodrigo, writes Peruvian Spanish, e-invoicing software firm, customers counted, co-founder and general "
        "manager, asks what they charge, what his customers pay beside 10 to 12 thousand a month with soles unsaid, "
        "a revenue in dollars, in January after the holidays, 'ya, correcto', books a call, Lima",
        "Hola, somos una empresa peruana de software de facturación electrónica, con unos 1.200 clientes pymes. "
        "Queremos crecer fuera de Lima.",
        {
            "need": "generar leads: SEO, campañas en LinkedIn y Google, y automatizar el seguimiento por email",
            "company": "Factura Ágil SAC",
            "authority": "soy cofundador y gerente general, la decisión es mía",
            "industry": "software, SaaS",
            "company_size": "somos 38 personas, la mitad en desarrollo",
            "location": "Miraflores, Lima",
            "revenue": "unos 2 millones de dólares al año",
            "tech_stack": "HubSpot y Google Analytics",
            "budget": "nuestros clientes pagan 150 al mes por el plan básico; para marketing pensamos entre 10 y 12 mil "
            "mensuales",
            "timing": "en enero, pasadas las fiestas",
            "name": "Rodrigo Salazar",
            "consent": "sí, claro",
            "email": "rsalazar@facturaagil.pe",
            "confirm": "ya, correcto",
        },
        lang="es",
        before={"budget": "¿y ustedes cuánto cobran más o menos?"},
        after=("¿Podemos agendar una llamada?", "La primera opción me va bien."),
        expect={
            "location.country": "PE",
            "industry": "software",
            "authority.seniority": "c_level",
            "authority.role": "decision_maker",
            "company_size.min": 38,
            "budget.min": 10000,
            "budget.max": 12000,
            "budget.currency": "PEN",
            "budget.period": "month",
            "timing.horizon_days": month_span(1),
            "name": "Rodrigo Salazar",
            "email.address": "rsalazar@facturaagil.pe",
        },
        never={
            "company_size.min": (1200, 19),
            "company_size.max": (1200,),
            "budget.min": (150, 1200, 38, 2000000),
            "budget.max": (150, 1200, 2000000),
            "budget.currency": ("USD",),
        },
        asked_twice=("budget",),
        unsaid=ENGLISH,
    ),
    Persona(
        "davide, writes Italian, used-car dealership, cars sold and their average price, asks if it's a bot, owner "
        "with his brother, mechanics counted, a postcode, an agency's quote beside dai tre ai quattromila in words "
        "with euros unsaid, a mobile number with his name, from February, 'sì, confermo', Verona",
        "Salve, abbiamo un autosalone di auto usate a Verona, vendiamo circa 400 macchine l'anno, prezzo medio sui "
        "15 mila. Vorremmo più contatti dal sito.",
        {
            "need": "più richieste dal sito e dai portali, con campagne Google e Facebook e un sito più moderno",
            "company": "Autosalone Zanetti Srl",
            "authority": "sono il titolare insieme a mio fratello, decidiamo noi",
            "industry": "commercio auto usate",
            "company_size": "siamo in 12, compresi i due meccanici",
            "location": "Verona, zona Borgo Roma, 37135",
            "revenue": "circa 6 milioni",
            "tech_stack": "un gestionale per concessionarie e Excel",
            "budget": "dai tre ai quattromila al mese. Un'agenzia ci aveva chiesto 6.000 al mese, troppo",
            "timing": "da febbraio",
            "name": "Davide Zanetti, cell 347 123 4567",
            "consent": "sì, va bene",
            "email": "davide@autosalonezanetti.it",
            "confirm": "sì, confermo",
        },
        lang="it",
        before={"company": "ma sto parlando con un bot?"},
        # Industry: selling cars is retail; the contract's list names no motor trade label.
        expect={
            "location.country": "IT",
            "industry": OneOf(("retail_ecommerce", "other")),
            "authority.seniority": "c_level",
            "authority.role": "decision_maker",
            "company_size.min": 12,
            "budget.min": 3000,
            "budget.max": 4000,
            "budget.currency": "EUR",
            "budget.period": "month",
            "timing.horizon_days": month_span(2),
            "name": "Davide Zanetti",
            "email.address": "davide@autosalonezanetti.it",
        },
        never={
            "company_size.min": (400, 37135, 2) + PHONE_IT,
            "company_size.max": (400, 37135) + PHONE_IT,
            "budget.min": (6000, 15000, 400, 37135, 12, 6000000) + PHONE_IT,
            "budget.max": (6000, 15000, 400, 37135, 6000000) + PHONE_IT,
            "budget.currency": ("USD",),
        },
        asked_twice=("company",),
        unsaid=ENGLISH,
    ),
    Persona(
        "inês, writes European Portuguese, condominium management firm, buildings counted, commercial director whose "
        "administrator decides, asks why the head count is needed, stops at the budget question, the residents' "
        "monthly fee after the stop, starts over, last year's Facebook spend beside 2 mil with euros unsaid, a "
        "postcode, from March, 'exato', Porto",
        "Olá, somos uma empresa de gestão de condomínios no Porto, gerimos cerca de 180 prédios. Queremos "
        "angariar mais condomínios na zona de Gaia e Matosinhos.",
        {
            "need": "angariar novos condomínios: anúncios no Google e no Facebook e um site com pedido de orçamento",
            "company": "CondoPorto Gestão de Condomínios, Lda",
            "authority": "sou diretora comercial; quem decide é o administrador, o Sr. Moura",
            "industry": "gestão de condomínios, imobiliário",
            "company_size": "somos 26 funcionários",
            "location": "Porto, 4100-320",
            "revenue": "cerca de 1,8 milhões",
            "tech_stack": "Gecond e Excel",
            "budget": "à volta de 2 mil por mês; o ano passado gastámos 9 mil em anúncios no Facebook e não resultou",
            "timing": "a partir de março",
            "name": "Inês Carvalho",
            "consent": "sim, pode ser",
            "email": "ines.carvalho@condoporto.pt",
            "confirm": "exato",
        },
        lang="pt",
        before={
            "company_size": "Porque é que precisam de saber quantos somos?",
            "budget": "pare, tenho de atender uma chamada urgente",
        },
        after=("já agora, a quota média dos condóminos é de 45 euros por mês", "voltei! podemos recomeçar?"),
        # Industry: managing buildings is property work; a reader may file it as a service firm.
        expect={
            "location.country": "PT",
            "industry": OneOf(("real_estate", "professional_services")),
            "authority.seniority": "director",
            "company_size.min": 26,
            "budget.min": 2000,
            "budget.max": 2000,
            "budget.currency": "EUR",
            "budget.period": "month",
            "timing.horizon_days": month_span(3),
            "name": "Inês Carvalho",
            "email.address": "ines.carvalho@condoporto.pt",
        },
        never={
            "authority.role": ("decision_maker",),
            "company_size.min": (180, 4100, 320),
            "company_size.max": (180, 4100, 320),
            "budget.min": (9000, 45, 180, 4100, 320, 26, 1800000),
            "budget.max": (9000, 45, 180, 4100, 320, 1800000),
            "budget.currency": ("USD",),
        },
        asked_twice=("company_size", "budget"),
        unsaid=ENGLISH,
    ),
    Persona(
        "griet, writes Flemish Dutch, home nursing service, nurses and office staff, managing partner who decides "
        "with her partner, a company number, a postcode that looks like a year, 2.500 a month put right to 3.000 at "
        "the name question with euros unsaid, after the Easter holidays, says no to keeping her details, "
        "'ja, juist', Antwerp",
        "Dag, wij zijn een thuisverplegingsdienst in Antwerpen en omgeving, met een 60-tal verpleegkundigen. We "
        "willen meer bekendheid bij huisartsen en families.",
        {
            "need": "een nieuwe website, lokale SEO en wat campagnes op Facebook",
            "company": "Zorgzaam Thuis bv, ondernemingsnummer 0456.789.123",
            "authority": "ik ben zaakvoerder, samen met mijn vennoot",
            "industry": "zorg, thuisverpleging",
            "company_size": "een 60-tal verpleegkundigen en 5 mensen op kantoor",
            "location": "Antwerpen, 2018",
            "revenue": "een 4 miljoen",
            "tech_stack": "Excel en een planningspakket",
            "budget": "2.500 per maand",
            "timing": "na de paasvakantie, dus half april",
            "name": "Griet Peeters. O ja, voor het budget: geen 2.500 maar 3.000 per maand, heeft mijn vennoot beslist",
            "consent": "neen, liever niet",
            "email": "liever niet",
            "confirm": "ja, juist",
        },
        lang="nl",
        # Industry: home nursing is care.
        # Head count: the 60 nurses, or with the 5 in the office.
        # She refused to have her details kept: no email may be stored (nor, as the bot holds, her name: unchecked).
        expect={
            "location.country": "BE",
            "industry": "healthcare",
            "authority.seniority": "c_level",
            "authority.role": "decision_maker",
            "company_size.min": Within(60, 65),
            "budget.min": 3000,
            "budget.max": 3000,
            "budget.currency": "EUR",
            "budget.period": "month",
            "timing.horizon_days": mid_month(4),
            "email.address": ABSENT,
        },
        never={
            "company_size.min": (2018, 5) + KBO,
            "company_size.max": (2018,) + KBO,
            "budget.min": (2500, 2018, 60, 65, 4000000) + KBO,
            "budget.max": (2500, 2018, 4000000) + KBO,
            "budget.currency": ("USD",),
        },
        unsaid=ENGLISH,
    ),
]

# Personas who book a call, with the zone of the place they said they are in: the first time offered, which they
# pick, must show the booked start's clock there (Pune keeps India's time, five and a half hours ahead of UTC;
# Durban two ahead; Perth eight ahead with no daylight saving; Halifax four behind in December; Rimouski keeps
# Toronto's time, five behind; Lima five behind).
BOOKED_IN = {
    "rohan": "Asia/Kolkata",
    "thabo": "Africa/Johannesburg",
    "megan": "Australia/Perth",
    "liam": "America/Halifax",
    "marie-ève": "America/Toronto",
    "rodrigo": "America/Lima",
}

# What the bot's answer to a visitor's own question must hold (any of the words, case ignored): a price asked is
# answered with the playbook's pricing text, which names USD; "is this a bot" names the bot somehow.
REPLY_HOLDS: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "hannah": (("what do you guys charge roughly", ("USD",)),),
    "megan": (("am I talking to a real person or a bot", ("bot", "assistant", "automated", "virtual")),),
    "rodrigo": (("cuánto cobran más o menos", ("USD",)),),
    "davide": (("sto parlando con un bot", ("bot", "assistente", "virtuale", "automatic")),),
}
# And what it must not hold: a reason asked for, or what happens to the data, is no price.
REPLY_LACKS: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "thabo": (("why do you need to know my budget", ("USD",)),),
    "stefan": (("Was passiert eigentlich mit meinen Daten", ("USD",)),),
    "inês": (("Porque é que precisam de saber quantos somos", ("USD",)),),
}

# Required questions skipped, with the words of the skip: the question must come back.
SKIPS = {"hannah": ("skip that one", "authority"), "liam": ("pass for now", "industry")}

# Personas still wrong after their first run, by id, with what came out wrong (``cases``).
STILL_WRONG: dict[str, str] = {
    "megan": "'Enrolments for next year are softer than we'd like' was noted as 'a start in 2027' (horizon 209), "
    "confirmed by her scripted yes; the timing question (and her bot question) never came; no times were offered",
    "davide": "budget is 15000 with no period: the opening's average car price ('prezzo medio sui 15 mila') was "
    "heard as a budget, confirmed by his scripted yes, and the budget question never asked",
    "griet": "industry is 'other' (thuisverpleging), company_size is 5 (the office, not 'een 60-tal "
    "verpleegkundigen'), her company number was taken for a phone number and the company asked three times; "
    "(budget 2500: the script's, see the docstring)",
}


@pytest.mark.parametrize("persona", cases(PERSONAS, STILL_WRONG))
def test_each_sixteenth_set_persona_s_lead_holds_what_they_said_and_nothing_invented(
    stack: Stack, playbook: Playbook, persona: Persona
) -> None:
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
