"""The lead contract read from JSON: a number no float can hold is a contract error, not a crash."""

from __future__ import annotations

import pytest

from nlu.attributes import Attributes, ContractError


@pytest.mark.parametrize("data, path", [
    ({"budget": {"min": 10**4000, "currency": "USD"}}, "budget.min"),
    ({"budget": {"max": -(10**400), "currency": "USD"}}, "budget.max"),
    ({"timing": {"horizon_days": 10**4000}}, "timing.horizon_days"),
    ({"company_size": {"min": 2**1024}}, "company_size.min"),
])
def test_an_integer_past_any_float_is_a_contract_error_naming_the_field(data: dict, path: str) -> None:
    # Before: float(value) raised OverflowError, and the service answered 500.
    with pytest.raises(ContractError) as error:
        Attributes.from_dict(data)
    assert error.value.path == path and "too large" in error.value.message


def test_large_but_ordinary_numbers_are_kept_exactly() -> None:
    attributes = Attributes.from_dict({"budget": {"min": 10**15 + 1, "max": 2.5e9, "currency": "USD"}})
    assert (attributes.budget.min, attributes.budget.max) == (10**15 + 1, 2500000000)
