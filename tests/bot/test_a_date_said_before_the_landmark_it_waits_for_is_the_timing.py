"""A start said first, before the landmark it waits for, and a start said after a dated landmark (issue 14).

Set 12's mere answered the timing question "early Feb once we're back from the summer break" and wim "na de
Heimtextil in januari, dus vanaf februari"; both got "Sorry, I didn't catch that" twice and no timing. In a reply
that long the form trusts a month only when it is said in a few words of its own (see
``test_a_date_said_last_after_a_landmark_or_a_reason_is_the_timing``): mere's comes first, before "once ...", and
wim's last clause says February where the whole reply, read for a date, found the trade fair's January. A date in a
few words before a landmark ("once", "wenn", "une fois", "después de", "depois do", "dopo", "zodra") is the start,
read as a reply that short would be; and the date said last is the start, whatever month the landmark names.

Near misses: a month at the head of a sentence that tells something else ("in September we moved offices, when ...",
"this year sales dropped after ...") is still no start, the free reading refusing it even alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.bot.test_a_date_said_last_after_a_landmark_or_a_reason_is_the_timing import (  # noqa: F401 (fixture)
    at_the_timing_question,
    playbook,
)

# lang, a reply starting with its month before the landmark it waits for, and that month's number.
SAID_FIRST = [
    ("en", "early Feb once we're back from the summer break", 2),
    ("en", "March, when the new plant is up and running", 3),
    ("de", "ab März, wenn das neue Lager steht und alles läuft", 3),
    ("fr", "en mars, une fois le salon de Bruxelles passé", 3),
    ("es", "en marzo, después de Expoagro, si todo va bien", 3),
    ("pt", "em fevereiro, depois do carnaval e das férias", 2),
    ("it", "a marzo, dopo la fiera di Milano", 3),
    ("nl", "in maart, zodra de nieuwe hal klaar is", 3),
    # The landmark last, in a clause of its own that a reading for a date takes for one ("holidays": Christmas).
    ("en", "mid Jan, once everyone's back from holidays", 1),
    ("de", "Mitte Januar, wenn alle aus dem Urlaub zurück sind", 1),
]
# The landmark names a month, the start said last another: the start is the one said last.
AFTER_A_DATED_LANDMARK = [
    ("nl", "na de Heimtextil in januari, dus vanaf februari", 2),
    ("en", "after the trade show in January, so from February", 2),
    ("de", "nach der Messe im Januar, also ab Februar", 2),
    ("fr", "après le salon en janvier, donc dès février", 2),
    ("es", "después de la feria de enero, o sea desde febrero", 2),
    ("pt", "depois da feira em janeiro, portanto a partir de fevereiro", 2),
    ("it", "dopo la fiera di gennaio, quindi da febbraio", 2),
]
NEAR_MISSES = [
    ("en", "this year sales dropped after we lost our biggest client"),
    ("en", "in September we moved offices, when the lease ran out"),
    ("de", "im Januar haben wir umgebaut, als die Halle frei wurde"),
    ("fr", "cette année les ventes ont baissé après le départ d'un client"),
    ("nl", "dit jaar liep het slecht toen we een klant kwijtraakten"),
]


@pytest.mark.parametrize(("lang", "said", "month"), SAID_FIRST + AFTER_A_DATED_LANDMARK)
def test_a_month_said_in_a_few_words_of_its_own_around_a_landmark_is_the_start(
        lang: str, said: str, month: int) -> None:
    slots, texts = at_the_timing_question(lang, said)
    timing = (slots.get("attributes") or {}).get("timing") or {}
    assert timing.get("status") == "stated", (timing, texts)
    assert date.fromisoformat(timing["target_date"]).month == month, timing
    assert slots.get("requested_slot") != "timing", texts


@pytest.mark.parametrize(("lang", "said"), NEAR_MISSES)
def test_a_month_at_the_head_of_a_sentence_about_something_else_is_no_start(lang: str, said: str) -> None:
    slots, texts = at_the_timing_question(lang, said)
    assert "timing" not in (slots.get("attributes") or {}), texts
    assert slots.get("requested_slot") == "timing", texts
