"""The playbook editor: form and YAML saves, validation by field, limits, concurrent edits, versions, preview.

The tests of refused saves share one app and one signed-in marketer per database (``refusing``), as
test_editor_sections' do: each asserts that nothing was stored, so each starts where the first did.
"""

from __future__ import annotations

import re
from html import unescape
from typing import Any

import pytest
import yaml
from sqlalchemy import select

from harness.studio_forms import Studio, add_user, form_fields, sign_in
from qualification.playbook_file import read_yaml
from tests.webhooks.conftest import rows
from webhooks.models import PlaybookVersion, StudioAudit

XSS = '<script>alert("x")</script><img src=x onerror=alert(1)>'


def versions(app: Any) -> list[PlaybookVersion]:
    return rows(app, select(PlaybookVersion).order_by(PlaybookVersion.version))


def live(app: Any) -> Any:
    return app.extensions["leadbot.playbook"].current()


def question_form(client: Any) -> dict[str, Any]:
    return form_fields(client.get("/studio/playbook?open=all").text, "playbook-form")  # every section, as loaded


def confirmed(client: Any, response: Any) -> Any:
    """"Save and publish" stored a draft and asks first: confirm on the page that says what changes."""
    assert response.status_code == 302, response.text
    match = re.search(r"/studio/playbook/versions/(\d+)/publish$", response.headers["Location"])
    assert match, response.headers["Location"]
    page = client.get(response.headers["Location"])
    assert page.status_code == 200
    form = form_fields(page.text, "confirm-form")
    return client.post(f"/studio/playbook/versions/{match.group(1)}/publish", data=form)


def nothing_was_stored(app: Any) -> bool:
    return [(v.version, v.published) for v in versions(app)] == [(1, True)] and live(app).stages.sql.min_score == 60


def index_of(fields: dict[str, Any], question_id: str) -> int:
    return next(int(k.split(".")[1]) for k, v in fields.items()
                if k.startswith("questions.") and k.endswith(".id") and v == question_id)


def test_the_first_visit_publishes_the_start_up_file_as_version_1_at_once(app: Any, signed_in: Any) -> None:
    provider = app.extensions["leadbot.playbook"]
    assert provider.snapshot().version is None  # nothing stored yet: the start-up file serves
    assert signed_in.get("/studio/playbook").status_code == 200  # the first visit stores it as version 1
    # At once, not when the provider's 1 s check runs out: a marketer (or a test) reads the live version next.
    assert provider.snapshot().version == 1


def test_form_save_is_a_draft_until_published(app: Any, signed_in: Any) -> None:
    fields = question_form(signed_in)
    need = index_of(fields, "need")
    fields.update({f"questions.{need}.wording": "What brings you here today?\nHow can we help?", "stages.sql.min_score": "45",
                   "privacy.text": "We use your answers only to reply.", "note": "friendlier opener", "action": "save"})
    response = signed_in.post("/studio/playbook", data=fields)
    assert response.status_code == 302, response.text
    saved = versions(app)
    assert [(v.version, v.published) for v in saved] == [(1, True), (2, False)]
    draft = read_yaml(saved[1].text)
    assert draft["questions"][0]["wording"] == ["What brings you here today?", "How can we help?"]
    assert draft["stages"]["sql"]["min_score"] == 45
    assert draft["privacy"]["text"] == "We use your answers only to reply."
    # Sections the form does not show are kept as they were.
    assert draft["routing"] == read_yaml(saved[0].text)["routing"]
    assert live(app).stages.sql.min_score == 60  # a draft is not live
    fields = question_form(signed_in)
    assert fields["base_version"] == "2" and fields["stages.sql.min_score"] == "45"
    page = signed_in.get("/studio/playbook/versions").text
    assert 'href="/studio/playbook/versions/2/publish"' in page
    publish = {"csrf_token": form_fields(page)["csrf_token"], "base_version": "2"}
    assert signed_in.post("/studio/playbook/versions/2/publish", data=publish).status_code == 303
    assert live(app).stages.sql.min_score == 45
    assert live(app).questions[0].wording[0] == "What brings you here today?"
    actions = [(r.action, r.actor, r.details.get("version")) for r in rows(app, select(StudioAudit))]
    assert ("playbook.save", "marketer@example.com", 2) in actions
    assert ("playbook.publish", "marketer@example.com", 2) in actions


