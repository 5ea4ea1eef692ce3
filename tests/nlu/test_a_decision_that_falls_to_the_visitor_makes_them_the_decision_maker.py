"""A decision said to fall to the visitor, or the last word said to be theirs, makes them the decision maker: "la
decisione spetta a me", "me toca a mí decidir" and "cabe a mim decidir" were read as nothing (the lead's checks of the
seven languages, issue 14), where "it's up to me" and "la décision me revient" were read. Near misses: the same said
of someone else ("spetta al mio capo decidere") or denied ("non spetta a me") make the visitor an influencer."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-05"


@pytest.mark.parametrize(("text", "lang"), [
    ("it's up to me", "en"), ("la décision me revient", "fr"), ("die Entscheidung liegt bei mir", "de"),
    ("de beslissing ligt bij mij", "nl"),
    ("la decisione spetta a me", "it"), ("spetta a me decidere", "it"), ("l'ultima parola è mia", "it"),
    ("me toca a mí decidir", "es"), ("la última palabra es mía", "es"),
    ("cabe a mim decidir", "pt"), ("a última palavra é minha", "pt"),
])
def test_the_visitor_decides(text: str, lang: str) -> None:
    authority = extract(text, now=NOW, field="authority", lang=lang).authority
    assert authority is not None and authority.role == "decision_maker", authority


@pytest.mark.parametrize(("text", "lang"), [
    ("spetta al mio capo decidere", "it"), ("non spetta a me", "it"),
    ("le toca a mi jefe decidir", "es"), ("no me toca a mí decidir", "es"),
    ("cabe ao meu chefe decidir", "pt"), ("não cabe a mim decidir", "pt"),
])
def test_someone_else_decides(text: str, lang: str) -> None:
    authority = extract(text, now=NOW, field="authority", lang=lang).authority
    assert authority is not None and authority.role == "influencer", authority
