"""What the bot's server writes while visitors talk: nothing that is no news (``bot/serve.py``)."""

from __future__ import annotations

import uuid

from harness.stack import Stack, Visitor


def test_the_attributes_reported_as_entities_raise_no_warning_in_the_bots_log(stack: Stack) -> None:
    """bot.nlu_component reports each attribute as an entity the domain leaves out on purpose; Rasa warned about
    each one at a server's first messages, in make run's output too."""
    visitor = Visitor(stack.rasa_url, sender=f"serve-log-{uuid.uuid4().hex[:8]}")
    visitor.say("hi")
    visitor.say("we're 40 people in Leeds, a dental group, budget about 20k, HubSpot, start in March")
    log = stack.processes["rasa"].log.read_text(errors="replace")
    assert "Parsed an entity" not in log
