"""A visitor asking why we want their email, phone, budget or name asks about their own data; it names no need.

Found playing (German, at the consent question): "Brauchen Sie wirklich meine E-Mail?" was stored as a need for email
marketing. The category is the visitor's own detail ("my email", "meine E-Mail", "mon e-mail") closing its noun phrase
in a sentence that asks why or whether it is needed, in the seven languages, at any question. The near misses keep their
need: "our email" is the firm's mailing, "my email list" and "meine E-Mail-Kampagnen" are the marketing itself, and a
need said after the question is still read."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"
ASKED = [
    "why do you need my email?",
    "Why do you need my phone number",
    "what do you need my email address for?",
    "do you really need my email and phone?",
    "is my name really necessary?",
    "why my budget?",
    "Brauchen Sie wirklich meine E-Mail?",
    "Wozu brauchen Sie meine E-Mail-Adresse?",
    "warum meine Telefonnummer?",
    "Pourquoi mon e-mail ?",
    "Pourquoi avez-vous besoin de mon numéro de téléphone ?",
    "¿Para qué necesitan mi correo?",
    "¿Por qué necesitas mi email?",
    "Por que vocês precisam do meu e-mail?",
    "Precisam mesmo do meu telefone?",
    "Perché vi serve la mia email?",
    "Avete davvero bisogno del mio numero?",
    "Waarom hebben jullie mijn e-mail nodig?",
    "Waarvoor is mijn telefoonnummer nodig?",
]


@pytest.mark.parametrize("field", [None, "email", "need", "consent"])
@pytest.mark.parametrize("text", ASKED)
def test_a_question_about_the_visitors_own_detail_names_no_need(text: str, field: str | None) -> None:
    assert extract(text, field, now=NOW).need is None


@pytest.mark.parametrize(("text", "category"), [
    ("we need help with our email", "email_marketing"),
    ("my email list is a mess, can you help?", "email_marketing"),
    ("why are my email campaigns not converting?", "email_marketing"),
    ("I need help with my email newsletters", "email_marketing"),
    ("Wir brauchen Hilfe bei unserem E-Mail-Marketing.", "email_marketing"),
    ("Warum bringen meine E-Mail-Kampagnen nichts? Wir brauchen Hilfe.", "email_marketing"),
    ("Pourquoi mes campagnes e-mail ne marchent pas ? On a besoin d'aide.", "email_marketing"),
    ("¿Por qué no funcionan nuestras campañas de email? Necesitamos ayuda.", "email_marketing"),
    ("Precisamos de ajuda com o nosso e-mail marketing.", "email_marketing"),
    ("Abbiamo bisogno di aiuto con le newsletter.", "email_marketing"),
    ("We hebben hulp nodig met onze nieuwsbrief.", "email_marketing"),
])
def test_email_marketing_named_beside_a_why_keeps_its_need(text: str, category: str) -> None:
    found = extract(text, None, now=NOW).need
    assert found is not None and category in found.categories


@pytest.mark.parametrize(("text", "category"), [
    ("why do you need my email? we mostly need more leads", "lead_generation"),
    ("Wozu brauchen Sie meine E-Mail? Wir brauchen vor allem eine neue Website.", "website"),
])
def test_a_need_said_after_the_question_is_still_read(text: str, category: str) -> None:
    found = extract(text, None, now=NOW).need
    assert found is not None and found.categories == (category,)
