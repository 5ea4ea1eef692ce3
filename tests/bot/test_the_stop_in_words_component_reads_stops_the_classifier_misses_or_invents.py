"""The pipeline's stop reader after the classifier (``bot.nlu_component.StopInWords``): a stop said with a softener
and a reason is a stop whatever the classifier read, and a classifier's stop for a message with no word of stopping
in it is dropped (persona set 13: tyler's "actually stop for now…" at the timing question got "Sorry, I didn't catch
that"; lucía's start date "a partir de la segunda quincena de enero" closed her chat)."""

from __future__ import annotations

import pytest
from rasa.shared.nlu.constants import INTENT, INTENT_NAME_KEY, INTENT_RANKING_KEY, PREDICTED_CONFIDENCE_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message


def _read(text: str, *ranking: tuple[str, float]) -> Message:
    intents = [{INTENT_NAME_KEY: name, PREDICTED_CONFIDENCE_KEY: confidence} for name, confidence in ranking]
    message = Message(data={TEXT: text, INTENT: intents[0], INTENT_RANKING_KEY: intents})
    # Imported here: the component's module imports Rasa's recipe and with it the policies (TensorFlow), which no
    # collection may import (tests/test_fast_collection.py).
    from bot.nlu_component import StopInWords

    StopInWords().process([message])
    return message


def _intent(message: Message) -> str | None:
    return message.get(INTENT)[INTENT_NAME_KEY]


@pytest.mark.parametrize("text", [
    "actually stop for now, I'm needed on the floor",
    "ok let's pause here, my boss just walked in",
    "stopp, das reicht für heute",
    "paremos aquí por ahora",
    "vamos parar por aqui",
    "fermiamoci qui",
    "laten we hier stoppen",
])
def test_a_stop_with_a_softener_or_a_reason_is_a_stop_whatever_the_classifier_read(text: str) -> None:
    message = _read(text, ("inform", 0.61), ("stop", 0.2), ("deny", 0.1))
    assert _intent(message) == "stop" and message.get(INTENT)[PREDICTED_CONFIDENCE_KEY] == 1.0
    assert [r[INTENT_NAME_KEY] for r in message.get(INTENT_RANKING_KEY)] == ["stop", "inform", "deny"]


@pytest.mark.parametrize("text", [
    "a partir de la segunda quincena de enero",
    "a partir de março",
    "ab Mitte Januar",
    "dès la mi-janvier",
    "from mid January",
])
def test_a_classifiers_stop_for_a_message_with_no_word_of_stopping_gives_way_to_its_next_reading(text: str) -> None:
    message = _read(text, ("stop", 0.83), ("inform", 0.12), ("affirm", 0.05))
    assert _intent(message) == "inform"
    assert [r[INTENT_NAME_KEY] for r in message.get(INTENT_RANKING_KEY)] == ["inform", "affirm"]


@pytest.mark.parametrize("text", [
    "we want to stop losing leads",  # a need
    "para el próximo mes",  # "for next month"
    "Stop & Go Logistics",
])
def test_stop_inside_a_sentence_is_left_to_the_classifier(text: str) -> None:
    assert _intent(_read(text, ("inform", 0.7), ("stop", 0.2))) == "inform"


@pytest.mark.parametrize("text", ["para ya", "no quiero seguir", "leave me alone", "basta"])
def test_a_classifiers_stop_with_a_word_of_stopping_stands(text: str) -> None:
    assert _intent(_read(text, ("stop", 0.55), ("deny", 0.3))) == "stop"