def test_publish_and_rollback_say_what_changes_in_words_and_wait_for_confirmation(app: Any, signed_in: Any) -> None:
    fields = question_form(signed_in)
    role = index_of(fields, "role")
    old_wording = fields[f"questions.{role}.wording"].splitlines()
    fields.update({f"questions.{role}.wording": "Who signs off on this?", "icp.criteria.0.weight": "42",
                   "action": "publish"})
    response = signed_in.post("/studio/playbook", data=fields)
    assert response.status_code == 302 and response.headers["Location"].endswith("/studio/playbook/versions/2/publish")
    assert [(v.version, v.published) for v in versions(app)] == [(1, True), (2, False)]  # a draft until confirmed
    page = unescape(signed_in.get(response.headers["Location"]).text)
    said = re.findall(r"<li>(.*?)</li>", page.split('id="changes"')[1].split("</ul>")[0])
    assert said == [f'Question {role + 1} (role)\'s wording: "{" / ".join(old_wording)}" → "Who signs off on this?"',
                    "ICP weight for Target industry: 30 → 42"]
    assert 'href="/studio/playbook/diff?a=1&b=2"' in page  # the YAML difference, one click away
    assert live(app).questions[role].wording != ("Who signs off on this?",)
    signed_in.post("/studio/playbook/versions/2/publish", data=form_fields(page, "confirm-form"))
    assert live(app).questions[role].wording == ("Who signs off on this?",)
    back = unescape(signed_in.get("/studio/playbook/versions/1/rollback").text)
    assert "Roll back to version 1?" in back and "ICP weight for Target industry: 42 → 30" in back
    assert len(versions(app)) == 2  # looking is not rolling back
    assert signed_in.post("/studio/playbook/versions/1/rollback", data=form_fields(back, "confirm-form")).status_code == 303
    assert live(app).questions[role].wording[0] == old_wording[0]
    same = signed_in.get("/studio/playbook/versions/3/publish").text
    assert "Nothing changes for visitors" in same
    assert signed_in.get("/studio/playbook/versions/99/publish").status_code == 404


def test_reorder_moves_a_question(app: Any, signed_in: Any) -> None:
    fields = question_form(signed_in)
    fields[f"questions.{index_of(fields, 'need')}._position"] = "99"
    fields[f"questions.{index_of(fields, 'company')}._remove"] = "1"
    count = int(fields["questions._count"])
    fields.update({f"questions.{count}.id": "opener", f"questions.{count}.attribute": "company", f"questions.{count}._position": "0",
                   f"questions.{count}.wording": "Who are you with?", "action": "publish"})
    response = confirmed(signed_in, signed_in.post("/studio/playbook", data=fields))
    assert response.status_code == 303, response.text
    ids = [q.id for q in live(app).questions]
    assert ids[0] == "opener" and ids[-1] == "need" and "company" not in ids


def test_invalid_form_is_not_saved_and_each_problem_is_said_in_words_at_its_field(refusing: Studio) -> None:
    signed_in, fields = refusing.client, refusing.form()
    role = index_of(fields, "role")
    blank = int(fields[f"questions.{role}.ask_when._count"])  # the builder's "add a condition" row
    fields.update({f"questions.{role}.wording": "  \n ", f"questions.{role}.ask_when.{blank}.value": "fintech",
                   "stages.sql.min_score": "lots", "action": "publish"})
    response = signed_in.post("/studio/playbook", data=fields)
    assert response.status_code == 422
    # Counted from 1, as the page shows the questions; what to do, not the schema's words.
    shown = f"Question {role + 1}, 'Ask when', condition {blank + 1}, field: choose a field"
    assert shown in unescape(response.text)
    anchor = f"error-questions-{role}-ask_when-any-{blank}-field"
    assert f'<a href="#{anchor}">' in response.text and f'id="{anchor}"' in response.text  # the list links to it
    fields[f"questions.{role}.ask_when.{blank}.value"] = ""
    response = signed_in.post("/studio/playbook", data=fields)
    assert response.status_code == 422
    assert f"Question {role + 1}, 'Wording variants': needs at least one wording" in unescape(response.text)
    assert "'Sales-qualified (SQL) from score': type a whole number" in unescape(response.text)
    assert "questions.6.ask_when Invalid input type" not in response.text
    fields["privacy.url"] = ""
    response = signed_in.post("/studio/playbook", data=fields)
    assert 'data-path="privacy.url"' in response.text
    assert nothing_was_stored(refusing.app)
    # What the marketer typed is still there to fix.
    assert form_fields(response.text, "playbook-form")["stages.sql.min_score"] == "lots"


