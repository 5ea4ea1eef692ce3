"""A visitor asking to move a call they booked: "can I move it to Thursday?", "need to reschedule", "kann ich den
Termin verschieben?", "podemos remarcar para sexta?".

Read only once a call is booked (the bot asks nothing else then), so the words are few and plain: a verb that
moves a meeting (move, reschedule, push, verschieben, déplacer, reprogramar, spostare, verzetten, remarcar), or
a wish for another time ("another day", "Friday instead", "un autre jour", "outro dia"), in the bot's seven
languages. "we'd like to move faster on SEO" is no such request when no call is booked; the caller checks.
"""

from __future__ import annotations

import re
import unicodedata

# Verbs that move a meeting, written without accents (the text is compared with its accents removed).
_MOVE = (
    r"move|moving|reschedul\w*|re-schedul\w*|rebook|re-book|postpone|push (?:it|the call|the meeting|that|this)"
    r"|push back|bring (?:it )?forward|shift (?:it|the call|the meeting)|change (?:the |my |our )?(?:time|day|date|slot"
    r"|booking|appointment|call|meeting)|can'?t make it|cannot make it|won'?t make it"
    r"|verschieb\w*|verleg\w*|umbuch\w*|anderen termin|termin (?:andern|tauschen)|schaffe (?:es|das) nicht"
    r"|deplac\w*|decal\w*|report\w*|changer (?:l'heure|le rendez-vous|la date|le creneau|de creneau|d'horaire)"
    r"|reprogram\w*|aplaz\w*|pospon\w*|mover (?:la|el)|cambiar (?:la hora|la cita|el dia|la llamada|la reunion|el horario)"
    r"|spost\w*|rinvi\w*|rimand\w*|cambiare (?:orario|giorno|l'appuntamento|la chiamata)"
    r"|verzet\w*|verplaats\w*|omzetten|andere afspraak"
    r"|remarc\w*|reagend\w*|adiar|mudar (?:o horario|a reuniao|o dia|a chamada|a data)"
)
# A wish for another time, a move when said with a booked call.
_OTHER = (
    r"another (?:day|time|slot)|different (?:day|time|slot)|instead|rather on|other day"
    r"|anderen tag|andere zeit|anderes datum|stattdessen|lieber am"
    r"|un autre (?:jour|creneau|moment)|plutot|a la place"
    r"|otro dia|otra hora|en su lugar|mejor el"
    r"|un altro giorno|un altro orario|invece"
    r"|andere dag|ander tijdstip|in plaats daarvan|liever op"
    r"|outro dia|outro horario|em vez disso|ao inves"
)
_MOVE_RE = re.compile(rf"(?<![\w'])(?:{_MOVE})(?![\w'])")
_OTHER_RE = re.compile(rf"(?<![\w'])(?:{_OTHER})(?![\w'])")
# A request to move a call is a sentence or two.
MOST_WORDS = 30


def _plain(text: str) -> str:
    lower = unicodedata.normalize("NFKD", text.casefold().replace("\u2019", "'"))
    return " ".join("".join(c for c in lower if not unicodedata.combining(c)).split())


def asks_to_move(text: str) -> bool:
    """Whether the message asks to move a booked call ("can we do Friday instead?", "preciso remarcar")."""
    plain = _plain(text)
    if not plain or len(plain.split()) > MOST_WORDS:
        return False
    return bool(_MOVE_RE.search(plain) or _OTHER_RE.search(plain))
