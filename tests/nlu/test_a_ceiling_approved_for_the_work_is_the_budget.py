"""A ceiling granted for the work ("partners have approved up to £25k for a rebuild") is the budget's top, in seven
languages; the line of an approval ("the CEO signs off on anything over 10k", "I can sign off up to 10k myself") stays
no budget."""

import pytest

from nlu import extract

NOW = "2026-12-04"


@pytest.mark.parametrize("text, lang, high, currency", [
    ("Morning, I'm the practice director at a law firm in Manchester. Partners have approved up to "
     "£25k for a rebuild + SEO, ideally live by end of March.", "en", 25000, "GBP"),
    ("the board signed off a maximum of 40k for the new site", "en", 40000, "USD"),
    ("Die Partner haben bis zu 25.000 € für den Relaunch genehmigt.", "de", 25000, "EUR"),
    ("Les associés ont approuvé jusqu'à 25 000 € pour la refonte du site.", "fr", 25000, "EUR"),
    ("Los socios han aprobado hasta 25.000 € para rehacer la web.", "es", 25000, "EUR"),
    ("Os sócios aprovaram até 25.000 € para o novo site.", "pt", 25000, "EUR"),
    ("I soci hanno approvato fino a 25.000 € per il nuovo sito.", "it", 25000, "EUR"),
    ("De partners hebben tot 25.000 euro goedgekeurd voor de nieuwe website.", "nl", 25000, "EUR"),
])
def test_a_ceiling_granted_for_the_work_is_the_budgets_top(text, lang, high, currency):
    budget = extract(text, lang=lang, now=NOW).budget
    assert (budget.min, budget.max, budget.currency) == (None, high, currency)


@pytest.mark.parametrize("text, lang", [
    ("the CEO signs off on anything over 10k", "en"),
    ("I can sign off up to 10k for marketing myself, beyond that the CFO", "en"),
    ("anything up to 5k I approve, above that it goes to the board", "en"),
    ("Ich kann bis zu 25.000 € selbst freigeben, darüber der Vorstand.", "de"),
])
def test_the_line_of_an_approval_is_still_no_budget(text, lang):
    assert extract(text, lang=lang, now=NOW).budget is None


@pytest.mark.parametrize("text, high", [
    ("we've got sign-off for up to £40k on this project", 40000),
    ("board signed off up to $100k towards the rebrand", 100000),
    ("Partners have approved up to £25k.", 25000),
])
def test_a_ceiling_granted_in_the_past_tense_is_the_budgets_top(text, high):
    budget = extract(text, now=NOW).budget
    assert (budget.min, budget.max) == (None, high)


@pytest.mark.parametrize("text", [
    "the CEO approves up to 10k on marketing spend, above that the board",
    "our CFO signs off up to 50k for any vendor",
])
def test_a_habit_of_approving_up_to_a_line_is_no_budget(text):
    assert extract(text, now=NOW).budget is None
