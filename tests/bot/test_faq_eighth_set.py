"""The eighth blind FAQ set (tests/nlu/faq_questions_8.jsonl, written by W5 before this work), asked in the middle
of the form through the real bot.

Each visitor greets the bot in the line's language (their browser says it), then says the line instead of
answering the first question. Right means: the playbook's answer for the entry in their language and the pending
question asked again; for a line that asks nothing the FAQ knows, no FAQ answer at all.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from harness.stack import Stack
from qualification import Playbook
from tests.bot.test_faq_questions import played

pytestmark = pytest.mark.slow

EIGHTH = Path(__file__).parents[1] / "nlu" / "faq_questions_8.jsonl"
# Measured through the bot (2026-12-03, HF, issue 14): first run, before any change for it, right 34/40, wrong 1
# (a webinar asked for with its topic words away from "webinar" got the whitepaper), missed 5 (questions after or
# among sentences about the visitor); after nlu.faq read each question sentence alone, right 40/40, 0 wrong.
RIGHT_AT_LEAST, WRONG_AT_MOST = 0.9, 0


def test_the_eighth_blind_set_is_answered_from_the_playbook_in_the_visitors_language(
    stack: Stack, playbook: Playbook, capsys: pytest.CaptureFixture[str]
) -> None:
    right, wrong, total, misses = played(stack, playbook, EIGHTH)
    with capsys.disabled():
        print(f"\neighth blind set through the bot: right {right}/{total}, wrong {wrong}/{total}, "
              f"missed {total - right - wrong}/{total}")
        print("\n".join(misses))
    assert right >= RIGHT_AT_LEAST * total and wrong <= WRONG_AT_MOST, "\n\n".join(misses)
