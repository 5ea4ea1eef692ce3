"""A stopped visitor asking to carry on ("shall we carry on?", "weiter?", "¿seguimos?"): that is "start again".

After "stop" the bot promised that "start again" gives a fresh form with
consent asked again. Visitors put it in their own words, in any of the bot's
languages, and the classifier, trained on "start again" and its
translations, misses many of them. Read only in a stopped conversation
(``bot.channels.stopped``), where nothing else is going on: a short message
whose words ask to go on, without a negation ("I don't want to continue";
"no worries, let's continue" is relaxed agreement, ``nlu.replies``) and
without data (digits or an email: "continue, budget 90k" tells something,
which stays unstored, and only the hint answers it). A "no" before the request
takes the stop back ("en fait non, je veux continuer", "actually no, I want to
continue"); the stop's own words, "if you change your mind", said back ("I
changed my mind", "j'ai changé d'avis", "ho cambiato idea") ask to go on too.

In a conversation that was not stopped, the classifier's ``start_again`` takes
both "start again" and "can we continue?": ``goes_on`` tells the second, which
keeps every answer and asks the question on screen again (``conversation``,
``form``), from ``starts_over`` (a fresh form).
"""

from __future__ import annotations

import re
import unicodedata

from nlu.replies import asks_to_carry_on

# Short: a request to go on is a few words; a paragraph that mentions "continue" is about something else.
MAX_WORDS = 8
_GO_ON = re.compile(
    r"\b("
    # English
    r"continue|continuing|carry on|go on|keep going|resume|pick (?:it |this )?(?:back )?up|left off|proceed"
    r"|go ahead|start over|back to it|"
    # German
    r"weiter\w*|fortfahren|fortsetzen|nochmal|noch ?mal|"
    # French
    r"reprend\w*|reprenons|continu\w*|poursuiv\w*|on y va|"
    # Spanish, Portuguese, Italian (shared stems: "continuar", "continuamos", "continuiamo", "continuare")
    r"seguimos|seguir|sigamos|retom\w*|riprend\w*|riprendiamo|andiamo avanti|avanti|prosseguir|"
    # Dutch
    r"verder\w*|doorgaan|ga door|gaan door|hervatten|"
    # Back after a goodbye ("I'm back, where were we?", "rieccomi, dove eravamo?"), in the seven languages
    r"where were we|i m back|im back|i am back|back again|"
    r"wo waren wir|bin wieder da|wieder da|"
    r"on en etait ou|ou en etions nous|ou en etait on|me revoila|je suis de retour|"
    r"donde estabamos|estoy de vuelta|ya volvi|"
    r"onde estavamos|onde e que estavamos|estou de volta|voltei|"
    r"dove eravamo|rieccomi|sono tornat[oa]|eccomi di nuovo|"
    r"waar waren we|ik ben terug|ben er weer|"
    # The stop's "if you change your mind", said back, in the seven languages
    r"changed my mind|change of mind|anders [uü]berlegt|change d avis|(?:cambie|cambiado) de (?:opinion|idea)"
    r"|mudei de (?:ideia|ideias|opiniao)|cambiato idea|me bedacht|van gedachten veranderd"
    r")\b"
)
# Words of starting over, in the seven languages: "start again" (a fresh form), never "go on" where we were.
_OVER = re.compile(
    r"\b("
    r"start(?:ing)? (?:again|over|afresh|from scratch|from the (?:beginning|top))|restart\w*|begin again|new start"
    r"|from scratch|from the (?:beginning|top)|redo|try (?:that|this|it) again|"
    r"von vorn\w*|neu (?:beginnen|anfangen|starten)|neustart\w*|noch ?mal|"
    r"recommenc\w*|depuis le debut|a zero|du debut|"
    r"empe\w* de nuevo|volver a empezar|desde el (?:principio|inicio)|de cero|"
    r"recome\w*|come\w* de novo|do (?:inicio|zero|comeco)|voltar ao inicio|"
    r"ricominc\w*|da capo|dall inizio|da zero|"
    r"opnieuw|overnieuw|vanaf het begin|van voren af"
    r")\b"
)
# A "no" that opens the request takes the stop back ("en fait non, je veux continuer", "no wait, let's go on"): set
# off by a comma, a dash, "wait" or a sentence of its own, it is no refusal of going on ("no need to go on" stays one).
_NO = r"(?:no|nope|nah|non|nein|n[aã]o|nee|neen)"
_SOFTENER = (r"(?:actually|well|oh|ah|hmm+|en fait|eigentlich|also|ach|en realidad|bueno|pues|na verdade|afinal"
             r"|in realt[aà]|anzi|eigenlijk|nou)")
