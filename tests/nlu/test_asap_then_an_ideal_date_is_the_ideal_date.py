""""As soon as possible, ideally in January" aims at January: the time said as the ideal is what the hurry aims at,
not a week from now (lost: batch_47, "Lo antes posible, idealmente en enero."), in the seven languages. A hurry
alone, or an ideal said of something other than a time, stays a hurry."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-03"


@pytest.mark.parametrize("text", [
    "asap, ideally in january",
    "as soon as possible - preferably early January",
    "Lo antes posible, idealmente en enero.",
    "So schnell wie möglich, idealerweise im Januar.",
    "Dès que possible, idéalement en janvier.",
    "O mais rápido possível, de preferência em janeiro.",
    "Il prima possibile, idealmente a gennaio.",
    "Zo snel mogelijk, bij voorkeur in januari.",
])
def test_the_ideal_month_is_the_aim(text: str) -> None:
    found = extract(text, "timing", now=NOW)
    assert found.timing is not None and found.timing.target_date is not None
    assert found.timing.target_date.startswith("2027-01")


@pytest.mark.parametrize("text", [
    "asap, ideally with someone local",
    "as soon as possible",
])
def test_a_hurry_alone_stays_a_hurry(text: str) -> None:
    found = extract(text, "timing", now=NOW)
    assert found.timing is not None and found.timing.horizon_days is not None and found.timing.horizon_days <= 14
