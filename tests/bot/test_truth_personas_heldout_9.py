"""Eleven more visitors, written blind and held out, played through the real Rasa, action server and lead service.

A ninth set after ``test_truth_personas_heldout_8.py`` (issue 14): five English
visitors (from India, Ireland, Australia, England and the US South) and one
each writing Swiss German, Québec French, Colombian Spanish, Brazilian
Portuguese, Italian and Dutch from the Netherlands, in trades the earlier sets
did not use: a coworking operator, a graduate looking for a job, a pool
builder, a scaffolding contractor, an HVAC company, a fiduciary office (Treuhand),
a maple syrup producer, a maker of work uniforms, a custom furniture maker,
an olive oil mill and a landscaping firm. They give a budget in shorthand
("2.5L pm") or in words ("eight grand", "eighteen hundred quid", "deux mille
cinq cents", "zesduizend"), a threshold that is no budget, what an agency cost
them last year, a price they ask about, phone numbers, years, postcodes, a
revenue given at the head-count question; a problem "this year" that is no
deadline, a head count that changed, a correction inside one message and one
at a later question; they ask whether it is a bot, what it costs, for case
studies and why the bot asks; they skip a required question, stop, write a
budget anyway and start again, say goodbye mid-form, look for a job, state
their decision at the timing question, go on past confirmations with a short
yes ("yep", "jo", "sí", "isso", "klopt"), and book calls from Bengaluru,
Brisbane and Sherbrooke, whose times must be shown in their own zone. Amounts
carry no currency where the country has its own. Each lists what the stored
lead must hold and the values it must never hold, labelled only from what the
visitor said, the lead contract and issue 14; a failure names what came out wrong.

The brief asked for "11 visitors, 6 English" and one each in six other
languages; eleven won, so five write English.

Where a label rests on no rule (whether a job seeker who leaves leaves a lead),
the check accepts either; where it does (a goodbye mid-form leaves what was
said before it, as set 8 labels it), the check holds the bot to it.

Vague dates are checked as a span of days counted from today (the
conversation's date), so the personas hold on any day they are played.
They were written blind (V9, 2026-12-04), without reading bot/actions, bot/data,
nlu/ or tests/nlu, and committed before running them (21f5a80).
First run, on 21f5a80 (2026-12-04 11:23 UTC; the bot as committed at 58e8c2f plus the
other helpers' uncommitted changes in the checkout): 2 of 11 (ciarán, andrea), and
andrea passed for the wrong reason (her "Wieso ist die Grösse ...?" got "Entschuldigung,
das habe ich nicht verstanden" and her "jo" was asked again, which no check read).
After that run, and only then, the script was revised once:
- the booking check assumed every visitor who asks for a call is offered times; the
  playbook sent kavya, natasha and geneviève (not graded a fit) a consultant's email
  instead, which the visitor's words and issue 14 do not rule out. Now, when times are
  offered, the first one (which the visitor picks) must show the booked start in her
  city's zone; when none are, nothing is checked.
- the checks the names promised but only English could fail are now in every language:
  "I didn't understand" (the bot's phrases as the first run showed them, ``NOT_UNDERSTOOD``)
  is never right for these scripts; a short yes at a confirmation must not be asked again;
  rogério's "why" must not be answered with the price.
No label of what the lead must hold was changed.
Run after that revision (2026-12-04 11:26 UTC, same tree): 1 of 11 (ciarán); the ten others are
the bot's and stay strict xfails naming what came out wrong (``STILL_WRONG``). Where a wrong
heard value was confirmed, it was confirmed by the persona's scripted yes, as in the earlier
sets: the bot still invented it.
After the fixes of 2026-12-04 (nlu and bot, by category, none by these wordings): 9 of 11; rogério
(his timing answer, which the extractor now reads, still gets "não percebi" from the form) and
nicola (no lead when a visitor leaves before giving an address: a policy the bot holds) stay strict
xfails. On 2026-12-04 (later session): rogério passes since 85d9487 (the form takes a long timing answer that
ends on its date in a short clause after a landmark or a reason): 10 of 11.
"""

