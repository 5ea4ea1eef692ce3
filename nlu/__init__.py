"""Understanding visitors: free text to the lead contract's attributes.

``extract(text, field=None, now=None, default_currency="USD")`` is the whole
public interface; the Rasa component (``nlu.rasa_component``) wraps it and is
never imported from here, so importing ``nlu`` stays light.
"""

from nlu.attributes import Attributes
from nlu.extract import extract

__all__ = ["Attributes", "extract"]
