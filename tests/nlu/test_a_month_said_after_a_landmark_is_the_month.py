""""After Easter, around March" names the month: the landmark is what the visitor waits for, the month the answer
(batch form: "nach Ostern, so gegen März" gave Easter, "après les fêtes de fin d'année, vers mars" 31 December,
"na de zomervakantie, rond maart" September). The answer must be what the month said alone gives, in the seven
languages; a landmark said alone, or a month not linked to it as an approximation, keeps its own reading."""

from __future__ import annotations

from datetime import date

import pytest

from nlu.text import Text
from nlu.timing import timing

NOW = date(2026, 12, 4)


def _when(text: str, lang: str) -> str | None:
    found = timing(Text.of(text), NOW, "timing", lang=lang)
    return found.target_date if found else None


@pytest.mark.parametrize(("lang", "text", "month_alone"), [
    ("en", "after Easter, around March", "around March"),
    ("en", "after the summer holidays, by March", "by March"),
    ("en", "after christmas, early march", "early march"),
    ("de", "nach Ostern, so gegen März", "gegen März"),
    ("de", "nach den Sommerferien, Ende März", "Ende März"),
    ("fr", "après les fêtes de fin d'année, vers mars", "vers mars"),
    ("fr", "après Pâques, vers la mi-mars", "vers la mi-mars"),
    ("es", "después de semana santa, hacia marzo", "hacia marzo"),
    ("es", "después de navidad, a finales de marzo", "a finales de marzo"),
    ("pt", "depois da páscoa, lá para março", "lá para março"),
    ("pt", "depois do verão, por volta de março", "por volta de março"),
    ("it", "dopo pasqua, verso marzo", "verso marzo"),
    ("it", "dopo natale, intorno a marzo", "intorno a marzo"),
    ("nl", "na de zomervakantie, rond maart", "rond maart"),
    ("nl", "na kerst, ergens in maart", "ergens in maart"),
])
def test_a_month_said_after_a_landmark_gives_the_month(lang: str, text: str, month_alone: str) -> None:
    month = _when(month_alone, lang)
    assert month is not None  # the month alone must be read, or the comparison proves nothing
    assert _when(text, lang) == month


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "after Easter"),
    ("de", "nach Ostern"),
    ("nl", "na de zomervakantie"),
    ("it", "dopo pasqua"),
])
def test_a_landmark_alone_keeps_its_date(lang: str, text: str) -> None:
    # Why: the rule must only act when a month follows; a landmark alone is still a date after it.
    assert _when(text, lang) is not None
    assert _when(text, lang) != _when("around March", "en")


@pytest.mark.parametrize(("lang", "text", "landmark_alone"), [
    # A full stop, a negation or a clause of its own between them: the month is not an approximation of the wait.
    ("en", "after Easter. March is when our budget gets approved", "after Easter"),
    ("en", "after Easter, not March", "after Easter"),
    ("de", "nach Ostern, auf keinen Fall im März", "nach Ostern"),
    ("nl", "na de zomervakantie, niet in maart", "na de zomervakantie"),
])
def test_a_month_not_said_as_the_approximation_leaves_the_landmark(lang: str, text: str, landmark_alone: str) -> None:
    assert _when(text, lang) != _when("around March", "en")
