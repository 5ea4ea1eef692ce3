"""A question of function words alone ("what do you do?") is matched only to a phrasing that names nothing more.

Found playing ``make run``: "hi, what do you guys do exactly?" got the data answer, because "What do you do with
my data?" shares all its words but the one that says what it asks about. A question that names nothing can only
be told by its whole wording, so the phrasing it matches must name nothing either: "What do you do?" in the
services entry, never "... with my data?".
"""

from __future__ import annotations

import pytest

from nlu.faq import FaqMatcher
from tests.nlu.conftest import LocalizedMatchers

# What the company does, asked with no word that says about what, as visitors open a chat.
BARE = {
    "en": ["what do you do?", "hi, what do you guys do exactly?", "what does your company do?",
           "what is it that you do?", "so what do u do"],
    "de": ["Was machen Sie genau?", "was macht ihr so?"],
    "fr": ["qu'est-ce que vous faites exactement ?", "vous faites quoi ?"],
    "es": ["¿qué hacen ustedes exactamente?", "¿y qué hacéis?"],
    "pt": ["o que vocês fazem exatamente?", "vocês fazem o quê?"],
    "it": ["cosa fate esattamente?", "ma voi che fate?"],
    "nl": ["wat doen jullie precies?", "wat doen jullie eigenlijk?"],
}


@pytest.mark.parametrize(("lang", "text"), [(lang, text) for lang, texts in BARE.items() for text in texts])
def test_asking_what_we_do_is_never_answered_with_another_entry(
        localized_matchers: LocalizedMatchers, lang: str, text: str) -> None:
    found = localized_matchers[lang].match(text, lang=lang)
    assert found is None or found.entry == "services", found


# "what does your company do?" is left out: "company" is a word no phrasing of the services uses, so it may be a
# miss (never a wrong answer, above).
@pytest.mark.parametrize(("lang", "text"), [(lang, text) for lang in ("en", "de", "nl") for text in BARE[lang]
                                            if "company" not in text])
def test_asking_what_we_do_finds_the_default_playbooks_services(
        localized_matchers: LocalizedMatchers, lang: str, text: str) -> None:
    found = localized_matchers[lang].match(text, lang=lang)
    assert found is not None and found.entry == "services", found


DATA = ("data", ["What do you do with my data?", "Who sees the details I give you?"])
SERVICES = ("services", ["What services do you offer?", "What can you help with?"])


def test_a_bare_question_matches_no_phrasing_that_names_what_it_leaves_out() -> None:
    assert FaqMatcher([DATA, SERVICES]).match("what do you do?") is None
    assert FaqMatcher([DATA, SERVICES]).match("what do you do exactly?") is None


def test_a_bare_phrasing_in_the_playbook_is_what_a_bare_question_finds() -> None:
    matcher = FaqMatcher([DATA, (SERVICES[0], [*SERVICES[1], "What do you do?"])])
    found = matcher.match("what do you guys do exactly?")
    assert found is not None and found.entry == "services"


@pytest.mark.parametrize(("text", "entry"), [
    ("what do you do with my data?", "data"),
    ("what do you do with the details I give you?", "data"),
    ("what services do you offer?", "services"),
])
def test_a_question_that_names_its_topic_still_finds_it(text: str, entry: str) -> None:
    found = FaqMatcher([DATA, SERVICES]).match(text)
    assert found is not None and found.entry == entry


def test_a_price_asked_in_function_words_still_finds_a_bare_pricing_phrasing() -> None:
    found = FaqMatcher([("pricing", ["How much is it?", "What do you charge?"]), DATA]).match("how much is it, roughly?")
    assert found is not None and found.entry == "pricing"
