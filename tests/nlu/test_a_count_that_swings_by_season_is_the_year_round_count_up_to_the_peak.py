"""Company size: counts that swing by season ("35 dipendenti d'estate, 12 d'inverno", read as 35; "on est 24
permanents, une quarantaine en fin d'année", read as nothing) give the year-round count as the least and the peak as
the most, in the seven languages; figures of something else by season count no one."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


@pytest.mark.parametrize(("text", "lang", "low", "high"), [
    ("35 dipendenti d'estate, 12 d'inverno", "it", 12, 35),
    ("siamo 12 tutto l'anno, 35 in estate", "it", 12, 35),
    ("on est 24 permanents, une quarantaine en fin d'année", "fr", 24, 40),
    ("35 staff in summer, 12 in winter", "en", 12, 35),
    ("12 staff year-round, up to 35 in peak season", "en", 12, 35),
    ("we're 24 permanent, about 40 at Christmas", "en", 24, 40),
    ("im Sommer 35 Mitarbeiter, im Winter 12", "de", 12, 35),
    ("12 fest angestellt, in der Hochsaison bis zu 35", "de", 12, 35),
    ("35 empleados en verano, 12 en invierno", "es", 12, 35),
    ("12 fijos todo el año, 35 en temporada alta", "es", 12, 35),
    ("35 funcionários no verão, 12 no inverno", "pt", 12, 35),
    ("35 medewerkers in de zomer, 12 in de winter", "nl", 12, 35),
    ("12 vaste krachten, 35 in het hoogseizoen", "nl", 12, 35),
])
def test_a_count_that_swings_by_season_is_the_year_round_count_up_to_the_peak(text: str, lang: str, low: int, high: int) -> None:
    size = extract(text, None, now=NOW, lang=lang).company_size
    assert size is not None and (size.min, size.max) == (low, high)


@pytest.mark.parametrize(("text", "lang"), [
    ("on est 24, mais on monte à une quarantaine en fin d'année avec les saisonniers", "fr"),
    ("we're 24, but we go up to about 40 at Christmas with seasonal staff", "en"),
    ("wir sind 24, aber zu Weihnachten sind wir mit Saisonkräften etwa 40", "de"),
    ("somos 24, pero en verano subimos a unos 40 con los temporeros", "es"),
    ("siamo 24, ma d'estate arriviamo a una quarantina con gli stagionali", "it"),
    ("somos 24, mas no verão chegamos a uns 40 com os temporários", "pt"),
    ("we zijn met 24, maar in de zomer met seizoenskrachten zo'n 40", "nl"),
])
def test_the_count_then_a_peak_said_with_its_season_is_the_count_up_to_the_peak(text: str, lang: str) -> None:
    size = extract(text, None, now=NOW, lang=lang).company_size
    assert size is not None and (size.min, size.max) == (24, 40)


@pytest.mark.parametrize(("text", "lang"), [
    ("we're 24, hoping to be 40 by the end of the year", "en"),
    ("we are 24 and want 40 leads by end of year", "en"),
    ("we are 24, in summer we sell 300 ice creams", "en"),
])
def test_a_goal_or_a_figure_of_something_else_after_the_count_leaves_the_count(text: str, lang: str) -> None:
    size = extract(text, None, now=NOW, lang=lang).company_size
    assert size is not None and (size.min, size.max) == (24, 24)


@pytest.mark.parametrize(("text", "lang"), [
    ("we sold 300 in summer and 120 in winter", "en"),
    ("im Sommer 300 Buchungen, im Winter 120", "de"),
])
def test_figures_of_something_else_by_season_count_no_one(text: str, lang: str) -> None:
    assert extract(text, None, now=NOW, lang=lang).company_size is None


def test_one_count_beside_a_season_is_that_count() -> None:
    size = extract("we want to launch in summer 2027, we're 12", None, now=NOW).company_size
    assert size is not None and (size.min, size.max) == (12, 12)