from __future__ import annotations

import re
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

# The numbers in Kavya's WhatsApp number (+91 98450 12345), as a careless reader might take them.
PHONE_IN = (91, 98450, 12345, 9845012345, 919845012345)
# The numbers in Rogério's WhatsApp number ((31) 99876-5432).
PHONE_BR = (31, 99876, 5432, 998765432, 31998765432)
# "Depois do carnaval, lá pra março": from the days after carnival (early to mid February) to the end of March.
AFTER_CARNIVAL = Within(month_span(2).low + 9, month_span(3).high)


PERSONAS = [
    Persona(
        "kavya, coworking operator, four centres that are no head count, asks if it's a bot, last year's agency "
        "spend at the need question, a budget in lakh shorthand, a WhatsApp number, books a call, Bengaluru",
        "Hi, we run 4 coworking centres in Bengaluru (HSR, Koramangala, Indiranagar, Whitefield) and want more "
        "startups and SMEs taking private cabins",
        {"need": "lead gen mainly. we spent like 8L on FB ads via an agency last yr, mostly junk leads",
         "company": "DeskNest Coworking", "authority": "co-founder & COO, final call is mine",
         "industry": "coworking / flexible office space", "company_size": "28 ppl incl community managers",
         "location": "Bengaluru, Karnataka", "revenue": "~6 cr", "tech_stack": "Zoho and Excel",
         "budget": "2.5L pm, can stretch to 3L if the leads are good", "timing": "from 1st Jan ideally",
         "name": "Kavya Reddy", "consent": "ok sure",
         "email": "kavya@desknest.in, or WhatsApp me on +91 98450 12345", "confirm": "yup"},
        before={"company_size": "quick q - is this a bot? 🙂"},
        after=("can I book a call with your team?", "first one works 👍"),
        expect={"location.country": "IN", "industry": OneOf(("real_estate", "other")),
                "authority.seniority": "c_level", "authority.role": "decision_maker", "company_size.min": 28,
                "budget.min": 250000, "budget.max": 300000, "budget.currency": "INR", "budget.period": "month",
                "timing.horizon_days": month_span(1), "name": "Kavya Reddy", "email.address": "kavya@desknest.in"},
        never={"company_size.min": (4,) + PHONE_IN, "company_size.max": (4,) + PHONE_IN,
               "budget.min": (4, 28, 800000) + PHONE_IN, "budget.max": (800000,) + PHONE_IN,
               "budget.currency": ("USD",)},
        asked_twice=("company_size",),
    ),
    Persona(
        "ciarán, a graduate looking for a job, his start tomorrow is no timing, Limerick",
        "Hi there! I've just finished a masters in digital marketing at UL and I'm looking for a job - are ye "
        "hiring at all?",
        {"need": "honestly I'm just looking for work, a junior role in SEO or paid social",
         "company": "I'm not with a company, I'm job hunting", "authority": "no role, I'm a graduate looking for work",
         "industry": "none yet", "company_size": "just me", "location": "Limerick", "revenue": "none",
         "tech_stack": "none", "budget": "no budget, I'm the one looking for money 😅",
         "timing": "I could start a job tomorrow if ye'd have me!", "name": "Ciarán Ó Briain", "consent": "grand",
         "email": "ciaran.obriain@gmail.com", "confirm": "yeah"},
        expect={"budget.min": ABSENT, "budget.max": ABSENT, "timing.horizon_days": ABSENT},
        never={"authority.role": ("decision_maker",)},
    ),
    Persona(
        "natasha, pool builder, asks for case studies, a head count that grew this year, a postcode, eight grand "
        "in words, dollars unsaid, books a call, Brisbane",
        "G'day - got any case studies from trade businesses? We design and build concrete pools around Brisbane "
        "and we're after more enquiries from home builders and landscapers.",
        {"need": "more leads - mostly google ads and a better website, ours is ancient",
         "company": "Bluewater Pools Qld", "authority": "co-owner with my husband, we decide together",
         "industry": "pool construction",
         "company_size": "we were 9 at the start of the year, 16 now with the two new crews",
         "location": "Fortitude Valley, QLD 4006", "revenue": "about 5 mil", "tech_stack": "Buildxact and Xero",
         "budget": "about eight grand a month", "timing": "mid Jan, once everyone's back from holidays",
         "name": "Natasha Kerr", "consent": "yep all good", "email": "tash@bluewaterpoolsqld.com.au",
         "confirm": "yep"},
        after=("can I grab a time for a call with someone?", "the first one is good"),
        expect={"location.country": "AU", "industry": "construction", "authority.seniority": "c_level",
                "authority.role": "decision_maker", "company_size.min": 16, "budget.min": 8000, "budget.max": 8000,
                "budget.currency": "AUD", "budget.period": "month", "timing.horizon_days": mid_month(1),
                "name": "Natasha Kerr", "email.address": "tash@bluewaterpoolsqld.com.au"},
        never={"company_size.min": (9, 4006), "company_size.max": (4006,), "budget.min": (9, 16, 4006),
               "budget.max": (4006,), "budget.currency": ("USD",), "timing.horizon_days": (14,)},
        said=("brightline.example/case-studies",),
    ),
    Persona(
        "lee, scaffolding contractor, quiet this year, stops at the budget, writes a budget anyway, starts again, "
        "eighteen hundred quid in words, asks whether a website comes in under 10 grand, Sheffield",
        "Morning. We're a scaffolding contractor in Sheffield - commercial work's been dead quiet this year and "
        "we need more tenders from main contractors.",
        {"need": "lead generation from main contractors and housebuilders, probably LinkedIn and a proper website",
         "company": "Steel City Scaffolding Ltd", "authority": "MD - it's my decision",
         "industry": "scaffolding, construction", "company_size": "about 45 on the tools and 3 in the office",
         "location": "Sheffield", "revenue": "about 6 million", "tech_stack": "Sage and spreadsheets",
         "budget": "eighteen hundred quid a month", "timing": "from February", "name": "Lee Hartley",
         "consent": "yeah go on", "email": "lee@steelcityscaffolding.co.uk", "confirm": "yep"},
        before={"budget": "stop. I need to run this past my accountant first.",
                "timing": "before that - would a new website from you lot come in under 10 grand?"},
        after=("fwiw we could probably stretch to 3 grand a month",
               "right, my accountant's happy - can we start again?"),
        expect={"location.country": "GB", "industry": "construction", "authority.seniority": "c_level",
                "authority.role": "decision_maker", "company_size.min": Within(45, 48), "budget.min": 1800,
                "budget.max": 1800, "budget.currency": "GBP", "budget.period": "month",
                "timing.horizon_days": month_span(2), "email.address": "lee@steelcityscaffolding.co.uk"},
        never={"budget.min": (3000, 10000, 45, 48), "budget.max": (3000, 10000), "budget.currency": ("USD",),
               "timing.horizon_days": (14,)},
        asked_twice=("timing",),
        unsaid=("updated your",),
    ),
    Persona(
        "travis, HVAC company, skips the industry question, a title alone at the role question and his decision "
        "at the timing question, a threshold that is no budget, Birmingham in Alabama",
        "Hey y'all, we're a family-owned business in Birmingham, Alabama, looking to land more commercial service "
        "contracts",
        {"need": "more commercial leads - property managers, restaurants, that kind of thing. google ads and maybe "
                 "some email campaigns",
         "company": "Magic City Heating & Air", "authority": "I'm the operations manager",
         "industry": ("can we skip that one?", "HVAC - heating and air, service and installs"),
         "company_size": "32 techs and office staff", "location": "Birmingham, AL",
         "revenue": "a little over 7 million", "tech_stack": "ServiceTitan and QuickBooks",
         "budget": "3 to 4k a month",
         "timing": "first of the year. and to answer your earlier question properly - marketing spend is my call "
                   "now, only stuff over 60k a year has to go past my sister, she's the majority owner",
         "name": "Travis Boone", "consent": "sure thing", "email": "travis@magiccityair.com", "confirm": "yep"},
        expect={"location.country": "US", "industry": OneOf(("construction", "other")),
                "authority.seniority": "manager", "authority.role": "decision_maker", "company_size.min": 32,
                "budget.min": 3000, "budget.max": 4000, "budget.currency": "USD", "budget.period": "month",
                "timing.horizon_days": month_span(1), "name": "Travis Boone",
                "email.address": "travis@magiccityair.com"},
        never={"location.country": ("GB",), "budget.min": (32, 60000), "budget.max": (60000,)},
        asked_twice=("industry",),
    ),
    Persona(
        "andrea, writes Swiss German, fiduciary office, asks why the head count matters, corrects her budget "
        "inside one message with Swiss thousands, francs unsaid, Basel",
        "Grüezi, wir sind ein Treuhandbüro in Basel und suchen mehr KMU-Kunden für Buchhaltung und Steuern.",
        {"need": "mehr Mandate von KMU, vor allem über Google und LinkedIn", "company": "Rheinblick Treuhand AG",
         "authority": "Ich bin Partnerin und entscheide das zusammen mit meinem Geschäftspartner",
         "industry": "Treuhand, also Buchhaltung, Steuern und Lohnadministration",
         "company_size": "wir sind 14 Leute", "location": "Basel", "revenue": "etwa 2,5 Millionen",
         "tech_stack": "Abacus und Outlook",
         "budget": "etwa 3'500 im Monat – nein, Moment, eher 4'000, so ist es mit meinem Partner abgesprochen",
         "timing": "ab März", "name": "Andrea Meier", "consent": "ja, einverstanden",
         "email": "a.meier@rheinblick-treuhand.ch", "confirm": "jo"},
        lang="de",
        before={"company_size": "Wieso ist die Grösse für Sie überhaupt wichtig?"},
        expect={"location.country": "CH", "industry": OneOf(("professional_services", "financial_services")),
                "authority.seniority": "c_level", "authority.role": "decision_maker", "company_size.min": 14,
                "budget.min": 4000, "budget.max": 4000, "budget.currency": "CHF", "budget.period": "month",
                "timing.horizon_days": month_span(3), "email.address": "a.meier@rheinblick-treuhand.ch"},
        never={"budget.min": (3500, 14), "budget.max": (3500,), "budget.currency": ("USD", "EUR")},
        asked_twice=("company_size",),
        unsaid=ENGLISH,
    ),
    Persona(
        "geneviève, writes Québec French, maple syrup producer, asks what it costs, a budget in words, Canadian "
        "dollars unsaid, books a call, Sherbrooke",
        "Bonjour! On est une érablière en Estrie, on vend notre sirop aux épiceries fines pis aux restaurants, "
        "pis on voudrait plus de clients d'affaires.",
        {"need": "générer des leads B2B : épiceries fines, restos, boutiques cadeaux. Du LinkedIn pis des courriels",
         "company": "Sucrerie des Cantons",
         "authority": "Je suis copropriétaire avec mon frère, on décide ensemble",
         "industry": "production de sirop d'érable", "company_size": "on est une douzaine",
         "location": "Sherbrooke, au Québec", "revenue": "autour de 3 millions", "tech_stack": "Shopify pis Excel",
         "budget": "autour de deux mille cinq cents par mois", "timing": "dès février",
         "name": "Geneviève Tremblay", "consent": "oui, c'est correct",
         "email": "genevieve@sucreriedescantons.ca", "confirm": "oui"},
        lang="fr",
        before={"budget": "Avant, c'est combien vos services, à peu près?"},
        after=("Est-ce que je peux réserver un appel avec quelqu'un?", "Le premier me va."),
        expect={"location.country": "CA", "industry": OneOf(("agriculture", "manufacturing")),
                "authority.seniority": "c_level", "authority.role": "decision_maker",
                "company_size.min": Within(10, 14), "budget.min": 2500, "budget.max": 2500,
                "budget.currency": "CAD", "budget.period": "month", "timing.horizon_days": month_span(2),
                "email.address": "genevieve@sucreriedescantons.ca"},
        never={"budget.currency": ("USD", "EUR"), "budget.min": (12,)},
        asked_twice=("budget",),
        unsaid=ENGLISH,
    ),
    Persona(
        "paula, writes Colombian Spanish, work uniforms since 2007, revenue at the head-count question, her "
        "general manager approves, pesos unsaid, Medellín",
        "Hola, buenas. Somos una empresa de Medellín que confecciona uniformes y dotación para empresas desde 2007, "
        "y queremos llegar a más áreas de compras y gestión humana.",
        {"need": "conseguir prospectos B2B: jefes de compras y de gestión humana, por LinkedIn y Google",
         "company": "Dotaciones Antioquia S.A.S.",
         "authority": "soy la gerente comercial; los presupuestos los aprueba el gerente general",
         "industry": "confección textil, uniformes corporativos",
         "company_size": "somos unos 85 empleados y facturamos unos 9.000 millones de pesos al año",
         "location": "Medellín, Antioquia", "revenue": "unos 9.000 millones", "tech_stack": "Siigo y Excel",
         "budget": "unos 12 millones mensuales", "timing": "a partir de enero", "name": "Paula Restrepo",
         "consent": "sí, claro", "email": "paula.restrepo@dotacionesantioquia.com.co", "confirm": "sí"},
        lang="es",
        expect={"location.country": "CO", "industry": "manufacturing",
                "authority.seniority": OneOf(("manager", "director")), "company_size.min": 85,
                "budget.min": 12000000, "budget.max": 12000000, "budget.currency": "COP", "budget.period": "month",
                "timing.horizon_days": month_span(1), "email.address": "paula.restrepo@dotacionesantioquia.com.co"},
        never={"authority.role": ("decision_maker",), "budget.min": (2007, 85, 9000000000),
               "budget.max": (9000000000,), "budget.currency": ("USD",), "company_size.min": (2007,),
               "company_size.max": (2007,)},
        unsaid=ENGLISH,
    ),
    Persona(
        "rogério, writes Brazilian Portuguese, custom furniture maker, asks why they need his budget, a WhatsApp "
        "number with his name, reais unsaid, Belo Horizonte",
        "Olá! Temos uma fábrica de móveis planejados em Belo Horizonte e queremos vender mais para construtoras e "
        "escritórios de arquitetura.",
        {"need": "gerar leads com construtoras e arquitetos, pelo Instagram e Google",
         "company": "Serra Azul Móveis", "authority": "sou o dono, eu que decido",
         "industry": "móveis planejados, marcenaria industrial", "company_size": "uns 40 funcionários",
         "location": "Belo Horizonte, MG", "revenue": "uns 8 milhões por ano", "tech_stack": "Bling e Excel",
         "budget": "uns 6 mil por mês", "timing": "depois do carnaval, lá pra março",
         "name": "Rogério Alves - se preferir, meu WhatsApp é (31) 99876-5432", "consent": "pode",
         "email": "rogerio@serraazulmoveis.com.br", "confirm": "isso"},
        lang="pt",
        before={"budget": "Por que vocês precisam saber quanto eu quero gastar?"},
        expect={"location.country": "BR", "industry": "manufacturing", "authority.seniority": "c_level",
                "authority.role": "decision_maker", "company_size.min": 40, "budget.min": 6000, "budget.max": 6000,
                "budget.currency": "BRL", "budget.period": "month", "timing.horizon_days": AFTER_CARNIVAL,
                "name": "Rogério Alves", "email.address": "rogerio@serraazulmoveis.com.br"},
        never={"budget.min": (40,) + PHONE_BR, "budget.max": PHONE_BR, "company_size.min": PHONE_BR,
               "company_size.max": PHONE_BR, "budget.currency": ("USD",)},
        asked_twice=("budget",),
        unsaid=ENGLISH,
    ),
    Persona(
        "nicola, writes Italian, olive oil mill since 1934, sales fell this year, his uncle decides, says goodbye "
        "at the timing question, Bitonto near Bari",
        "Buongiorno, siamo un frantoio di famiglia vicino a Bari, dal 1934, e quest'anno le vendite alla "
        "ristorazione all'estero sono calate parecchio.",
        {"need": "trovare importatori e distributori in Germania e nei paesi nordici, con LinkedIn e email",
         "company": "Frantoio Lorusso", "authority": "sono il responsabile export, ma decide mio zio, il titolare",
         "industry": "produzione di olio extravergine d'oliva", "company_size": "siamo in 22",
         "location": "Bitonto, in provincia di Bari", "revenue": "circa 4 milioni",
         "tech_stack": "un gestionale e WooCommerce", "budget": "sui 2.000 euro al mese", "timing": "da gennaio",
         "name": "Nicola Lorusso", "consent": "sì", "email": "nicola@frantoiolorusso.it", "confirm": "esatto"},
        lang="it",
        before={"timing": "Mi scusi, devo scappare, mi chiamano in magazzino. Arrivederci!"},
        expect={"location.country": "IT", "industry": OneOf(("agriculture", "manufacturing")),
                "authority.seniority": OneOf(("manager", "director")), "company_size.min": 22, "budget.min": 2000,
                "budget.max": 2000, "budget.currency": "EUR", "budget.period": "month",
                "timing.horizon_days": ABSENT, "name": ABSENT, "email.address": ABSENT},
        never={"authority.role": ("decision_maker",), "budget.min": (22, 1934), "budget.max": (1934,),
               "company_size.min": (1934,), "company_size.max": (1934,)},
        unsaid=ENGLISH,
    ),
    Persona(
        "sander, writes Dutch, landscaping firm, a postcode that looks like a year, six thousand a quarter in "
        "words, corrects his head count at the timing question, Haarlem",
        "Hoi, wij zijn een hoveniersbedrijf uit Haarlem en we willen meer zakelijke opdrachten, zoals bedrijfstuinen "
        "en groenonderhoud voor VvE's.",
        {"need": "meer leads van vastgoedbeheerders en VvE's, via Google en LinkedIn",
         "company": "Groen & Zo Hoveniers", "authority": "ik ben mede-eigenaar, ik beslis samen met mijn compagnon",
         "industry": "hoveniers, tuinaanleg en groenonderhoud", "company_size": "we zijn met 15 man",
         "location": "Kleine Houtweg, 2011 VR Haarlem", "revenue": "zo'n 2 miljoen",
         "tech_stack": "Gripp en Excel", "budget": "zesduizend euro per kwartaal", "timing": "vanaf maart",
         "name": "Sander Bakker", "consent": "ja hoor", "email": "sander@groenenzo-hoveniers.nl", "confirm": "klopt"},
        lang="nl",
        before={"timing": "O, nog even: we zijn inmiddels met 18, niet 15 - er zijn net drie mensen begonnen."},
        expect={"location.country": "NL", "industry": OneOf(("construction", "agriculture", "other")),
                "authority.seniority": "c_level", "authority.role": "decision_maker", "company_size.min": 18,
                "budget.min": 6000, "budget.max": 6000, "budget.currency": "EUR", "budget.period": "quarter",
                "timing.horizon_days": month_span(3), "email.address": "sander@groenenzo-hoveniers.nl"},
        never={"company_size.min": (15, 2011), "company_size.max": (15, 2011), "budget.min": (18, 2011),
               "budget.max": (2011,)},
        asked_twice=("timing",),
        unsaid=ENGLISH,
    ),
]


