"""A message with no word a stop, a refusal or a goodbye is said with, in any of the seven languages, is no stop
whatever the classifier made of it (issue 14, persona set 13: lucía's start date "a partir de la segunda quincena de
enero" was the classifier's stop at 0.83, and the bot said "me detengo aquí" and stored nothing). Words that only share
letters with a stop do not count: "a partir de" ("from"), "segunda" ("second"), the "end" of a date ("before the end of
Q1", "Ende Januar", "fin janvier", "fine gennaio", "eind januari"), "para" as "for", "basta" as "it takes" ("basta con un
correo"). Near misses: every stop the
classifier is taught (bot/data/nlu.yml) holds such a word, and so do the bare stops of each language."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from nlu.leaving import names_no_stop

NLU_DATA = Path(__file__).resolve().parents[2] / "bot" / "data" / "nlu.yml"


@pytest.mark.parametrize("text", [
    "a partir de la segunda quincena de enero", "desde la segunda quincena de enero", "a partir de enero",
    "à partir de la deuxième quinzaine de janvier", "fin janvier", "a partir da segunda quinzena de janeiro",
    "before the end of Q1", "by the end of the month", "Ende Januar", "ab der zweiten Januarhälfte",
    "dalla seconda metà di gennaio", "a fine gennaio", "eind januari", "vanaf de tweede helft van januari",
    "en la primavera", "Para enero", "para el próximo trimestre", "para el mes que viene unos 5 mil",
    "basta con 2 mil al mes", "basta un sito nuovo",
    # The particle far from a verb of stopping, or no such verb: "hören" and "op" alone are no stop.
    "wir hören oft von Kunden auf Messen", "Hoofddorp, op maandag", "ab Mitte Januar",
])
def test_a_date_or_an_answer_without_a_word_of_stopping_names_no_stop(text: str) -> None:
    assert names_no_stop(text)


def _taught_stops() -> list[str]:
    data = yaml.safe_load(NLU_DATA.read_text(encoding="utf-8"))
    stop = next(item for item in data["nlu"] if item.get("intent") == "stop")
    return [line[2:].strip() for line in stop["examples"].splitlines() if line.strip().startswith("- ")]


def test_every_stop_the_classifier_is_taught_holds_a_word_of_stopping() -> None:
    taught = _taught_stops()
    assert len(taught) > 50
    assert [text for text in taught if names_no_stop(text)] == []


@pytest.mark.parametrize("text", [
    "stop", "para", "Para.", "para ya", "pare", "basta", "chega", "hou op", "genug", "arrête", "fermati", "end", "exit",
    "enough", "quit", "no quiero seguir", "leave me alone", "thanks, bye", "forget it", "ich will nicht mehr",
    "a partir de ahora no quiero seguir",
    # A German or Dutch separable verb with words between it and its particle.
    "hören Sie bitte auf", "hör jetzt auf", "brechen wir hier ab", "hou nu maar op", "houdt u alstublieft op",
])
def test_a_bare_stop_or_a_refusal_in_any_language_holds_a_word_of_stopping(text: str) -> None:
    assert not names_no_stop(text)
