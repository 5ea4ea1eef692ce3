"""The playbook editor without YAML, in a real browser against the service under gunicorn (two workers).

First run: a browser on the service's machine creates the first account.
A marketer drags a question above another and moves one with the keyboard,
builds a condition ("ask when industry is one of fintech, software"), edits
the company and an owner's working hours, sees "Unsaved changes" in the save
bar, publishes, and ``GET /api/v1/playbook`` serves exactly that. A mistake
is said in words at its field and the list at the top takes the keyboard
there. Every editor page fits a 390 px phone without sideways scrolling.
Screenshots: ``var/screenshots/test_editor_browser.*``.
"""

from __future__ import annotations

import re
import secrets
import time
from pathlib import Path
from typing import Any, Callable, Iterator

import pytest

from harness.services import stop
from tests.browser import PHONE
from tests.webhooks.studio.served import published, served_everywhere, sign_in, start

pytestmark = pytest.mark.slow

MARKETER = "editor@example.com"
PASSWORD = "a studio password for the editor"


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    process, info = start(tmp_path_factory.mktemp("editor"), marketer=MARKETER, password=PASSWORD)
    try:
        yield info
    finally:
        stop(process)


@pytest.fixture
def fresh_service(tmp_path: Path) -> Iterator[dict[str, str]]:
    process, info = start(tmp_path, marketer=None)
    try:
        yield info
    finally:
        stop(process)


def section(page: Any, name: str) -> Any:
    """A section of the editor once it has loaded, scrolled to.

    Sections after the first paint arrive as placeholders that are replaced when they load (as they come near, and
    one by one after the page's load event), so a placeholder scrolled to can be detached under the scroll.
    """
    loaded = page.locator(f"#section-{name}:not(.lazy)")
    loaded.wait_for()
    loaded.scroll_into_view_if_needed()
    return loaded


def published_now(page: Any) -> None:
    """Wait for the studio to say the version is published. The confirmation page a "Save and publish" leads to has
    a success message of its own ("Saved as draft version N"), which a wait for any success message took for the
    publish: the test went on (and timed the publish) before the publish had happened."""
    page.locator(".flash-success", has_text=re.compile(r"^Version \d+ is published")).wait_for()


def question_order(page: Any) -> list[str]:
    return page.locator("#part-questions .orderable-list > fieldset .row-title").all_inner_texts()


def question(page: Any, question_id: str) -> Any:
    return page.locator("#part-questions .orderable-list > fieldset").filter(
        has=page.locator(".row-title", has_text=re.compile(f"^{question_id}$")))


def test_first_run_a_browser_on_this_machine_creates_the_account_and_lands_in_the_editor(
    page: Any, fresh_service: dict[str, str], screenshot: Callable[[Any, str], Path]
) -> None:
    page.goto(f"{fresh_service['url']}/studio/")
    page.get_by_role("link", name="Create the first account").click()
    page.wait_for_url(re.compile(r"/studio/setup$"))
    screenshot(page, "set-up")
    page.get_by_label("Email").fill("owner@example.com")
    page.get_by_label("Password (10 characters or more)").fill(PASSWORD)
    page.get_by_label("Password again").fill(PASSWORD)
    page.get_by_role("button", name="Create the account").click()
    page.wait_for_url(re.compile(r"/studio/playbook$"))
    assert "the studio account owner@example.com is ready" in page.locator(".flash-success").inner_text()
    assert page.goto(f"{fresh_service['url']}/studio/setup").status == 404
    # The terminal said where to go before the account existed.
    assert re.search(r"/studio/setup\?code=[a-z2-7]{20}", Path(fresh_service["log"]).read_text(encoding="utf-8"))


DESKTOP = {"viewport": {"width": 1280, "height": 900}}


def sideways(page: Any) -> int:
    """How far the page scrolls sideways (0: it fits)."""
    return int(page.evaluate("document.documentElement.scrollWidth - window.innerWidth"))


