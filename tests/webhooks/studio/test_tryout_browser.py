"""The studio's preview chat in a real browser, typed into before its script has loaded and while the bot answers.

The service runs under gunicorn without a bot: these tests hold the page's script or the bot's answer back with
Playwright's routing, and look at what becomes of the marketer's message. The chat with the real bot is
``test_studio_browser.py``'s.
"""

from __future__ import annotations

import re
from typing import Any, Iterator

import pytest

from harness.services import stop
from tests.browser import PHONE
from tests.webhooks.studio.served import sign_in, start

pytestmark = pytest.mark.slow

MARKETER = "tryout@example.com"
PASSWORD = "a studio password for the preview chat"


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    process, info = start(tmp_path_factory.mktemp("tryout"), marketer=MARKETER, password=PASSWORD)
    try:
        yield info
    finally:
        stop(process)


@pytest.mark.parametrize("browser_context_args", [PHONE], ids=["phone"])
def test_a_message_cannot_be_typed_before_the_chat_script_has_loaded_and_is_sent_once_it_has(
    page: Any, service: dict[str, str]
) -> None:
    """Typed and sent before the script took the form over, the message went to the page itself ("try?"): a reload
    that lost it (seen on a loaded machine: the studio's chat tests waited a minute for an answer to nothing)."""
    sign_in(page, service, MARKETER, PASSWORD)
    script: list[Any] = []
    page.route(re.compile(r"/tryout\.js"), lambda route: script.append(route))  # a slow network: the script comes when let through
    page.get_by_role("link", name="Try it (chat)").click()
    page.locator("#chat-input").wait_for()
    assert not page.locator("#chat-input").is_editable()
    script[0].continue_()
    page.locator("#chat-input").fill("hi, we are a clinic")
    page.locator("#chat-input").press("Enter")
    page.locator("#chat-log .chat-visitor", has_text="hi, we are a clinic").wait_for(timeout=10_000)
    assert page.url.endswith("/studio/playbook/try"), page.url


def test_a_message_sent_while_the_bot_is_still_answering_stays_in_the_box(page: Any, service: dict[str, str]) -> None:
    sign_in(page, service, MARKETER, PASSWORD)
    asked: list[Any] = []
    page.route(re.compile(r"/studio/playbook/try$"),
               lambda route: asked.append(route) if route.request.method == "POST" else route.continue_())
    page.get_by_role("link", name="Try it (chat)").click()
    page.locator("#chat-input").fill("hi")
    page.locator("#chat-input").press("Enter")
    page.locator("#chat-log .chat-visitor", has_text="hi").wait_for()
    page.locator("#chat-input").fill("we are 40 people")
    page.locator("#chat-input").press("Enter")
    page.wait_for_timeout(300)
    assert page.locator("#chat-input").input_value() == "we are 40 people"
    assert page.locator("#chat-log .chat-visitor").all_inner_texts() == ["hi"]
    assert len(asked) == 1
    asked[0].fulfill(status=200, content_type="application/json",
                     json={"messages": [{"text": "What brings you here?", "buttons": []}], "understood": [],
                           "result": {"stage": "iql", "score": 0, "grade": "D", "fit": 0, "reasons": []}})
    page.locator("#chat-log .chat-bot", has_text="What brings you here?").wait_for()
    page.locator("#chat-input").press("Enter")  # now it goes
    page.locator("#chat-log .chat-visitor", has_text="we are 40 people").wait_for()