def test_the_condition_builder_writes_the_playbook_condition(app: Any, signed_in: Any) -> None:
    fields = question_form(signed_in)
    budget = index_of(fields, "budget")
    n = int(fields[f"questions.{budget}.ask_when._count"])
    for i in range(n):
        fields[f"questions.{budget}.ask_when.{i}._remove"] = "1"
    fields.update({f"questions.{budget}.ask_when.mode": "any", f"questions.{budget}.ask_when.{n}.field": "industry",
                   f"questions.{budget}.ask_when.{n}.op": "in",
                   f"questions.{budget}.ask_when.{n}.value": "fintech, software", "action": "publish"})
    response = confirmed(signed_in, signed_in.post("/studio/playbook", data=fields))
    assert response.status_code == 303, response.text
    saved = read_yaml(versions(app)[-1].text)["questions"][budget]
    assert saved["ask_when"] == {"any": [{"field": "industry", "op": "in", "value": ["fintech", "software"]}]}
    condition = live(app).questions[budget].ask_when
    assert [(c.field, c.op, c.value) for c in condition.any] == [("industry", "in", ("fintech", "software"))]
    again = question_form(signed_in)  # shown back in the builder, and a save without changes keeps it
    assert (again[f"questions.{budget}.ask_when.0.field"], again[f"questions.{budget}.ask_when.0.value"]) == \
        ("industry", "fintech, software")


def test_a_condition_the_builder_cannot_show_stays_yaml(app: Any, signed_in: Any) -> None:
    fields = form_fields(signed_in.get("/studio/playbook/yaml").text, "yaml-form")
    data = read_yaml(fields["text"])
    mixed = {"any": [{"field": "industry", "op": "known"}], "all": [{"field": "company_size.max", "op": "gt", "value": 50}]}
    data["questions"][0]["skip_when"] = mixed
    assert signed_in.post("/studio/playbook/yaml", data={**fields, "text": yaml.safe_dump(data, sort_keys=False),
                                                         "action": "save"}).status_code == 302
    form = question_form(signed_in)
    assert read_yaml(form["questions.0.skip_when.yaml"]) == mixed
    assert signed_in.post("/studio/playbook", data={**form, "action": "save"}).status_code == 302
    assert read_yaml(versions(app)[-1].text)["questions"][0]["skip_when"] == mixed


def test_invalid_yaml_publish_is_refused_with_the_error_named(refusing: Studio) -> None:
    signed_in = refusing.client
    fields = form_fields(signed_in.get("/studio/playbook/yaml").text, "yaml-form")
    data = read_yaml(fields["text"])
    data["routing"]["routes"][0]["owners"] = ["not-a-slack-user"]
    data["icp"]["criteria"][0]["weight"] = -5
    response = signed_in.post("/studio/playbook/yaml", data={**fields, "text": yaml.safe_dump(data), "action": "publish"})
    assert response.status_code == 422
    assert "routing.routes.0.owners.0" in response.text and "icp.criteria.0.weight" in response.text
    sent = yaml.safe_dump(data).splitlines()
    line = int(re.search(r"<code>icp.criteria.0.weight</code> <span class=\"muted\">\(line (\d+)\)", response.text).group(1))
    assert sent[line - 1].strip() == "weight: -5"
    syntax = signed_in.post("/studio/playbook/yaml", data={**fields, "text": "questions: [\n  - id: x\n", "action": "publish"})
    assert syntax.status_code == 422 and "<code>_yaml</code> line" in syntax.text
    assert nothing_was_stored(refusing.app)


def test_yaml_view_saves_everything_else(app: Any, signed_in: Any) -> None:
    fields = form_fields(signed_in.get("/studio/playbook/yaml").text, "yaml-form")
    data = read_yaml(fields["text"])
    data["privacy"]["text"] = "We keep your answers for 30 days."
    data["routing"]["routes"][0]["owners"].append("U0NEW0001")
    data["icp"]["criteria"][0]["weight"], data["icp"]["criteria"][1]["weight"] = 25, 30
    response = confirmed(signed_in, signed_in.post(
        "/studio/playbook/yaml", data={**fields, "text": yaml.safe_dump(data, sort_keys=False), "action": "publish"}))
    assert response.status_code == 303
    playbook = live(app)
    assert playbook.privacy.text == "We keep your answers for 30 days."
    assert playbook.routing.routes[0].owners[-1] == "U0NEW0001"
    assert [c.weight for c in playbook.icp.criteria[:2]] == [25, 30]


