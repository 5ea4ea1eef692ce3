"""A decision others in the firm must agree to is not the visitor's alone (issue 14: "managing partner, but the other
two partners have to agree" was read as the decision maker), in the seven languages: partners, co-founders, a board or
shareholders who have to agree, approve or sign off, or whose approval is needed, make the visitor an influencer, as one
who says someone else approves is (``nlu.titles``), their title kept. Near misses: the visitor deciding, a board that
agrees with them, clients who must agree to something else."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-05"


@pytest.mark.parametrize(("text", "lang"), [
    ("managing partner, but the other two partners have to agree", "en"),
    ("I'm a co-founder, my co-founders need to agree too", "en"),
    ("I'm the founder, the board must sign off", "en"),
    ("owner, but my business partner has to agree", "en"),
    ("CEO - anything over 20k needs the approval of the board", "en"),
    ("ich bin Geschäftsführer, aber die anderen Gesellschafter müssen zustimmen", "de"),
    ("Inhaber, braucht aber die Zustimmung meines Mitgründers", "de"),
    ("je suis gérant, mais les autres associés doivent être d'accord", "fr"),
    ("je suis le PDG mais il faut l'accord du conseil", "fr"),
    ("soy socio director, pero los otros socios tienen que estar de acuerdo", "es"),
    ("soy el fundador, la junta tiene que aprobarlo", "es"),
    ("sou sócio-gerente, mas os outros sócios têm que concordar", "pt"),
    ("sou o CEO, mas o conselho tem que aprovar", "pt"),
    ("sono il titolare ma gli altri soci devono essere d'accordo", "it"),
    ("sono il fondatore, serve l'approvazione del consiglio", "it"),
    ("ik ben eigenaar, maar het bestuur moet goedkeuren", "nl"),
    ("ik ben directeur, maar de andere vennoten moeten akkoord gaan", "nl"),
])
def test_others_who_must_agree_make_the_visitor_an_influencer(text: str, lang: str) -> None:
    for field in (None, "authority"):
        authority = extract(text, field, now=NOW, lang=lang).authority
        assert authority is not None and authority.role == "influencer" and authority.title, (field, authority)


@pytest.mark.parametrize(("text", "lang"), [
    ("I'm the managing partner and I decide", "en"), ("I'm the CEO, I agree with the board on strategy", "en"),
    ("I'm the founder and the board agrees with me", "en"), ("I'm the owner, our clients have to agree to the new prices", "en"),
    ("ich bin Inhaber und entscheide allein", "de"), ("je suis le gérant, c'est moi qui décide", "fr"),
    ("soy el dueño, decido yo", "es"), ("sou o dono, eu decido", "pt"), ("sono il titolare, decido io", "it"),
    ("ik ben de eigenaar, ik beslis", "nl"),
])
def test_the_visitor_deciding_stays_the_decision_maker(text: str, lang: str) -> None:
    authority = extract(text, None, now=NOW, lang=lang).authority
    assert authority is not None and authority.role == "decision_maker", authority
