"""Translations in the playbook: optional, checked like the originals, and a missing one falls back."""

from __future__ import annotations

from typing import Any

import pytest

from qualification import PlaybookError, parse_playbook, playbook_to_dict
from qualification.playbook import LANGUAGES
from qualification.translation import localized, missing_translations, supported, untranslated_questions


def _data(playbook: Any) -> dict[str, Any]:
    return playbook_to_dict(playbook)


def _without_translations(data: Any) -> Any:
    if isinstance(data, dict):
        return {k: _without_translations(v) for k, v in data.items() if k != "translations"}
    if isinstance(data, list):
        return [_without_translations(v) for v in data]
    return data


def test_the_default_playbook_is_translated_into_every_language_the_bot_speaks(playbook):
    assert playbook.language == "en"
    assert missing_translations(playbook) == {lang: () for lang in LANGUAGES if lang != "en"}


def test_a_playbook_without_translations_stays_valid_and_reads_the_same_in_every_language(playbook):
    plain = parse_playbook(_without_translations(_data(playbook)))
    assert plain.question("budget").translations == {}
    for lang in LANGUAGES:
        assert localized(plain, lang).question("budget").wording == plain.question("budget").wording
    assert "translations" not in playbook_to_dict(plain)["questions"][0]


def test_a_missing_translation_is_reported_by_its_path_and_falls_back_to_the_default_language(playbook):
    data = _data(playbook)
    del data["questions"][2]["translations"]["es"]
    del data["privacy"]["translations"]["es"]
    data["questions"][0]["translations"]["es"] = {"wording": ["¿Qué necesita?"]}
    changed = parse_playbook(data)
    assert missing_translations(changed, ["es", "de"]) == {"es": ("privacy.text", "questions.2.wording"), "de": ()}
    assert untranslated_questions(changed, "es") == ("role",)
    spanish = localized(changed, "es")
    assert spanish.question("role").wording == playbook.question("role").wording
    assert spanish.privacy.text == playbook.privacy.text
    assert spanish.question("need").wording == ("¿Qué necesita?",)


def test_localized_texts_replace_the_originals_and_faq_phrasings_are_added(playbook):
    german = localized(playbook, "de-AT")
    assert german.question("timing").wording[0] == "Wann möchten Sie starten?"
    assert german.company.pricing.startswith("Monatliche Programme")
    assert german.company.services[0].name == "Leadgenerierungs-Programme"
    assert german.content_offers[2].title == "Fallstudien von Kunden wie Ihnen"
    assert german.scheduling.meeting_title.startswith("Kennenlerngespräch")
    pricing = german.faq[0]
    assert "Was kostet das?" in pricing.questions and "How much do you charge?" in pricing.questions
    assert german.faq_answer(pricing) == german.company.pricing
    # Everything that is not a text stays as it was.
    assert [q.id for q in german.questions] == [q.id for q in playbook.questions]
    assert german.icp == playbook.icp and german.routing == playbook.routing
    assert localized(playbook, "de") is german  # computed once
    assert localized(playbook, "ja") is playbook and localized(playbook, None) is playbook


def test_translations_round_trip_through_plain_data(playbook):
    assert parse_playbook(_data(playbook)) == playbook


@pytest.mark.parametrize("tag, code", [("de-DE", "de"), ("PT_br", "pt"), ("nl", "nl"), ("en-US", "en"),
                                       ("ja-JP", None), ("", None), (None, None), (42, None)])
def test_a_language_tag_names_a_language_the_bot_speaks_or_none(tag, code):
    assert supported(tag) == code


@pytest.mark.parametrize("where, value, path", [
    (("questions", 0), {"xx": {"wording": ["?"]}}, "questions.0.translations.xx"),
    (("questions", 0), {"de": {"wording": []}}, "questions.0.translations.de.wording"),
    (("questions", 0), {"de": {"wording": ["  "]}}, "questions.0.translations.de.wording.0"),
    (("questions", 0), {"de": {"wordings": ["Was?"]}}, "questions.0.translations.de.wordings"),
    (("questions", 0), {"de": "Was?"}, "questions.0.translations.de"),
    (("questions", 0), ["de"], "questions.0.translations"),
    (("faq", 1), {"fr": {"answer": "{company.nom}"}}, "faq.1.translations.fr.answer"),
    (("privacy",), {"es": {"text": ""}}, "privacy.translations.es.text"),
])
def test_a_broken_translation_names_its_field(playbook, where, value, path):
    data = _data(playbook)
    part = data
    for key in where:
        part = part[key]
    part["translations"] = value
    with pytest.raises(PlaybookError) as caught:
        parse_playbook(data)
    assert path in caught.value.errors


def test_the_playbook_language_is_one_the_bot_speaks(playbook):
    data = _data(playbook)
    data["language"] = "klingon"
    with pytest.raises(PlaybookError) as caught:
        parse_playbook(data)
    assert "language" in caught.value.errors


def test_a_translation_into_the_playbooks_own_language_is_refused(playbook):
    data = _data(playbook)
    data["questions"][1]["translations"]["en"] = {"wording": ["Who do you work for?"]}
    data["company"]["services"][0]["translations"]["en"] = {"name": "Leads"}
    with pytest.raises(PlaybookError) as caught:
        parse_playbook(data)
    assert {"questions.1.translations.en", "company.services.0.translations.en"} <= set(caught.value.errors)
