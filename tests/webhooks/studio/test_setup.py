"""First run: the first studio account from this machine, or with the code printed at start; then never again."""

from __future__ import annotations

import os
import sys
import tempfile
import threading
from typing import Any

import pytest
from sqlalchemy import select

from harness.studio_forms import PASSWORD, csrf_token, sign_in
from ratelimits import Rule
from tests.webhooks.conftest import rows
from tests.webhooks.studio.conftest import SECRET_KEY
from webhooks import create_app
from webhooks.models import StudioAudit, StudioUser
from webhooks.studio import auth
from webhooks.studio.setup import announce, setup_code

CODE = setup_code(SECRET_KEY)


def users(app: Any) -> list[str]:
    return [u.email for u in rows(app, select(StudioUser))]


def remote(app: Any, address: str = "203.0.113.9") -> Any:
    browser = app.test_client()
    browser.environ_base["REMOTE_ADDR"] = address
    return browser


def create(browser: Any, email: str = "first@example.com", *, code: str | None = None,
           password: str = PASSWORD, again: str | None = None) -> Any:
    query = f"?code={code}" if code is not None else ""
    page = browser.get(f"/studio/setup{query}")
    assert page.status_code == 200, page.text
    form = {"csrf_token": csrf_token(page.text), "email": email, "password": password,
            "again": password if again is None else again}
    if code is not None:
        form["code"] = code
    return browser.post("/studio/setup", data=form)


def test_on_this_machine_the_sign_in_page_leads_to_set_up_and_the_account_is_signed_in(app: Any, client: Any) -> None:
    first = client.get("/studio/")
    assert first.status_code == 302
    login = client.get(first.headers["Location"])
    assert login.status_code == 200 and 'id="first-run"' in login.text and 'href="/studio/setup"' in login.text
    response = create(client, " First@Example.com ")
    assert response.status_code == 302, response.text
    assert client.get("/studio/playbook").status_code == 200  # signed in straight away
    assert users(app) == ["first@example.com"]
    assert ("user.create", "first-run set-up") in [(r.action, r.actor) for r in rows(app, select(StudioAudit))]
    # The page is closed for good; the sign-in page is the way in now.
    assert client.get("/studio/setup").status_code == 404
    assert 'id="first-run"' not in app.test_client().get("/studio/login").text
    assert sign_in(app.test_client(), "first@example.com").status_code == 302


def test_another_address_without_the_code_is_refused_and_nothing_is_created(app: Any, client: Any) -> None:
    stranger = remote(app)
    assert stranger.get("/studio/setup").status_code == 403
    assert stranger.get("/studio/setup?code=not-the-code").status_code == 403
    token = csrf_token(client.get("/studio/setup").text)
    for form in ({}, {"code": "x" * 5000}, {"code": CODE[:-1] + ("a" if CODE[-1] != "a" else "b")}):
        refused = stranger.post("/studio/setup", data={"csrf_token": token, "email": "intruder@example.com",
                                                      "password": PASSWORD, "again": PASSWORD, **form})
        assert refused.status_code in (400, 403), refused.text  # 400: this browser's CSRF token is not theirs
    assert users(app) == []


def test_a_same_machine_proxy_does_not_make_a_visitor_local(app: Any) -> None:
    proxied = app.test_client()
    proxied.environ_base["HTTP_X_FORWARDED_FOR"] = "203.0.113.9"
    assert proxied.get("/studio/setup").status_code == 403
    assert proxied.get(f"/studio/setup?code={CODE}").status_code == 200


def test_the_printed_code_works_from_elsewhere_once(app: Any) -> None:
    assert create(remote(app), code=CODE).status_code == 302
    assert users(app) == ["first@example.com"]
    other = remote(app, "198.51.100.7")
    assert other.get(f"/studio/setup?code={CODE}").status_code == 404
    assert other.post("/studio/setup", data={"code": CODE, "email": "second@example.com", "password": PASSWORD,
                                             "again": PASSWORD}).status_code in (400, 404)
    assert users(app) == ["first@example.com"]


def test_the_form_needs_the_csrf_token(app: Any, client: Any) -> None:
    client.get("/studio/setup")
    response = client.post("/studio/setup", data={"email": "first@example.com", "password": PASSWORD, "again": PASSWORD})
    assert response.status_code == 400 and users(app) == []


