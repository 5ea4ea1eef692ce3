"""What a student writes a thesis, dissertation or paper about is its topic, not the visitor's need or trade, in the
seven languages: "my dissertation on marketing automation in SMEs" stores no need, "meine Bachelorarbeit über SEO für
Zahnarztpraxen" no need and no healthcare industry (both were invented: batch_46, the lead's visitor plays). A buyer
who names a thesis in another sense, or serves students, keeps what they said."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-03"


@pytest.mark.parametrize("text", [
    "I'm a masters student at Leeds, writing my thesis on chatbots for lead generation in B2B SaaS",
    "final year student, my dissertation is about SEO for dental practices. could someone answer a few questions?",
    "hi! doing a research paper on social media marketing in the hotel industry, can I ask you some questions",
    "PhD candidate here - my thesis looks at email marketing in logistics firms",
    "Ich schreibe gerade meine Masterarbeit über Social-Media-Marketing für Hotels.",
    "Je suis étudiante, mon mémoire porte sur le référencement des cabinets dentaires.",
    "Estoy haciendo mi TFG sobre email marketing para restaurantes, ¿podría haceros unas preguntas?",
    "Estou escrevendo meu TCC sobre marketing digital para clínicas odontológicas.",
    "Sto scrivendo la tesi sulla lead generation nelle aziende di software.",
    "Ik schrijf mijn scriptie over SEO voor tandartspraktijken.",
    "student at KU Leuven, writing a paper about influencer marketing for fashion brands",
    "Hola, estudio marketing y mi trabajo final trata sobre SEO para clínicas",
    "Sono uno studente, sto facendo una ricerca sulla SEO per le PMI",
    "Ik ben student en doe onderzoek naar e-mailmarketing bij webshops",
])
def test_the_topic_of_a_students_writing_is_no_need_and_no_industry(text: str) -> None:
    found = extract(text, None, now=NOW)
    assert found.need is None
    assert found.industry is None
    assert found.persona == "student"


def test_at_the_need_question_the_topic_is_still_no_need() -> None:
    assert extract("my dissertation is on paid ads for dentists", "need", now=NOW).need is None


@pytest.mark.parametrize(("text", "category", "industry"), [
    # the same words as a buyer's own need
    ("we're a dental practice and our SEO is terrible", "seo", "healthcare"),
    # a firm that serves students names their theses: its own need still counts
    ("we're a tutoring company helping students with their thesis writing, need more leads", "lead_generation", "education"),
    ("Wir sind eine Zahnarztpraxis und brauchen bessere Sichtbarkeit bei Google.", "seo", "healthcare"),
    ("Somos una academia y queremos más clientes, no una tesis.", "lead_generation", "education"),
])
def test_a_buyers_own_need_and_trade_are_still_read(text: str, category: str, industry: str) -> None:
    found = extract(text, None, now=NOW)
    assert found.need is not None and category in found.need.categories
    assert found.industry == industry
