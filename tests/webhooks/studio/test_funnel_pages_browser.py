"""The funnel page in chromium at desktop and phone size: readable charts, no sideways scrolling, keyboard filters.

The service runs under gunicorn over a SQLite database seeded here: leads with
Slack claims, and conversations written by Rasa's own tracker store, from the
website (with the widget's page, UTM campaign and language) and from Slack,
some asked a question in two wordings. No bot is needed to read a funnel.
"""

from __future__ import annotations

import re
import secrets
import subprocess
from datetime import timedelta
from typing import Any, Iterator

import pytest
from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from tests.browser import PHONE
from tests.webhooks.services import PYTHON, REPO, service_env, start_web, stop, webhook_playbook
from tests.webhooks.studio.pages import answer, asked_in, record, user
from webhooks import migrate
from webhooks.models import Lead, StatusChange, utcnow

pytestmark = pytest.mark.slow

MARKETER = "layout@example.com"
PASSWORD = "a studio password for the layout"
WORDS = ("What's your role there, and who signs off on a project like this?",
         "What's your job title, and are you the one deciding on this?")


def website(text: str, ts: float, page: str, campaign: str, language: str) -> Any:
    from rasa.shared.core.events import UserUttered

    return UserUttered(text, intent={"name": "greet", "confidence": 1.0}, timestamp=ts, input_channel="socketio",
                       metadata={"tz": "Europe/Berlin", "page": page, "utm": {"campaign": campaign},
                                 "language": language})


def slack(text: str, ts: float) -> Any:
    from rasa.shared.core.events import UserUttered

    return UserUttered(text, intent={"name": "greet", "confidence": 1.0}, timestamp=ts, input_channel="slack")


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("funnel-pages")
    url = f"sqlite:///{folder / 'leadbot.db'}"
    migrate.upgrade(url)
    now = utcnow()
    base = (now - timedelta(days=1)).timestamp()
    talks: dict[str, list[Any]] = {}
    for i in range(24):
        cid, t = f"web-{i}", base + i * 60
        where = ("https://example.com/pricing?utm_campaign=spring", "spring", "de") if i % 2 else \
            ("https://example.com/", "autumn", "en")
        events = [website("hi", t, *where), *asked_in("authority", WORDS, cid, t + 1)]
        if i % 3:
            events += [user("CEO", t + 20), answer("authority", "CEO", t + 20)]
        talks[cid] = events
    for i in range(5):
        talks[f"slack-{i}"] = [slack("hello", base + 3000 + i), *asked_in("authority", WORDS, f"slack-{i}", base + 3001 + i)]
    record(url, talks)
    engine = create_engine(url, future=True)
    with Session(engine) as session, session.begin():
        for i, minutes in enumerate((3, 12, 25, 50, 70, 200, 400, 900, 2000, 5000, 12000, 20, 8)):
            created = now - timedelta(days=2 + i % 5)
            session.add(Lead(id=f"lead_l{i:02d}", source="bot", conversation_id=f"web-{i}" if i < 10 else None,
                             attributes={}, qualification={}, stage="sql" if i % 2 else "mql", score=70,
                             status="claimed", created_at=created, updated_at=created))
            session.flush()
            session.add(StatusChange(lead_id=f"lead_l{i:02d}", field="owner", old=None, new="U0SALES",
                                     actor="slack:U0SALES", at=created + timedelta(minutes=minutes)))
    engine.dispose()
    env = service_env(url, endpoints={}, action_secret=secrets.token_hex(16), admin_key=secrets.token_hex(16),
                      playbook=webhook_playbook(folder / "playbook.yml"), LEADBOT_SECRET_KEY=secrets.token_hex(32))
    subprocess.run([PYTHON, "-m", "webhooks", "users", "create", MARKETER], cwd=REPO, env=env,
                   input=PASSWORD + "\n", text=True, check=True, capture_output=True)
    process, address = start_web(env, folder / "web.log", workers=1)
    try:
        yield address
    finally:
        stop(process)


def sign_in(page: Any, service: str, path: str = "/studio/funnel") -> None:
    page.goto(f"{service}{path}")
    page.get_by_label("Email").fill(MARKETER)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(re.compile(r"/studio/funnel"))


def overlapping(boxes: list[dict[str, float]]) -> list[tuple[int, int]]:
    return [(i, j) for i, a in enumerate(boxes) for j, b in enumerate(boxes) if i < j
            and a["x"] < b["x"] + b["width"] and b["x"] < a["x"] + a["width"]
            and a["y"] < b["y"] + b["height"] and b["y"] < a["y"] + a["height"]]


