"""FAQ: a question how the call happens, on which platform ("is it on zoom or teams?", "Zoom oder Teams?", "c'est sur
Teams ?", "su Teams?", found playing: answered with where we are, 'teams' shared with 'we have teams in ...'), is never
matched on its words, in the seven languages: the caller answers it from the playbook's process entry or the booking.
Where we are is still matched ("where are you based?", "wo sitzt ihr?", "do you have teams in Europe?")."""

from __future__ import annotations

import pytest

from nlu.faq import FaqMatcher


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "is it on zoom or teams?"), ("en", "google meet?"), ("en", "is it a video call or phone?"),
    ("de", "Zoom oder Teams?"), ("fr", "c'est sur Teams ?"), ("es", "¿por Meet?"), ("pt", "é pelo Zoom?"),
    ("it", "su Teams?"), ("nl", "via Teams?"),
])
def test_how_the_call_happens_matches_no_entry(localized_matchers: dict[str, FaqMatcher], lang: str, text: str) -> None:
    assert localized_matchers[lang].match(text) is None


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "where are you based?"), ("en", "do you have teams in Europe?"), ("de", "wo sitzt ihr?"),
])
def test_where_we_are_is_still_matched(localized_matchers: dict[str, FaqMatcher], lang: str, text: str) -> None:
    found = localized_matchers[lang].match(text)
    assert found is not None and found.entry == "location"
