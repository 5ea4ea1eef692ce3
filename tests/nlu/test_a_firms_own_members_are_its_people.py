"""Company size: the members of the firm itself ("we are startup of 8 members in Bangalore", batch_50 read nothing;
"a team of 12 members") are its people, in the seven languages; the members of a club, a gym or a community are whom
it serves."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


@pytest.mark.parametrize(("text", "lang", "size"), [
    ("Hello, we are startup of 8 members in Bangalore, fintech app", "en", 8),
    ("we are a team of 12 members", "en", 12),
    ("small agency with 6 team members", "en", 6),
    ("we are 8 members, all remote", "en", 8),
    ("ein Startup mit 8 Mitgliedern in Berlin", "de", 8),
    ("une startup de 8 membres à Lyon", "fr", 8),
    ("somos una startup de 8 miembros en Madrid", "es", 8),
    ("somos uma startup de 8 membros em Lisboa", "pt", 8),
    ("siamo una startup di 8 membri a Milano", "it", 8),
    ("we zijn een startup van 8 leden in Utrecht", "nl", 8),
])
def test_a_firms_own_members_are_its_people(text: str, lang: str, size: int) -> None:
    read = extract(text, None, now=NOW, lang=lang).company_size
    assert read is not None and (read.min, read.max) == (size, size)


@pytest.mark.parametrize(("text", "lang"), [
    ("we have 500 members at our gym", "en"),
    ("our club has 300 members", "en"),
    ("we are a community of 2000 members", "en"),
    ("a network of 150 members across the UK", "en"),
    ("unser Verein hat 300 Mitglieder", "de"),
    ("notre club compte 300 membres", "fr"),
    ("el gimnasio tiene 500 miembros", "es"),
])
def test_members_of_a_club_or_a_community_are_no_head_count(text: str, lang: str) -> None:
    assert extract(text, None, now=NOW, lang=lang).company_size is None
