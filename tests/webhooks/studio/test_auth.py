"""Studio sign-in: passwords, sessions kept (expired, revoked) on the server, CSRF on the studio only, the audit log."""

from __future__ import annotations

import io
import json
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import select

import signing
from harness.studio_forms import PASSWORD, add_user, csrf_token, form_fields, sign_in
from ratelimits import Rule
from tests.webhooks.conftest import ACTION_SECRET, lead_body, rows
from tests.webhooks.studio.conftest import MARKETER
from webhooks import __main__ as commands
from webhooks import create_app
from webhooks.models import PlaybookVersion, StudioAudit, StudioUser, utcnow
from webhooks.studio import auth
from webhooks.studio.sessions import StudioSession


def audit_actions(app: Any) -> list[tuple[str, str]]:
    return [(r.action, r.actor) for r in rows(app, select(StudioAudit).order_by(StudioAudit.seq))]


def test_pages_need_a_session_and_come_back_after_sign_in(client: Any, marketer: str) -> None:
    response = client.get("/studio/playbook/versions")
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/studio/login?next=/studio/playbook/versions")
    page = client.get(response.headers["Location"])
    signed = client.post("/studio/login", data={
        **form_fields(page.text), "email": marketer, "password": PASSWORD,
    })
    assert signed.status_code == 302 and signed.headers["Location"] == "/studio/playbook/versions"
    assert client.get("/studio/playbook/versions").status_code == 200


def test_wrong_password_and_unknown_user_are_refused_alike_and_audited(app: Any, client: Any, marketer: str) -> None:
    wrong = sign_in(client, marketer, "not the password at all")
    unknown = sign_in(client, "nobody@example.com", PASSWORD)
    for response in (wrong, unknown):
        assert response.status_code == 401
        assert "do not match a studio user" in response.text
    assert client.get("/studio/playbook").status_code == 302
    assert audit_actions(app)[-2:] == [("login.failed", marketer), ("login.failed", "nobody@example.com")]
    assert sign_in(client, marketer).status_code == 302
    assert audit_actions(app)[-1] == ("login", marketer)


def test_passwords_are_stored_hashed(app: Any, marketer: str) -> None:
    user = rows(app, select(StudioUser))[0]
    assert PASSWORD not in user.password_hash and user.password_hash.startswith("scrypt:")


def client_from(app: Any, address: str) -> Any:
    """A browser at another client address."""
    other = app.test_client()
    other.environ_base["REMOTE_ADDR"] = address
    return other


def signin_allowance(app: Any) -> int:
    return Rule.parse(app.config["LEADBOT_SETTINGS"].rate_limits["signin"]).count


def test_a_marketer_who_mistypes_still_signs_in_with_the_right_password(app: Any, client: Any, marketer: str) -> None:
    for _ in range(5):  # the old lock-out came at five
        assert sign_in(client, marketer, "guessing-guessing").status_code == 401
    assert sign_in(client, marketer).status_code == 302
    assert audit_actions(app)[-1] == ("login", marketer)


def test_sign_in_tries_are_limited_per_address_and_the_marketer_elsewhere_still_signs_in(
    app: Any, marketer: str,
) -> None:
    attacker = client_from(app, "203.0.113.9")
    allowance = signin_allowance(app)
    for _ in range(allowance):
        assert sign_in(attacker, marketer, "guessing-guessing").status_code == 401
    refused = sign_in(attacker, marketer)  # even the right password waits, from the address that guessed
    assert refused.status_code == 429 and int(refused.headers["Retry-After"]) > 0
    assert "Too many sign-in tries" in refused.text
    assert [a for a, _ in audit_actions(app)].count("login.failed") == allowance  # refused before any check
    assert sign_in(client_from(app, "198.51.100.7"), marketer).status_code == 302


def test_an_account_is_limited_across_addresses(config: dict[str, Any], marketer: str) -> None:
    app = create_app({**config, "rate_limits": {"signin_per_account": "3/hour"}})
    for n in range(3):
        assert sign_in(client_from(app, f"203.0.113.{n + 1}"), marketer, "guessing-guessing").status_code == 401
    assert sign_in(client_from(app, "203.0.113.99"), marketer).status_code == 429
    assert sign_in(client_from(app, "203.0.113.99"), "someone.else@example.com").status_code == 401


