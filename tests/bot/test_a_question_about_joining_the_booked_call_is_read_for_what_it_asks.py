"""With a call booked, a question about it is read for what it asks, in the seven languages: how the call happens or
how to join it (answered with this call's way), or another person joining (answered with the invitation to
forward); never how to reach us, a job, or the visitor's colleague as a topic. The answer's shape is checked too:
one message, the booking with the way, and nothing else."""

from __future__ import annotations

from typing import Any

import pytest

from bot.actions import booking
from bot.actions.booking import asks_about_someone_joining, asks_how_to_join, booked_call_messages

HOW_TO_JOIN = [
    "how do I join?", "do I need to install anything?", "which app do we use?", "where is the link?",
    "will it be zoom or phone?", "will you call me?",
    "wie nehme ich teil?", "muss ich etwas installieren?", "wo finde ich den Link?", "Ist das per Video oder Telefon?",
    "comment je rejoins l'appel ?", "faut-il installer quelque chose ?", "quel lien ?", "vous m'appelez ?",
    "¿cómo me conecto?", "¿tengo que instalar algo?", "¿dónde está el enlace?", "¿es por videollamada o por teléfono?",
    "como entro na chamada?", "preciso de instalar alguma coisa?", "onde está o link?", "é por vídeo ou telefone?",
    "come mi collego?", "devo installare qualcosa?", "dove trovo il link?", "è in videochiamata o al telefono?",
    "hoe neem ik deel?", "moet ik iets installeren?", "waar vind ik de link?", "is het via video of telefoon?",
]
NOT_HOW_TO_JOIN = [
    "can I call you instead?", "what's your phone number?", "how do I join your team?", "can I join your team?",
    "we installed HubSpot last year", "thanks!", "can I bring my colleague?", "kann ich Sie anrufen?",
    "quel est votre numéro de téléphone ?", "¿puedo trabajar con ustedes?", "wir haben die App schon installiert",
]
SOMEONE_JOINS = [
    "thanks! can I bring my colleague to the call?", "can my boss join?", "can someone else join?",
    "Danke! Kann ich eine Kollegin zum Gespräch mitbringen?", "kann noch jemand dazukommen?",
    "Merci ! Je peux venir avec un collègue ?", "quelqu'un d'autre peut participer ?",
    "¡Gracias! ¿Puedo traer a un compañero a la llamada?", "¿puede venir alguien más?",
    "Obrigado! Posso levar um colega à chamada?", "pode participar mais alguém?",
    "Grazie! Posso portare un collega alla chiamata?", "può partecipare qualcun altro?",
    "Bedankt! Mag ik een collega meenemen naar het gesprek?", "mag er nog iemand anders bij zijn?",
]
NOT_SOMEONE_JOINS = [
    "my colleague booked a call too", "is it a video call or by phone?", "how do I join?", "can I call you instead?",
    "we are a team of 5 colleagues", "mein Kollege hat das Budget", "mon associé gère le SEO",
]


@pytest.mark.parametrize("text", HOW_TO_JOIN)
def test_a_question_about_how_to_join_is_read_as_one(text: str) -> None:
    assert asks_how_to_join(text)


@pytest.mark.parametrize("text", NOT_HOW_TO_JOIN)
def test_words_about_reaching_us_a_job_or_something_else_are_no_question_about_joining(text: str) -> None:
    assert not asks_how_to_join(text)


@pytest.mark.parametrize("text", SOMEONE_JOINS)
def test_a_question_about_another_person_at_the_call_is_read_as_one(text: str) -> None:
    assert asks_about_someone_joining(text)


@pytest.mark.parametrize("text", NOT_SOMEONE_JOINS)
def test_a_colleague_as_a_topic_or_a_question_about_the_medium_is_no_other_person_joining(text: str) -> None:
    assert not asks_about_someone_joining(text)


BOOKED: dict[str, Any] = {"owner": {"id": "U0EMEA001", "name": "Lena Fischer"}, "starts_at": "2026-11-24T09:00:00Z",
                          "ends_at": "2026-11-24T09:30:00Z", "time_zone": "Europe/Berlin",
                          "label": "Tue 24 Nov, 10:00–10:30", "ics_url": "https://x.example/calendar/c.ics"}
HOW = "It's a video call: join at https://meet.example.com/lena"


def test_the_way_is_said_with_the_booking_in_one_message_and_the_invitation_only_for_another_person() -> None:
    (how,) = booked_call_messages(BOOKED, HOW)
    assert how["text"] == ("Your call with Lena Fischer is on Tue 24 Nov, 10:00–10:30 (Central European Time). "
                           + HOW)
    (someone,) = booked_call_messages(BOOKED, HOW, someone_joins=True)
    assert "forward them the calendar invitation: https://x.example/calendar/c.ics" in someone["text"]
    assert HOW not in someone["text"]
    (plain,) = booked_call_messages(BOOKED)
    assert "calendar" not in plain["text"] and plain["text"].endswith("(Central European Time).")


@pytest.mark.parametrize("lang, opening", [
    ("de", "Ihr Gespräch mit Lena Fischer ist am "), ("fr", "Votre appel avec Lena Fischer est prévu le "),
    ("es", "Su llamada con Lena Fischer es el "), ("pt", "A sua chamada com Lena Fischer é "),
    ("it", "La sua chiamata con Lena Fischer è "), ("nl", "Uw gesprek met Lena Fischer is op "),
])
def test_the_booking_is_said_in_the_visitors_language_before_the_way(monkeypatch: pytest.MonkeyPatch, lang: str,
                                                                      opening: str) -> None:
    monkeypatch.setattr(booking, "language", lambda: lang)
    monkeypatch.setattr("bot.actions.phrasebook.language", lambda: lang)
    (message,) = booked_call_messages(BOOKED, "§")
    assert message["text"].startswith(opening) and message["text"].endswith(". §"), message["text"]
    assert "{" not in message["text"] and "http" not in message["text"]
