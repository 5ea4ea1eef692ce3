"""A visitor asking to move a call they booked: "can I move it to Thursday?", "need to reschedule", "kann ich den
Termin verschieben?", "podemos remarcar para sexta?".

Read only once a call is booked (the bot asks nothing else then), so the words are few and plain: a verb that
moves a meeting (move, reschedule, push, verschieben, déplacer, reprogramar, spostare, verzetten, remarcar), or
a wish for another time ("another day", "Friday instead", "un autre jour", "outro dia"), in the bot's seven
languages. "we'd like to move faster on SEO" is no such request when no call is booked; the caller checks.

A question about the booked call is not a move either (issue 14: "thanks! can I bring my colleague to the call?" was
offered new times): "move" must move something ("let's move forward" does not), the English "report" is no French
"reporter", and a word of preference ("instead", "plutôt", "invece", "lieber") asks for a move only beside a time
("Friday instead", not "can my colleague join instead of me?", "plutôt en visio").
"""

from __future__ import annotations

import re
import unicodedata

# Verbs that move a meeting, written without accents (the text is compared with its accents removed).
_MOVE = (
    r"(?:move|moving)(?! (?:forward|faster|ahead|on|quickly|fast|quicker|along|things|to (?:a|the) next))"
    r"|reschedul\w*|re-schedul\w*|rebook|re-book|postpone\w*|push (?:it|the call|the meeting|that|this)"
    r"|push back|bring (?:it )?forward|shift (?:it|the call|the meeting)|change (?:the |my |our )?(?:time|day|date|slot"
    r"|booking|appointment|call|meeting)|can'?t make it|cannot make it|won'?t make it|can'?t do (?:that|this) time"
    r"|an? (?:hour|day|week) (?:later|earlier)"
    r"|verschieb\w*|verleg\w*|umbuch\w*|anderen termin|termin (?:andern|tauschen)"
    r"|schaffe (?:es|das)(?: [\w']+){0,3} nicht"
    r"|deplac\w*|decal\w*|reporter|reportons|reportez|reportee?s?|changer (?:l'heure|le rendez-vous|la date"
    r"|le creneau|de creneau|d'horaire)"
    r"|reprogram\w*|aplaz\w*|pospon\w*|mover (?:la|el)|cambiar (?:la hora|la cita|el dia|la llamada|la reunion|el horario)"
    r"|spost\w*|rinvi\w*|rimand\w*|cambiare (?:orario|giorno|l'appuntamento|la chiamata)"
    r"|verzet\w*|verplaats\w*|omzetten|andere afspraak"
    r"|remarc\w*|reagend\w*|adiar|mudar (?:o horario|a reuniao|o dia|a chamada|a data)"
)
# Another time asked for, a move when said with a booked call.
_OTHER = (
    r"another (?:day|time|slot)|different (?:day|time|slot)|other day|some other time"
    r"|anderen tag|anderer tag|andere zeit|andere uhrzeit|anderes datum|ein anderes mal"
    r"|un autre (?:jour|creneau|moment|horaire)"
    r"|otro dia|otra hora|otro horario|otro momento"
    r"|un altro giorno|un altro orario|un altro momento"
    r"|andere dag|ander tijdstip|ander moment"
    r"|outro dia|outro horario|outra hora|outro momento"
)
# A preference ("Friday instead", "lieber am Montag"): a move only beside a time (_WHEN).
_INSTEAD = (
    r"instead|rather|stattdessen|lieber|plutot|a la place|en su lugar|mejor|invece|piuttosto|in plaats daarvan|liever"
    r"|em vez disso|ao inves"
)
_WHEN = (
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|morning|afternoon|evening|week|today"
    r"|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|morgen|vormittag|nachmittag|abend|woche|heute"
    r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|matin|apres-midi|soir|semaine|aujourd'hui"
    r"|lunes|martes|miercoles|jueves|viernes|sabado|domingo|manana|tarde|noche|semana|hoy"
    r"|segunda|terca|quarta|quinta|sexta|amanha|manha|noite|hoje"
    r"|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica|domani|mattina|pomeriggio|stasera|settimana|oggi"
    r"|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|ochtend|middag|avond|vandaag"
    r"|\d{1,2}[:.h]\d{2}(?: ?(?:h|am|pm|uhr|uur))?|\d{1,2} ?(?:h|am|pm|uhr|uur)|(?:at|um|om|alle|as|a las|a) \d{1,2}"
)
_MOVE_RE = re.compile(rf"(?<![\w'])(?:{_MOVE})(?![\w'])")
_OTHER_RE = re.compile(rf"(?<![\w'])(?:{_OTHER})(?![\w'])")
_INSTEAD_RE = re.compile(rf"(?<![\w'])(?:{_INSTEAD})(?![\w'])")
_WHEN_RE = re.compile(rf"(?<![\w'])(?:{_WHEN})(?![\w'])")
# A request to move a call is a sentence or two.
MOST_WORDS = 30