def test_a_try_that_finds_every_hashing_slot_taken_is_refused_at_once(app: Any, client: Any, marketer: str) -> None:
    page = client.get("/studio/login")
    taken = [auth._hashing.acquire(blocking=False) for _ in range(auth.HASHING_AT_ONCE)]
    try:
        assert all(taken)
        busy = client.post("/studio/login", data={"email": marketer, "password": PASSWORD,
                                                  "csrf_token": csrf_token(page.text)})
    finally:
        for _ in taken:
            auth._hashing.release()
    assert busy.status_code == 503 and busy.headers["Retry-After"] == "1"
    assert "busy" in busy.text
    assert sign_in(client, marketer).status_code == 302


def test_forged_csrf_token_is_refused_and_nothing_changes(app: Any, signed_in: Any) -> None:
    page = signed_in.get("/studio/playbook/yaml")
    fields = form_fields(page.text, "yaml-form")
    before = len(rows(app, select(PlaybookVersion)))
    for token in ("forged-token", csrf_token(page.text)[:-3] + "AAA", None):
        data = {**fields, "text": fields["text"].replace("Brightline", "Forged"), "action": "publish"}
        if token is None:
            data.pop("csrf_token")
        else:
            data["csrf_token"] = token
        response = signed_in.post("/studio/playbook/yaml", data=data)
        assert response.status_code == 400
        assert "could not be accepted" in response.text
    assert len(rows(app, select(PlaybookVersion))) == before
    assert not [a for a, _ in audit_actions(app) if a.startswith("playbook.")]


def test_sign_in_itself_needs_the_csrf_token(client: Any, marketer: str) -> None:
    response = client.post("/studio/login", data={"email": marketer, "password": PASSWORD})
    assert response.status_code == 400
    assert client.get("/studio/playbook").status_code == 302


def session_rows(app: Any) -> list[StudioSession]:
    return rows(app, select(StudioSession).order_by(StudioSession.created_at))


def copied(app: Any, value: str) -> Any:
    """Another browser holding a copy of a studio cookie (a stolen, shared or forgotten one)."""
    other = app.test_client()
    other.set_cookie("leadbot_studio", value)
    return other


def cookie_of(client: Any) -> str:
    cookie = client.get_cookie("leadbot_studio")
    assert cookie is not None
    return str(cookie.value)


@pytest.mark.parametrize("age", ["idle", "lifetime"])
def test_expired_session_is_sent_back_to_sign_in(app: Any, signed_in: Any, age: str) -> None:
    with app.extensions["leadbot.db"][1]() as session, session.begin():
        row = session.execute(select(StudioSession)).scalar_one()
        if age == "idle":
            row.seen_at = utcnow() - auth.IDLE - timedelta(seconds=5)
        else:
            row.created_at = utcnow() - auth.LIFETIME - timedelta(seconds=5)
            row.seen_at = utcnow()
    response = signed_in.get("/studio/playbook")
    assert response.status_code == 302 and response.headers["Location"].startswith("/studio/login")
    assert "Your session expired" in signed_in.get(response.headers["Location"]).text
    # The session is over on the server: no cookie brings it back, even when the clock is fine again.
    assert session_rows(app)[0].revoked_why == "expired"
    with app.extensions["leadbot.db"][1]() as session, session.begin():
        session.execute(StudioSession.__table__.update().values(seen_at=utcnow(), created_at=utcnow()))
    assert signed_in.get("/studio/playbook").status_code == 302


def test_the_cookie_carries_only_a_random_token_stored_hashed(app: Any, signed_in: Any) -> None:
    with signed_in.session_transaction() as session:
        assert set(session) <= {"sid", "csrf_token", "_flashes"}
        token = session["sid"]
    assert len(token) >= 40
    stored = session_rows(app)
    assert len(stored) == 1 and stored[0].id != token and token not in stored[0].id
    assert stored[0].revoked_at is None


def test_a_copied_cookie_is_refused_after_sign_out(app: Any, signed_in: Any) -> None:
    copy = cookie_of(signed_in)
    thief = copied(app, copy)
    # The copy works while the session lasts; the form it gets carries the copy's CSRF token.
    form = form_fields(thief.get("/studio/playbook?open=all").text, "playbook-form")
    copy = cookie_of(thief)  # the same session, now with the CSRF token of that form
    page = signed_in.get("/studio/playbook")
    assert signed_in.post("/studio/logout", data={"csrf_token": csrf_token(page.text)}).status_code == 302

    thief = copied(app, copy)
    response = thief.get("/studio/playbook")
    assert response.status_code == 302 and response.headers["Location"].startswith("/studio/login")
    assert "Sign in to the studio" in thief.get(response.headers["Location"]).text
    before = len(rows(app, select(PlaybookVersion)))
    thief = copied(app, copy)
    response = thief.post("/studio/playbook", data={**form, "stages.sql.min_score": "1", "action": "publish"})
    assert response.status_code == 302 and response.headers["Location"].startswith("/studio/login")
    assert len(rows(app, select(PlaybookVersion))) == before
    assert not [a for a, _ in audit_actions(app) if a.startswith("playbook.")]
    assert [r.revoked_why for r in session_rows(app)] == ["signed out"]


