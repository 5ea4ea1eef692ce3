""""Where were we?" asks to carry on, in any of the seven languages, never where we are based (issue 14).

Played on make run: "¿dónde estábamos?" and "onde estávamos?" (the classifier's ask_location) got "We're in London and
Chicago ...": the FAQ matcher read their "dónde", "onde" as a question about our place. It is a request to go on: the
question on screen is asked again (the form goes on), whatever the classifier made of it. Near misses: where we are,
asked in any language, is still answered from the FAQ.
"""

from __future__ import annotations

import pytest

from nlu.faq import asks_where_we_were
from tests.bot.test_a_need_said_before_a_price_question_in_a_first_message_is_heard import first_message
from tests.bot.test_faq import entry_id
from tests.bot.test_form import KNOWN, playbook, tracker, validate  # noqa: F401 (fixture)

WHERE_WE_WERE = [
    ("en", "where were we?"), ("en", "sorry, where were we"), ("en", "ok where did we leave off?"),
    ("de", "wo waren wir?"), ("de", "wo waren wir stehen geblieben?"), ("de", "wo sind wir stehengeblieben?"),
    ("fr", "où en étions-nous ?"), ("fr", "on en était où ?"), ("fr", "où en étais-je ?"),
    ("es", "¿dónde estábamos?"), ("es", "¿dónde nos quedamos?"), ("es", "perdón, donde estabamos"),
    ("it", "dove eravamo?"), ("it", "dove eravamo rimasti?"), ("it", "a che punto eravamo?"),
    ("pt", "onde estávamos?"), ("pt", "onde é que estávamos?"), ("pt", "onde paramos?"),
    ("nl", "waar waren we?"), ("nl", "waar waren we gebleven?"), ("nl", "waar was ik?"),
]
WHERE_WE_ARE = [
    ("en", "where are you based?"), ("de", "wo sitzen Sie?"), ("fr", "où êtes-vous basés ?"),
    ("es", "¿dónde están ustedes?"), ("it", "dove siete?"), ("pt", "onde vocês estão?"), ("nl", "waar zijn jullie gevestigd?"),
]


@pytest.mark.parametrize(("lang", "text"), WHERE_WE_WERE)
def test_where_were_we_is_read_as_a_request_to_go_on(lang: str, text: str) -> None:
    assert asks_where_we_were(text)


@pytest.mark.parametrize(("lang", "text"), WHERE_WE_WERE)
def test_where_were_we_gets_no_faq_answer(lang: str, text: str) -> None:
    assert entry_id(lang, text) is None
    assert entry_id(lang, text, "ask_location", 0.95) is None


@pytest.mark.parametrize(("lang", "text"), WHERE_WE_ARE)
def test_where_we_are_is_still_answered(lang: str, text: str) -> None:
    assert not asks_where_we_were(text)
    assert entry_id(lang, text) == "location"


@pytest.mark.parametrize(("lang", "text"), WHERE_WE_WERE)
def test_where_were_we_as_a_first_message_opens_the_questions_without_our_place(lang: str, text: str) -> None:
    _, texts, events = first_message(lang, text, intent="ask_location")
    assert not any("London" in t or "Londres" in t or "Londra" in t or "Londen" in t for t in texts), texts
    assert any(e.get("event") == "followup" for e in events), events


@pytest.mark.parametrize(("lang", "text"), [("es", "¿dónde estábamos?"), ("pt", "onde estávamos?"),
                                            ("en", "where were we?")])
def test_where_were_we_mid_form_asks_the_question_on_screen_again(lang: str, text: str) -> None:
    known = {k: v for k, v in KNOWN.items() if k != "company"}
    slots, said, _ = validate(tracker(text, intent="ask_location", requested="company", language=lang, attributes=known))
    assert slots.get("requested_slot") == "company" and not slots.get("company"), (slots, said)
    assert not any("London" in s or "Londres" in s for s in said), said
