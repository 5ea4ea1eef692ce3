"""Staff counted in the feminine are a head count, as in the masculine (issue 14, played, nlu-findings: "somos 5
funcionárias" and "we zijn met 5 medewerksters" gave no size, and the size question was asked for what was just
said). English staff words have no feminine. Near misses read as the masculine does: another firm's staff, and
staff hired, are no head count of the visitor's."""

from __future__ import annotations

import pytest

from nlu import extract

NOW = "2026-12-05"


@pytest.mark.parametrize(
    ("text", "lang", "size"),
    [
        ("somos 5 funcionárias", "pt", 5),
        ("temos 12 colaboradoras", "pt", 12),
        ("somos 10 trabajadoras", "es", 10),
        ("somos 10 colaboradoras", "es", 10),
        ("siamo 6 collaboratrici", "it", 6),
        ("abbiamo 9 impiegate", "it", 9),
        ("we zijn met 5 medewerksters", "nl", 5),
        ("nous sommes 8 salariées", "fr", 8),
        ("wir haben 15 Mitarbeiterinnen", "de", 15),
    ],
)
def test_staff_counted_in_the_feminine_are_the_head_count(text, lang, size):
    read = extract(text, now=NOW, lang=lang).to_dict().get("company_size")
    assert read == {"min": size, "max": size}


@pytest.mark.parametrize(
    ("feminine", "masculine", "lang"),
    [
        ("nosso cliente tem 500 funcionárias", "nosso cliente tem 500 funcionários", "pt"),
        ("contratamos 3 funcionárias novas", "contratamos 3 funcionários novos", "pt"),
        ("il nostro cliente ha 200 collaboratrici", "il nostro cliente ha 200 collaboratori", "it"),
        ("nuestro cliente tiene 300 trabajadoras", "nuestro cliente tiene 300 trabajadores", "es"),
    ],
)
def test_the_feminine_reads_as_the_masculine_where_it_is_no_head_count(feminine, masculine, lang):
    assert extract(feminine, now=NOW, lang=lang).to_dict().get("company_size") == extract(
        masculine, now=NOW, lang=lang
    ).to_dict().get("company_size")
