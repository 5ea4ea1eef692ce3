"""A visitor who books a call is told how it happens, in their language, and the calendar file they are given
carries it: through the real Rasa, action server and service.

The marketer's playbook is edited while the stack runs (as a publish does): the Berlin route's owners each have
their own way, Lena Fischer a video link, Tom Hughes a phone line, Sophie Martin an office; the note said after it
is translated into German and Spanish. The next booking says the new way, with no retraining.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any, Iterator

import pytest
import requests
import yaml

from harness.script import SQL_ANSWERS, converse
from harness.stack import Stack, Visitor
from qualification import Playbook
from qualification.playbook_file import read_yaml
from tests.bot.test_language_conversations import GERMAN_ANSWERS, SPANISH_ANSWERS
from tests.bot.test_language_conversations import converse as converse_in

pytestmark = pytest.mark.slow

LINK = "https://meet.brightline.example/lena-fischer"
LINE = "+44 20 7946 0321"
OFFICE = "Brightline Paris, 12 rue de la Paix"
# Per owner: what the calendar file carries, and the words the visitor reads, by language.
WAYS = {
    "U0EMEA001": ("LOCATION:" + LINK, {"en": ["It's a video call: join at", LINK],
                                       "de": ["Es ist ein Videoanruf: Sie nehmen über", LINK],
                                       "es": ["Es una videollamada: únase en", LINK]}),
    "U0EMEA002": ("please call Tom Hughes on " + LINE, {"en": ["It's a phone call: please call Tom Hughes on", LINE],
                                                         "de": ["Es ist ein Telefonat: Bitte rufen Sie Tom Hughes", LINE],
                                                         "es": ["Es una llamada telefónica: llame a Tom Hughes", LINE]}),
    "U0EMEA003": ("LOCATION:Brightline Paris\\, 12 rue de la Paix", {"en": ["We'll meet in person at", OFFICE],
                                                                     "de": ["Wir treffen uns persönlich", OFFICE],
                                                                     "es": ["Nos vemos en persona en", OFFICE]}),
}
NOTE = {"en": "Any browser or phone will do.", "de": "Jeder Browser und jedes Telefon genügt.",
        "es": "Sirve cualquier navegador o teléfono."}


@pytest.fixture(scope="module")
def ways_to_call(stack: Stack, playbook_file: Path) -> Iterator[None]:
    """The published playbook with each Berlin owner's own way to call; the file as it was after."""
    original = playbook_file.read_text(encoding="utf-8")
    data = read_yaml(original)
    scheduling = data["scheduling"]
    scheduling["call_note"] = NOTE["en"]
    scheduling["translations"]["de"]["call_note"] = NOTE["de"]
    scheduling["translations"]["es"]["call_note"] = NOTE["es"]
    scheduling["owners"]["U0EMEA001"]["call_at"] = LINK
    scheduling["owners"]["U0EMEA002"].update(call="phone", call_at=LINE)
    scheduling["owners"]["U0EMEA003"].update(call="place", call_at=OFFICE)
    playbook_file.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    try:
        the_service_serves(stack, NOTE["en"])
        yield
    finally:
        playbook_file.write_text(original, encoding="utf-8")
        the_service_serves(stack, read_yaml(original)["scheduling"].get("call_note"))


def the_service_serves(stack: Stack, note: Any) -> None:
    """Waits until the service's playbook has ``note`` as its call note. The bot reads the edited file on its next
    message, the service within a second (it asks again at most once a second, as after a publish); the calendar
    file is the service's, so a conversation of less than a second after the edit got the old way in it."""
    deadline = time.monotonic() + 15
    while True:
        answer = requests.get(stack.service_url + "/api/v1/playbook", timeout=10,
                              headers={"Authorization": f"Bearer {stack.admin_key}"})
        assert answer.status_code == 200, answer.text
        if answer.json()["playbook"]["scheduling"].get("call_note") == note:
            return
        assert time.monotonic() < deadline, "the service never served the edited playbook"
        time.sleep(0.1)


def book_the_first_time(v: Visitor) -> str:
    slots = [p for _, p in v.buttons if p and p.startswith("/choose_slot")]
    assert slots, v.history()
    return v.say(slots[0])


def the_way_is_told_and_written(stack: Stack, v: Visitor, reply: str, lang: str) -> str:
    """Asserts the confirmation and the calendar file say the way of the call's owner; the owner."""
    lead = stack.lead_for(v.sender)
    assert lead is not None and lead["status"] == "booked", v.history()
    owner = lead["booking"]["owner"]
    assert owner in WAYS, f"the Berlin route gave {owner}"
    in_file, words = WAYS[owner]
    assert all(w in reply for w in words[lang]), f"not told how, in {lang}:\n{v.history()}"
    assert NOTE[lang] in reply, f"the note, in {lang}:\n{v.history()}"
    for other in {"en", "de", "es"} - {lang}:
        assert words[other][0] not in reply and NOTE[other] not in reply, f"{other} said to a {lang} visitor"
    url = next(word for word in reply.split() if "/calendar/" in word)
    calendar = requests.get(url, timeout=10)
    assert calendar.status_code == 200, calendar.text
    assert in_file in calendar.text.replace("\r\n ", ""), calendar.text
    return owner


def test_an_english_visitor_is_told_how_the_call_happens_and_asks_again_after(
        stack: Stack, playbook: Playbook, ways_to_call: None) -> None:
    v = Visitor(stack.rasa_url, metadata={"tz": "Europe/Berlin"})
    converse(v, playbook, SQL_ANSWERS)
    reply = book_the_first_time(v)
    assert "You're booked" in reply, v.history()
    owner = the_way_is_told_and_written(stack, v, reply, "en")
    # Asked after booking, the answer is this call's way with the booking, in one line: not the FAQ's general
    # words, nor the invitation to forward (nobody asked about another person).
    for question in ("will it be zoom or phone?", "is it a video call or a phone call?",
                     "do I need to install anything?", "which link do I use?"):
        again = v.say(question)
        assert all(w in again for w in WAYS[owner][1]["en"]) and again.startswith("Your call with"), v.history()
        assert "or phones you" not in again and "forward" not in again and "\n" not in again, v.history()
    # Words about reaching us are no question about this call's way.
    for near_miss in ("can I call you instead?", "what's your phone number?"):
        assert WAYS[owner][1]["en"][0] not in v.say(near_miss), v.history()


@pytest.mark.parametrize("lang, answers, opening", [
    ("de", GERMAN_ANSWERS, "Hallo, wir suchen eine Agentur für SEO"),
    ("es", SPANISH_ANSWERS, "Hola, buscamos una agencia que nos ayude con el SEO"),
])
def test_a_visitor_is_told_how_the_call_happens_in_their_language(
        stack: Stack, playbook: Playbook, ways_to_call: None, lang: str, answers: dict[str, str], opening: str) -> None:
    v = Visitor(stack.rasa_url, metadata={"tz": "Europe/Berlin"})
    converse_in(v, playbook, answers, lang, opening)
    reply = book_the_first_time(v)
    the_way_is_told_and_written(stack, v, reply, lang)
