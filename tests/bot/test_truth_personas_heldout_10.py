"""Eleven more visitors, written blind and held out, played through the real Rasa, action server and lead service.

A tenth set after ``test_truth_personas_heldout_9.py`` (issue 14, "a conversation
that never invents an answer"): five English visitors (from South Africa, New
Zealand, Singapore, Scotland and Atlantic Canada) and one each writing Austrian
German, Belgian French, Chilean Spanish, European Portuguese, Italian and
Flemish Dutch, in trades the earlier sets did not use: a dental laboratory, a
drone survey firm, a corporate caterer, a self-storage operator, a managed IT
and cybersecurity provider (MSP), a bakery chain, a wedding and seminar venue,
a family winery, a boat yard, a ceramic tile maker and a chain of gyms. They
give budgets in shorthand ("35k a month, maybe 40"), in words ("two and a half
grand", "uns quatro mil", "vijftienhonderd") and corrected inside one message
("2.000 – nein, 2.500") or at a later question ("el presupuesto ... 4 millones,
no 3"); a threshold that is no budget ("anything over 20k has to go to the
board"), what an agency or a web designer cost them last year, a price they ask
about, phone numbers, founding years, postcodes that look like amounts (8011,
5000 Namur, 9000 Gent, 4480-661), a revenue given at the head-count question, a
problem "this year" that is no deadline, head counts that changed; they ask
whether it is a bot, what it costs, for case studies and a whitepaper, why the
bot needs their head count and their email; they skip a required question, stop,
write a budget anyway and start again, say goodbye mid-form, go on past
confirmations with a short yes of their own ("ja", "aye", "passt", "exact",
"sí po", "certo", "sì sì", "juist"), and book calls from Johannesburg,
Singapore and Halifax, whose times must be shown in their own zone (none is
the owner's). Amounts carry no currency where the country has its own (ZAR,
NZD, SGD, GBP, CAD, EUR, CLP). Each lists what the stored lead must hold and
the values it must never hold, labelled only from what the visitor said, the
lead contract and issue 14; a failure names what came out wrong.

Where a label rests on no rule, the check accepts either and says why: an
industry two careful readers could file apart (``OneOf``), a director who signs
off alone below a threshold her budget is over (decision maker or influencer),
and whether a visitor who says goodbye before giving a name or an address
leaves a lead at all (``EITHER_WAY``; what a stored lead holds is still checked,
and the goodbye must be answered without a further question).

Vague dates are checked as a span of days counted from today (the
conversation's date), so the personas hold on any day they are played.
They were written blind (V10, 2026-12-04), without reading bot/actions, bot/data,
nlu/ or tests/nlu, and committed before their first run (467bb25).
First run, on 467bb25 (2026-12-04 14:20 UTC; the bot as committed at 32baf7d plus the other
helpers' uncommitted changes in the checkout: bot/actions/form.py and a new test): 3 of 11
(aroha, wei ling, callum). After that run, and only then, the script was revised once, for
two checks that could fail however right the bot was:
- sabine asked why the bot needs her revenue at the revenue question, which the playbook asks
  only when the head count is unknown or over 200 (hers is 110), so it was never asked and
  never said; she now asks why it needs the head count, at the head-count question.
- danielle's skip of the industry question was checked as "industry asked twice", but the bot
  may confirm an industry heard in her opening instead of asking (issue 14 allows it), and then
  the skip is never said; the skip is now checked only when said (``SKIPS``).
No label of what the lead must hold was changed.
Run after that revision (2026-12-04 14:23 UTC, same commit; more of the other helpers' uncommitted
changes were in the checkout by then: bot/actions, nlu, qualification, webhooks): 4 of 11 (aroha,
wei ling, callum, danielle). The seven others are the bot's and stay strict xfails naming what came
out wrong (``STILL_WRONG``). callum passes holding a wrong value no label reads (his "12 grand last
year" became "annual revenue of about $12k", confirmed by his scripted "aye"), and wei ling's revenue,
already said back to her, was put to her for confirmation again after her email; the labels were
written before the run and are not widened after it. Run once more with these xfails: 4 passed, 7 xfailed.
Held out from then on: no helper read it or its failures while the bot and nlu were fixed by categories found
elsewhere (batches 45 to 53, the set-9 personas, a session's own play through ``make run``). Run again on 8d09a46
(2026-12-04 15:40 UTC, after those fixes): still 4 of 11, the same four. Six fail as before; jens's failure
changed (his opening now opens the questions, but his goodbye at the timing question is not heard).
Run again on b6cf37f (2026-12-04 18:45 UTC, after a third session's fixes by categories found by playing the product
and in blind batch_55; no helper read this set): 5 of 11. thabo now passes (a pick in words under the times is
booked, past agency spend is no revenue); the other six fail as before.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from harness.script import CONFIRM
from harness.stack import Stack, Visitor
from qualification import Playbook
from tests.bot.personas import (
    ABSENT,
    CLOCK,
    ENGLISH,
    NOT_UNDERSTOOD,
    OneOf,
    Persona,
    Within,
    cases,
    mid_month,
    month_span,
    play,
    question,
    shows_clock,
    wrong,
)

pytestmark = pytest.mark.slow

# The numbers in Thabo's cell number (082 555 0199), as a careless reader might take them.
PHONE_ZA = (82, 555, 199, 5550199, 825550199, 27825550199)
# The numbers in Matías's WhatsApp number (+56 9 8765 4321).
PHONE_CL = (56, 9, 8765, 4321, 87654321, 987654321, 56987654321)
# "asap, ideally before CNY": from today to Chinese New Year, which falls between 21 January and 20 February.
BEFORE_CNY = Within(0, month_span(2).low + 19)
# "first week of Jan": the 1st to the 8th of January.
FIRST_WEEK_OF_JANUARY = Within(month_span(1).low, month_span(1).low + 7)
# "da inizio febbraio": the first ten days of February.
EARLY_FEBRUARY = Within(month_span(2).low, month_span(2).low + 10)


PERSONAS = [
    Persona(
        "thabo, dental lab, asks if it's a bot, last year's web designer in rand at the need question, a hedged "
        "budget in k, rand unsaid, a cell number with his email, books a call, Johannesburg",
        "Hi there 👋 we're a dental lab in Joburg (crowns, bridges, implant work) and we want more dentists "
        "sending us cases",
        {"need": "more referring dentists - google ads + some linkedin. we paid a guy R60k last yr for a website "
                 "that brings in nothing 🙄",
         "company": "Precision Smile Dental Laboratory", "authority": "I'm the owner and I run the lab, so I decide",
         "industry": "dental lab - crowns, dentures, implant restorations",
         "company_size": "27 of us, mostly technicians", "location": "Randburg, Johannesburg",
         "revenue": "roughly 18 million a year", "tech_stack": "exocad, Sage and way too much WhatsApp",
         "budget": "we could do 35k a month, maybe 40 if it works",
         "timing": "Feb, once the dentists are back from their summer break", "name": "Thabo Mokoena",
         "consent": "ja sure", "email": "thabo@precisionsmilelab.co.za, or call me on 082 555 0199",
         "confirm": "ja"},
        before={"company": "sorry, quick one - am I chatting to a bot?"},
        after=("can we set up a call with someone on your side?", "first slot is fine"),
        expect={"location.country": "ZA", "industry": OneOf(("healthcare", "manufacturing")),
                "authority.seniority": "c_level", "authority.role": "decision_maker", "company_size.min": 27,
                "budget.min": 35000, "budget.max": 40000, "budget.currency": "ZAR", "budget.period": "month",
                "timing.horizon_days": month_span(2), "name": "Thabo Mokoena",
                "email.address": "thabo@precisionsmilelab.co.za"},
        never={"budget.min": (60000, 27, 18000000) + PHONE_ZA, "budget.max": (60000, 18000000) + PHONE_ZA,
               "budget.currency": ("USD",), "company_size.min": PHONE_ZA, "company_size.max": PHONE_ZA},
    ),
    Persona(
        "aroha, drone survey firm, asks for case studies, a threshold that is no budget, a head count that grew "
        "this year, a postcode, five grand in words, dollars unsaid, Christchurch",
        "kia ora! we do drone surveys - topo, volumetrics, roof inspections - for civil contractors and councils "
        "around canterbury. got any case studies from firms like ours?",
        {"need": "more B2B leads from civil contractors and engineering firms. linkedin mostly, maybe seo",
         "company": "SkyMap Surveys Ltd",
         "authority": "ops director. I can sign off spend myself but anything over 20k has to go to the board",
         "industry": "drone surveying / geospatial",
         "company_size": "we were 8 in jan, 13 now since we picked up the council contract",
         "location": "Addington, Christchurch 8011", "revenue": "about 3.2m",
         "tech_stack": "Pix4D, DroneDeploy, Xero and the free HubSpot",
         "budget": "bout five grand a month to start", "timing": "mid-Feb ideally", "name": "Aroha Parata",
         "consent": "yep sweet", "email": "aroha@skymapsurveys.co.nz", "confirm": "yep"},
        # She signs off alone below 20k and her budget (five grand a month) is over it: decision maker or influencer.
        expect={"location.country": "NZ", "industry": OneOf(("professional_services", "construction", "other")),
                "authority.seniority": "director", "authority.role": OneOf(("decision_maker", "influencer")),
                "company_size.min": 13, "budget.min": 5000, "budget.max": 5000, "budget.currency": "NZD",
                "budget.period": "month", "timing.horizon_days": mid_month(2), "name": "Aroha Parata",
                "email.address": "aroha@skymapsurveys.co.nz"},
        never={"budget.min": (20000, 8011, 13, 8), "budget.max": (20000, 8011), "budget.currency": ("USD", "AUD"),
               "company_size.min": (8, 8011), "company_size.max": (8011,), "timing.horizon_days": (14,)},
        said=("brightline.example/case-studies",),
    ),
    Persona(
        "wei ling, corporate caterer, revenue at the head-count question, her MD approves, a postcode, "
        "'before CNY', Singapore dollars unsaid, books a call, Singapore",
        "hello, we're a corporate catering co in singapore (office lunches, events, halal-certified) and want to "
        "get in front of more HR and office managers",
        {"need": "lead gen + SEO lah, our website barely shows up on google",
         "company": "Makan Together Catering Pte Ltd",
         "authority": "I'm the marketing manager, but our MD approves the budgets",
         "industry": "F&B - corporate catering",
         "company_size": "around 60 staff incl the kitchen team, turnover about 8 mil last FY",
         "location": "Ubi, Singapore 408564", "revenue": "like I said, about 8 million",
         "tech_stack": "Shopify for orders and Xero", "budget": "10k per month", "timing": "asap, ideally before CNY",
         "name": "Tan Wei Ling", "consent": "ok can", "email": "weiling@makantogether.com.sg",
         "confirm": "yes correct"},
        after=("can I book a call with your team?", "the first timing can"),
        expect={"location.country": "SG", "industry": "hospitality", "authority.seniority": "manager",
                "company_size.min": 60, "budget.min": 10000, "budget.max": 10000, "budget.currency": "SGD",
                "budget.period": "month", "timing.horizon_days": BEFORE_CNY, "name": "Tan Wei Ling",
                "email.address": "weiling@makantogether.com.sg"},
        never={"authority.role": ("decision_maker",), "budget.min": (60, 8000000, 408564),
               "budget.max": (8000000, 408564), "budget.currency": ("USD",), "company_size.min": (408564,),
               "company_size.max": (408564,)},
    ),
    Persona(
        "callum, self-storage operator since 1998, occupancy down this year, last year's agency spend, stops at the "
        "budget, writes a budget anyway, starts again, two and a half grand in words, Glasgow",
        "Hiya, we run 3 self storage sites across Glasgow and Paisley, been going since 1998. occupancy's been down "
        "this year and we need more business customers",
        {"need": "more leads from small businesses and ecommerce sellers needing space - we paid an agency 12 grand "
                 "last year for ads that did hee-haw",
         "company": "Clydeside Self Storage", "authority": "I'm the owner, it's my call",
         "industry": "self storage", "company_size": "14 staff across the three sites", "location": "Glasgow",
         "revenue": "about 2.3 million", "tech_stack": "Storman and Xero",
         "budget": "two and a half grand a month", "timing": "after new year, so January", "name": "Callum Fraser",
         "consent": "aye fine", "email": "callum@clydesideselfstorage.co.uk", "confirm": "aye"},
        before={"budget": "stop there, I'm not putting numbers into a chat box"},
        after=("for what it's worth we'd maybe spend 4 grand a month if it actually worked",
               "ok I've thought about it, can we start again?"),
        expect={"location.country": "GB", "industry": OneOf(("real_estate", "logistics", "other")),
                "authority.seniority": "c_level", "authority.role": "decision_maker", "company_size.min": 14,
                "budget.min": 2500, "budget.max": 2500, "budget.currency": "GBP", "budget.period": "month",
                "timing.horizon_days": month_span(1), "email.address": "callum@clydesideselfstorage.co.uk"},
        never={"budget.min": (4000, 12000, 1998, 3, 14), "budget.max": (4000, 12000, 1998),
               "budget.currency": ("USD",), "company_size.min": (3, 1998), "company_size.max": (1998,),
               "timing.horizon_days": (14,)},
        asked_twice=("budget",),
    ),
    Persona(
        "danielle, managed IT and cybersecurity provider, referrals dried up this year, skips the industry question, "
        "a head count that shrank, asks whether a campaign comes in under 5k, a hedged budget, Canadian dollars "
        "unsaid, books a call, Halifax",
        "Hi! We're an MSP in Halifax - managed IT + cybersecurity for law firms and clinics. Referrals kinda dried "
        "up this year so we need a proper pipeline",
        {"need": "lead gen - linkedin + email campaigns, and someone to sort out our hubspot",
         "company": "Harbourline Managed IT",
         "authority": "VP of sales & marketing, the CEO and I decide together",
         "industry": ("can I skip this one?", "managed IT services and cybersecurity"),
         "company_size": "we're 38 now, was 45 before we lost a contract in the spring",
         "location": "Halifax, Nova Scotia", "revenue": "around 6.5M", "tech_stack": "HubSpot, ConnectWise, M365",
         "budget": "ok, we can do about 6k a month, 7 tops",
         "timing": "early in the new year - first week of Jan if possible", "name": "Danielle LeBlanc",
         "consent": "sure", "email": "dleblanc@harbourline-it.ca", "confirm": "yup"},
        before={"budget": "what would a linkedin campaign with you cost, roughly? under 5k?"},
        after=("could we book a quick call?", "first one please"),
        expect={"location.country": "CA", "industry": OneOf(("software", "telecom", "professional_services", "other")),
                "authority.seniority": "vp", "authority.role": "decision_maker", "company_size.min": 38,
                "budget.min": 6000, "budget.max": 7000, "budget.currency": "CAD", "budget.period": "month",
                "timing.horizon_days": FIRST_WEEK_OF_JANUARY, "name": "Danielle LeBlanc",
                "email.address": "dleblanc@harbourline-it.ca"},
        never={"budget.min": (5000, 38, 45), "budget.max": (5000, 45), "budget.currency": ("USD",),
               "company_size.min": (45,), "timing.horizon_days": (14,)},
    ),
    Persona(
        "sabine, writes Austrian German, bakery chain, eleven shops that are no head count, a head count that grew, "
        "asks why they need the head count, corrects her budget inside one message, euros unsaid, 'Jänner', Graz",
        "Servus! Wir sind eine Bäckerei mit 11 Filialen in Graz und Umgebung und wollen mehr Firmenkunden fürs "
        "Frühstücks-Catering gewinnen.",
        {"need": "mehr Anfragen von Firmen, über Google und vielleicht LinkedIn", "company": "Bäckerei Hofstätter GmbH",
         "authority": "Ich bin die Geschäftsführerin, also entscheide ich",
         "industry": "Bäckerei, wir backen selbst und verkaufen in unseren Filialen",
         "company_size": "letztes Jahr waren wir noch 95, jetzt sind wir rund 110", "location": "Graz, Steiermark",
         "revenue": "ungefähr 7 Millionen", "tech_stack": "BMD und Excel",
         "budget": "so 2.000 im Monat – nein, sagen wir 2.500, das hab ich mit dem Steuerberater so besprochen",
         "timing": "ab Mitte Jänner", "name": "Sabine Hofstätter", "consent": "ja, passt",
         "email": "s.hofstaetter@baeckerei-hofstaetter.at", "confirm": "passt"},
        lang="de",
        before={"company_size": "Wozu brauchen Sie eigentlich unsere Mitarbeiterzahl?"},
        expect={"location.country": "AT", "industry": OneOf(("manufacturing", "retail_ecommerce", "hospitality")),
                "authority.seniority": "c_level", "authority.role": "decision_maker", "company_size.min": 110,
                "budget.min": 2500, "budget.max": 2500, "budget.currency": "EUR", "budget.period": "month",
                "timing.horizon_days": mid_month(1), "email.address": "s.hofstaetter@baeckerei-hofstaetter.at"},
        never={"budget.min": (2000, 11, 95, 110), "budget.max": (2000,), "budget.currency": ("USD", "CHF"),
               "company_size.min": (11, 95), "company_size.max": (11, 95), "location.country": ("DE", "CH")},
        asked_twice=("company_size",),
        unsaid=ENGLISH,
    ),
    Persona(
        "céline, writes Belgian French, wedding and seminar venue, asks for a whitepaper, a postcode that looks "
        "like an amount, a budget in words with a ceiling, euros unsaid, Namur",
        "Bonjour, nous avons un domaine pour mariages et séminaires près de Namur et nous aimerions attirer plus "
        "d'entreprises pour les séminaires et les fêtes de fin d'année.",
        {"need": "plus de demandes d'entreprises : séminaires, team buildings. Via Google et LinkedIn",
         "company": "Domaine du Vieux Moulin",
         "authority": "je suis la gérante et copropriétaire, c'est moi qui décide",
         "industry": "événementiel, salle de mariage et de séminaires",
         "company_size": "nous sommes 14 employés fixes, plus des extras le week-end",
         "location": "Rue du Moulin 12, 5000 Namur", "revenue": "environ 1,8 million",
         "tech_stack": "Gmail, un agenda Google et Excel",
         "budget": "deux mille cinq cents par mois, trois mille au grand maximum",
         "timing": "en mars, avant la saison des mariages", "name": "Céline Dubois", "consent": "oui, d'accord",
         "email": "celine@domaineduvieuxmoulin.be", "confirm": "exact"},
        lang="fr",
        before={"industry": "Vous auriez un livre blanc ou un guide sur la génération de leads ?"},
        expect={"location.country": "BE", "industry": OneOf(("hospitality", "media_entertainment", "other")),
                "authority.seniority": "c_level", "authority.role": "decision_maker", "company_size.min": 14,
                "budget.min": 2500, "budget.max": 3000, "budget.currency": "EUR", "budget.period": "month",
                "timing.horizon_days": month_span(3), "email.address": "celine@domaineduvieuxmoulin.be"},
        never={"budget.min": (5000, 14, 12), "budget.max": (5000,), "budget.currency": ("USD", "CAD", "CHF"),
               "company_size.min": (5000, 12), "company_size.max": (5000,), "location.country": ("FR",)},
        said=("brightline.example/guides/lead-generation-framework",),
        unsaid=ENGLISH,
    ),
    Persona(
        "matías, writes Chilean Spanish, family winery, his father approves, revenue in thousands of millions, "
        "corrects his budget at the timing question, a WhatsApp number, pesos unsaid, 'sí po', Santa Cruz",
        "Hola! Somos una viña familiar en el Valle de Colchagua y queremos venderle más a restoranes, hoteles y "
        "distribuidores afuera.",
        {"need": "generar leads B2B con importadores y restoranes, por LinkedIn y mail", "company": "Viña Los Aromos",
         "authority": "soy el gerente comercial, pero las lucas las aprueba mi papá, que es el dueño",
         "industry": "vitivinicultura, producimos y embotellamos vino",
         "company_size": "somos 35 personas, más los temporeros en la vendimia",
         "location": "Santa Cruz, Región de O'Higgins", "revenue": "unos 2.500 millones de pesos al año",
         "tech_stack": "Defontana y Excel", "budget": "unos 3 millones mensuales",
         "timing": "a partir de abril, después de la vendimia. Y ojo, el presupuesto ponle mejor 4 millones, no 3, "
                   "lo hablé con mi papá",
         "name": "Matías Errázuriz", "consent": "sí, dale",
         "email": "matias@vinalosaromos.cl, o al WhatsApp +56 9 8765 4321", "confirm": "sí po"},
        lang="es",
        expect={"location.country": "CL", "industry": OneOf(("agriculture", "manufacturing")),
                "authority.seniority": OneOf(("manager", "director")), "company_size.min": 35,
                "budget.min": 4000000, "budget.max": 4000000, "budget.currency": "CLP", "budget.period": "month",
                "timing.horizon_days": month_span(4), "name": "Matías Errázuriz",
                "email.address": "matias@vinalosaromos.cl"},
        never={"authority.role": ("decision_maker",), "location.country": ("US", "BO"),
               "budget.min": (3000000, 35, 2500000000) + PHONE_CL, "budget.max": (3000000, 2500000000) + PHONE_CL,
               "budget.currency": ("USD",), "company_size.min": PHONE_CL, "company_size.max": PHONE_CL},
        unsaid=ENGLISH,
    ),
    Persona(
        "nuno, writes European Portuguese, boat yard since 1986 ('construção naval' is no construction), seventy "
        "in words, a postcode, asks why they need his email, the board decides, euros unsaid, Vila do Conde",
        "Boa tarde. Somos um estaleiro em Vila do Conde, construímos barcos de pesca e semirrígidos desde 1986, e "
        "queremos chegar a mais clientes profissionais lá fora.",
        {"need": "gerar contactos com armadores e empresas marítimo-turísticas em Espanha e França, via LinkedIn",
         "company": "Estaleiros Nortemar, Lda.",
         "authority": "sou o diretor comercial; as decisões de investimento são do conselho de administração",
         "industry": "construção naval", "company_size": "somos cerca de setenta trabalhadores",
         "location": "Avenida Marginal, 4480-661 Vila do Conde", "revenue": "à volta de 9 milhões de euros",
         "tech_stack": "Primavera e Excel", "budget": "uns quatro mil por mês", "timing": "a partir de fevereiro",
         "name": "Nuno Ferreira", "consent": "sim, pode ser", "email": "nuno.ferreira@nortemar.pt",
         "confirm": "certo"},
        lang="pt",
        before={"email": "Porque é que precisam do meu email?"},
        expect={"location.country": "PT", "industry": "manufacturing", "authority.seniority": "director",
                "company_size.min": 70, "budget.min": 4000, "budget.max": 4000, "budget.currency": "EUR",
                "budget.period": "month", "timing.horizon_days": month_span(2),
                "email.address": "nuno.ferreira@nortemar.pt"},
        never={"authority.role": ("decision_maker",), "industry": ("construction",),
               "budget.min": (1986, 70, 4480, 661, 9000000), "budget.max": (1986, 4480, 661, 9000000),
               "budget.currency": ("USD", "BRL"), "company_size.min": (1986, 4480, 661),
               "company_size.max": (1986, 4480, 661)},
        asked_twice=("email",),
        unsaid=ENGLISH,
    ),
    Persona(
        "marco, writes Italian, ceramic tile maker, exports to the US fell this year, revenue at the head-count "
        "question, asks what it costs, eight thousand in words, euros unsaid, 'sì sì', Sassuolo",
        "Buongiorno, siamo un'azienda di Sassuolo che produce piastrelle in ceramica; quest'anno l'export verso gli "
        "Stati Uniti è calato e ci servono nuovi distributori.",
        {"need": "trovare distributori e studi di architettura in Germania e Francia, con LinkedIn e campagne email",
         "company": "Ceramica Valsecchia S.p.A.",
         "authority": "sono il direttore marketing, decido io insieme all'amministratore delegato",
         "industry": "produzione di piastrelle in ceramica",
         "company_size": "siamo 140 dipendenti e fatturiamo una trentina di milioni",
         "location": "Sassuolo, provincia di Modena", "revenue": "come dicevo, una trentina di milioni",
         "tech_stack": "SAP e Salesforce", "budget": "diciamo ottomila al mese", "timing": "da inizio febbraio",
         "name": "Marco Bertoni", "consent": "sì, va bene", "email": "m.bertoni@ceramicavalsecchia.it",
         "confirm": "sì sì"},
        lang="it",
        before={"budget": "Prima mi dica: quanto costate, più o meno?"},
        expect={"location.country": "IT", "industry": "manufacturing", "authority.seniority": "director",
                "authority.role": "decision_maker", "company_size.min": 140, "budget.min": 8000, "budget.max": 8000,
                "budget.currency": "EUR", "budget.period": "month", "timing.horizon_days": EARLY_FEBRUARY,
                "name": "Marco Bertoni", "email.address": "m.bertoni@ceramicavalsecchia.it"},
        never={"location.country": ("US",), "budget.min": (140, 30000000), "budget.max": (30000000,),
               "budget.currency": ("USD",), "timing.horizon_days": (14,)},
        asked_twice=("budget",),
        unsaid=ENGLISH,
    ),
    Persona(
        "jens, writes Flemish Dutch, chain of gyms, six centres that are no head count, about forty in words, a "
        "postcode that looks like an amount, fifteen hundred in words, says goodbye at the timing question, Gent",
        "Dag! Wij hebben zes fitnesscentra in en rond Gent en willen meer bedrijven overtuigen om een abonnement "
        "voor hun personeel te nemen.",
        {"need": "meer B2B-leads van HR-verantwoordelijken, via LinkedIn en Google", "company": "FitFabriek bv",
         "authority": "ik ben zaakvoerder, ik beslis", "industry": "fitness en sportclubs",
         "company_size": "we zijn met een veertigtal, de freelance coaches niet meegerekend",
         "location": "Kortrijksesteenweg, 9000 Gent", "revenue": "ongeveer drie miljoen",
         "tech_stack": "Virtuagym en Teamleader", "budget": "zo'n vijftienhonderd euro per maand",
         "timing": "vanaf februari", "name": "Jens De Smet", "consent": "ja hoor", "email": "jens@fitfabriek.be",
         "confirm": "juist"},
        lang="nl",
        before={"timing": "Sorry, ik moet ervandoor, mijn volgende afspraak staat voor de deur. Dag!"},
        expect={"location.country": "BE", "industry": OneOf(("hospitality", "healthcare", "other")),
                "authority.seniority": "c_level", "authority.role": "decision_maker", "company_size.min": 40,
                "budget.min": 1500, "budget.max": 1500, "budget.currency": "EUR", "budget.period": "month",
                "timing.horizon_days": ABSENT, "name": ABSENT, "email.address": ABSENT},
        never={"company_size.min": (6, 9000), "company_size.max": (6, 9000), "budget.min": (6, 40, 9000, 3000000),
               "budget.max": (9000, 3000000), "budget.currency": ("USD",), "location.country": ("NL",)},
        unsaid=ENGLISH,
    ),
]


# What the bot's reply to a visitor's own question must contain (any of the words, case ignored), by persona:
# (words of the visitor's message, words the answer must hold). The playbook's pricing text is in USD
# ("5,000 USD a month" and its translations); an answer to "is this a bot?" names the bot somehow.
REPLY_HOLDS: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "thabo": (("am I chatting to a bot", ("bot", "assistant", "automated", "virtual")),),
    "danielle": (("under 5k", ("USD",)),),
    "marco": (("quanto costate", ("USD",)),),
}
# And what it must not contain: a reason asked for is no price.
REPLY_LACKS: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "sabine": (("Wozu brauchen Sie", ("USD",)),),
    "nuno": (("Porque é que precisam", ("USD",)),),
}

# The bot's "I didn't understand" in each language, as set 9's first run showed it (no Spanish or Dutch phrase was
# seen there, so those are not checked).

# Personas who book a call, with the zone of the city they said they are in: the first time offered, which they
# pick, must show the booked start's clock in that zone (Johannesburg is UTC+2 all year, Singapore UTC+8, Halifax an
# hour ahead of New York and two of Chicago; none is an owner's zone).
BOOKED_IN = {"thabo": "Africa/Johannesburg", "wei ling": "Asia/Singapore", "danielle": "America/Halifax"}

# Visitors whose lead may or may not be stored: one who says goodbye before giving a name or an address has left
# nothing the lead contract or issue 14 says must be kept; if a lead is stored, what it must (not) hold still holds.
EITHER_WAY = {"jens"}
# A skip of a required question, by persona: when the visitor says it, the question is asked again later. (When the
# bot confirms a value heard earlier instead of asking, as issue 14 allows, the skip is never said: nothing to check.)
SKIPS = {"danielle": ("can I skip this one?", "industry")}
# Their goodbye, which must be answered without asking a further question of the form.
GOODBYES = {"jens": "Sorry, ik moet ervandoor"}

def booking_problems(stack: Stack, v: Visitor, persona: Persona, name: str) -> list[str]:
    """When times are offered, the first (which the visitor picks) shows the booked start in the visitor's zone.

    The playbook may send a lead it does not grade a fit to a consultant's email instead of times (as set 9 found);
    then nothing shows a zone and nothing is checked."""
    if name not in BOOKED_IN:
        return []
    zone = ZoneInfo(BOOKED_IN[name])
    pick = persona.after[-1]
    turns = [i for i, (said, _) in enumerate(v.transcript) if said == pick[:200]]
    if not turns or turns[0] == 0:
        return [f"the visitor never picked a time ({pick!r})"]
    offered = v.transcript[turns[0] - 1][1].splitlines()
    slots = [line for line in offered if line.startswith("[") and CLOCK.search(line)] or \
            [line for line in offered if CLOCK.search(line)]
    if not slots:
        return []
    booking = (stack.lead_for(v.sender) or {}).get("booking")
    if not booking:
        return ["no call booked at the first time offered"]
    start = datetime.fromisoformat(booking["starts_at"].replace("Z", "+00:00")).astimezone(zone)
    if not shows_clock(slots[0], start):
        return [f"the first time offered, {slots[0]!r}, is not the booked {start:%a %d %b %H:%M} in {zone.key}"]
    return []


def reply_problems(v: Visitor, name: str) -> list[str]:
    problems = []
    for words, holds in REPLY_HOLDS.get(name, ()):
        replies = [answer for said, answer in v.transcript if words in said]
        if not replies:
            problems.append(f"the visitor never said {words!r}")
        elif not any(word.lower() in replies[0].lower() for word in holds):
            problems.append(f"the answer to {words!r} holds none of {holds}: {replies[0]!r}")
    for words, lacks in REPLY_LACKS.get(name, ()):
        replies = [answer for said, answer in v.transcript if words in said]
        if not replies:
            problems.append(f"the visitor never said {words!r}")
        problems += [f"the answer to {words!r} holds {word!r}: {replies[0]!r}" for word in lacks
                     if replies and word.lower() in replies[0].lower()]
    return problems


def understood_problems(v: Visitor, persona: Persona) -> list[str]:
    """Every message in these scripts means something, so "I didn't understand" is never the right answer."""
    marker = NOT_UNDERSTOOD.get(persona.lang)
    return [f"the bot did not understand {said!r}: {answer.splitlines()[0] if answer else ''!r}"
            for said, answer in v.transcript if marker and marker in answer]


def short_yes_problems(v: Visitor, playbook: Playbook, persona: Persona) -> list[str]:
    """The persona's short yes ("ja", "passt", "sí po") at a confirmation confirms it: it is not asked again."""
    yes = persona.answers.get(CONFIRM)
    asks = [question(answer, playbook, persona.lang) for _, answer in v.transcript]
    return [f"the short yes {said!r} at the confirmation was not taken: it was asked again"
            for i, (said, _) in enumerate(v.transcript)
            if i > 0 and said == yes and asks[i - 1] == CONFIRM and asks[i] == CONFIRM]


