"""What a later answer adds to what is known (bot.actions.hearing.hear): a decision sets who decides, a need
mentioned again keeps the need given, a correction of the need still narrows it."""

from __future__ import annotations

from datetime import date

import pytest

from bot.actions.hearing import Heard, hear
from nlu.attributes import Attributes
from nlu.extract import extract

TODAY = date(2026, 12, 4)


def read(text: str, lang: str = "en") -> Attributes:
    return extract(text, now=TODAY, lang=lang)


@pytest.mark.parametrize(("lang", "title", "decision"), [
    ("en", "I'm the marketing director", "about 4,500 a month - I sign off on anything under 75 grand myself"),
    ("de", "Ich bin Marketingleiterin", "etwa 5.000 € im Monat, ich entscheide das selbst"),
    ("fr", "Je suis directrice marketing", "environ 5 000 € par mois, c'est moi qui décide"),
    ("es", "Soy la directora de marketing", "unos 5.000 € al mes, yo decido"),
    ("nl", "ik ben hoofd marketing", "ongeveer 5.000 euro per maand, ik beslis zelf"),
])
def test_a_decision_said_to_another_question_makes_the_titled_visitor_the_decision_maker(
        lang: str, title: str, decision: str) -> None:
    given = read(title, lang)
    assert given.authority is not None and given.authority.role != "decision_maker"
    free = read(decision, lang)
    budget = extract(decision, field="budget", now=TODAY, lang=lang)
    after = hear(given, Heard(), free, decision, answered="budget", answer=budget)
    assert after.given.authority is not None and after.given.authority.role == "decision_maker"
    assert after.given.authority.title == given.authority.title
    # Heard, not yet given: the decision goes with the title heard, confirmed together.
    heard = hear(Attributes(), Heard(given), free, decision, answered="budget", answer=budget)
    assert heard.heard.attributes.authority is not None and heard.heard.attributes.authority.role == "decision_maker"


@pytest.mark.parametrize("others", ["about 5k a month, our owners sign off", "5k, but the board decides"])
def test_someone_else_deciding_changes_no_role(others: str) -> None:
    given = read("I'm the marketing director")
    after = hear(given, Heard(), read(others), others, answered="budget",
                 answer=extract(others, field="budget", now=TODAY))
    assert after.given.authority == given.authority


@pytest.mark.parametrize(("lang", "need", "mention", "correction"), [
    ("en", "We need more leads from SEO and Google Ads", "our SEO is the bigger worry honestly",
     "actually mostly SEO, not ads"),
    ("de", "Wir brauchen mehr Leads über SEO und Google Ads", "SEO ist ehrlich gesagt unsere größere Sorge",
     "eigentlich vor allem SEO, nicht Anzeigen"),
    ("it", "Abbiamo bisogno di più lead con SEO e Google Ads", "la SEO è la nostra preoccupazione principale",
     "anzi soprattutto SEO, non pubblicità"),
])
def test_a_need_mentioned_again_keeps_its_words_and_a_correction_replaces_them(
        lang: str, need: str, mention: str, correction: str) -> None:
    given = read(need, lang)
    kept = hear(given, Heard(), read(mention, lang), mention)
    assert kept.given.need == given.need and "need" not in kept.corrected
    corrected = hear(given, Heard(), read(correction, lang), correction)
    assert corrected.given.need is not None and corrected.given.need.summary == correction
    assert "need" in corrected.corrected
