"""The demo site's pages and the widget's files as HTTP answers (the browser tests drive them for real)."""

from __future__ import annotations

import html
import json
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
import yaml
from flask import Flask

from qualification import DEFAULT_PLAYBOOK, load_playbook
from qualification.playbook_file import read_yaml
from webhooks import create_app

STATIC = Path(__file__).resolve().parents[3] / "webhooks" / "site" / "static"


@pytest.fixture
def app(tmp_path: Path) -> Flask:
    return create_app({"database_url": f"sqlite:///{tmp_path / 'site.db'}", "TESTING": True,
                       "bot_url": "https://bot.example.com:8443"})


class Scripts(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.scripts: list[dict[str, Any]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "script":
            self.scripts.append(dict(attrs))


def widget_tag(html: str) -> dict[str, Any]:
    parser = Scripts()
    parser.feed(html)
    assert len(parser.scripts) == 1, "one script on the page: the widget"
    return parser.scripts[0]


def test_the_landing_page_is_the_playbooks_company_with_the_widget(app: Flask) -> None:
    response = app.test_client().get("/")
    assert response.status_code == 200 and response.mimetype == "text/html"
    html = response.get_data(as_text=True)
    company = load_playbook(None).company
    assert company.name in html
    assert all(service.name in html for service in company.services)
    for section in ("services", "approach", "contact"):
        assert f'id="{section}"' in html
    tag = widget_tag(html)
    assert tag["src"] == "http://localhost/site/widget.js"
    assert tag["data-bot-url"] == "https://bot.example.com:8443", "the widget talks to LEADBOT_BOT_URL"
    assert tag["data-company"] == company.name.split()[0], "the widget's title names the company"


def test_the_landing_page_quotes_the_playbooks_prices_as_amounts_never_as_placeholders(tmp_path: Path) -> None:
    """A marketer who writes the pricing text with ``{price.NAME}`` (the studio's Prices editor) sees the
    amounts on the demo site, in the playbook's default currency, as the bot says them."""
    playbook = read_yaml(DEFAULT_PLAYBOOK.read_text(encoding="utf-8"))
    playbook["company"]["pricing"] = "Retainers from {price.retainer} a month."
    playbook["company"]["prices"] = {"retainer": {"USD": 4200, "EUR": 3900}}
    playbook["company"].pop("translations", None)
    path = tmp_path / "playbook.yml"
    path.write_text(yaml.safe_dump(playbook, sort_keys=False), encoding="utf-8")
    app = create_app({"database_url": f"sqlite:///{tmp_path / 'site.db'}", "TESTING": True, "playbook_path": str(path)})
    page = app.test_client().get("/").get_data(as_text=True)
    assert "Retainers from 4,200 USD a month." in page
    assert "{price." not in page


def test_the_demo_snippet_sets_only_the_company_so_the_widget_speaks_the_visitors_language(app: Flask) -> None:
    """Issue 14: the snippet's English title, subtitle and greeting were shown to German, Italian and Dutch
    visitors; without them the widget shows its own, in the browser's language (test_widget_languages reads them)."""
    tag = widget_tag(app.test_client().get("/").get_data(as_text=True))
    assert set(tag) == {"src", "defer", "data-bot-url", "data-company"}, tag


def test_our_pages_allow_no_inline_script_and_only_the_bot_as_a_connection(app: Flask) -> None:
    csp = app.test_client().get("/").headers["Content-Security-Policy"]
    assert "script-src 'self';" in csp and "unsafe-inline" not in csp
    assert "connect-src 'self' https://bot.example.com:8443 wss://bot.example.com:8443;" in csp
    assert not re.search(r"<script>|on(click|load|error)=", app.test_client().get("/").get_data(as_text=True))


def test_the_embed_page_shows_the_very_tag_the_demo_site_uses(app: Flask) -> None:
    client = app.test_client()
    embed = client.get("/embed").get_data(as_text=True)
    shown = re.search(r'<pre class="snippet" id="snippet"><code>(.*?)</code></pre>', embed, re.S)
    assert shown, "the snippet is on the page"
    snippet = html.unescape(shown.group(1))
    assert widget_tag(snippet) == widget_tag(client.get("/").get_data(as_text=True))
    assert "data-bot-url" in embed and "data-color" in embed, "the settings are documented"


def test_the_embed_page_tells_a_marketer_how_to_give_their_text_per_language(app: Flask) -> None:
    embed = app.test_client().get("/embed").get_data(as_text=True)
    for setting in ("data-company", "data-title", "data-subtitle", "data-greeting"):
        assert f"<code>{setting}</code>" in embed, setting
    assert "data-greeting-de" in embed and "<code>data-title-de</code>" in embed
    for language in ("English", "German", "French", "Spanish", "Italian", "Dutch", "Portuguese"):
        assert language in embed, language


WORDS = re.compile(r"var WORDS = (\{.*?\n  \});", re.S)


def widget_words() -> dict[str, dict[str, str]]:
    """The widget's own texts by language, read from widget.js (a JavaScript object of plain strings)."""
    source = WORDS.search((STATIC / "widget.js").read_text(encoding="utf-8"))
    assert source, "widget.js keeps its words in one WORDS table"
    return json.loads(re.sub(r"([{,]\s*)([A-Za-z]+):", r'\1"\2":', source.group(1)))


def test_the_widget_has_every_one_of_its_texts_in_the_seven_languages() -> None:
    words = widget_words()
    assert set(words) == {"en", "de", "fr", "es", "it", "nl", "pt"}
    for language, texts in words.items():
        assert texts.keys() == words["en"].keys(), f"{language} lacks {words['en'].keys() - texts.keys()}"
        assert all(text.strip() for text in texts.values()), language
        assert "{company}" in texts["titleOf"], language
        if language != "en":
            same = {key for key in ("title", "titleOf", "subtitle", "greeting", "lost", "placeholder", "close")
                    if texts[key] == words["en"][key]}
            assert not same, f"{language} says these in English: {same}"


@pytest.mark.parametrize("path, kind", [
    ("/site/widget.js", "text/javascript"), ("/site/widget.css", "text/css"),
    ("/site/vendor/socket.io.min.js", "text/javascript"),
])
def test_the_widget_files_may_be_loaded_by_any_site(app: Flask, path: str, kind: str) -> None:
    response = app.test_client().get(path, headers={"Origin": "https://customer.example"})
    assert response.status_code == 200 and response.mimetype == kind
    assert response.headers["Access-Control-Allow-Origin"] == "*"
    assert response.headers["Cross-Origin-Resource-Policy"] == "cross-origin"


def test_pages_do_not_carry_the_cross_origin_header(app: Flask) -> None:
    assert "Access-Control-Allow-Origin" not in app.test_client().get("/").headers


def test_a_missing_widget_file_is_a_plain_404(app: Flask) -> None:
    response = app.test_client().get("/site/../settings.py")
    assert response.status_code == 404
    assert app.test_client().get("/site/nope.js").status_code == 404


def test_the_socket_client_is_vendored_with_its_licence() -> None:
    head = (STATIC / "vendor" / "socket.io.min.js").read_text()[:200]
    assert re.search(r"Socket\.IO v4\.\d+\.\d+", head), "socket.io-client 4.x speaks Engine.IO 4 / Socket.IO 5"
    assert "MIT" in (STATIC / "vendor" / "socket.io-client.LICENSE").read_text()


def test_the_widget_never_writes_html() -> None:
    """What the bot and the visitor say reaches the page through textContent only."""
    source = (STATIC / "widget.js").read_text()
    assert not re.search(r"innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(|new Function", source)
