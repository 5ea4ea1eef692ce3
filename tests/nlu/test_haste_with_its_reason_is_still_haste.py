"""Haste given with its reason is still haste (issue 14, found beside "as soon as possible, January is always dead for
us"): "asap, sales have dropped a lot" and "asap, January is our slow month" read no timing at all, the problem said
after "asap" taken as said of it, as "this year, sales have dropped" is of the year. "As soon as possible" names no
period a problem could be said of, in the seven languages; a period with a problem said of it still is none."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-05"


@pytest.mark.parametrize(("text", "lang"), [
    ("asap, sales have dropped a lot", "en"),
    ("asap, January is our slow month", "en"),
    ("we need it asap, leads have dried up", "en"),
    ("so schnell wie möglich, die Anfragen sind eingebrochen", "de"),
    ("dès que possible, les demandes ont chuté", "fr"),
    ("lo antes posible, las ventas han caído", "es"),
    ("il prima possibile, le vendite sono calate", "it"),
    ("o quanto antes, as vendas caíram", "pt-BR"),
    ("o mais rápido possível, as vendas caíram", "pt-PT"),
    ("zo snel mogelijk, de aanvragen zijn gedaald", "nl"),
])
@pytest.mark.parametrize("field", [None, "timing"])
def test_asap_beside_a_problem_is_haste(text: str, lang: str, field: str | None) -> None:
    timing = extract(text, field, now=NOW, lang=lang).timing
    assert timing is not None and timing.horizon_days is not None and timing.horizon_days <= 7


@pytest.mark.parametrize("text", ["this year, sales have dropped", "leads dried up this year", "sales have been slow this month"])
def test_a_period_a_problem_is_said_of_is_still_no_start(text: str) -> None:
    assert extract(text, None, now=NOW, lang="en").timing is None