# What the bot's reply to a visitor's own question must contain (any of the words, case ignored), by persona:
# (words of the visitor's message, words the answer must hold). Wording-free on purpose: an answer to "is this a
# bot?" names the bot somehow, and the playbook's pricing text is in USD (set 8's "5,000 USD a month").
REPLY_HOLDS: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "kavya": (("is this a bot", ("bot", "assistant", "automated", "virtual")),),
    "lee": (("come in under 10 grand", ("USD",)),),
    "geneviève": (("c'est combien vos services", ("USD",)),),
}
# And what it must not contain: a reason asked for is no price.
REPLY_LACKS: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "rogério": (("Por que vocês precisam saber", ("USD",)),),
}

# The bot's "I didn't understand" in each language, as the first run's transcripts show it (English from issue 14).

# Personas who book a call, with the zone of the city they said they are in: the first time offered, which they
# pick, must show the booked start's clock in that zone (Brisbane keeps no daylight saving, unlike Sydney; Kolkata
# is half an hour off; Sherbrooke is an hour from the owner's Chicago).
BOOKED_IN = {"kavya": "Asia/Kolkata", "natasha": "Australia/Brisbane", "geneviève": "America/Toronto"}

# Visitors whose lead may or may not be stored: a job seeker who is sent on his way has said nothing the lead
# contract asks to keep; if a lead is stored, what it must (not) hold still holds.
EITHER_WAY = {"ciarán"}

