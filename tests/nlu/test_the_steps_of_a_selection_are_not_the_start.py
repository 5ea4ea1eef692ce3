"""The steps of choosing a supplier (an RFP going out, responses or proposals due, a shortlist, pitches) come before
the purchase: when the visitor also says when they decide or want the work live, that date is the timing, in seven
languages. A decision or go-live said alone is read as before."""

import pytest

from nlu import extract

NOW = "2026-12-04"


@pytest.mark.parametrize("text, lang, low, high", [
    ("Our RFP goes out on 15 January, responses due by 12 Feb, and we'd want the winning agency live by 1 April", "en", 114, 118),
    ("we're evaluating 4 vendors, shortlist by 20 Dec, final decision by end of January", "en", 45, 58),
    ("proposals due Jan 10, pitches the week after, we want to kick off in March", "en", 87, 118),
    ("Ausschreibung startet am 15. Januar, Angebote bis 12. Februar, Start mit der Agentur am 1. April", "de", 114, 118),
    ("l'appel d'offres sort le 15 janvier, réponses avant le 12 février, et on veut démarrer le 1er avril", "fr", 114, 118),
    ("la licitación sale el 15 de enero, propuestas hasta el 12 de febrero y queremos empezar el 1 de abril", "es", 114, 118),
    ("o concurso abre a 15 de janeiro, propostas até 12 de fevereiro, e queremos começar a 1 de abril", "pt", 114, 118),
    ("la gara parte il 15 gennaio, offerte entro il 12 febbraio, e vogliamo partire il 1 aprile", "it", 114, 118),
    ("de aanbesteding start op 15 januari, offertes voor 12 februari, en we willen op 1 april beginnen", "nl", 114, 118),
])
def test_the_start_or_decision_wins_over_the_steps(text, lang, low, high):
    timing = extract(text, lang=lang, now=NOW).timing
    assert timing is not None and low <= timing.horizon_days <= high


@pytest.mark.parametrize("text, days", [
    ("final decision by end of January", 58),
    ("we want the agency live by 1 April", 118),
])
def test_a_decision_or_start_alone_is_read(text, days):
    assert extract(text, lang="en", now=NOW).timing.horizon_days == days


@pytest.mark.parametrize("text, lang", [
    ("on veut démarrer le 1er avril", "fr"),
    ("queremos empezar el 1º de abril", "es"),
    ("queremos começar no 1º de abril", "pt"),
    ("vogliamo partire il 1° aprile", "it"),
])
def test_the_first_of_the_month_written_as_an_ordinal_is_that_day(text, lang):
    assert extract(text, lang=lang, now=NOW).timing.target_date == "2027-04-01"
