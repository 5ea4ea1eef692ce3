"""A span counted back from now ("a year ago", "un anno fa", "il y a deux ans", "hace un año", "vor einem Jahr", "een
jaar geleden", "há um ano") is the past: it was read as the same span ahead ("un anno fa" as a start in a year), at the
timing question and in free text (issue 14). A span ahead ("in a year", "tra un anno", "dans un an") still is one, and
a start wanted after the past said in the same message is still read."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


def _when(text: str, lang: str, field: str | None = "timing") -> str | None:
    found = extract(text, field=field, now=NOW, lang=lang).timing
    return found.target_date if found else None


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "a year ago"), ("en", "about two years ago"), ("en", "we started 6 months ago"), ("en", "3 weeks back"),
    ("de", "vor einem Jahr"), ("de", "vor zwei Jahren haben wir angefangen"), ("de", "vor 3 Monaten"),
    ("fr", "il y a deux ans"), ("fr", "il y a un an"), ("fr", "on a commencé il y a 6 mois"),
    ("es", "hace un año"), ("es", "hace dos años empezamos"), ("es", "hace 3 meses"),
    ("it", "un anno fa"), ("it", "due anni fa abbiamo iniziato"), ("it", "3 mesi fa"),
    ("pt", "há um ano"), ("pt", "dois anos atrás"), ("pt", "faz um ano"),
    ("nl", "een jaar geleden"), ("nl", "twee jaar geleden zijn we begonnen"), ("nl", "3 maanden geleden"),
])
def test_a_span_counted_back_is_no_horizon(lang: str, text: str) -> None:
    assert _when(text, lang) is None
    assert _when(text, lang, field=None) is None


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "in a year"), ("en", "a year from now"), ("de", "in einem Jahr"), ("fr", "dans un an"),
    ("es", "dentro de un año"), ("it", "tra un anno"), ("pt", "daqui a um ano"), ("nl", "over een jaar"),
])
def test_the_same_span_ahead_is_still_a_horizon(lang: str, text: str) -> None:
    assert _when(text, lang) == "2027-12-04"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "we started a year ago and want to relaunch in 3 months"),
    ("de", "wir haben vor einem Jahr angefangen, neu starten wollen wir in 3 Monaten"),
    ("fr", "on a commencé il y a un an, on veut relancer dans 3 mois"),
    ("es", "empezamos hace un año y queremos relanzar en 3 meses"),
    ("it", "abbiamo iniziato un anno fa, vogliamo rilanciare tra 3 mesi"),
    ("pt", "começamos há um ano e queremos relançar em 3 meses"),
    ("nl", "we zijn een jaar geleden begonnen en willen over 3 maanden opnieuw starten"),
])
def test_a_start_wanted_after_the_past_is_the_horizon(lang: str, text: str) -> None:
    assert _when(text, lang) == "2027-03-05"


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "vor dem Sommer"),  # "vor" before a noun is "before" a time ahead, not a span back
    ("fr", "il y a deux semaines de travail"),  # "there are two weeks of work": no time gone, and no start either
])
def test_the_words_of_a_span_back_before_other_words_are_no_past_span(lang: str, text: str) -> None:
    from nlu import english
    from nlu.text import Text

    assert " ago" not in english.of(Text.of(text), lang).lower


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "this past spring"), ("en", "the past summer"), ("en", "last summer"), ("de", "letzten Frühling"),
    ("de", "im letzten Sommer"), ("de", "vergangenen März"), ("fr", "le printemps dernier"), ("fr", "l'été dernier"),
    ("fr", "en mars dernier"), ("es", "la primavera pasada"), ("es", "el pasado marzo"), ("pt", "o verão passado"),
    ("pt", "em março passado"), ("it", "la scorsa primavera"), ("it", "l'estate scorsa"), ("nl", "afgelopen voorjaar"),
    ("nl", "vorige zomer"), ("nl", "afgelopen maart"),
])
def test_a_season_or_month_gone_by_is_no_horizon(lang: str, text: str) -> None:
    # read as the next spring, summer or March before (said on 20 December)
    found = extract(text, field="timing", now="2026-12-20", lang=lang).timing
    assert found is None


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "next summer"), ("de", "im Sommer"), ("fr", "le printemps prochain"), ("it", "la prossima estate"),
    ("nl", "volgende zomer"), ("es", "el próximo verano"), ("pt", "no próximo verão"),
])
def test_a_season_ahead_is_still_read(lang: str, text: str) -> None:
    found = extract(text, field="timing", now="2026-12-20", lang=lang).timing
    assert found is not None and found.target_date.startswith("2027-")
