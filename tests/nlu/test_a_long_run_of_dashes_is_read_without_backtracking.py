"""A message of nothing but dashes, dots or question marks is a refusal; a long run of them before a figure is read
in time that grows with its length, not with its square or cube.

The refusal's pattern once read "-" * 2,000 + "10-20k" in 17 s of CPU and a message at the 4,000-character cap in
over a minute, holding an action-server worker for each such message a stranger sends. The bound below is a guard
against that class (twenty times today's cost), not a speed measure: ``bench/`` measures speed.
"""

from __future__ import annotations

import time

import pytest

from nlu import extract
from nlu.text import MAX_CHARS

NOW = "2026-12-04"


@pytest.mark.parametrize("text", ["-", "...", "??", " - ", "  ...  ", "xxx"])
def test_only_dashes_dots_or_question_marks_at_the_name_question_give_no_name(text: str) -> None:
    assert extract(text, field="name", now=NOW).name is None
    assert extract(text, field="company", now=NOW).company is None


@pytest.mark.parametrize("run", ["-", ".", "?", "- ", "-."])
@pytest.mark.parametrize("field", ["name", "company", None])
def test_a_run_of_punctuation_at_the_length_cap_is_read_in_seconds_not_minutes(run: str, field: str | None) -> None:
    text = run * (MAX_CHARS // len(run)) + "10-20k"
    started = time.process_time()
    extract(text, field=field, now=NOW)
    assert time.process_time() - started < 10, "backtracking: the cost grows faster than the text"
