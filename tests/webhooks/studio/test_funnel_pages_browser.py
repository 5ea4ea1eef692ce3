"""The funnel page in chromium at desktop and phone size: readable charts, no sideways scrolling, keyboard filters.

The service runs under gunicorn over a SQLite database seeded here: leads with
Slack claims, and conversations written by Rasa's own tracker store, from the
website (with the widget's page, UTM campaign and language) and from Slack,
some asked a question in two wordings. No bot is needed to read a funnel.
"""

from __future__ import annotations

import itertools
import math
import re
import secrets
import subprocess
from datetime import timedelta
from statistics import NormalDist
from typing import Any, Iterator

import pytest
from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from harness.services import PYTHON, REPO, service_env, start_web, stop, webhook_playbook
from qualification.wording import variant_index
from tests.browser import PHONE
from tests.webhooks.studio.pages import answer, ask, asked_in, record, user
from webhooks import migrate
from webhooks.models import Lead, StatusChange, utcnow

pytestmark = pytest.mark.slow

MARKETER = "layout@example.com"
PASSWORD = "a studio password for the layout"
# Where lead_l12 came from, as stored on it (it has no chat to read it from).
STORED = {"attribution": {"channel": "socketio", "page": "https://example.com/offer?utm_campaign=summer",
                          "referrer": "https://news.example/today", "utm": {"campaign": "summer", "source": "news"}},
          "language": "fr"}
WORDS = ("What's your role there, and who signs off on a project like this?",
         "What's your job title, and are you the one deciding on this?")
# An A/B test with a clear winner, 20 weeks ago (outside the default 12 weeks, so the other tests' counts stay):
# per wording of the timing question, conversations asked and how many answered.
TIMING = ("When would you like to get started?", "Is there a date you need this by?")
TIMING_PLAN = {0: (20, 17), 1: (20, 6)}


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
    earlier = (now - timedelta(weeks=20)).timestamp()
    for variant, (asked, answered) in TIMING_PLAN.items():
        for k, cid in enumerate(assigned("timing", variant, asked)):
            t = earlier + variant * 5000 + k * 60
            talks[cid] = [website("hi", t, "https://example.com/", "autumn", "en"), *asked_in("timing", TIMING, cid, t + 1)]
            if k < answered:
                talks[cid] += [user("in May", t + 30), answer("timing", "in May", t + 30)]
    live = (now - timedelta(minutes=2)).timestamp()  # still talking: in progress, not left
    talks["web-live"] = [website("hi", live, "https://example.com/", "autumn", "en"), ask("budget", live + 1)]
    record(url, talks)
    engine = create_engine(url, future=True)
    with Session(engine) as session, session.begin():
        for i, minutes in enumerate((3, 12, 25, 50, 70, 200, 400, 900, 2000, 5000, 12000, 20, 8)):
            created = now - timedelta(days=2 + i % 5)
            session.add(Lead(id=f"lead_l{i:02d}", source="bot", conversation_id=f"web-{i}" if i < 10 else None,
                             attributes={}, qualification={}, stage="sql" if i % 2 else "mql", score=70,
                             status="claimed", created_at=created, updated_at=created,
                             **(STORED if i == 12 else {})))
            session.flush()
            session.add(StatusChange(lead_id=f"lead_l{i:02d}", field="owner", old=None, new="U0SALES",
                                     actor="slack:U0SALES", at=created + timedelta(minutes=minutes)))
    engine.dispose()
    env = service_env(url, endpoints={}, action_secret=secrets.token_hex(16), admin_key=secrets.token_hex(16),
                      playbook=webhook_playbook(folder / "playbook.yml"), LEADBOT_SECRET_KEY=secrets.token_hex(32),
                      # Each test (at each size) signs in from 127.0.0.1: more than the 10 per 10 minutes one address
                      # gets. The limit itself is tests/webhooks/studio/test_auth.py's; here it only has to let them in.
                      LEADBOT_LIMIT_SIGNIN="60/10 minutes")
    subprocess.run([PYTHON, "-m", "webhooks", "users", "create", MARKETER], cwd=REPO, env=env,
                   input=PASSWORD + "\n", text=True, check=True, capture_output=True)
    process, address = start_web(env, folder / "web.log", workers=1)
    try:
        yield address
    finally:
        stop(process)


