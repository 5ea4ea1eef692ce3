"""A visitor using the chat widget in a real page: what they click and type, and what they read.

Reads the page as the visitor sees it (the DOM), never the widget's storage,
and answers the playbook's questions by recognising their wording
(``harness/script.py``).
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from typing import Any, Mapping

from harness.script import asked_slot
from qualification import Playbook

# What each message row shows: who said it, its visible text (without the screen-reader prefix), its buttons.
READ_LOG = """() => Array.from(document.querySelectorAll('.lb-log .lb-msg')).map(row => ({
  from: row.dataset.from,
  text: Array.from((row.querySelector('.lb-bubble') || {childNodes: []}).childNodes)
          .filter(n => !(n.classList && n.classList.contains('lb-visually-hidden')))
          .map(n => n.textContent).join(''),
  buttons: Array.from(row.querySelectorAll('.lb-choice')).map(b => b.textContent),
}))"""


@dataclass
class Line:
    said_by: str
    text: str
    buttons: list[str]


class Chat:
    """The widget on ``page``; ``say`` and ``click`` wait for the bot's answer like a person would."""

    # A reply that neither asks the next question nor offers choices is whole once the bot has been silent this long.
    # 4 s was outrun at load 19 on two cores: the greeting of a first "hi" came, and the question (the action
    # server's part of the same turn) more than 4 s later, so the test read the greeting alone as the answer.
    QUIET_MS = 8000

    def __init__(self, page: Any, playbook: Playbook | None = None, quiet_ms: int = QUIET_MS, timeout: float = 60.0,
                 touch: bool = False) -> None:
        self.page = page
        self.touch = touch  # tap instead of click (a context with has_touch)
        self.playbook = playbook
        self.quiet_ms = quiet_ms
        self.timeout = timeout

    @classmethod
    def reopened(cls, context: Any, url: str, playbook: Playbook | None = None) -> "Chat":
        """The same visitor back later, in a new tab of the same browser: the widget opens where they left."""
        page = context.new_page()
        page.goto(url)
        chat = cls(page, playbook)
        chat.panel.wait_for(state="visible")
        chat.wait_connected()
        return chat

    def complete(self, reply: str) -> bool:
        """The answer is whole when it asks the next question or offers choices; else only silence tells."""
        if "[" in reply and reply.rstrip().endswith("]"):
            return True
        return self.playbook is not None and asked_slot(reply, self.playbook) is not None

    # the widget's parts, found the way assistive technology finds them
    @property
    def launcher(self) -> Any:
        return self.page.get_by_role("button", name=re.compile(r"^Open chat"))

    @property
    def panel(self) -> Any:
        return self.page.get_by_role("dialog")

    @property
    def input(self) -> Any:
        return self.page.get_by_label("Your message")

    @property
    def status(self) -> Any:
        return self.page.locator(".lb-status")

    def press(self, target: Any) -> None:
        target.tap() if self.touch else target.click()

    def started(self) -> None:
        """Wait until the widget has started: its socket client loaded, which is when it reopens a chat the visitor
        left open (``start()`` in widget.js: the client's onload sets ``__leadbotIo``, then opens, in one task)."""
        self.page.wait_for_function("() => window.__leadbotIo !== undefined")

    def open(self) -> None:
        """Open the chat with the launcher, unless the widget already reopened it (a visitor back in the same
        browser finds it open where they left): the launcher toggles, and a click then would close the chat."""
        self.started()
        if self.launcher.get_attribute("aria-expanded") != "true":
            self.press(self.launcher)
        self.panel.wait_for(state="visible")
        self.wait_connected()

    def wait_connected(self, timeout: float = 60.0) -> None:
        self.page.wait_for_selector("[data-leadbot][data-connection=online]", timeout=timeout * 1000)

    def log(self) -> list[Line]:
        return [Line(row["from"], row["text"], row["buttons"]) for row in self.page.evaluate(READ_LOG)]

    def bot_lines_after_last_visitor_line(self) -> list[Line]:
        lines = self.log()
        last_user = max((i for i, line in enumerate(lines) if line.said_by == "user"), default=-1)
        return [line for line in lines[last_user + 1:] if line.said_by == "bot"]

    def reply_text(self) -> str:
        """The bot's answer to the last message, as text with button titles in [brackets] (like ``Visitor.say``)."""
        out = []
        for line in self.bot_lines_after_last_visitor_line():
            if line.text:
                out.append(line.text)
            out.extend(f"[{b}]" for b in line.buttons)
        return "\n".join(out)

    def wait_for_reply(self, before: int) -> str:
        """Wait until the bot answered (more rows than ``before``): a question or choices, or a silence."""
        deadline = time.monotonic() + self.timeout
        count, settled_at = -1, time.monotonic()
        while time.monotonic() < deadline:
            rows = self.page.locator(".lb-log .lb-msg").count()
            if rows != count:
                count, settled_at = rows, time.monotonic()
            if rows > before and self.log()[-1].said_by == "bot":
                quiet = (time.monotonic() - settled_at) * 1000
                if (quiet >= 300 and self.complete(self.reply_text())) or quiet >= self.quiet_ms:
                    return self.reply_text()
            self.page.wait_for_timeout(100)
        raise AssertionError(f"the bot did not answer within {self.timeout:.0f}s:\n{self.transcript()}")

    def rows(self) -> int:
        return int(self.page.locator(".lb-log .lb-msg").count())

    def say(self, text: str, keyboard: bool = True) -> str:
        before = self.rows()
        self.input.fill(text)
        if keyboard:
            self.input.press("Enter")
        else:
            self.press(self.page.get_by_role("button", name="Send"))
        return self.wait_for_reply(before + 1)

    def click(self, title: str | re.Pattern[str]) -> str:
        before = self.rows()
        self.press(self.page.locator(".lb-log .lb-choice:not([disabled])").filter(has_text=title).last)
        return self.wait_for_reply(before + 1)

    def answer(self, answers: Mapping[str, str], opening: str = "hi", limit: int = 25) -> str:
        """Open with ``opening`` and answer each question the playbook recognises until the bot stops asking."""
        playbook = self.playbook
        assert playbook is not None, "Chat(page, playbook) to answer its questions"
        reply = self.say(opening)
        for _ in range(limit):
            slot = asked_slot(reply, playbook)
            if slot is None:
                return reply
            reply = self.say(answers.get(slot, "skip"))
        raise AssertionError(f"the bot kept asking:\n{self.transcript()}")

    def transcript(self) -> str:
        return "\n".join(f"{'>' if line.said_by == 'user' else ' '} {line.text} {line.buttons or ''}" for line in self.log())