@pytest.mark.parametrize("browser_context_args", [PHONE], ids=["phone"])
def test_on_a_phone_the_first_run_is_done_with_the_keyboard_and_every_page_of_it_fits(
    page: Any, fresh_service: dict[str, str], screenshot: Callable[[Any, str], Path]
) -> None:
    page.goto(f"{fresh_service['url']}/studio/")
    assert sideways(page) <= 0
    page.get_by_role("link", name="Create the first account").focus()
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/studio/setup$"))
    screenshot(page, "set-up-phone")
    assert sideways(page) <= 0
    page.get_by_label("Email").focus()
    page.keyboard.type("phone-owner@example.com")
    page.get_by_label("Password (10 characters or more)").focus()
    page.keyboard.type(PASSWORD)
    page.get_by_label("Password again").focus()
    page.keyboard.type(PASSWORD)
    page.keyboard.press("Enter")  # the form's own submit
    page.wait_for_url(re.compile(r"/studio/playbook$"))
    assert "the studio account phone-owner@example.com is ready" in page.locator(".flash-success").inner_text()
    assert sideways(page) <= 0


def test_marketer_reorders_builds_a_condition_edits_company_and_hours_and_publishes(
    page: Any, service: dict[str, str], screenshot: Callable[[Any, str], Path]
) -> None:
    sign_in(page, service, MARKETER, PASSWORD)
    status = page.locator("#savebar-status")
    assert status.inner_text() == "No unsaved changes"
    # The order and the company's name as they are now (the module's other tests publish too, in any order).
    before = question_order(page)
    first, second, third, fourth = before[:4]
    company_before = page.locator("#section-company").get_by_label("Company name").input_value()
    company = f"Brightline Growth (EU {secrets.token_hex(2)})"

    # Drag the third question above the first by its handle.
    question(page, third).locator("button.move-handle").drag_to(question(page, first).locator(":scope > legend"))
    assert question_order(page)[:3] == [third, first, second]
    assert status.inner_text() == "Unsaved changes"
    assert page.locator("#savebar").is_visible()  # the save bar stays on screen wherever the marketer is
    # Move the fourth up with the keyboard alone: its handle, then the arrow key.
    question(page, fourth).locator("button.move-handle").focus()
    page.keyboard.press("ArrowUp")
    page.keyboard.press("ArrowUp")
    assert question_order(page)[:4] == [third, fourth, first, second]
    assert f"'{fourth}' is now number 2" in page.locator("#editor-announce").inner_text()
    assert page.evaluate("document.activeElement.classList.contains('move-handle')")
    screenshot(page, "reordered")

    # "Ask when [industry] [is one of] [fintech, software]" on the budget question.
    budget = question(page, "budget")
    builder = budget.locator("fieldset.condition").first
    blank = builder.locator(".cond-row.new")
    blank.get_by_label("Field").select_option("industry")
    blank.get_by_label("Test").select_option(label="is one of")
    blank.get_by_label("Values").fill("fintech, software")
    builder.get_by_role("button", name="Add a condition").click()  # one more row, the keyboard's focus in it
    assert page.evaluate("document.activeElement.getAttribute('aria-label')") == "Field"
    added = builder.locator(".cond-row").last
    added.get_by_label("Field").select_option("company_size.max")
    added.get_by_label("Test").select_option(label="is more than")
    added.get_by_label("Values").fill("50")
    builder.scroll_into_view_if_needed()
    screenshot(page, "condition-built")

    page.locator("#section-company").get_by_label("Company name").fill(company)
    owner = page.locator("#part-scheduling-owners fieldset.section-row").filter(
        has=page.locator("input[value='U0EMEA001']"))
    owner.get_by_label("Monday").fill("10:00-12:00, 14:00-16:00")
    owner.get_by_label("Call length (minutes)").fill("20")
    page.locator("#part-scheduling-defaults").get_by_label("Buffer between calls (minutes)").fill("10")
    page.get_by_label("Note for the history (optional)").fill("role first, budget only for fintech and software")
    page.get_by_role("button", name="Save and publish").click()
    page.wait_for_selector("#confirm")  # what changes for visitors, in words, before anything goes live
    said = page.locator("#changes").inner_text()
    screenshot(page, "confirm")
    assert f"Question order: {first}, {second}, {third}, {fourth}" in said
    assert "'Ask when': " in said and "industry is one of fintech, software" in said
    assert f"'Company name': \"{company_before}\" → \"{company}\"" in said
    lena = published(service)["playbook"]["routing"]["owners"]["U0EMEA001"]["name"]
    assert f"Owner '{lena}', 'Monday': (none) → 10:00-12:00, 14:00-16:00" in said  # by name, not Slack id
    assert "U0EMEA001" not in said
    assert published(service)["playbook"]["company"]["name"] == company_before
    page.get_by_role("button", name=re.compile(r"^Publish version \d+$")).click()
    published_now(page)
    published_at = time.monotonic()
    screenshot(page, "published")
    page.goto(f"{service['url']}/studio/playbook")

    # Each gunicorn worker re-reads the published version at most a second late.
    playbook = served_everywhere(service, lambda p: p["company"]["name"] == company, published_at,
                                 "every worker to serve the new version")
    ids = [q["id"] for q in playbook["questions"]]
    assert ids[:4] == [third, fourth, first, second] and sorted(ids) == sorted(before)
    asked = next(q for q in playbook["questions"] if q["id"] == "budget")
    assert asked["ask_when"]["any"][-2:] == [{"field": "industry", "op": "in", "value": ["fintech", "software"]},
                                             {"field": "company_size.max", "op": "gt", "value": 50}]
    assert playbook["company"]["name"] == company
    lena = playbook["scheduling"]["owners"]["U0EMEA001"]
    assert lena["working_hours"] == {"mon": ["10:00-12:00", "14:00-16:00"]} and lena["meeting_minutes"] == 20
    assert "working_hours" not in playbook["scheduling"]["owners"]["U0SALES01"]  # untouched owners keep the defaults
    assert playbook["scheduling"]["defaults"]["buffer_minutes"] == 10
    assert question_order(page)[:4] == [third, fourth, first, second]  # the page shows what was saved
    assert page.locator("#savebar-status").inner_text() == "No unsaved changes"


