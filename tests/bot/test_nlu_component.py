"""The Rasa NLU component, processing real Rasa messages (no model is trained)."""

import tempfile
from pathlib import Path

import pytest

from tests.tensorflow_users import IMPORTS_TENSORFLOW

rasa = pytest.importorskip("rasa", reason="the Rasa component needs rasa installed")

from rasa.engine.graph import ExecutionContext, GraphSchema  # noqa: E402
from rasa.engine.storage.local_model_storage import LocalModelStorage  # noqa: E402
from rasa.engine.storage.resource import Resource  # noqa: E402
from rasa.shared.nlu.constants import ENTITIES, TEXT  # noqa: E402
from rasa.shared.nlu.training_data.message import Message  # noqa: E402
from rasa.shared.nlu.training_data.training_data import TrainingData  # noqa: E402

pytestmark = IMPORTS_TENSORFLOW


# Rasa's recipe registry (and so the component) loads TensorFlow, 6-8 s CPU: imported where a test runs, not
# when the module is collected (each pytest-xdist worker collects every module, and runs only some).
@pytest.fixture
def component():
    from bot.nlu_component import LeadAttributeExtractor

    storage = LocalModelStorage(Path(tempfile.mkdtemp()))
    config = {**LeadAttributeExtractor.get_default_config()}
    return LeadAttributeExtractor.create(config, storage, Resource("lead_attributes"), ExecutionContext(GraphSchema({}), "test"))


def _entities(message):
    return {e["entity"]: e for e in message.get(ENTITIES, [])}


def test_registered_as_a_non_trainable_entity_extractor():
    from rasa.engine.recipes.default_recipe import DefaultV1Recipe

    from bot.nlu_component import LeadAttributeExtractor

    registered = DefaultV1Recipe._from_registry("LeadAttributeExtractor")
    assert registered.clazz is LeadAttributeExtractor
    assert DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR in registered.types
    assert registered.is_trainable is False


def test_attributes_become_entities_with_contract_values(component):
    message = Message.build(text="we've got 20-30k, I'm VP Marketing at a bank in Paris, we use HubSpot")
    message.set("metadata", {"now": "2026-11-23"})
    component.process([message])
    entities = _entities(message)
    assert set(entities) == {"budget", "authority", "industry", "location", "tech_stack"}
    # No currency said, and the visitor is in Paris: euros, not the component's default USD.
    assert entities["budget"]["value"] == {"min": 20000, "max": 30000, "currency": "EUR", "period": None, "status": "stated"}
    assert entities["authority"]["value"]["seniority"] == "vp"
    assert entities["industry"]["value"] == "financial_services"
    assert entities["location"]["value"] == {"country": "FR", "city": "Paris"}
    assert entities["tech_stack"]["value"] == ["hubspot"]
    assert all(e["extractor"] == "LeadAttributeExtractor" for e in entities.values())
    assert message.as_dict()[ENTITIES] == message.get(ENTITIES)


def test_metadata_names_the_question_and_the_date(component):
    message = Message.build(text="50")
    message.set("metadata", {"field": "company_size", "now": "2026-11-23"})
    component.process([message])
    assert _entities(message)["company_size"]["value"] == {"min": 50, "max": 50}

    timing = Message.build(text="next quarter")
    timing.set("metadata", {"field": "timing", "now": "2026-11-23"})
    component.process([timing])
    assert 39 <= _entities(timing)["timing"]["value"]["horizon_days"] <= 128


def test_other_extractors_entities_are_kept_and_reprocessing_does_not_duplicate(component):
    message = Message.build(text="CMO here", intent="inform")
    message.set(ENTITIES, [{"entity": "greeting", "value": "hi", "start": 0, "end": 2, "extractor": "RegexEntityExtractor"}])
    component.process([message])
    component.process([message])
    names = [e["entity"] for e in message.get(ENTITIES)]
    assert names == ["greeting", "authority"]


def test_empty_or_hostile_messages_are_left_alone(component):
    for text in ("", "   ", "<script>alert(1)</script>", "😀" * 50):
        message = Message.build(text=text)
        component.process([message])
        assert message.get(ENTITIES, []) == []
    assert Message(data={}).get(TEXT) is None
    component.process([Message(data={})])


def test_training_data_passes_through_unchanged(component):
    data = TrainingData([Message.build(text="hello", intent="greet")])
    assert component.process_training_data(data) is data


CONFIG = """\
recipe: default.v1
language: en
assistant_id: nlu-component-test
pipeline:
  - name: WhitespaceTokenizer
  - name: KeywordIntentClassifier
  - name: bot.nlu_component.LeadAttributeExtractor
    default_currency: EUR
policies: []
"""
NLU = """\
version: "3.1"
nlu:
- intent: inform
  examples: |
    - our budget is 20k
    - we have 50 employees
- intent: greet
  examples: |
    - hello
    - hi there
"""
PARSE = """\
import asyncio, json, sys
from rasa.core.agent import Agent
agent = Agent.load(sys.argv[1])
result = asyncio.run(agent.parse_message(sys.argv[2]))
print(json.dumps(result["entities"]))
"""


@pytest.mark.slow
def test_a_trained_model_shows_the_attributes_in_its_parse_result(tmp_path):
    """What ``rasa shell`` and the bot see: a real model with the component in its pipeline."""
    import json
    import os
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    (tmp_path / "config.yml").write_text(CONFIG)
    (tmp_path / "nlu.yml").write_text(NLU)
    env = {**os.environ, "PYTHONPATH": str(root)}
    rasa_bin = Path(sys.executable).with_name("rasa")
    subprocess.run(
        [str(rasa_bin), "train", "nlu", "--config", "config.yml", "--nlu", "nlu.yml", "--out", "models", "--fixed-model-name", "m"],
        cwd=tmp_path, env=env, check=True, capture_output=True, timeout=300,
    )
    done = subprocess.run(
        [sys.executable, "-c", PARSE, str(tmp_path / "models" / "m.tar.gz"), "our budget is about 20k, I'm the CMO at a bank in Paris"],
        cwd=tmp_path, env=env, check=True, capture_output=True, text=True, timeout=300,
    )
    entities = {e["entity"]: e for e in json.loads(done.stdout.strip().splitlines()[-1])}
    assert entities["budget"]["value"]["min"] == 20000
    assert entities["budget"]["value"]["currency"] == "EUR"
    assert entities["authority"]["value"]["seniority"] == "c_level"
    assert entities["location"]["value"] == {"country": "FR", "city": "Paris"}
    assert {e["extractor"] for e in entities.values()} == {"LeadAttributeExtractor"}
