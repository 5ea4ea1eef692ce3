"""A question's "why we ask", edited in the studio's question editor, is what the bot answers to "why do you ask?"
once published, without retraining (issue 14): the page's own form, the service's API, the bot's playbook source.

A marketer's German translation of it is said to German visitors; a visitor of a language it is not translated
into hears the bot's own reason in their language. A reason too long, or a translation of it too long, is refused
next to its input and nothing is stored.
"""

from __future__ import annotations

import re
from typing import Any, Iterator

import pytest
from werkzeug.serving import make_server

from bot.actions.language import speaking
from bot.actions.phrasebook import phrases
from bot.actions.phrasing import REASONS, why_we_ask
from bot.actions.playbook_source import PlaybookSource
from bot.actions.questionnaire import question_for
from harness.fakes.server import serve_in_background, stop_at_once
from harness.studio_forms import Studio, form_fields
from qualification.playbook_file import read_yaml
from qualification.schema import MAX_WHY
from tests.webhooks.conftest import ACTION_SECRET
from tests.webhooks.studio.test_editor import confirmed
from tests.webhooks.studio.test_editor_sections import errors_inside, nothing_was_stored, page_form, save, versions

WHY = "We only suggest programmes that fit what you can spend, so nobody's time is wasted."
WHY_DE = "Wir schlagen nur Programme vor, die zu Ihrem Budget passen, damit niemand Zeit verliert."


def budget_row(fields: dict[str, Any]) -> str:
    """The input prefix of the budget question (``questions.6``), found as the page shows it."""
    return next(name.rsplit(".", 1)[0] for name, value in fields.items()
                if re.fullmatch(r"questions\.\d+\.attribute", name) and value == "budget")


@pytest.fixture
def bot_source(app: Any, playbook_path: Any) -> Iterator[PlaybookSource]:
    """The bot's playbook source asking this service over HTTP, as the action server does."""
    server = make_server("127.0.0.1", 0, app, threaded=True)
    serve_in_background(server)
    source = PlaybookSource(playbook_path, service_url=f"http://127.0.0.1:{server.server_port}", secret=ACTION_SECRET,
                            interval=60)
    try:
        yield source
    finally:
        source.stop()
        stop_at_once(server)


def bot_says_why(source: PlaybookSource, lang: str) -> str:
    """What the bot answers to "why do you ask?" at the budget question, in ``lang``."""
    with speaking(lang):
        question = question_for(source.current(), "budget")
        assert question is not None
        return why_we_ask("budget", required=question.required, reason=question.why)


def test_a_reason_edited_in_the_question_editor_is_what_the_bot_says_once_published(
    app: Any, signed_in: Any, bot_source: PlaybookSource
) -> None:
    assert bot_says_why(bot_source, "en").startswith(REASONS["budget"])  # nothing of its own yet: the default
    fields = page_form(signed_in)
    row = budget_row(fields)
    assert fields[f"{row}.why"] == ""  # the editor shows the input, blank
    fields[f"{row}.why"] = f"  {WHY}\n"
    assert confirmed(signed_in, save(signed_in, fields, "publish")).status_code == 303
    stored = [q for q in read_yaml(versions(app)[-1].text)["questions"] if q["attribute"] == "budget"][0]
    assert stored["why"] == WHY  # on one line, trimmed
    bot_source.refresh()
    assert bot_says_why(bot_source, "en").startswith(WHY)
    # Not translated into German: a German visitor hears the bot's own reason, in German.
    assert bot_says_why(bot_source, "de").startswith(phrases()[REASONS["budget"]]["de"])

    # Its German translation, on the translations page, reaches German visitors.
    page = signed_in.get("/studio/playbook/translations?lang=de").text
    translation = form_fields(page, "translations-form")
    index = row.split(".")[1]
    assert f"t.questions.{index}.why" in translation
    translation[f"t.questions.{index}.why"] = WHY_DE
    response = signed_in.post("/studio/playbook/translations", data={**translation, "action": "publish"})
    assert confirmed(signed_in, response).status_code == 303
    bot_source.refresh()
    assert bot_says_why(bot_source, "de").startswith(WHY_DE)
    assert bot_says_why(bot_source, "en").startswith(WHY)

    # Blanked again: the key goes, and the default reason is back.
    fields = page_form(signed_in)
    fields[f"{row}.why"] = ""
    assert confirmed(signed_in, save(signed_in, fields, "publish")).status_code == 303
    assert "why" not in [q for q in read_yaml(versions(app)[-1].text)["questions"] if q["attribute"] == "budget"][0]
    bot_source.refresh()
    assert bot_says_why(bot_source, "en").startswith(REASONS["budget"])


@pytest.mark.parametrize("typed", ["x" * (MAX_WHY + 1), "Because " + "we really need to know. " * 20])
def test_a_reason_too_long_is_refused_next_to_its_input_and_nothing_is_stored(refusing: Studio, typed: str) -> None:
    fields = refusing.form()
    row = budget_row(fields)
    fields[f"{row}.why"] = typed
    for action in ("save", "publish"):
        response = save(refusing.client, fields, action)
        assert response.status_code == 422, response.text
        shown = errors_inside(response.text, row.replace(".", "-"))
        assert any(path == f"{row}.why" and f"at most {MAX_WHY} characters" in text and "'Why we ask'" in text
                   for path, text in shown), shown
        assert typed in response.text  # what was typed is shown back
    assert nothing_was_stored(refusing.app)


def test_a_translated_reason_too_long_is_refused_on_the_translations_page(refusing: Studio) -> None:
    row = budget_row(refusing.form())
    page = refusing.client.get("/studio/playbook/translations?lang=fr").text
    translation = form_fields(page, "translations-form")
    index = row.split(".")[1]
    translation[f"t.questions.{index}.why"] = "Parce que " * 40
    response = refusing.client.post("/studio/playbook/translations", data={**translation, "action": "save"})
    assert response.status_code == 422
    assert f"at most {MAX_WHY} characters" in response.text
    assert nothing_was_stored(refusing.app)
