"""Authority: a title in shorthand is read as the visitor's title when they say it of themself ("bin GF", "je suis DG",
"DAF ici", "sono AD", "soy DG", "je suis DRH"), or answer the title question with it alone; the same capitals elsewhere
are other words ("my GF runs a bakery" is a girlfriend, "AD campaigns" adverts, "GL codes" a ledger's), and "sono AD"
is no paid-ads need. A managing director who is also the majority shareholder, and the majority shareholder alone, are
the owner, in the seven languages."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


@pytest.mark.parametrize(("text", "title", "seniority"), [
    ("bin GF bei einer kleinen Firma", "GF", "c_level"),
    ("ich bin GF", "GF", "c_level"),
    ("je suis DG", "DG", "c_level"),
    ("DAF ici, on cherche une agence", "DAF", "c_level"),
    ("sono AD di una piccola azienda", "AD", "c_level"),
    ("sono l'AD", "AD", "c_level"),
    ("soy DG de una pyme", "DG", "c_level"),
    ("je suis DRH", "DRH", "director"),
    ("sono resp. marketing", "resp. marketing", "manager"),
    ("soy dir. comercial", "dir. comercial", "director"),
    ("ik ben dga", "dga", "c_level"),
    ("i'm the ceo", "ceo", "c_level"),
])
def test_a_title_in_shorthand_said_of_oneself_is_the_title(text: str, title: str, seniority: str) -> None:
    authority = extract(text, None, now=NOW).authority
    assert authority is not None and (authority.title, authority.seniority) == (title, seniority)


@pytest.mark.parametrize("text", ["GF", "DG", "AD"])
def test_a_shorthand_alone_answers_the_title_question(text: str) -> None:
    authority = extract(text, "authority", now=NOW).authority
    assert authority is not None and authority.seniority == "c_level"


@pytest.mark.parametrize("text", ["my GF runs a bakery", "AD campaigns are too expensive", "we need GL codes fixed", "der GF entscheidet"])
def test_the_same_capitals_said_otherwise_are_no_title_of_the_visitor(text: str) -> None:
    authority = extract(text, None, now=NOW).authority
    assert authority is None or authority.seniority != "c_level"


def test_a_managing_director_in_italian_shorthand_is_no_ad_need() -> None:
    need = extract("sono AD di una piccola azienda", None, now=NOW).need
    assert need is None or "paid_ads" not in need.categories


@pytest.mark.parametrize("text", [
    "MD and majority shareholder, so aye, my call",
    "I'm the majority shareholder",
    "ich bin Mehrheitsgesellschafter",
    "je suis actionnaire majoritaire",
    "soy accionista mayoritario",
    "sou sócio maioritário",
    "sono socio di maggioranza",
    "ik ben grootaandeelhouder",
])
def test_the_majority_shareholder_is_the_owner(text: str) -> None:
    authority = extract(text, None, now=NOW).authority
    assert authority is not None and (authority.seniority, authority.role) == ("c_level", "decision_maker")


def test_a_majority_shareholder_named_as_someone_else_is_not_the_visitor() -> None:
    authority = extract("our majority shareholder decides", None, now=NOW).authority
    assert authority is not None and (authority.seniority, authority.role) == ("unknown", "influencer")
