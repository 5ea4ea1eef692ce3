"""What a marketer edits in the studio's pages reaches the bot's answers, in a real browser against the service
under gunicorn (issue 14), with the bot's own playbook source asking that service as the action server does.

"Why we ask" in the question editor is what the bot says to "why do you ask?"; a reason too long is shown next to
its input and nothing is published. Screenshots: ``var/screenshots/test_what_marketers_edit_browser.*``.
"""

from __future__ import annotations

import re
import time
from pathlib import Path
from typing import Any, Callable, Iterator

import pytest

from bot.actions.language import speaking
from bot.actions.phrasing import REASONS, why_we_ask
from bot.actions.playbook_source import PlaybookSource
from bot.actions.questionnaire import question_for
from harness.services import stop
from qualification.schema import MAX_WHY
from tests.webhooks.studio.served import published, served_everywhere, sign_in, start

pytestmark = pytest.mark.slow

MARKETER = "editing@example.com"
PASSWORD = "a studio password for editing"
WHY = "We only suggest programmes that fit what you can spend, so nobody's time is wasted."


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    process, info = start(tmp_path_factory.mktemp("editing"), marketer=MARKETER, password=PASSWORD)
    try:
        yield info
    finally:
        stop(process)


@pytest.fixture
def bot(service: dict[str, str], tmp_path: Path) -> Iterator[PlaybookSource]:
    """The action server's playbook source, asking the service (its file: the same start-up playbook)."""
    from qualification import DEFAULT_PLAYBOOK

    copy = tmp_path / "playbook.yml"
    copy.write_text(DEFAULT_PLAYBOOK.read_text(encoding="utf-8"), encoding="utf-8")
    source = PlaybookSource(copy, service_url=service["url"], secret=service["action_secret"], interval=60)
    try:
        yield source
    finally:
        source.stop()


def publish_from_the_page(page: Any) -> float:
    """"Save and publish", then confirm on the page that says what changes; when the publish was answered."""
    page.get_by_role("button", name="Save and publish").click()
    page.get_by_role("button", name=re.compile(r"^Publish version \d+$")).click()
    page.wait_for_selector(".flash-success")
    return time.monotonic()


def budget_question(page: Any) -> Any:
    rows = page.locator("#part-questions .orderable-list > fieldset")
    for i in range(rows.count()):
        if rows.nth(i).get_by_label("Asks for").input_value() == "budget":
            return rows.nth(i)
    raise AssertionError("no budget question on the page")


def test_why_we_ask_edited_in_the_question_editor_is_what_the_bot_answers(
    page: Any, service: dict[str, str], bot: PlaybookSource, screenshot: Callable[[Any, str], Path]
) -> None:
    with speaking("en"):
        question = question_for(bot.current(), "budget")
        assert question is not None and question.why is None
    sign_in(page, service, MARKETER, PASSWORD)
    budget = budget_question(page)
    budget.get_by_label("Why we ask").fill(WHY)
    budget.scroll_into_view_if_needed()
    screenshot(page, "why-we-ask-edited")
    published_at = publish_from_the_page(page)
    served_everywhere(service, lambda p: any(q.get("why") == WHY for q in p["questions"]), published_at,
                      "the reason published")
    assert bot.refresh()
    with speaking("en"):
        question = question_for(bot.current(), "budget")
        assert question is not None
        answer = why_we_ask("budget", required=question.required, reason=question.why)
    assert answer.startswith(WHY) and REASONS["budget"] not in answer


def test_a_reason_too_long_is_shown_next_to_its_input_and_nothing_is_published(
    page: Any, service: dict[str, str], screenshot: Callable[[Any, str], Path]
) -> None:
    before = published(service)
    sign_in(page, service, MARKETER, PASSWORD)
    budget_question(page).get_by_label("Why we ask").fill("Because " * 60)
    page.get_by_role("button", name="Save and publish").click()
    page.wait_for_selector("#errors")
    budget = budget_question(page)
    budget.scroll_into_view_if_needed()
    screenshot(page, "why-we-ask-too-long")
    assert "'Why we ask'" in page.locator("#errors").inner_text()
    assert f"at most {MAX_WHY} characters" in budget.locator(".field-error").inner_text()
    assert budget.get_by_label("Why we ask").input_value().startswith("Because Because")  # as typed
    assert published(service) == before
