"""The chat as the studio shows it: read from Rasa's event rows and a handoff's lines (``webhooks.studio.transcript``).

Bot and user events are made by Rasa's own event classes and serialised as
its tracker store serialises them (``as_dict``), so the rows are the bot's.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Any

from rasa.shared.core.events import BotUttered, UserUttered

from webhooks.studio import transcript
from webhooks.studio.transcript import BOT, NOTE, PERSON, VISITOR, HandoffLine, Piece

T0 = 1_780_000_000.0
SLOT = '/choose_slot{"slot_start": "2026-12-01T10:00:00+00:00"}'


def row(event: Any) -> tuple[str, float, str]:
    return event.type_name, event.timestamp, json.dumps(event.as_dict())


def said(text: str, at: float, buttons: list[dict[str, str]] | None = None) -> tuple[str, float, str]:
    return row(BotUttered(text, data={"buttons": buttons} if buttons else {}, timestamp=at))


def typed(text: str, at: float, intent: str = "inform") -> tuple[str, float, str]:
    return row(UserUttered(text, intent={"name": intent, "confidence": 1.0}, timestamp=at))


def at(offset: float) -> datetime:
    return datetime.fromtimestamp(T0 + offset, timezone.utc).replace(tzinfo=None)


def test_a_click_shows_the_title_of_the_button_the_visitor_saw_not_its_payload():
    rows = [
        said("Is it fine to store your details?", T0, [{"title": "Yes, go ahead", "payload": "/affirm"},
                                                      {"title": "No thanks", "payload": "/deny"}]),
        typed("/affirm", T0 + 2, "affirm"),
        said("Pick a time:", T0 + 3, [{"title": "Tue 1 Dec, 11:00 (Europe/Berlin)", "payload": SLOT},
                                       {"title": "Other time zone", "payload": "/other_zone"}]),
        typed(SLOT, T0 + 5, "choose_slot"),
    ]
    lines = transcript.lines(rows)
    assert [(line.speaker, line.text, line.clicked) for line in lines] == [
        (BOT, "Is it fine to store your details?", False),
        (VISITOR, "Yes, go ahead", True),
        (BOT, "Pick a time:", False),
        (VISITOR, "Tue 1 Dec, 11:00 (Europe/Berlin)", True),
    ]
    assert lines[0].offered == ("Yes, go ahead", "No thanks")
    assert lines[1].at == at(2)


def test_the_newest_button_with_a_payload_names_it_and_typed_text_stays_as_typed():
    rows = [
        said("Store your details?", T0, [{"title": "Yes", "payload": "/affirm"}]),
        typed("/affirm", T0 + 1, "affirm"),
        said("I noted a budget of about £60k, is that right?", T0 + 2,
             [{"title": "That's right", "payload": "/affirm"}, {"title": "Change it", "payload": "/deny"}]),
        typed("/affirm", T0 + 3, "affirm"),
        typed("yes /affirm is what I meant", T0 + 4),
    ]
    assert [line.text for line in transcript.lines(rows)][1::2] == ["Yes", "That's right"]
    assert transcript.lines(rows)[-1].text == "yes /affirm is what I meant"
    assert not transcript.lines(rows)[-1].clicked


def test_a_payload_no_button_offered_is_said_as_its_intent_never_as_raw_json():
    rows = [typed(SLOT, T0, "choose_slot"), typed("/stop", T0 + 1, "stop")]
    texts = [line.text for line in transcript.lines(rows)]
    assert texts == ["(clicked: choose slot)", "(clicked: stop)"]
    assert not any("{" in text or text.startswith("/") for text in texts)


def test_quick_replies_count_as_buttons_and_a_bot_turn_with_only_buttons_is_kept():
    rows = [
        row(BotUttered(None, data={"quick_replies": [{"title": "Book a call", "payload": "/book"}]}, timestamp=T0)),
        typed("/book", T0 + 1, "book"),
    ]
    lines = transcript.lines(rows)
    assert [(line.speaker, line.text, line.offered) for line in lines] == [
        (BOT, "", ("Book a call",)), (VISITOR, "Book a call", ())]


def test_broken_rows_and_empty_turns_are_left_out():
    rows = [("user", T0, "not json"), ("user", T0, "[1, 2]"), ("bot", T0, None), typed("hello", T0 + 1),
            row(BotUttered("", timestamp=T0 + 2))]
    assert [line.text for line in transcript.lines(rows)] == ["hello"]


def test_a_salespersons_lines_are_merged_in_by_time_under_their_name():
    rows = [
        said("Someone from our team is coming.", T0),
        typed("great, thanks", T0 + 20),
        typed("we need it by March", T0 + 40),
        said("Where were we? What is your budget?", T0 + 70),
    ]
    handoff = [
        HandoffLine(transcript.JOINED, "Sophie Martin", "", at(10)),
        HandoffLine(transcript.SAID, "Sophie Martin", "Hi, Sophie here. How can I help?", at(15)),
        HandoffLine(transcript.SAID, "Sophie Martin", "March works. I'll hand you back for the details.", at(50)),
        HandoffLine(transcript.LEFT, "Sophie Martin", "", at(60)),
    ]
    lines = transcript.lines(rows, handoff)
    assert [(line.speaker, line.name, line.text) for line in lines] == [
        (BOT, "Bot", "Someone from our team is coming."),
        (NOTE, "Sophie Martin", "Sophie Martin joined the chat"),
        (PERSON, "Sophie Martin", "Hi, Sophie here. How can I help?"),
        (VISITOR, "Visitor", "great, thanks"),
        (VISITOR, "Visitor", "we need it by March"),
        (PERSON, "Sophie Martin", "March works. I'll hand you back for the details."),
        (NOTE, "Sophie Martin", "Sophie Martin handed the chat back to the bot"),
        (BOT, "Bot", "Where were we? What is your budget?"),
    ]
    assert [line.speaker for line in transcript.lines([], handoff)] == [NOTE, PERSON, PERSON, NOTE]  # no tracker here


def test_links_read_as_the_widget_shows_them_and_only_http_becomes_a_link():
    assert transcript.pieces("Read [our privacy notice](https://x.test/privacy). Or https://x.test/a, ok") == [
        Piece("Read "), Piece("our privacy notice", "https://x.test/privacy"), Piece(". Or "),
        Piece("https://x.test/a", "https://x.test/a"), Piece(","), Piece(" ok"),
    ]
    assert transcript.pieces("[click](javascript:alert(1)) ftp://x.test") == [
        Piece("[click](javascript:alert(1)) ftp://x.test")]
