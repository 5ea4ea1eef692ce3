"""Fixtures the tests of ``nlu`` share: data that is the same for every test, built once in a run.

- ``localized_matchers``: the FAQ matcher of the default playbook localized to each language, built when a test
  first asks for that language. A matcher is immutable once built (its phrasings vectorised, a cache of the texts
  it read), so sharing one asks it nothing new; tests/nlu/test_faq.py built one per test, and its blind sets one
  per text: 41 s CPU of the module's 270 tests, most of it rebuilding the same seven matchers.
"""

from __future__ import annotations

import pytest

from nlu.faq import FaqMatcher
from qualification import DEFAULT_PLAYBOOK, load_playbook
from qualification.translation import localized


class LocalizedMatchers(dict[str, FaqMatcher]):
    """Language code -> the matcher of the default playbook's FAQ localized to it, each built on first use."""

    def __init__(self) -> None:
        super().__init__()
        self.playbook = load_playbook(DEFAULT_PLAYBOOK)

    def __missing__(self, lang: str) -> FaqMatcher:
        matcher = self[lang] = FaqMatcher((entry.id, entry.questions) for entry in localized(self.playbook, lang).faq)
        return matcher


@pytest.fixture(scope="session")
def localized_matchers() -> LocalizedMatchers:
    return LocalizedMatchers()
