"""How the calls happen is edited in the studio's scheduling section, as a marketer does it: the page's own form,
saved and published, live for the next booking without retraining; bad input comes back next to its field with
nothing stored."""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from harness.studio_forms import Studio, form_fields
from qualification.playbook_file import read_yaml
from tests.webhooks.studio.test_editor import confirmed
from tests.webhooks.studio.test_editor_sections import (
    errors_inside,
    newest,
    nothing_was_stored,
    page_form,
    save,
    versions,
)

LENA = "U0EMEA001"


def owner_row(fields: dict[str, Any], owner: str) -> str:
    """The form's prefix of the owner's calendar row (``scheduling.owners.2``)."""
    return next(name[: -len(".id")] for name, value in fields.items()
                if name.startswith("scheduling.owners.") and name.endswith(".id") and value == owner)


def test_the_way_to_call_is_edited_saved_and_published_in_the_scheduling_section(app: Any, signed_in: Any) -> None:
    fields = page_form(signed_in)
    lena = owner_row(fields, LENA)
    assert fields["scheduling.call"] == "video" and fields[f"{lena}.call_at"].endswith("/lena-fischer")
    fields.update({"scheduling.call": "phone", "scheduling.call_at": "+1 212 555 0100",
                   "scheduling.call_note": "  Please have your   figures to hand. ",
                   f"{lena}.call": "video", f"{lena}.call_at": "https://meet.brightline.example/lena"})
    assert confirmed(signed_in, save(signed_in, fields, "publish")).status_code == 303
    stored = newest(app)["scheduling"]
    assert (stored["call"], stored["call_at"], stored["call_note"]) == (
        "phone", "+1 212 555 0100", "Please have your figures to hand.")
    assert stored["owners"][LENA]["call"] == "video"
    live = app.extensions["leadbot.playbook"].current().scheduling
    assert live.call_for(LENA).at == "https://meet.brightline.example/lena", "published: the next booking has it"
    assert live.call_for("U0SALES01").at == "+1 212 555 0100"
    again = page_form(signed_in)
    assert again["scheduling.call"] == "phone" and again[f"{lena}.call"] == "video"


def test_blanking_the_way_to_call_leaves_it_unsaid(app: Any, signed_in: Any) -> None:
    fields = page_form(signed_in)
    lena = owner_row(fields, LENA)
    fields.update({"scheduling.call": "", f"{lena}.call_at": ""})
    assert save(signed_in, fields).status_code == 302
    stored = newest(app)["scheduling"]
    assert stored.get("call") is None and stored["owners"][LENA].get("call_at") is None


@pytest.mark.parametrize("changes, row, path, words", [
    ({"scheduling.call_at": "javascript:alert(1)"}, "part-scheduling", "scheduling.call_at",
     "is not an http:// or https:// link"),
    ({"scheduling.call_at": "meet.example.com/intro"}, "part-scheduling", "scheduling.call_at",
     "is not an http:// or https:// link"),
    ({"scheduling.call": "phone"}, "part-scheduling", "scheduling.call_at", "the number the visitor dials"),
    ({"scheduling.call": "phone", "scheduling.call_at": "ring Dana"}, "part-scheduling", "scheduling.call_at",
     "is not a phone number"),
    ({"scheduling.call": "place", "scheduling.call_at": "x" * 301}, "part-scheduling", "scheduling.call_at",
     "at most 300"),
    ({"scheduling.call_note": "bell\x07"}, "part-scheduling", "scheduling.call_note", "control characters"),
    ({"scheduling.call": "telepathy"}, "part-scheduling", "scheduling.call", "not a way to call"),
    ({"{lena}.call_at": "ftp://files.brightline.example/lena"}, "{row}", f"scheduling.owners.{LENA}.call_at",
     "is not an http:// or https:// link"),
    ({"{lena}.call": "phone"}, "{row}", f"scheduling.owners.{LENA}.call_at", "is not a phone number"),
])
def test_a_bad_way_to_call_is_named_next_to_its_field_and_nothing_is_saved(
    refusing: Studio, changes: dict[str, str], row: str, path: str, words: str
) -> None:
    fields = refusing.form()
    lena = owner_row(fields, LENA)
    for name, value in changes.items():
        name = name.format(lena=lena)
        assert name in fields, name  # the page has that input
        fields[name] = value
    for action in ("save", "publish"):
        response = save(refusing.client, fields, action)
        assert response.status_code == 422, response.text
        shown = errors_inside(response.text, row.format(row=lena.replace(".", "-").replace("_", "-")))
        assert any(p == path and words in text for p, text in shown), (shown, path)
    assert nothing_was_stored(refusing.app)


def test_the_note_is_translated_on_the_translations_page_and_a_bad_translation_is_refused(app: Any,
                                                                                         signed_in: Any) -> None:
    fields = page_form(signed_in)
    fields["scheduling.call_note"] = "Any browser will do."
    assert save(signed_in, fields).status_code == 302
    page = signed_in.get("/studio/playbook/translations?lang=de")
    assert page.status_code == 200 and "said after how the call happens" in page.text
    translations = form_fields(page.text, "translations-form")
    assert translations["t.scheduling.call_note"] == ""  # not translated yet
    stored = len(versions(app))
    bad = signed_in.post("/studio/playbook/translations",
                         data={**translations, "t.scheduling.call_note": "Jeder\x07Browser", "action": "save"})
    assert bad.status_code in (400, 422) and len(versions(app)) == stored, "nothing stored"
    translations["t.scheduling.call_note"] = "Jeder Browser genügt."
    assert signed_in.post("/studio/playbook/translations", data={**translations, "action": "save"}).status_code == 302
    assert newest(app)["scheduling"]["translations"]["de"]["call_note"] == "Jeder Browser genügt."


def test_a_bad_way_to_call_written_in_the_yaml_view_is_refused_with_its_path(refusing: Studio) -> None:
    fields = form_fields(refusing.client.get("/studio/playbook/yaml").text, "yaml-form")
    data = read_yaml(fields["text"])
    data["scheduling"]["call_at"] = "javascript:alert(document.cookie)"
    data["scheduling"]["owners"][LENA]["call"] = "phone"  # her link is no phone line
    response = refusing.client.post("/studio/playbook/yaml", data={
        **fields, "text": yaml.safe_dump(data, allow_unicode=True), "action": "publish"})
    assert response.status_code == 422
    assert "scheduling.call_at" in response.text and f"scheduling.owners.{LENA}.call_at" in response.text
    assert nothing_was_stored(refusing.app)
