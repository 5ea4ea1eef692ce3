"""Translations side by side in chromium, at desktop and phone size, against the service under gunicorn.

A marketer opens the editor, follows the flag of a question without a French
wording to the translations page, reads the English next to the empty box,
types the French variants with the keyboard alone, publishes after reading
the changes, and ``GET /api/v1/playbook`` serves the translation. The page
never scrolls sideways. Screenshots: ``var/screenshots/test_translations_browser.*``.
"""

from __future__ import annotations

import copy
import re
import time
from pathlib import Path
from typing import Any, Callable, Iterator

import pytest
from sqlalchemy.orm import Session

from harness.services import stop
from tests.browser import PHONE
from tests.webhooks.studio.served import published, served_everywhere, sign_in, start
from webhooks.database import make_engine
from webhooks.playbooks.store import PUBLISHED_HEAD, PlaybookStore
from webhooks.playbooks.text import dump_yaml

pytestmark = pytest.mark.slow

MARKETER = "translations@example.com"
PASSWORD = "a studio password for translations"
SIZES = {"desktop": {"viewport": {"width": 1280, "height": 900}}, "phone": dict(PHONE)}


@pytest.fixture(params=list(SIZES))
def browser_context_args(request: pytest.FixtureRequest) -> dict[str, Any]:
    return SIZES[request.param]


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("translations")


@pytest.fixture(scope="module")
def service(workdir: Path) -> Iterator[dict[str, str]]:
    """One service for both sizes: each test begins by publishing, as a colleague, the playbook it needs (the
    published one less the budget question's French), so the size before leaves nothing it would find."""
    process, info = start(workdir, marketer=MARKETER, password=PASSWORD)
    try:
        yield info
    finally:
        stop(process)


def without_french_budget(service: dict[str, str], workdir: Path) -> int:
    """Publish the playbook with the budget question's French wording taken out (as another marketer did)."""
    data = copy.deepcopy(published(service)["playbook"])
    budget = next(i for i, q in enumerate(data["questions"]) if q["id"] == "budget")
    data["questions"][budget]["translations"].pop("fr")
    # The product's engine (BEGIN IMMEDIATE, busy timeout), as the studio of another instance would write.
    engine = make_engine(f"sqlite:///{workdir / 'leadbot.db'}")
    try:
        with Session(engine) as session, session.begin():
            store = PlaybookStore(workdir / "playbook.yml")
            store.ensure_seeded(session)
            row = store.save(session, dump_yaml(data), based_on=store.latest(session).version, author="colleague",
                             publish=True)
            version = row.version
        deadline = time.monotonic() + 20
        while (served := published(service)["version"]) != version and time.monotonic() < deadline:
            time.sleep(0.2)  # each worker re-reads the published version once a second
        if served != version:  # say what the database holds and what the service logged, to tell why
            with Session(engine) as session:
                head = session.execute(PUBLISHED_HEAD).first()
            pytest.fail(f"the API serves version {served}, the database's published head is {head}; "
                        f"service log: {Path(service['log']).read_text(errors='replace')[-3000:]}")
    finally:
        engine.dispose()
    # One worker serving it is not all: the other may serve the version before for up to a second more.
    served_everywhere(service, lambda p: "fr" not in p["questions"][budget]["translations"], time.monotonic(),
                      "the colleague's version served by every worker")
    return budget


def test_a_question_flagged_untranslated_is_translated_side_by_side_and_published(
    page: Any, service: dict[str, str], workdir: Path, screenshot: Callable[[Any, str], Path]
) -> None:
    budget = without_french_budget(service, workdir)
    english = published(service)["playbook"]["questions"][budget]["wording"]
    sign_in(page, service, MARKETER, PASSWORD)
    flag = page.locator("#untranslated")
    assert "FR budget" in " ".join(flag.inner_text().split())
    flag.get_by_role("link", name="FR").click()
    page.wait_for_url(re.compile(r"/studio/playbook/translations\?lang=fr$"))
    screenshot(page, "flagged")
    assert "Questions without a French wording: budget" in page.locator("#untranslated").inner_text()
    row = page.locator(f"#row-questions-{budget}-wording")
    assert row.locator(".badge.missing").inner_text().lower() == "needs a translation"
    assert [line.strip() for line in row.locator("td.original .line").all_inner_texts()] == english
    assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0

    box = row.get_by_role("textbox")
    box.focus()  # then the keyboard alone
    page.keyboard.type("Quel budget prévoyez-vous ?")
    page.keyboard.press("Enter")
    page.keyboard.type("Quel est votre budget pour ce projet ?")
    page.get_by_role("button", name="Save and publish…").click()
    page.wait_for_selector("#confirm")
    said = page.locator("#changes").inner_text()
    screenshot(page, "confirm")
    assert "(budget)'s French wording: (none) → \"Quel budget prévoyez-vous ? / Quel est votre budget pour ce projet ?\"" \
        in said
    page.get_by_role("button", name=re.compile(r"^Publish version \d+$")).click()
    page.wait_for_selector(".flash-success")
    live = served_everywhere(service, lambda p: "fr" in p["questions"][budget]["translations"], time.monotonic(),
                             "the published translation served by every worker")["questions"][budget]
    assert live["translations"]["fr"]["wording"] == ["Quel budget prévoyez-vous ?", "Quel est votre budget pour ce projet ?"]
    assert live["wording"] == english
    page.goto(f"{service['url']}/studio/playbook/translations?lang=fr")
    assert "Every question has a French wording." in page.locator("#untranslated").inner_text()
