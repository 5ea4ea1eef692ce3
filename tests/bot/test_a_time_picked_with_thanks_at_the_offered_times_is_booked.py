"""A time picked with thanks at the offered times is booked, through the real stack (issue 14; set 17's mia).

"first one thanks" at the offered times got "You're welcome!" and no call: the classifier heard thanks, and the
thanks rule answered with the bare ``utter_welcome`` response, which no action code saw. The rule now runs
``action_thanks`` (``booking.ActionThanks``), which books a pick said with thanks and thanks anything else. Near
misses: thanks alone at the offered times books nothing and is thanked.
"""

from __future__ import annotations

import pytest

from harness.script import qualify_in_one_message
from harness.stack import Stack, Visitor
from qualification import Playbook

pytestmark = pytest.mark.slow

# The first offered time, picked by its place in the list, with thanks (in the words of each language).
PICKS = [
    ("en", "first one thanks"),
    ("de", "den ersten, danke"),
    ("fr", "le premier, merci"),
    ("es", "la primera, gracias"),
    ("it", "il primo grazie"),
    ("pt", "o primeiro, obrigado"),
    ("nl", "de eerste, dank je"),
]
THANKS = [("en", "thanks!"), ("de", "danke schön"), ("es", "muchas gracias")]


def offered(stack: Stack, playbook: Playbook, lang: str) -> Visitor:
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    qualify_in_one_message(v, playbook, lang)
    assert any(payload and payload.startswith("/choose_slot") for _, payload in v.buttons), v.history()
    return v


@pytest.mark.parametrize(("lang", "pick"), PICKS, ids=[lang for lang, _ in PICKS])
def test_the_first_time_picked_with_thanks_is_booked(stack: Stack, playbook: Playbook, lang: str, pick: str) -> None:
    v = offered(stack, playbook, lang)
    v.say(pick)
    lead = stack.lead_for(v.sender)
    assert lead is not None and lead["status"] == "booked", v.history()


@pytest.mark.parametrize(("lang", "thanks"), THANKS, ids=[lang for lang, _ in THANKS])
def test_thanks_alone_at_the_offered_times_books_nothing(stack: Stack, playbook: Playbook, lang: str,
                                                         thanks: str) -> None:
    v = offered(stack, playbook, lang)
    reply = v.say(thanks)
    lead = stack.lead_for(v.sender)
    assert lead is not None and lead["status"] != "booked", v.history()
    assert reply.strip(), v.history()
