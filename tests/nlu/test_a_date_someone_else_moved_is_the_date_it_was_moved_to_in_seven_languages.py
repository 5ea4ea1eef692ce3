"""Timing: a start planned for one date that someone else moved to another ("kickoff was set for Jan 12 but the board
pushed it to Feb 2", batch_59 read Jan 12) is aimed at the date it was moved to, whoever moved it, with what was moved
said between the verb and the date ("pushed it to", "pushed the whole thing back to", "l'a repoussé au", "lo aplazó
al", "adiou para", "heeft hem naar maart verplaatst", "uitgesteld tot"), in the seven languages; a move of an office,
a tool or something else that is no date leaves the start said elsewhere."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


@pytest.mark.parametrize(("text", "lang", "date"), [
    ("kickoff was set for Jan 12 but the board pushed it to Feb 2", "en", "2027-02-02"),
    ("launch was March 1 but they moved it to April 12", "en", "2027-04-12"),
    ("the kickoff was Jan 12, then legal bumped it to Feb 2", "en", "2027-02-02"),
    ("we were scheduled to start Jan 12, the board has since postponed it until Feb 2", "en", "2027-02-02"),
    # moved earlier: the date said since still holds
    ("start date was Feb 2 but our CEO brought it forward to Jan 12", "en", "2027-01-12"),
    ("Der Start war für den 12. Januar geplant, aber der Vorstand hat ihn auf den 2. Februar verschoben", "de", "2027-02-02"),
    ("Le lancement était prévu le 12 janvier mais la direction l'a repoussé au 2 février", "fr", "2027-02-02"),
    ("El arranque estaba previsto para el 12 de enero pero la junta lo aplazó al 2 de febrero", "es", "2027-02-02"),
    ("Il kickoff era fissato per il 12 gennaio ma il consiglio l'ha rinviato al 2 febbraio", "it", "2027-02-02"),
    ("O arranque estava marcado para 12 de janeiro mas a direção adiou para 2 de fevereiro", "pt", "2027-02-02"),
    ("De kickoff stond op 12 januari maar het bestuur heeft hem verschoven naar 2 februari", "nl", "2027-02-02"),
])
def test_a_start_moved_by_someone_else_is_aimed_at_the_date_it_was_moved_to(text: str, lang: str, date: str) -> None:
    timing = extract(text, None, now=NOW, lang=lang).timing
    assert timing is not None and timing.target_date == date


@pytest.mark.parametrize(("text", "lang", "month"), [
    ("the go-live was planned for March but the client pushed the whole thing back to May", "en", "2027-05"),
    ("Der Kickoff war am 12. Januar, der Vorstand hat ihn auf Februar vertagt", "de", "2027-02"),
    ("Le lancement était prévu le 12 janvier mais la direction l'a décalé à février", "fr", "2027-02"),
    ("El lanzamiento era el 12 de enero pero lo pospusieron para febrero", "es", "2027-02"),
    ("Il lancio era previsto per gennaio ma l'hanno spostato a marzo", "it", "2027-03"),
    ("O lançamento era em janeiro mas remarcaram para março", "pt", "2027-03"),
    # the verb last, and "tot" (which the rewrite makes "before"): moved to March, not to the end of February
    ("De start stond gepland voor januari maar het bestuur heeft hem naar maart verplaatst", "nl", "2027-03"),
    ("De lancering stond op 12 januari maar is uitgesteld tot maart", "nl", "2027-03"),
])
def test_a_start_moved_to_a_month_is_aimed_at_that_month(text: str, lang: str, month: str) -> None:
    timing = extract(text, None, now=NOW, lang=lang).timing
    assert timing is not None and timing.target_date is not None and timing.target_date.startswith(month)


@pytest.mark.parametrize(("text", "lang", "month"), [
    # something else moved, and the start said beside it
    ("the deadline is March 1, we pushed the payroll change to Feb 2", "en", "2027-03"),
    ("we moved offices on Feb 2, the launch is planned for March", "en", "2027-03"),
    ("we moved it to the cloud in March, launch is April", "en", "2027-04"),
    ("the team moved to the new CRM in January, kickoff for us would be April", "en", "2027-04"),
    ("Wir sind im Februar umgezogen, der Start ist im April", "de", "2027-04"),
    ("Nous avons déménagé en février, le lancement est prévu en avril", "fr", "2027-04"),
    ("Nos mudamos a Madrid en febrero, el lanzamiento será en abril", "es", "2027-04"),
    ("Ci siamo trasferiti a Milano a febbraio, il lancio è ad aprile", "it", "2027-04"),
    ("Mudámos para Lisboa em fevereiro, o lançamento é em abril", "pt", "2027-04"),
    ("We zijn in februari verhuisd, de start is in april", "nl", "2027-04"),
])
def test_a_move_of_something_else_leaves_the_start_said_beside_it(text: str, lang: str, month: str) -> None:
    timing = extract(text, None, now=NOW, lang=lang).timing
    assert timing is not None and timing.target_date is not None and timing.target_date.startswith(month)