SIZES = {
    "desktop": {"viewport": {"width": 1280, "height": 860}, "locale": "en-GB", "timezone_id": "Europe/Berlin"},
    "phone": {**PHONE, "locale": "en-GB", "timezone_id": "Europe/Berlin"},
}


@pytest.fixture(params=list(SIZES))
def browser_context_args(request: pytest.FixtureRequest) -> dict[str, Any]:
    return SIZES[request.param]


def test_the_funnel_reads_at_desktop_and_phone_size(page: Any, service: str, screenshot: Any) -> None:
    sign_in(page, service)
    screenshot(page, "funnel")
    width = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert width <= 0, f"the page scrolls sideways by {width} px"

    # Every axis counts in whole numbers, and no two labels of a chart sit on each other.
    for chart in page.locator("svg.chart").all():
        ticks = [t.strip() for t in chart.locator("text.tick").all_text_contents()]
        numbers = [t for t in ticks if re.fullmatch(r"[\d.]+", t)]
        assert all(re.fullmatch(r"\d+", t) for t in numbers), ticks
        labels = [box for box in (t.bounding_box() for t in chart.locator("text.label, text.tick").all()) if box]
        assert not overlapping(labels), chart.get_attribute("aria-labelledby")
    claims = page.locator("svg[aria-labelledby='claim-svg-title'] text.label").all_text_contents()
    assert claims[0] == "< 15 min" and len(claims) == 10

    # The wording table scrolls inside its own box on a phone; its verdict and numbers are there.
    table = page.locator("table[data-question='authority']")
    assert table.locator("tbody tr").count() == 2
    assert page.get_by_role("button", name="Make this the only wording").first.is_visible() or \
        page.locator(".scroll").first.evaluate("e => e.scrollWidth > e.clientWidth")


def test_filters_work_from_the_keyboard_alone(page: Any, service: str, screenshot: Any) -> None:
    sign_in(page, service)
    started = page.locator("#funnel-totals tbody tr").first.locator("td").first.inner_text()
    assert started == "29"
    page.locator("body").focus()
    for _ in range(40):  # Tab until the source filter has the focus
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.name") == "channel":
            break
    else:
        pytest.fail("the source filter is not reachable with Tab")
    options = page.locator("select[name=channel] option").all_text_contents()
    assert options[0] == "Any" and set(options[1:]) == {"Website", "Slack"}
    page.keyboard.type("Slack")  # a closed select takes its option from what is typed
    if page.locator("select[name=channel]").input_value() != "slack":  # a phone opens its own picker instead
        page.locator("select[name=channel]").select_option(label="Slack")
    for _ in range(10):  # on to the Show button, and press it
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.textContent") == "Show":
            break
    else:
        pytest.fail("the Show button is not reachable with Tab")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"channel=slack"))
    screenshot(page, "slack-only")
    assert page.locator("#funnel-totals tbody tr").first.locator("td").first.inner_text() == "5"
    assert page.locator("select[name=channel]").input_value() == "slack"

    page.goto(f"{service}/studio/funnel?campaign=spring&language=de")
    assert page.locator("#funnel-totals tbody tr").first.locator("td").first.inner_text() == "12"
    pages = page.locator("select[name=page] option").all_text_contents()
    assert "https://example.com/pricing" in pages  # the page without its query string


def test_the_leads_pages_fit_a_phone_and_filter_from_the_keyboard(page: Any, service: str, screenshot: Any) -> None:
    sign_in(page, service)
    page.goto(f"{service}/studio/leads")
    screenshot(page, "leads")
    assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0
    assert page.locator("#lead-count").inner_text() == "13 leads"
    page.locator("body").focus()
    for _ in range(30):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.name") == "stage":
            break
    else:
        pytest.fail("the stage filter is not reachable with Tab")
    page.keyboard.type("SQL")
    if page.locator("select[name=stage]").input_value() != "sql":  # a phone opens its own picker instead
        page.locator("select[name=stage]").select_option("sql")
    for _ in range(20):  # past the other filters (a date field is three stops and a picker) to the button
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.textContent") == "Filter":
            break
    else:
        pytest.fail("the Filter button is not reachable with Tab")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"stage=sql"))
    assert page.locator("#lead-count").inner_text() == "6 leads"

    # One lead in full: where the visitor came from, and still no sideways scrolling.
    page.goto(f"{service}/studio/leads/lead_l01")
    screenshot(page, "lead")
    assert "https://example.com/pricing?utm_campaign=spring" in page.locator("#came-from").inner_text()
    assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0
