"""Understanding visitors: free text to the lead contract's attributes.

``extract(text, field=None, *, now, default_currency="USD", lang=None)`` is
the whole public interface; ``now`` (the conversation's date) is always passed
in, the package reads no clock. Visitors write in seven languages (en, de, fr,
es, pt, it, nl): ``lang`` is the one the bot expects, and ``nlu.language``
detects it when there is none (lingua, its models in the wheel). Words
(titles, industries, needs, tools, places) are read in all seven at once;
the language decides what only it can (a decimal comma, "ja"). The package is pure: no Rasa, Flask, SQLAlchemy or
HTTP. The Rasa component that wraps it is the bot's (``bot/nlu_component.py``).

A value enters the attributes only from text that states it: ``nlu.stance``
tells the readers of money (``money``), heads (``headcount``) and dates
(``timing``) whether a figure is the visitor's own present value or one
asked about, past, someone else's, a rate, an approval line or a goal, and
whether a later figure corrects an earlier one.
"""

from nlu.attributes import Attributes
from nlu.extract import extract

__all__ = ["Attributes", "extract"]
