"""Where the visitor is: a town the place table does not know, after a word of place and before its state's code in
capitals, names the town and the state's country, with or without the comma between them ("a craft brewery in
Asheville NC", batch_57, gave no place). The code must be in capitals and the words before it a name, not a month or an
article; a code that is also an English word ("OK", "IN") names nothing."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


@pytest.mark.parametrize("text", [
    "hey, we're a craft brewery in Asheville NC, taproom + distro",
    "we're in Asheville NC",
    "we're in Asheville, NC",
    "based out of Asheville NC since 2015",
    "wir sitzen in Asheville NC",
    "nous sommes basés à Asheville NC",
    "somos una cervecería en Asheville NC",
    "estamos em Asheville NC",
    "wij zitten in Asheville NC",
])
def test_a_town_then_its_state_code_is_the_town_in_that_state(text: str) -> None:
    location = extract(text, None, now=NOW).location
    assert location is not None and (location.country, location.city) == ("US", "Asheville")


@pytest.mark.parametrize("text", [
    "launch in March NC",
    "we're in the Ok corral business",
    "we're in Asheville nc",
    "see you in Asheville OK",
])
def test_a_month_a_lower_case_code_or_a_code_that_is_a_word_names_no_town(text: str) -> None:
    location = extract(text, None, now=NOW).location
    assert location is None or location.city != "Asheville" and location.country != "US"
