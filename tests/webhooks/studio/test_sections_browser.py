"""The playbook's form sections in a real browser, against the service under gunicorn (two workers).

A marketer changes an ICP weight, a route's Slack channel and a content
offer through the forms (no YAML), previews the draft (the route and the
offer show), publishes it, and ``GET /api/v1/playbook`` serves exactly those
changes. Then an invalid weight and a grade order that makes no sense are
shown next to their fields, what was typed stays, and nothing is published.
Screenshots: ``var/screenshots/test_sections_browser.*``.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Callable, Iterator

import pytest

from tests.bot.test_conversations import SQL_ANSWERS
from tests.webhooks.services import stop
from tests.webhooks.studio.served import published, sign_in, start

pytestmark = pytest.mark.slow

MARKETER = "sections@example.com"
PASSWORD = "a studio password for the sections"


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    process, info = start(tmp_path_factory.mktemp("sections"), marketer=MARKETER, password=PASSWORD)
    try:
        yield info
    finally:
        stop(process)


def test_icp_weight_route_channel_and_offer_edited_previewed_and_published(
    page: Any, service: dict[str, str], screenshot: Callable[[Any, str], Path]
) -> None:
    before = published(service)
    sign_in(page, service, MARKETER, PASSWORD)
    criterion = page.locator("#icp-criteria-0")
    assert criterion.get_by_label("Name").input_value() == "Target industry"
    criterion.get_by_label("Weight").fill("42")
    route = page.locator("#routing-routes-1")
    assert route.get_by_label("Route name").input_value() == "sales_emea"
    route.get_by_label("Slack channel").fill("#emea-pipeline")
    offer = page.locator("#content-offers-1")
    offer.get_by_label("Title").fill("Webinar: the funnel, live")
    offer.get_by_role("group", name="For stages").get_by_label("sql", exact=True).check()
    offer.scroll_into_view_if_needed()
    screenshot(page, "edited-in-the-forms")
    page.get_by_label("Note for the history (optional)").fill("heavier industry fit, EMEA channel, webinar for SQLs")
    page.get_by_role("button", name="Save draft").click()
    page.wait_for_selector(".flash-success")
    assert "Saved as draft version" in page.locator(".flash-success").inner_text()
    assert published(service)["version"] in (None, 1)  # a draft is not live (version 1: the start-up file, seeded)
    assert published(service)["playbook"] == before["playbook"]

    page.get_by_role("link", name="Preview").click()
    for slot, answer in (("need", "need"), ("role", "authority"), ("industry", "industry"),
                         ("company_size", "company_size"), ("location", "location"), ("budget", "budget"),
                         ("timing", "timing"), ("email", "email")):
        page.locator(f"input[name='a-{slot}']").fill(SQL_ANSWERS[answer])
    page.get_by_role("button", name="Preview the lead").click()
    page.wait_for_selector("#preview-result")
    screenshot(page, "preview")
    assert page.locator("#preview-stage").inner_text() == "SQL"
    assert page.locator("#preview-route").inner_text() == "sales_emea → #emea-pipeline"
    assert "Webinar: the funnel, live" in page.locator("#preview-offers").inner_text()

    page.get_by_role("link", name="Versions").click()
    page.locator("#versions").get_by_role("link", name="Publish…").click()
    assert "ICP weight for Target industry: 30 → 42" in page.locator("#changes").inner_text()
    page.get_by_role("button", name=re.compile(r"^Publish version \d+$")).click()
    page.wait_for_selector(".flash-success")
    screenshot(page, "published")
    live = published(service)
    assert live["version"] == 2
    playbook = live["playbook"]
    assert playbook["icp"]["criteria"][0]["weight"] == 42
    assert playbook["routing"]["routes"][1]["slack_channel"] == "#emea-pipeline"
    assert playbook["content_offers"][1]["title"] == "Webinar: the funnel, live"
    assert playbook["content_offers"][1]["stages"] == ["mql", "sql"]
    # Nothing else moved.
    for key in ("bant", "stages", "questions", "privacy", "company", "scheduling"):
        assert playbook[key] == before["playbook"][key], key


def test_invalid_values_are_shown_next_to_their_fields_and_nothing_is_published(
    page: Any, service: dict[str, str], screenshot: Callable[[Any, str], Path]
) -> None:
    before = published(service)
    sign_in(page, service, MARKETER, PASSWORD)
    size = page.locator("#icp-criteria-1")
    size.get_by_label("Weight").fill("-5")
    page.get_by_label("Grade B from fit %").fill("90")  # above grade A (80): B would be harder to reach than A
    page.get_by_role("button", name="Save and publish").click()
    page.wait_for_selector("#errors")
    screenshot(page, "refused")
    summary = page.locator("#errors").inner_text()
    assert "Not saved" in summary and "Criterion 2, 'Weight'" in summary and "ICP grades, 'Grade B from fit %'" in summary
    size = page.locator("#icp-criteria-1")
    size.scroll_into_view_if_needed()
    screenshot(page, "weight-error-next-to-the-field")
    assert "must not be negative" in size.locator(".field-error").inner_text()
    weight = size.get_by_label("Weight")
    assert weight.input_value() == "-5" and "invalid" in (weight.get_attribute("class") or "")
    assert weight.get_attribute("aria-invalid") == "true"
    assert "must be below A (80)" in page.locator("#section-thresholds .field-error").inner_text()
    assert published(service) == before
