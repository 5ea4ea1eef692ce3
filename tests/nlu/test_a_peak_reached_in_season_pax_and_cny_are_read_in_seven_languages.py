"""From play (02:55): a season's peak said with a verb of reaching ("summers we go up to 30", "l'été on monte à 30", "en
temporada alta llegamos a 30") is the top of the head count as "in summer up to 30" was, in the seven languages;
"pax" counts persons as Singapore, Malaysia, the Philippines and India write it; "CNY" is Chinese New Year."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-11-23"


@pytest.mark.parametrize(("text", "lang"), [
    ("18 staff, summers we go up to 30", "en"),
    ("18 staff, in summer we're about 30", "en"),
    ("18 Mitarbeiter, im Sommer bis zu 30", "de"),
    ("18 salariés, l'été on monte à 30", "fr"),
    ("18 empleados, en temporada alta llegamos a 30", "es"),
    ("18 dipendenti, d'estate arriviamo a 30", "it"),
    ("18 funcionários, no verão chegamos a 30", "pt"),
    ("18 medewerkers, in de zomer tot 30", "nl"),
])
@pytest.mark.parametrize("field", ["company_size", None])
def test_a_peak_reached_in_season_is_the_top_of_the_count(text: str, lang: str, field: str | None) -> None:
    size = extract(text, field, now=NOW, lang=lang).company_size
    assert size is not None and (size.min, size.max) == (18, 30)


def test_a_season_with_goods_sold_counts_no_one() -> None:
    size = extract("we're 18 staff. In summer we sell 300 ice creams a day", None, now=NOW, lang="en").company_size
    assert size is not None and (size.min, size.max) == (18, 18)


@pytest.mark.parametrize("text", ["we're ~120 pax", "we are 120 pax in Singapore"])
def test_pax_are_persons(text: str) -> None:
    size = extract(text, None, now=NOW, lang="en").company_size
    assert size is not None and (size.min, size.max) == (120, 120)


@pytest.mark.parametrize(("text", "field"), [("after CNY", "timing"), ("ideally kick off after CNY", None)])
def test_cny_is_chinese_new_year(text: str, field: str | None) -> None:
    timing = extract(text, field, now=NOW, lang="en").timing
    expected = extract("after Chinese New Year", "timing", now=NOW, lang="en").timing
    assert timing is not None and expected is not None and timing.target_date == expected.target_date


def test_the_maple_season_is_a_season_of_its_own() -> None:
    # from play: "à l'année" (year-round) 8, "au temps des sucres" (the sugaring season) about twenty
    size = extract("8 employés à l'année et une vingtaine au temps des sucres", "company_size", now=NOW, lang="fr").company_size
    assert size is not None and (size.min, size.max) == (8, 20)
