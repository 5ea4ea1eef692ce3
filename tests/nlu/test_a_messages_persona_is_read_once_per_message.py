"""The persona's patterns cost the most of any reader on a long run of punctuation ("-" * 4000 spent ~0.1 s in each
reading, and ``extract`` read it five times: in itself, twice in ``needs.need`` and twice in ``industries.industry``).
``extract`` now reads it once and passes it on; what the need and industry readers make of a message is unchanged.

No timed test (a bound in seconds fails on a busy machine and passes on a quadratic path that is merely fast here):
the number of readings is the bound, and it is counted.
"""

from __future__ import annotations

import pytest

from nlu import extract, industries, needs, personas
from nlu.text import Text

NOW = "2026-12-04"


def test_extract_reads_the_persona_of_a_message_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    real = personas.persona

    def counted(text: Text) -> str | None:
        calls.append(text.original)
        return real(text)

    # Every name the readers call it by: the module's own and the one industries imported.
    monkeypatch.setattr(personas, "persona", counted)
    monkeypatch.setattr(industries, "persona", counted)
    extract("-" * 4000, now=NOW)
    assert len(calls) == 1


@pytest.mark.parametrize("text", [
    # a student's thesis topic is no need and no trade
    "I'm a student writing my dissertation on marketing automation for dental clinics",
    "ich bin Studentin und schreibe meine Bachelorarbeit über SEO für Zahnarztpraxen",
    # a job seeker's past trade is no industry
    "I worked 5 years in hospitality and I'm looking for a marketing job",
    # a vendor's own services are no need
    "We offer SEO services to agencies like yours, would you be interested in our tool?",
    # near misses: a buyer whose words mention a thesis or a job
    "we're a dental clinic in Leeds and need help with SEO",
    "we are a recruitment agency and need a new website for our job board",
    "-" * 4000,
])
def test_the_need_and_industry_read_with_the_persona_passed_are_those_read_without(text: str) -> None:
    parsed = Text.of(text)
    who = personas.persona(parsed)
    assert needs.need(parsed, None, persona=who) == needs.need(parsed, None)
    assert industries.industry(parsed, None, persona_read=who) == industries.industry(parsed, None)
