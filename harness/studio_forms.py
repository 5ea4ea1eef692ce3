"""Reading the studio's HTML forms the way a browser submits them, for Flask test-client tests."""

from __future__ import annotations

import html
import re
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Iterator, Mapping

from webhooks.studio.auth import create_user

PASSWORD = "correct horse battery staple"


# The page read as a browser reads it, with regular expressions rather than html.parser: the studio's pages are
# large (the whole playbook's form) and html.parser, in pure Python, was a tenth of tests/webhooks/studio's time.
# What a browser ignores (comments, scripts' and styles' text) is removed first, so a tag in it counts for nothing.
_IGNORED = re.compile(r"<!--.*?-->|<(script|style)\b.*?</\1\s*>", re.DOTALL | re.IGNORECASE)
# Only the tags that make a form's fields; a textarea's text is everything up to its end, as a browser reads it.
# A tag's attributes: text and quoted values up to the ">" outside quotes, written as runs between quoted values
# (the same matches as one character or one quoted value at a time, which took the regular expression engine
# twice as long on the playbook form's 6,000 tags).
_ATTRIBUTES = r"""([^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*)"""
_TAG = re.compile(r"<(/?)(form|input|textarea|select|option)(?=[\s/>])" + _ATTRIBUTES + ">", re.IGNORECASE)
_ATTRIBUTE = re.compile(r"""([^\s/>=][^\s/>=]*)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]*))?""")


def _attributes(text: str) -> dict[str, str]:
    """A tag's attributes, names lower-cased and values unescaped; one without a value is ``""``; the last of a
    name written twice wins (as html.parser's pairs made into a dict)."""
    found: dict[str, str] = {}
    for name, value in _ATTRIBUTE.findall(text):
        if value[:1] in ("'", '"'):
            value = value[1:-1]
        found[name.lower()] = html.unescape(value)
    return found


def form_fields(html_text: str, form_id: str | None = None) -> dict[str, Any]:
    """The fields a browser would submit from the form with ``form_id`` (every form's when no id), unescaped."""
    page = _IGNORED.sub("", html_text)
    fields: dict[str, Any] = {}
    inside = False
    textarea: str | None = None
    select: str | None = None
    after = 0
    for tag in _TAG.finditer(page):
        if textarea is not None:
            fields[textarea] += html.unescape(page[after:tag.start()])
        after = tag.end()
        closing, name = tag.group(1) == "/", tag.group(2).lower()
        if closing:
            if name == "form":
                inside = False
            elif name == "textarea":
                textarea = None
            elif name == "select":
                select = None
            continue
        if name != "form" and not inside:
            continue
        a = _attributes(tag.group(3))
        if name == "form" and (form_id is None or a.get("id") == form_id):
            inside = True
        if not inside:
            continue
        field = a.get("name")
        if name == "input" and field:
            if a.get("type") == "checkbox":
                if "checked" in a:
                    fields[field] = a.get("value") or "on"
            elif a.get("type") not in ("submit", "button"):
                fields[field] = a.get("value", "")
        elif name == "textarea" and field:
            textarea = field
            fields[field] = ""
        elif name == "select" and field:
            select = field
        elif name == "option" and select and "selected" in a:
            fields[select] = a.get("value", "")
    # A browser drops the newline right after <textarea>.
    return {k: v[1:] if isinstance(v, str) and v.startswith("\n") and k in _textareas(page) else v
            for k, v in fields.items()}


def _textareas(page: str) -> set[str]:
    return set(re.findall(r'<textarea[^>]*name="([^"]+)"', page))


# Elements that have no end tag (HTML's void elements): they hold nothing, so they are nobody's ancestor.
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"})
_ANY_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)" + _ATTRIBUTES + ">")
_MARKUP = re.compile(r"<[^>]*>")


def field_errors(html_text: str) -> list[tuple[tuple[str, ...], str, str]]:
    """Each ``<p class="field-error">`` of a page: the ids of the elements it sits in (outermost first, its own
    last), its ``data-path``, and its text as a reader sees it (entities unescaped, spaces collapsed).

    Read with regular expressions like ``form_fields``: html.parser took 0.1-0.2 s CPU a page for the playbook
    form's 300 KB, more than the request that rendered it. A tag's attributes are read only where they count (a
    ``<p>``'s class, and the ids of an error's ancestors, when the error is met): the page has ~6,000 tags and
    reading each one's took three quarters of the time.
    """
    page = _IGNORED.sub("", html_text)
    open_elements: list[tuple[str, str]] = []  # (tag, its attributes' text) from the outermost
    found: list[tuple[tuple[str, ...], str, str]] = []
    error: tuple[int, str] | None = None  # where the open error's text starts, and its path
    for tag in _ANY_TAG.finditer(page):
        closing, name, rest = tag.groups()
        name = name.lower()
        if name in _VOID:
            continue
        if closing:
            if name == "p" and error is not None:
                text = html.unescape(_MARKUP.sub("", page[error[0]:tag.start()]))
                ids = (_attributes(attributes).get("id", "") for _, attributes in open_elements)
                found.append((tuple(i for i in ids if i), error[1], " ".join(text.split())))
                error = None
            # The end tag closes its element and any left open inside it, as a browser does; a stray one, nothing.
            if open_elements and open_elements[-1][0] == name:
                open_elements.pop()
                continue
            for depth in range(len(open_elements) - 1, -1, -1):
                if open_elements[depth][0] == name:
                    del open_elements[depth:]
                    break
            continue
        if rest.endswith("/") or (rest[-1:].isspace() and rest.rstrip().endswith("/")):  # <x/>: opened and closed
            continue
        open_elements.append((name, rest))
        if name == "p":
            a = _attributes(rest)
            if "field-error" in a.get("class", "").split():
                error = (tag.end(), a.get("data-path", ""))
    return found


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


@dataclass(frozen=True)
class Studio:
    """One app with a signed-in marketer, for tests that share it because none of them changes anything."""

    app: Any
    client: Any  # signed in
    loaded: dict[str, Any]  # the playbook form as first loaded (version 1, published on that first visit)

    def form(self) -> dict[str, Any]:
        """The playbook form as loaded, to change: the page shows the same after a refused save."""
        return dict(self.loaded)


@contextmanager
def signed_in_studio(config: Mapping[str, Any], email: str) -> Iterator[Studio]:
    """A new app made from ``config``, ``email`` added and signed in, its playbook form loaded once."""
    from webhooks import create_app

    app = create_app(config)
    try:
        client = app.test_client()
        response = sign_in(client, add_user(app, email))
        assert response.status_code == 302, response.text
        yield Studio(app, client, form_fields(client.get("/studio/playbook?open=all").text, "playbook-form"))
    finally:
        app.extensions["leadbot.db"][0].dispose()
