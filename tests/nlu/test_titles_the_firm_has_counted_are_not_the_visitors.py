"""nlu.titles: titles the firm has, said after "we have" ("wir haben zwei Geschäftsführer, ich bin Assistentin", "temos
dois diretores, eu sou assistente", "we hebben twee directeuren, ik ben assistent"), are the firm's people, not the
visitor: the visitor's own title said after them is theirs. "wir haben zwei Geschäftsführer" made the visitor a c-level
decision maker. Near misses: the visitor's own title before or after them still reads (issue 14)."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


@pytest.mark.parametrize("field", [None, "authority"])
@pytest.mark.parametrize(("text", "title", "seniority"), [
    ("we have two CEOs, I'm the office manager", "office manager", "manager"),
    ("wir haben zwei Geschäftsführer, ich bin Assistentin", "Assistentin", "individual_contributor"),
    ("nous avons deux gérants, je suis assistante", "assistante", "individual_contributor"),
    ("tenemos dos gerentes, yo soy asistente", "asistente", "individual_contributor"),
    ("temos dois diretores, eu sou assistente", "assistente", "individual_contributor"),
    ("abbiamo due titolari, io sono l'assistente", "assistente", "individual_contributor"),
    ("we hebben twee directeuren, ik ben assistent", "assistent", "individual_contributor"),
    ("I'm the founder, we have two managers", "founder", "c_level"),
    ("ich bin Geschäftsführerin, wir haben drei Teamleiter", "Geschäftsführerin", "c_level"),
])
def test_titles_the_firm_has_are_not_the_visitors_own(text: str, title: str, seniority: str, field: str | None) -> None:
    authority = extract(text, field, now=NOW).authority
    assert authority is not None
    assert (authority.title, authority.seniority) == (title, seniority)


def test_a_title_the_firm_has_with_no_title_of_the_visitors_is_no_title() -> None:
    authority = extract("we have a CEO and I'm in marketing", "authority", now=NOW).authority
    assert authority is None or authority.seniority != "c_level"
