"""Company size: the visitor and one part-time helper or employee ("tiny lol, just me and a part-timer", batch_50 read
nothing) are two people, in the seven languages; a part-time job of the visitor's own, or a freelancer (no staff),
adds no one."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


@pytest.mark.parametrize(("text", "lang"), [
    ("tiny lol, just me and a part-timer", "en"),
    ("just me and a part-time assistant", "en"),
    ("me + a part timer", "en"),
    ("it's me and an intern tbh", "en"),
    ("just me and one employee", "en"),
    ("nur ich und eine Teilzeitkraft", "de"),
    ("juste moi et un employé à temps partiel", "fr"),
    ("solo yo y una persona a media jornada", "es"),
    ("só eu e uma pessoa em part-time", "pt"),
    ("solo io e un part-time", "it"),
    ("alleen ik en een parttimer", "nl"),
])
def test_me_and_a_part_timer_is_two_people(text: str, lang: str) -> None:
    size = extract(text, None, now=NOW, lang=lang).company_size
    assert size is not None and (size.min, size.max) == (2, 2)


@pytest.mark.parametrize("text", [
    "me and a part-time job on the side",
    "just me and a freelancer",
    "me and a part-time course at night",
])
def test_a_part_time_job_or_a_freelancer_adds_no_one(text: str) -> None:
    size = extract(text, None, now=NOW).company_size
    assert size is None or size.max != 2


@pytest.mark.parametrize(("text", "size"), [
    ("tiny team, just me + my cofounder and a part-timer", 3),
    ("just me and my cofounder, plus an intern", 3),
    ("solo founder plus a part-time VA", 2),
    ("solo operation with an apprentice", 2),
])
def test_one_more_person_listed_after_the_visitor_counts(text: str, size: int) -> None:
    read = extract(text, None, now=NOW).company_size
    assert read is not None and (read.min, read.max) == (size, size)


@pytest.mark.parametrize(("text", "size"), [
    ("solo founder with a freelancer for design", 1),
    ("just me and my cofounder, plus 3 freelancers", 2),
])
def test_freelancers_listed_after_the_visitor_add_no_one(text: str, size: int) -> None:
    read = extract(text, None, now=NOW).company_size
    assert read is not None and (read.min, read.max) == (size, size)