def test_question_wording_is_shown_escaped_everywhere(app: Any, signed_in: Any) -> None:
    fields = question_form(signed_in)
    fields.update({f"questions.{index_of(fields, 'need')}.wording": XSS, "note": XSS, "action": "publish"})
    assert confirmed(signed_in, signed_in.post("/studio/playbook", data=fields)).status_code == 303
    assert live(app).questions[0].wording == (XSS,)
    for path in ("/studio/playbook", "/studio/playbook/yaml", "/studio/playbook/versions", "/studio/playbook/diff?a=1&b=2",
                 "/studio/playbook/versions/2", "/studio/playbook/preview", "/studio/playbook/versions/1/rollback"):
        html = signed_in.get(path).text
        assert "<script>alert" not in html and "<img src=x" not in html, path
        assert "&lt;script&gt;" in html or "&lt;img" in html or XSS.replace('"', "&#34;") in html, path


def test_concurrent_edits_the_later_save_is_refused(app: Any, client: Any, signed_in: Any) -> None:
    other = app.test_client()
    add_user(app, "other@example.com")
    assert sign_in(other, "other@example.com").status_code == 302
    mine, theirs = question_form(signed_in), question_form(other)
    theirs.update({"questions.0.wording": "Their wording", "action": "save"})
    assert other.post("/studio/playbook", data=theirs).status_code == 302
    mine.update({"questions.0.wording": "My wording", "action": "publish"})
    response = signed_in.post("/studio/playbook", data=mine)
    assert response.status_code == 409
    assert "version 2 was saved by other@example.com" in response.text
    assert "your changes were not saved" in response.text
    assert form_fields(response.text, "playbook-form")["questions.0.wording"] == "My wording"  # not lost
    assert [v.author for v in versions(app)] == ["system", "other@example.com"]
    assert live(app).questions[0].wording[0] != "My wording"
    # The same through the YAML view.
    stale = form_fields(signed_in.get("/studio/playbook/yaml").text, "yaml-form")
    assert other.post("/studio/playbook/yaml", data={**form_fields(other.get("/studio/playbook/yaml").text, "yaml-form"),
                                                     "action": "save"}).status_code == 302
    assert signed_in.post("/studio/playbook/yaml", data={**stale, "action": "save"}).status_code == 409
    assert len(versions(app)) == 3
    assert ("playbook.conflict", "marketer@example.com") in [(r.action, r.actor) for r in rows(app, select(StudioAudit))]


@pytest.mark.parametrize("limit", ["body", "text"])
def test_huge_playbook_is_refused_clearly(app: Any, signed_in: Any, limit: str) -> None:
    fields = form_fields(signed_in.get("/studio/playbook/yaml").text, "yaml-form")
    if limit == "body":  # past the service's request limit: refused before it is read
        text = fields["text"] + "\n# " + "x" * app.config["MAX_CONTENT_LENGTH"]
        response = signed_in.post("/studio/playbook/yaml", data={**fields, "text": text, "action": "publish"})
        assert response.status_code == 413 and "Nothing was saved" in response.text
    else:
        app.config["MAX_CONTENT_LENGTH"] = 4 * 1024 * 1024
        text = fields["text"] + "\n# " + "x" * (200 * 1024)
        response = signed_in.post("/studio/playbook/yaml", data={**fields, "text": text, "action": "publish"})
        assert response.status_code == 422 and "at most 128 KiB is accepted" in response.text
    assert len(versions(app)) == 1


def test_many_questions_and_alias_bombs_are_refused(refusing: Studio) -> None:
    signed_in = refusing.client
    fields = form_fields(signed_in.get("/studio/playbook/yaml").text, "yaml-form")
    data = read_yaml(fields["text"])
    data["questions"] = data["questions"] + [
        {"id": f"extra_{i}", "attribute": "name", "wording": ["?"]} for i in range(70)
    ]
    response = signed_in.post("/studio/playbook/yaml", data={**fields, "text": yaml.safe_dump(data), "action": "save"})
    assert response.status_code == 422 and "questions.</code>" not in response.text and "at most 60" in response.text
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b]\n"
    response = signed_in.post("/studio/playbook/yaml", data={**fields, "text": bomb, "action": "save"})
    assert response.status_code == 422 and "anchors and aliases" in response.text
    long_wording = fields["text"].replace("Which company are you with?", "W" * 600, 1)
    response = signed_in.post("/studio/playbook/yaml", data={**fields, "text": long_wording, "action": "save"})
    assert response.status_code == 422 and "600 characters; at most 500" in response.text
    assert nothing_was_stored(refusing.app)