def test_signing_out_ends_only_that_session(app: Any, signed_in: Any, marketer: str) -> None:
    other = app.test_client()
    assert sign_in(other, marketer).status_code == 302
    page = signed_in.get("/studio/playbook")
    signed_in.post("/studio/logout", data={"csrf_token": csrf_token(page.text)})
    assert signed_in.get("/studio/playbook").status_code == 302
    assert other.get("/studio/playbook").status_code == 200


def test_a_password_change_ends_every_session_of_that_user(app: Any, signed_in: Any, marketer: str) -> None:
    laptop = app.test_client()
    assert sign_in(laptop, marketer).status_code == 302
    copy = cookie_of(signed_in)
    page = signed_in.get("/studio/account/password")
    new = "a brand new long password"
    response = signed_in.post("/studio/account/password", data={
        "csrf_token": csrf_token(page.text), "current": PASSWORD, "new": new, "again": new})
    assert response.status_code == 302, response.text
    assert signed_in.get("/studio/playbook").status_code == 200  # this browser goes on, in a fresh session
    assert laptop.get("/studio/playbook").status_code == 302
    assert copied(app, copy).get("/studio/playbook").status_code == 302
    assert sign_in(app.test_client(), marketer).status_code == 401
    assert sign_in(app.test_client(), marketer, new).status_code == 302
    assert ("password.change", marketer) in audit_actions(app)


@pytest.mark.parametrize("fields, field, message", [
    ({"current": "not my password!", "new": "a brand new long password", "again": "a brand new long password"},
     "current", "not your current password"),
    ({"current": PASSWORD, "new": "a brand new long password", "again": "a brand new long passwort"},
     "again", "differ"),
    ({"current": PASSWORD, "new": "short", "again": "short"}, "new", "10 to 200 characters"),
    ({"current": PASSWORD, "new": "x" * 300, "again": "x" * 300}, "new", "10 to 200 characters"),
    ({}, "current", "not your current password"),
])
def test_a_refused_password_change_says_why_and_changes_nothing(
    app: Any, signed_in: Any, marketer: str, fields: dict[str, str], field: str, message: str
) -> None:
    laptop = app.test_client()
    assert sign_in(laptop, marketer).status_code == 302
    before = rows(app, select(StudioUser))[0].password_hash
    page = signed_in.get("/studio/account/password")
    response = signed_in.post("/studio/account/password", data={"csrf_token": csrf_token(page.text), **fields})
    assert response.status_code == 422
    assert message in response.text and f'id="error-{field}"' in response.text
    assert rows(app, select(StudioUser))[0].password_hash == before
    assert laptop.get("/studio/playbook").status_code == 200
    assert all(r.revoked_at is None for r in session_rows(app))


