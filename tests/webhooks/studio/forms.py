"""Reading the studio's HTML forms the way a browser submits them, for Flask test-client tests."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import Any

from webhooks.studio.auth import create_user

PASSWORD = "correct horse battery staple"


class _Form(HTMLParser):
    def __init__(self, form_id: str | None) -> None:
        super().__init__(convert_charrefs=True)
        self.form_id = form_id
        self.inside = False
        self.fields: dict[str, Any] = {}
        self._textarea: str | None = None
        self._select: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: (v if v is not None else "") for k, v in attrs}
        if tag == "form" and (self.form_id is None or a.get("id") == self.form_id):
            self.inside = True
        if not self.inside:
            return
        name = a.get("name")
        if tag == "input" and name:
            if a.get("type") == "checkbox":
                if "checked" in a:
                    self.fields[name] = a.get("value") or "on"
            elif a.get("type") not in ("submit", "button"):
                self.fields[name] = a.get("value", "")
        elif tag == "textarea" and name:
            self._textarea = name
            self.fields[name] = ""
        elif tag == "select" and name:
            self._select = name
        elif tag == "option" and self._select and "selected" in a:
            self.fields[self._select] = a.get("value", "")

    def handle_endtag(self, tag: str) -> None:
        if tag == "form" and self.inside:
            self.inside = False
        elif tag == "textarea":
            self._textarea = None
        elif tag == "select":
            self._select = None

    def handle_data(self, data: str) -> None:
        if self._textarea:
            self.fields[self._textarea] += data


def form_fields(html: str, form_id: str | None = None) -> dict[str, Any]:
    """The fields a browser would submit from the form (first form when no id), unescaped."""
    parser = _Form(form_id)
    parser.feed(html)
    # A browser drops the newline right after <textarea>.
    return {k: v[1:] if isinstance(v, str) and v.startswith("\n") and k in _textareas(html) else v
            for k, v in parser.fields.items()}


def _textareas(html: str) -> set[str]:
    return set(re.findall(r'<textarea[^>]*name="([^"]+)"', html))


def csrf_token(html: str) -> str:
    match = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert match, "the page has no CSRF field"
    return match.group(1)


def add_user(app: Any, email: str, password: str = PASSWORD) -> str:
    create_user(app.extensions["leadbot.db"][1], email, password)
    return email


def sign_in(client: Any, email: str, password: str = PASSWORD) -> Any:
    page = client.get("/studio/login")
    return client.post("/studio/login", data={"email": email, "password": password, "csrf_token": csrf_token(page.text)})
