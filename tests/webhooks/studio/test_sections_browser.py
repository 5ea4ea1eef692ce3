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
import time
from pathlib import Path
from typing import Any, Callable, Iterator

import pytest

from harness.script import SQL_ANSWERS
from harness.services import stop
from tests.browser import PHONE
from tests.webhooks.studio.served import published, served_everywhere, sign_in, start
from tests.webhooks.studio.touch import touch_drag_above

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
    published_at = time.monotonic()
    screenshot(page, "published")
    playbook = served_everywhere(service, lambda p: p["icp"]["criteria"][0]["weight"] == 42, published_at,
                                 "the published version served by every worker")
    assert published(service)["version"] == 2
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


def test_the_people_part_names_people_in_its_errors_never_by_their_slack_ids(
    page: Any, service: dict[str, str], screenshot: Callable[[Any, str], Path]
) -> None:
    """A person whose name was wiped, then a person added but in no route: each error says which person by the
    number and name the form shows them with, and what to do; never 'U0123ABC' or a YAML path."""
    before = published(service)
    sign_in(page, service, MARKETER, PASSWORD)

    def people() -> Any:
        part = page.locator("#part-routing-owners")
        part.scroll_into_view_if_needed()  # the Routing section loads as it comes near
        return part

    first = people().locator("fieldset.section-row:not(.new)").first
    first_id = first.get_by_label(re.compile(r"^Slack user id")).input_value()
    first_name = first.get_by_label("Name", exact=True).input_value()
    count = people().locator("fieldset.section-row:not(.new)").count()
    shown: list[str] = []

    def refused(name: str) -> str:
        page.get_by_role("button", name="Save draft").click()
        page.wait_for_selector("#errors")
        screenshot(page, name)
        summary = page.locator("#errors").inner_text()
        shown.extend([summary, *people().locator(".field-error").all_inner_texts()])
        return summary

    first.get_by_label("Name", exact=True).fill("")
    assert "Person 1, 'Name': must not be blank" in refused("people-error-blank-name")

    people().locator("fieldset.section-row:not(.new)").first.get_by_label("Name", exact=True).fill(first_name)
    added = people().locator("fieldset.section-row.new")
    added.get_by_label("Name", exact=True).fill("Nobody Yet")
    added.get_by_label(re.compile(r"^Slack user id")).fill("U0NOBODY1")
    summary = refused("people-error-in-no-route")
    named = f"Person {count + 1} (Nobody Yet): not an owner of any route: choose them among a route's owners"
    assert named in summary
    assert any(text.startswith(named) for text in people().locator(".field-error").all_inner_texts())
    for text in shown:
        assert first_id not in text and "U0NOBODY1" not in text and "routing." not in text, text
    assert published(service)["playbook"] == before["playbook"]  # (the editor's first view publishes the seed)


def question_order(page: Any) -> list[str]:
    return page.locator("#part-questions .orderable-list > fieldset .row-title").all_inner_texts()


@pytest.mark.parametrize("browser_context_args", [PHONE], ids=["phone"])
def test_on_a_phone_a_question_is_dragged_by_touch_and_the_call_scheduling_forms_fit_and_save(
    page: Any, service: dict[str, str], screenshot: Callable[[Any, str], Path]
) -> None:
    sign_in(page, service, MARKETER, PASSWORD)
    before = question_order(page)
    rows = page.locator("#part-questions .orderable-list > fieldset")
    touch_drag_above(page, rows.nth(2).locator("button.move-handle"), rows.nth(0).locator(":scope > legend"))
    screenshot(page, "dragged-by-touch")
    assert question_order(page)[:3] == [before[2], before[0], before[1]]
    assert page.locator("#savebar-status").inner_text() == "Unsaved changes"

    # Call scheduling at 390 px: everyone's defaults and one owner's hours, every field within the screen.
    defaults = page.locator("#part-scheduling-defaults")
    defaults.scroll_into_view_if_needed()  # the section loads as it comes near
    defaults.get_by_label("Call length (minutes)").fill("25")
    defaults.get_by_label("Buffer between calls (minutes)").fill("10")
    owner = page.locator("#part-scheduling-owners fieldset.section-row:not(.new)").first
    owner.get_by_label("Tuesday").fill("09:00-12:00, 13:30-17:00")
    owner.get_by_label("Notice before a call (minutes)").fill("120")
    owner.scroll_into_view_if_needed()
    screenshot(page, "scheduling-on-a-phone")
    width = page.evaluate("window.innerWidth")
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    for field in page.locator("#section-scheduling input, #section-scheduling select, #section-scheduling textarea").all():
        box = field.bounding_box()
        if box is not None and box["width"] > 0:  # (hidden inputs have no box)
            assert box["x"] >= 0 and box["x"] + box["width"] <= width + 0.5, (field.get_attribute("name"), box)
    # Going from field to field (the phone keyboard's Next, or Tab), the field in use is never under the save bar.
    owner.get_by_label("Name", exact=True).focus()
    for _ in range(12):
        page.keyboard.press("Tab")
        covered = page.evaluate("""() => {
            const field = document.activeElement.getBoundingClientRect();
            const bar = document.getElementById('savebar').getBoundingClientRect();
            return field.bottom > bar.top ? document.activeElement.name : null;
        }""")
        assert covered is None, f"{covered} is under the save bar"
    save = page.get_by_role("button", name="Save draft")
    box = save.bounding_box()
    assert box is not None and save.is_visible() and box["x"] + box["width"] <= width  # the save bar is in reach
    save.click()
    page.wait_for_selector(".flash-success")
    assert question_order(page)[:3] == [before[2], before[0], before[1]]
    defaults = page.locator("#part-scheduling-defaults")
    defaults.scroll_into_view_if_needed()
    assert defaults.get_by_label("Call length (minutes)").input_value() == "25"
    assert defaults.get_by_label("Buffer between calls (minutes)").input_value() == "10"
    owner = page.locator("#part-scheduling-owners fieldset.section-row:not(.new)").first
    assert owner.get_by_label("Tuesday").input_value() == "09:00-12:00, 13:30-17:00"
    assert owner.get_by_label("Notice before a call (minutes)").input_value() == "120"
