"""A Rasa 3.6 NLU component that adds the lead attributes as entities.

Add it to the pipeline in ``config.yml`` after the tokenizer:

    - name: bot.nlu_component.LeadAttributeExtractor
      default_currency: USD
      attributes: [location]

Each top-level attribute the extractor finds becomes one entity whose
``entity`` is the attribute name (``budget``, ``timing``, ...) and whose
``value`` is that attribute's contract JSON, so slots, forms and ``rasa
shell`` all see them; ``attributes`` names the ones reported (all when it is
not given). The question being answered and the conversation's
date can come with the message's metadata (``{"field": "budget", "now":
"2026-11-23"}``); without them the text is read as free text on the day
the message is processed (this edge reads the clock; the extractor never
does).

It lives in ``bot/`` because it is the bot's adapter: ``nlu/`` stays pure and
never imports Rasa.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Dict, List, Optional, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import (
    ENTITIES,
    INTENT,
    INTENT_NAME_KEY,
    INTENT_RANKING_KEY,
    METADATA,
    PREDICTED_CONFIDENCE_KEY,
    TEXT,
)
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.actions.stopping import stops_in_words
from nlu import places
from nlu.attributes import Attributes
from nlu.extract import FIELDS, conversation_date, extract
from nlu.language import language
from nlu.leaving import names_no_stop
from nlu.text import Text as VisitorText


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR], is_trainable=False)
class LeadAttributeExtractor(GraphComponent):
    """Reads budget, authority, need, timing and ICP attributes out of each message."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {"default_currency": "USD", "attributes": None}

    def __init__(self, config: Dict[Text, Any], name: Text = "LeadAttributeExtractor") -> None:
        self._default_currency = str(config.get("default_currency") or "USD")
        self._name = name
        wanted = config.get("attributes")
        self._attributes: Optional[frozenset[str]] = None if wanted is None else frozenset(map(str, wanted))

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> "LeadAttributeExtractor":
        return cls(config, cls.__name__)

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            self._process_message(message)
        return messages

    def _process_message(self, message: Message) -> None:
        text = message.get(TEXT)
        if not isinstance(text, str) or not text.strip():
            return
        metadata = message.get(METADATA) or {}
        field: Optional[str] = metadata.get("field") if isinstance(metadata, dict) else None
        attributes = self._read(text, field, metadata)
        if not attributes:
            return
        entities = [e for e in message.get(ENTITIES, []) if e.get("extractor") != self._name]
        for key, value in attributes.items():
            entities.append(
                {
                    "entity": key,
                    "value": value,
                    "start": 0,
                    "end": len(text),
                    "confidence_entity": 1.0,
                    "extractor": self._name,
                }
            )
        message.set(ENTITIES, entities, add_to_output=True)

    def _read(self, text: str, field: Optional[str], metadata: Any) -> Dict[Text, Any]:
        """The contract JSON of the attributes reported, by attribute, as ``nlu.extract`` reads them."""
        if self._attributes == {"location"} and field not in FIELDS:
            # All the bot reads of a parse is the place a message names (bot.actions.language, a Brazilian
            # conversation): read alone, it is what extract reads, without the nine other readers (a tenth of the
            # CPU a message, and their patterns compiled in this process too). A question named in the metadata goes
            # through extract, whose answer to a question may drop the place ("Berlin Brands GmbH" at the company).
            parsed = VisitorText.of(text)
            if not parsed.lower.strip():
                return {}
            location = places.location(parsed, None, lang=language(parsed.original).code)
            return Attributes(location=location).to_dict() if location is not None else {}
        attributes = extract(text, field=field, now=_day(metadata), default_currency=self._default_currency).to_dict()
        if self._attributes is None:
            return attributes
        return {key: value for key, value in attributes.items() if key in self._attributes}


STOP = "stop"


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class StopInWords(GraphComponent):
    """A message that is only a refusal to go on ("I don't want to go on", "ik wil niet doorgaan") or opens with a
    stop of its own ("actually stop for now, ...") is a stop; a classifier's stop for a message with no word of
    stopping in it (``nlu.leaving.names_no_stop``) is not.

    Placed after the classifier, which is unsure of the many ways of saying it (deny 0.32, stop 0.46), so that
    every rule and action reads it as the stop it is: as the first message, at any question, at a confirmation.
    The words are ``bot.actions.stopping``'s; anything else keeps the classifier's intent.
    """

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {}

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> "StopInWords":
        return cls()

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            text = message.get(TEXT)
            if not isinstance(text, str) or text.startswith("/"):
                continue  # a button's payload says its intent itself
            others = [r for r in message.get(INTENT_RANKING_KEY) or [] if r.get(INTENT_NAME_KEY) != STOP]
            if stops_in_words(text):
                # "actually stop for now, I'm needed on the floor": a stop with its reason, which the classifier
                # read as an answer (Sorry, I didn't catch that) and the form went on.
                stop = {INTENT_NAME_KEY: STOP, PREDICTED_CONFIDENCE_KEY: 1.0}
                message.set(INTENT, stop, add_to_output=True)
                message.set(INTENT_RANKING_KEY, [stop, *others], add_to_output=True)
            elif (message.get(INTENT) or {}).get(INTENT_NAME_KEY) == STOP and names_no_stop(text):
                # No word any stop is said with: "a partir de la segunda quincena de enero" (a start date) was the
                # classifier's stop at 0.83, and the bot closed the chat. The next reading stands (the fallback
                # classifier after this one still asks again when it is unsure).
                message.set(INTENT, others[0] if others else {INTENT_NAME_KEY: None, PREDICTED_CONFIDENCE_KEY: 0.0},
                            add_to_output=True)
                message.set(INTENT_RANKING_KEY, others, add_to_output=True)
        return messages


def _day(metadata: Any) -> dt.date:
    """The conversation's date from the message's metadata, else today."""
    now = metadata.get("now") if isinstance(metadata, dict) else None
    if isinstance(now, str):
        try:
            return conversation_date(now)
        except ValueError:
            pass
    return dt.date.today()
