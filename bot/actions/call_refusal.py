"""A call the visitor says they do not want: "I don't want to book a call", "no call please", "Ich möchte keinen
Termin buchen", "je ne veux pas d'appel", "no quiero una llamada", "não preciso de uma ligação", "non voglio prenotare
una chiamata", "ik wil geen afspraak maken".

A refused call names no time for one. The form read any call named at a question as when a call suits the visitor
(``form.names_a_call_time``), and "no call please" to the need question got "We'll find a time for a call at the
end": a call promised to a visitor who had just declined one. "I don't want a call" was stored as the visitor's need.

``refusal_spans`` finds each refusal: a no (``_NO``), a few words, and one call (``_CALL``), with no punctuation
between them ("no, a call on Thursday works" asks for one) and no time, nor any sign of calls of the visitor's own
business between ("not before 10am for a call" names a time; "we don't get enough calls" is a need).
``only_refuses_a_call`` tells a message that says nothing else: a few words of who and of wanting before it, of
courtesy, of now or of booking after it.
"""

from __future__ import annotations

import re

from bot.actions.call_times import TIME_WORDS, in_english
from nlu.call_request import was_on_a_call
from nlu.text import folded

# A no, in the seven languages, compared without accents.
_NO = (
    r"no|not|don'?t|dont|do not|never|rather not|without|nicht|kein|keine|keinen|keinem|ohne|ne|pas|sans|sin|sem"
    r"|nao|non|niente|nessuna|nessun|nessuno|senza|niet|geen|nada de|ningun|ninguna|nenhuma|nenhum|nope|nee|nein"
)
# One call or meeting with us (a plural too: "no calls please").
_CALL = (
    r"call|calls|phone call|phone calls|video call|meeting|meetings|appointment|appointments|demo|zoom"
    r"|anruf|anrufe|termin|termine|telefonat|telefonate|gesprach|gesprache|telefontermin|call"
    r"|appel|appels|rendez vous|rdv|visio|entretien"
    r"|llamada|llamadas|cita|citas|reunion|reuniones|videollamada"
    r"|chamada|chamadas|ligacao|ligacoes|reuniao|reunioes|videochamada"
    r"|chiamata|chiamate|telefonata|telefonate|appuntamento|appuntamenti|riunione|videochiamata"
    r"|gesprek|gesprekken|afspraak|afspraken|belafspraak|belletje|videogesprek"
)
_REFUSAL = re.compile(rf"(?<![\w'])(?:{_NO})((?: [\w']+){{0,4}}?) (?:[dl]')?(?:{_CALL})(?![\w'])")
# Between the no and the call: words of more calls, of the visitor's own clients, or of getting them ("we don't get
# enough calls", "nous n'avons pas assez de rendez-vous clients"), which tell a need and refuse nothing.
_THEIR_OWN = frozenset(
    "enough more many much single inbound sales customer customers client clients qualified get getting receive"
    " genug mehr viele kunden bekommen kriegen erhalten assez plus beaucoup recevons recoit obtenons"
    " suficientes bastantes mas muchas muchos recibimos conseguimos mais muitas muitos recebemos conseguimos"
    " abbastanza piu molte molti riceviamo otteniamo genoeg meer veel klanten krijgen ontvangen"
    " clientes clienti".split()
)
# Time words, as ``in_english`` puts them: a no said of a time names that time ("not before Thursday for a call").
_TIME = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday tomorrow today tonight week weekend morning afternoon"
    " evening noon midday later next am pm month before after until".split()
)
# Said before the refusal: who, and their wanting or needing ("I really", "ich möchte", "je", "ik hoef", "eu").
_BEFORE = frozenset(
    "no nah nope nein non nee i i'd we we'd really honestly actually thanks thank you but ok okay sorry well so just please yeah hmm"
    " want need would like ich wir mochte mochten will wollen brauche brauchen benotige danke aber also bitte eigentlich"
    " je j'ai nous on merci mais bon alors franchement veux voudrais souhaite besoin"
    " yo gracias pero bueno pues vale quiero queria necesito me gustaria"
    " eu obrigado obrigada mas bem quero queria preciso gostaria"
    " io grazie ma beh allora voglio vorrei mi serve"
    " ik wij bedankt maar nou dus wil hoef heb zou graag eigenlijk liever".split()
)
# Said after it: courtesy, now, a booking verb said last (German, Dutch), "for me", "needed".
_AFTER = frozenset(
    "please thanks thank you thx for now right now at the moment yet really needed necessary for me with you"
    " bitte danke fur jetzt gerade im moment erstmal noch notig buchen vereinbaren ausmachen haben machen mir"
    " merci svp stp pour l'instant le moment maintenant vraiment necessaire"
    " por favor gracias ahora de momento por ahora todavia necesaria necesario"
    " obrigado obrigada agora por enquanto ainda necessaria necessario"
    " grazie per favore ora adesso per ora ancora necessaria necessario"
    " alsjeblieft bedankt dank je nu nog even voorlopig nodig maken inplannen plannen boeken hebben".split()
)
# A refusal is a sentence or two.
_MOST_WORDS = 20


def _marked(text: str) -> str:
    """``text`` folded, its punctuation (not apostrophes) a "|" the words of one refusal never cross."""
    said = re.sub(r"[^\w'\s-]+", " | ", folded(text)).replace("-", " ").replace("_", " ")
    return " ".join(said.split())


def _names_a_time(words: str) -> bool:
    return bool(re.search(r"\d", words)) or any(
        set(re.findall(r"[^\W\d_]+", in_english(words, lang))) & _TIME for lang in TIME_WORDS
    )


def refusal_spans(text: str) -> list[tuple[int, int]]:
    """Where, in ``_marked(text)``, a call is refused: each no and the call it refuses."""
    marked = _marked(text)
    if not marked or was_on_a_call(text):
        return []
    spans = []
    for m in _REFUSAL.finditer(marked):
        between = m[1].split()
        if "|" in between or _THEIR_OWN & set(between) or _names_a_time(m[1]):
            continue
        spans.append(m.span())
    return spans


def without_refusals(text: str) -> str:
    """``text`` folded with each refused call taken out ("no call please, Thursday works" -> "| please | Thursday
    works"): what is left to say when a call suits the visitor."""
    marked = _marked(text)
    for start, end in reversed(refusal_spans(text)):
        marked = marked[:start] + " | " + marked[end:]
    return marked


def only_refuses_a_call(text: str) -> bool:
    """Whether ``text`` says only that the visitor wants no call ("I don't want to book a call", "no call please",
    "ich möchte keinen Termin buchen", "pas besoin d'un appel, merci")."""
    marked = _marked(text)
    if len(marked.split()) > _MOST_WORDS:
        return False
    spans = refusal_spans(text)
    if not spans:
        return False
    before = [w for w in marked[: spans[0][0]].split() if w != "|"]
    after = [w for w in without_refusals(text)[spans[0][0] :].split() if w != "|"]
    return len(before) <= 3 and all(w in _BEFORE for w in before) and all(w in _AFTER for w in after)