_WAIT = r"(?:wait|warte|attends|espera|aspetta|wacht)"
_TAKEN_BACK = re.compile(rf"^\W*(?:{_SOFTENER}\W+)?{_NO}(?:\s*[,;:\-–—]+|\s+{_WAIT}\b\W*)\s*")
_ONLY_NO = re.compile(rf"\W*(?:{_SOFTENER}\W+)?{_NO}(?:\W+{_WAIT})?\W*")
_NEGATION = re.compile(r"\b(no|not|don ?t|dont|no longer|never|nicht|kein\w*|pas|plus|non|niet|geen|nao|ne)\b")
_DATA = re.compile(r"\d|@")


def _plain(text: str) -> str:
    """Lower case without accents or apostrophes ("don't" is "don t", "não" is "nao")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"[^\w\s]", " ", stripped)


# A request often follows a line of its own ("Sorry, I'm back now. Can we continue?"): each sentence is read.
_SENTENCE_END = re.compile(r"[.!?¿¡;]+")
MAX_SENTENCES = 3


def asks_to_go_on(text: str) -> bool:
    """Whether ``text`` asks to carry on the conversation (see the module): one of its few sentences asks
    it in a few words, and none says no."""
    if _DATA.search(text):
        return False
    if asks_to_carry_on(text):
        # Relaxed agreement holds a negative word ("no worries, let's continue", "kein Problem, weiter", "pas de
        # souci, on continue", "nada, sigue"), and still asks to go on.
        return True
    parts = [part for part in _SENTENCE_END.split(text.casefold()) if part.strip()]
    taken_back = [part for part in parts if _ONLY_NO.fullmatch(part)]
    sentences = [_plain(_TAKEN_BACK.sub("", part, count=1)) for part in parts if part not in taken_back]
    if not sentences or len(parts) > MAX_SENTENCES or any(_NEGATION.search(s) for s in sentences):
        return False
    return any(len(s.split()) <= MAX_WORDS and _GO_ON.search(s) for s in sentences)


def starts_over(text: str) -> bool:
    """Whether ``text`` asks for a fresh start ("start again", "von vorne", "recommencer", "opnieuw beginnen")."""
    return bool(_OVER.search(_plain(text)))


def goes_on(text: str) -> bool:
    """Whether ``text`` asks to go on where the conversation was ("can we continue?", "on continue ?", "weiter
    bitte"), not to start over: in a conversation that was not stopped, every answer is kept."""
    return asks_to_go_on(text) and not starts_over(text)


START_AGAIN = "start_again"


def as_start_again(text: str) -> dict[str, object]:
    """Rasa's parse data for a request to carry on read as "start again": the intent, with the visitor's own words
    as the message's text. Handed to Rasa with the message (``UserMessage(text, ..., parse_data=...)``), the tracker,
    and so the lead's transcript, keeps what the visitor wrote ("shall we carry on?"), never the payload
    ``/start_again`` they never saw."""
    return {"text": text, "intent": {"name": START_AGAIN, "confidence": 1.0},
            "intent_ranking": [{"name": START_AGAIN, "confidence": 1.0}], "entities": []}