@pytest.mark.parametrize("email, password, again, field, message", [
    ("not an address", PASSWORD, PASSWORD, "email", "Give an email address"),
    ("first@example.com", "short", "short", "password", "The password must be 10 to 200 characters"),
    ("first@example.com", PASSWORD, PASSWORD + "!", "again", "The two passwords differ"),
    ("first@example.com", "p" * 300, "p" * 300, "password", "The password must be 10 to 200 characters"),
])
def test_bad_input_is_refused_at_its_field_and_nothing_is_saved(
    app: Any, client: Any, email: str, password: str, again: str, field: str, message: str
) -> None:
    response = create(client, email, password=password, again=again)
    assert response.status_code == 422
    assert f'id="error-{field}">{message}' in response.text
    assert users(app) == [] and client.get("/studio/setup").status_code == 200


def test_guessing_the_code_is_rate_limited_per_address(app: Any) -> None:
    guesser = remote(app)
    allowance = Rule.parse(app.config["LEADBOT_SETTINGS"].rate_limits["signin"]).count
    for n in range(allowance):
        assert guesser.get(f"/studio/setup?code=guess{n}").status_code == 403
    refused = guesser.get(f"/studio/setup?code={CODE}")  # even the right code waits, from the address that guessed
    assert refused.status_code == 429 and int(refused.headers["Retry-After"]) > 0
    assert remote(app, "198.51.100.7").get(f"/studio/setup?code={CODE}").status_code == 200


def test_two_first_accounts_at_once_make_one(app: Any) -> None:
    factory = app.extensions["leadbot.db"][1]
    start = threading.Barrier(2)
    outcomes: list[str] = []

    def attempt(email: str) -> None:
        start.wait()
        try:
            auth.create_user(factory, email, PASSWORD, first=True, actor="first-run set-up")
            outcomes.append("created")
        except auth.UserError as exc:
            outcomes.append(str(exc))

    threads = [threading.Thread(target=attempt, args=(f"{n}@example.com",)) for n in ("one", "two")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(outcomes) == ["created", "the studio already has an account: sign in instead"]
    assert len(users(app)) == 1


def test_the_service_prints_the_set_up_link_only_while_there_is_no_account(
    config: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    app = create_app({**config, "public_url": "https://leads.example.com"})
    assert f"https://leads.example.com/studio/setup?code={CODE}" in capsys.readouterr().err
    auth.create_user(app.extensions["leadbot.db"][1], "first@example.com", PASSWORD)
    announce(app)
    assert "setup" not in capsys.readouterr().err
    assert setup_code("another secret") != CODE and len(CODE) == 20


def _printed_by_a_worker(app: Any, into: Any) -> int:
    """Fork a process as gunicorn forks a worker, which calls ``announce`` with its stderr in ``into``."""
    pid = os.fork()
    if pid == 0:  # the worker
        try:
            fd = os.open(into, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            os.dup2(fd, 2)
            sys.stderr = os.fdopen(2, "w", closefd=False)
            announce(app)
            sys.stderr.flush()
        finally:
            os._exit(0)
    return os.waitpid(pid, 0)[1]


def test_the_set_up_link_is_printed_by_one_worker_of_a_gunicorn_server(
    config: dict[str, Any], monkeypatch: pytest.MonkeyPatch, tmp_path: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    # make run's gunicorn starts two workers, each building the app: the link was printed twice.
    app = create_app({**config, "public_url": "https://leads.example.com"})
    capsys.readouterr()
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    monkeypatch.setenv("SERVER_SOFTWARE", "gunicorn/23.0.0")  # as the master sets it for the workers it forks
    outputs = [tmp_path / f"worker-{n}.err" for n in range(3)]
    for output in outputs:
        assert _printed_by_a_worker(app, output) == 0
    printed = [output.read_text() for output in outputs]
    assert sum(f"/studio/setup?code={CODE}" in text for text in printed) == 1, printed
    assert f"/studio/setup?code={CODE}" in printed[0], printed


def test_outside_gunicorn_each_start_prints_the_set_up_link(
    config: dict[str, Any], monkeypatch: pytest.MonkeyPatch, tmp_path: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("SERVER_SOFTWARE", raising=False)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    app = create_app({**config, "public_url": "https://leads.example.com"})
    announce(app)
    assert capsys.readouterr().err.count(f"/studio/setup?code={CODE}") == 2