# A link to one of the playbook's content offers (not the privacy notice or other legal pages).
CONTENT_LINK = re.compile(r"brightline\.example/(?![\w/-]*(?:privacy|legal|terms|cookie))[\w/-]+")
# Visitors the bot disqualifies, who must be offered content.
OFFERED_CONTENT = {"ciarán"}

def booking_problems(stack: Stack, v: Visitor, persona: Persona, name: str) -> list[str]:
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
        # No times offered (the playbook may send a lead it does not grade a fit to a consultant's email instead):
        # nothing shows a zone, so there is nothing to hold the booking to.
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
        problems += [f"the answer to {words!r} holds {word!r}: {replies[0]!r}" for word in lacks
                     if replies and word.lower() in replies[0].lower()]
    return problems


def understood_problems(v: Visitor, persona: Persona) -> list[str]:
    """Every message in these scripts means something, so "I didn't understand" is never the right answer."""
    marker = NOT_UNDERSTOOD.get(persona.lang)
    return [f"the bot did not understand {said!r}: {answer.splitlines()[0]!r}" for said, answer in v.transcript
            if marker and marker in answer]


def short_yes_problems(v: Visitor, playbook: Playbook, persona: Persona) -> list[str]:
    """The persona's short yes ("yep", "jo", "isso") at a confirmation confirms it: the same line is not asked again."""
    yes = persona.answers.get(CONFIRM)
    asks = [question(answer, playbook, persona.lang) for _, answer in v.transcript]
    return [f"the short yes {said!r} at the confirmation was not taken: it was asked again"
            for i, (said, _) in enumerate(v.transcript)
            if i > 0 and said == yes and asks[i - 1] == CONFIRM and asks[i] == CONFIRM]


