"""A goodbye that says what becomes of the answers, from the rule the draft follows (``bot.actions.draft``).

A visitor who gave an email and agreed to be contacted leaves a lead: it goes to our team now, and the
goodbye says so with the address they will hear from us at. Without both, nothing leaves the chat: the
answers stay in this conversation, and a "hi" later picks up at the question where they left. The goodbye
says that instead, never a promise of an email. Said the same by ``action_goodbye`` and by the form, which
hears a goodbye the classifier took for thanks ("thanks, bye") or for nothing ("obrigada, tchau").
"""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.events import ActiveLoop, EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import REQUESTED_SLOT

from bot.actions.phrasebook import say
from bot.actions.state import State, seen
from bot.actions.submission import submit

GOODBYE = "Thanks for stopping by. Have a great day!"
KEPT_FOR_TEAM = "Thanks for stopping by! Our team has your answers and will write to you at {email}. Have a great day!"
KEPT_HERE = ("Thanks for stopping by! Your answers so far stay in this chat: say hi whenever you'd like to pick up "
             "where you left off. Have a great day!")


async def farewell(dispatcher: CollectingDispatcher, tracker: Tracker) -> list[EventType]:
    """Say goodbye, and what is kept; the lead goes out when the visitor can be written to. Ends the form."""
    events: list[EventType] = []
    state = State.of(tracker)
    stopped = bool(tracker.get_slot("stopped"))
    unsent = tracker.get_slot("lead_id") is None or bool(tracker.get_slot("lead_pending"))
    lead = None
    if not stopped and state.attributes.email is not None and unsent:
        events, lead = await submit(tracker)
    reachable = state.consent is True and state.attributes.email is not None
    if lead is not None and reachable:
        text = say(KEPT_FOR_TEAM, email=state.attributes.email.address)
    elif not stopped and unsent and (state.answers or state.heard.names()):
        text = say(KEPT_HERE)
    else:
        # Nothing said yet, the lead already out (the close said what follows), or after "stop".
        text = say(GOODBYE)
    dispatcher.utter_message(text=text)
    return [*events, ActiveLoop(None), SlotSet(REQUESTED_SLOT, None), *seen(tracker)]
