"""Eleven more visitors, written blind and held out, played through the real Rasa, action server and lead service.

A thirteenth set (issue 14): five English visitors (from Cork, Nairobi,
Manila, Calgary and Adelaide) and one each writing German (Germany), French
(France), Mexican Spanish, Brazilian Portuguese, Italian and Dutch from the
Netherlands, in trades the earlier sets' docstrings do not name: a group of
pharmacies, a software skills training institute, a corporate caterer, a
hockey gear retailer, a group of physiotherapy clinics, a sawmill, a fish
cannery, an avocado packer, a pest control company, a Parmigiano dairy and a
flower bulb grower. They give a budget in shorthand ("150 and 200k a month",
"2.5k max"), in words ("fifteen to twenty grand", "dreitausend", "quarante et
cinquante mille", "doze mil", "15 mille"), as a range and as a cap, corrected
inside one message (a plan of 3k cut to 2.5k; 4.000 cut to "höchstens
dreitausend") or at a later question (soixante mille at the name question);
numbers that are no budget: a spending threshold of the CEO, what they spend
on ads now, what an old agency charged, phone numbers, postcodes that look
like sums, founding years, patients a week, orders last month, a revenue in
dollars beside an amount in pesos; a problem "this year" that is no deadline,
head counts that grew, fell back or swell in season; they ask what it costs,
whether it is a bot, why it needs the budget, the head count or the email,
and for case studies; they answer confirmations with their own short yes
("grand", "sure", "opo", "yup", "spot on", "genau", "ouais", "ándale",
"beleza", "esatto", "jazeker") and the privacy question with a short no
("nee, liever niet"), skip a required question, stop and start again, take
their financial year's start as their date, and book calls from Cork, Manila,
Calgary, Adelaide (half an hour off the hour) and Uruapan, whose times must
be shown in their own zone. Amounts carry no currency where the country has
its own, and take that currency (issue 14). Each lists what the stored lead
must hold and the values it must never hold, labelled only from what the
visitor said, the lead contract and issue 14; where no rule settles a label,
the check accepts either reading (``OneOf``, ``Within``) with the reason
beside it. A failure names what came out wrong.

Vague dates are checked as a span of days counted from today (the
conversation's date), so the personas hold on any day they are played.
They were written blind (V13, 2026-12-04), without reading bot/actions,
bot/data, nlu/, tests/nlu or the tenth and eleventh held-out sets, and
committed before running them (ac0507a).
First run, on ac0507a (2026-12-04 23:16 UTC; the bot as committed at b81f871, the checkout clean):
0 of 11. All eleven are the bot's and stay strict xfails naming what came out wrong (``STILL_WRONG``);
no script, label or check was changed after the run. Where a wrong heard value was confirmed, it was
confirmed by the persona's scripted yes: the bot still invented it. One check of rafael's is the
script's, not the bot's: the bot confirmed the Curitiba of his opening instead of asking where he is
(issue 14 allows it), so his robot question, keyed to the location question, was never said and
"location asked again" cannot hold; his industry (hospitality) keeps him failing on the bot's account.
Seen in that run and checked by nothing here: giulia was asked her company three times (once after her
timing); maricel's "can i book a call" after the form got a promise of an email, not times.
siobhán and kate passed later (1397587). brian, maricel, tyler, giulia and bas pass on a clean checkout of c7849af
(2026-12-05 00:37 UTC; tyler by its stop the classifier missed, the others by the nlu readers committed since):
their strict xfails are removed; no script, label or check changed. claire passes on the next commit's form (her name
question no longer asked round and round, 'Soixante mille' heard as the budget, ed75b2d): her strict xfail is removed.
jonas and lucía pass on 4d083a8 (2026-12-05 03:57 UTC; jonas's industry and corrected budget, lucía's avocado
packer): their strict xfails are removed; no script, label or check changed.
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
    mid_month,
    month_span,
    play_and_check,
    quarter_of_next_year,
)

pytestmark = pytest.mark.slow

# Siobhán's Eircode (T12 X70A), as a careless reader might take its digits.
EIRCODE = (12, 70)
# Brian's mobile (0722 123 456).
PHONE_KE = (722, 123, 456, 722123456)
# Lucía's mobile (452 123 4567).
PHONE_MX = (452, 123, 4567, 1234567, 4521234567)
# Rafael's WhatsApp ((41) 99876-5432).
PHONE_BR = (41, 99876, 5432, 998765432, 41998765432)
# "Next week": from the coming Monday to the Sunday after it, on any weekday it is played.
NEXT_WEEK = Within(1, 13)
# "The second half of January": its 15th to its last day.
SECOND_HALF_OF_JANUARY = Within(month_span(1).low + 14, month_span(1).high)


PERSONAS = [
    Persona(
        "siobhán, group of pharmacies, footfall down this year, asks why the budget is needed, a head count that "
        "grew with a new shop, an Eircode, 3k cut to 2.5k max inside one message with euros unsaid, 'grand', books "
        "a call, Cork",
        "Hi there, we've a group of six pharmacies around Cork city and county. Footfall's been down this year with "
        "the online crowd, so we want more people booking our services (flu jabs, blood pressure checks) online.",
        {"need": "local SEO and google ads mostly, and a booking page on the website that actually works on a phone",
         "company": "Lee Valley Pharmacy Group", "authority": "I co-own it with my sister, the two of us decide",
         "industry": "community pharmacy, so healthcare and a bit of retail",
         "company_size": "we were 40 last year, 55 now since we took on the Midleton shop",
         "location": "Cork, T12 X70A", "revenue": "around 9 million", "tech_stack": "Mailchimp and WordPress",
         "budget": "I was going to say 3k a month but my sister says 2.5k max, so call it 2.5k",
         "timing": "mid January, once the Christmas rush is over", "name": "Siobhán Murphy",
         "consent": "grand, yeah", "email": "siobhan@leevalleypharmacy.ie", "confirm": "grand"},
        before={"budget": "why do you need to know our budget?"},
        after=("can I book a call with someone?", "the first one suits"),
        # Industry: a pharmacy is a health service sold over a shop counter; she names both.
        # Budget min: "2.5k max, so call it 2.5k" is a cap (max only) or the amount she settles on (min = max).
        expect={"location.country": "IE", "industry": OneOf(("healthcare", "retail_ecommerce")),
                "authority.seniority": "c_level", "authority.role": "decision_maker", "company_size.min": 55,
                "budget.min": OneOf((ABSENT, 2500)), "budget.max": 2500, "budget.currency": "EUR",
                "budget.period": "month", "timing.horizon_days": mid_month(1), "name": "Siobhán Murphy",
                "email.address": "siobhan@leevalleypharmacy.ie"},
        never={"company_size.min": (40, 6) + EIRCODE, "company_size.max": (40,) + EIRCODE,
               "budget.min": (3000, 6, 40, 55) + EIRCODE, "budget.max": (3000, 9000000) + EIRCODE,
               "budget.currency": ("USD", "GBP")},
        asked_twice=("budget",),
    ),
    Persona(
        "brian, software skills training institute, enrolments slow this year, head of partnerships, the CEO's "
        "spending threshold in shillings, part-time trainers, a range in shorthand with shillings unsaid, a mobile "
        "number with his name, asks why the email is needed, 'sure', Nairobi",
        "Hello, we run a software and data skills training institute in Westlands, Nairobi. Enrolments for our "
        "evening classes have been slow this year.",
        {"need": "we want more corporate clients sending their staff to train with us. linkedin, email campaigns "
                 "and maybe a CRM to follow up properly",
         "company": "Savannah Code Academy",
         "authority": "I'm the head of partnerships. I handle marketing but the CEO signs anything above 500k "
                      "shillings",
         "industry": "education and corporate training",
         "company_size": "about 35 staff, plus around 20 part-time trainers",
         "location": "Nairobi, Kenya", "revenue": "around 80 million shillings a year",
         "tech_stack": "Zoho and Google Sheets", "budget": "between 150 and 200k a month",
         "timing": "January, in time for the new intake",
         "name": "Brian Otieno, you can also call me on 0722 123 456", "consent": "yes sure",
         "email": "brian.otieno@savannahcode.co.ke", "confirm": "sure"},
        before={"email": "why do you need my email?"},
        # Head count: 35 staff "plus around 20 part-time trainers": the staff, or all of them.
        # Role: he handles marketing and decides below the CEO's threshold; no rule settles which role that is.
        expect={"location.country": "KE", "industry": "education", "authority.seniority": "director",
                "company_size.min": Within(35, 55), "budget.min": 150000, "budget.max": 200000,
                "budget.currency": "KES", "budget.period": "month", "timing.horizon_days": month_span(1),
                "name": "Brian Otieno", "email.address": "brian.otieno@savannahcode.co.ke"},
        never={"budget.min": (500000, 35, 20, 55) + PHONE_KE, "budget.max": (500000, 80000000) + PHONE_KE,
               "company_size.min": (20,) + PHONE_KE, "company_size.max": PHONE_KE,
               "budget.currency": ("USD",)},
        asked_twice=("email",),
    ),
    Persona(
        "maricel, corporate caterer, skips the role question, her aunt the owner approves, asks if it's a bot, "
        "what they spend on boosting now beside a cap with pesos unsaid, 25 hires since September, a postcode, "
        "'opo', books a call, Manila",
        "Hi po! We're a corporate catering company in Makati, we do packed meals and events for offices. We want "
        "more corporate accounts.",
        {"need": "more leads from HR and admin managers, facebook ads and a website with online ordering",
         "company": "Lutong Bahay Corporate Catering Inc.",
         "authority": ("skip", "operations manager po, but the owner (my tita) approves the budget"),
         "industry": "food and catering",
         "company_size": "around 80 including kitchen staff, we hired 25 more since September",
         "location": "Makati City, Metro Manila 1200", "revenue": "around 60M pesos a year",
         "tech_stack": "Excel and our Facebook page",
         "budget": "right now we spend 40k a month on fb boosting. willing to go up to 100k monthly",
         "timing": "next week if possible", "name": "Maricel Santos", "consent": "yes po",
         "email": "maricel@lutongbahaycatering.ph", "confirm": "opo"},
        before={"timing": "by the way are you a bot or a real person po?"},
        after=("can i book a call with your team?", "the first one po"),
        # Budget: "up to 100k" is a cap, max only (the contract); the 40k is what they spend on boosting now.
        expect={"location.country": "PH", "industry": "hospitality", "authority.seniority": "manager",
                "company_size.min": 80, "budget.min": ABSENT, "budget.max": 100000, "budget.currency": "PHP",
                "budget.period": "month", "timing.horizon_days": NEXT_WEEK, "name": "Maricel Santos",
                "email.address": "maricel@lutongbahaycatering.ph"},
        never={"authority.role": ("decision_maker",), "company_size.min": (25, 55, 105, 1200),
               "company_size.max": (25, 1200), "budget.min": (40000, 1200, 80, 25),
               "budget.max": (40000, 60000000, 1200), "budget.currency": ("USD",)},
        asked_twice=("timing",),
    ),
    Persona(
        "tyler, hockey gear retailer, online sales flat this year, a seasonal head count, a range in words with "
        "dollars unsaid, a postal code, stops at the timing question, an order count after the stop, starts over, "
        "'yup', books a call, Calgary",
        "hey, we sell hockey gear, 3 stores in Calgary plus an online shop. online sales have been pretty flat this "
        "year",
        {"need": "ecommerce growth - google shopping ads, email marketing and better SEO",
         "company": "Boards & Blades Hockey", "authority": "founder and president",
         "industry": "sporting goods retail and ecommerce",
         "company_size": "22 full time, we bump up to about 40 for back-to-hockey season in August",
         "location": "Calgary, AB T2E 7H7", "revenue": "about 12 million", "tech_stack": "Shopify and Klaviyo",
         "budget": "fifteen to twenty grand a month", "timing": "mid January once the Boxing Day rush is over",
         "name": "Tyler Kowalski", "consent": "yep", "email": "tyler@boardsandblades.ca", "confirm": "yup"},
        before={"timing": "actually stop for now, I'm needed on the floor"},
        after=("fyi we did 4,800 online orders last month", "ok I'm back, can we start again?",
               "can I book a call?", "first one works"),
        expect={"location.country": "CA", "industry": "retail_ecommerce", "authority.seniority": "c_level",
                "authority.role": "decision_maker", "company_size.min": 22, "budget.min": 15000,
                "budget.max": 20000, "budget.currency": "CAD", "budget.period": "month",
                "timing.horizon_days": mid_month(1), "name": "Tyler Kowalski",
                "email.address": "tyler@boardsandblades.ca"},
        never={"company_size.min": (40, 3, 4800), "company_size.max": (4800, 7),
               "budget.min": (4800, 22, 40, 3, 2, 7), "budget.max": (4800, 12000000, 7),
               "budget.currency": ("USD",)},
        asked_twice=("timing",),
    ),
    Persona(
        "kate, group of physio clinics, patients a week at the need question, practice manager, the directors sign "
        "off, asks what they charge, an old agency's fee beside a cap with dollars unsaid, a head count that grew, "
        "a postcode, the new financial year, 'spot on', books a call, Adelaide",
        "G'day, we've got four physio clinics across Adelaide's eastern suburbs and want more corporate and sports "
        "club clients, and to fill the gaps in our books",
        {"need": "mainly google ads and local SEO, maybe some content. we see about 900 patients a week across "
                 "the clinics",
         "company": "Eastside Physio Group",
         "authority": "practice manager - the two directors sign off on spend, I make the recommendation",
         "industry": "allied health, physiotherapy",
         "company_size": "31 staff now, we were 26 before we opened Norwood in June",
         "location": "Adelaide, SA 5067", "revenue": "around 4.5 mil", "tech_stack": "Cliniko and Mailchimp",
         "budget": "our old agency charged us 3.5k a month, we'd want to stay under 5k",
         "timing": "from the start of the new financial year in July", "name": "Kate O'Brien",
         "consent": "no worries", "email": "kate@eastsidephysio.com.au", "confirm": "spot on"},
        before={"budget": "what would you guys charge for something like that?"},
        after=("could I book a call with someone?", "first time's good"),
        # Budget: "stay under 5k" is a cap, max only (the contract); 3.5k is what the old agency charged.
        expect={"location.country": "AU", "industry": "healthcare", "authority.seniority": "manager",
                "company_size.min": 31, "budget.min": ABSENT, "budget.max": 5000, "budget.currency": "AUD",
                "budget.period": "month", "timing.horizon_days": month_span(7), "name": "Kate O'Brien",
                "email.address": "kate@eastsidephysio.com.au"},
        never={"authority.role": ("decision_maker",), "company_size.min": (26, 900, 5067, 4),
               "company_size.max": (900, 5067), "budget.min": (3500, 900, 5067, 31, 26),
               "budget.max": (3500, 900, 5067, 4500000), "budget.currency": ("USD",)},
        asked_twice=("budget",),
    ),
    Persona(
        "jonas, writes German, sawmill since 1897, timber sales slumped this year, his father has the last word, "
        "asks why the head count is needed, apprentices, a postcode, 4.000 cut to 'höchstens dreitausend' inside "
        "one message with euros unsaid, the second quarter, 'genau', Freudenstadt",
        "Guten Tag, wir sind ein Sägewerk im Schwarzwald, seit 1897 in Familienhand. Dieses Jahr ist das "
        "Bauholz-Geschäft eingebrochen, wir wollen mehr an Zimmereien und Holzbaufirmen verkaufen.",
        {"need": "Leads von Zimmereien und Holzbauern, über Google Ads und eine neue Website mit Preisanfrage",
         "company": "Sägewerk Kienzle GmbH & Co. KG",
         "authority": "Ich bin Juniorchef und kümmere mich um den Vertrieb, aber das letzte Wort hat mein Vater",
         "industry": "Holzverarbeitung, Schnittholz und Brettschichtholz",
         "company_size": "45 Leute, davon 8 Azubis", "location": "72250 Freudenstadt",
         "revenue": "ungefähr 14 Millionen", "tech_stack": "SAP Business One und Excel",
         "budget": "Wir hatten an 4.000 im Monat gedacht, mein Vater sagt aber höchstens dreitausend",
         "timing": "im zweiten Quartal nächsten Jahres", "name": "Jonas Kienzle", "consent": "geht klar",
         "email": "j.kienzle@saegewerk-kienzle.de", "confirm": "genau"},
        lang="de",
        before={"company_size": "Warum wollen Sie wissen, wie viele Mitarbeiter wir haben?"},
        # Industry: sawn and glued timber is made in a mill (manufacturing); a reader may file wood under forestry.
        # Budget min: "höchstens dreitausend" is a cap (max only) or the father's amount (min = max); 4.000 is gone.
        # Seniority: "Juniorchef" (the owner's son, in charge of sales) fits no title of the contract's list.
        expect={"location.country": "DE", "industry": OneOf(("manufacturing", "agriculture")),
                "company_size.min": 45, "budget.min": OneOf((ABSENT, 3000)), "budget.max": 3000,
                "budget.currency": "EUR", "budget.period": "month",
                "timing.horizon_days": quarter_of_next_year(2), "email.address": "j.kienzle@saegewerk-kienzle.de"},
        never={"authority.role": ("decision_maker",), "company_size.min": (8, 53, 1897, 72250),
               "company_size.max": (53, 1897, 72250), "budget.min": (4000, 1897, 72250, 45, 8),
               "budget.max": (4000, 1897, 72250, 14000000), "budget.currency": ("USD", "CHF")},
        asked_twice=("company_size",),
        unsaid=ENGLISH,
    ),
    Persona(
        "claire, writes French (France), fish cannery since 1919, sales to delicatessens fell this year, the CEO "
        "approves, a seasonal head count, a postcode, quarante et cinquante mille then soixante mille at the name "
        "question with euros unsaid, 'ouais', Concarneau",
        "Bonjour, nous sommes une conserverie de poissons à Concarneau, fondée en 1919. Cette année, les ventes aux "
        "épiceries fines ont baissé.",
        {"need": "trouver des distributeurs et des épiceries fines à l'export, avec LinkedIn et de l'emailing",
         "company": "Conserverie de l'Odet",
         "authority": "je suis responsable marketing, c'est notre PDG qui valide les budgets",
         "industry": "agroalimentaire, conserves de sardines et de maquereaux",
         "company_size": "une soixantaine, et jusqu'à 90 pendant la saison de la sardine",
         "location": "29900 Concarneau", "revenue": "environ 8 millions", "tech_stack": "Sage et Mailchimp",
         "budget": "entre quarante et cinquante mille par an", "timing": "au printemps, disons avril",
         "name": "Claire Le Goff. Ah, et pour le budget, finalement ce sera soixante mille par an, le PDG a validé",
         "consent": "d'accord", "email": "claire.legoff@conserverie-odet.fr", "confirm": "ouais"},
        lang="fr",
        # Industry: canning fish is food processing (manufacturing); a reader may file food under agriculture.
        # Seniority: "responsable marketing" is a marketing manager, or a head of marketing (director).
        # Head count: "une soixantaine" is about sixty.
        expect={"location.country": "FR", "industry": OneOf(("manufacturing", "agriculture")),
                "authority.seniority": OneOf(("manager", "director")), "company_size.min": Within(55, 65),
                "budget.min": 60000, "budget.max": 60000, "budget.currency": "EUR", "budget.period": "year",
                "timing.horizon_days": month_span(4), "name": "Claire Le Goff",
                "email.address": "claire.legoff@conserverie-odet.fr"},
        never={"authority.role": ("decision_maker",), "company_size.min": (90, 1919, 29900),
               "company_size.max": (1919, 29900), "budget.min": (40000, 1919, 29900, 60),
               "budget.max": (50000, 1919, 29900, 8000000), "budget.currency": ("USD",)},
        unsaid=ENGLISH,
    ),
    Persona(
        "lucía, writes Mexican Spanish, avocado packer, the board authorises, a seasonal head count, a revenue in "
        "dollars, a postcode that looks like a sum, asks what they charge, 80 mil hedged to 100 with pesos unsaid, "
        "a mobile number with her name, 'ándale', books a call, Uruapan",
        "Buenas tardes, tenemos una empacadora de aguacate en Uruapan, Michoacán, y exportamos a Estados Unidos y "
        "Japón. Queremos más compradores en Asia y Europa.",
        {"need": "leads de importadores y distribuidores, con LinkedIn y una página web en inglés",
         "company": "Empacadora Los Volcanes",
         "authority": "soy la directora comercial, pero las inversiones las autoriza el consejo",
         "industry": "agroindustria, empaque y exportación de aguacate",
         "company_size": "unos 200 en temporada alta, 120 el resto del año",
         "location": "Uruapan, Michoacán, CP 60000", "revenue": "como 25 millones de dólares al año",
         "tech_stack": "SAP y Excel", "budget": "unos 80 mil al mes, máximo 100",
         "timing": "a partir de la segunda quincena de enero",
         "name": "Lucía Hernández, mi cel es 452 123 4567", "consent": "sale",
         "email": "lucia.hernandez@empacadoralosvolcanes.mx", "confirm": "ándale"},
        lang="es",
        before={"budget": "¿Y ustedes cuánto cobran más o menos?"},
        after=("¿Puedo agendar una llamada?", "La primera me queda bien."),
        # Industry: packing avocados is agribusiness: the farm produce (agriculture) or its processing (manufacturing).
        # Head count: 200 in the high season, 120 the rest of the year: either.
        # Budget max: "unos 80 mil, máximo 100" is a hedge up to 100,000, or the 80,000 she gives.
        expect={"location.country": "MX", "industry": OneOf(("agriculture", "manufacturing")),
                "authority.seniority": "director", "company_size.min": OneOf((120, 200)), "budget.min": 80000,
                "budget.max": OneOf((80000, 100000)), "budget.currency": "MXN", "budget.period": "month",
                "timing.horizon_days": SECOND_HALF_OF_JANUARY,
                "email.address": "lucia.hernandez@empacadoralosvolcanes.mx"},
        never={"authority.role": ("decision_maker",), "company_size.min": (60000,) + PHONE_MX,
               "company_size.max": (60000,) + PHONE_MX, "budget.min": (60000, 200, 120, 25000000) + PHONE_MX,
               "budget.max": (60000, 25000000) + PHONE_MX, "budget.currency": ("USD",)},
        asked_twice=("budget",),
        unsaid=ENGLISH,
    ),
    Persona(
        "rafael, writes Brazilian Portuguese, pest control company, asks if he is talking to a robot, a head count "
        "that grew, a CEP, doze mil por trimestre in words with reais unsaid, after Carnival in March, a WhatsApp "
        "number with his name, 'beleza', Curitiba",
        "Oi, tudo bem? Temos uma dedetizadora em Curitiba, atendemos condomínios, restaurantes e indústrias. "
        "Queremos fechar mais contratos com empresas.",
        {"need": "gerar leads de síndicos e gerentes de fábrica, com Google Ads e SEO local",
         "company": "Curitiba Controle de Pragas Ltda", "authority": "sou sócio-fundador, quem decide sou eu",
         "industry": "controle de pragas, prestação de serviços",
         "company_size": "éramos 18 no ano passado, hoje somos 30 contando o escritório",
         "location": "Curitiba, PR, CEP 80010-000", "revenue": "uns 4 milhões por ano",
         "tech_stack": "RD Station e planilhas", "budget": "uns doze mil por trimestre",
         "timing": "logo depois do Carnaval, em março",
         "name": "Rafael Souza, meu zap é (41) 99876-5432", "consent": "beleza",
         "email": "rafael@curitibapragas.com.br", "confirm": "beleza"},
        lang="pt",
        before={"location": "Peraí, eu tô falando com um robô?"},
        # Industry: a pest control firm sells a service to businesses; the contract names no such trade.
        expect={"location.country": "BR", "industry": OneOf(("professional_services", "other")),
                "authority.seniority": "c_level", "authority.role": "decision_maker", "company_size.min": 30,
                "budget.min": 12000, "budget.max": 12000, "budget.currency": "BRL", "budget.period": "quarter",
                "timing.horizon_days": month_span(3), "email.address": "rafael@curitibapragas.com.br"},
        never={"company_size.min": (18, 80010) + PHONE_BR, "company_size.max": (18, 80010) + PHONE_BR,
               "budget.min": (80010, 18, 30, 4000000) + PHONE_BR, "budget.max": (80010, 4000000) + PHONE_BR,
               "budget.currency": ("USD", "EUR")},
        asked_twice=("location",),
        unsaid=ENGLISH,
    ),
    Persona(
        "giulia, writes Italian, Parmigiano dairy since 1965, skips the industry question, asks for case studies, "
        "summer hands, a postcode, tra 2 e 3 mila with euros unsaid, mid January, 'esatto', Reggio Emilia",
        "Buonasera, siamo un caseificio che produce Parmigiano Reggiano vicino a Reggio Emilia, dal 1965. Vorremmo "
        "vendere di più online e ai ristoranti all'estero.",
        {"need": "contatti da ristoranti e importatori, con Instagram e un e-commerce migliore",
         "company": "Caseificio Val d'Enza", "authority": "sono la titolare insieme a mio fratello, decidiamo noi",
         "industry": ("passo", "lattiero-caseario, produzione di formaggio"),
         "company_size": "siamo 14, più 3 stagionali d'estate", "location": "Reggio Emilia, CAP 42020",
         "revenue": "circa 3,5 milioni", "tech_stack": "Shopify e Excel", "budget": "tra 2 e 3 mila al mese",
         "timing": "da metà gennaio", "name": "Giulia Ferretti", "consent": "va bene",
         "email": "giulia@caseificiovaldenza.it", "confirm": "esatto"},
        lang="it",
        before={"company_size": "Avete dei casi studio con aziende alimentari?"},
        # Industry: a dairy makes cheese (manufacturing) from its farmers' milk; a reader may file it under agriculture.
        expect={"location.country": "IT", "industry": OneOf(("manufacturing", "agriculture")),
                "authority.seniority": "c_level", "authority.role": "decision_maker", "company_size.min": 14,
                "budget.min": 2000, "budget.max": 3000, "budget.currency": "EUR", "budget.period": "month",
                "timing.horizon_days": mid_month(1), "email.address": "giulia@caseificiovaldenza.it"},
        never={"company_size.min": (17, 3, 1965, 42020), "company_size.max": (1965, 42020),
               "budget.min": (1965, 42020, 14, 3), "budget.max": (1965, 42020, 3500000),
               "budget.currency": ("USD",)},
        said=("brightline.example/case-studies",),
        asked_twice=("company_size",),
        unsaid=ENGLISH,
    ),
    Persona(
        "bas, writes Dutch (NL), flower bulb grower, exports fell this year, seasonal temps, a postcode, 15 mille "
        "a quarter with euros unsaid, after the Keukenhof season, says no to keeping his details, 'jazeker', Lisse",
        "Goedemiddag, wij zijn een bloembollenkwekerij in Lisse, al drie generaties. Dit jaar was de export naar "
        "Amerika flink minder.",
        {"need": "meer zakelijke klanten: tuincentra en groothandels in Duitsland en Scandinavië, via LinkedIn en "
                 "e-mailmarketing",
         "company": "Kwekerij Van der Zwet", "authority": "ik ben mede-eigenaar, ik beslis samen met mijn broer",
         "industry": "bloembollenteelt en export",
         "company_size": "18 vast, in het seizoen komen er zo'n 30 uitzendkrachten bij",
         "location": "2161 AB Lisse", "revenue": "zo'n 6 miljoen", "tech_stack": "Exact Online en Mailchimp",
         "budget": "zo'n 15 mille per kwartaal", "timing": "na de Keukenhof-drukte, dus vanaf juni",
         "name": "Bas van der Zwet", "consent": "nee, liever niet", "email": "liever niet", "confirm": "jazeker"},
        lang="nl",
        # He refused to have his details kept: no email may be stored (the name: the contract settles nothing).
        expect={"location.country": "NL", "industry": "agriculture", "authority.seniority": "c_level",
                "authority.role": "decision_maker", "company_size.min": 18, "budget.min": 15000,
                "budget.max": 15000, "budget.currency": "EUR", "budget.period": "quarter",
                "timing.horizon_days": month_span(6), "email.address": ABSENT},
        never={"company_size.min": (48, 30, 2161), "company_size.max": (48, 2161),
               "budget.min": (2161, 18, 30, 6000000), "budget.max": (2161, 6000000),
               "budget.currency": ("USD",)},
        unsaid=ENGLISH,
    ),
]

# Personas who book a call, with the zone of the place they said they are in: the first time offered, which they
# pick, must show the booked start's clock there (Adelaide is ten and a half hours ahead of UTC in December;
# Calgary keeps Mountain time; Uruapan keeps Mexico City's time; Cork keeps Dublin's, as London's but its own).
BOOKED_IN = {"siobhán": "Europe/Dublin", "maricel": "Asia/Manila", "tyler": "America/Edmonton",
             "kate": "Australia/Adelaide", "lucía": "America/Mexico_City"}

# What the bot's answer to a visitor's own question must hold (any of the words, case ignored): a price asked is
# answered with the playbook's pricing text, which names USD; "is this a bot" names the bot somehow.
REPLY_HOLDS: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "maricel": (("are you a bot or a real person", ("bot", "assistant", "automated", "virtual")),),
    "kate": (("what would you guys charge", ("USD",)),),
    "lucía": (("cuánto cobran", ("USD",)),),
    "rafael": (("falando com um robô", ("robô", "bot", "assistente", "virtual", "automátic")),),
}
# And what it must not hold: a reason asked for is no price.
REPLY_LACKS: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "siobhán": (("why do you need to know our budget", ("USD",)),),
    "brian": (("why do you need my email", ("USD",)),),
    "jonas": (("Warum wollen Sie wissen", ("USD",)),),
}

# Required questions skipped, with the words of the skip: the question must come back.
SKIPS = {"maricel": ("skip", "authority"), "giulia": ("passo", "industry")}

# Personas still wrong after their first run, by id, with what came out wrong (``cases``).
STILL_WRONG: dict[str, str] = {
    "rafael": "'atendemos condomínios, restaurantes e indústrias' (a pest control firm's clients) gave industry "
              "'hospitality'; (the script's: location was never asked, so his robot question was never said)",
}


@pytest.mark.parametrize("persona", cases(PERSONAS, STILL_WRONG))
def test_each_thirteenth_set_persona_s_lead_holds_what_they_said_and_nothing_invented(
        stack: Stack, playbook: Playbook, persona: Persona) -> None:
    play_and_check(stack, playbook, persona, booked_in=BOOKED_IN, reply_holds=REPLY_HOLDS, reply_lacks=REPLY_LACKS,
                   skips=SKIPS, every_line_means=True)
