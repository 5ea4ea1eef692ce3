"""A question's own answer to "why do you ask?" (``why``): optional, translatable like the wording, bounded, and in
the visitor's language or not at all (issue 14: the bot's default reason is said in every language)."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from qualification import DEFAULT_PLAYBOOK, PlaybookError, parse_playbook, playbook_to_dict
from qualification.playbook_file import read_yaml
from qualification.schema import MAX_WHY
from qualification.translation import localized, missing_translations

OTHERS = ("de", "fr", "es", "pt", "it", "nl")
# One reason per language, as a marketer would write them for the budget question.
WHY = {
    "en": "We only propose work that fits what you can spend.",
    "de": "Wir schlagen nur Arbeit vor, die zu Ihrem Budget passt.",
    "fr": "Nous ne proposons que ce qui correspond à votre budget.",
    "es": "Solo proponemos trabajos que encajan con su presupuesto.",
    "pt": "Só propomos trabalho que cabe no seu orçamento.",
    "it": "Proponiamo solo lavori adatti al vostro budget.",
    "nl": "We stellen alleen werk voor dat past bij uw budget.",
}


def raw() -> dict[str, Any]:
    return copy.deepcopy(_RAW)


_RAW = read_yaml(DEFAULT_PLAYBOOK.read_text(encoding="utf-8"))


def budget_index(data: dict[str, Any]) -> int:
    return next(i for i, q in enumerate(data["questions"]) if q["attribute"] == "budget")


def with_why(why: Any, translations: dict[str, Any] | None = None) -> tuple[dict[str, Any], int]:
    data = raw()
    i = budget_index(data)
    data["questions"][i]["why"] = why
    for lang, text in (translations or {}).items():
        data["questions"][i].setdefault("translations", {}).setdefault(lang, {})["why"] = text
    return data, i


def refused(data: dict[str, Any]) -> dict[str, list[str]]:
    with pytest.raises(PlaybookError) as caught:
        parse_playbook(data)
    return caught.value.errors


def test_a_question_without_a_reason_of_its_own_has_none_and_is_written_as_before() -> None:
    playbook = parse_playbook(raw())
    assert all(q.why is None for q in playbook.questions)
    assert all("why" not in q for q in playbook_to_dict(playbook)["questions"])


def test_a_question_s_reason_is_read_and_written_back() -> None:
    data, i = with_why(WHY["en"], {lang: WHY[lang] for lang in OTHERS})
    playbook = parse_playbook(data)
    assert playbook.questions[i].why == WHY["en"]
    assert parse_playbook(playbook_to_dict(playbook)) == playbook
    assert playbook_to_dict(playbook)["questions"][i]["translations"]["de"]["why"] == WHY["de"]


@pytest.mark.parametrize("lang", OTHERS)
def test_a_visitor_of_a_translated_language_hears_the_reason_in_their_language(lang: str) -> None:
    data, i = with_why(WHY["en"], {other: WHY[other] for other in OTHERS})
    assert localized(parse_playbook(data), lang).questions[i].why == WHY[lang]


@pytest.mark.parametrize("lang", OTHERS)
def test_a_reason_not_translated_into_the_visitor_s_language_gives_way_to_the_bot_s_own(lang: str) -> None:
    # Translated into every other language but this one: the visitor hears the default reason in their language
    # (None here), never the English one, while the wording still falls back as before.
    data, i = with_why(WHY["en"], {other: WHY[other] for other in OTHERS if other != lang})
    question = localized(parse_playbook(data), lang).questions[i]
    assert question.why is None
    assert question.wording  # the wording is unaffected


def test_the_playbook_s_own_language_hears_the_reason_as_written() -> None:
    data, i = with_why(WHY["en"])
    assert localized(parse_playbook(data), "en").questions[i].why == WHY["en"]


def test_an_untranslated_reason_is_listed_as_missing_and_a_translated_one_is_not() -> None:
    data, i = with_why(WHY["en"], {"de": WHY["de"]})
    missing = missing_translations(parse_playbook(data))
    assert f"questions.{i}.why" not in missing["de"]
    assert all(f"questions.{i}.why" in missing[lang] for lang in OTHERS if lang != "de")
    assert not any(path.endswith(".why") for path in missing_translations(parse_playbook(raw()))["fr"])


@pytest.mark.parametrize("why, message", [
    ("", "must not be blank"),
    ("   \n ", "must not be blank"),
    ("x" * (MAX_WHY + 1), f"at most {MAX_WHY} characters"),
    (42, "Not a valid string"),
    (["a", "list"], "Not a valid string"),
])
def test_a_blank_overlong_or_non_text_reason_is_refused_at_its_path(why: Any, message: str) -> None:
    data, i = with_why(why)
    errors = refused(data)
    assert any(message in m for m in errors[f"questions.{i}.why"]), errors


@pytest.mark.parametrize("lang", OTHERS)
def test_a_bad_translation_of_the_reason_is_refused_at_its_language(lang: str) -> None:
    data, i = with_why(WHY["en"], {lang: "y" * (MAX_WHY + 1)})
    assert any(f"at most {MAX_WHY}" in m for m in refused(data)[f"questions.{i}.translations.{lang}.why"])


def test_a_reason_of_exactly_the_limit_is_kept() -> None:
    data, i = with_why("z" * MAX_WHY)
    assert parse_playbook(data).questions[i].why == "z" * MAX_WHY
