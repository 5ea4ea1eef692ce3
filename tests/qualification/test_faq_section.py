"""The playbook's FAQ section and content offers by need: validated where a marketer can fix them."""

from __future__ import annotations

import pytest

from qualification import DEFAULT_PLAYBOOK, PlaybookError, load_playbook, parse_playbook, playbook_to_dict

PLAYBOOK = load_playbook(DEFAULT_PLAYBOOK)


def edited(**changes: object) -> dict:
    data = playbook_to_dict(PLAYBOOK)
    for path, value in changes.items():
        node = data
        *parents, last = path.split("__")
        for key in parents:
            node = node[int(key)] if key.isdigit() else node[key]
        node[int(last) if last.isdigit() else last] = value
    return data


def test_the_default_playbook_answers_pricing_services_process_bot_location_and_data() -> None:
    assert {"pricing", "services", "process", "bot", "location", "data"} <= {e.id for e in PLAYBOOK.faq}


def test_an_answer_quotes_the_playbooks_own_fields() -> None:
    pricing = next(e for e in PLAYBOOK.faq if e.id == "pricing")
    assert PLAYBOOK.faq_answer(pricing) == PLAYBOOK.company.pricing


def test_the_section_survives_a_round_trip() -> None:
    assert parse_playbook(playbook_to_dict(PLAYBOOK)).faq == PLAYBOOK.faq


@pytest.mark.parametrize(("changes", "path", "words"), [
    ({"faq__0__answer": "{company.price}"}, "faq.0.answer", "did you mean company.pricing"),
    ({"faq__0__answer": None}, "faq.0.answer", "give an answer"),
    ({"faq__0__questions": []}, "faq.0.questions", "at least one phrasing"),
    ({"faq__1__id": "pricing"}, "faq.1.id", "duplicate"),
    ({"faq__6__offer": "whitepaper_2"}, "faq.6.offer", "unknown content offer"),
    ({"content_offers__0__needs": ["Lead Gen"]}, "content_offers.0.needs.0", "lower-case"),
])
def test_a_mistake_is_reported_at_its_field(changes: dict, path: str, words: str) -> None:
    with pytest.raises(PlaybookError) as error:
        parse_playbook(edited(**changes))
    assert any(words in message for message in error.value.errors.get(path, [])), error.value.errors


def test_a_playbook_without_faq_is_still_valid() -> None:
    data = playbook_to_dict(PLAYBOOK)
    del data["faq"]
    assert parse_playbook(data).faq == ()


def test_offers_for_a_need_put_the_matching_ones_first() -> None:
    seo = PLAYBOOK.offers_for_need(("seo",))
    assert "seo" in seo[0].needs and len(seo) == len(PLAYBOOK.content_offers)
    crm = PLAYBOOK.offers_for_need(("crm",))
    assert "crm" in crm[0].needs
