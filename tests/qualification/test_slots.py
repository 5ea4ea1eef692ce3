"""The form's slots: one per attribute in the playbook's order, consent just before the first contact detail."""

from __future__ import annotations

from dataclasses import replace

from qualification.slots import CONSENT, REQUESTED_SLOT, slot_order


def test_consent_is_asked_just_before_the_first_contact_detail(playbook):
    order = slot_order(playbook.questions)
    assert order[-3:] == [CONSENT, "name", "email"]
    assert order.index(CONSENT) == order.index("name") - 1


def test_a_question_is_named_after_the_attribute_it_fills(playbook):
    order = slot_order(playbook.questions)
    assert "authority" in order and "role" not in order


def test_two_questions_for_one_attribute_make_one_slot(playbook):
    need = next(q for q in playbook.questions if q.attribute == "need")
    order = slot_order([need, replace(need, id="need_again")])
    assert order == ["need", CONSENT]


def test_without_a_contact_question_consent_comes_last(playbook):
    order = slot_order([q for q in playbook.questions if q.attribute not in ("name", "email")])
    assert order[-1] == CONSENT and order.count(CONSENT) == 1


def test_the_requested_slot_is_named_as_rasas_forms_name_it():
    from rasa_sdk.forms import REQUESTED_SLOT as RASAS

    assert REQUESTED_SLOT == RASAS