def content_problems(v: Visitor, name: str) -> list[str]:
    if name not in OFFERED_CONTENT:
        return []
    bot = "\n".join(answer for _, answer in v.transcript)
    return [] if CONTENT_LINK.search(bot) else ["no content offer was linked to the disqualified visitor"]


# Personas still wrong when the session that wrote them ended, by id, with what is wrong (``cases``).
STILL_WRONG: dict[str, str] = {
    "nicola": "no lead stored: since 0336791 (nlu.leaving) the goodbye at the timing question ('Mi scusi, devo "
              "scappare ... Arrivederci!', turn 7) is taken ('Grazie della visita! Le sue risposte restano in "
              "questa chat'), but a visitor who leaves before giving an address leaves no lead (the bot's, as set "
              "8's alejandro); his clients ('le vendite alla ristorazione', opening) are no longer his industry "
              "since d537b78, so the industry question is asked",
}


@pytest.mark.parametrize("persona", cases(PERSONAS, STILL_WRONG))
def test_each_ninth_set_persona_s_lead_holds_what_they_said_and_nothing_invented(
        stack: Stack, playbook: Playbook, persona: Persona) -> None:
    name = persona.name.split(",")[0]
    v = Visitor(stack.rasa_url)
    play(v, playbook, persona)
    problems = wrong(stack, v, playbook, persona)
    if name in EITHER_WAY:
        problems = [problem for problem in problems if problem != "no lead stored"]
    problems += booking_problems(stack, v, persona, name) + reply_problems(v, name) + content_problems(v, name)
    problems += understood_problems(v, persona) + short_yes_problems(v, playbook, persona)
    print(v.history())
    assert not problems, "\n".join(problems) + "\n\n" + v.history()
