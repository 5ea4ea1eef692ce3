"""A partner's title and a decision the visitor shares, in each of the seven languages (issue 15)."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-03"


@pytest.mark.parametrize(("text", "lang"), [
    ("Ich bin Partnerin und entscheide mit", "de"),
    ("ich bin Partner bei einer Kanzlei", "de"),
    ("bin Partner, die Entscheidung treffen wir zu dritt", "de"),
    ("ik ben partner bij een adviesbureau", "nl"),
    ("ik ben partner en beslis mee", "nl"),
    ("je suis associée dans un cabinet", "fr"),
    ("soy socia de una consultora", "es"),
    ("sou sócia da empresa", "pt"),
    ("sono socia dello studio", "it"),
    ("I'm a partner at a small law firm", "en"),
])
def test_a_partner_of_the_firm_is_c_level_in_every_language(text: str, lang: str) -> None:
    found = extract(text, field="authority", now=NOW, lang=lang).authority
    assert found is not None and found.seniority == "c_level"
    assert found.title is not None
    assert found.title.lower().startswith(("partner", "associ", "soci", "sóci"))


@pytest.mark.parametrize(("text", "lang"), [
    ("Kanzlei Müller & Partner, wir brauchen mehr Mandanten", "de"),
    ("Jansen & Partners, wij zoeken een bureau", "nl"),
    ("ich suche einen Partner für unser Marketing", "de"),
    ("ich arbeite mit einem Geschäftspartner", "de"),
    ("Schmidt und Partner, wir suchen neue Mandanten", "de"),
    ("Jansen en Partners, we zoeken meer klanten", "nl"),
])
def test_a_firm_named_and_partner_or_a_partner_sought_is_no_title(text: str, lang: str) -> None:
    assert extract(text, now=NOW, lang=lang).authority is None


# One rule (nlu.titles): taking part in a decision without saying one makes it is an influencer ...
@pytest.mark.parametrize(("text", "lang"), [
    ("Ich bin Partnerin und entscheide mit", "de"),
    ("ich bin Marketingleiterin und entscheide mit, aber die Geschäftsführung unterschreibt", "de"),
    ("ik ben partner en beslis mee", "nl"),
    ("I'm a partner and I co-decide", "en"),
    ("I'm the marketing manager, I have a say", "en"),
    ("I'm head of growth and I'm involved in the decision", "en"),
    ("I'm the marketing lead, I recommend, my boss decides", "en"),
    ("je suis associée, je co-décide", "fr"),
])
def test_a_title_with_a_part_in_the_decision_gives_the_title_and_an_influencer(text: str, lang: str) -> None:
    for field in ("authority", None):
        found = extract(text, field=field, now=NOW, lang=lang).authority
        assert found is not None and found.title
        assert found.role == "influencer"


# ... and stating oneself as one who decides, alone or together with someone, is a decision maker.
@pytest.mark.parametrize(("text", "lang"), [
    ("ich bin Partner und entscheide gemeinsam mit meinem Kollegen", "de"),
    ("je suis associée et je décide avec mon associé", "fr"),
    ("je suis gérante, c'est moi qui décide avec notre DAF", "fr"),
    ("soy socia y decido junto con mi socio", "es"),
    ("sou sócia e decido junto com meu sócio", "pt"),
    ("sono socia e decido insieme al mio socio", "it"),
    ("sono la direttrice sanitaria e socia, decido io insieme all'altro socio", "it"),
    ("ik ben zaakvoerder en beslis samen met mijn broer", "nl"),
    ("I'm a director, I decide jointly with our CFO", "en"),
    ("I'm one of the three partners, we decide together", "en"),
    ("ich bin Inhaberin, wir entscheiden gemeinsam", "de"),
    ("soy socio, decidimos juntos", "es"),
])
def test_a_title_with_a_decision_stated_as_theirs_with_someone_gives_a_decision_maker(text: str, lang: str) -> None:
    for field in ("authority", None):
        found = extract(text, field=field, now=NOW, lang=lang).authority
        assert found is not None and found.title
        assert found.role == "decision_maker"


@pytest.mark.parametrize(("text", "lang", "title"), [
    ("I'm one of the two partners", "en", "partner"), ("one of the three co-founders", "en", "co-founder"),
    ("I'm one of the managing partners", "en", "managing partner"), ("je suis l'un des associés", "fr", "associé"),
    ("soy uno de los socios", "es", "socio"), ("sou um dos sócios", "pt", "sócio"), ("sono uno dei soci", "it", "socio"),
    ("ik ben een van de partners", "nl", "partner"), ("ich bin einer der Partner", "de", "Partner"),
])
def test_one_of_several_partners_has_the_title_of_one(text: str, lang: str, title: str) -> None:
    found = extract(text, field="authority", now=NOW, lang=lang).authority
    assert found.title == title and found.seniority == "c_level"


def test_a_sign_off_line_the_visitor_holds_at_the_budget_question_states_a_decision_maker() -> None:
    found = extract("I sign off on anything under 75 grand myself", field="budget", now=NOW, lang="en")
    assert found.authority is not None and found.authority.role == "decision_maker"


@pytest.mark.parametrize(("text", "lang"), [
    ("ich bin Geschäftsführerin, ich entscheide", "de"),
    ("je suis gérant, c'est moi qui décide", "fr"),
    ("soy el dueño y decido yo", "es"),
    ("I'm the founder and I decide", "en"),
])
def test_deciding_alone_still_makes_a_decision_maker(text: str, lang: str) -> None:
    assert extract(text, field="authority", now=NOW, lang=lang).authority.role == "decision_maker"


@pytest.mark.parametrize(("text", "lang"), [
    ("the CEO signs off on anything over 10k", "en"),
    ("tout ce qui dépasse 10 000 € doit être validé par le DG", "fr"),
    ("alles boven 10.000 euro moet de directeur goedkeuren", "nl"),
    ("todo lo que pase de 10.000 € tiene que aprobarlo el director", "es"),
    ("tudo acima de 10 mil precisa ser aprovado pelo CEO", "pt"),
    ("tutto sopra i 10.000 € deve essere approvato dal titolare", "it"),
    ("alles über 10.000 € muss von der Geschäftsführung genehmigt werden", "de"),
])
def test_a_line_someone_else_approves_above_is_no_budget_and_makes_an_influencer(text: str, lang: str) -> None:
    found = extract(text, now=NOW, lang=lang)
    assert found.budget is None
    assert found.authority is not None and found.authority.role == "influencer"
