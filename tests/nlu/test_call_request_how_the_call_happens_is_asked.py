"""A question about how the call happens (video, which tool, or by phone), in seven languages (issue 14).

"is it a video call or phone?" and "ist das per Video oder Telefon?" with the times on screen got "I'm not sure"; the
bot answers such a question from the playbook (its process entry says how the call happens). Videos as a service,
teams of people, how to reach us by phone are no such question.
"""

from __future__ import annotations

import pytest

from nlu.call_request import asks_how_the_call_happens

ASKED = [
    "is it a video call or phone?", "is it on zoom?", "do I need a camera?", "will you call me?", "is it by phone",
    "is it on Teams?", "Video or phone?",
    "Ist das per Video oder Telefon?", "Läuft das über Zoom?", "Brauche ich eine Kamera?", "Rufen Sie mich an?",
    "C'est en visio ou par téléphone ?", "c'est sur Teams ?", "vous m'appelez ?", "c'est un appel téléphonique ?",
    "¿Es por videollamada o por teléfono?", "¿es por Zoom?", "¿me llaman ustedes?", "¿Necesito cámara?",
    "É por vídeo ou por telefone?", "é uma videochamada?", "ligam-me?", "vai ser pelo telefone?",
    "È in videochiamata o al telefono?", "è su zoom?", "mi chiamate voi?", "serve la webcam?",
    "Is het via video of telefonisch?", "is het een videocall?", "bellen jullie mij?", "is het via Teams?",
]
NOT_ASKED = [
    "can I call you?", "what's your phone number?", "do you make videos for clients?", "do you have teams in Europe?",
    "we use zoom internally", "we need more video content", "how much is video production?",
    "is the whitepaper a video?", "Wie ist Ihre Telefonnummer?", "Machen Sie auch Videos?", "Haben Sie Teams in Berlin?",
    "Quel est votre numéro de téléphone ?", "Vous faites des vidéos ?", "¿Cuál es su número de teléfono?",
    "¿Hacen vídeos para empresas?", "Qual é o vosso número de telefone?", "Fate anche video aziendali?",
    "Wat is jullie telefoonnummer?", "Maken jullie ook video's?", "", "?", "zoom " * 40,
]


@pytest.mark.parametrize("text", ASKED)
def test_a_question_about_video_the_tool_or_the_phone_is_asked(text: str) -> None:
    assert asks_how_the_call_happens(text), text


@pytest.mark.parametrize("text", NOT_ASKED)
def test_videos_as_a_service_teams_and_our_phone_number_are_not(text: str) -> None:
    assert not asks_how_the_call_happens(text), text
