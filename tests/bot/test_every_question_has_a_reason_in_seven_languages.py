"""Every question of the default playbook has its own reason to give a visitor who asks why it is asked, and it, the
consent reason and the required/optional lines are translated into the six other languages (issue 14)."""

from __future__ import annotations

import pytest

from bot.actions import language
from bot.actions.phrasebook import phrases
from bot.actions.phrasing import CONSENT_REASON, FALLBACK_REASON, OPTIONAL, REASONS, REQUIRED, why_we_ask
from qualification import DEFAULT_PLAYBOOK, load_playbook

LANGUAGES = ("de", "fr", "es", "pt", "it", "nl")


def test_every_question_of_the_playbook_has_its_own_reason() -> None:
    attributes = [q.attribute for q in load_playbook(DEFAULT_PLAYBOOK).questions]
    assert [a for a in attributes if a not in REASONS] == []
    assert len(set(REASONS.values())) == len(REASONS), "two kinds of question share a reason"


@pytest.mark.parametrize("sentence", [*REASONS.values(), FALLBACK_REASON, CONSENT_REASON, OPTIONAL, REQUIRED])
def test_each_reason_is_translated(sentence: str) -> None:
    assert sorted(phrases().get(sentence, {})) == sorted(LANGUAGES), sentence


def test_the_reply_says_whether_the_question_is_required(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(language, "spoken", lambda: "de")
    monkeypatch.setattr("bot.actions.phrasebook.spoken", lambda: "de")
    optional, required = why_we_ask("company", required=False), why_we_ask("budget", required=True)
    assert phrases()[OPTIONAL]["de"] in optional and phrases()[REASONS["company"]]["de"] in optional
    assert phrases()[REQUIRED]["de"] in required and phrases()[REASONS["budget"]]["de"] in required
