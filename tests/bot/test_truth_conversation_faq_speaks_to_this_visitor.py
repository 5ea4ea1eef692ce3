"""Through the real stack, the time-zone answer names this visitor's zone (issue 14).

"which time zone will the call be in?" got the rule ("the zone of the place you told me…") instead of the zone.
``bot.actions.faq`` can answer with the conversation at hand; these hold that the form and the rules pass it, so
a visitor who said where they are hears that place's zone by name, in the chat's language, mid-form.
"""

from __future__ import annotations

import pytest

from bot.actions.phrasebook import zone_name
from harness.stack import Stack, Visitor
from qualification import Playbook
from tests.bot.test_language_conversations import asked

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("lang", "opening", "question", "zone"), [
    ("en", "we're an accountancy practice in Manchester, 12 staff, we need more enquiries",
     "which time zone would the call be in?", "Europe/London"),
    ("en", "hi, dental clinic in Brisbane, 9 people, want more bookings", "what time zone are the call times in?",
     "Australia/Brisbane"),
    ("de", "Wir sind ein Architekturbüro in Freiburg mit 14 Leuten und suchen Hilfe bei SEO",
     "In welcher Zeitzone sind die Termine?", "Europe/Berlin"),
])
def test_a_visitor_who_said_where_they_are_hears_that_places_zone_and_the_form_goes_on(
        stack: Stack, playbook: Playbook, lang: str, opening: str, question: str, zone: str) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    v.say({"en": "hi", "de": "Hallo"}[lang])
    pending = asked(v.say(opening), playbook, lang)
    reply = v.say(question)
    assert zone_name(zone, lang) in reply, f"the zone was not named:\n{v.history()}"
    assert asked(reply, playbook, lang) == pending, f"the pending question was not asked again:\n{v.history()}"
    lead = stack.lead_for(v.sender)
    assert lead is None or "time zone" not in str(lead["attributes"]), v.history()
