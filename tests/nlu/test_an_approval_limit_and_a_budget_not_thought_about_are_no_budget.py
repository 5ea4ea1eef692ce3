"""An approval limit named as such ("Die Freigabegrenze meines Bereichs liegt bei 50.000 €", "my approval limit is
25k") is the line of an approval, no budget; a budget not thought about yet ("Over budget heb ik nog niet nagedacht",
"ein konkretes Budget haben wir noch nicht") is no budget yet, in seven languages. A budget said beside "not approved
yet" is still the budget."""

import pytest

from nlu import extract

NOW = "2026-12-04"


@pytest.mark.parametrize("text, field, lang", [
    ("Die Freigabegrenze meines Bereichs liegt bei 50.000 €, darüber muss der Vorstand ran. Ein "
     "konkretes Budget haben wir noch nicht.", "budget", "de"),
    ("Ik ben eigenaar van een installatiebedrijf in Eindhoven, 42 man personeel. Bel gerust: 06 12345678. Onze website is "
     "van 2015. Over budget heb ik nog niet nagedacht.", None, "nl"),
    ("my approval limit is 25k, anything above goes to the CFO. no budget set yet", "budget", "en"),
    ("Mon seuil de validation est de 50 000 €, au-delà c'est la direction. Pour le budget, nous n'avons pas encore réfléchi.", "budget", "fr"),
    ("Mi límite de aprobación es de 50.000 €. Aún no hemos pensado en el presupuesto.", "budget", "es"),
    ("Minha alçada é de 50 mil reais. Ainda não pensamos no orçamento.", "budget", "pt"),
    ("La mia soglia di approvazione è 50.000 €. Al budget non ho ancora pensato.", "budget", "it"),
    ("haven't thought about the budget yet tbh", None, "en"),
])
def test_no_budget_is_stated(text, field, lang):
    budget = extract(text, field=field, lang=lang, now=NOW).budget
    assert budget is not None and (budget.min, budget.max) == (None, None) and budget.status in ("none", "unknown")


@pytest.mark.parametrize("text, lang, amount", [
    ("Budget haben wir noch nicht festgelegt, aber 20.000 € wären realistisch", "de", 20000),
    ("Das Budget ist 20.000 €, noch nicht freigegeben aber realistisch", "de", 20000),
    ("our budget is 30k, signed off already", "en", 30000),
])
def test_a_budget_said_beside_an_approval_still_is(text, lang, amount):
    assert extract(text, field="budget", lang=lang, now=NOW).budget.min == amount
