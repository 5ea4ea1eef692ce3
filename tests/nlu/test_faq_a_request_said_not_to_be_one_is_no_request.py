"""nlu.faq.reads_as_question: "I don't want a call", "no quiero", "ik wil niet" refuse; they ask us for nothing.

The request words ("i want", "quiero", "ik wil", "ich möchte") made any message holding them a request, negated or
not, so a refusal was answered as a question. The negation stands before the verb in English and the Romance
languages and after it in German, Dutch and spoken French; a "no" set off by a comma answers us first and the request
after it stands ("no, quiero un presupuesto").
"""

import pytest

from nlu.faq import reads_as_question


@pytest.mark.parametrize("text", [
    # en
    "I don't want a call", "I do not want a call", "we're not interested in SEO", "I'm not really looking for an agency",
    "please don't send me anything", "never send me newsletters", "we are no longer looking for a supplier",
    # de
    "ich will nicht", "ich möchte keine Anrufe", "ich möchte das nicht", "schicken Sie mir nichts",
    # fr
    "je ne veux pas de newsletter", "je veux pas être rappelé", "je ne voudrais pas être appelé",
    # es
    "no quiero una llamada", "no quiero nada más", "no me gustaría recibir correos", "no quisiera molestar",
    # pt
    "não quero ligação", "não gostaria de receber emails", "nao quero nada",
    # it
    "non voglio essere contattato", "non vorrei essere richiamato",
    # nl
    "ik wil niet gebeld worden", "ik wil geen nieuwsbrief", "stuur me niets",
])
def test_a_negated_request_is_no_question(text):
    assert not reads_as_question(text)


@pytest.mark.parametrize("text", [
    # near misses: the request stands, after a "no" that answers us, or with "plus" ("more" in written French)
    "I want a quote", "no, I want a call", "not now, but send me the brochure", "I need a quote",
    "ich möchte ein Angebot", "nein, ich möchte ein Angebot",
    "je veux un devis", "non, je veux un devis", "je veux plus de détails",
    "quiero una llamada", "no, quiero un presupuesto", "sí quiero una demo",
    "quero um orçamento", "não, quero um orçamento",
    "vorrei un preventivo", "no, vorrei un preventivo",
    "ik wil een offerte", "nee, ik wil een offerte", "ik wil graag een gesprek",
])
def test_a_request_after_a_no_that_answers_or_not_negated_is_still_one(text):
    assert reads_as_question(text)
