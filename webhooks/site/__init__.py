"""The demo website and the chat widget a company embeds: ``/``, ``/embed`` and the widget's files.

Wiring, in ``create_app``: ``site.init_app(app)``. The pages are the
playbook's company (name, services, pricing, privacy) so the site and the bot
never disagree; the widget under ``/site/`` is plain JavaScript with no build
step and a vendored socket.io client, served with CORS so that any other
website can load it with one script tag.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from flask import Blueprint, Flask, Response, current_app, render_template, request, url_for

from qualification import Playbook
from webhooks.settings import Settings

bp = Blueprint(
    "site", __name__, template_folder="templates", static_folder="static", static_url_path="/site",
)

def init_app(app: Flask) -> None:
    app.register_blueprint(bp)


def _playbook() -> Playbook:
    """The published playbook (the service keeps a provider that follows the studio's edits)."""
    source = current_app.extensions["leadbot.playbook"]
    return source.current() if hasattr(source, "current") else source


def _bot_url() -> str:
    settings: Settings = current_app.config["LEADBOT_SETTINGS"]
    return settings.bot_url.rstrip("/")


def _widget(company: str) -> dict[str, str]:
    """The snippet's attributes: the bot's socket URL and the company's name, nothing else.

    The title ("Talk to {company}"), subtitle, greeting and colour are the widget's own defaults, which it shows
    in the visitor's browser language (issue 14: a German visitor read an English header and greeting that
    the snippet had fixed). The launcher shows the name's first word, short enough for a phone.
    """
    return {
        "src": url_for("site.static", filename="widget.js", _external=True),
        "bot_url": _bot_url(),
        "company": company.split()[0],
    }


def _csp(bot_url: str) -> str:
    """Our own pages run no inline script and talk only to themselves and the bot."""
    parts = urlsplit(bot_url)
    socket = f"{'wss' if parts.scheme == 'https' else 'ws'}://{parts.netloc}"
    return (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        f"connect-src 'self' {bot_url} {socket}; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
    )


def _page(template: str) -> Response:
    playbook = _playbook()
    widget = _widget(playbook.company.name)
    response = Response(render_template(template, company=playbook.company, privacy=playbook.privacy,
                                        offers=playbook.content_offers, widget=widget))
    response.headers["Content-Security-Policy"] = _csp(widget["bot_url"])
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "strict-origin-when-cross-origin"
    return response


@bp.get("/")
def home() -> Response:
    return _page("site/home.html")


@bp.get("/embed")
def embed() -> Response:
    return _page("site/embed.html")


@bp.after_request
def _cross_origin_assets(response: Response) -> Response:
    """Other companies' sites load the widget's script, style and socket client from here."""
    if request.endpoint == "site.static":
        response.headers["Access-Control-Allow-Origin"] = "*"
        response.headers["Cross-Origin-Resource-Policy"] = "cross-origin"
        response.headers["X-Content-Type-Options"] = "nosniff"
    return response
