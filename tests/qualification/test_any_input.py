"""Whatever JSON arrives, scoring gives a qualification or a clear error, never a crash."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nlu.attributes import ContractError
from qualification import Signals, qualify
from qualification.cli import _lead

scalars = st.one_of(st.none(), st.booleans(), st.integers(-10**12, 10**12), st.floats(allow_nan=False),
                    st.text(max_size=30))
json_values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
                           max_leaves=12)
numbers = st.one_of(st.none(), st.integers(-10**15, 10**15), st.floats(allow_nan=False, allow_infinity=False))
plausible = st.fixed_dictionaries({}, optional={
    "budget": st.fixed_dictionaries({}, optional={"min": numbers, "max": numbers,
                                                  "currency": st.sampled_from(["USD", "EUR", "JPY", "usd", None]),
                                                  "period": st.sampled_from(["one_time", "month", "quarter", "year", None]),
                                                  "status": st.sampled_from(["stated", "none", "unknown"])}),
    "authority": st.fixed_dictionaries({}, optional={"title": st.text(max_size=200),
                                                     "seniority": st.sampled_from(["c_level", "vp", "manager", "unknown"]),
                                                     "role": st.sampled_from(["decision_maker", "user", "unknown"])}),
    "need": st.fixed_dictionaries({}, optional={"summary": st.text(max_size=50),
                                                "categories": st.lists(st.sampled_from(["seo", "crm", "payroll", ""]))}),
    "timing": st.fixed_dictionaries({}, optional={"horizon_days": numbers,
                                                  "status": st.sampled_from(["stated", "no_timeline", "unknown"])}),
    "company_size": st.fixed_dictionaries({}, optional={"min": numbers, "max": numbers}),
    "revenue": st.fixed_dictionaries({}, optional={"min": numbers, "max": numbers, "currency": st.sampled_from(["USD", "GBP", "XYZ"])}),
    "industry": st.sampled_from(["fintech", "government", "other"]),
    "location": st.fixed_dictionaries({}, optional={"country": st.sampled_from(["DE", "US", "RU", "de"]), "city": st.text(max_size=20)}),
    "tech_stack": st.lists(st.text(max_size=15), max_size=8),
    "email": st.fixed_dictionaries({"address": st.sampled_from(["a@b.io", "x@demandly.example", "odd"])},
                                   optional={"free_mail": st.booleans()}),
    "company": st.text(max_size=40),
    "persona": st.sampled_from(["student", "vendor", "existing_customer"]),
    "extra_field": json_values,
})


@settings(max_examples=150, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(plausible, st.booleans(), st.booleans(), st.booleans())
def test_plausible_leads_always_qualify(playbook, data, engaged, customer, product):
    attributes, _ = _lead(json.dumps(data))
    result = qualify(attributes, playbook, Signals(engaged=engaged, existing_customer=customer, product_qualified=product))
    assert 0 <= result.score <= 100
    assert result.grade in "ABCD"
    json.dumps(result.to_dict(), allow_nan=False)


@settings(max_examples=150, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(st.sampled_from(["budget", "authority", "need", "timing", "company_size", "revenue", "industry",
                                        "location", "tech_stack", "email", "name", "company", "persona", "attributes",
                                        "signals"]), json_values, max_size=5))
def test_arbitrary_json_is_scored_or_refused_with_a_field_named(playbook, data):
    try:
        attributes, signals = _lead(json.dumps(data))
    except (ContractError, ValueError) as e:
        assert ":" in str(e) or str(e) == "empty line"
        return
    qualify(attributes, playbook, signals)
