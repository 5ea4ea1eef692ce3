"""The widget in the visitor's language (issue 14): a browser in any of the seven languages on the demo site
reads the whole widget, header, greeting, labels and connection messages, in its language; a company's
own text in the snippet wins over the widget's, per language where it gives one.

The demo site is the service's own app, served in this process; its bot address answers nothing, so an
opened chat shows the widget's own "connecting" message, which a visitor reads in their language too.
"""

from __future__ import annotations

import http.server
import socket
import uuid
from dataclasses import dataclass
from typing import Any, Iterator

import pytest
from werkzeug.serving import make_server

from harness.fakes.server import serve_in_background, stop_at_once
from qualification import load_playbook
from webhooks import create_app

# What a visitor reads on the demo site, by browser locale: the snippet sets only the company's name.
BRAND = load_playbook(None).company.name.split()[0]
DEMO = {
    "de-DE": {"title": f"Chatten Sie mit {BRAND}", "subtitle": "Antwortet meist in Sekunden",
              "greeting": "Hallo! Wobei können wir Ihnen helfen?", "open": "Chat öffnen: ", "close": "Chat schließen",
              "message": "Ihre Nachricht", "send": "Senden", "connecting": "Verbindung zum Chat"},
    "it-IT": {"title": f"Parli con {BRAND}", "subtitle": "Di solito risponde in pochi secondi",
              "greeting": "Salve! Come possiamo aiutarLa?", "open": "Apri la chat: ", "close": "Chiudi la chat",
              "message": "Il suo messaggio", "send": "Invia", "connecting": "Connessione alla chat"},
    "fr-FR": {"title": f"Discutez avec {BRAND}", "subtitle": "Répond généralement en quelques secondes",
              "greeting": "Bonjour\u00a0! Comment pouvons-nous vous aider\u00a0?", "open": "Ouvrir le chat : ",
              "close": "Fermer le chat", "message": "Votre message", "send": "Envoyer", "connecting": "Connexion au chat"},
    "es-ES": {"title": f"Hable con {BRAND}", "subtitle": "Suele responder en segundos",
              "greeting": "¡Hola! ¿En qué podemos ayudarle?", "open": "Abrir el chat: ", "close": "Cerrar el chat",
              "message": "Su mensaje", "send": "Enviar", "connecting": "Conectando con el chat"},
    "nl-NL": {"title": f"Chat met {BRAND}", "subtitle": "Antwoordt meestal binnen enkele seconden",
              "greeting": "Hallo! Waarmee kunnen we u helpen?", "open": "Chat openen: ", "close": "Chat sluiten",
              "message": "Uw bericht", "send": "Verzenden", "connecting": "Verbinden met de chat"},
    "pt-PT": {"title": f"Converse com {BRAND}", "subtitle": "Costuma responder em segundos",
              "greeting": "Olá! Em que podemos ajudar?", "open": "Abrir o chat: ", "close": "Fechar o chat",
              "message": "A sua mensagem", "send": "Enviar", "connecting": "A ligar ao chat"},
    "en-US": {"title": f"Talk to {BRAND}", "subtitle": "Usually answers in seconds",
              "greeting": "Hello! How can we help you?", "open": "Open chat: ", "close": "Close chat",
              "message": "Your message", "send": "Send", "connecting": "Connecting to the chat"},
}
ENGLISH = DEMO["en-US"]
# Every text of the English widget on the demo site, as READ_WIDGET reads it ("Conversation", the log's name, is
# French too).
ENGLISH_WIDGET = {
    *ENGLISH.values(), ENGLISH["open"] + ENGLISH["title"], "The assistant is typing",
    "Type your message\u2026", "Connecting to the chat\u2026",
}

# The widget's parts and what it says, read as the visitor and their screen reader meet them.
READ_WIDGET = """() => {
  const root = document.querySelector('[data-leadbot]');
  const q = s => root.querySelector(s);
  const bubble = q('.lb-msg--bot .lb-bubble');
  return {
    lang: root.lang,
    launcher: q('.lb-launcher').textContent,
    open: q('.lb-launcher').getAttribute('aria-label'),
    dialog: q('.lb-panel').getAttribute('aria-label'),
    title: q('.lb-title').textContent,
    subtitle: q('.lb-subtitle') ? q('.lb-subtitle').textContent : null,
    greeting: bubble ? Array.from(bubble.childNodes)
      .filter(n => !(n.classList && n.classList.contains('lb-visually-hidden'))).map(n => n.textContent).join('') : null,
    close: q('.lb-close').getAttribute('aria-label'),
    log: q('.lb-log').getAttribute('aria-label'),
    typing: q('.lb-typing').getAttribute('aria-label'),
    message: q('label[for=lb-input]').textContent,
    placeholder: q('.lb-input').placeholder,
    send: q('.lb-send').getAttribute('aria-label'),
    status: q('.lb-status').hidden ? null : q('.lb-status').textContent,
  };
}"""


def browser_in(name: str) -> dict[str, Any]:
    return {"viewport": {"width": 1280, "height": 860}, "locale": name, "timezone_id": "Europe/Berlin"}


def locale(name: str) -> Any:
    return pytest.param(browser_in(name), id=name)


