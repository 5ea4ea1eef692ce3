"""The action server's playbook is localised once per playbook version and language, and a new version is heard at once.

Every action call asks ``PlaybookSource.current()`` for the playbook in the conversation's language, several times a
turn (issue 18: the bot's turn costs less CPU). ``qualification.translation.localized`` keeps what it made on the
playbook it made it from, by language (the regional variant, pt-BR, apart from pt): the same playbook in the same
language is translated once however often it is asked for, and a new version, a new playbook, is translated afresh
on its first call, so a marketer's edit is never hidden behind what an older version said.
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any, Iterator

import pytest

from bot.actions.language import speaking
from bot.actions.playbook_source import PlaybookSource
from qualification import DEFAULT_PLAYBOOK, translation
from qualification.playbook_file import read_yaml
from webhooks.playbooks.text import dump_yaml

# (language of the conversation, regional variant): the seven languages and Brazilian Portuguese beside European.
LANGUAGES = [("en", None), ("de", None), ("fr", None), ("es", None), ("it", None), ("pt", None), ("pt", "pt-BR"),
             ("nl", None)]
CALLS = 25  # about the calls of a few turns


def fresh_text(marker: str | None = None) -> str:
    """The default playbook's text, unique to this test: a playbook parsed (and localised) nowhere else yet."""
    return DEFAULT_PLAYBOOK.read_text(encoding="utf-8") + f"\n# {marker or uuid.uuid4().hex}\n"


@pytest.fixture
def playbook_file(tmp_path: Path) -> Path:
    path = tmp_path / "playbook.yml"
    path.write_text(fresh_text(), encoding="utf-8")
    return path


@pytest.fixture
def localizations(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The type of every part translated (``translation._localize``), in order."""
    made: list[str] = []
    inner = translation._localize

    def counting(item: Any, language: str, **extra: Any) -> Any:
        made.append(type(item).__name__)
        return inner(item, language, **extra)

    monkeypatch.setattr(translation, "_localize", counting)
    yield made


def first_wording(source: PlaybookSource, lang: str, variant: str | None = None) -> str:
    with speaking(lang, variant):
        return source.current().questions[0].wording[0]


@pytest.mark.parametrize(("lang", "variant"), LANGUAGES)
def test_a_conversation_asking_for_the_playbook_many_times_has_it_translated_once(
    playbook_file: Path, localizations: list[str], lang: str, variant: str | None
) -> None:
    source = PlaybookSource(playbook_file)
    with speaking(lang, variant):
        first = source.current()
        once = len(localizations)
        later = [source.current() for _ in range(CALLS)]
    assert all(p is first for p in later), "the same playbook in the same language is the one made the first time"
    assert len(localizations) == once, f"{len(localizations) - once} parts translated again after the first call"
    assert (once > 0) == (lang != "en"), f"{once} parts translated for {lang}: the playbook's own language needs none"


def test_conversations_in_every_language_by_turns_keep_each_translation(
    playbook_file: Path, localizations: list[str]
) -> None:
    source = PlaybookSource(playbook_file)
    made = {(lang, variant): first_wording(source, lang, variant) for lang, variant in LANGUAGES}
    after_one_round = len(localizations)
    for _ in range(3):
        for (lang, variant), wording in made.items():
            assert first_wording(source, lang, variant) == wording, (lang, variant)
    assert len(localizations) == after_one_round, "a language asked after another is not translated again"
    # Near miss: a variant is a translation of its own, not the language's kept one (pt-BR is not pt).
    assert made[("pt", "pt-BR")] != made[("pt", None)]
    assert len(set(made.values())) == len(made)


def edited(text: str, lang: str, wording: str) -> dict[str, Any]:
    data = read_yaml(text)
    question = data["questions"][0]
    if lang == "en":
        question["wording"] = [wording]
    else:
        question.setdefault("translations", {}).setdefault(lang, {})["wording"] = [wording]
    return data


@pytest.mark.parametrize(("lang", "variant"), LANGUAGES)
def test_a_new_playbook_file_is_heard_in_the_visitors_language_on_the_next_call(
    playbook_file: Path, lang: str, variant: str | None
) -> None:
    source = PlaybookSource(playbook_file)
    before = first_wording(source, lang, variant)
    wording = f"New wording {uuid.uuid4().hex[:8]}?"
    playbook_file.write_text(dump_yaml(edited(playbook_file.read_text(encoding="utf-8"), variant or lang, wording)),
                             encoding="utf-8")
    assert first_wording(source, lang, variant) == wording != before
    # Near miss: a conversation in another language keeps its own wording (the edit was in this one only).
    other = "de" if lang != "de" else "fr"
    assert first_wording(source, other) != wording


class _Response:
    def __init__(self, status: int, body: dict[str, Any] | None = None, etag: str | None = None) -> None:
        self.status_code, self._body, self.headers = status, body, {"ETag": etag} if etag else {}

    def json(self) -> Any:
        return self._body


class _Service:
    """The lead service's playbook endpoint: the published version, 304 while the ETag is unchanged."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.version, self.data = 1, data

    def publish(self, data: dict[str, Any]) -> None:
        self.version, self.data = self.version + 1, data

    def get(self, url: str, headers: dict[str, str], timeout: float) -> _Response:
        etag = f'"v{self.version}"'
        if headers.get("If-None-Match") == etag:
            return _Response(304)
        return _Response(200, {"version": self.version, "playbook": self.data}, etag)


@pytest.mark.parametrize(("lang", "variant"), LANGUAGES)
def test_a_new_published_version_is_heard_in_the_visitors_language_at_the_next_refresh(
    playbook_file: Path, lang: str, variant: str | None
) -> None:
    text = playbook_file.read_text(encoding="utf-8")
    service = _Service(edited(text, variant or lang, "Version one?"))
    source = PlaybookSource(playbook_file, service_url="http://lead-service.invalid", secret="s", session=service)  # type: ignore[arg-type]
    source._poller = object()  # type: ignore[assignment]  # no background thread: the test refreshes
    assert source.refresh()
    assert first_wording(source, lang, variant) == "Version one?"
    assert not source.refresh(), "an unchanged version is a 304"
    assert first_wording(source, lang, variant) == "Version one?"
    service.publish(edited(text, variant or lang, "Version two?"))
    assert source.refresh()
    assert first_wording(source, lang, variant) == "Version two?"
