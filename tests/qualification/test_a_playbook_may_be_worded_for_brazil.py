"""A playbook's texts may have Brazilian Portuguese wordings ("pt-BR") beside the Portuguese ones: the schema takes
them where it takes "pt", a Brazilian visitor hears them, and what they leave out is the Portuguese text."""

from __future__ import annotations

from typing import Iterator

import pytest

from qualification import PlaybookError, parse_playbook, playbook_to_dict
from qualification.translation import in_region, leave_region, localized, missing_translations

BRAZIL = "pt-BR"


@pytest.fixture
def in_brazil() -> Iterator[None]:
    token = in_region(BRAZIL)
    yield
    leave_region(token)


def test_the_default_playbook_asks_a_brazilian_its_questions_in_brazils_words(playbook):
    brazilian, portuguese = localized(playbook, BRAZIL), localized(playbook, "pt")
    assert brazilian.question("company_size").wording != portuguese.question("company_size").wording
    assert any("equipe" in w for w in brazilian.question("company_size").wording)
    assert brazilian.privacy.text != portuguese.privacy.text
    assert brazilian.question("company").wording[0] == "Em que empresa você trabalha?"


def test_a_field_brazil_leaves_out_is_the_portuguese_text(playbook):
    brazilian, portuguese = localized(playbook, BRAZIL), localized(playbook, "pt")
    # The default playbook words this offer's title the same on both sides, so gives no pt-BR title.
    assert BRAZIL not in playbook.content_offers[0].translations
    assert brazilian.content_offers[0].title == portuguese.content_offers[0].title
    assert brazilian.company.services[0].name == portuguese.company.services[0].name


def test_a_brazilian_visitor_is_understood_in_either_portuguese_and_in_the_original(playbook):
    pricing = localized(playbook, BRAZIL).faq[0]
    assert "Quanto vocês cobram?" in pricing.questions  # Brazil's
    assert "Quais são os vossos preços?" in pricing.questions  # Portugal's
    assert "How much do you charge?" in pricing.questions


def test_portuguese_asked_for_inside_a_brazilian_conversation_is_brazils(playbook, in_brazil):
    assert localized(playbook, "pt") is localized(playbook, BRAZIL)
    assert localized(playbook, "de") is localized(playbook, "de-DE")  # other languages have no variant here
    assert localized(playbook, "pt-PT").question("company").wording[0] == "Em que empresa você trabalha?"


def test_outside_a_brazilian_conversation_portuguese_is_portugals(playbook):
    assert localized(playbook, "pt").question("company").wording[0] == "Em que empresa trabalha?"


def test_the_schema_takes_a_brazilian_text_where_it_takes_a_portuguese_one(playbook_data):
    playbook_data["questions"][0]["translations"]["pt-BR"] = {"wording": ["Como a gente pode ajudar você?"]}
    playbook_data["privacy"]["translations"]["pt-BR"] = {"text": "Usamos seus dados só para responder você."}
    parsed = parse_playbook(playbook_data)
    assert localized(parsed, BRAZIL).questions[0].wording == ("Como a gente pode ajudar você?",)
    assert parse_playbook(playbook_to_dict(parsed)) == parsed  # written back as read


@pytest.mark.parametrize("tag", ["pt-br", "pt_BR", "br", "es-MX"])
def test_a_variant_the_bot_does_not_speak_is_refused_and_the_right_one_suggested(playbook_data, tag):
    playbook_data["questions"][0]["translations"][tag] = {"wording": ["Como a gente pode ajudar você?"]}
    with pytest.raises(PlaybookError) as raised:
        parse_playbook(playbook_data)
    assert f"unknown language '{tag}'" in str(raised.value.errors)
    if tag in ("pt-br", "pt_BR"):
        assert "did you mean pt-BR?" in str(raised.value.errors)


def test_a_brazilian_text_is_checked_as_the_original_is(playbook_data):
    playbook_data["questions"][0]["translations"]["pt-BR"] = {"wording": ["  "]}
    with pytest.raises(PlaybookError) as raised:
        parse_playbook(playbook_data)
    assert "questions.0.translations.pt-BR.wording" in str(raised.value.errors)


def test_a_missing_brazilian_text_is_not_missing_while_the_portuguese_one_is_there(playbook, playbook_data):
    assert missing_translations(playbook, [BRAZIL]) == {BRAZIL: ()}
    del playbook_data["questions"][2]["translations"]["pt"]
    del playbook_data["questions"][2]["translations"]["pt-BR"]
    assert missing_translations(parse_playbook(playbook_data), [BRAZIL]) == {BRAZIL: ("questions.2.wording",)}
