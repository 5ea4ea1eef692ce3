from __future__ import annotations

import json

import pytest

from harness.fakes.slack import block_problems
from integrations import slack_blocks as sb
from integrations.slack import ERASED
from tests.integrations.conftest import lead


def _actions(blocks):
    found = [b for b in blocks if b["type"] == "actions"]
    return [e["action_id"] for e in found[0]["elements"]] if found else []


@pytest.mark.parametrize("status, expected", [
    ("open", [sb.ACTION_CLAIM, sb.ACTION_BOOKED, sb.ACTION_JOIN_CHAT, sb.ACTION_DISQUALIFY]),
    ("claimed", [sb.ACTION_BOOKED, sb.ACTION_JOIN_CHAT, sb.ACTION_DISQUALIFY]),
    ("booked", [sb.ACTION_JOIN_CHAT, sb.ACTION_DISQUALIFY]),
    ("disqualified", []),
])
def test_buttons_follow_the_leads_state(status, expected):
    assert _actions(sb.alert_blocks(lead(status=status, owner="U0BOB" if status != "open" else None))) == expected


def test_only_a_lead_from_the_chat_has_a_join_chat_button():
    assert sb.ACTION_JOIN_CHAT not in _actions(sb.alert_blocks(lead(source="website", conversation_id=None)))
    assert sb.ACTION_JOIN_CHAT not in _actions(sb.alert_blocks(lead(conversation_id=None)))
    assert sb.ACTION_JOIN_CHAT in _actions(sb.alert_blocks(lead()))


def test_disqualified_alert_shows_the_reason_escaped_and_keeps_crm_links():
    blocks = sb.alert_blocks(lead(status="disqualified", status_reason="student <3"),
                             crm_links={"salesforce": "https://x.my.salesforce.com/lightning/r/Lead/00Q1/view",
                                        "evil": "javascript:alert(1)"})
    text = json.dumps(blocks, ensure_ascii=False)
    assert "🚫 Disqualified: student &lt;3" in text
    assert _actions(blocks) == [f"{sb.ACTION_OPEN_CRM}:salesforce"]
    assert block_problems(blocks) == []


def test_a_booked_call_shows_in_each_readers_time_zone():
    blocks = sb.alert_blocks(lead(status="booked", owner="U0BOB",
                                  booking={"starts_at": "2026-11-25T15:00:00Z", "owner": "U0BOB"}))
    context = json.dumps(blocks)
    assert "<!date^1795618800^{date_short_pretty} at {time}|2026-11-25T15:00:00Z> with <@U0BOB>" in context


@pytest.mark.parametrize("conversation, said", [("abandoned", True), ("complete", False), (None, False)])
def test_a_visitor_who_left_mid_conversation_is_said_so(conversation, said):
    data = lead(conversation=conversation)
    blocks = sb.alert_blocks(data)
    assert ("left mid-conversation" in json.dumps(blocks)) is said
    assert sb.alert_text(data).endswith("(left mid-conversation)") is said
    assert block_problems(blocks) == []


def test_a_lead_with_almost_nothing_known_still_draws():
    blocks = sb.alert_blocks({"id": "lead-x"})
    assert blocks[0]["text"]["text"] == "📥 UNKNOWN lead: Unnamed visitor"
    assert block_problems(blocks) == []


def test_leads_listing():
    empty = sb.leads_list_blocks([])
    assert empty[1]["text"]["text"] == "No open qualified leads today."
    leads = [lead(id="a"), lead(id="b", status="claimed", owner="U0BOB",
                                attributes={"name": "<b>Bo</b>", "company": None})]
    blocks = sb.leads_list_blocks(leads)
    assert block_problems(blocks) == []
    first, second = blocks[1], blocks[2]
    assert first["accessory"]["action_id"] == sb.ACTION_CLAIM and first["accessory"]["value"] == "a"
    assert "accessory" not in second and "&lt;b&gt;Bo&lt;/b&gt;" in second["text"]["text"]
    assert "<@U0BOB>" in second["text"]["text"]
    many = sb.leads_list_blocks([lead(id=str(i)) for i in range(100)])
    assert len(many) <= 50 and many[-1]["elements"][0]["text"] == "and 60 more"
    assert block_problems(many) == []


def test_disqualify_modal_round_trip():
    view = sb.disqualify_modal("lead-7f3a", channel="C0LEADS", ts="1.000001")
    assert view["callback_id"] == sb.VIEW_DISQUALIFY
    view["state"] = {"values": {
        sb.DISQUALIFY_REASON_BLOCK: {sb.DISQUALIFY_REASON_ACTION: {"selected_option": {"value": "no_budget"}}},
        sb.DISQUALIFY_NOTE_BLOCK: {sb.DISQUALIFY_NOTE_ACTION: {"value": "  said maybe next year  "}},
    }}
    assert sb.parse_disqualify_submission(view) == sb.DisqualifySubmission(
        lead_id="lead-7f3a", reason="no_budget", note="said maybe next year", channel="C0LEADS", ts="1.000001")