@pytest.fixture(scope="module")
def demo_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The demo site (``/``, ``/embed``, the widget's files) with a bot address where nothing listens."""
    with socket.socket() as unused:
        unused.bind(("127.0.0.1", 0))
        nobody = unused.getsockname()[1]
    database = tmp_path_factory.mktemp("site-languages") / "site.db"
    app = create_app({"database_url": f"sqlite:///{database}", "TESTING": True, "bot_url": f"http://127.0.0.1:{nobody}"})
    server = make_server("127.0.0.1", 0, app, threaded=True)
    serve_in_background(server)
    yield f"http://127.0.0.1:{server.server_port}"
    stop_at_once(server)


def read_widget(page: Any, opened: bool = True) -> dict[str, Any]:
    page.wait_for_selector("[data-leadbot] .lb-launcher")
    if opened:
        page.locator(".lb-launcher").click()
        page.wait_for_selector("[data-leadbot] .lb-status:not([hidden])")  # the bot's address answers nothing
    return page.evaluate(READ_WIDGET)


@pytest.mark.parametrize("browser_context_args", [locale(name) for name in DEMO])
def test_a_visitor_reads_the_demo_sites_whole_widget_in_their_browsers_language(
    page: Any, demo_site: str, browser_context_args: dict[str, Any], screenshot: Any
) -> None:
    expected = DEMO[browser_context_args["locale"]]
    page.goto(f"{demo_site}/")
    seen = read_widget(page)
    screenshot(page, "open")
    assert (seen["title"], seen["subtitle"], seen["greeting"]) == (
        expected["title"], expected["subtitle"], expected["greeting"]), seen
    assert seen["launcher"] == seen["dialog"] == expected["title"]
    assert seen["open"] == expected["open"] + expected["title"]
    assert (seen["close"], seen["message"], seen["send"]) == (expected["close"], expected["message"], expected["send"])
    assert seen["status"].startswith(expected["connecting"]), seen["status"]
    assert seen["lang"] == browser_context_args["locale"][:2]
    if expected is not ENGLISH:
        left = {key: text for key, text in seen.items() if text in ENGLISH_WIDGET}
        assert not left, f"English left in the widget: {left}"


OLD_SNIPPET = (
    'data-title="Talk to Acme" data-subtitle="We answer fast" '
    'data-greeting="Hello! What would you like to improve in your lead generation?"'
)
PER_LANGUAGE = (
    'data-company="Acme" data-greeting="Hi! Looking for more leads?" '
    'data-greeting-de="Hallo! Suchen Sie mehr Leads?" data-title-it="Acme risponde"'
)
NONE = 'data-company="Acme" data-subtitle="" data-greeting-de=""'


@dataclass
class CompanySite:
    address: str
    pages: dict[str, bytes]  # the page at /NAME is pages[NAME]


@pytest.fixture(scope="module")
def company_site() -> Iterator[CompanySite]:
    """Another company's site on this machine (another origin: chromium lets only a page served from loopback load
    the widget from loopback)."""
    pages: dict[str, bytes] = {}

    class Page(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server's name
            body = pages.get(self.path.lstrip("/"))
            self.send_response(200 if body else 404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write(body or b"")

        def log_message(self, *args: Any) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Page)
    serve_in_background(server)
    yield CompanySite(f"http://127.0.0.1:{server.server_address[1]}/", pages)
    stop_at_once(server)


def company_page(page: Any, demo_site: str, company_site: CompanySite, attributes: str) -> None:
    """Another company's page with the snippet and ``attributes``, loading the widget from the demo site."""
    name = uuid.uuid4().hex
    company_site.pages[name] = (
        "<!doctype html><html lang=en><head><meta charset=utf-8><title>Acme</title></head><body><h1>Acme</h1>"
        f'<script src="{demo_site}/site/widget.js" defer data-bot-url="http://127.0.0.1:9" {attributes}></script>'
        "</body></html>"
    ).encode()
    page.goto(company_site.address + name)


@pytest.mark.parametrize("browser_context_args", [locale("de-DE")])
def test_an_old_snippet_with_english_texts_shows_them_as_before_around_the_visitors_labels(
    page: Any, demo_site: str, company_site: CompanySite
) -> None:
    company_page(page, demo_site, company_site, OLD_SNIPPET)
    seen = read_widget(page)
    assert (seen["title"], seen["subtitle"], seen["greeting"]) == (
        "Talk to Acme", "We answer fast", "Hello! What would you like to improve in your lead generation?"), seen
    assert (seen["close"], seen["send"]) == (DEMO["de-DE"]["close"], DEMO["de-DE"]["send"])


@pytest.mark.parametrize("browser_context_args, title, greeting", [
    pytest.param(browser_in("de-DE"), "Chatten Sie mit Acme", "Hallo! Suchen Sie mehr Leads?", id="de-DE"),
    pytest.param(browser_in("it-IT"), "Acme risponde", "Hi! Looking for more leads?", id="it-IT"),
    pytest.param(browser_in("en-US"), "Talk to Acme", "Hi! Looking for more leads?", id="en-US"),
])
def test_a_companys_text_for_the_visitors_language_wins_then_its_text_for_all_then_the_widgets_own(
    page: Any, demo_site: str, company_site: CompanySite, title: str, greeting: str
) -> None:
    company_page(page, demo_site, company_site, PER_LANGUAGE)
    seen = read_widget(page, opened=False)
    assert (seen["title"], seen["greeting"]) == (title, greeting), seen


@pytest.mark.parametrize("browser_context_args, greeting", [
    pytest.param(browser_in("de-DE"), None, id="de-DE"),
    pytest.param(browser_in("nl-NL"), "Hallo! Waarmee kunnen we u helpen?", id="nl-NL"),
])
def test_a_text_set_empty_is_none_for_the_languages_it_covers(
    page: Any, demo_site: str, company_site: CompanySite, greeting: str | None
) -> None:
    company_page(page, demo_site, company_site, NONE)
    seen = read_widget(page, opened=False)
    assert seen["subtitle"] is None and seen["greeting"] == greeting, seen

