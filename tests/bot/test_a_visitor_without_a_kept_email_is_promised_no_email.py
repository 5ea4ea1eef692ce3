"""A visitor whose email we do not keep (they said no at the privacy question) is promised nothing that needs it
(issue 14: a promise the bot makes holds): the closing of a not-yet-ready lead gives something to read and a
goodbye, never "one of our team will email you"; one we can write to is told they will hear from us, as before."""

from __future__ import annotations

import pytest

from bot.actions.outcome import closing_messages, unbookable_messages
from qualification import Playbook, load_playbook


@pytest.fixture(scope="module")
def playbook() -> Playbook:
    return load_playbook()


@pytest.mark.parametrize("stage", ["mql", "iql"])
@pytest.mark.parametrize("needs", [(), ("seo",), ("lead_generation",)])
def test_a_lead_not_ready_for_a_call_without_an_email_hears_of_no_email(
        playbook: Playbook, stage: str, needs: tuple[str, ...]) -> None:
    texts = [m["text"] for m in closing_messages(stage, playbook, needs, reachable=False)]
    assert not any("email" in text.lower() for text in texts), texts
    assert playbook.offers_for_need(needs)[0].url in " ".join(texts), "something to read, for their need"
    assert texts[-1].startswith("All the best"), "a goodbye"


def test_with_an_email_the_same_lead_is_told_the_team_will_write(playbook: Playbook) -> None:
    assert "email you" in " ".join(m["text"] for m in closing_messages("mql", playbook, ("seo",)))


def test_a_sales_ready_lead_without_an_email_is_told_why_no_call_and_offered_to_be_asked_again(
        playbook: Playbook) -> None:
    messages = unbookable_messages(playbook, ("seo",))
    assert "keep your email" in messages[0]["text"]
    assert playbook.offers_for_need(("seo",))[0].url in " ".join(m["text"] for m in messages)
    assert [b["payload"] for b in messages[-1]["buttons"]] == ["/book_call", "/goodbye"]
