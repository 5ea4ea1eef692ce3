"""Budget, in the seven languages: what goes out now on a channel, in a sentence that says more spend is not what the
visitor wants, is no budget (batch_67 #31 "We burn ~$300k/mo on paid, need help w/ attribution and analytics, not more
spend" read 300k); a hedge then a bare ceiling is a range up to it (batch_65 #21 "maybe 2k a month? 3 max" read 2k
only); and a bare figure said after a sum in thousands that is no budget (a past one, a sign-off line) takes its "k"
(batch_65 #56 "we had 30k last year, this year it's 45", batch_67 #39 "anything over 50k needs board approval, so
let's say 40" read 45 and 40). Near misses keep their reading: a spend said only not to work stays the budget, as the
earlier modules on spend and providers have it."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-05"


def _budget(text: str, lang: str, field: str | None = None):
    return extract(text, field, now=NOW, lang=lang).budget


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("We burn ~$300k/mo on paid, need help w/ attribution and analytics, not more spend", "en"),
        (
            "Wir geben rund 300.000 € im Monat für Paid aus, wir brauchen Hilfe bei der Attribution, keine höheren Ausgaben",
            "de",
        ),
        (
            "On dépense environ 300 000 € par mois en paid, on a besoin d'aide sur l'attribution, pas plus de dépenses",
            "fr",
        ),
        ("Gastamos unos 300.000 € al mes en paid, necesitamos ayuda con la atribución, no más gasto", "es"),
        ("Spendiamo circa 300.000 € al mese in paid, ci serve aiuto con l'attribuzione, non più spesa", "it"),
        ("Gastamos uns 300.000 € por mês em paid, precisamos de ajuda com atribuição, não mais gastos", "pt"),
        (
            "We geven zo'n 300.000 euro per maand uit aan paid, we willen hulp met attributie, geen hogere uitgaven",
            "nl",
        ),
    ],
)
def test_a_spend_now_with_no_more_spend_wanted_is_no_budget(text: str, lang: str) -> None:
    assert _budget(text, lang) is None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("we spend 2k a month on Google and want to double it", "en"),
        ("we currently spend 2k a month on Google and it's not working", "en"),
        ("we currently spend 2k a month on Google, nothing else works", "en"),
        ("our budget is 2k a month, not more spend than that", "en"),
    ],
)
def test_a_spend_or_budget_not_said_to_fail_is_still_read(text: str, lang: str) -> None:
    budget = _budget(text, lang)
    assert budget is not None and budget.max == 2000


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("maybe 2k a month? 3 max", "en"),
        ("vielleicht 2k im Monat? maximal 3", "de"),
        ("peut-être 2k par mois ? 3 max", "fr"),
        ("¿quizás 2k al mes? 3 como máximo", "es"),
        ("forse 2k al mese? massimo 3", "it"),
        ("talvez 2k por mês? 3 no máximo", "pt"),
        ("misschien 2k per maand? max 3", "nl"),
    ],
)
def test_a_hedged_figure_then_a_bare_ceiling_is_a_range_up_to_it(text: str, lang: str) -> None:
    budget = _budget(text, lang)
    assert budget is not None and (budget.min, budget.max, budget.period) == (2000, 3000, "month")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("we had 30k last year, this year it's 45", "en"),
        ("Letztes Jahr hatten wir 30k, dieses Jahr sind es 45", "de"),
        ("On avait 30k l'an dernier, cette année c'est 45", "fr"),
        ("Teníamos 30k el año pasado, este año son 45", "es"),
        ("L'anno scorso avevamo 30k, quest'anno sono 45", "it"),
        ("Tínhamos 30k no ano passado, este ano são 45", "pt"),
        ("Vorig jaar hadden we 30k, dit jaar is het 45", "nl"),
    ],
)
def test_a_bare_figure_after_a_past_sum_in_thousands_takes_its_k(text: str, lang: str) -> None:
    budget = _budget(text, lang, "budget")
    assert budget is not None and (budget.min, budget.max) == (45000, 45000)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("our finance guy says anything over 50k needs board approval, so let's say 40", "en"),
        ("Alles über 50k muss der Vorstand freigeben, also sagen wir 40", "de"),
        ("Tout ce qui dépasse 50k doit passer par le conseil, disons 40", "fr"),
        ("Todo lo que pase de 50k necesita aprobación del consejo, así que digamos 40", "es"),
        ("Oltre i 50k serve l'approvazione del CdA, quindi diciamo 40", "it"),
        ("Acima de 50k precisa de aprovação da direção, então digamos 40", "pt"),
        ("Alles boven 50k moet langs het bestuur, dus zeg maar 40", "nl"),
    ],
)
def test_a_bare_figure_after_a_sign_off_line_in_thousands_takes_its_k(text: str, lang: str) -> None:
    budget = _budget(text, lang, "budget")
    assert budget is not None and (budget.min, budget.max) == (40000, 40000)


@pytest.mark.parametrize(
    ("text", "field", "top"),
    [
        ("45", "budget", 45),
        ("we had 30 staff last year, budget this year is 45", "budget", 45),
        ("we had 30k last year, this year it's 45k", "budget", 45000),
    ],
)
def test_a_figure_with_no_sum_in_thousands_before_it_or_its_own_k_is_as_said(text: str, field: str, top: int) -> None:
    budget = _budget(text, "en", field)
    assert budget is not None and budget.max == top
