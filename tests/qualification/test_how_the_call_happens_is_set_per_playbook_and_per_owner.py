"""``scheduling.call``: how the calls happen, for everyone and per owner, checked when the playbook is read (the
YAML and the studio both go through ``parse_playbook``), its note translated as the other scheduling texts."""

from __future__ import annotations

from typing import Any

import pytest

from qualification import PlaybookError, parse_playbook
from qualification.translation import localized, missing_translations
from scheduling import CallMethod


def errors_of(data: dict[str, Any]) -> dict[str, list[str]]:
    with pytest.raises(PlaybookError) as caught:
        parse_playbook(data)
    return caught.value.errors


def test_the_default_playbook_has_video_calls_and_one_owner_with_her_own_link(playbook) -> None:
    assert playbook.scheduling.call_for("U0SALES01") == CallMethod("video")
    assert playbook.scheduling.call_for("U0EMEA001") == CallMethod("video", "https://meet.brightline.example/lena-fischer")
    assert playbook.scheduling.call_for(None) == CallMethod("video")


def test_a_playbook_that_does_not_say_says_nothing_of_how(playbook_data) -> None:
    for key in ("call", "call_at", "call_note"):
        playbook_data["scheduling"].pop(key, None)
    for calendar in playbook_data["scheduling"]["owners"].values():
        calendar.pop("call_at", None)
    scheduling = parse_playbook(playbook_data).scheduling
    assert scheduling.call_for("U0SALES01") is None and scheduling.call_for("U0EMEA001") is None


def test_an_owners_own_way_wins_and_a_link_alone_takes_everyones_kind(playbook_data) -> None:
    scheduling = playbook_data["scheduling"]
    scheduling.update(call="phone", call_at="+1 212 555 0100")
    scheduling["owners"]["U0EMEA002"]["call"] = "place"
    scheduling["owners"]["U0EMEA002"]["call_at"] = "Brightline London, 1 Fleet St"
    scheduling["owners"]["U0EMEA001"]["call_at"] = "+49 30 1234 5678"  # her own line, everyone's kind (phone)
    read = parse_playbook(playbook_data).scheduling
    assert read.call_for("U0SALES01") == CallMethod("phone", "+1 212 555 0100")
    assert read.call_for("U0EMEA002") == CallMethod("place", "Brightline London, 1 Fleet St")
    assert read.call_for("U0EMEA001") == CallMethod("phone", "+49 30 1234 5678")


@pytest.mark.parametrize("changes, path, words", [
    ({"call": "zoom"}, "scheduling.call", "not a way to call"),
    ({"call": "video", "call_at": "javascript:alert(1)"}, "scheduling.call_at", "not an http:// or https:// link"),
    ({"call": "video", "call_at": "https://meet.example.com/x\r\nLOCATION:evil"}, "scheduling.call_at",
     "control characters"),
    ({"call": "phone"}, "scheduling.call_at", "the number the visitor dials"),
    ({"call": "phone", "call_at": "ask for Dana"}, "scheduling.call_at", "not a phone number"),
    ({"call": "place", "call_at": "x" * 301}, "scheduling.call_at", "at most 300"),
    ({"call": None, "call_at": "https://meet.example.com/x"}, "scheduling.call_at", "say how the call happens"),
    ({"call": "video", "call_note": "two\nlines"}, "scheduling.call_note", "control characters"),
])
def test_a_bad_way_to_call_is_refused_at_its_field(playbook_data, changes: dict[str, Any], path: str,
                                                   words: str) -> None:
    playbook_data["scheduling"].update(changes)
    errors = errors_of(playbook_data)
    assert any(words in message for message in errors.get(path, [])), errors


@pytest.mark.parametrize("own, path, words", [
    ({"call_at": "ftp://files.example.com"}, "scheduling.owners.U0EMEA001.call_at", "not an http:// or https://"),
    ({"call": "phone", "call_at": None}, "scheduling.owners.U0EMEA001.call_at", "the number the visitor dials"),
    ({"call": "fax"}, "scheduling.owners.U0EMEA001.call", "not a way to call"),
    ({"call_at": "https://meet.example.com/\x07"}, "scheduling.owners.U0EMEA001.call_at", "control characters"),
])
def test_a_bad_way_to_call_of_one_owner_is_refused_at_that_owner(playbook_data, own: dict[str, Any], path: str,
                                                                 words: str) -> None:
    playbook_data["scheduling"]["owners"]["U0EMEA001"].update(own)
    errors = errors_of(playbook_data)
    assert any(words in message for message in errors.get(path, [])), errors


def test_an_owners_link_is_checked_against_the_kind_it_goes_with(playbook_data) -> None:
    # A link is no phone line: everyone's calls are phone calls, so her link alone is refused ...
    playbook_data["scheduling"]["call"] = "phone"
    playbook_data["scheduling"]["call_at"] = "+1 212 555 0100"
    assert "scheduling.owners.U0EMEA001.call_at" in errors_of(playbook_data)
    # ... and accepted once her own calls are video calls.
    playbook_data["scheduling"]["owners"]["U0EMEA001"]["call"] = "video"
    assert parse_playbook(playbook_data).scheduling.call_for("U0EMEA001").kind == "video"


def test_the_note_is_translated_as_the_other_scheduling_texts_and_a_bad_translation_is_refused(playbook_data) -> None:
    scheduling = playbook_data["scheduling"]
    scheduling["call_note"] = "Any browser will do."
    scheduling["translations"]["de"]["call_note"] = "Jeder Browser genügt."
    playbook = parse_playbook(playbook_data)
    assert localized(playbook, "de").scheduling.call_note == "Jeder Browser genügt."
    assert localized(playbook, "fr").scheduling.call_note == "Any browser will do.", "untranslated: the original"
    assert "scheduling.call_note" in missing_translations(playbook)["fr"]
    assert "scheduling.call_note" not in missing_translations(playbook)["de"]
    scheduling["translations"]["de"]["call_note"] = "Jeder\x07Browser"
    assert any("control characters" in m
               for m in errors_of(playbook_data).get("scheduling.translations.de.call_note", [])), \
        errors_of(playbook_data)
