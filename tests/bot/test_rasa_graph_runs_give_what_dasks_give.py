"""``bot.rasa_graph``: the trained model's graphs run in a kept order give what Rasa's ``DaskGraphRunner`` gives.

The shipped model parses visitors' messages (the NLU graph) and predicts the next action of conversations at every
step (the policies' graph) with Rasa's runner and with ``bot.rasa_graph.run``: the same intents, confidences,
entities, actions and policies. An input named like a node is refused as Rasa refuses it.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any, Iterator

import pytest
from rasa.engine.exceptions import GraphRunError
from rasa.engine.runner.dask import DaskGraphRunner
from rasa.shared.core.events import ActionExecuted, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from bot import rasa_graph
from bot.training import ensure_model

if TYPE_CHECKING:
    from rasa.core.agent import Agent

RASAS_OWN = DaskGraphRunner.run
MESSAGES = (
    "hi", "hallo, wir suchen mehr Leads", "we are 40 people in Lyon", "what do you charge?", "skip",
    "budget is about 20k a month", "stop", "can I talk to a person?", "/choose_slot", "nächste Woche",
    "je voudrais un rendez-vous", "no gracias", "ok", "thanks, bye",
)


@pytest.fixture(scope="module")
def agent() -> Iterator[Agent]:
    # Imported here, not at the top: Rasa's core (TensorFlow) would be imported by every collection (test_fast_collection).
    from rasa.core.agent import Agent

    yield Agent.load(str(ensure_model()))
    rasa_graph.uninstall()


def parses(agent: Agent) -> list[Any]:
    from rasa.core.channels.channel import UserMessage

    async def all_of_them() -> list[Any]:
        out = []
        for text in MESSAGES:
            parsed = await agent.processor.parse_message(UserMessage(text, sender_id="graph-test"))
            out.append((parsed["intent"], parsed.get("intent_ranking"), parsed.get("entities")))
        return out

    return asyncio.run(all_of_them())


def predictions(agent: Agent) -> list[Any]:
    from rasa.core.channels.channel import UserMessage

    """The prediction at every step of a conversation that answers, asks, skips and starts the form."""
    tracker = DialogueStateTracker("graph-test", agent.domain.slots)
    out = []
    for text in MESSAGES:
        parsed = asyncio.run(agent.processor.parse_message(UserMessage(text, sender_id="graph-test")))
        tracker.update(ActionExecuted("action_listen"))
        tracker.update(UserUttered(text, parsed["intent"], parsed.get("entities"), parsed))
        for _ in range(3):
            prediction = agent.processor._predict_next_with_tracker(tracker)
            action = agent.domain.action_names_or_texts[prediction.max_confidence_index]
            out.append((action, prediction.policy_name, prediction.max_confidence, prediction.probabilities))
            if action == "action_listen":
                break
            tracker.update(ActionExecuted(action))
            if action.endswith("_form"):
                tracker.update(SlotSet("requested_slot", "need"))
    return out


def test_the_models_parses_and_predictions_are_rasas_own(agent: Agent) -> None:
    rasa_graph.uninstall()
    rasas_parses, rasas_predictions = parses(agent), predictions(agent)
    rasa_graph.install()
    try:
        assert DaskGraphRunner.run is not RASAS_OWN, "installed"
        assert parses(agent) == rasas_parses
        assert predictions(agent) == rasas_predictions
    finally:
        rasa_graph.uninstall()
    assert len({action for action, *_ in rasas_predictions}) > 2, "the conversation predicted almost nothing"


def test_an_input_named_like_a_node_is_refused_as_rasa_refuses_it(agent: Agent) -> None:
    runner = agent.processor.graph_runner
    node = next(iter(runner._instantiated_nodes))
    with pytest.raises(GraphRunError, match="clashes with a node name"):
        RASAS_OWN(runner, {"__message__": node}, [node])
    with pytest.raises(GraphRunError, match="clashes with a node name"):
        rasa_graph.run(runner, {"__message__": node}, [node])


def test_uninstalled_it_is_rasas_own_again() -> None:
    rasa_graph.install()
    rasa_graph.uninstall()
    assert DaskGraphRunner.run is RASAS_OWN
