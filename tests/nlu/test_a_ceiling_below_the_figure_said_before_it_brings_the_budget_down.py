"""A ceiling said after a figure and below it, of the same sum, brings the budget down to it: "4.000 im Monat … na
ja, höchstens dreitausend" is at most 3000, not 4000, whether the ceiling is in words or digits and whatever
interjection ("well", "na ja", "beh", "bem", "nou ja") comes between. Before, only a ceiling above the figure was
read (as its stretch), and a lower one was dropped unless a word such as "actually" said it corrected the first.
Near misses: a ceiling of a share ("max 8k on ads"), one refused ("not 3k max"), one far below the figure, and a
hedge with no ceiling ("well, maybe 3k") leave the figure."""

from __future__ import annotations

import pytest

from nlu import extract

NOW = "2026-12-05"


@pytest.mark.parametrize("text, lang, period", [
    ("4k, well three thousand tops", "en", None),
    ("4k a month, well, three thousand tops", "en", "month"),
    ("4k, 3k tops", "en", None),
    ("4.000 im Monat … na ja, höchstens dreitausend", "de", "month"),
    ("4.000 im Monat, höchstens 3.000", "de", "month"),
    ("4 000 par mois… enfin, trois mille maximum", "fr", "month"),
    ("4.000 al mes… bueno, tres mil como máximo", "es", "month"),
    ("4.000 al mese… beh, al massimo tremila", "it", "month"),
    ("4.000 por mês… bem, no máximo três mil", "pt", "month"),
    ("4.000 per maand… nou ja, hooguit drieduizend", "nl", "month"),
])
def test_a_lower_ceiling_after_the_figure_is_the_budgets_top(text: str, lang: str, period: str | None) -> None:
    for hint in (lang, None):
        budget = extract(text, field="budget", now=NOW, lang=hint).budget
        assert budget is not None, hint
        assert (budget.min, budget.max, budget.period) == (None, 3000, period), hint


def test_a_bare_ceiling_set_after_by_someone_who_decides_takes_the_figures_scale() -> None:
    # "uns 80 mil por ano, mas meu sócio quer no máximo 70": the partner's cap, the bare 70 at the 80 mil's scale
    budget = extract("a gente pensou em uns 80 mil por ano, mas meu sócio quer no máximo 70", field="budget", now=NOW, lang="pt").budget
    assert budget is not None and (budget.max, budget.period) == (70000, "year") and budget.min in (None, 70000)


@pytest.mark.parametrize("text, lang", [
    ("10k a month, max 8k on ads", "en"),     # a share's ceiling
    ("4k, not 3k max", "en"),                 # refused
    ("20k, max 1k", "en"),                    # far below: no revision of the 20k
    ("4k, well, maybe 3k", "en"),             # a hedge, no ceiling
    ("4.000 im Monat, davon höchstens 1.000 für Anzeigen", "de"),
])
def test_a_ceiling_of_something_else_or_refused_leaves_the_figure(text: str, lang: str) -> None:
    budget = extract(text, field="budget", now=NOW, lang=lang).budget
    assert budget is not None and budget.min is not None and budget.max is not None and budget.max >= budget.min
    assert budget.max in (4000, 10000, 20000), budget
