"""Heads said in parts add up ("22 guys in the field + 3 in the office", "me and my brother + 4 techs"), a total said
for them is the size ("60 in Dublin plus 25 in Lisbon, so 85 all in", "in tutto circa 95 persone"), and one count said
of a trade and staff together ("25 teachers and staff") is that count."""

import pytest

from nlu import extract

NOW = "2026-12-04"


@pytest.mark.parametrize("text, lang, heads", [
    ("We're a roofing company in Tulsa, 22 guys in the field + 3 in the office.", "en", 25),
    ("12 techs in the field and 4 in the office", "en", 16),
    ("pest control co, me and my brother + 4 techs. we're in Tampa.", "en", 6),
    ("me and my wife and 3 staff", "en", 5),
    ("We're ~60 staff — well, 60 in Dublin plus 25 in Lisbon, so 85 all in.", "en", 85),
    ("physio clinics on the Gold Coast, about 14 staff all up", "en", 14),
    ("Siamo uno studio legale a Milano, 60 avvocati più lo staff, in tutto circa 95 persone su 3 sedi.", "it", 95),
    ("Kanzlei in Wien, 20 Anwälte plus Sekretariat, insgesamt 35 Mitarbeiter.", "de", 35),
    ("Cabinet d'avocats à Lyon, 20 avocats plus l'administratif, au total 35 personnes.", "fr", 35),
    ("Despacho en Madrid, 20 abogados más administración, en total 35 personas.", "es", 35),
    ("Escritório em Lisboa, 20 advogados mais administrativos, no total 35 pessoas.", "pt", 35),
    ("Advocatenkantoor in Utrecht, 20 advocaten plus ondersteuning, in totaal 35 mensen.", "nl", 35),
    ("language school in Ottawa, 25 teachers and staff", "en", 25),
])
def test_the_whole_companys_count_is_read(text, lang, heads):
    size = extract(text, lang=lang, now=NOW).company_size
    assert (size.min, size.max) == (heads, heads)


def test_a_trade_then_other_staff_uncounted_stays_the_least():
    size = extract("a law firm, 15 attorneys plus support staff", now=NOW).company_size
    assert (size.min, size.max) == (15, None)


@pytest.mark.parametrize("text", ["we sold 85 all in last year", "we shipped 300 orders in total this month"])
def test_a_total_of_other_things_is_no_size(text):
    assert extract(text, now=NOW).company_size is None
