"""A Rasa 3.6 NLU component that adds the lead attributes as entities.

Add it to the pipeline in ``config.yml`` after the tokenizer:

    - name: bot.nlu_component.LeadAttributeExtractor
      default_currency: USD

Each top-level attribute the extractor finds becomes one entity whose
``entity`` is the attribute name (``budget``, ``timing``, ...) and whose
``value`` is that attribute's contract JSON, so slots, forms and ``rasa
shell`` all see them. The question being answered and the conversation's
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
from rasa.shared.nlu.constants import ENTITIES, METADATA, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from nlu.extract import conversation_date, extract


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR], is_trainable=False)
class LeadAttributeExtractor(GraphComponent):
    """Reads budget, authority, need, timing and ICP attributes out of each message."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {"default_currency": "USD"}

    def __init__(self, config: Dict[Text, Any], name: Text = "LeadAttributeExtractor") -> None:
        self._default_currency = str(config.get("default_currency") or "USD")
        self._name = name

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
        attributes = extract(text, field=field, now=_day(metadata), default_currency=self._default_currency).to_dict()
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


def _day(metadata: Any) -> dt.date:
    """The conversation's date from the message's metadata, else today."""
    now = metadata.get("now") if isinstance(metadata, dict) else None
    if isinstance(now, str):
        try:
            return conversation_date(now)
        except ValueError:
            pass
    return dt.date.today()