def test_a_mistake_is_said_in_words_and_the_list_takes_the_keyboard_to_the_field(
    page: Any, service: dict[str, str], screenshot: Callable[[Any, str], Path]
) -> None:
    sign_in(page, service, MARKETER, PASSWORD)  # (the studio's first visit stores the start-up file as version 1)
    # What every worker serves: the first visit's version 1, or another test's publish, read by both workers.
    served_everywhere(service, lambda p: True, time.monotonic(), "every worker to serve the live version")
    before = published(service)
    position = question_order(page).index("timing") + 1
    builder = question(page, "timing").locator("fieldset.condition").first
    builder.locator(".cond-row.new").get_by_label("Values").fill("fintech")  # a value, but no field chosen
    page.get_by_role("button", name="Save and publish").click()
    page.wait_for_selector("#errors")
    screenshot(page, "refused-in-words")
    assert page.locator("#savebar-status").inner_text() == "Not saved yet: see the problems above"
    assert page.evaluate("document.getElementById('playbook-form').classList.contains('dirty')")  # leaving asks first
    words = f"Question {position}, 'Ask when', condition 1, field: choose a field"
    assert words in page.locator("#errors").inner_text()
    link = page.locator("#errors a", has_text=f"Question {position}, 'Ask when'")
    link.focus()
    page.keyboard.press("Enter")
    focused = page.evaluate("document.activeElement.closest('fieldset.condition').id")
    assert focused == builder.get_attribute("id")
    assert words in question(page, "timing").locator(".field-error").inner_text()
    assert published(service) == before


PAGES = ("/studio/playbook", "/studio/playbook?open=all", "/studio/playbook/versions/1",
         "/studio/playbook/yaml", "/studio/playbook/preview", "/studio/playbook/versions",
         "/studio/playbook/diff?a=1&b=2", "/studio/account/password", "/studio/playbook/versions/1/rollback",
         "/studio/playbook/try")


@pytest.mark.parametrize("browser_context_args", [PHONE], ids=["phone"])
def test_every_editor_page_fits_a_phone_without_sideways_scrolling(
    page: Any, service: dict[str, str], screenshot: Callable[[Any, str], Path]
) -> None:
    sign_in(page, service, MARKETER, PASSWORD)
    for path in PAGES:
        page.goto(f"{service['url']}{path}")
        wide = page.evaluate("""() => [document.documentElement.scrollWidth, window.innerWidth,
            [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 1
              && getComputedStyle(e).position !== 'absolute').slice(0, 5).map(e => e.tagName + '#' + e.id + '.' + e.className)]""")
        screenshot(page, path.strip("/").replace("/", "-").split("?")[0])
        assert wide[0] <= wide[1], (path, wide)
    # On the phone too, the save bar stays on screen at the bottom of the form.
    page.goto(f"{service['url']}/studio/playbook")
    section(page, "routing")
    box = page.locator("#savebar").bounding_box()
    assert box is not None and box["y"] + box["height"] <= 844 + 1