def skip_problems(v: Visitor, playbook: Playbook, persona: Persona, name: str) -> list[str]:
    if name not in SKIPS:
        return []
    words, slot = SKIPS[name]
    turns = [i for i, (said, _) in enumerate(v.transcript) if said == words]
    if not turns:
        return []
    later = [question(answer, playbook, persona.lang) for _, answer in v.transcript[turns[0]:]]
    return [] if slot in later else [f"{slot} was not asked again after the skip {words!r}"]


def goodbye_problems(v: Visitor, playbook: Playbook, persona: Persona, name: str) -> list[str]:
    """A goodbye mid-form ends the questions: the bot's answer to it asks nothing more of the form."""
    words = GOODBYES.get(name)
    if words is None:
        return []
    replies = [answer for said, answer in v.transcript if words in said]
    if not replies:
        return [f"the visitor never said goodbye ({words!r})"]
    asked = question(replies[0], playbook, persona.lang)
    return [] if asked is None else [f"the goodbye was answered with the {asked} question: {replies[0]!r}"]


# Personas still wrong when the session that wrote them ended, by id, with what is wrong (``cases``).
STILL_WRONG: dict[str, str] = {
    "sabine": "budget.min and budget.max are 2000, not 2500: the correction inside her answer ('so 2.000 im Monat - "
              "nein, sagen wir 2.500') was not heard; her 'Wozu brauchen Sie eigentlich unsere Mitarbeiterzahl?' got "
              "'Da bin ich mir leider nicht sicher' instead of the question's reason (no check reads that)",
    "céline": "budget.max is 2500, not 3000 ('trois mille au grand maximum' dropped); timing.horizon_days is 27 (end "
              "of December 2026), invented from 'les fêtes de fin d'année' in her opening, which is what her "
              "clients celebrate, not a start, and confirmed by her scripted 'exact'",
    "matías": "location.country is AR and budget.currency ARS: 'Santa Cruz, Región de O'Higgins' (Chile) was read "
              "as Argentina; budget is 3000000, not 4000000: the correction at the timing question ('el presupuesto "
              "ponle mejor 4 millones, no 3') was not heard; industry is 'other' for a winery",
    "nuno": "the bot kept asking: his address 'Avenida Marginal, 4480-661 Vila do Conde' was taken as his name ('o "
            "seu nome, Avenida Marginal') and the country question ('Em que país fica' / 'Onde está sediada') was "
            "asked again after every answer, more than 30 times",
    "marco": "location.country is US and budget.currency USD: 'l'export verso gli Stati Uniti è calato' in his "
             "opening became 'una sede a Stati Uniti' (confirmed with the revenue by his scripted 'sì sì' although "
             "he had said Sassuolo), so his revenue is 30 Mln USD and his call times are in US Central time",
    "jens": "his goodbye at the timing question ('Sorry, ik moet ervandoor, mijn volgende afspraak staat voor de "
            "deur. Dag!') got 'Sorry, dat heb ik niet begrepen. Wanneer wilt u beginnen?', so the form went on "
            "and stored a start, a name and an address he gave only because it was asked again (since 8d09a46; "
            "at 467bb25 his opening was taken as a request to talk to someone and the form never asked a question)",
}


@pytest.mark.parametrize("persona", cases(PERSONAS, STILL_WRONG))
def test_each_tenth_set_persona_s_lead_holds_what_they_said_and_nothing_invented(
        stack: Stack, playbook: Playbook, persona: Persona) -> None:
    name = persona.name.split(",")[0]
    v = Visitor(stack.rasa_url)
    play(v, playbook, persona)
    problems = wrong(stack, v, playbook, persona)
    if name in EITHER_WAY:
        problems = [problem for problem in problems if problem != "no lead stored"]
    problems += booking_problems(stack, v, persona, name) + reply_problems(v, name)
    problems += understood_problems(v, persona) + short_yes_problems(v, playbook, persona)
    problems += goodbye_problems(v, playbook, persona, name) + skip_problems(v, playbook, persona, name)
    print(v.history())
    assert not problems, "\n".join(problems) + "\n\n" + v.history()
