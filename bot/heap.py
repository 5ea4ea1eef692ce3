"""The servers' heap and Python's cyclic garbage collector: off while a server loads, the loaded heap frozen.

Rasa (``bot.serve``) and the action server (``bot.action_server``) import hundreds of thousands of objects that
live as long as the process: Rasa, TensorFlow, scikit-learn, the model. With the collector on, each import walked
all that was loaded so far again and again: of Rasa's ~6.5 s of CPU to import and load its model, ~1.5 s was
collections. ``loading`` turns the collector off; ``loaded`` (once the server holds what it serves) collects the
start-up's garbage once, moves what is left out of the collector's sight (``gc.freeze``) and turns it on again, so
a full collection during the turns walks only the turns' objects (0.3 s of CPU each before, on Rasa's heap).
``exiting`` does the same when the server has stopped: Python's exit would collect the whole heap again.
"""

from __future__ import annotations

import gc


def loading() -> None:
    """No cyclic collections until ``loaded``: what a server loads at start lives as long as the process."""
    gc.disable()


def loaded() -> None:
    """The start-up's garbage collected once, the rest frozen, the collector back on for the turns' objects."""
    gc.collect()
    gc.freeze()
    gc.enable()


def exiting() -> None:
    """Skip the collections of the interpreter's exit, for a server that has stopped serving.

    At exit Python collects every generation again while it tears the modules down, walking all that Rasa,
    TensorFlow and the model left alive: a stopped Rasa server spent 3-9 s in ``gc_collect_main`` before it
    exited (py-spy, load 1-7), and every deploy, ``make run``'s Ctrl-C and test stack waited for it. Frozen, those
    objects are left to the operating system, which frees the process's memory at once. The servers' files and
    logs are closed by then (Sanic's shutdown, ``logging.shutdown`` at exit), so nothing is lost.
    """
    gc.freeze()
