"""A FAQ answer speaks to the visitor who asks: the zone their call times are in, prices in their currency.

Issue 14: "which time zone will the call be in?" got the rule, not the zone; a German visitor asking the price was
quoted in USD. ``bot.actions.faq`` answers with the conversation at hand: the zone ``bot.actions.booking`` shows (or
would show) this visitor's times in, with why, and the pricing text's amounts in the currency of the country they
stated, when the playbook prices in it. These drive ``answer_messages`` as the actions call it, with Rasa's tracker.
"""

from __future__ import annotations

import copy
from typing import Any

import pytest
from rasa_sdk import Tracker

from bot.actions.faq import answer_messages
from bot.actions.language import speaking
from bot.actions.phrasebook import zone_name
from nlu.attributes import Attributes, Location
from qualification import DEFAULT_PLAYBOOK, Playbook
from qualification.playbook_file import read_yaml
from qualification.schema import parse_playbook
from qualification.translation import localized

RAW: dict[str, Any] = read_yaml(DEFAULT_PLAYBOOK.read_text(encoding="utf-8"))


def marketer_prices() -> Playbook:
    """The default playbook with the prices a marketer gives in dollars and euros (none in pounds)."""
    raw = copy.deepcopy(RAW)
    raw["company"]["prices"] = {"monthly_from": {"USD": 5000, "EUR": 4500}}
    raw["company"]["pricing"] = "Monthly programmes start at {price.monthly_from} a month."
    raw["company"]["translations"]["de"]["pricing"] = "Monatliche Programme beginnen bei {price.monthly_from} im Monat."
    return parse_playbook(raw)


PLAYBOOK = parse_playbook(RAW)
PRICED = marketer_prices()


def tracker(text: str, *, country: str | None = None, city: str | None = None, device_tz: str | None = None,
            offered_tz: str | None = None) -> Tracker:
    attributes = Attributes(location=Location(country=country, city=city)) if country else Attributes()
    slots: dict[str, Any] = {"attributes": attributes.to_dict()}
    if offered_tz:
        slots["offered_slots"] = [{"starts_at": "2026-12-08T09:00:00Z", "label": "Tue 8 Dec, 09:00", "tz": offered_tz}]
    events = [{"event": "user", "text": text, "timestamp": 1.0, "metadata": {"tz": device_tz} if device_tz else {}}]
    return Tracker("visitor", slots, {"text": text, "intent": {}}, events, False, None, {}, "action_listen")


def said(playbook: Playbook, text: str, conversation: Tracker, intent: str | None = None) -> str:
    return " ".join(m.get("text", "") for m in answer_messages(playbook, text, intent, 0.9 if intent else 0.0,
                                                               conversation))


@pytest.mark.parametrize("question", ["which time zone will the call be in?", "what time zone are the times shown in?"])
def test_a_visitor_who_said_where_they_are_hears_the_zone_of_that_place_and_how_to_change_it(question: str) -> None:
    reply = said(PLAYBOOK, question, tracker(question, country="DE", city="Berlin", device_tz="America/New_York"))
    assert f"Your call times are in {zone_name('Europe/Berlin', 'en')}, as you're in Berlin." in reply
    assert 'tap "Other time zone"' in reply


def test_a_visitor_who_said_nothing_of_where_they_are_hears_their_devices_zone() -> None:
    question = "which time zone are the call times in?"
    reply = said(PLAYBOOK, question, tracker(question, device_tz="America/Chicago"))
    assert f"Your call times are in {zone_name('America/Chicago', 'en')}, your device's time zone." in reply


def test_times_already_shown_are_named_in_the_zone_they_were_shown_in() -> None:
    question = "is that UK time or US time?"
    reply = said(PLAYBOOK, question, tracker(question, offered_tz="Europe/London"))
    assert f"Your call times are in {zone_name('Europe/London', 'en')}." in reply


def test_with_no_zone_known_yet_the_answer_says_how_it_will_be_chosen_and_names_none() -> None:
    question = "which time zone will the call be in?"
    entry = next(e for e in PLAYBOOK.faq if e.id == "time_zone")
    reply = said(PLAYBOOK, question, tracker(question))
    assert reply == PLAYBOOK.faq_answer(entry)
    assert "Your call times are in" not in reply and "{" not in reply


def test_a_german_visitor_in_munich_hears_the_zone_in_german() -> None:
    question = "In welcher Zeitzone ist der Termin?"
    with speaking("de"):
        reply = said(localized(PLAYBOOK, "de"), question, tracker(question, country="DE", city="Munich"))
        zone = zone_name("Europe/Berlin", "de")
    assert f"Zeitzone Ihrer Termine: {zone}, da Sie in" in reply and "Andere Zeitzone" in reply


@pytest.mark.parametrize("lang, question, country, city, expected", [
    ("de", "Was kostet das bei Ihnen?", "DE", "Stuttgart", "4.500 EUR"),
    ("en", "what do you charge?", "DE", "Stuttgart", "4,500 EUR"),
    ("en", "what do you charge?", "IE", "Dublin", "4,500 EUR"),
    # no price in pounds: the dollar amount, as the marketer wrote it, never relabelled
    ("en", "what do you charge?", "GB", "Manchester", "5,000 USD"),
    ("en", "what do you charge?", None, None, "5,000 USD"),
])
def test_the_price_is_quoted_in_the_visitors_currency_when_the_playbook_prices_in_it(
    lang: str, question: str, country: str | None, city: str | None, expected: str
) -> None:
    with speaking(lang):
        reply = said(localized(PRICED, lang), question, tracker(question, country=country, city=city), "ask_pricing")
    assert expected in reply
    assert "GBP" not in reply


def test_a_country_said_in_the_question_itself_sets_the_currency() -> None:
    question = "we're a small bakery chain in Lyon, how much do you charge?"
    assert "4,500 EUR" in said(PRICED, question, tracker(question), "ask_pricing")
