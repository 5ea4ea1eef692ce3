"""nlu.replies.yes_or_no is asked several times a turn of every message: a message far longer than a bare reply is
answered None before the rewrite into English (which took 0.1 s a language on 2,000 characters), and a short one is
still rewritten and read."""

import pytest

from nlu import english, replies
from nlu.replies import yes_or_no

LANGS = ("en", "de", "fr", "es", "pt", "it", "nl")


@pytest.fixture
def rewrites(monkeypatch):
    """The messages english.of was asked to rewrite, while it still rewrites them."""
    asked = []
    real = english.of

    def counting(text, lang="en"):
        asked.append(text.original)
        return real(text, lang)

    monkeypatch.setattr(replies.english, "of", counting)
    return asked


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("text", ["9" * 2000, "yes " * 500, "ja, " + "sehr gerne " * 30, "no" + "." * 5000])
def test_a_long_message_is_no_bare_reply_and_is_not_rewritten(text, lang, rewrites):
    assert yes_or_no(text, lang=lang) is None
    assert rewrites == []


@pytest.mark.parametrize("text, lang, answer", [
    ("yes", "en", "yes"), ("claro que sí", "es", "yes"), ("nein", "de", "no"), ("je ne sais pas", "fr", "unsure"),
    ("não", "pt", "no"), ("certo", "it", "yes"), ("weet ik niet", "nl", "unsure"),
])
def test_a_short_reply_is_still_rewritten_and_read(text, lang, answer, rewrites):
    assert yes_or_no(text, lang=lang) == answer
    assert rewrites == [text]


def test_a_reply_just_past_the_limit_is_still_measured_after_its_rewrite(rewrites):
    # 45 characters the rewrite does not shorten: measured after it, as before, and too long for a bare reply
    text = "yes, " + "x" * 40
    assert yes_or_no(text, lang="en") is None
    assert rewrites == [text]
