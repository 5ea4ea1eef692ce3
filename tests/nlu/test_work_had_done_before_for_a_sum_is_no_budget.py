"""Work the visitor had done before for a sum ("we had a new site built in 2023 for $25k", "We hebben in 2023 een nieuwe
site laten bouwen voor €25.000") is what it cost then, not a budget, in seven languages; the same work wanted now
for a sum is still the budget."""

import pytest

from nlu import extract

NOW = "2026-12-04"


@pytest.mark.parametrize("text, lang", [
    ("we had a new site built in 2023 for $25k, so thats sorted. its about social", "en"),
    ("had our shop redesigned last spring for 12k, it's fine. we need seo", "en"),
    ("We hebben in 2023 een nieuwe site laten bouwen voor €25.000, dus daar hoeft niks aan. Het gaat om social.", "nl"),
    ("Wir haben 2023 eine neue Website für 25.000 € bauen lassen, die passt. Es geht um Social Media.", "de"),
    ("On a fait refaire le site en 2023 pour 25 000 €, donc ça va. C'est pour les réseaux sociaux.", "fr"),
    ("En 2023 mandamos hacer una web nueva por 25.000 €, así que eso está bien.", "es"),
    ("Em 2023 mandamos fazer um site novo por 25.000 €, então isso está ok.", "pt"),
    ("Nel 2023 abbiamo fatto rifare il sito per 25.000 €, quindi a posto.", "it"),
])
def test_work_had_done_for_a_sum_is_no_budget(text, lang):
    assert extract(text, lang=lang, now=NOW).budget is None


@pytest.mark.parametrize("text, lang", [
    ("we want to have a new site built for 25k", "en"),
    ("wir wollen eine neue Website für 25.000 € bauen lassen", "de"),
    ("we willen een nieuwe site laten bouwen voor €25.000", "nl"),
    ("we had a site built years ago, this time our budget is 25k", "en"),
])
def test_work_wanted_now_for_a_sum_is_the_budget(text, lang):
    assert extract(text, lang=lang, now=NOW).budget.min == 25000