@pytest.mark.parametrize("breakage", [
    lambda v: v.update(callback_id="something_else"),
    lambda v: v.update(private_metadata="not json"),
    lambda v: v.update(private_metadata=json.dumps({"lead_id": ""})),
    lambda v: v["state"]["values"][sb.DISQUALIFY_REASON_BLOCK][sb.DISQUALIFY_REASON_ACTION].update(
        selected_option={"value": "made_up"}),
    lambda v: v.update(state={}),
])
def test_disqualify_submissions_it_did_not_draw_are_refused(breakage):
    view = sb.disqualify_modal("lead-1")
    view["state"] = {"values": {sb.DISQUALIFY_REASON_BLOCK: {
        sb.DISQUALIFY_REASON_ACTION: {"selected_option": {"value": "spam"}}}}}
    assert sb.parse_disqualify_submission(view).note is None
    breakage(view)
    with pytest.raises(sb.SubmissionError):
        sb.parse_disqualify_submission(view)


def test_safe_never_cuts_inside_an_escape():
    text = sb.safe("<" * 1000, 50)
    assert len(text) <= 50 and text.endswith("…") and text[:-1].replace("&lt;", "") == ""


def test_owners_are_named_as_the_playbook_names_them_and_still_mentioned():
    named = {"route": {"name": "sales_emea", "slack_channel": "C0LEADS", "owners": ["U0ALICE", "U0BOB"],
                       "owner_names": {"U0ALICE": "Alice <Ames>", "U0BOB": "Bob Byrne"}}}
    text = json.dumps(sb.alert_blocks(lead(qualification=named, suggested_owner="U0ALICE")), ensure_ascii=False)
    assert "*Suggested owner*\\nAlice &lt;Ames&gt; (<@U0ALICE>)" in text
    claimed = json.dumps(sb.alert_blocks(lead(qualification=named, status="claimed", owner="U0BOB")))
    assert "*Owner*\\nBob Byrne (<@U0BOB>)" in claimed and "Claimed by Bob Byrne (<@U0BOB>)" in claimed
    unnamed = json.dumps(sb.alert_blocks(lead(qualification=named, status="claimed", owner="U0CAROL")))
    assert "*Owner*\\n<@U0CAROL>" in unnamed, "someone the playbook does not name: the mention alone"


def test_the_alert_says_the_conversations_language_and_where_the_visitor_came_from_escaped():
    data = lead(language="de", attribution={
        "channel": "socketio", "page": "https://example.com/pricing?x=<b>", "referrer": "https://www.google.com/",
        "utm": {"source": "google", "medium": "cpc", "campaign": "q4 <launch>"}})
    blocks = sb.alert_blocks(data)
    text = json.dumps(blocks, ensure_ascii=False)
    assert "*Language*\\nGerman (de)" in text
    [came] = [e["text"] for b in blocks if b["type"] == "context" for e in b["elements"] if "Came from" in e["text"]]
    assert "page https://example.com/pricing?x=&lt;b&gt;" in came and "campaign q4 &lt;launch&gt;" in came
    assert "referred by https://www.google.com/" in came and came.endswith("· socketio")
    assert block_problems(blocks) == []


def test_a_lead_without_language_or_attribution_says_neither():
    text = json.dumps(sb.alert_blocks(lead(language=None, attribution=None)))
    assert "Language" not in text and "Came from" not in text


@pytest.mark.parametrize("visitor, shown", [
    ({"on_page": True, "since": "2026-11-23T10:04:59.120Z"}, "🟢 *The visitor is on the page now* since 10:04 UTC"),
    ({"on_page": False, "since": "2026-11-23T10:07:00.000Z"}, "⚪ *The visitor left the page* since 10:07 UTC"),
    ({"on_page": False, "since": "yesterday"}, "⚪ *The visitor left the page*"),
    ({"on_page": "yes"}, None),
    ("on the page", None),
    (None, None),
])
def test_the_alert_says_whether_the_visitor_is_on_the_page_when_the_service_knows(visitor, shown):
    data = {**lead(), "visitor": visitor} if visitor is not None else lead()
    blocks = sb.alert_blocks(data)
    lines = [e["text"] for b in blocks if b["type"] == "context" for e in b["elements"] if "page" in e["text"]]
    assert lines == ([shown] if shown else [])
    assert block_problems(blocks) == []


def test_an_erased_alert_says_in_its_blocks_the_words_of_its_text_and_of_its_thread():
    shown = [block["text"]["text"] for block in sb.erased_blocks()]
    assert shown == [ERASED] == [sb.ERASED], "one wording, in one place"
    assert "visitor" not in json.dumps(sb.erased_blocks()) and block_problems(sb.erased_blocks()) == []