def _plain(text: str) -> str:
    lower = unicodedata.normalize("NFKD", text.casefold().replace("\u2019", "'"))
    return " ".join("".join(c for c in lower if not unicodedata.combining(c)).split())


# A cancellation or a move supposed in a question ("if I had to cancel, how would I?", "falls ich absagen müsste, wie
# mache ich das?", "si je dois annuler, je fais comment ?", "what if I can't make it?"): a question about how, never a
# request (issue 14). A word of supposing, in the seven languages (a Spanish "sí," is a yes: no comma after the "si"; "se
# puede" asks whether one may), a verb of cancelling or moving after it in its clause, and a question of how or what.
_CANCEL = (
    r"cancel\w*|call (?:it|the call|the meeting) off|absag\w*|sag\w* (?:\w+ ){0,5}ab|storn\w*|annul\w*|cancelar|cancele|cancelo"
    r"|anular|desmarcar|annullar\w*|annulla|disdir\w*|disdic\w*|annuleren|annuleer|afzeggen|zeg (?:\w+ ){0,5}af"
)
_SUPPOSING = (
    r"if|what if|in case|suppose|supposing|falls|wenn|angenommen|sollte ich|si|au cas ou|et si|en caso de que|y si"
    r"|se|caso|e se|nel caso|qualora|als|indien|stel dat|wat als|mocht ik"
)
_SUPPOSED = re.compile(
    rf"(?<![\w'])(?:{_SUPPOSING})(?! ?,)(?! (?:puede|pode|puo|podria|poderia|potrebbe)\b)(?: [\w'-]+){{0,6}}? (?:{_MOVE}|{_CANCEL})(?![\w'])"
    rf"|(?<![\w'])what if (?:\w+ ){{0,3}}(?:can'?t|cannot|won'?t) make it")
_HOW_THEN = re.compile(
    r"(?<![\w'])(?:how|what (?:do|would|should|happens|then)|what\?|is (?:that|it) possible|can i|could i|wie|was (?:dann|passiert|mache|muss)"
    r"|geht das|comment|que (?:faire|se passe|dois)|como|que (?:hago|pasa|tengo|debo)|o que (?:faco|acontece)|come|cosa (?:faccio|succede|devo)"
    r"|hoe|wat (?:moet|gebeurt|doe))(?![\w'])")


def supposes_a_move(text: str) -> bool:
    """Whether ``text`` asks how a cancellation or a move would go, supposing one ("if I had to cancel, how would I?",
    "se dovessi annullare, come faccio?"), naming no time it wants."""
    said = " ".join(unicodedata.normalize("NFKD", text.casefold().replace("\u2019", "'")).split())
    said = "".join(c for c in said if not unicodedata.combining(c))
    if not said or len(said.split()) > MOST_WORDS or not ("?" in said or _HOW_THEN.search(_plain(said))):
        return False
    for clause in re.split(r"[.;!?]+", said):
        words = " ".join(re.sub(r"[^\w',]+", " ", clause).split())
        if _SUPPOSED.search(words) and (_HOW_THEN.search(_plain(clause)) or "?" in said) and not _WHEN_RE.search(_plain(clause)):
            return True
    return False


def asks_to_move(text: str) -> bool:
    """Whether the message asks to move a booked call ("can we do Friday instead?", "preciso remarcar")."""
    plain = _plain(text)
    if not plain or len(plain.split()) > MOST_WORDS or supposes_a_move(text):
        return False
    return bool(_MOVE_RE.search(plain) or _OTHER_RE.search(plain)
                or (_INSTEAD_RE.search(plain) and _WHEN_RE.search(plain)))


_LATER_ON = re.compile(r"(?<![\w'])(?:if (?:needed|need be|necessary|something comes up)|later|afterwards|down the line"
                       r"|spater|noch|falls notig|wenn notig|si besoin|si necessaire|plus tard|apres|si hace falta"
                       r"|si es necesario|despues|mas adelante|se necessario|se preciso|depois|mais tarde|se for preciso"
                       r"|poi|dopo|piu avanti|se serve|indien nodig|zo nodig|later|nog)(?![\w'])")