def tab_until(page: Any, test: str, limit: int = 120) -> None:
    """Press Tab until the focused element passes ``test`` (a JS expression on ``e``): the keyboard's way there."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(f"(() => {{ const e = document.activeElement; return !!(e && ({test})); }})()"):
            return
    raise AssertionError(f"Tab never reached an element where {test}")


@pytest.mark.parametrize("browser_context_args", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_a_rollback_with_the_keyboard_alone_says_what_changes_first(
    page: Any, service: dict[str, str], screenshot: Callable[[Any, str], Path]
) -> None:
    """What changes is said in words before it goes live; the YAML difference is one link away; nothing scrolls
    sideways on a phone."""
    sign_in(page, service, MARKETER, PASSWORD)
    # A newer live version to roll back from (set up with the mouse; the rollback itself is keyboard-only).
    page.locator("textarea[name='questions.0.wording']").fill("Keyboard round: what brings you here?")
    page.get_by_role("button", name="Save and publish").click()
    page.get_by_role("button", name=re.compile(r"^Publish version \d+$")).click()
    published_now(page)
    # Each gunicorn worker re-reads the published version at most a second late.
    served_everywhere(service, lambda p: p["questions"][0]["wording"] == ["Keyboard round: what brings you here?"],
                      time.monotonic(), "every worker to serve the new version")

    page.goto(f"{service['url']}/studio/playbook/versions")
    tab_until(page, "e.textContent.trim() === 'Roll back to this…'")
    page.keyboard.press("Enter")
    page.wait_for_selector("#confirm")
    assert '"Keyboard round: what brings you here?" →' in page.locator("#changes").inner_text()
    screenshot(page, "rollback-confirmation")
    assert sideways(page) <= 0
    page.locator("#yaml-diff").focus()  # the YAML difference, one link away, and back
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/studio/playbook/diff\?"))
    assert "Keyboard round: what brings you here?" in page.locator("main").inner_text()
    assert sideways(page) <= 0
    page.go_back()
    page.wait_for_selector("#confirm")
    tab_until(page, "e.textContent.trim().startsWith('Roll back to version')")
    page.keyboard.press("Enter")
    page.locator(".flash-success", has_text="Rolled back").wait_for()
    assert "Rolled back" in page.locator(".flash-success").inner_text()
    served_everywhere(service, lambda p: p["questions"][0]["wording"] != ["Keyboard round: what brings you here?"],
                      time.monotonic(), "every worker to serve the rolled-back version")


@pytest.mark.parametrize("browser_context_args", [PHONE], ids=["phone"])
def test_on_a_phone_with_the_keyboard_alone_a_route_owner_is_chosen_by_name(
    page: Any, service: dict[str, str], screenshot: Callable[[Any, str], Path]
) -> None:
    """No Slack id is typed: the marketer tabs to the route's "add an owner" list and picks a person by name."""
    sign_in(page, service, MARKETER, PASSWORD)
    playbook = published(service)["playbook"]
    names = {key: person["name"] for key, person in playbook["routing"]["owners"].items()}
    index = next(i for i, route in enumerate(playbook["routing"]["routes"]) if route["name"] == "sales")
    owners = playbook["routing"]["routes"][index]["owners"]
    newcomer = next(key for key in names if key not in owners)
    section(page, "routing")
    route = page.locator(f"#routing-routes-{index}")
    last = route.locator("fieldset.people select").nth(len(owners) - 1)
    assert last.locator("option:checked").inner_text() == names[owners[-1]]  # by name, not by Slack id
    last.focus()
    page.keyboard.press("Tab")  # the next stop is the list that adds an owner
    assert page.evaluate("document.activeElement.getAttribute('aria-label')") == \
        "Owners, in round-robin order: add an owner"
    for _ in range(len(names) + 1):
        if page.evaluate("document.activeElement.selectedOptions[0].textContent.trim()") == names[newcomer]:
            break
        page.keyboard.press("ArrowDown")
    assert page.evaluate("document.activeElement.value") == newcomer
    assert page.locator("#savebar-status").inner_text() == "Unsaved changes"
    people = route.locator("fieldset.people")
    people.scroll_into_view_if_needed()
    screenshot(page, "owner-chosen-by-name")
    box = people.bounding_box()
    assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 390 + 1
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.get_by_role("button", name="Save and publish").focus()  # (the sticky bar's button, in view)
    page.keyboard.press("Enter")
    page.wait_for_selector("#confirm")
    said = page.locator("#changes").inner_text()
    assert names[newcomer] in said and newcomer not in said
    tab_until(page, "/^Publish version \\d+$/.test(e.textContent.trim())")
    page.keyboard.press("Enter")
    published_now(page)
    served_everywhere(service, lambda p: p["routing"]["routes"][index]["owners"] == [*owners, newcomer],
                      time.monotonic(), "every worker to serve the new owner")


