"""The pure qualification core: playbook, BANT and ICP scoring, stage, routing.

Plain values in, decisions out: no I/O beyond reading a playbook file when
asked, so the bot, the service and the studio all judge leads the same way.
"""

from .bant import LetterScore
from .icp import Criterion
from .playbook import Playbook, Question, Route
from .playbook_file import DEFAULT_PLAYBOOK, load_playbook
from .questions import questions_to_ask
from .result import Qualification
from .routing import pick_owner
from .schema import PlaybookError, parse_playbook, playbook_to_dict
from .scoring import qualify
from .signals import Signals

__all__ = [
    "DEFAULT_PLAYBOOK",
    "Criterion",
    "LetterScore",
    "Playbook",
    "PlaybookError",
    "Qualification",
    "Question",
    "Route",
    "Signals",
    "load_playbook",
    "parse_playbook",
    "pick_owner",
    "playbook_to_dict",
    "qualify",
    "questions_to_ask",
]
