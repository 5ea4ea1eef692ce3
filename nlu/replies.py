"""Short replies to a question: "yes", "no", "not sure".

"Do you have a budget?" "no" says as much as "we don't have a budget", so
a bare yes or no to a known field becomes that field's status.
"""

from __future__ import annotations

import re
from typing import Any

from nlu import english
from nlu.attributes import Authority, Budget, Timing
from nlu.text import Text

_YES = re.compile(r"\W*(?:yes|yeah|yep|yup|ya|yah|sure|of course|definitely|absolutely|correct|indeed|that'?s me|it'?s me|i do|i am|we do|we have|affirmative|y|ok|okay|certainly|totally|for sure)\b[\W\w]{0,20}")
_NO = re.compile(r"\W*(?:no|nope|nah|not really|negative|n|i don'?t|we don'?t|not me|i'?m not|we haven'?t|none|not yet|no way)\b[\W\w]{0,20}")
_UNSURE = re.compile(r"\W*(?:not sure|unsure|don'?t know|dunno|no idea|idk|maybe|possibly|perhaps|it depends|depends|tbd|hmm+|\?+|can'?t say)(?:\W[\W\w]{0,20})?")


def yes_or_no(text: Text | str, *, lang: str = "en") -> str | None:
    """"yes", "no" or "unsure" for a short reply that is only that, in any of the seven languages; else None."""
    lower = english.of(text if isinstance(text, Text) else Text.of(text), lang).lower.strip()
    if len(lower) > 40:
        return None
    if _UNSURE.fullmatch(lower):
        return "unsure"
    if _NO.fullmatch(lower):
        return "no"
    if _YES.fullmatch(lower):
        return "yes"
    return None


def reply(text: Text, field: str | None, *, lang: str = "en") -> dict[str, Any]:
    """Attributes a bare yes, no or don't-know says about the field asked."""
    answer = yes_or_no(text, lang=lang) if field else None
    if answer is None:
        return {}
    if field == "budget":
        return {"budget": Budget(status={"yes": "stated", "no": "none", "unsure": "unknown"}[answer])}
    if field == "authority":
        return {"authority": Authority(role={"yes": "decision_maker", "no": "influencer", "unsure": "unknown"}[answer])}
    if field == "timing":
        return {"timing": Timing(status={"yes": "stated", "no": "no_timeline", "unsure": "unknown"}[answer])}
    return {}
