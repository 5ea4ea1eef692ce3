"""A student who says they are writing (or drafting) a thesis, a dissertation or a paper names no content-writing
need by the verb: "I'm writing a thesis on AI chatbots in marketing, just researching" stored a content-marketing
need (invented: batch_47). The act of writing the piece belongs to the piece, in the seven languages. A buyer who
wants writing done keeps the need."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-03"


@pytest.mark.parametrize("text", [
    "I'm writing a thesis on AI chatbots in marketing, just researching",
    "currently writing my dissertation about influencer campaigns, just gathering info",
    "student here, writing my capstone on social media for small shops",
    "Ich schreibe eine Bachelorarbeit über KI-Chatbots im Marketing.",
    "Je rédige mon mémoire sur les chatbots dans le marketing.",
    "Estoy escribiendo mi tesis sobre chatbots en marketing.",
    "Estou escrevendo uma tese sobre chatbots no marketing.",
    "Sto scrivendo una tesi sui chatbot nel marketing.",
    "Ik schrijf een scriptie over chatbots in marketing.",
])
def test_writing_a_piece_of_study_names_no_need(text: str) -> None:
    found = extract(text, None, now=NOW)
    assert found.persona == "student"
    assert found.need is None


@pytest.mark.parametrize("text", [
    "we need someone for blog writing, 4 articles a month",
    "we're a law firm and need help writing case studies",
])
def test_a_buyer_who_wants_writing_done_keeps_the_need(text: str) -> None:
    found = extract(text, None, now=NOW)
    assert found.need is not None and "content_marketing" in found.need.categories