def asks_if_it_can_move(text: str) -> bool:
    """Whether ``text`` asks if the call can be moved later on ("can I reschedule later if needed?", "kann ich den
    Termin später noch verschieben?", "je pourrai décaler si besoin ?"): a question, with a verb of moving and words
    of later on; never a request to move it now ("can we do Friday instead?")."""
    said = _plain(text)
    return ("?" in said and bool(_MOVE_RE.search(said)) and bool(_LATER_ON.search(said))
            and not _INSTEAD_RE.search(said)) or supposes_a_move(text)


# A request to cancel the booked call ("I need to cancel the call", "ich muss den Termin absagen", "je dois annuler",
# "please cancel my appointment"): a verb of cancelling, said of the call or of nothing named. Nothing here cancels a
# call (issue 14: "please cancel my appointment" got "I'll stop here" while the call stayed booked), so the caller says
# so and how. Not a request: one supposed ("if I had to cancel, how?"), one denied ("don't cancel", "nicht absagen",
# "no need to cancel"), the terms asked about ("can the programme be cancelled?", "le contrat est-il résiliable ?"), a
# move to a time wanted ("cancel Monday and do Friday instead": a move, answered with the times).
_CANCEL_RE = re.compile(rf"(?<![\w'])(?:{_CANCEL}|drop the call|skip the call|scrap the call"
                        r"|call it off|cancella\w*|desmarc\w*|anul\w*|cancl\w*|cancle\w*)(?![\w'])")
_NOT_CANCEL = re.compile(
    r"(?<![\w'])(?:don'?t|do not|no need to|not|never|won'?t|nicht|kein\w*|nie|ne (?:\w+ )?pas|pas besoin d'|no|nunca"
    r"|nao|non|niet|geen|hoeven)(?: \w+){0,2} (?:" + _CANCEL + r")(?![\w'])"
    r"|(?<![\w'])(?:" + _CANCEL + r")(?: \w+){0,3} (?:nicht|niet|pas)(?![\w'])")
# The terms of working together, which the FAQ answers ("monthly programmes can be cancelled with 30 days' notice").
_TERMS = re.compile(
    r"(?<![\w'])(?:contracts?|subscriptions?|programmes?|programs?|retainers?|plans?|services?|notice|anytime|any time"
    r"|vertrag\w*|abo\w*|kundig\w*|programm\w*|contrat\w*|abonnement\w*|resili\w*|preavis|contrato\w*|suscripcion\w*"
    r"|assinatura\w*|contratt\w*|abbonament\w*|disdetta|preavviso|opzeg\w*|abonnement\w*|programa\w*)(?![\w'])")


# A request to erase what they told us ("cancellate i miei dati", the Italian "delete"; "delete my data and cancel the
# call"): the erasure, which cancels the call with the lead, is another action's.
_DATA = re.compile(r"(?<![\w'])(?:data|my details|personal details|information|daten|donnees|informations|datos|dados"
                   r"|dati|gegevens|delete\w*|erase|losch\w*|supprim\w*|effac\w*|borr\w*|elimin\w*|apag\w*"
                   r"|verwijder\w*|wis)(?![\w'])")
_NEVER_MIND = re.compile(r"(?<![\w'])(?:never ?mind|nevermind)(?![\w'])")


def asks_to_cancel(text: str) -> bool:
    """Whether ``text`` asks to cancel the booked call ("cancel it", "je dois annuler le rendez-vous", "preciso
    desmarcar a chamada"): never a cancellation supposed, denied, asked of the terms, or a move to a time wanted."""
    plain = _plain(text)
    if not plain or len(plain.split()) > MOST_WORDS or supposes_a_move(text):
        return False
    # A comma parts a no from a request ("no, cancel it"); "never mind" denies nothing.
    words = " ".join(re.sub(r"[^\w',]+", " ", _NEVER_MIND.sub(" ", plain)).replace(",", " ,").split())
    if not _CANCEL_RE.search(words) or _NOT_CANCEL.search(words) or _TERMS.search(words) or _DATA.search(words):
        return False
    # "cancel Monday and do Friday instead", "annuler et décaler à jeudi": a time wanted, a move.
    return not (_OTHER_RE.search(plain) or (_INSTEAD_RE.search(plain) and _WHEN_RE.search(plain))
                or (_MOVE_RE.search(plain) and _WHEN_RE.search(plain)))


def supposes_a_cancellation(text: str) -> bool:
    """Whether ``text`` asks how a cancellation would go, supposing one ("if I had to cancel, how would I?", "si je
    dois annuler, je fais comment ?"): not a move supposed ("what if I can't make it?")."""
    return supposes_a_move(text) and bool(_CANCEL_RE.search(" ".join(re.sub(r"[^\w']+", " ", _plain(text)).split())))
