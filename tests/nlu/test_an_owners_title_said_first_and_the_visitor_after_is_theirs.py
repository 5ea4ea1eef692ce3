"""An owner's, founder's or chief's title said first and the visitor after it is the visitor's (issue 14: "il titolare
sono io" gave no role), in the seven languages: "the owner is me", "CEO? that's me", "der Inhaber bin ich", "le patron
c'est moi", "el dueño soy yo", "o dono sou eu", "de eigenaar ben ik"; of several, the visitor is one of them ("i titolari
siamo noi"). Near misses: the title said to be someone else's ("the owner is my wife"), or not the visitor's ("the owner?
not me"), or someone who did something to the visitor ("the owner emailed me")."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-05"


@pytest.mark.parametrize(("text", "lang", "title"), [
    ("the owner is me", "en", "owner"), ("founder? that's me", "en", "founder"), ("CEO here is me, Dana", "en", "CEO"),
    ("der Inhaber bin ich", "de", "Inhaber"), ("die Geschäftsführerin bin ich", "de", "Geschäftsführerin"),
    ("le patron c'est moi", "fr", "patron"), ("la gérante, c'est moi", "fr", "gérante"),
    ("el dueño soy yo", "es", "dueño"), ("la fundadora soy yo", "es", "fundadora"),
    ("o dono sou eu", "pt", "dono"), ("a proprietária sou eu", "pt", "proprietária"),
    ("il titolare sono io", "it", "titolare"), ("la titolare sono io, con mio fratello", "it", "titolare"),
    ("de eigenaar ben ik", "nl", "eigenaar"), ("de oprichter, dat ben ik", "nl", "oprichter"),
])
def test_a_title_said_first_then_the_visitor_is_theirs(text: str, lang: str, title: str) -> None:
    for field in (None, "authority"):
        authority = extract(text, field, now=NOW, lang=lang).authority
        assert authority is not None and authority.seniority == "c_level" and authority.role == "decision_maker", (field, authority)
        assert authority.title == title


@pytest.mark.parametrize(("text", "lang", "title"), [
    ("i titolari siamo noi", "it", "titolare"), ("die Inhaber sind wir", "de", "Inhaber"), ("los dueños somos nosotros", "es", "dueño"),
    ("the owners? that's us", "en", "owner"),
])
def test_owners_said_first_then_we_makes_the_visitor_one_of_them(text: str, lang: str, title: str) -> None:
    authority = extract(text, None, now=NOW, lang=lang).authority
    assert authority is not None and authority.seniority == "c_level" and authority.title == title


@pytest.mark.parametrize(("text", "lang"), [
    ("the owner is my wife", "en"), ("the owner? not me", "en"), ("the owner emailed me yesterday", "en"),
    ("der Inhaber ist mein Vater", "de"), ("le patron c'est mon oncle", "fr"), ("el dueño es mi padre", "es"),
    ("o dono é o meu sócio", "pt"), ("il titolare è mio zio", "it"), ("de eigenaar is mijn vrouw", "nl"),
])
def test_a_title_said_of_someone_else_is_not_the_visitors(text: str, lang: str) -> None:
    authority = extract(text, None, now=NOW, lang=lang).authority
    assert authority is None or authority.seniority != "c_level", authority