def test_password_command_changes_it_and_ends_the_sessions(
    app: Any, config: dict[str, Any], signed_in: Any, marketer: str, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("DATABASE_URL", config["database_url"])
    monkeypatch.setattr("sys.stdin", io.StringIO("the operator's new password\n"))
    assert commands.main(["users", "password", marketer.upper()]) == 0
    assert "1 session(s) signed out" in capsys.readouterr().out
    assert signed_in.get("/studio/playbook").status_code == 302
    assert sign_in(app.test_client(), marketer, "the operator's new password").status_code == 302
    monkeypatch.setattr("sys.stdin", io.StringIO("the operator's new password\n"))
    assert commands.main(["users", "password", "nobody@example.com"]) == 2
    monkeypatch.setattr("sys.stdin", io.StringIO("short\n"))
    assert commands.main(["users", "password", marketer]) == 2
    assert "10 to 200 characters" in capsys.readouterr().err


def test_deactivated_user_is_out_at_once(app: Any, signed_in: Any) -> None:
    with app.extensions["leadbot.db"][1]() as session, session.begin():
        session.execute(StudioUser.__table__.update().values(active=False))
    assert signed_in.get("/studio/playbook").status_code == 302


def test_sign_out_needs_post_with_token_and_is_audited(app: Any, signed_in: Any) -> None:
    page = signed_in.get("/studio/playbook")
    assert signed_in.get("/studio/logout").status_code == 405
    assert signed_in.post("/studio/logout", data={"csrf_token": "nope"}).status_code == 400
    assert signed_in.get("/studio/playbook").status_code == 200
    response = signed_in.post("/studio/logout", data={"csrf_token": csrf_token(page.text)})
    assert response.status_code == 302
    assert signed_in.get("/studio/playbook").status_code == 302
    assert audit_actions(app)[-1] == ("logout", MARKETER)


def test_next_never_leaves_the_studio(app: Any, marketer: str) -> None:
    for target in ("https://evil.example/", "//evil.example/x", "/studio\\@evil.example"):
        client = app.test_client()
        page = client.get("/studio/login")
        response = client.post("/studio/login", data={
            "email": marketer, "password": PASSWORD, "csrf_token": csrf_token(page.text), "next": target,
        })
        assert response.headers["Location"] == "/studio/"


def test_api_and_slack_stay_exempt_from_csrf(signed_in: Any) -> None:
    body = json.dumps(lead_body()).encode()
    response = signed_in.post("/api/v1/leads", data=body,
                              headers={**signing.sign(ACTION_SECRET, "POST", signing.LEADS_PATH, body), "Content-Type": "application/json"})
    assert response.status_code == 201, response.text
    slack = signed_in.post("/slack/events", data=b"{}", headers={"Content-Type": "application/json"})
    assert slack.status_code != 400 or b"CSRF" not in slack.data


def test_studio_without_a_secret_key_is_disabled(config: dict[str, Any]) -> None:
    config = {**config, "secret_key": None}
    app = create_app(config)
    try:
        response = app.test_client().get("/studio/login")
        assert response.status_code == 503 and "LEADBOT_SECRET_KEY" in response.text
    finally:
        app.extensions["leadbot.db"][0].dispose()


def test_users_create_command(app: Any, config: dict[str, Any], monkeypatch: pytest.MonkeyPatch,
                              capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("DATABASE_URL", config["database_url"])
    monkeypatch.setattr("sys.stdin", io.StringIO("a long enough password\n"))
    assert commands.main(["users", "create", "New.Person@Example.com"]) == 0
    assert "created studio user" in capsys.readouterr().out
    client = app.test_client()
    assert sign_in(client, "new.person@example.com", "a long enough password").status_code == 302
    monkeypatch.setattr("sys.stdin", io.StringIO("a long enough password\n"))
    assert commands.main(["users", "create", "new.person@example.com"]) == 2
    monkeypatch.setattr("sys.stdin", io.StringIO("short\n"))
    assert commands.main(["users", "create", "other@example.com"]) == 2
    assert "10 to 200 characters" in capsys.readouterr().err
    assert [a for a, _ in audit_actions(app)].count("user.create") == 1


def test_base_page_shows_the_navigation_and_who_is_signed_in(signed_in: Any) -> None:
    html = signed_in.get("/studio/playbook").text
    for label in ("Playbook", "Leads", "Funnel", "Sign out", MARKETER):
        assert label in html
    assert 'name="csrf-token"' in html
    headers = signed_in.get("/studio/playbook").headers
    assert headers["X-Frame-Options"] == "DENY" and "frame-ancestors 'none'" in headers["Content-Security-Policy"]
    assert headers["Cache-Control"] == "no-store"
    assert signed_in.get("/studio/static/studio.css").status_code == 200


def test_second_user_added_directly_can_sign_in(app: Any, client: Any) -> None:
    add_user(app, "second@example.com", "another long password")
    assert sign_in(client, "second@example.com", "another long password").status_code == 302


def test_a_service_whose_public_address_is_https_marks_the_cookie_secure_and_sends_hsts(
    config: dict[str, Any],
) -> None:
    app = create_app({**config, "public_url": "https://leads.example.com"})
    page = app.test_client().get("/studio/login")
    assert "Secure" in page.headers["Set-Cookie"] and "HttpOnly" in page.headers["Set-Cookie"]
    assert page.headers["Strict-Transport-Security"].startswith("max-age=")
    assert "script-src 'self'" in page.headers["Content-Security-Policy"]
    app.extensions["leadbot.db"][0].dispose()
