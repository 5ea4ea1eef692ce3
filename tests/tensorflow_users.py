"""The test modules that import TensorFlow, kept on one pytest-xdist worker.

Rasa's ``rasa.core.actions.action`` and recipe registry import TensorFlow: 2-2.3 s CPU in each process that reaches
them, with the compiled modules cached (.venv/pycache; 6-8 s without). Three modules of ``make test-fast`` do (the
Rasa NLU component's, Rasa's check of the action server's replies, and the funnel's wording counts, which record the
bot's asks through Rasa's ``create_bot_utterance``); spread over both workers, each worker imported it. A module
marked ``pytestmark = IMPORTS_TENSORFLOW`` runs whole beside the others, on whichever worker takes the group
(``--dist loadgroup``), so the run imports TensorFlow once.
"""

from __future__ import annotations

import pytest

IMPORTS_TENSORFLOW = pytest.mark.xdist_group("imports-tensorflow")
