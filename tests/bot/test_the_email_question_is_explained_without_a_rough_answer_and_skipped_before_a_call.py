"""The email question, explained and skipped (issue 14), through the real bot and service, in seven languages.

Asked why the email is needed, or skipping it, a visitor heard "... but a rough answer is fine": there is no rough
email address. An exact answer (the email, the name, the company) is now said to be needed without it.

A sales-ready visitor who skipped the email is asked for it again before any time is shown ("To book the call, we
need an email to send the invitation to."). A skip then used to get "No problem, let's move on." and "Thanks for
your message", as if a call were coming. They now hear that no call can be booked without an email, the content
offer for their need, and that typing the address later shows the times, which it does.
"""

from __future__ import annotations

import pytest

from bot.actions.booking import NEED_EMAIL
from bot.actions.conversation import AFTER_CLOSE
from bot.actions.outcome import EMAIL_LATER, NO_EMAIL_NO_CALL
from bot.actions.phrasebook import translate
from bot.actions.phrasing import REASONS, REQUIRED, REQUIRED_EXACT
from harness.stack import Stack, Visitor
from qualification import Playbook
from qualification.translation import localized
from tests.bot.test_a_new_value_or_a_skip_at_the_privacy_question_is_answered import SKIP, YES, answers
from tests.bot.test_language_conversations import asked

pytestmark = pytest.mark.slow

# Asked about the question on screen (nlu.about_the_question reads "my email" in English and German only so far).
WHY = {"en": "why do you need my email?", "de": "Wozu brauchen Sie meine E-Mail?", "fr": "pourquoi vous voulez savoir ça ?",
       "es": "¿para qué lo necesitan?", "pt": "para que é isso?", "it": "a cosa serve?", "nl": "waarom wilt u dat weten?"}
LANGUAGES = list(SKIP)


def at_the_email_question(v: Visitor, playbook: Playbook, lang: str) -> str:
    reply = v.say(answers(lang)["need"])
    for _ in range(25):
        slot = asked(reply, playbook, lang)
        if slot == "email":
            return reply
        assert slot is not None, f"the email question was never asked:\n{v.history()}"
        reply = v.say(answers(lang).get(slot, SKIP[lang]))
    raise AssertionError(f"the email question was never asked:\n{v.history()}")


@pytest.mark.parametrize(("lang", "said"), [(lang, said) for lang in LANGUAGES for said in (WHY[lang], SKIP[lang])])
def test_why_the_email_is_needed_says_no_rough_answer(stack: Stack, playbook: Playbook, lang: str, said: str) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    at_the_email_question(v, playbook, lang)
    reply = v.say(said)
    assert translate(REASONS["email"], lang) in reply, f"no reason for {said!r}:\n{v.history()}"
    assert translate(REQUIRED_EXACT, lang) in reply, v.history()
    assert translate(REQUIRED, lang) not in reply, f"a rough email was asked for:\n{v.history()}"
    assert asked(reply, playbook, lang) == "email", v.history()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_skip_of_the_email_asked_for_again_before_a_call_says_no_call_without_one_then_the_email_shows_the_times(
        stack: Stack, playbook: Playbook, lang: str) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    at_the_email_question(v, playbook, lang)
    v.say(SKIP[lang])  # why it is needed, and the question again
    reply = v.say(SKIP[lang])
    assert translate(NEED_EMAIL, lang) in reply, f"not asked again before the times:\n{v.history()}"
    assert asked(reply, playbook, lang) == "email", v.history()

    reply = v.say(SKIP[lang])
    assert translate(NO_EMAIL_NO_CALL, lang) in reply, f"not told no call can be booked:\n{v.history()}"
    offer = localized(playbook, lang).content_offers[0]
    assert offer.url in reply, f"no content offer:\n{v.history()}"
    assert translate(EMAIL_LATER, lang) in reply, v.history()
    for unsaid in ("No problem, let's move on.", AFTER_CLOSE):
        assert translate(unsaid, lang) not in reply, v.history()
    assert asked(reply, playbook, lang) is None, v.history()
    assert not any(p.startswith("/choose_slot") for _, p in v.buttons), v.history()

    v.say(answers(lang)["email"])
    if not any(p.startswith("/choose_slot") for _, p in v.buttons) and asked(v.transcript[-1][1], playbook, lang):
        v.say(YES[lang])  # the address, heard, confirmed
    assert any(p.startswith("/choose_slot") for _, p in v.buttons), f"no times once the email was given:\n{v.history()}"
