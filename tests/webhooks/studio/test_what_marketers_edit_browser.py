"""What a marketer edits in the studio's pages reaches the bot's answers, in a real browser against the service
under gunicorn (issue 14), with the bot's own playbook source asking that service as the action server does.

"Why we ask" in the question editor is what the bot says to "why do you ask?"; a reason too long is shown next to
its input and nothing is published. A price added under Company and services, quoted by the pricing text, is what
the bot quotes to a visitor in its currency; a negative amount or a made-up currency is shown next to the price and
nothing is published. Screenshots: ``var/screenshots/test_what_marketers_edit_browser.*``.
"""

from __future__ import annotations

import re
import time
from pathlib import Path
from typing import Any, Callable, Iterator

import pytest

from bot.actions.faq import answer_messages
from bot.actions.language import speaking
from bot.actions.phrasing import REASONS, why_we_ask
from bot.actions.playbook_source import PlaybookSource
from bot.actions.questionnaire import question_for
from harness.services import stop
from qualification.schema import MAX_WHY
from tests.webhooks.studio.served import published, served_everywhere, sign_in, start
from tests.webhooks.studio.test_prices import visitor

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


def prices_part(page: Any) -> Any:
    part = page.locator("#part-company-prices")
    part.scroll_into_view_if_needed()  # the Company section loads as it comes near
    return part


def test_a_price_added_under_company_is_what_the_bot_quotes_in_the_visitor_s_currency(
    page: Any, service: dict[str, str], bot: PlaybookSource, screenshot: Callable[[Any, str], Path]
) -> None:
    sign_in(page, service, MARKETER, PASSWORD)
    added = prices_part(page).locator("fieldset.section-row.new")
    added.get_by_label("Price name").fill("monthly_from")
    added.get_by_label("Amounts").fill("USD 6000\nEUR 5500")
    page.get_by_label("What the bot says about pricing").fill(
        "Monthly programmes start at {price.monthly_from} a month; projects are quoted after a free call.")
    screenshot(page, "price-added")
    published_at = publish_from_the_page(page)
    served_everywhere(service, lambda p: p["company"].get("prices") == {"monthly_from": {"USD": 6000, "EUR": 5500}},
                      published_at, "the price published")
    assert bot.refresh()

    def quoted(country: str | None) -> str:
        with speaking("en"):
            return " ".join(m.get("text", "") for m in answer_messages(
                bot.current(), "what do you charge?", None, 0.0, visitor("what do you charge?", country)))

    assert "start at 5,500 EUR a month" in quoted("DE")
    assert "start at 6,000 USD a month" in quoted(None)


@pytest.mark.parametrize("amounts, complaint", [("USD -6000", "must be a positive number"),
                                                ("USD 6000\nXYZ 10", "not an ISO 4217 currency code")])
def test_a_bad_price_is_shown_next_to_it_and_nothing_is_published(
    page: Any, service: dict[str, str], screenshot: Callable[[Any, str], Path], amounts: str, complaint: str
) -> None:
    before = published(service)
    sign_in(page, service, MARKETER, PASSWORD)
    added = prices_part(page).locator("fieldset.section-row.new")
    added.get_by_label("Price name").fill("day_rate")
    added.get_by_label("Amounts").fill(amounts)
    page.get_by_role("button", name="Save and publish").click()
    page.wait_for_selector("#errors")
    part = prices_part(page)
    screenshot(page, "price-refused")
    assert "Price 'day_rate'" in page.locator("#errors").inner_text()
    assert complaint in part.locator(".field-error").inner_text()
    assert published(service) == before
