"""Two spaces or a tab typed where one space was meant change nothing the extractor reads (issue 14, brittleness:
bench/nlu_robustness.py's double_space variation broke 485 of 5611 right answers). A line break still ends a
clause, and a negation spread over double spaces is still a negation."""

from __future__ import annotations

import pytest

from nlu import extract

NOW = "2026-12-05"


@pytest.mark.parametrize(
    ("text", "field", "lang", "path", "expected"),
    [
        ("Managing  Director", "authority", "en", ("authority", "seniority"), "c_level"),
        ("Chief Revenue  Officer", "authority", "en", ("authority", "seniority"), "c_level"),
        ("about 3  thousand pounds a month", "budget", "en", ("budget", "min"), 3000),
        ("it's my  call", "authority", "en", ("authority", "role"), "decision_maker"),
        ("team  lead for paid media", "authority", "en", ("authority", "seniority"), "manager"),
        ("Geschäftsführer\tund Inhaber", "authority", "de", ("authority", "seniority"), "c_level"),
        ("wir haben  etwa 8.000 Euro  im Monat", "budget", "de", ("budget", "period"), "month"),
        ("environ 5 000 €  par mois", "budget", "fr", ("budget", "period"), "month"),
        ("directeur  général", "authority", "fr", ("authority", "seniority"), "c_level"),
        ("unos 3.000 euros  al mes", "budget", "es", ("budget", "period"), "month"),
        ("direttore  generale", "authority", "it", ("authority", "seniority"), "c_level"),
        ("cerca di 2.000 euro  al  mese", "budget", "it", ("budget", "period"), "month"),
        ("diretor  comercial", "authority", "pt", ("authority", "seniority"), "director"),
        ("uns 5 mil reais  por mês", "budget", "pt", ("budget", "period"), "month"),
        ("algemeen  directeur", "authority", "nl", ("authority", "seniority"), "c_level"),
        ("zo'n 4.000 euro  per  maand", "budget", "nl", ("budget", "period"), "month"),
    ],
)
def test_a_phrase_typed_with_two_spaces_or_a_tab_is_read_as_with_one(text, field, lang, path, expected):
    read = extract(text, field=field, now=NOW, lang=lang).to_dict()
    assert read.get(path[0], {}).get(path[1]) == expected, read
    single = extract(" ".join(text.split()), field=field, now=NOW, lang=lang).to_dict()
    assert read == single


def test_a_title_quoted_back_has_one_space_where_two_were_typed():
    assert extract("Managing  Director", field="authority", now=NOW).authority.title == "Managing Director"


@pytest.mark.parametrize(
    ("text", "field", "path", "unwanted"),
    [
        # near misses: a negation or a correction spread over double spaces is still read as one
        ("I'm  not  the  decision  maker", "authority", ("authority", "role"), "decision_maker"),
        ("not  the  CEO,  I just  work  there", "authority", ("authority", "seniority"), "c_level"),
        ("we  don't  have  a  budget  yet", "budget", ("budget", "status"), "stated"),
        ("wir haben  noch  kein  Budget", "budget", ("budget", "status"), "stated"),
    ],
)
def test_a_negation_typed_with_two_spaces_is_still_a_negation(text, field, path, unwanted):
    read = extract(text, field=field, now=NOW).to_dict()
    assert read.get(path[0], {}).get(path[1]) != unwanted, read


def test_a_line_break_still_ends_a_clause_so_the_later_count_is_the_size():
    read = extract("we were 20\n\nnow we are 45", now=NOW).to_dict()
    assert read["company_size"] == {"min": 45, "max": 45}
