"""The form's slots in asking order: the one definition the bot's form and the studio's funnel share.

A form slot is named after the contract attribute its question fills (so the
``role`` question is asked as ``authority``); ``consent`` is the one extra slot,
asked just before the first contact detail, because the privacy notice must be
accepted before an address is taken.
"""

from __future__ import annotations

from typing import Iterable

from .playbook import Question

CONSENT = "consent"
CONTACT = ("email", "name")
# The slot in which Rasa's forms keep the slot being asked (rasa_sdk.forms.REQUESTED_SLOT, which the bot
# uses): named here too for the studio, which reads it from the tracker's events without importing
# rasa_sdk (and through it Sanic). tests/qualification/test_slots.py holds the two equal.
REQUESTED_SLOT = "requested_slot"


def slot_order(questions: Iterable[Question]) -> list[str]:
    """One slot per attribute (its first question wins), ``consent`` before the first contact detail.

    With no contact question among ``questions``, ``consent`` comes last: a
    visitor who volunteered an address is asked before the lead is stored.
    """
    order: list[str] = []
    for question in questions:
        if question.attribute not in order:
            order.append(question.attribute)
    contact = next((i for i, slot in enumerate(order) if slot in CONTACT), len(order))
    order.insert(contact, CONSENT)
    return order
