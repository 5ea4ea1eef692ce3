"""Who the visitor is in the firm, said without a plain title (issue 14, persona set 13):

- owning it, said with the verb, is an owner's seniority (c_level) and a decision maker: "I co-own it with my sister",
  "we co-own the shop", "me and my brother co-own the place", "der Betrieb gehört mir", "l'entreprise m'appartient", "la
  empresa es mía", "a empresa é minha", "l'azienda è mia", "het bedrijf is van mij" (siobhán's "I co-own it" gave
  seniority "unknown");
- others who sign, named in the plural, make the visitor no decision maker unless they say they are one of them: "the two
  directors sign off on spend, I make the recommendation" is an influencer (kate's came out a decision maker: "I make"
  was read as deciding), "I'm one of the two directors, we sign off together" a decision maker;
- "Juniorchef" (the owner's son or daughter in the firm's management) is the owner family's seniority, and "das letzte
  Wort hat mein Vater" gives the decision to someone else, in whichever order it is said and in the seven languages
  (jonas got "nicht verstanden" twice).

Near misses: making or calling is no deciding unless it is the call or the decision ("I make furniture", "I call our
clients every week" say nothing of it; "I make all the decisions here" does); the visitor's own last word decides ("ich
habe das letzte Wort", "j'ai le dernier mot"); someone else's Juniorchef is not the visitor ("unser Juniorchef hat das
Sagen")."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


def _authority(text: str, lang: str, field: str | None = "authority"):
    return extract(text, field=field, now=NOW, lang=lang).authority


@pytest.mark.parametrize(("text", "lang"), [
    ("I co-own it with my sister, the two of us decide", "en"), ("I co-own it", "en"), ("we co-own the shop", "en"),
    ("me and my brother co-own the place", "en"), ("my wife and I own it", "en"),
    ("Der Betrieb gehört mir und meinem Bruder", "de"), ("l'entreprise m'appartient", "fr"), ("la empresa es mía", "es"),
    ("a empresa é minha", "pt"), ("l'azienda è mia", "it"), ("het bedrijf is van mij", "nl"),
])
@pytest.mark.parametrize("field", ["authority", None])
def test_owning_the_firm_said_with_a_verb_is_c_level_and_decides(text: str, lang: str, field: str | None) -> None:
    read = _authority(text, lang, field)
    assert read is not None and (read.seniority, read.role) == ("c_level", "decision_maker")


@pytest.mark.parametrize(("text", "lang", "seniority"), [
    ("practice manager - the two directors sign off on spend, I make the recommendation", "en", "manager"),
    ("the two directors sign off", "en", "unknown"), ("the partners have the final say", "en", "unknown"),
    ("I'm a director, but the two directors above me sign off", "en", "director"),
    ("Ich bin Juniorchef und kümmere mich um den Vertrieb, aber das letzte Wort hat mein Vater", "de", "c_level"),
    ("mein Vater hat das letzte Wort", "de", "unknown"), ("le dernier mot revient à ma mère", "fr", "unknown"),
    ("ma mère a le dernier mot", "fr", "unknown"), ("la última palabra la tiene mi padre", "es", "unknown"),
    ("mi padre tiene la última palabra", "es", "unknown"), ("a palavra final é do meu pai", "pt", "unknown"),
    ("l'ultima parola spetta a mio padre", "it", "unknown"), ("mio padre ha l'ultima parola", "it", "unknown"),
    ("het laatste woord heeft mijn vader", "nl", "unknown"), ("mijn vader heeft het laatste woord", "nl", "unknown"),
])
def test_someone_else_who_signs_or_has_the_last_word_makes_the_visitor_an_influencer(
        text: str, lang: str, seniority: str) -> None:
    read = _authority(text, lang)
    assert read is not None and (read.seniority, read.role) == (seniority, "influencer")


@pytest.mark.parametrize(("text", "lang"), [
    ("I'm one of the two directors, we sign off together", "en"), ("I make all the decisions here", "en"),
    ("I'm one of the two directors and the directors sign off on spend", "en"),
    ("I'm one of the partners; the partners decide together", "en"), ("I'm one of the owners, the owners have the final say", "en"),
    ("I make the final call", "en"), ("ich habe das letzte Wort", "de"), ("j'ai le dernier mot", "fr"),
    ("tengo la última palabra", "es"), ("tenho a palavra final", "pt"), ("ik heb het laatste woord", "nl"),
    ("Ich bin Juniorchef", "de"),
])
def test_the_visitors_own_signature_or_last_word_decides(text: str, lang: str) -> None:
    read = _authority(text, lang)
    assert read is not None and read.role == "decision_maker"


@pytest.mark.parametrize(("text", "lang"), [
    ("I make furniture", "en"), ("I call our clients every week", "en"), ("unser Juniorchef hat das Sagen", "de"),
])
def test_making_or_calling_something_else_or_anothers_title_says_no_authority_of_the_visitor(text: str, lang: str) -> None:
    read = _authority(text, lang, None)
    assert read is None or (read.role != "decision_maker" and read.seniority != "c_level")
