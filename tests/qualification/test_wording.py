"""Which wording of a question a conversation hears, and how the bot says so in a message's metadata."""

from __future__ import annotations

from collections import Counter

import pytest

from qualification.wording import METADATA_KEY, Shown, from_metadata, shown, variant_index, variant_key

WORDS = ("What budget do you have?", "Roughly what would you spend?", "Is there a budget yet?")


def test_a_conversation_hears_the_same_wording_each_time_it_is_first_asked():
    assert {shown(WORDS, "conv-1", "budget").text for _ in range(5)} == {shown(WORDS, "conv-1", "budget").text}


def test_conversations_are_spread_evenly_over_the_wordings():
    counts = Counter(variant_index(f"conv-{i}", "budget", 3) for i in range(3000))
    assert set(counts) == {0, 1, 2}
    assert all(900 <= n <= 1100 for n in counts.values()), counts


def test_two_questions_are_assigned_independently():
    """With one offset per conversation, variant 0 of one question would always meet variant 0 of the other."""
    pairs = Counter((variant_index(f"c{i}", "budget", 2), variant_index(f"c{i}", "timing", 2)) for i in range(2000))
    assert set(pairs) == {(0, 0), (0, 1), (1, 0), (1, 1)}
    assert all(400 <= n <= 600 for n in pairs.values()), pairs


def test_a_re_ask_moves_on_to_the_next_wording():
    first = shown(WORDS, "conv-9", "budget")
    again = shown(WORDS, "conv-9", "budget", asked_before=1)
    assert again.index == (first.index + 1) % 3 and again.text == WORDS[again.index]
    assert shown(WORDS[:1], "conv-9", "budget", asked_before=4).text == WORDS[0]


def test_the_same_words_have_the_same_key_whatever_the_spacing_and_other_words_another():
    assert variant_key("What budget  do you\nhave?") == variant_key(" What budget do you have? ")
    assert variant_key(WORDS[0]) != variant_key(WORDS[1])
    assert len(variant_key(WORDS[0])) == 16


def test_the_metadata_the_bot_sends_reads_back_as_what_was_shown():
    sent = shown(WORDS, "conv-2", "budget")
    assert from_metadata({METADATA_KEY: sent.metadata(), "other": 1}) == sent
    assert sent.metadata()["variant"] == variant_key(sent.text)


@pytest.mark.parametrize("metadata", [
    None, "x", {}, {METADATA_KEY: "budget"}, {METADATA_KEY: {"question": "budget"}},
    {METADATA_KEY: {"question": "budget", "text": "Hi?", "index": 3, "of": 2}},
    {METADATA_KEY: {"question": "", "text": "Hi?", "index": 0, "of": 1}},
    {METADATA_KEY: {"question": "budget", "text": 5, "index": 0, "of": 1}},
])
def test_metadata_that_names_no_wording_reads_as_none(metadata):
    assert from_metadata(metadata) is None


def test_a_question_without_wordings_is_refused():
    with pytest.raises(ValueError):
        variant_index("c", "budget", 0)
    assert isinstance(shown(WORDS, "c", "budget"), Shown)
