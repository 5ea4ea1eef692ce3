"""How erasure tells the notes leadbot wrote from sales' own notes (``integrations.chat_note.is_chat``, ``is_ours``)."""

from __future__ import annotations

import pytest

from integrations.chat_note import FACTS, facts_html, is_chat, is_ours, note_html, subject
from tests.integrations.test_salesforce import CHAT


def test_a_chat_note_is_known_as_written_and_as_a_crm_may_store_it_again():
    written = note_html({"data": {"chat": CHAT}})
    assert is_chat(written)
    reformatted = written.replace("<b>", "<p><strong>", 1).replace("</b>", "</strong></p>", 1).replace("–", "&ndash;")
    assert is_chat(f"<div>\n{reformatted}</div>")


def test_a_chat_tasks_subject_is_known_by_the_same_rule():
    assert is_chat(subject({"data": {"chat": CHAT}}))


@pytest.mark.parametrize("body", [
    "<p>Chat on the website with Dana Reyes went well, call on Monday</p>",
    "Follow-up: see the chat on the website with Dana Reyes (2026-11-23 10:00 UTC)",
    "",
])
def test_sales_notes_that_only_mention_a_chat_are_not_taken_for_one(body):
    assert not is_chat(body)


def test_a_facts_note_is_known_as_written_and_as_a_crm_may_store_it_again():
    written = facts_html(["Language: French", "Came from: page https://brightline.example/fr/"])
    assert is_ours(written) and not is_chat(written)
    assert is_ours(f"<div><p><strong>{FACTS}</strong></p>\n<p>Language: French</p></div>")
    assert is_ours(note_html({"data": {"chat": CHAT}})), "a chat is ours too"


@pytest.mark.parametrize("body", [
    f"<p>{FACTS} says French, but she spoke English on the call</p>",
    f"<p>Call notes</p><p>{FACTS}</p>",
    "<p>Language: French</p>",
    "",
])
def test_sales_notes_that_only_quote_leadbot_are_not_taken_for_its_own(body):
    assert not is_ours(body)