@pytest.mark.parametrize("browser_context_args", [PHONE], ids=["phone"])
def test_on_a_phone_a_question_moves_by_keyboard_a_condition_is_built_and_a_mistake_links_to_its_field(
    page: Any, service: dict[str, str], screenshot: Callable[[Any, str], Path]
) -> None:
    sign_in(page, service, MARKETER, PASSWORD)
    before = question_order(page)
    third = before[2]
    question(page, third).locator("button.move-handle").focus()
    page.keyboard.press("ArrowUp")
    assert question_order(page)[:3] == [before[0], third, before[1]]
    assert f"'{third}' is now number 2" in page.locator("#editor-announce").inner_text()
    assert page.locator("#savebar-status").inner_text() == "Unsaved changes"

    budget = question(page, "budget")
    position = question_order(page).index("budget") + 1
    builder = budget.locator("fieldset.condition").first
    # What a blank condition means, said per condition: a blank "Skip when" never skips.
    legends = budget.locator("fieldset.condition > legend").all_inner_texts()
    assert legends == ["Ask when (blank: always asked)", "Skip when (blank: never skipped)"]
    blank = builder.locator(".cond-row.new")
    blank.get_by_label("Field").select_option("industry")
    blank.get_by_label("Test").select_option(label="is one of")
    blank.get_by_label("Values").fill("fintech, software")
    builder.get_by_role("button", name="Add a condition").click()
    builder.locator(".cond-row").last.get_by_label("Values").fill("50")  # a value, but no field chosen
    builder.scroll_into_view_if_needed()
    screenshot(page, "condition-on-a-phone")
    assert sideways(page) <= 0
    box = builder.bounding_box()
    assert box is not None and box["x"] + box["width"] <= 390 + 1

    page.get_by_role("button", name="Save draft").click()
    page.wait_for_selector("#errors")
    screenshot(page, "mistake-on-a-phone")
    assert sideways(page) <= 0
    words = f"Question {position}, 'Ask when', condition"
    link = page.locator("#errors a", has_text=words).first
    assert "choose a field" in page.locator("#errors").inner_text()
    link.focus()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.closest('fieldset.condition') !== null")
    assert "choose a field" in question(page, "budget").locator(".field-error").first.inner_text()


def test_a_person_added_under_people_is_offered_by_name_at_once_and_becomes_a_route_owner(
    page: Any, service: dict[str, str], screenshot: Callable[[Any, str], Path]
) -> None:
    sign_in(page, service, MARKETER, PASSWORD)
    playbook = published(service)["playbook"]
    index = next(i for i, route in enumerate(playbook["routing"]["routes"]) if route["name"] == "marketing")
    owners = playbook["routing"]["routes"][index]["owners"]
    section(page, "routing")
    added = page.locator("#part-routing-owners fieldset.section-row.new")
    added.get_by_label("Name").fill("Robin Vale")
    added.get_by_label("Slack user id").fill("U0ROBIN01")
    added.get_by_label("HubSpot owner id").fill("71000099")
    added.get_by_label("HubSpot owner id").press("Tab")  # leaving the field offers the person everywhere
    choice = page.locator(f"#routing-routes-{index} fieldset.people select").last
    assert "Robin Vale" in choice.locator("option").all_text_contents()
    choice.select_option(label="Robin Vale")
    screenshot(page, "new-person-offered")
    page.get_by_role("button", name="Save and publish").click()
    page.wait_for_selector("#confirm")
    said = page.locator("#changes").inner_text()
    assert "Robin Vale" in said and "U0ROBIN01" not in said, said
    page.get_by_role("button", name=re.compile(r"^Publish version \d+$")).click()
    published_now(page)
    served = served_everywhere(service, lambda p: p["routing"]["routes"][index]["owners"] == [*owners, "U0ROBIN01"],
                               time.monotonic(), "every worker to serve the new owner")
    assert served["routing"]["owners"]["U0ROBIN01"] == {"name": "Robin Vale", "hubspot": "71000099"}