def assigned(slot: str, variant: int, count: int) -> list[str]:
    """``count`` conversation ids the bot assigns to wording ``variant`` of ``slot``'s two."""
    ids = (f"ab-{slot}-{n}" for n in itertools.count())
    return list(itertools.islice((cid for cid in ids if variant_index(cid, slot, 2) == variant), count))


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
        if not chart.is_visible():
            continue  # the weekly chart's drawing for the other screen size
        ticks = [t.strip() for t in chart.locator("text.tick").all_text_contents()]
        numbers = [t for t in ticks if re.fullmatch(r"[\d.]+", t)]
        assert all(re.fullmatch(r"\d+", t) for t in numbers), ticks
        labels = [box for box in (t.bounding_box() for t in chart.locator("text.label, text.tick").all()) if box]
        assert not overlapping(labels), chart.get_attribute("aria-labelledby")
    for chart in page.locator("figure.hbars").all():
        words = [box for box in (t.bounding_box() for t in chart.locator(".bar-label, .bar-value").all()) if box]
        assert len(words) == 2 * chart.locator("li").count() and not overlapping(words), chart.get_attribute("id")
    claims = page.locator("#claim-chart .bar-label").all_text_contents()
    assert claims[0] == "< 15 min" and len(claims) == 10

    # Chart text is as large on the screen as the page's small print, at either size: at least 11 px.
    sizes = page.evaluate("""() => {
        const seen = [];
        for (const el of document.querySelectorAll('svg.chart text, figure.hbars .bar-label, figure.hbars .bar-value')) {
            const box = el.getBoundingClientRect();
            if (!box.width) continue;  // not drawn at this size
            const svg = el.closest('svg');
            const scale = svg ? svg.getBoundingClientRect().width / svg.viewBox.baseVal.width : 1;
            seen.push([el.textContent.trim(), parseFloat(getComputedStyle(el).fontSize) * scale]);
        }
        return seen;
    }""")
    assert len(sizes) > 30
    small = [(text, round(px, 1)) for text, px in sizes if px < 11]
    assert not small, small

    # The wording table scrolls inside its own box on a phone; its verdict and numbers are there.
    table = page.locator("table[data-question='authority']")
    assert table.locator("tbody tr").count() == 2
    assert page.get_by_role("button", name="Make this the only wording").first.is_visible() or \
        page.locator(".scroll").first.evaluate("e => e.scrollWidth > e.clientWidth")


def test_filters_work_from_the_keyboard_alone(page: Any, service: str, screenshot: Any) -> None:
    sign_in(page, service)
    started = page.locator("#funnel-totals tbody tr").first.locator("td").first.inner_text()
    assert started == "30"
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


def test_in_progress_wording_and_where_a_lead_came_from_read_at_desktop_and_phone_size(
        page: Any, service: str, screenshot: Any) -> None:
    sign_in(page, service)
    # The conversation still talking is apart from those that left, at the question it is on.
    stops = {row.locator("th").text_content().strip(): [c.strip() for c in row.locator("td").all_text_contents()]
             for row in page.locator("#funnel-dropouts tbody tr").all()}
    assert stops["budget"][0] == "0" and stops["budget"][-1] == "1", stops
    assert "Draft leads:" in page.locator("#funnel-drafts").inner_text()

    # Each wording with its 95% interval; the winner made the only wording asks first, in words.
    table = page.locator("table[data-question='authority']")
    assert all(re.search(r"\(\d+–\d+%\)", row) for row in table.locator("tbody tr").all_text_contents())
    button = table.get_by_role("button", name="Make this the only wording").first
    button.scroll_into_view_if_needed()
    screenshot(page, "wording")
    box, width = button.bounding_box(), page.evaluate("window.innerWidth")
    assert box is not None and 0 <= box["x"] and box["x"] + box["width"] <= width  # in reach, nothing to scroll
    button.click()
    page.wait_for_selector("#confirm")
    screenshot(page, "only-wording-confirm")
    said = page.locator("#changes").inner_text()
    assert "→" in said and any(words in said for words in WORDS), said
    assert page.get_by_role("button", name=re.compile(r"^Publish version \d+$")).is_visible()
    assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0

    # A lead that stores where it came from shows it, and the funnel's filters count it by that.
    page.goto(f"{service}/studio/leads/lead_l12")
    came = page.locator("#came-from").inner_text()
    screenshot(page, "stored-attribution")
    for shown in ("https://example.com/offer?utm_campaign=summer", "https://news.example/today",
                  "campaign: summer", "source: news", "fr"):
        assert shown in came, (shown, came)
    assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0
    page.goto(f"{service}/studio/funnel?campaign=summer")
    totals = [c.strip() for c in page.locator("#funnel-totals tbody td:first-of-type").all_text_contents()]
    assert totals[:2] == ["0", "1"], totals  # no conversation began there, one lead says it did


