"""Eleven more visitors, written blind and held out, played through the real Rasa, action server and lead service.

A twelfth set (issue 14): five English visitors (from Scotland, Ghana,
Singapore, New Zealand and Texas) and one each writing Austrian German,
Belgian French, Argentine Spanish, European Portuguese, Swiss Italian and
Flemish Dutch, in trades the earlier sets' docstrings do not name: a rope
access and inspection firm, a poultry feed mill, a cold-storage warehouse, a
CNC machining shop, a port drayage trucking company, a maker of tiled stoves
(Kachelöfen), an artisan chocolate maker, a maker of seed drills, a cork
stopper factory, a printing house and a linen weaving mill. They give a
budget in shorthand ("4-5k a month", "dos palos por mes"), in words
("six grand", "zweieinhalbtausend", "septante mille", "vijfduizend"), as a
range and as a cap, corrected inside one message ("8k ... eh no, boss say max
6k", "uns 4 mil... aliás, 3 mil") or at a later question (nonante mille at the
timing question); numbers that are no budget: phone numbers, postcodes,
founding years, an order count, a cost per acquired farm, a quote another
agency gave, the bot's own price asked about; a problem "this year" that is no
deadline, head counts that changed or swell in season; they ask what it
costs, whether it is a bot, why it needs the budget, the head count or the
email, and for case studies; they answer confirmations with their own short
yes ("aye", "yes oo", "can", "sweet as", "yessir", "passt", "allez", "dale",
"pois", "certo", "yep hoor"), skip a required question, stop and start again,
and book calls from Aberdeen, Christchurch, Houston and Namur, whose times
must be shown in their own zone. Amounts carry no currency where the country
has its own, and take that currency (issue 14). Each lists what the stored
lead must hold and the values it must never hold, labelled only from what the
visitor said, the lead contract and issue 14; where no rule settles a label,
the check accepts either reading (``OneOf``, ``Within``) with the reason beside
it. A failure names what came out wrong.

Vague dates are checked as a span of days counted from today (the
conversation's date), so the personas hold on any day they are played.
They were written blind (V12, 2026-12-04), without reading bot/actions,
bot/data, nlu/, tests/nlu or the tenth and eleventh held-out sets, and
committed before running them (d16d990).
First run, on d16d990 (2026-12-04 20:21 UTC; the bot as committed at d6187b7, the checkout clean):
1 of 11 (cody). The ten others are the bot's and stay strict xfails naming what came out wrong
(``STILL_WRONG``); no script, label or check was changed after the run. Where a wrong heard value
was confirmed, it was confirmed by the persona's scripted yes: the bot still invented it.
Seen in that run and checked by nothing here: a visitor offered times as the form ends who then
asks "can I book a call?" gets "I'm not sure about that one" before the same times (ewan, cody,
nathalie); mere's "google ads" need was noted as a tool she uses (Google Ads).
On 2026-12-04 (B-conv): wim passes since dc1bd9a (the form takes the start said last after a dated
landmark, "na de Heimtextil in januari, dus vanaf februari"): his strict xfail is removed.
On 2026-12-04 (B-conv, run on a clean checkout of 10c1ad4): ewan ('MD' is c_level, nlu/titles) and luca
(a printer's industry, a head count that fell, nlu) pass: their strict xfails are removed.
On 2026-12-04 (B-conv, run on a clean checkout of 8783e56): wei ling ('can'), mere ('sweet as'; the start before
a landmark, dc1bd9a) and florian ('zweieinhalbtausend ... maximal drei', 'Wozu brauchen Sie ...') pass: their
strict xfails are removed.
On 2026-12-04 (B-conv, run on a clean checkout of 24c890b): nathalie (a seasonal head count; the budget named
anew at the timing question, fe00134), martín (his role; seed drills are manufacturing) and joana (Santa Maria da
Feira is in Portugal; her company) pass: their strict xfails are removed. akosua stays (her opening's "This year
... dropped" is heard as a start).
On 2026-12-05: akosua passes (her name beside a phone number, 95631c1; "This year sales to the big farms dropped"
no start, nlu/timing): her strict xfail is removed.
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
    month_span,
    next_month,
    play_and_check,
)

pytestmark = pytest.mark.slow

# The numbers in Ewan's mobile (07700 900123) and his postcode (AB11 5QN), as a careless reader might take them.
PHONE_GB = (7700, 900123, 7700900123, 11, 5)
# Akosua's number (024 412 3456).
PHONE_GH = (24, 412, 3456, 244123456)
# Martín's WhatsApp (+54 9 341 555-1234).
PHONE_AR = (54, 9, 341, 555, 1234, 5551234, 3415551234)
# Nathalie's mobile (0475 12 34 56).
PHONE_BE = (475, 12, 34, 56, 475123456)
# "The week after next": the Monday to the Sunday of the week after next, on any weekday it is played.
WEEK_AFTER_NEXT = Within(7, 20)
# "First week of January": its first seven days.
FIRST_WEEK_OF_JANUARY = Within(month_span(1).low, month_span(1).low + 7)
# "Early Feb": its first ten days or so.
EARLY_FEBRUARY = Within(month_span(2).low, month_span(2).low + 10)


PERSONAS = [
    Persona(
        "ewan, rope access and inspection firm, offshore work patchy this year, a head count that swells in summer, "
        "asks what they charge, 4-5k a month with pounds unsaid, a mobile number and a postcode, 'aye', books a call, "
        "Aberdeen",
        "Hiya. We're a rope access and inspection firm in Aberdeen - offshore work's been patchy this year so we "
        "want more onshore clients, wind farms and distilleries mostly.",
        {"need": "lead gen really, and a website that doesn't look like 2009. we want inspection contracts from "
                 "wind farm operators",
         "company": "Granite Access Ltd", "authority": "MD and majority shareholder, so aye, my call",
         "industry": "industrial inspection, rope access and NDT - nearly all of it for the energy sector",
         "company_size": "38 on the books, goes up to about 60 with contractors in the summer shutdowns",
         "location": "Aberdeen, AB11 5QN", "revenue": "about 3.5 million", "tech_stack": "Pipedrive and Xero",
         "budget": "4-5k a month", "timing": "the week after next ideally", "name": "Ewan Ritchie",
         "consent": "aye go on", "email": "ewan@graniteaccess.co.uk, or ring me on 07700 900123", "confirm": "aye"},
        before={"budget": "what do you lot charge roughly?"},
        after=("can I book a call with someone?", "first one's fine"),
        # Industry: an inspection service whose clients are nearly all energy; the contract names no inspection
        # label, so the energy he names, the service it is, or the construction trade rope access belongs to.
        expect={"location.country": "GB", "industry": OneOf(("energy", "professional_services", "construction")),
                "authority.seniority": "c_level", "authority.role": "decision_maker", "company_size.min": 38,
                "budget.min": 4000, "budget.max": 5000, "budget.currency": "GBP", "budget.period": "month",
                "timing.horizon_days": WEEK_AFTER_NEXT, "name": "Ewan Ritchie",
                "email.address": "ewan@graniteaccess.co.uk"},
        never={"company_size.min": (60,) + PHONE_GB, "company_size.max": PHONE_GB,
               "budget.min": (38, 60, 2009) + PHONE_GB, "budget.max": (2009,) + PHONE_GB,
               "budget.currency": ("USD",)},
        asked_twice=("budget",),
    ),
    Persona(
        "akosua, poultry feed mill, sales dropped this year, skips the role question, her father decides, asks if "
        "it's a bot, a head count that fell, a cost per new farm beside a range with cedis unsaid, a phone number "
        "with her name, 'yes oo', Kumasi",
        "Good afternoon. We run a poultry feed mill in Kumasi. This year sales to the big farms dropped a lot so we "
        "want to reach more distributors and agro-dealers.",
        {"need": "more leads from distributors, maybe facebook and whatsapp ads, and a proper website",
         "company": "Adom Feeds Ltd",
         "authority": ("I'd rather not say", "I'm the sales and marketing manager. My father is the MD, he "
                                             "approves the spending"),
         "industry": "animal feed production",
         "company_size": "we were 60 but after the layoffs in March we are 48 now",
         "location": "Kumasi, Ashanti region", "revenue": "about 9 million cedis", "tech_stack": "Excel",
         "budget": "maybe 10 to 12 thousand a month. we pay our sales reps about 200 per new farm, for comparison",
         "timing": "from February, after we finish the new warehouse",
         "name": "Akosua Mensah. my number is 024 412 3456 if you prefer to call", "consent": "yes please",
         "email": "akosua.mensah@adomfeeds.com.gh", "confirm": "yes oo"},
        before={"company_size": "wait, is this a bot or a real person?"},
        expect={"location.country": "GH", "industry": OneOf(("agriculture", "manufacturing")),  # feed: either
                "authority.seniority": "manager", "company_size.min": 48, "budget.min": 10000, "budget.max": 12000,
                "budget.currency": "GHS", "budget.period": "month", "timing.horizon_days": month_span(2),
                "name": "Akosua Mensah", "email.address": "akosua.mensah@adomfeeds.com.gh"},
        never={"authority.role": ("decision_maker",), "company_size.min": (60,) + PHONE_GH,
               "company_size.max": (60,) + PHONE_GH, "budget.min": (200, 48, 60) + PHONE_GH,
               "budget.max": (200, 9000000) + PHONE_GH, "budget.currency": ("USD",)},
        asked_twice=("company_size",),
    ),
    Persona(
        "wei ling, cold-storage warehouse, a postcode, part-timers at Chinese New Year, corrects her budget to her "
        "boss's cap inside one message, asks what SEO costs, her CEO signs big spending, 'can', Singapore",
        "hi, we run a cold storage warehouse in Jurong, mostly frozen seafood and pharma. want more B2B customers",
        {"need": "need more leads from F&B importers and pharma distributors. linkedin and google can?",
         "company": "FrostLink Logistics Pte Ltd",
         "authority": "I'm the business development director, but big spending must go to our CEO",
         "industry": "cold chain logistics",
         "company_size": "around 70 staff, CNY period we add another 20 part-timers",
         "location": "Singapore 628123", "revenue": "about 15 mil", "tech_stack": "SAP and Excel",
         "budget": "8k per month - eh no sorry, boss just say max 6k", "timing": "next month",
         "name": "Tan Wei Ling", "consent": "ok can", "email": "weiling.tan@frostlink.com.sg", "confirm": "can"},
        before={"timing": "btw how much you all charge for SEO ah?"},
        # "max 6k" is a cap, which the contract stores as max only ("up to 100k"); a reader taking her boss's figure
        # as the amount sets min = max. Either is defensible, 8,000 is not.
        expect={"location.country": "SG", "industry": "logistics", "authority.seniority": "director",
                "company_size.min": 70, "budget.min": OneOf((ABSENT, 6000)), "budget.max": 6000,
                "budget.currency": "SGD", "budget.period": "month", "timing.horizon_days": next_month(),
                "email.address": "weiling.tan@frostlink.com.sg"},
        never={"budget.min": (8000, 628123, 70, 90, 20), "budget.max": (8000, 628123),
               "company_size.min": (628123, 90, 20), "company_size.max": (628123,), "budget.currency": ("USD",)},
        asked_twice=("timing",),
    ),
    Persona(
        "mere, CNC machining shop, another agency's quote at the need question, asks for case studies, last year's "
        "turnover, six grand in words with dollars unsaid, 'sweet as', books a call, Christchurch",
        "Kia ora, we're a CNC machining and fabrication shop in Christchurch, want more work from agritech and food "
        "processing companies",
        {"need": "more leads - google ads and linkedin probably. we got a quote from another agency for 9k a month "
                 "which seemed steep",
         "company": "Southern Alps Precision", "authority": "co-owner and GM, I make the call on marketing",
         "industry": "precision engineering / manufacturing", "company_size": "27 of us",
         "location": "Christchurch", "revenue": "4.2 mil last year", "tech_stack": "Xero",
         "budget": "about six grand a month", "timing": "early Feb once we're back from the summer break",
         "name": "Mere Walker", "consent": "yep sweet", "email": "mere@southernalpsprecision.co.nz",
         "confirm": "sweet as"},
        before={"company_size": "do you have any case studies from manufacturers?"},
        after=("keen to book a call with someone, can I?", "the first one works"),
        expect={"location.country": "NZ", "industry": "manufacturing", "authority.seniority": "c_level",
                "authority.role": "decision_maker", "company_size.min": 27, "budget.min": 6000, "budget.max": 6000,
                "budget.currency": "NZD", "budget.period": "month", "timing.horizon_days": EARLY_FEBRUARY,
                "name": "Mere Walker", "email.address": "mere@southernalpsprecision.co.nz"},
        never={"budget.min": (9000, 4200000, 27), "budget.max": (9000, 4200000), "budget.currency": ("USD", "AUD"),
               "company_size.min": (9000,)},
        said=("brightline.example/case-studies",),
        asked_twice=("company_size",),
    ),
    Persona(
        "cody, port drayage trucking, stops at the timing question, gives a container count anyway, starts over, "
        "a zip code, a head count of drivers plus office, 'yessir', books a call, Houston",
        "Howdy, we run a drayage company out of the Port of Houston and need more shippers and freight brokers "
        "calling us",
        {"need": "lead gen. google ads and maybe a linkedin push to logistics managers",
         "company": "Bayou City Drayage", "authority": "I own it with my brother, we split decisions 50/50",
         "industry": "trucking / drayage", "company_size": "about 140 drivers plus 20 in the office",
         "location": "Houston, TX 77029", "revenue": "around 30 million", "tech_stack": "QuickBooks",
         "budget": "10 to 15k a month", "timing": "first week of January", "name": "Cody Pruitt",
         "consent": "yes sir", "email": "cody@bayoucitydrayage.com", "confirm": "yessir"},
        before={"timing": "hold on, stop. I gotta check something with my dispatcher first."},
        after=("fyi we move about 400 containers a week", "ok I'm back, can we start over?", "can I book a call?",
               "first slot works"),
        # Head count: 140 drivers plus 20 in the office, and "about": either the drivers or all of them.
        expect={"location.country": "US", "industry": "logistics", "authority.seniority": "c_level",
                "authority.role": "decision_maker", "company_size.min": Within(140, 160), "budget.min": 10000,
                "budget.max": 15000, "budget.currency": "USD", "budget.period": "month",
                "timing.horizon_days": FIRST_WEEK_OF_JANUARY, "name": "Cody Pruitt",
                "email.address": "cody@bayoucitydrayage.com"},
        never={"budget.min": (400, 77029, 140, 160, 20, 50), "budget.max": (400, 77029, 50),
               "company_size.min": (400, 77029, 50), "company_size.max": (400, 77029)},
        asked_twice=("timing",),
    ),
    Persona(
        "florian, writes Austrian German, tiled stoves since 1921, asks why the budget is needed, a postcode, "
        "zweieinhalbtausend hedged to three beside another agency's 4,000, 'Jänner', 'passt', Graz",
        "Grüß Gott! Wir sind ein Kachelofen- und Herdbauer aus der Steiermark, seit 1921, und wollen mehr Aufträge "
        "von Architekten und Bauträgern.",
        {"need": "mehr Leads von Architekten und Baumeistern, über Google und Instagram, und eine neue Website",
         "company": "Ofenbau Pichler GmbH", "authority": "Ich bin der Geschäftsführer, das entscheide ich",
         "industry": "Ofenbau, also Kachelöfen und Herde, alles aus eigener Fertigung",
         "company_size": "34 Mitarbeiter, im Herbst kommen noch ein paar Leiharbeiter dazu",
         "location": "8010 Graz", "revenue": "rund 5 Millionen", "tech_stack": "BMD und Outlook",
         "budget": "so zweieinhalbtausend im Monat, maximal drei. Eine andere Agentur wollte 4.000, das war uns "
                   "zu viel",
         "timing": "ab Jänner", "name": "Florian Pichler", "consent": "passt",
         "email": "f.pichler@ofenbau-pichler.at", "confirm": "passt"},
        lang="de",
        before={"budget": "Wozu brauchen Sie eigentlich unser Budget?"},
        # Industry: stoves built in their own workshop and set in houses: made (manufacturing) or built in
        # (construction). Budget max: "so 2.500, maximal drei" is a hedge up to 3,000, or the 2,500 he gives.
        expect={"location.country": "AT", "industry": OneOf(("manufacturing", "construction")),
                "authority.seniority": "c_level", "authority.role": "decision_maker", "company_size.min": 34,
                "budget.min": 2500, "budget.max": OneOf((2500, 3000)), "budget.currency": "EUR",
                "budget.period": "month", "timing.horizon_days": month_span(1),
                "email.address": "f.pichler@ofenbau-pichler.at"},
        never={"budget.min": (4000, 1921, 8010, 34), "budget.max": (4000, 1921, 8010),
               "company_size.min": (1921, 8010), "company_size.max": (1921, 8010),
               "budget.currency": ("USD", "CHF")},
        asked_twice=("budget",),
        unsaid=ENGLISH,
    ),
    Persona(
        "nathalie, writes Belgian French, artisan chocolate maker, seasonal staff at year's end, septante mille "
        "then nonante mille at the timing question, a postcode and a mobile number, 'allez', books a call, Namur",
        "Bonjour, nous sommes une chocolaterie artisanale à Namur et nous voulons vendre plus de coffrets cadeaux "
        "aux entreprises.",
        {"need": "trouver des clients B2B pour nos cadeaux d'affaires : LinkedIn, Google et un meilleur site",
         "company": "Chocolaterie Mosane", "authority": "Je suis la gérante, c'est moi qui décide",
         "industry": "fabrication de chocolat",
         "company_size": "on est 24, mais on monte à une quarantaine en fin d'année avec les saisonniers",
         "location": "5000 Namur", "revenue": "environ 3 millions", "tech_stack": "Odoo",
         "budget": "septante mille par an",
         "timing": "dès janvier. Et pour le budget, ce sera plutôt nonante mille par an finalement, mon associé "
                   "est d'accord",
         "name": "Nathalie Lambert", "consent": "allez, oui",
         "email": "nathalie@chocolateriemosane.be, ou au 0475 12 34 56", "confirm": "allez"},
        lang="fr",
        after=("Est-ce que je peux réserver un appel ?", "Le premier me convient."),
        expect={"location.country": "BE", "industry": "manufacturing", "authority.seniority": "c_level",
                "authority.role": "decision_maker", "company_size.min": 24, "budget.min": 90000,
                "budget.max": 90000, "budget.currency": "EUR", "budget.period": "year",
                "timing.horizon_days": month_span(1), "name": "Nathalie Lambert",
                "email.address": "nathalie@chocolateriemosane.be"},
        never={"budget.min": (70000, 5000, 24, 40) + PHONE_BE, "budget.max": (70000, 5000) + PHONE_BE,
               "company_size.min": (40, 5000) + PHONE_BE, "company_size.max": (5000,) + PHONE_BE,
               "budget.currency": ("USD",)},
        unsaid=ENGLISH,
    ),
    Persona(
        "martín, writes Argentine Spanish, maker of seed drills, an order count, skips the industry question, asks "
        "why the head count is needed, harvest-season hands, 'dos palos' with pesos unsaid, his father decides, a "
        "WhatsApp number, 'dale', Rosario",
        "Hola, ¿qué tal? Tenemos una fábrica de sembradoras y tolvas en las afueras de Rosario y queremos llegar a "
        "más concesionarios.",
        {"need": "conseguir concesionarios y contratistas rurales, con Google y redes. Vendemos unas 120 "
                 "sembradoras por año y queremos crecer",
         "company": "Metalúrgica Don Ernesto",
         "authority": "soy el hijo del dueño, manejo marketing y ventas, pero la plata la decide mi viejo",
         "industry": ("paso", "maquinaria agrícola"),
         "company_size": "somos 65 en la planta y en temporada de cosecha sumamos unos 15 más",
         "location": "Rosario, Santa Fe", "revenue": "unos 4.000 millones de pesos", "tech_stack": "Tango y Excel",
         "budget": "unos dos palos por mes", "timing": "arrancar en marzo, después de Expoagro",
         "name": "Martín Ferreyra", "consent": "dale",
         "email": "martin@donernesto.com.ar - o al WhatsApp +54 9 341 555-1234", "confirm": "dale"},
        lang="es",
        before={"company_size": "¿Por qué necesitan saber cuántos somos?"},
        # "dos palos" is two million in Argentine speech; a seed-drill maker is manufacturing, whoever buys.
        expect={"location.country": "AR", "industry": "manufacturing", "company_size.min": 65,
                "budget.min": 2000000, "budget.max": 2000000, "budget.currency": "ARS", "budget.period": "month",
                "timing.horizon_days": month_span(3), "email.address": "martin@donernesto.com.ar"},
        never={"authority.role": ("decision_maker",), "budget.min": (120, 65, 80, 15, 4000000000) + PHONE_AR,
               "budget.max": (120, 4000000000) + PHONE_AR, "budget.currency": ("USD", "EUR"),
               "company_size.min": (120, 80) + PHONE_AR, "company_size.max": (120,) + PHONE_AR},
        asked_twice=("company_size",),
        unsaid=ENGLISH,
    ),
    Persona(
        "joana, writes European Portuguese, cork stopper factory since 1978, exports fell this year, corrects her "
        "budget inside one message with euros unsaid, a postcode, asks why the email is needed, her director "
        "approves, 'pois', Santa Maria da Feira",
        "Boa tarde. Somos uma fábrica de rolhas de cortiça em Santa Maria da Feira e este ano as exportações para "
        "França caíram bastante.",
        {"need": "arranjar mais clientes entre adegas e produtores de espumante lá fora, com LinkedIn e email",
         "company": "Corticeira Vale do Cáster",
         "authority": "sou diretora comercial; quem aprova é o nosso administrador",
         "industry": "indústria da cortiça, rolhas para vinho", "company_size": "somos 110, desde 1978",
         "location": "4520-123 Santa Maria da Feira", "revenue": "uns 12 milhões",
         "tech_stack": "Primavera e Excel",
         "budget": "uns 4 mil por mês... aliás, 3 mil, que o administrador cortou",
         "timing": "pois, a partir de fevereiro", "name": "Joana Sá", "consent": "pode ser",
         "email": "joana.sa@corticeiravalecaster.pt", "confirm": "pois"},
        lang="pt",
        before={"email": "Porque é que precisam do meu email?"},
        expect={"location.country": "PT", "industry": "manufacturing", "authority.seniority": "director",
                "company_size.min": 110, "budget.min": 3000, "budget.max": 3000, "budget.currency": "EUR",
                "budget.period": "month", "timing.horizon_days": month_span(2),
                "email.address": "joana.sa@corticeiravalecaster.pt"},
        never={"authority.role": ("decision_maker",), "budget.min": (4000, 1978, 110, 4520, 123),
               "budget.max": (4000, 1978, 4520), "company_size.min": (1978, 4520, 123),
               "company_size.max": (1978, 4520), "budget.currency": ("USD", "BRL")},
        asked_twice=("email",),
        unsaid=ENGLISH,
    ),
    Persona(
        "luca, writes Swiss Italian, printing house since 1952, a head count that fell, asks what they cost, "
        "Swiss thousands with francs unsaid, a postcode, 'certo', Bellinzona",
        "Buongiorno, siamo una tipografia di Bellinzona, in Ticino, dal 1952, e vorremmo più clienti aziendali "
        "anche oltre Gottardo.",
        {"need": "più contatti da aziende e agenzie nella Svizzera tedesca, con Google e LinkedIn",
         "company": "Tipografia Leventina SA", "authority": "sono il direttore e decido io",
         "industry": "stampa offset e digitale, cataloghi e imballaggi",
         "company_size": "eravamo 30, adesso siamo 26 dopo due pensionamenti e due partenze",
         "location": "6500 Bellinzona", "revenue": "circa 6 milioni", "tech_stack": "Excel",
         "budget": "sui 3'000 al mese", "timing": "da marzo", "name": "Luca Bernasconi", "consent": "certo",
         "email": "l.bernasconi@tipografialeventina.ch", "confirm": "certo"},
        lang="it",
        before={"budget": "Ma voi quanto costate, più o meno?"},
        # Industry: a printer makes catalogues and packaging (manufacturing) and is also a media trade.
        # Seniority: "il direttore" of a 26-person firm is its general manager (c_level) or a director.
        expect={"location.country": "CH", "industry": OneOf(("manufacturing", "media_entertainment")),
                "authority.seniority": OneOf(("c_level", "director")), "authority.role": "decision_maker",
                "company_size.min": 26, "budget.min": 3000, "budget.max": 3000, "budget.currency": "CHF",
                "budget.period": "month", "timing.horizon_days": month_span(3),
                "email.address": "l.bernasconi@tipografialeventina.ch"},
        never={"company_size.min": (30, 1952, 6500), "company_size.max": (30, 1952, 6500),
               "budget.min": (1952, 6500, 26, 5000), "budget.max": (1952, 6500, 5000),
               "budget.currency": ("USD", "EUR")},
        asked_twice=("budget",),
        unsaid=ENGLISH,
    ),
    Persona(
        "wim, writes Flemish Dutch, linen weaving mill, temp workers in high season, asks for case studies, a "
        "postcode, vijfduizend in words with euros unsaid, a trade fair in January before a start in February, "
        "'yep hoor', Kortrijk",
        "Dag, wij zijn een linnenweverij uit Kortrijk en we zoeken meer zakelijke klanten: hotels, "
        "interieurarchitecten en modehuizen.",
        {"need": "meer leads uit Frankrijk en Duitsland, via LinkedIn en een betere website",
         "company": "Weverij Vandenbulcke", "authority": "ik ben zaakvoerder, ik beslis dat",
         "industry": "textiel, linnenweverij",
         "company_size": "we zijn met 52, plus een tiental uitzendkrachten in het hoogseizoen",
         "location": "8500 Kortrijk", "revenue": "rond de 9 miljoen", "tech_stack": "Exact en Excel",
         "budget": "rond de vijfduizend per maand", "timing": "na de Heimtextil in januari, dus vanaf februari",
         "name": "Wim Vandenbulcke", "consent": "ja hoor", "email": "wim@weverij-vandenbulcke.be",
         "confirm": "yep hoor"},
        lang="nl",
        before={"company_size": "Hebben jullie klantcases van textielbedrijven of andere fabrikanten?"},
        expect={"location.country": "BE", "industry": "manufacturing", "authority.seniority": "c_level",
                "authority.role": "decision_maker", "company_size.min": 52, "budget.min": 5000, "budget.max": 5000,
                "budget.currency": "EUR", "budget.period": "month", "timing.horizon_days": month_span(2),
                "email.address": "wim@weverij-vandenbulcke.be"},
        never={"company_size.min": (8500, 62, 10), "company_size.max": (8500,),
               "budget.min": (8500, 52, 9000000), "budget.max": (8500, 9000000), "budget.currency": ("USD",),
               "timing.horizon_days": (month_span(1),)},
        said=("brightline.example/case-studies",),
        asked_twice=("company_size",),
        unsaid=ENGLISH,
    ),
]

# Personas who book a call, with the zone of the place they said they are in: the first time offered, which they
# pick, must show the booked start's clock there (Christchurch keeps New Zealand time, 13 hours from the owner's
# New York in December; Houston is Central time; Namur is Brussels time, an hour off London).
BOOKED_IN = {"ewan": "Europe/London", "mere": "Pacific/Auckland", "cody": "America/Chicago",
             "nathalie": "Europe/Brussels"}

# What the bot's answer to a visitor's own question must hold (any of the words, case ignored): a price asked is
# answered with the playbook's pricing text, which names USD; "is this a bot" names the bot somehow.
REPLY_HOLDS: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "ewan": (("what do you lot charge", ("USD",)),),
    "akosua": (("is this a bot", ("bot", "assistant", "automated", "virtual")),),
    "wei ling": (("how much you all charge", ("USD",)),),
    "luca": (("Ma voi quanto costate", ("USD",)),),
}
# And what it must not hold: a reason asked for is no price.
REPLY_LACKS: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "florian": (("Wozu brauchen Sie eigentlich", ("USD",)),),
    "martín": (("¿Por qué necesitan saber", ("USD",)),),
    "joana": (("Porque é que precisam do meu email", ("USD",)),),
}

# Required questions skipped, with the words of the skip: the question must come back.
SKIPS = {"akosua": ("I'd rather not say", "authority"), "martín": ("paso", "industry")}

# Personas still wrong after their first run, by id, with what came out wrong (``cases``).
STILL_WRONG: dict[str, str] = {}


@pytest.mark.parametrize("persona", cases(PERSONAS, STILL_WRONG))
def test_each_twelfth_set_persona_s_lead_holds_what_they_said_and_nothing_invented(
        stack: Stack, playbook: Playbook, persona: Persona) -> None:
    play_and_check(stack, playbook, persona, booked_in=BOOKED_IN, reply_holds=REPLY_HOLDS, reply_lacks=REPLY_LACKS,
                   skips=SKIPS, every_line_means=True)