def test_versions_diff_and_rollback(app: Any, signed_in: Any) -> None:
    fields = question_form(signed_in)
    fields.update({"questions.0.wording": "Version two opener", "action": "publish"})
    assert confirmed(signed_in, signed_in.post("/studio/playbook", data=fields)).status_code == 303
    diff = signed_in.get("/studio/playbook/diff?a=1&b=2").text
    changed = re.findall(r'<span class="(add|del)">(.*?)</span>', diff)
    # The three wording variants of the first question became one; nothing else moved.
    assert [kind for kind, _ in changed] == ["del", "del", "del", "add"]
    assert changed[0][1].startswith("-") and "What would you like help with" in changed[0][1]
    assert changed[3][1].startswith("+") and changed[3][1].endswith("- Version two opener")
    page = signed_in.get("/studio/playbook/versions").text
    token = form_fields(page)["csrf_token"]
    response = signed_in.post("/studio/playbook/versions/1/rollback", data={"csrf_token": token, "base_version": "2"})
    assert response.status_code == 303
    saved = versions(app)
    assert [(v.version, v.published) for v in saved] == [(1, True), (2, True), (3, True)]
    assert saved[2].text == saved[0].text and saved[2].note == "rollback to version 1"
    assert live(app).questions[0].wording[0].startswith("What would you like help with")
    # A rollback from a stale page is refused like any other stale save.
    response = signed_in.post("/studio/playbook/versions/2/rollback", data={"csrf_token": token, "base_version": "2"})
    assert response.status_code == 303 and len(versions(app)) == 3
    assert "was saved by" in signed_in.get("/studio/playbook/versions").text
    # Only the newest version can be published directly; an old one goes live through a rollback.
    response = signed_in.post("/studio/playbook/versions/2/publish", data={"csrf_token": token, "base_version": "3"})
    assert response.status_code == 303 and live(app).questions[0].wording[0].startswith("What would you like")


def test_preview_shows_understanding_and_score_against_the_draft(app: Any, signed_in: Any) -> None:
    fields = question_form(signed_in)
    fields.update({"stages.sql.min_score": "10", "stages.sql.min_grade": "D", "action": "save"})
    assert signed_in.post("/studio/playbook", data=fields).status_code == 302
    answers = {
        "a-need": "we need more leads from SEO", "a-role": "I'm the CMO and I sign off",
        "a-industry": "software", "a-company_size": "about 120 people", "a-location": "Berlin, Germany",
        "a-budget": "around 4k a month", "a-timing": "next month", "a-email": "ana@acme.io",
    }
    page = signed_in.get("/studio/playbook/preview").text
    token = form_fields(page, "preview-form")["csrf_token"]
    draft = signed_in.post("/studio/playbook/preview", data={"csrf_token": token, "version": "2", **answers}).text
    assert 'id="preview-stage">SQL<' in draft
    assert re.search(r'data-question="need"><strong>understood</strong>\s*need.summary: we need more leads from SEO\s*'
                     r'need.categories: [a-z_, ]*seo', draft), draft
    live_page = signed_in.post("/studio/playbook/preview", data={"csrf_token": token, "version": "1",
                                                                 **answers, "a-budget": "no idea", "a-timing": "no rush"}).text
    assert 'id="preview-stage">SQL<' not in live_page and 'id="preview-score">' in live_page
    assert live(app).stages.sql.min_score == 60  # previewing changes nothing
    escaped = signed_in.post("/studio/playbook/preview", data={"csrf_token": token, "a-need": XSS}).text
    assert "<script>alert" not in escaped and "<img src=x" not in escaped


@pytest.mark.parametrize("count", ["99999", "many", "-1"])
def test_a_forged_condition_count_is_refused_and_nothing_is_saved(refusing: Studio, count: str) -> None:
    fields = refusing.form()
    fields.update({"questions.0.ask_when._count": count, "action": "save"})
    assert refusing.client.post("/studio/playbook", data=fields).status_code == 400
    assert nothing_was_stored(refusing.app)


def test_a_condition_value_is_shown_escaped_in_the_builder_and_the_confirmation(app: Any, signed_in: Any) -> None:
    fields = question_form(signed_in)
    n = int(fields["questions.0.ask_when._count"])
    fields.update({f"questions.0.ask_when.{n}.field": "persona", f"questions.0.ask_when.{n}.op": "ne",
                   f"questions.0.ask_when.{n}.value": XSS, "action": "publish"})
    response = signed_in.post("/studio/playbook", data=fields)
    assert response.status_code == 302, response.text
    for path in (response.headers["Location"], "/studio/playbook"):
        html = signed_in.get(path).text
        assert "<script>alert" not in html and "<img src=x" not in html, path
    assert question_form(signed_in)[f"questions.0.ask_when.{n}.value"] == XSS  # kept exactly as typed
