"""Company size: staff kept all year and a peak said with a season of work, the harvest, the vintage or a trade's own
season ("vineyard in the Barossa, 12 permanent, around 50 during vintage", batch_59 read nothing), are the year-round
count up to the peak, in the seven languages, with the preposition and article the rewrite leaves ("zur Weinlese",
"pendant les vendanges", "tijdens de oogst"); a figure of something else in the season (tonnes, cases, wines) counts
no one."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


@pytest.mark.parametrize(("text", "lang", "low", "high"), [
    ("vineyard in the Barossa, 12 permanent, around 50 during vintage", "en", 12, 50),
    ("family orchard, 8 year-round and about 60 pickers at harvest", "en", 8, 60),
    ("we're 15 permanent staff, up to 80 in the harvest", "en", 15, 80),
    ("Weingut an der Mosel, 12 Festangestellte, zur Weinlese rund 50", "de", 12, 50),
    ("Obsthof, 8 fest angestellt, bei der Ernte etwa 60", "de", 8, 60),
    ("domaine viticole, 12 permanents, une cinquantaine pendant les vendanges", "fr", 12, 50),
    ("exploitation de 8 permanents, 60 pendant la récolte", "fr", 8, 60),
    ("bodega en Rioja, 12 fijos y unos 50 durante la vendimia", "es", 12, 50),
    ("finca con 8 fijos, 60 en la cosecha", "es", 8, 60),
    ("cantina in Langa, 12 fissi, circa 50 durante la vendemmia", "it", 12, 50),
    ("azienda agricola, 8 fissi, 60 durante la raccolta", "it", 8, 60),
    ("quinta no Douro, 12 efetivos, cerca de 50 na vindima", "pt", 12, 50),
    ("fazenda com 8 efetivos e 60 na colheita", "pt", 8, 60),
    ("wijngaard, 12 vaste krachten, zo'n 50 tijdens de wijnoogst", "nl", 12, 50),
    ("fruitteler, 8 vaste krachten, 60 tijdens de oogst", "nl", 8, 60),
])
def test_a_permanent_count_and_a_season_of_work_peak_are_the_count_up_to_the_peak(text: str, lang: str, low: int, high: int) -> None:
    size = extract(text, None, now=NOW, lang=lang).company_size
    assert size is not None and (size.min, size.max) == (low, high)


@pytest.mark.parametrize(("text", "heads"), [
    ("we're 12 staff and sell about 300 cases during vintage", (12, 12)),
    ("we have 12 employees, in harvest 50 tonnes go through the press", (12, 12)),
    ("12 employees, our ski season runs 4 months", (12, 12)),
    ("vineyard in the Barossa, 12 permanent, 50 tonnes during vintage", None),
    ("vineyard, we harvest 50 tonnes during vintage", None),
    ("we make about 50 wines per vintage", None),
])
def test_a_figure_of_something_else_in_the_season_counts_no_one(text: str, heads: tuple[int, int] | None) -> None:
    size = extract(text, None, now=NOW, lang="en").company_size
    assert (None if size is None else (size.min, size.max)) == heads


@pytest.mark.parametrize(("text", "lang", "low", "high"), [
    # persona set 13's tyler (read as 40) and lucía, and claire's "une soixantaine" opening the answer
    ("22 full time, we bump up to about 40 for back-to-hockey season in August", "en", 22, 40),
    ("unos 200 en temporada alta, 120 el resto del año", "es", 120, 200),
    ("une soixantaine, et jusqu'à 90 pendant la saison de la sardine", "fr", 60, 90),
])
def test_at_the_head_count_question_the_year_round_count_is_the_least(text: str, lang: str, low: int, high: int) -> None:
    size = extract(text, "company_size", now=NOW, lang=lang).company_size
    assert size is not None and (size.min, size.max) == (low, high)
