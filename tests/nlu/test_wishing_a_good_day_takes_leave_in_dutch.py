"""Wishing a good day takes leave in Dutch, as "tot ziens" does (issue 14, played, nlu-findings: "top, fijne dag nog"
was no goodbye, while "oké, tot ziens" was). The category: "fijne dag nog", "nog een fijne dag", "prettige dag
verder", "fijn weekend", with thanks or a yes before them. Near misses: a good day said of something else, and
"goede dag", which greets as often as it leaves, are no goodbye."""

from __future__ import annotations

import pytest

from nlu.leaving import says_goodbye


@pytest.mark.parametrize(
    "text",
    [
        "top, fijne dag nog",
        "fijne dag nog!",
        "nog een fijne dag",
        "bedankt, fijne dag nog",
        "bedankt en nog een prettige dag",
        "prettige dag verder",
        "fijne avond nog",
        "nog een fijn weekend",
    ],
)
def test_wishing_a_good_day_is_a_goodbye(text):
    assert says_goodbye(text)


@pytest.mark.parametrize(
    "text",
    [
        "een fijne dag voor ons team",
        "we hebben een goede dag gehad",
        "een leuke dag uit voor klanten",
        "goede dag",
    ],
)
def test_a_good_day_said_of_something_else_or_as_a_greeting_is_no_goodbye(text):
    assert not says_goodbye(text)
