"""Every question of the default playbook has its own reason to give a visitor who asks why it is asked, and it, the
consent reason and the required/optional lines are translated into the six other languages (issue 14)."""

from __future__ import annotations

import pytest

from bot.actions import language
from bot.actions.phrasebook import phrases
from bot.actions.phrasing import (
    CONSENT_REASON,
    EXACT,
    FALLBACK_REASON,
    OPTIONAL,
    REASONS,
    REQUIRED,
    REQUIRED_EXACT,
    why_we_ask,
)
from qualification import DEFAULT_PLAYBOOK, load_playbook

LANGUAGES = ("de", "fr", "es", "pt", "it", "nl")


def test_every_question_of_the_playbook_has_its_own_reason() -> None:
    attributes = [q.attribute for q in load_playbook(DEFAULT_PLAYBOOK).questions]
    assert [a for a in attributes if a not in REASONS] == []
    assert len(set(REASONS.values())) == len(REASONS), "two kinds of question share a reason"


@pytest.mark.parametrize("sentence", [*REASONS.values(), FALLBACK_REASON, CONSENT_REASON, OPTIONAL, REQUIRED,
                                      REQUIRED_EXACT])
def test_each_reason_is_translated(sentence: str) -> None:
    assert sorted(phrases().get(sentence, {})) == sorted(LANGUAGES), sentence


def test_the_reply_says_whether_the_question_is_required(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(language, "spoken", lambda: "de")
    monkeypatch.setattr("bot.actions.phrasebook.spoken", lambda: "de")
    optional, required = why_we_ask("company", required=False), why_we_ask("budget", required=True)
    assert phrases()[OPTIONAL]["de"] in optional and phrases()[REASONS["company"]]["de"] in optional
    assert phrases()[REQUIRED]["de"] in required and phrases()[REASONS["budget"]]["de"] in required


@pytest.mark.parametrize("lang", [None, *LANGUAGES])
def test_an_exact_answer_is_needed_without_a_rough_one_will_do(monkeypatch: pytest.MonkeyPatch, lang: str | None) -> None:
    """An email, a name, a company is exact or nothing: "a rough answer is fine" is said of the others only."""
    monkeypatch.setattr("bot.actions.phrasebook.spoken", lambda: lang)
    for slot in EXACT:
        said = why_we_ask(slot, required=True)
        assert phrases().get(REQUIRED_EXACT, {}).get(lang or "", REQUIRED_EXACT) in said, said
        assert phrases().get(REQUIRED, {}).get(lang or "", REQUIRED) not in said, said
    assert phrases().get(REQUIRED, {}).get(lang or "", REQUIRED) in why_we_ask("budget", required=True)