def test_the_significance_sentence_of_an_ab_test_reads_at_desktop_and_phone_size(
        page: Any, service: str, screenshot: Any) -> None:
    """17 of 20 against 6 of 20 answered: the page says in a sentence, above the numbers, which wording gets
    answered more often, with both rates and the p-value worked out here (pooled two-proportion z-test)."""
    (n1, a1), (n2, a2) = TIMING_PLAN[0], TIMING_PLAN[1]
    pooled = (a1 + a2) / (n1 + n2)
    z = (a1 / n1 - a2 / n2) / math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
    p = 2 * (1 - NormalDist().cdf(abs(z)))
    assert p < 0.05
    expected = (f"“{TIMING[0]}” gets an answer more often than “{TIMING[1]}”: "
                f"{a1 / n1 * 100:.0f}% against {a2 / n2 * 100:.0f}% (95% confidence, p = {p:.3f}).")

    sign_in(page, service, "/studio/funnel?weeks=26")
    test = page.locator("article.wording-test", has=page.locator("#wording-timing"))
    verdict = test.locator("p.verdict")
    verdict.scroll_into_view_if_needed()
    screenshot(page, "significance-sentence")
    assert verdict.all_inner_texts() == [expected]  # booked calls: none either way, so no second sentence
    assert verdict.is_visible()
    box, width = verdict.bounding_box(), page.evaluate("window.innerWidth")
    assert box is not None and 0 <= box["x"] and box["x"] + box["width"] <= width  # read without scrolling sideways
    # The authority question's two wordings are close: no sentence there, and the page says so.
    authority = page.locator("article.wording-test", has=page.locator("#wording-authority"))
    assert authority.locator("p.verdict").count() == 0
    assert "No wording is better than the others at 95% confidence yet." in authority.inner_text()


# Each size publishes a different wording, so the two runs do not depend on each other's order.
ONLY = {"desktop": 0, "phone": 1}


def test_each_wordings_numbers_read_and_make_this_the_only_wording_publishes_it_at_desktop_and_phone_size(
        page: Any, service: str, screenshot: Any) -> None:
    """The timing question's A/B test, worked out here from the seed: each wording asked 20 times, answered 17 and 6
    times 29 s after it was asked, the rest left there 20 weeks ago (none skipped, none still going, no call booked).
    Its button stores a draft with that wording alone, says what changes, and publishing it puts it in the editor."""
    sign_in(page, service, "/studio/funnel?weeks=26")
    width = page.evaluate("window.innerWidth")
    index = ONLY["phone" if width <= 390 else "desktop"]
    table = page.locator("#wording-timing")
    for variant, (asked, answered) in TIMING_PLAN.items():
        row = table.locator("tbody tr", has_text=TIMING[variant])
        cells = {cell.get_attribute("data-label"): cell.inner_text().strip() for cell in row.locator("td[data-label]").all()}
        assert cells["Asked"] == str(asked) and cells["Answered"] == str(answered), cells
        assert (cells["Skipped"], cells["Left"], cells["In progress"]) == ("0", str(asked - answered), "0"), cells
        assert cells["Median time to answer"] == "29 s", cells
        assert cells["Answer rate (95% range)"].startswith(f"{answered / asked * 100:.0f}%"), cells
        assert cells["Booked a call (95% range)"].startswith("0%"), cells
    button = table.locator("tbody tr", has_text=TIMING[index]).get_by_role("button", name="Make this the only wording")
    button.scroll_into_view_if_needed()
    box = button.bounding_box()
    assert box is not None and 0 <= box["x"] and box["x"] + box["width"] <= width  # in reach without scrolling sideways
    screenshot(page, "only-wording-button")
    button.click()
    page.wait_for_selector("#confirm")
    said = page.locator("#changes").inner_text()
    assert "(timing)'s wording: " in said and f'→ "{TIMING[index]}"' in said, said
    assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0
    page.get_by_role("button", name=re.compile(r"^Publish version \d+$")).click()
    page.wait_for_selector(".flash-success")
    screenshot(page, "only-wording-published")
    page.goto(f"{service}/studio/playbook")
    timing = page.locator("#part-questions .orderable-list > fieldset").filter(
        has=page.locator(".row-title", has_text=re.compile("^timing$")))
    assert timing.locator("textarea[name$='.wording']").input_value().strip() == TIMING[index]
