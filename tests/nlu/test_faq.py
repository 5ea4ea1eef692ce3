"""The FAQ matcher on visitor questions it never saw (tests/nlu/faq_questions.jsonl, written before it).

The labelled set holds questions for each entry of the default playbook's
FAQ and texts that must match nothing: answers to the bot's own questions
("we're based in Berlin") and questions off the topic. Precision (a match is
the right entry) matters more than recall (a question finds its entry).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nlu.faq import FaqMatcher, normalise, reads_as_question
from qualification import DEFAULT_PLAYBOOK, load_playbook

CASES = [json.loads(line) for line in (Path(__file__).parent / "faq_questions.jsonl").read_text().splitlines() if line]
PLAYBOOK = load_playbook(DEFAULT_PLAYBOOK)
MATCHER = FaqMatcher((entry.id, entry.questions) for entry in PLAYBOOK.faq)


def score(matcher: FaqMatcher) -> dict[str, float]:
    matched = right = questions = found = invented = nothing = 0
    for case in CASES:
        got = matcher.match(case["text"])
        if case["expect"] is None:
            nothing += 1
            invented += got is not None
            continue
        questions += 1
        if got is not None:
            matched += 1
            right += got.entry == case["expect"]
            found += got.entry == case["expect"]
    wrong_matches = sum(1 for c in CASES if c["expect"] and (m := matcher.match(c["text"])) and m.entry != c["expect"])
    return {
        "precision": (right) / max(1, matched + invented),
        "recall": found / questions,
        "no_match_kept": (nothing - invented) / nothing,
        "wrong_entry": wrong_matches,
    }


def test_the_labelled_set_covers_every_entry_and_has_no_match_examples() -> None:
    expected = {c["expect"] for c in CASES}
    assert {e.id for e in PLAYBOOK.faq} <= expected
    assert sum(c["expect"] is None for c in CASES) >= 20


def test_matching_is_precise_on_questions_it_never_saw(capsys: pytest.CaptureFixture[str]) -> None:
    figures = score(MATCHER)
    with capsys.disabled():
        print(f"\nFAQ matching on {len(CASES)} blind texts: " + ", ".join(f"{k} {v:.2f}" for k, v in figures.items()))
    assert figures["precision"] >= 0.9
    assert figures["no_match_kept"] >= 0.95
    assert figures["recall"] >= 0.8


def test_what_do_you_charge_is_the_pricing_entry() -> None:
    match = MATCHER.match("what do you charge?")
    assert match is not None and match.entry == "pricing"


@pytest.mark.parametrize("text", ["we're based in Berlin", "about 120 people", "our budget is 50k", "yes", ""])
def test_a_statement_is_no_question(text: str) -> None:
    assert MATCHER.match(text) is None


@pytest.mark.parametrize("text", ["r u a bot", "whats ur pricing", "send me the guide pls", "Where are you based"])
def test_questions_and_requests_read_as_such(text: str) -> None:
    assert reads_as_question(text)


def test_shorthand_is_written_out() -> None:
    assert normalise("R U a bot??") == "are you a bot"


def test_an_empty_faq_matches_nothing() -> None:
    assert FaqMatcher([]).match("what do you charge?") is None


def test_a_new_phrasing_widens_an_entry_without_retraining() -> None:
    text = "any chance of a freebie trial month?"
    assert FaqMatcher([("pricing", ["How much do you charge?"])]).match(text) is None
    widened = FaqMatcher([("pricing", ["How much do you charge?", "Is there a free trial month?"])])
    match = widened.match(text)
    assert match is not None and match.entry == "pricing"


@pytest.mark.parametrize("text", ["\x00\ud800?", "?" * 5000, "<script>alert(1)</script>?", "🙂🙂🙂?"])
def test_any_input_is_answered_without_error(text: str) -> None:
    MATCHER.match(text)
