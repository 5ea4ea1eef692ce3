"""Company size: heads counted by their trade, then more staff said without a count ("Toronto based accounting firm,
15 CPAs plus admin staff", batch_50 read nothing) are at least that count, with no top, in the seven languages;
staff counted after them add up as before."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


@pytest.mark.parametrize(("text", "lang"), [
    ("Toronto based accounting firm, 15 CPAs plus admin staff. we want to show up on google", "en"),
    ("a law firm, 15 attorneys plus support staff", "en"),
    ("15 auditors and some office staff", "en"),
    ("Steuerkanzlei in München, 15 Steuerberater plus Verwaltungspersonal", "de"),
    ("cabinet comptable à Lyon, 15 experts-comptables plus le personnel administratif", "fr"),
    ("despacho contable en Madrid, 15 contadores más personal administrativo", "es"),
    ("escritório de contabilidade em Lisboa, 15 contabilistas mais pessoal administrativo", "pt"),
    ("studio di commercialisti a Milano, 15 commercialisti più il personale amministrativo", "it"),
    ("accountantskantoor in Utrecht, 15 accountants plus administratief personeel", "nl"),
])
def test_a_count_by_trade_then_staff_uncounted_is_the_least(text: str, lang: str) -> None:
    size = extract(text, None, now=NOW, lang=lang).company_size
    assert size is not None and size.min == 15 and size.max is None


@pytest.mark.parametrize(("text", "size"), [
    ("a law firm, 9 attorneys and 3 paralegals", 12),
    ("accounting firm with 15 CPAs", 15),
    ("15 CPAs, 4 admins and a receptionist", 20),
])
def test_staff_counted_by_trade_add_up(text: str, size: int) -> None:
    read = extract(text, None, now=NOW).company_size
    assert read is not None and (read.min, read.max) == (size, size)
