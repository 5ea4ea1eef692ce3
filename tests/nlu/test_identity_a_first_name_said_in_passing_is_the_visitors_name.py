"""nlu.identity.name: a first name said in passing after "I'm" or another language's "I am", alone or with a surname,
is the visitor's name ("yes, and I'm Priya by the way", "und ich bin Anna", "Claire Martin ici"); what a visitor says
they are after the same words (a title, a town, a nationality, a state) is not.

One capitalised word after "I'm" counted only when an introduction went on after it ("I'm Carlos from Initech").
Now a given name counts anywhere, and another word when it ends the clause and is no title, place, nationality or
state. "here" said in the other languages ("ici", "aquí", "qui") introduces a name as "here" and "hier" did.
"""

import pytest

from nlu.identity import company, name
from nlu.text import Text


@pytest.mark.parametrize("text, expected", [
    ("yes, and I'm Priya by the way", "Priya"), ("I'm Priya", "Priya"), ("I'm Priyanka.", "Priyanka"),
    ("I'm Priyanka by the way", "Priyanka"), ("this is Priya", "Priya"),
    ("und ich bin Anna", "Anna"), ("ich bin Anna Weber", "Anna Weber"), ("ich bin Anna, übrigens", "Anna"),
    ("je suis Claire", "Claire"), ("Claire Martin ici", "Claire Martin"), ("je suis Éloïse, gérante", "Éloïse"),
    ("soy Lucía", "Lucía"), ("soy Ximena, por cierto", "Ximena"), ("Lucía aquí", "Lucía"), ("me llamo Lucía", "Lucía"),
    ("sou a Mariana", "Mariana"), ("eu sou o Tiago", "Tiago"), ("Joana aqui", "Joana"),
    ("sono Giulia", "Giulia"), ("Giulia qui", "Giulia"), ("mi chiamo Giulia", "Giulia"),
    ("ik ben Sanne", "Sanne"), ("ik heet Sanne", "Sanne"), ("ik ben Sanne trouwens", "Sanne"),
    # a given name that is a place too keeps its "here" ("Kerry" is an Irish county)
    ("Kerry here, I run a bakery", "Kerry"), ("Florence ici", "Florence"),
])
def test_a_first_name_said_in_passing_is_the_visitors_name(text, expected):
    for field in (None, "need"):
        assert name(Text.of(text), field) == expected, field


@pytest.mark.parametrize("text", [
    "I'm looking", "I'm Interested", "I'm Based in Leeds", "I'm Fine", "I'm Back", "I'm Italian", "I'm Shopify",
    "I'm Solo", "I'm Retired", "I'm Curious.", "I'm Flexible", "I'm CEO", "I'm Ready",
    "ich bin Geschäftsführer", "ich bin Deutscher", "ich bin Zahnarzt", "wir werben im Internet.", "im Mai",
    "je suis intéressé", "je suis Français", "soy de Madrid", "soy Mexicano", "Madrid aquí", "sou Brasileira",
    "sono qui per", "Sono Italiano", "ik ben eigenaar", "ik ben Eigenaar", "ik ben Nederlander", "Milano qui",
])
def test_what_the_visitor_is_after_i_am_is_no_name(text):
    for field in (None, "need"):
        assert name(Text.of(text), field) is None, field


@pytest.mark.parametrize("text", [
    "We need more leads from SEO and Google Ads", "we want more traffic from Organic Search",
    "leads from Meta Ads and TikTok", "we get leads from Word of Mouth", "more demos from Cold Email",
    "most of our clients come from Referrals", "bookings from Booking.com and Airbnb", "from HubSpot",
])
def test_where_leads_come_from_is_no_company(text):
    for field in (None, "need"):
        assert company(Text.of(text), field) is None, field


@pytest.mark.parametrize("text, firm", [
    # near misses: the firm the visitor is from, some named after what they sell
    ("I'm from Acme Corp", "Acme Corp"), ("I'm calling from Brightline Labs", "Brightline Labs"),
    ("Sarah from Kestrel Analytics", "Kestrel Analytics"), ("Priya from Northwind Search Partners", "Northwind Search Partners"),
    ("hi, Tom from Meta Ads Agency", "Meta Ads Agency"), ("we're from Harbor Freight", "Harbor Freight"),
])
def test_the_firm_the_visitor_is_from_is_still_read(text, firm):
    assert company(Text.of(text), None) == firm
