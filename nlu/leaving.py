"""A visitor taking their leave: "thanks, bye", "ok cheers, gotta run", "obrigada, tchau", "danke, tschüss".

A goodbye is read from the whole message, never from a word in it: "we need to say goodbye to cold calling"
or "Adios Media Ltd" tell us something and are answers. A message is a goodbye when it is made only of
closing phrases (bye, au revoir, tchau, "gotta run", "ich muss los") and the small words said around them
(thanks, ok, sorry, for now), in the bot's seven languages. A word that greets as often as it leaves
("ciao", "salut", "servus", "dag") is a goodbye only with thanks or another closing phrase beside it:
"grazie, ciao" leaves, "ciao" alone may be a hello.
"""

from __future__ import annotations

import re
import unicodedata

# Said only to leave. Written without accents: the text is compared with its accents removed.
_CLOSING = (
    # en
    r"bye|bye bye|byebye|buh bye|goodbye|good bye|bye for now|cya|see ya|see you(?: later| soon| around)?|laters"
    r"|ttyl|talk (?:to you )?(?:later|soon)|speak (?:to you )?(?:later|soon)|catch you later|take care"
    r"|(?:i )?(?:gotta|got to|have to|need to|must|should|ve got to) (?:go|run|dash|leave|head off|jump|bounce)(?: now)?"
    r"|(?:i'?m|i am|im) (?:off|leaving|heading off|out)(?: now)?|gtg|g2g|signing off|logging off"
    r"|have a (?:good|nice|great) (?:one|day|evening|weekend)|(?:i'?ll|i will) come back later"
    # de
    r"|tschuss|tschus|tschoe|auf wiedersehen|auf wiederhoren|bis (?:spater|bald|dann|morgen)"
    r"|(?:ich )?muss (?:los|weg|jetzt los|jetzt weg)|(?:einen )?schonen tag(?: noch)?|schones wochenende"
    # fr
    r"|au revoir|a (?:plus|plus tard|bientot|\+)|a\+|bonne (?:journee|soiree|fin de journee)"
    r"|je dois (?:y aller|partir|filer|vous laisser)|je (?:file|vous laisse|te laisse)"
    # es
    r"|adios|hasta (?:luego|pronto|la proxima|manana)|chao|chau|nos vemos"
    r"|(?:me )?tengo que (?:ir|irme|irme ya)|me voy(?: ya)?|que tenga(?:s)? (?:un )?buen dia"
    # it
    r"|arrivederci|arrivederla|a (?:presto|dopo)|ci vediamo|ci sentiamo|devo (?:andare|scappare)|scappo"
    r"|buona (?:giornata|serata)"
    # nl
    r"|doei|doeg|dag dag|tot ziens|tot (?:later|straks|zo|morgen)|(?:ik )?moet (?:gaan|weg|ervandoor)"
    r"|fijne (?:dag|avond)|prettige dag"
    # pt
    r"|tchau|tchauzinho|falou|adeus|ate (?:logo|mais|breve|ja|a proxima)|(?:eu )?(?:preciso|tenho que|tenho de) (?:ir|sair)(?: agora)?"
    r"|bom fim de semana|um abraco|abracos"
)
# Hello or goodbye by turns: a goodbye only beside thanks or a closing phrase.
_EITHER = r"ciao|salut|servus|dag|hasta|hola|tchao|bye now"
# Said around a goodbye: thanks, a yes, a sorry, "for now".
_AROUND = (
    r"thanks?|thank you|thank u|thx|ty|tnx|cheers|many thanks|thanks a lot|thank you so much|thanks so much|so much|a lot|very much"
    r"|ok|okay|k|kk|alright|all right|right|great|cool|perfect|nice|fine|well|so|anyway|sorry|for now|now"
    r"|that'?s all|that'?s it|for your help|for the help|and|then|you too|again|bye for now|oh|ah|hmm|yes|no"
    r"|danke|danke schon|danke sehr|vielen dank|ok danke|alles klar|gut|super|also|dann|erstmal|jetzt|tut mir leid"
    r"|merci|merci beaucoup|merci bien|d'?accord|bon|bah|bien|parfait|super|alors|pour l'?instant|desole|et"
    r"|gracias|muchas gracias|mil gracias|vale|bueno|perfecto|genial|por ahora|lo siento|y|pues"
    r"|grazie|grazie mille|va bene|bene|perfetto|allora|per ora|scusa|scusate|e"
    r"|bedankt|dank je|dank je wel|dankjewel|dank u|dank u wel|oke|prima|goed|top|voor nu|sorry|en"
    r"|obrigad[oa]|muito obrigad[oa]|valeu|beleza|ta|bom|otimo|perfeito|por agora|por enquanto|desculpa|e"
)
_THANKS = re.compile(r"thank|thx|\bty\b|tnx|cheers|danke|dank|merci|gracias|grazie|bedankt|obrigad|valeu")
_KINDS = tuple((kind, re.compile(pattern)) for kind, pattern in (
    ("closing", _CLOSING), ("either", _EITHER), ("around", _AROUND)))
# A goodbye is a few words; a longer message says something else too.
MOST_WORDS = 12
# The longest phrase above, in words.
LONGEST_PHRASE = 6


def _plain(text: str) -> str:
    """Lower case, no accents, one space between words, no punctuation or emoji (apostrophes kept)."""
    lower = unicodedata.normalize("NFKD", text.casefold().replace("’", "'").replace("`", "'"))
    lower = "".join(c for c in lower if not unicodedata.combining(c)).replace("a+", " a plus ")
    return " ".join(re.sub(r"[^\w']+", " ", lower).replace("_", " ").split())


def says_goodbye(text: str) -> bool:
    """Whether the message only takes leave ("thanks, bye", "merci, au revoir", "ok cheers, gotta run")."""
    words = _plain(text).split()
    if not words or "@" in text or any(c.isdigit() for c in text) or len(words) > MOST_WORDS:
        return False
    kinds: set[str] = set()
    at = 0
    while at < len(words):
        # The longest phrase starting at this word ("thank you so much" before "thank").
        found = next(((kind, size) for size in range(min(LONGEST_PHRASE, len(words) - at), 0, -1)
                      for kind, pattern in _KINDS if pattern.fullmatch(" ".join(words[at:at + size]))), None)
        if found is None:
            return False
        kinds.add(found[0])
        at += found[1]
    return "closing" in kinds or ("either" in kinds and bool(_THANKS.search(" ".join(words))))
