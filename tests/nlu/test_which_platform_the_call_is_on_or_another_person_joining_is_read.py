"""Call questions (found playing after booking, issue 14), in the seven languages: which platform the call is on ("is
it on zoom or teams?" was matched to the FAQ's where-we-are entry, "Zoom oder Teams?", "c'est sur Teams ?", "¿por
Meet?", "é pelo Zoom?", "su Teams?", "which platform?") asks how the call happens; another person joining with a name
between ("can my colleague Ross join too?", "kann unser CTO Jan auch dazukommen?", "mon associé Paul peut venir ?")
asks about someone joining. Near misses: teams of people, a job, a platform for something else, a colleague as a
topic. (The readers moved here from bot/actions/booking.py: one definition.)"""

from __future__ import annotations

import pytest

from nlu.call_request import asks_about_someone_joining, asks_how_to_join


@pytest.mark.parametrize("text", [
    "is it on zoom or teams?", "google meet?", "is it a phone call?", "which platform?", "which platform do you use for the call?",
    "Zoom oder Teams?", "welche Plattform?", "c'est sur Teams ?", "quelle plateforme ?", "¿por Meet?", "qué plataforma?",
    "é pelo Zoom?", "su Teams?", "via Teams?",
])
def test_which_platform_the_call_is_on_is_how_to_join(text: str) -> None:
    assert asks_how_to_join(text)


@pytest.mark.parametrize("text", [
    "do you have teams in Europe?", "can I join your team?", "which platform do you recommend for ads?",
    "we use Teams internally", "thanks!",
])
def test_teams_a_job_or_another_platform_is_no_question_about_the_call(text: str) -> None:
    assert not asks_how_to_join(text)


@pytest.mark.parametrize("text", [
    "can my colleague Ross join too?", "can our CTO Priya sit in?", "kann unser CTO Jan auch dazukommen?",
    "mon associé Paul peut venir ?", "¿mi socio Juan puede venir?", "o meu sócio João pode participar?",
    "il mio socio Marco può partecipare?", "mag mijn collega Joris meedoen?", "can I bring my colleague?",
])
def test_another_person_named_or_not_joining_is_read(text: str) -> None:
    assert asks_about_someone_joining(text)


@pytest.mark.parametrize("text", [
    "my colleague booked too", "can I join your team?", "my colleague Ross handles SEO", "mon associé Paul gère le SEO",
    "mijn collega Joris doet de marketing",
])
def test_a_colleague_as_a_topic_or_a_job_is_no_one_joining(text: str) -> None:
    assert not asks_about_someone_joining(text)
