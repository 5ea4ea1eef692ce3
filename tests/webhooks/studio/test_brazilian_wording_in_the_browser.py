"""Brazilian Portuguese wording in the studio, in chromium at desktop and phone size, against the service under
gunicorn.

A marketer opens the Portuguese translations, follows the tab to Brazilian Portuguese, reads under an empty box the
Portuguese name Brazilian visitors hear now, types Brazil's own with the keyboard alone, publishes after reading the
changes, and ``GET /api/v1/playbook`` serves it beside Portugal's, untouched. The page never scrolls sideways.
Screenshots: ``var/screenshots/test_brazilian_wording_in_the_browser.*``.
"""

from __future__ import annotations

import re
import time
from pathlib import Path
from typing import Any, Callable, Iterator

import pytest

from harness.services import stop
from tests.browser import PHONE
from tests.webhooks.studio.served import published, served_everywhere, sign_in, start

pytestmark = pytest.mark.slow

MARKETER = "brazil@example.com"
PASSWORD = "a studio password for brazilian wording"
SIZES = {"desktop": {"viewport": {"width": 1280, "height": 900}}, "phone": dict(PHONE)}
NAMES = {"desktop": "Anúncios pagos em buscadores e redes sociais", "phone": "Anúncios em buscadores e redes sociais"}


@pytest.fixture(params=list(SIZES))
def browser_context_args(request: pytest.FixtureRequest) -> dict[str, Any]:
    return SIZES[request.param]


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("brazil")


@pytest.fixture(scope="module")
def service(workdir: Path) -> Iterator[dict[str, str]]:
    process, info = start(workdir, marketer=MARKETER, password=PASSWORD)
    try:
        yield info
    finally:
        stop(process)


def test_a_marketer_reads_what_brazil_hears_and_publishes_brazils_own_name_for_a_service(
    page: Any, service: dict[str, str], screenshot: Callable[[Any, str], Path], browser_context_args: dict[str, Any]
) -> None:
    size = "phone" if browser_context_args == SIZES["phone"] else "desktop"
    name = NAMES[size]
    before = published(service)["playbook"]
    paid_ads = next(i for i, s in enumerate(before["company"]["services"]) if s["id"] == "paid_ads")
    portugal = before["company"]["services"][paid_ads]["translations"]["pt"]
    sign_in(page, service, MARKETER, PASSWORD)
    page.goto(f"{service['url']}/studio/playbook/translations?lang=pt")
    page.get_by_role("link", name=re.compile(r"^Brazilian Portuguese")).click()
    page.wait_for_url(re.compile(r"/studio/playbook/translations\?lang=pt-BR$"))
    screenshot(page, f"brazil-{size}")
    assert "variant of Portuguese" in page.locator("#variant-hint").inner_text()
    row = page.locator(f"#row-company-services-{paid_ads}-name")
    box = row.get_by_role("textbox")
    heard = row.locator(".inherited")
    if box.input_value():
        # The other size published Brazil's name first: Portugal's is still shown, as what it is.
        assert heard.inner_text().startswith("Portuguese:"), heard.inner_text()
    else:
        assert heard.inner_text() == f"Heard now, in Portuguese: {portugal['name']}"
    assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0

    box.focus()  # then the keyboard alone
    page.keyboard.press("Control+A")
    page.keyboard.type(name)
    page.get_by_role("button", name="Save and publish…").click()
    page.wait_for_selector("#confirm")
    screenshot(page, f"confirm-{size}")
    page.get_by_role("button", name=re.compile(r"^Publish version \d+$")).click()
    page.wait_for_selector(".flash-success")
    live = served_everywhere(
        service, lambda p: p["company"]["services"][paid_ads]["translations"].get("pt-BR", {}).get("name") == name,
        time.monotonic(), "Brazil's published name served by every worker")["company"]["services"][paid_ads]
    assert live["translations"]["pt"] == portugal
    page.goto(f"{service['url']}/studio/playbook/translations?lang=pt-BR")
    assert page.locator(f"#row-company-services-{paid_ads}-name").get_by_role("textbox").input_value() == name
