"""The Rasa server's extractor reports the one attribute the bot reads of a parse, the place a message names (issue 18).

``bot.actions.language`` reads a ``location`` entity off the stored parses to tell a Brazilian conversation from a
Portuguese one; nothing else of the Rasa side reads an attribute (the action server runs ``nlu.extract`` itself).
So ``bot/config.yml`` asks the component for ``location`` alone, which it reads without the other readers. These
tests hold that reading to ``nlu.extract``'s, in the seven languages and at the questions that change it, and the
rest of the pipeline's use of the component to what it was.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import pytest
import yaml

from nlu.extract import extract
from tests.tensorflow_users import IMPORTS_TENSORFLOW

pytest.importorskip("rasa", reason="the Rasa component needs rasa installed")

pytestmark = IMPORTS_TENSORFLOW

ROOT = Path(__file__).resolve().parents[2]
DAY = "2026-11-23"

# Places said in each language, and text with no place, or a place that is no base (near misses).
MESSAGES = {
    "en": ["we're a 40-person agency in Manchester", "based in Austin, TX, budget about 20k", "Sydney",
           "I wrote Sydney before, we're in Melbourne", "not New York, Boston", "we need more qualified leads",
           "Paris Hilton is our mascot, we sell shoes", "call me at 9 my time", "no"],
    "de": ["wir sitzen in München, 12 Leute", "Kunden in Frankreich, Büro in Wien", "10115 Berlin",
           "nicht mehr in Köln", "Budget etwa 30.000 Euro", "ja"],
    "fr": ["nous sommes à Lyon", "clients en Allemagne, siège à Bruxelles", "75011 Paris",
           "je ne suis plus à Marseille", "on cherche des leads qualifiés", "oui"],
    "es": ["estamos en Valencia", "oficina en Ciudad de México y clientes en Chile", "Córdoba",
           "ya no en Sevilla", "necesitamos más clientes", "sí"],
    "it": ["siamo a Milano", "sede a Torino, clienti in Svizzera", "00184 Roma", "non più a Napoli",
           "budget di 15 mila euro", "sì"],
    "pt": ["estamos em São Paulo", "somos de Lisboa, 20 pessoas", "1000-001 Lisboa", "moramos no Porto",
           "queremos começar em março", "sim"],
    "nl": ["we zitten in Amsterdam", "klanten in Duitsland, kantoor in Gent", "1012 AB Amsterdam",
           "niet meer in Utrecht", "we hebben meer leads nodig", "ja"],
}
ALL = [(lang, text) for lang, texts in MESSAGES.items() for text in texts]
# The questions whose answer may drop or change the place ("Berlin Brands GmbH" is a company, not a base).
FIELDS = (None, "location", "company", "budget", "not-a-question")


def _component(config: dict[str, Any]) -> Any:
    from rasa.engine.graph import ExecutionContext, GraphSchema
    from rasa.engine.storage.local_model_storage import LocalModelStorage
    from rasa.engine.storage.resource import Resource

    from bot.nlu_component import LeadAttributeExtractor

    storage = LocalModelStorage(Path(tempfile.mkdtemp()))
    config = {**LeadAttributeExtractor.get_default_config(), **config}
    return LeadAttributeExtractor.create(config, storage, Resource("lead_attributes"),
                                         ExecutionContext(GraphSchema({}), "test"))


def _reported(component: Any, text: str, field: str | None) -> dict[str, Any]:
    from rasa.shared.nlu.constants import ENTITIES
    from rasa.shared.nlu.training_data.message import Message

    message = Message.build(text=text)
    message.set("metadata", {"now": DAY, **({"field": field} if field else {})})
    component.process([message])
    return {e["entity"]: e["value"] for e in message.get(ENTITIES, [])}


@pytest.fixture(scope="module")
def places_only() -> Any:
    return _component({"attributes": ["location"]})


@pytest.fixture(scope="module")
def every_attribute() -> Any:
    return _component({})


def test_the_bots_pipeline_asks_its_extractor_for_the_place_alone() -> None:
    pipeline = yaml.safe_load((ROOT / "bot" / "config.yml").read_text())["pipeline"]
    extractor = next(c for c in pipeline if c["name"] == "bot.nlu_component.LeadAttributeExtractor")
    assert extractor["attributes"] == ["location"]


@pytest.mark.parametrize("field", FIELDS)
@pytest.mark.parametrize(("lang", "text"), ALL)
def test_the_place_reported_is_the_place_extract_reads_and_nothing_else(places_only: Any, lang: str, text: str,
                                                                         field: str | None) -> None:
    expected = extract(text, field=field, now=DAY).to_dict()
    reported = _reported(places_only, text, field)
    assert reported == ({"location": expected["location"]} if "location" in expected else {}), (lang, text, field)


def test_the_examples_hold_places_in_every_language_and_messages_without_one(places_only: Any) -> None:
    # A check of the examples themselves: the test above compares places, not only empty readings.
    for lang, texts in MESSAGES.items():
        found = [text for text in texts if _reported(places_only, text, None)]
        assert found, lang
        assert len(found) < len(texts), lang


@pytest.mark.parametrize(("lang", "text"), ALL)
def test_without_attributes_named_every_attribute_is_reported_as_before(every_attribute: Any, lang: str,
                                                                        text: str) -> None:
    assert _reported(every_attribute, text, None) == extract(text, now=DAY).to_dict(), (lang, text)


def test_other_attributes_named_are_reported_alone(every_attribute: Any) -> None:
    text = "our budget is about 20k, I'm the CMO at a bank in Paris"
    budget_and_place = _component({"attributes": ["budget", "location"]})
    assert set(_reported(budget_and_place, text, None)) == {"budget", "location"}
    assert set(_reported(every_attribute, text, None)) >= {"budget", "authority", "industry", "location"}


def test_empty_or_hostile_messages_report_no_place(places_only: Any) -> None:
    for text in ("", "   ", "\x00\x01", "<script>alert('Paris')</script>" * 3, "😀" * 50, "a" * 5000):
        expected = extract(text, now=DAY).to_dict()
        assert _reported(places_only, text, None) == (
            {"location": expected["location"]} if "location" in expected else {})
