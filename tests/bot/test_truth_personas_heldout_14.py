"""Ten more visitors, written blind and held out, played through the real Rasa, action server and lead service.

A fourteenth set (issue 14): four English visitors (from Bristol, Cape Town,
Pune and Lagos) and one each writing Swiss German, Québécois French, Spanish
from Spain, European Portuguese, Italian and Flemish Dutch from Belgium, in
trades set 13's docstring does not name: a solar panel installer, a group of
independent schools, an auto parts maker, a last-mile delivery company, a
fiduciary (Treuhand) firm, a maple syrup producer, a group of dental clinics,
a Douro wine estate, an architecture practice and a chain of bicycle shops.
They give a budget in shorthand ("4-5k a month", "2 to 3 lakh", "3m and
4m"), in words ("eighty to ninety thousand", "deux mille et trois mille",
"treinta mil", "twee à drie duizend"), with Swiss thousands marks
("3'000 und 4'500"), as a range and as a cap ("non più di 4mila"), corrected
inside one message (6k cut to 4-5k) or at a later question (5m flat at the
name question, "só aprova 3 mil" at the timing question); numbers that are no
budget: the board's approval threshold, last year's spend with another agency
and at trade fairs, a price a friend was quoted, phone numbers, postcodes
(one, Antwerp's 2018, looks like a year), founding years, systems installed,
taps, bottles, clients, bikes and deliveries; a problem "this year" that is no
deadline; head counts that fell, grew, will grow or swell in season; they ask
what it costs, whether it is a bot, why it needs the budget, the head count
or the email, and for case studies; they answer confirmations with their own
short yes ("bang on", "sharp", "correct", "na so", "stimmt", "en plein ça",
"eso es", "isso mesmo", "giusto", "klopt ja") and the privacy question with a
short no ("não, obrigado"), skip a required question, stop and start again,
and book calls from Bristol, Cape Town, Pune (half an hour off the hour),
Zurich, the Beauce and Bologna, whose times must be shown in their own zone.
Amounts carry no currency where the country has its own, and take that
currency (issue 14). Each lists what the stored lead must hold and the values
it must never hold, labelled only from what the visitor said, the lead
contract and issue 14; where no rule settles a label, the check accepts either
reading (``OneOf``, ``Within``) with the reason beside it. A failure names
what came out wrong.

Vague dates are checked as a span of days counted from today (the
conversation's date), so the personas hold on any day they are played.
They were written blind (V14, 2026-12-05), without reading bot/actions,
bot/data, nlu/, qualification/, tests/nlu or the tenth, eleventh and
fifteenth held-out sets, and committed before running them (7db5dc5).
First run, on 7db5dc5 (2026-12-05 02:17 UTC; the checkout held other helpers' uncommitted changes to
nlu/money.py and qualification/stage.py): 3 of 10 (hannah, priya, reto).
Three failures were partly the script's own flaw, fixed after that run and nothing else changed: chinedu's
stop (keyed to the tech stack question), marta's stop and chiara's "why" (both keyed to the revenue
question) were never said, because the bot did not ask those optional questions; they are now keyed to
the timing question (chinedu, marta) and the head count question (chiara, whose "why" now asks about the
head count), with ``asked_twice`` following them. No label or check changed.
Second run (2026-12-05 02:20 UTC, the checkout again holding other helpers' uncommitted changes to
bot/ and nlu/): 4 of 10 (hannah, priya, reto, chiara). The six others are the bot's and stay strict
xfails naming what came out wrong (``STILL_WRONG``). Where a wrong heard value was confirmed, it was
confirmed by the persona's scripted yes: the bot still invented it. Played again with the strict xfails
(2026-12-05 02:26 UTC): 4 passed, 6 xfailed.
Seen and checked by nothing here: thabo's and geneviève's "can we set up a call?" after the form got a
promise of an email, not times (their leads were not graded ready for a call).
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

# Hannah's office line (0117 496 0123) and postcode (BS3 4DN), as a careless reader might take their digits.
PHONE_UK = (117, 496, 123, 1174960123, 4960123, 3, 4)
# Thabo's mobile (082 555 0143) and Claremont's postal code (7708).
PHONE_ZA = (82, 555, 143, 825550143, 7708)
# Priya's mobile (+91 98220 12345) and PIN code (411019).
PHONE_IN = (91, 98220, 12345, 9822012345, 919822012345, 411019)
# Chinedu's mobile (0803 123 4567).
PHONE_NG = (803, 123, 4567, 8031234567, 1234567)
# Geneviève's phone (418 555-0199) and postal code (G5Y 2C4).
PHONE_CA = (418, 555, 199, 4185550199, 5, 2, 4)
# Marta's mobile (612 34 56 78) and postcode (46004).
PHONE_ES = (612, 34, 56, 78, 612345678, 46004)
# Tiago's mobile (912 345 678) and postcode (5085-034).
PHONE_PT = (912, 345, 678, 912345678, 5085, 34, 5085034)
# Chiara's mobile (347 123 4567) and CAP (40125).
PHONE_IT = (347, 123, 4567, 3471234567, 40125)
# Wout's mobile (0478 12 34 56) and Antwerp's postcode (2018), which looks like a year.
PHONE_BE = (478, 12, 34, 56, 478123456, 2018)
# "Early January": its first fortnight.
EARLY_JANUARY = Within(month_span(1).low, month_span(1).low + 15)
# "The second week of January": from its 5th (a reader may count the week from the Monday) to its 15th.
SECOND_WEEK_OF_JANUARY = Within(month_span(1).low + 4, month_span(1).low + 14)


PERSONAS = [
    Persona(
        "hannah, solar panel installer, leads dried up this year, a head count that fell, systems installed last "
        "year, an office phone and a postcode, 6k cut to 4-5k inside one message with pounds unsaid, asks if it's "
        "a bot, 'bang on', books a call, Bristol",
        "hiya, we install solar panels and home batteries around Bristol and Bath. the leads from the comparison "
        "sites basically dried up this year so we need our own pipeline",
        {"need": "lead gen for homeowners - google ads, a proper landing page and some email follow up",
         "company": "Avon Sun Energy Ltd", "authority": "I'm the ops director, me and the MD decide together",
         "industry": "renewable energy, solar installation",
         "company_size": "28 now, we were 35 before we let the door to door sales team go",
         "location": "Bristol BS3 4DN, office line is 0117 496 0123", "revenue": "about 3.2m",
         "tech_stack": "Pipedrive and Xero",
         "budget": "we'd pencilled in 6k a month but the MD's cut it so more like 4-5k a month",
         "timing": "feb, before the spring install season", "name": "Hannah Clarke", "consent": "yep fine",
         "email": "hannah@avonsunenergy.co.uk", "confirm": "bang on"},
        before={"timing": "sorry quick q, am I talking to a bot?"},
        after=("can I book a call with someone?", "first one's good"),
        # Industry: solar installation is energy; the work is done on roofs, so a reader may file it as construction.
        # Seniority: an operations director is a director; she decides with the MD, so her role is left unchecked.
        # Budget: the 6k was pencilled in and cut; 4-5k is a range.
        expect={"location.country": "GB", "industry": OneOf(("energy", "construction")),
                "authority.seniority": "director", "company_size.min": 28, "budget.min": 4000,
                "budget.max": 5000, "budget.currency": "GBP", "budget.period": "month",
                "timing.horizon_days": month_span(2), "name": "Hannah Clarke",
                "email.address": "hannah@avonsunenergy.co.uk"},
        never={"company_size.min": (35, 63) + PHONE_UK, "company_size.max": (35,) + PHONE_UK,
               "budget.min": (6000, 28, 35) + PHONE_UK, "budget.max": (6000, 3200000) + PHONE_UK,
               "budget.currency": ("USD", "EUR")},
        asked_twice=("timing",),
    ),
    Persona(
        "thabo, group of independent schools, enrolments down this year, head of marketing, the board approves over "
        "250k, asks why the budget is needed, a range in words with rand unsaid, a mobile and a postal code, "
        "'sharp', books a call, Cape Town",
        "Morning. I'm with a group of three independent schools in the southern suburbs of Cape Town. Enrolment "
        "enquiries are down this year and we need to fill more grade 8 and grade 10 places",
        {"need": "more enquiries from parents, so facebook and google ads plus a better open day funnel on the site",
         "company": "Kirstenbosch Collegiate Schools",
         "authority": "head of marketing. I run the budget but the board approves anything over 250k",
         "industry": "private education",
         "company_size": "about 240 staff if you count teachers and support staff",
         "location": "Claremont, Cape Town 7708", "revenue": "roughly 190 million rand in fees",
         "tech_stack": "HubSpot free and Google Workspace",
         "budget": "somewhere between eighty and ninety thousand a month",
         "timing": "february, ahead of the open days in march",
         "name": "Thabo Nkosi, my cell is 082 555 0143", "consent": "yes that's fine",
         "email": "thabo.nkosi@kirstenboschcollegiate.co.za", "confirm": "sharp"},
        before={"budget": "why do you need to know what we'd spend?"},
        after=("can we set up a call?", "the first slot"),
        # Role: he runs the budget below the board's threshold; no rule settles which role that is.
        expect={"location.country": "ZA", "industry": "education", "authority.seniority": "director",
                "company_size.min": 240, "budget.min": 80000, "budget.max": 90000, "budget.currency": "ZAR",
                "budget.period": "month", "timing.horizon_days": month_span(2), "name": "Thabo Nkosi",
                "email.address": "thabo.nkosi@kirstenboschcollegiate.co.za"},
        never={"company_size.min": (3, 8, 10) + PHONE_ZA, "company_size.max": PHONE_ZA,
               "budget.min": (250000, 240, 190000000) + PHONE_ZA,
               "budget.max": (250000, 190000000) + PHONE_ZA, "budget.currency": ("USD",),
               "timing.horizon_days": (14,)},
        asked_twice=("budget",),
    ),
    Persona(
        "priya, auto parts maker, export orders fell this year, skips the role question then general manager, "
        "the MD signs, shop floor and office staff, asks what they charge, 2 to 3 lakh in shorthand with rupees "
        "unsaid, a mobile and a PIN code, revenue in crore, 'correct', books a call, Pune",
        "Hello, we manufacture precision auto components (brake parts, machined castings) in Chakan near Pune. "
        "Export orders fell this year, we want to find new OEM and aftermarket buyers abroad.",
        {"need": "B2B lead generation, linkedin outreach and a better website for international buyers",
         "company": "Deccan Precision Components Pvt Ltd",
         "authority": ("skip", "I'm the general manager - business development, final sign off is with our MD"),
         "industry": "automotive components manufacturing",
         "company_size": "around 450 on the shop floor and 60 in the office",
         "location": "Pune, Maharashtra 411019", "revenue": "approx 85 crore last FY",
         "tech_stack": "SAP B1 and Zoho CRM", "budget": "2 to 3 lakh per month",
         "timing": "from 1st january if possible", "name": "Priya Kulkarni, mobile +91 98220 12345",
         "consent": "ok", "email": "priya.k@deccanprecision.in", "confirm": "correct"},
        before={"budget": "what do you people charge for this kind of work?"},
        after=("please can we schedule a call", "first one"),
        # Head count: 450 on the floor "and 60 in the office": the floor, or everyone.
        # Seniority: a general manager is a manager; "general manager" is no C-suite title of the contract's.
        expect={"location.country": "IN", "industry": "manufacturing",
                "authority.seniority": OneOf(("manager", "director")), "company_size.min": Within(450, 510),
                "budget.min": 200000, "budget.max": 300000, "budget.currency": "INR", "budget.period": "month",
                "timing.horizon_days": Within(month_span(1).low - 1, month_span(1).low + 1), "name": "Priya Kulkarni",
                "email.address": "priya.k@deccanprecision.in"},
        never={"authority.role": ("decision_maker",), "company_size.min": (60,) + PHONE_IN,
               "company_size.max": (60,) + PHONE_IN, "budget.min": (450, 60, 850000000, 85) + PHONE_IN,
               "budget.max": (850000000, 85) + PHONE_IN, "budget.currency": ("USD",)},
        asked_twice=("authority", "budget"),
    ),
    Persona(
        "chinedu, last-mile delivery company, a fleet of bikes, riders and office staff, 3m to 4m in shorthand with "
        "naira unsaid, stops at the timing question, deliveries after the stop, starts over, 5m flat at the name "
        "question, a mobile with his name, 'na so', Lagos",
        "good afternoon. we run a last mile delivery company in lagos, mostly for online stores and restaurants. "
        "we want more business customers on monthly contracts",
        {"need": "b2b leads - linkedin ads, google ads and a website where merchants can sign up",
         "company": "SwiftDrop Logistics Ltd", "authority": "I'm the founder and CEO",
         "industry": "logistics and delivery",
         "company_size": "about 70 riders and 15 office staff, we have 120 bikes",
         "location": "Lekki, Lagos", "revenue": "around 600 million naira this year",
         "tech_stack": "Google Sheets and Paystack", "budget": "between 3m and 4m monthly",
         "timing": "early january",
         "name": "Chinedu Okafor, 0803 123 4567. about the budget, make it 5m flat, I just approved it",
         "consent": "yes", "email": "chinedu@swiftdrop.ng", "confirm": "na so"},
        before={"timing": "abeg stop for now, network is bad here"},
        after=("fyi we do like 9,000 deliveries a month", "ok I'm back. can we start again?"),
        # Head count: 70 riders "and 15 office staff": the riders, or everyone; the bikes are no people.
        # Budget: 5m flat, named anew at the name question, takes the place of 3m-4m (a single amount: min = max).
        expect={"location.country": "NG", "industry": "logistics", "authority.seniority": "c_level",
                "authority.role": "decision_maker", "company_size.min": Within(70, 85), "budget.min": 5000000,
                "budget.max": 5000000, "budget.currency": "NGN", "budget.period": "month",
                "timing.horizon_days": EARLY_JANUARY, "name": "Chinedu Okafor",
                "email.address": "chinedu@swiftdrop.ng"},
        never={"company_size.min": (120, 15, 9000) + PHONE_NG, "company_size.max": (120, 9000) + PHONE_NG,
               "budget.min": (3000000, 9000, 120, 600000000) + PHONE_NG,
               "budget.max": (4000000, 9000, 600000000) + PHONE_NG, "budget.currency": ("USD",)},
        asked_twice=("timing",),
    ),
    Persona(
        "reto, writes Swiss German, fiduciary firm since 1988, clients, managing partner, a head count that grows "
        "in January, Swiss thousands marks with francs unsaid, asks if it's a bot, a postcode, 'stimmt', books a "
        "call, Zurich",
        "Grüezi, wir sind ein Treuhandbüro in Zürich, seit 1988, mit rund 600 Mandanten (KMU und Privatpersonen). "
        "Dieses Jahr haben wir zwei grosse Mandate verloren und suchen neue Firmenkunden.",
        {"need": "Neukunden-Akquise: Google Ads, LinkedIn und eine Website, auf der man ein Erstgespräch buchen kann",
         "company": "Keller Treuhand AG", "authority": "Ich bin geschäftsführender Partner, ich entscheide",
         "industry": "Treuhand, Buchhaltung und Steuerberatung",
         "company_size": "14 Mitarbeitende, ab Januar 16 mit den zwei neuen Lernenden",
         "location": "8004 Zürich", "revenue": "ca. 3,8 Mio.", "tech_stack": "Abacus und Outlook",
         "budget": "zwischen 3'000 und 4'500 im Monat", "timing": "ab dem 1. März",
         "name": "Reto Keller", "consent": "ja, passt", "email": "reto.keller@keller-treuhand.ch",
         "confirm": "stimmt"},
        lang="de",
        before={"company_size": "Kurze Frage: Bin ich hier mit einem Bot am schreiben?"},
        after=("Kann ich einen Termin für ein Gespräch buchen?", "Der erste passt."),
        # Head count: 14 now, 16 from January with the two apprentices: either.
        expect={"location.country": "CH", "industry": "professional_services", "authority.seniority": "c_level",
                "authority.role": "decision_maker", "company_size.min": OneOf((14, 16)), "budget.min": 3000,
                "budget.max": 4500, "budget.currency": "CHF", "budget.period": "month",
                "timing.horizon_days": month_span(3), "name": "Reto Keller",
                "email.address": "reto.keller@keller-treuhand.ch"},
        never={"company_size.min": (600, 1988, 8004, 2), "company_size.max": (600, 1988, 8004),
               "budget.min": (1988, 8004, 600, 14, 16, 3), "budget.max": (1988, 8004, 3800000, 3),
               "budget.currency": ("USD", "EUR")},
        asked_twice=("company_size",),
        unsaid=ENGLISH,
    ),
    Persona(
        "geneviève, writes Québécois French, maple syrup producer, taps, a seasonal head count, asks why the email "
        "is needed, deux mille et trois mille in words with dollars unsaid, a phone and a postal code, "
        "'en plein ça', books a call, Beauce",
        "Bonjour! On a une érablière en Beauce avec 12 000 entailles, pis on vend notre sirop en épicerie et en "
        "ligne. Les ventes en ligne ont pas bougé cette année.",
        {"need": "vendre plus en ligne au Québec et en Ontario, avec de la pub Facebook et Google pis une "
                 "infolettre",
         "company": "Érablière Poulin et filles", "authority": "je suis copropriétaire avec ma soeur, on décide à deux",
         "industry": "acériculture, production de sirop d'érable",
         "company_size": "on est 9 à l'année, pis autour de 25 au temps des sucres",
         "location": "Saint-Georges, Québec, G5Y 2C4, mon numéro c'est le 418 555-0199",
         "revenue": "environ 1,2 million", "tech_stack": "Shopify pis Mailchimp",
         "budget": "entre deux mille et trois mille par mois", "timing": "dès février, avant les sucres",
         "name": "Geneviève Poulin", "consent": "oui c'est correct", "email": "genevieve@erablierepoulin.ca",
         "confirm": "en plein ça"},
        lang="fr",
        before={"email": "Pourquoi vous avez besoin de mon courriel?"},
        after=("Est-ce que je peux réserver un appel?", "La première plage me va."),
        # Industry: tapping maples and boiling the sap is farming (agriculture); a reader may file syrup as food
        # processing (manufacturing).
        # Head count: 9 all year, about 25 in the sugaring season: the staff all year, or the season's.
        expect={"location.country": "CA", "industry": OneOf(("agriculture", "manufacturing")),
                "authority.seniority": "c_level", "authority.role": "decision_maker",
                "company_size.min": OneOf((9, 25)), "budget.min": 2000, "budget.max": 3000,
                "budget.currency": "CAD", "budget.period": "month", "timing.horizon_days": month_span(2),
                "name": "Geneviève Poulin", "email.address": "genevieve@erablierepoulin.ca"},
        never={"company_size.min": (12000, 34) + PHONE_CA, "company_size.max": (12000, 34) + PHONE_CA,
               "budget.min": (12000, 9, 25, 1200000) + PHONE_CA, "budget.max": (12000, 1200000) + PHONE_CA,
               "budget.currency": ("USD", "EUR")},
        asked_twice=("email",),
        unsaid=ENGLISH,
    ),
    Persona(
        "marta, writes Spanish (Spain), group of dental clinics, chairs, marketing director, the founding partners "
        "decide, last year's spend with another agency, treinta mil al año in words with euros unsaid, asks for "
        "case studies, stops at the timing question and starts over, a mobile with her name, 'eso es', Valencia",
        "Hola, buenas. Somos un grupo de cuatro clínicas dentales en Valencia, con 11 sillones en total. Este año "
        "han bajado mucho las primeras visitas de implantes y ortodoncia.",
        {"need": "captar pacientes de implantes y ortodoncia invisible: Google Ads, SEO local y redes sociales",
         "company": "Clínicas Dentales Turia",
         "authority": "soy la directora de marketing, la decisión final es de los dos socios fundadores",
         "industry": "salud, clínicas dentales",
         "company_size": "unos 50 entre dentistas, higienistas y recepción",
         "location": "Valencia, 46004", "revenue": "unos 5 millones",
         "tech_stack": "Gesden y Mailchimp",
         "budget": "el año pasado gastamos 18.000 con otra agencia y no funcionó. Ahora pensamos en unos treinta mil al año",
         "timing": "justo después de Reyes, la segunda semana de enero",
         "name": "Marta Giménez, mi móvil es el 612 34 56 78", "consent": "vale",
         "email": "marta.gimenez@clinicasturia.es", "confirm": "eso es"},
        lang="es",
        before={"company_size": "¿Tenéis casos de éxito con clínicas dentales?",
                "timing": "Uy, para, para, lo dejamos aquí de momento, me llama un paciente"},
        after=("Ya estoy. ¿Podemos empezar otra vez?",),
        # Budget: "unos treinta mil al año" is a single amount (min = max); the 18.000 was last year's spend.
        expect={"location.country": "ES", "industry": "healthcare", "authority.seniority": "director",
                "budget.min": 30000, "budget.max": 30000, "budget.currency": "EUR", "budget.period": "year",
                "company_size.min": 50, "timing.horizon_days": SECOND_WEEK_OF_JANUARY, "name": "Marta Giménez",
                "email.address": "marta.gimenez@clinicasturia.es"},
        never={"authority.role": ("decision_maker",), "company_size.min": (4, 11) + PHONE_ES,
               "company_size.max": (11,) + PHONE_ES, "budget.min": (18000, 5000000, 50, 11, 4) + PHONE_ES,
               "budget.max": (18000, 5000000) + PHONE_ES, "budget.currency": ("USD",)},
        said=("brightline.example/case-studies",),
        asked_twice=("company_size", "timing"),
        unsaid=ENGLISH,
    ),
    Persona(
        "tiago, writes European Portuguese, Douro wine estate, bottles a year, vintage hands, a postcode, 4 a 5 mil "
        "with euros unsaid then 'só aprova 3 mil' at the timing question, says no to keeping his details, "
        "'isso mesmo', Pinhão",
        "Boa tarde. Temos uma quinta no Douro, perto do Pinhão, produzimos vinho do Porto e DOC Douro, umas 80 mil "
        "garrafas por ano. Este ano o enoturismo correu mal e queremos vender mais diretamente.",
        {"need": "mais vendas online e mais visitas à quinta, com Instagram, Google Ads e uma loja online nova",
         "company": "Quinta do Vale Fundo", "authority": "sou o filho do dono, trato do marketing, o meu pai decide",
         "industry": "vinhos e enoturismo",
         "company_size": "somos 12 fixos, nas vindimas chegamos aos 40",
         "location": "Pinhão, no Douro, Portugal. 5085-034, telemóvel 912 345 678", "revenue": "cerca de 2 milhões",
         "tech_stack": "WooCommerce e Excel", "budget": "à volta de 4 a 5 mil por mês",
         "timing": "A partir de março. Ah, e quanto ao orçamento: o meu pai só aprova 3 mil por mês",
         "name": "Tiago Sousa", "consent": "não, obrigado", "email": "prefiro não dar", "confirm": "isso mesmo"},
        lang="pt",
        # Industry: growing grapes and making wine is farming and its processing; the tourism is hospitality.
        # Budget: "só aprova 3 mil" (his father's cap, named at the timing question) replaces 4-5 mil: a cap (max
        # only) or the amount they settle on (min = max).
        # Head count: 12 all year, 40 at the harvest.
        # He refused to have his details kept: no email may be stored.
        expect={"location.country": "PT", "industry": OneOf(("agriculture", "manufacturing", "hospitality")),
                "company_size.min": 12,
                "budget.min": OneOf((ABSENT, 3000)), "budget.max": 3000, "budget.currency": "EUR",
                "budget.period": "month", "timing.horizon_days": month_span(3), "email.address": ABSENT},
        never={"authority.role": ("decision_maker",), "company_size.min": (40, 52, 80000) + PHONE_PT, "company_size.max": (80000,) + PHONE_PT,
               "budget.min": (4000, 80000, 12, 40, 2000000) + PHONE_PT,
               "budget.max": (5000, 80000, 2000000) + PHONE_PT, "budget.currency": ("USD", "BRL")},
        unsaid=ENGLISH,
    ),
    Persona(
        "chiara, writes Italian, architecture practice since 1972, founding partner, skips the industry question, "
        "interns, last year's trade fairs, asks why the head count is needed, a cap of 4mila with euros unsaid, by the "
        "end of February, 'giusto', books a call, Bologna",
        "Buongiorno, siamo uno studio di architettura a Bologna, dal 1972. Quest'anno sono calati gli incarichi "
        "dai privati e vorremmo lavorare di più con aziende e sviluppatori immobiliari.",
        {"need": "farci trovare da aziende e immobiliaristi: LinkedIn, un sito nuovo con i progetti e un po' di SEO",
         "company": "Studio Bertolini Associati", "authority": "sono socia fondatrice, decido io con mio marito",
         "industry": ("preferisco saltare", "architettura e interior design"),
         "company_size": "22 tra architetti e geometri, più 4 stagisti",
         "location": "Bologna, CAP 40125, cell 347 123 4567", "revenue": "circa 2,4 milioni",
         "tech_stack": "Archicad e Excel",
         "budget": "l'anno scorso abbiamo speso 10 mila in fiere. per questo non più di 4mila al mese",
         "timing": "entro fine febbraio", "name": "Chiara Bertolini", "consent": "sì, va bene",
         "email": "chiara@studiobertolini.it", "confirm": "giusto"},
        lang="it",
        before={"company_size": "Perché vi serve sapere quanti dipendenti abbiamo?"},
        after=("Possiamo fissare una chiamata?", "Va bene la prima."),
        # Industry: an architects' practice sells professional services; a reader may file it under construction.
        # Head count: 22 "più 4 stagisti": the staff, or with the interns.
        # Budget: "non più di 4mila" is a cap, max only (the contract).
        expect={"location.country": "IT", "industry": OneOf(("professional_services", "construction")),
                "authority.seniority": "c_level", "authority.role": "decision_maker",
                "company_size.min": Within(22, 26), "budget.min": ABSENT, "budget.max": 4000,
                "budget.currency": "EUR", "budget.period": "month", "timing.horizon_days": end_of(2),
                "name": "Chiara Bertolini", "email.address": "chiara@studiobertolini.it"},
        never={"company_size.min": (4, 1972) + PHONE_IT, "company_size.max": (1972,) + PHONE_IT,
               "budget.min": (10000, 4000, 1972, 22) + PHONE_IT, "budget.max": (10000, 1972, 2400000) + PHONE_IT,
               "budget.currency": ("USD",)},
        asked_twice=("company_size",),
        unsaid=ENGLISH,
    ),
    Persona(
        "wout, writes Flemish Dutch, chain of bicycle shops, a head count that fell after a shop closed, skips the "
        "role question then zaakvoerder, a price a friend was quoted asked about, twee à drie duizend in words with "
        "euros unsaid, Antwerp's postcode 2018, a mobile, 'klopt ja', Antwerpen",
        "Dag, wij hebben drie fietsenwinkels in en rond Antwerpen, vooral e-bikes en speedpedelecs. Dit jaar is de "
        "verkoop van e-bikes flink gezakt.",
        {"need": "meer bezoekers in de winkels en meer online verkoop: Google Ads, Meta-advertenties en een "
                 "betere webshop",
         "company": "Velo Scheldeland BV", "authority": ("zeg ik liever niet", "zaakvoerder"),
         "industry": "fietsenhandel, retail",
         "company_size": "we waren met 30, nu nog 24 sinds we de winkel in Mechelen hebben gesloten",
         "location": "2018 Antwerpen, gsm 0478 12 34 56", "revenue": "ongeveer 4 miljoen",
         "tech_stack": "Lightspeed en Mailchimp", "budget": "zo'n twee à drie duizend per maand",
         "timing": "vanaf maart", "name": "Wout Peeters", "consent": "ja, mag",
         "email": "wout@veloscheldeland.be", "confirm": "klopt ja"},
        lang="nl",
        before={"budget": "Wat kost zoiets bij jullie? Een vriend zei 1.500 per maand"},
        # Budget: the 1.500 is a price a friend was quoted, asked about; his own budget is the range in words.
        expect={"location.country": "BE", "industry": "retail_ecommerce", "authority.seniority": "c_level",
                "authority.role": "decision_maker", "company_size.min": 24, "budget.min": 2000,
                "budget.max": 3000, "budget.currency": "EUR", "budget.period": "month",
                "timing.horizon_days": month_span(3), "name": "Wout Peeters",
                "email.address": "wout@veloscheldeland.be"},
        never={"company_size.min": (30, 3) + PHONE_BE, "company_size.max": (30,) + PHONE_BE,
               "budget.min": (1500, 2018, 24, 30, 4000000) + PHONE_BE,
               "budget.max": (1500, 2018, 4000000) + PHONE_BE, "budget.currency": ("USD",)},
        asked_twice=("authority", "budget"),
        unsaid=ENGLISH,
    ),
]

# Personas who book a call, with the zone of the place they said they are in: the first time offered, which they
# pick, must show the booked start's clock there (Pune is five and a half hours ahead of UTC; the Beauce keeps
# Toronto's Eastern time; Bristol keeps London's).
BOOKED_IN = {"hannah": "Europe/London", "thabo": "Africa/Johannesburg", "priya": "Asia/Kolkata",
             "reto": "Europe/Zurich", "geneviève": "America/Toronto", "chiara": "Europe/Rome"}

# What the bot's answer to a visitor's own question must hold (any of the words, case ignored): a price asked is
# answered with the playbook's pricing text, which names USD; "is this a bot" names the bot somehow.
REPLY_HOLDS: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "hannah": (("am I talking to a bot", ("bot", "assistant", "automated", "virtual")),),
    "priya": (("what do you people charge", ("USD", "$")),),
    "reto": (("mit einem Bot am schreiben", ("bot", "assistent", "automatisch", "virtuell")),),
    "wout": (("Wat kost zoiets bij jullie", ("USD", "$")),),
}
# And what it must not hold: a reason asked for is no price.
REPLY_LACKS: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "thabo": (("why do you need to know what we'd spend", ("USD",)),),
    "geneviève": (("Pourquoi vous avez besoin de mon courriel", ("USD",)),),
    "chiara": (("Perché vi serve sapere quanti dipendenti", ("USD",)),),
}

# Required questions skipped, with the words of the skip: the question must come back.
SKIPS = {"priya": ("skip", "authority"), "chiara": ("preferisco saltare", "industry"),
         "wout": ("zeg ik liever niet", "authority")}

# Personas still wrong after their first run, by id, with what came out wrong (``cases``).
STILL_WRONG: dict[str, str] = {
    "thabo": "his 'sharp' at a confirmation was not taken: asked again, then 'To answer, tap Yes', at both "
             "confirmations",
    "chinedu": "the bot kept asking: his 'na so' at the first confirmation was not taken (asked twice more); after "
               "the start again, 'Chinedu Okafor, 0803 123 4567. about the budget, make it 5m flat' at the name "
               "question got the budget said back and 'Back to my question: What's your name?' without end",
    "geneviève": "'entre deux mille et trois mille par mois' gave budget 1000-1000; the opening's 'ont pas bougé "
                 "cette année' gave a start in December 2026 (13 days), not February; 'Est-ce que je peux réserver "
                 "un appel?' was counted not understood",
    "marta": "'Uy, para, para, lo dejamos aquí de momento' at the timing question was no stop: it became 'una sede "
             "en Brasil' (location.country BR)",
    "tiago": "the opening's 'umas 80 mil garrafas por ano' became a budget of 80,000 a year and 'Este ano' a start "
             "in December 2026; the cap of 3 mil a month said at the timing question was not heard; 'sou o filho do "
             "dono, trato do marketing, o meu pai decide' got 'não percebi' twice",
    "wout": "the 1.500 a friend was quoted, in his price question at the budget question, became the budget "
            "(1500-1500) and the budget question was not asked again, so his 'twee à drie duizend' was never said",
}


@pytest.mark.parametrize("persona", cases(PERSONAS, STILL_WRONG))
def test_each_fourteenth_set_persona_s_lead_holds_what_they_said_and_nothing_invented(
        stack: Stack, playbook: Playbook, persona: Persona) -> None:
    play_and_check(stack, playbook, persona, booked_in=BOOKED_IN, reply_holds=REPLY_HOLDS, reply_lacks=REPLY_LACKS,
                   skips=SKIPS, every_line_means=True)
