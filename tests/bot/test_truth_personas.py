"""Ten visitors, written blind, played through the real Rasa, action server and lead service.

Each persona chats the way people do (typos, shorthand, hedges, several facts
in one message, corrections, a stop, a question of their own mid-form) and
answers whatever the bot asks from its script. What must come out is the lead
the service stored: the attributes the visitor stated, and none they did not.
The personas were written before the fixes they measure (issue 14); a
persona that fails names what the lead got wrong.
"""

from __future__ import annotations

import pytest

from harness.stack import Stack
from qualification import Playbook
from tests.bot.personas import ABSENT, Persona, play_and_check

pytestmark = pytest.mark.slow


PERSONAS = [
    Persona(
        "priya, shorthand and typos, Leeds",
        "hey there, lookin for help w/ our seo + paid ads 🙂",
        {"company": "quantiva", "authority": "head of mktg, CEO signs off on budget tho", "industry": "b2b saas",
         "company_size": "~85 ppl", "location": "leeds, uk", "tech_stack": "hubspot",
         "budget": "prob 3-4k/month", "timing": "asap tbh", "name": "Priya", "consent": "sure",
         "email": "priya@quantiva.io", "confirm": "yes"},
        expect={"budget.min": 3000, "budget.max": 4000, "budget.currency": "GBP", "budget.period": "month",
                "company_size.min": 85, "location.country": "GB", "industry": "software",
                "email.address": "priya@quantiva.io"},
    ),
    Persona(
        "marco, everything in his first message, Munich",
        "Hi! Marco here, COO at a 40-person logistics firm in Munich. We want more inbound leads, "
        "budget around 25k for the year.",
        {"confirm": "yes, all correct", "company": "Alpentrans GmbH", "timing": "we'd like to start in march",
         "name": "Marco Bauer", "consent": "yes", "email": "m.bauer@alpentrans.de",
         "need": "more inbound leads", "authority": "COO", "industry": "logistics", "company_size": "40",
         "location": "Munich", "budget": "25k a year"},
        expect={"budget.min": 25000, "budget.currency": "EUR", "company_size.min": 40, "location.country": "DE",
                "industry": "logistics", "authority.seniority": "c_level"},
    ),
    Persona(
        "dana, hedges her budget as a question, Toronto",
        "hello",
        {"need": "not totally sure yet, maybe email nurturing? our newsletter is kinda dead",
         "company": "Oak & Pine", "authority": "I'm the marketing manager, my boss decides",
         "industry": "we sell furniture online", "company_size": "about 25 of us", "location": "Toronto",
         "tech_stack": "mailchimp", "budget": "is 1500 a month enough to get going?",
         "confirm": "yeah that works", "timing": "sometime in the next couple of months", "name": "Dana",
         "consent": "yes", "email": "dana@oakandpine.ca"},
        expect={"budget.min": 1500, "budget.currency": "CAD", "budget.period": "month", "location.country": "CA",
                "company_size.min": 25},
    ),
    Persona(
        "sam, corrects his size and his budget, Dublin",
        "hi",
        {"need": "we need more leads", "company": "Ledgerly", "authority": "CMO", "industry": "fintech",
         "company_size": "about 50 people", "location": "Dublin",
         "budget": "it was 20k but finance trimmed it to 12k", "timing": "next month", "name": "Sam",
         "consent": "yes", "email": "sam@ledgerly.ie", "confirm": "yes"},
        before={"location": "sorry, I meant 150 people, not 50"},
        expect={"company_size.min": 150, "budget.min": 12000, "budget.currency": "EUR", "location.country": "IE"},
        never={"budget.min": (20000,), "company_size.min": (50,)},
        said=("150 people",),
    ),
    Persona(
        "bob, stops, then blurts everything out",
        "hi",
        {"need": "website redesign", "company": "Bob's Bikes"},
        before={"authority": "stop"},
        after=("ugh ok fine, budget is 90k and im the ceo, bob@bobsbikes.co.uk",),
        stored=False,
    ),
    Persona(
        "lea, a student",
        "hi im a student writing my thesis on b2b lead gen 📚",
        {"authority": "just a student, no company", "need": "I'd love to read about how lead gen works",
         "company": "none", "industry": "education i guess", "company_size": "just me",
         "location": "Utrecht", "budget": "no budget, sorry", "timing": "no rush", "name": "Lea",
         "consent": "yes", "email": "lea.student@gmail.com", "confirm": "yes"},
        expect={"persona": "student", "budget.min": ABSENT, "timing.horizon_days": ABSENT},
        said=("brightline.example/",),
    ),
    Persona(
        "tom, asks his own questions mid-form, Austin",
        "hey, what do you guys charge?",
        {"need": "paid ads on linkedin mostly", "company": "Fieldwork", "authority": "founder & ceo",
         "industry": "cybersecurity software", "company_size": "12 people", "location": "Austin, TX",
         "budget": "maybe 8k a month", "timing": "within 6 weeks", "name": "Tom", "consent": "ok",
         "email": "tom@fieldwork.dev", "confirm": "yes"},
        before={"budget": "hang on, how does working with you work?", "email": "r u a bot?"},
        expect={"budget.min": 8000, "budget.currency": "USD", "budget.period": "month", "location.country": "US",
                "company_size.min": 12},
        said=("5,000 USD a month", "bot, not a person"),
    ),
    Persona(
        "ana, answers a confirmation with a budget, Boston",
        "we're a ~300 person company and our CRM is a mess",
        {"confirm": ("2k a month", "yes"), "company": "Medivance", "authority": "VP marketing, I decide",
         "industry": "healthcare, we make medical devices", "location": "Boston", "revenue": "about 80M",
         "tech_stack": "salesforce", "budget": "2k a month", "timing": "this quarter", "name": "Ana",
         "consent": "yes", "email": "ana@medivance.com", "need": "fix our CRM",
         "company_size": "about 300"},
        expect={"company_size.min": 300, "budget.min": 2000, "budget.period": "month", "industry": "healthcare"},
        never={"industry": ("other",)},
    ),
    Persona(
        "raj, numbers that are not budgets, London",
        "hi, we're a fintech in London",
        {"need": "lead gen. our CAC is about £400 and we burned 30k on an agency last year with nothing to show. "
                 "call me on 07700 900123",
         "company": "Paylane", "authority": "growth lead, CFO approves spend", "company_size": "around 70",
         "budget": "no budget set yet", "timing": "not in a rush, maybe next quarter", "name": "Raj",
         "consent": "yes", "email": "raj@paylane.co.uk", "confirm": "yes"},
        expect={"budget.status": "none", "budget.min": ABSENT, "location.country": "GB", "industry": "fintech",
                "company_size.min": 70},
        never={"budget.min": (400,)},
    ),
    Persona(
        "kim, answers the size question with something else first, Chicago",
        "hi",
        {"need": "SEO", "company": "Northwind Labs", "authority": "director of marketing, I own the budget",
         "industry": "software", "company_size": ("honestly it was 20k but finance trimmed it to 12k",
                                                  "about 60 people"),
         "location": "Chicago", "budget": "12k", "timing": "in 2 months", "name": "Kim", "consent": "yes",
         "email": "kim@northwindlabs.com", "confirm": "yes"},
        expect={"company_size.min": 60, "budget.min": 12000, "location.country": "US"},
        never={"company_size.min": (12000,), "budget.min": (20000,)},
        asked_twice=("company_size",),
    ),
]



@pytest.mark.parametrize("persona", PERSONAS, ids=[p.name.split(",")[0] for p in PERSONAS])
def test_each_persona_s_lead_holds_what_they_said_and_nothing_invented(
        stack: Stack, playbook: Playbook, persona: Persona) -> None:
    play_and_check(stack, playbook, persona)
