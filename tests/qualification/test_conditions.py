"""The condition language marketers write in the playbook, operator by operator."""

from __future__ import annotations

import subprocess
import sys

import pytest

from qualification import Signals
from qualification.conditions import FIELDS, Condition, ConditionGroup

from .leads import attrs, cto_fintech_berlin

LEAD = attrs(**cto_fintech_berlin(need={"categories": ["seo", "crm"]}, tech_stack=["hubspot"]))
SIGNALS = Signals(engaged=True, pages=("/pricing",), source="webinar")


@pytest.mark.parametrize("field, op, value, holds", [
    ("company_size", "known", None, True),
    ("revenue", "known", None, False),
    ("revenue", "unknown", None, True),
    ("authority.seniority", "known", None, True),
    ("tech_stack", "known", None, True),
    ("email", "unknown", None, True),
    ("industry", "eq", "fintech", True),
    ("industry", "ne", "fintech", False),
    ("revenue.min", "ne", 5, False),          # unknown values never compare
    ("company_size.max", "gt", 199, True),
    ("company_size.max", "gt", 200, False),
    ("company_size.max", "gte", 200, True),
    ("company_size.min", "lt", 200, False),
    ("company_size.min", "lte", 200, True),
    ("revenue.max", "lt", 10**9, False),      # unknown
    ("location.country", "in", ("DE", "AT"), True),
    ("location.country", "not_in", ("DE", "AT"), False),
    ("email.address", "not_in", ("x@y.io",), False),  # unknown
    ("need.categories", "contains", "crm", True),
    ("need.categories", "contains", ("paid_ads", "seo"), True),
    ("need.categories", "contains", ("paid_ads",), False),
    ("tech_stack", "contains", "hubspot", True),
    ("signals.engaged", "eq", True, True),
    ("signals.existing_customer", "eq", True, False),
    ("signals.pages", "contains", "/pricing", True),
    ("signals.source", "in", ("webinar", "ebook"), True),
    ("budget.period", "unknown", None, True),
])
def test_operators(field, op, value, holds):
    assert Condition(field, op, value).test(LEAD, SIGNALS) is holds


def test_groups_need_all_of_all_and_one_of_any():
    yes, no = Condition("industry", "eq", "fintech"), Condition("industry", "eq", "retail_ecommerce")
    assert ConditionGroup().holds(LEAD, SIGNALS)
    assert ConditionGroup(any=(no, yes)).holds(LEAD, SIGNALS)
    assert not ConditionGroup(any=(no,)).holds(LEAD, SIGNALS)
    assert not ConditionGroup(all=(yes, no)).holds(LEAD, SIGNALS)
    assert not ConditionGroup(all=(yes,), any=(no,)).holds(LEAD, SIGNALS)
    assert ConditionGroup(all=(yes,), any=(no, yes)).met(LEAD, SIGNALS) == (yes, yes)


@pytest.mark.parametrize("condition, words", [
    (Condition("need", "known"), "need known"),
    (Condition("signals.engaged", "eq", True), "signals.engaged = true"),
    (Condition("company_size.max", "gt", 200), "company_size.max > 200"),
    (Condition("location.country", "not_in", ("DE", "AT")), "location.country not in DE, AT"),
])
def test_conditions_describe_themselves_for_reasons(condition, words):
    assert condition.describe() == words


def test_every_contract_field_and_signal_can_be_named():
    assert {"budget.min", "authority.seniority", "need.categories", "timing.horizon_days", "company_size.max",
            "revenue.currency", "industry", "location.country", "tech_stack", "email.free_mail", "name",
            "company", "persona", "signals.engaged", "signals.pages", "signals.source",
            "signals.existing_customer", "signals.product_qualified"} <= set(FIELDS)
    assert "extra" not in FIELDS


def test_signals_from_json():
    assert Signals.from_dict({"engaged": True, "pages": ["/pricing"], "source": "ads"}) == Signals(
        engaged=True, pages=("/pricing",), source="ads")
    assert Signals.from_dict({}).to_dict() == {"engaged": False, "pages": [], "source": None,
                                               "existing_customer": False, "product_qualified": False}
    for bad, message in [({"pages": "/pricing"}, "signals.pages"), ({"source": 3}, "signals.source"),
                         ({"clicked": True}, "signals.clicked: unknown field"), ([], "signals: must be an object")]:
        with pytest.raises(ValueError, match=message):
            Signals.from_dict(bad)


def test_the_core_imports_no_web_database_or_bot_framework():
    code = ("import sys, qualification; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in "
            "{'flask', 'sqlalchemy', 'requests', 'rasa', 'rasa_sdk', 'urllib3', 'werkzeug', 'psycopg2'}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
