"""A visitor who names their province in a country of several zones is offered times in that province's zone, and
told so in the place they named (issue 14; set 16, through the real bot and service).

Liam, "with a credit union in Nova Scotia", was offered times "(Central Time, Marcus's time zone)": Canada has
several offsets and a province was no city. Marie-Ève, in "Rimouski, Québec", was told "car vous êtes à Québec", a
city she is not in. In the seven languages the province answered at the location question chooses the zone, and
the offer names it and the place as the visitor wrote it. Near misses: a city keeps its own zone (Perth, beside a
province of another zone), and a country alone that spans several zones is still shown the consultant's zone, said
to be theirs.
"""

from __future__ import annotations

import pytest

from bot.actions.phrasebook import zone_name
from harness.stack import Stack, Visitor
from qualification import Playbook
from tests.bot.test_a_booked_call_is_moved_when_the_visitor_asks import CONSENT, EMAIL, slot_times, start_of
from tests.bot.test_an_email_typed_with_consent_is_kept_once_and_confirmed_at_most_once import ANSWERS
from tests.bot.test_language_conversations import CONFIRM, asked

pytestmark = pytest.mark.slow

# lang -> (the answer to "where are you based?", the zone, why, as the offer says it: the place as the visitor wrote it,
# with the preposition its name takes)
PROVINCES = {
    "en": ("Nova Scotia, Canada", "America/Halifax", ", as you're in Nova Scotia"),
    "de": ("Westaustralien, Australien", "Australia/Perth", ", da Sie in Westaustralien sind"),
    "fr": ("Rimouski, Québec", "America/Toronto", ", car vous êtes à Rimouski, Québec"),
    "es": ("Baja California, México", "America/Tijuana", ", ya que está en Baja California"),
    "it": ("Queensland, Australia", "Australia/Brisbane", ", dato che si trova in Queensland"),
    "pt": ("Mato Grosso, Brasil", "America/Cuiaba", ", já que está no Mato Grosso"),
    "nl": ("Nieuw-Schotland, Canada", "America/Halifax", ", omdat u in Nieuw-Schotland bent"),
}


def offered(stack: Stack, playbook: Playbook, lang: str, location: str) -> tuple[Visitor, str]:
    """A sales-ready visitor in ``lang`` who answered ``location`` to where they are, and the offer of times."""
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    answers = {
        **ANSWERS[lang],
        "location": location,
        "consent": CONSENT[lang],
        "email": EMAIL[lang],
        CONFIRM: CONSENT[lang],
    }
    reply = v.say(answers["need"])
    for _ in range(25):
        slot = asked(reply, playbook, lang)
        if slot is None:
            break
        reply = v.say(answers.get(slot, "skip"))
    assert slot_times(v), f"no times offered:\n{v.history()}"
    return v, v.transcript[-1][1]


@pytest.mark.parametrize("lang", list(PROVINCES))
def test_the_times_are_in_the_zone_of_the_province_named_and_the_place_is_the_visitors(
    stack: Stack, playbook: Playbook, lang: str
) -> None:
    location, tz, why = PROVINCES[lang]
    v, offer = offered(stack, playbook, lang, location)
    assert f"({zone_name(tz, lang)}{why})" in offer, v.history()
    first = slot_times(v)[0]
    v.say(first)
    booking = (stack.lead_for(v.sender) or {}).get("booking") or {}
    assert booking.get("starts_at") and start_of(first) == start_of(f'"slot_start":"{booking["starts_at"]}"'), (
        v.history()
    )


@pytest.mark.parametrize(
    ("lang", "location", "tz", "why"),
    [
        # A city keeps its own zone, the province beside it says nothing more.
        ("en", "Perth, Queensland, Australia", "Australia/Perth", ", as you're in Perth"),
        ("fr", "Montréal, Québec", "America/Toronto", ", car vous êtes à Montréal"),
        # A country nearly all in one zone keeps it, said with its preposition ("en Espagne", never "à Espagne").
        ("fr", "Espagne", "Europe/Madrid", ", car vous êtes en Espagne"),
    ],
)
def test_a_city_named_keeps_its_own_zone(
    stack: Stack, playbook: Playbook, lang: str, location: str, tz: str, why: str
) -> None:
    v, offer = offered(stack, playbook, lang, location)
    assert f"({zone_name(tz, lang)}{why})" in offer, v.history()


def test_a_country_alone_of_several_zones_is_shown_the_consultants_zone_said_to_be_theirs(
    stack: Stack, playbook: Playbook
) -> None:
    v, offer = offered(stack, playbook, "en", "Canada")
    lead = stack.lead_for(v.sender)
    calendar = playbook.scheduling.calendar_for(lead["suggested_owner"])
    assert f"({zone_name(calendar.time_zone, 'en')}, {calendar.name.split()[0]}'s time zone)" in offer, v.history()
    assert "[Other time zone]" in offer, v.history()


def test_a_state_named_in_another_answer_says_nothing_of_where_the_visitor_is(stack: Stack, playbook: Playbook) -> None:
    # Where they sell is no place of theirs: "leads in Texas and Florida" from a visitor in the United States.
    v = Visitor(stack.rasa_url, metadata={"language": "en"})
    answers = {
        **ANSWERS["en"],
        "need": "We need more qualified leads in Texas and Florida",
        "location": "the United States",
        "consent": CONSENT["en"],
        "email": EMAIL["en"],
        CONFIRM: CONSENT["en"],
    }
    reply = v.say(answers["need"])
    for _ in range(25):
        slot = asked(reply, playbook, "en")
        if slot is None:
            break
        reply = v.say(answers.get(slot, "skip"))
    offer = v.transcript[-1][1]
    assert slot_times(v), v.history()
    assert "Texas" not in offer and "Florida" not in offer, v.history()
    lead = stack.lead_for(v.sender)
    calendar = playbook.scheduling.calendar_for(lead["suggested_owner"])
    assert f"({zone_name(calendar.time_zone, 'en')}, {calendar.name.split()[0]}'s time zone)" in offer, v.history()
