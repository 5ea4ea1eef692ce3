"""Understanding visitors: free text to the lead contract's attributes.

``extract(text, field=None, *, now, default_currency="USD")`` is the whole
public interface; ``now`` (the conversation's date) is always passed in, the
package reads no clock. The package is pure: no Rasa, Flask, SQLAlchemy or
HTTP. The Rasa component that wraps it is the bot's (``bot/nlu_component.py``).
"""

from nlu.attributes import Attributes
from nlu.extract import extract

__all__ = ["Attributes", "extract"]
