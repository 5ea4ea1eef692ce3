"""A visitor asking to book a call with us: "can I book a call with someone?", "Est-ce que je peux réserver un appel
avec quelqu'un ?", "ich möchte einen Termin vereinbaren", "¿puedo agendar una llamada?".

The classifier learns such requests (``book_call``), yet misses some wordings, and the bot then said "I didn't
understand" to a visitor who asked for what it exists to give (issue 14, persona set 9: geneviève's "Est-ce que
je peux réserver un appel avec quelqu'un ?" after the form). ``asks_for_a_call`` reads the request from its parts,
in the bot's seven languages: a wish or an "I can" (``_WISH``), a verb of booking (``_BOOK``), and one meeting
(``_CALL``, with its article: "a call", "un appel", "einen Termin"). In English and the Romance languages the verb
comes before the meeting; in German and Dutch the meeting may come first ("einen Termin vereinbaren", "een
afspraak inplannen"). A wish and one meeting with no verb asks for it too ("I'd like a call", "vorrei una call").

What the visitor tells us is none: calls they book for their own business ("we want to book more sales calls"),
a call they had or have ("we had a call with another agency"), a call asked of us by phone ("call me back": a
handoff, ``nlu.faq.asks_for_a_person``). The caller decides what to do with it (offer the times, or the questions
first).

Questions about the call itself are read here too: how it happens (``asks_how_the_call_happens``: video, which
platform, phone), and, once a call is booked, how to join it (``asks_how_to_join``) and whether another person may
(``asks_about_someone_joining``); the booking action answers them.
"""

from __future__ import annotations

import re

from nlu.text import folded, plain

# A wish, or whether the visitor may: "can I", "I'd like to", "est-ce que je peux", "ich möchte", "quisiera".
# Written without accents: the text is compared with its accents removed.
_WISH = (
    r"can i|could i|may i|can we|could we|i'?d like(?: to)?|i would like(?: to)?|i want(?: to)?|i'?d love(?: to)?"
    r"|let'?s|is it possible to|how (?:do|can) i|where (?:do|can) i|i'?d be keen to|happy to"
    r"|kann ich|konnte ich|darf ich|konnen wir|ich mochte|ich will|ich wurde gern|ich hatte gern|wir mochten"
    r"|ist es moglich|wie kann ich|wo kann ich"
    r"|je peux|puis je|pourrais je|est ce que je peux|on peut|peut on|pouvons nous|je voudrais|j'aimerais|je veux"
    r"|je souhaite|je souhaiterais|est il possible de|comment (?:je peux|puis je)"
    r"|puedo|podemos|podria|quiero|quisiera|me gustaria|se puede|es posible|como puedo"
    r"|posso|podemos|poderia|quero|queria|gostaria de|gostava de|da para|da pra|e possivel|como posso"
    r"|possiamo|potrei|vorrei|voglio|mi piacerebbe|si puo|e possibile|come posso"
    r"|kan ik|kunnen we|kunnen wij|mag ik|ik wil|ik zou graag|ik zou|is het mogelijk|hoe kan ik"
    # "we" and "you" asked, the conditional and "would it be possible" (set 15: sébastien's "Est-ce qu'on peut fixer un
    # appel ?" with the times on screen got "I'm not sure"; French elides "que on" to "qu'on").
    # (Not a bare "we want", "wir wollen", "queremos", "vamos": "we want to get a meeting with investors" is theirs.)
    r"|would it be possible to|could you|can you|we'?d like(?: to)?|we would like(?: to)?"
    r"|konnten wir|konnen sie|konnten sie|ware es moglich|wir wurden gern"
    r"|qu'on peut|qu'on pourrait|pourrait on|pourrions nous|serait il possible de|ce serait possible de"
    r"|c'est possible de|vous pouvez|vous pourriez|on voudrait|on aimerait|nous voudrions|nous aimerions"
    r"|podriamos|se podria|seria posible|nos gustaria|pueden|podrian"
    r"|poderiamos|seria possivel|daria para|daria pra|gostariamos de|podem"
    r"|potremmo|sarebbe possibile|si potrebbe|vorremmo|potete|potreste"
    r"|zouden we|zou het mogelijk zijn om|kunnen jullie|kunt u|we willen graag|wij willen graag"
)
# Verbs of booking a meeting.
_BOOK = (
    r"book|schedule|set up|setup|arrange|organise|organize|get|grab|have|hop on|jump on|line up|fix up"
    r"|buchen|vereinbaren|ausmachen|reservieren|planen|einplanen|abmachen|haben"
    r"|reserver|prendre|planifier|fixer|caler|organiser|avoir|booker|programmer"
    r"|reservar|agendar|programar|concertar|tener|pedir|coordinar|organizar"
    r"|marcar|agendar|reservar|ter|combinar|organizar"
    r"|prenotare|fissare|organizzare|programmare|avere|pianificare"
    r"|inplannen|boeken|maken|plannen|reserveren|afspreken|hebben"
    # planned or fitted in: "can we pencil in a call?", "est-ce qu'on peut prévoir un appel ?", "¿podemos cuadrar una
    # llamada?", "dá para marcarmos uma reunião?" (the personal infinitive), "possiamo prevedere una call?", "kunnen we
    # een afspraak prikken?", "können wir einen Termin ansetzen?"
    r"|pencil in|fit in|slot in|squeeze in|sort out|put in the diary|put in the calendar"
    r"|ansetzen|festlegen|einschieben|prevoir|bloquer|cuadrar|apartar|agendarmos|marcarmos|combinarmos|organizarmos|termos"
    r"|prevedere|mettere in agenda|prikken|vastleggen|inplannen"
    # with the pronoun joined on: "¿pueden agendarme una llamada?", "potete fissarmi un appuntamento?"
    r"|(?:agendar|reservar|programar|concertar|organizar|coordinar|marcar)(?:me|nos|le|les)"
    r"|(?:fissar|prenotar|organizzar|programmar)(?:mi|ci|le|gli)"
)
# One meeting with us, with its article ("a call", "einen Termin", "un rendez-vous", "una llamada").
_ARTICLE = r"a|an|one|ein|einen|eine|un|une|una|uma|um|een"
_CALL = (
    r"call|time for a call|slot for a call|time to talk|time to chat|phone call|video call|meeting|chat|demo|consultation|consult|appointment|zoom|teams call|intro call"
    r"|discovery call|quick call|free call|slot"
    r"|termin|anruf|call|gesprach|telefonat|telefontermin|beratungsgesprach|beratungstermin|videocall|meeting"
    r"|appel|rendez vous|rdv|reunion|visio|call|entretien|demo|creneau"
    r"|llamada|reunion|cita|videollamada|demo|consulta"
    r"|chamada|ligacao|reuniao|call|conversa|videochamada|demo|consulta"
    r"|chiamata|call|appuntamento|riunione|videochiamata|demo|consulenza"
    r"|gesprek|afspraak|call|belafspraak|videocall|demo|kennismakingsgesprek|belletje"
)
_MEETING = rf"(?:{_ARTICLE}) (?:[a-z'-]+ )?(?:{_CALL})"
_BEFORE = re.compile(rf"(?<![\w'])(?:{_WISH})(?: [\w'-]+){{0,3}}? (?:{_BOOK}) (?:[\w'-]+ ){{0,2}}?{_MEETING}(?![\w'])")
_AFTER = re.compile(rf"(?<![\w'])(?:{_WISH})(?: [\w'-]+){{0,3}}? {_MEETING}(?: [\w'-]+){{0,4}}? (?:{_BOOK})(?![\w'])")
_WISHED = re.compile(rf"(?<![\w'])(?:i'?d like|i would like|i want|je voudrais|j'aimerais|quisiera|me gustaria|quiero"
                     rf"|gostaria de|queria|quero|vorrei|ik wil graag|ik wil|ich mochte|ich hatte gern)"
                     rf"(?: (?:doch|gern|gerne|lieber|bitte|toch|graag|wel))?"  # "ich möchte doch einen Termin"
                     rf"(?: (?:to have|to get|avoir|tener|ter|avere|hebben|haben))? {_MEETING}(?![\w'])")
# The call offered, wished or booked with its definite article, said last: "actually I do want the call", "bueno, en
# realidad sí quiero la llamada", "ok, book the call then" (issue 14: after a no to the call, "quiero la llamada" got
# "Sorry, I didn't quite get that"). Only with nothing after it but a word of courtesy or of a mind changed: "I want
# the call to be short" and "ich möchte den Termin verschieben" say something of the call, and ask none.
_THE = r"the|that|den|das|diesen|le|la|l'|ce|cet|el|esa|ese|a|o|essa|esse|il|lo|quella|quel|de|het|die"
_COURTESY = (r"after all|then|please|anyway|thanks|thank you|dann|doch|bitte|danke|alors|finalement|svp|stp|merci"
             r"|entonces|al final|por favor|gracias|despues de todo|entao|afinal|obrigad[oa]|allora|alla fine"
             r"|per favore|grazie|dan|toch|graag|alsjeblieft|dank je|bedankt")
_WISHED_THE = re.compile(
    rf"(?<![\w'])(?:i do want|i'?d like|i would like|i want|i'?ll take|je veux bien|je voudrais|je veux|j'aimerais"
    rf"|quiero|quisiera|me gustaria|quero|queria|gostaria de|vorrei|voglio|ik wil graag|ik wil|ich mochte|ich will"
    rf"|ich nehme|(?:{_BOOK})) (?:{_THE}) ?(?:{_CALL})(?: (?:{_COURTESY}))*$")
# Meetings of the visitor's own business, or more than one: "book more sales calls", "prendre plus de rendez-vous".
_THEIR_OWN = re.compile(r"(?<![\w'])(?:more|mehr|plus de|davantage de|mas|mais|piu|meer|calls|meetings|appointments"
                        r"|termine|anrufe|appels|rendez vous clients|llamadas|citas|chamadas|reunioes|chiamate"
                        r"|appuntamenti|afspraken|gesprekken)(?![\w'])")
# "can we take a call?", "on peut faire un appel ?", "podemos fazer uma chamada?", "kunnen we een call doen?": a call taken,
# done or made together asks for one when "we" wish it; "can I take a call real quick?" asks leave to step away, "I need
# to make a call" is the visitor's own.
_WE_WISH = (
    r"can we|could we|shall we|should we|let'?s|can'?t we|why don'?t we|we could|maybe we could"
    r"|konnen wir|konnten wir|sollen wir|wollen wir|lass uns|lasst uns"
    r"|on peut|on pourrait|peut on|pourrait on|pouvons nous|pourrions nous|qu'on peut|qu'on pourrait"
    r"|podemos|podriamos|podiamos|poderiamos"
    r"|possiamo|potremmo"
    r"|kunnen we|kunnen wij|zullen we|zouden we"
)
_TAKE = r"take|do|make|hop on|jump on|machen|faire|hacer|tener|fazer|ter|fare|doen|houden|plannen"
_WE_TAKE = re.compile(rf"(?<![\w'])(?:{_WE_WISH})(?: [\w'-]+){{0,2}}? (?:{_TAKE}) (?:[\w'-]+ ){{0,2}}?{_MEETING}(?![\w'])"
                      rf"|(?<![\w'])(?:{_WE_WISH})(?: [\w'-]+){{0,2}}? {_MEETING}(?: [\w'-]+){{0,2}}? (?:{_TAKE})(?![\w'])")
# A request is a sentence or two.
MOST_WORDS = 30


def asks_for_a_call(text: str) -> bool:
    """Whether the message asks to book a call (or meeting) with us ("can I book a call with someone?")."""
    said = plain(text)
    if not said or len(said.split()) > MOST_WORDS or _THEIR_OWN.search(said):
        return False
    kept = folded(text)
    return any(not _denied(said, m.start(), kept)
               for pattern in (_BEFORE, _AFTER, _WISHED, _WE_TAKE, _WISHED_THE) for m in pattern.finditer(said))


# A no just before the wish, or before the two words leading to it: "no quiero una llamada", "não quero a chamada",
# "non vorrei prenotare una chiamata", "I don't want to book a call" (issue 14: each was read as a request for a call,
# and after a no to the call "não quero a chamada" was offered times).
_NEGATED = re.compile(r"(?<![\w'])(?:no|not|don'?t|dont|do not|never|nicht|nie|kein|ne|pas|nao|non|niet|geen|nunca|mai)"
                      r"(?: [\w']+){0,2} $")


def _denied(said: str, start: int, kept: str) -> bool:
    """Whether the wish found at ``start`` of ``said`` is negated: a no right before it, with no punctuation between
    in the message as typed (``kept``): "no, quiero una llamada" answers no to something else and asks for the call;
    "I don't know, can we have a call?" asks for one."""
    negation = _NEGATED.search(said, 0, start)
    if negation is None:
        return False
    words = [*said[negation.start():start].split(), *said[start:].split()[:1]]
    return re.search(r"(?<![\w'])" + r"\s+".join(map(re.escape, words)) + r"(?![\w'])", kept) is not None


# --- a call the visitor was on ----------------------------------------------------------------------------------
# "I had to take a call", "sorry, was on a call", "ich war kurz in einem Call", "j'étais en appel", "estaba en una
# llamada", "estava numa chamada", "ero in call", "ik zat even in een call": where the visitor was while the chat
# waited, a call or a meeting of their own, never one asked of us (issue 14: read as a request for a call, and "sorry,
# ..." as a correction). Compared by ``plain``.
_ONE_OF_THEM = (r"(?:(?:a|an|another|one|the|my|ein|einem|einen|nem|un|une|una|uma|een|de|het|le|la|il|o|el|mon|mi|meu|mio) )?"
                r"(?:(?:quick|short|urgent|last minute|dringenden|kurzen|petit|rapide|urgente|breve|korte|dringende) )?")
_A_CALL_OF_THEIRS = (r"(?:call|phone call|meeting|phone|zoom|teams call|conference call|anruf|telefonat|besprechung|telefon"
                     r"|appel|reunion|telephone|visio|llamada|telefono|chamada|ligacao|reuniao|telefone|chiamata|riunione"
                     r"|telefonata|vergadering|gesprek|telefoon|overleg)")
_CALL_OF_THEIRS = _ONE_OF_THEM + _A_CALL_OF_THEIRS
_WAS_ON = re.compile(
    r"(?<![\w'])(?:"
    # en
    rf"(?:was|were|been|got stuck|was stuck)(?: \w+)? (?:on|in) {_CALL_OF_THEIRS}|got (?:pulled|dragged|called) into {_CALL_OF_THEIRS}"
    rf"|had to (?:take|jump on|hop on|join|answer|run to) {_CALL_OF_THEIRS}|(?:just )?got off {_CALL_OF_THEIRS}"
    rf"|back from {_CALL_OF_THEIRS}|took {_CALL_OF_THEIRS}(?= (?:sorry|back|there)|$)"
    # de
    rf"|(?:war|waren|sass|hing)(?: \w+){{0,2}}? (?:in|im|am|beim) {_CALL_OF_THEIRS}"
    r"|hatte (?:kurz|gerade|eben|noch) (?:einen |nen |ein )?(?:call|anruf|telefonat|meeting)"
    r"|musste(?: \w+){0,2}? (?:telefonieren|ans telefon|(?:in|ins) (?:ein(?:en)? )?(?:call|meeting)|(?:einen )?anruf annehmen)"
    # fr
    rf"|(?:j'etais|on etait|nous etions)(?: \w+)? (?:en|au|dans) {_CALL_OF_THEIRS}|j'ai du (?:prendre|repondre a) {_CALL_OF_THEIRS}"
    # es
    rf"|(?:estaba|estuve|estabamos)(?: \w+)? (?:en|al) {_CALL_OF_THEIRS}"
    rf"|tuve que (?:atender|coger|tomar|contestar|entrar a|entrar en) {_CALL_OF_THEIRS}"
    # pt
    rf"|(?:estava|estive|estavamos)(?: \w+)? (?:em|no|na|ao|numa|num) {_CALL_OF_THEIRS}"
    rf"|tive (?:que|de) (?:atender|entrar (?:em|numa|na)|ir (?:a|para)) {_CALL_OF_THEIRS}"
    # it
    rf"|(?:ero|eravamo|sono stat[oa])(?: \w+)? (?:in|al|a|ad) {_CALL_OF_THEIRS}"
    rf"|ho dovuto (?:rispondere a|prendere|fare|entrare in) {_CALL_OF_THEIRS}"
    # nl
    rf"|(?:zat|was|waren|zaten)(?: \w+){{0,2}}? (?:in|aan|op) {_CALL_OF_THEIRS}"
    r"|moest(?: \w+){0,2}? (?:bellen|(?:een )?(?:call|telefoontje) (?:aannemen|doen))"
    r")(?![\w'])")


# Words the clause may go on with after the call: "for a bit", "all morning", "just now", "sorry about that".
_AWAY_TAIL = 3


def was_on_a_call(text: str) -> bool:
    """Whether the visitor tells of a call or meeting of their own they were on or had to take ("sorry, was on a call",
    "ich war kurz in einem Call"), asking for none with us."""
    said = plain(text)
    if not said or len(said.split()) > MOST_WORDS or asks_for_a_call(text):
        return False
    for clause in re.split(r"[.,;:!?()\n]+|\s[-–—]+\s", text):
        words = plain(clause)
        m = _WAS_ON.search(words)
        if m is not None and len(words[m.end():].split()) <= _AWAY_TAIL:
            return True  # ("we were in a meeting about our budget and decided 10k" tells what the meeting was)
    return False


# --- the visitor's own bookings ----------------------------------------------------------------------------------
# A hotel, a restaurant, a clinic speaks of ITS bookings: "we need more direct bookings, we pay Booking.com too much",
# "Precisamos de mais reservas diretas, pagamos muito ao Booking", "unser Buchungssystem ist veraltet", "plus de
# réservations en ligne", "más reservas de mesa", "più prenotazioni dirette", "meer boekingen via onze site". Their
# guests' bookings, reservations and appointments, the system or page that takes them, the platforms that sell them
# (Booking.com, Airbnb, Expedia, TheFork, OpenTable): a need or a fact of their business, never a call asked of us
# (issue 14: the classifier's book_call for "...pagamos muito ao Booking" was answered "Com todo o gosto marcamos uma
# chamada"). Compared by ``plain``.
_BOOKING_THINGS = r"system|engine|page|tool|software|platform|site|widget|form|calendar|flow|process|module|app|link"
_OWN_BOOKINGS = re.compile(
    r"(?<![\w'])(?:"
    rf"bookings|booking (?:{_BOOKING_THINGS})s?|online booking|direct booking|booking com|reservations"
    r"|table (?:booking|reservation)s?|(?:guest|hotel|room|patient|client|customer) (?:booking|reservation|appointment)s?"
    r"|airbnb|expedia|opentable|the ?fork|tripadvisor|hotels com"
    r"|buchungen|direktbuchungen|\w+buchungen|buchungs(?:system|seite|tool|software|plattform|maschine|kalender)"
    r"|online ?buchung(?:en)?|reservierungen|tischreservierung(?:en)?|\w+reservierungen"
    r"|reservations? (?:directes?|en ligne)|(?:systeme|page|logiciel|moteur|outil|plateforme|module) de reservation"
    r"|prises? de rendez vous en ligne|reservations de (?:table|chambre)s?"
    r"|reservas(?: (?:directas|diretas|online|en linea|de mesa|de quartos|de habitaciones))?"
    r"|(?:sistema|motor|pagina|plataforma|software|ferramenta|herramienta) de (?:reservas?|agendamentos?|citas)"
    r"|agendamentos online|marcacoes online"
    r"|prenotazioni(?: (?:dirette|online))?|(?:sistema|pagina|piattaforma|software|motore) di prenotazion[ei]"
    r"|boekingen|directe boekingen|boekings(?:systeem|pagina|tool|software|platform)|reserveringen"
    r"|reserverings(?:systeem|pagina|tool|software)|online boeken"
    r")(?![\w'])")
# "Booking" the platform, named after a preposition ("we pay a lot to Booking", "pagamos muito ao Booking", "über
# Booking"), never the verb before its meeting ("booking a call", "booking una demo").
_BOOKING_PLATFORM = re.compile(
    r"(?<![\w'])(?:to|on|via|through|with|from|by|ao|no|pelo|pela|do|na|a|al|en|por|con|de|sur|chez|par|avec"
    r"|uber|bei|auf|an|von|mit|su|tramite|con|op|bij|via|van|met|aan) booking(?: com)?"
    r"(?! (?:a|an|the|one|my|our|un|une|una|um|uma|ein|einen|eine|een|il|lo|la|le|el|o|de|der|die|das|het)(?![\w']))"
    r"(?![\w'])")


def tells_of_their_own_bookings(text: str) -> bool:
    """Whether ``text`` speaks of the visitor's own bookings, reservations or booking system ("we need more direct
    bookings", "pagamos muito ao Booking", "unser Buchungssystem"), without asking us for a call: a need or a fact of
    their business. "can I book a call about our booking system?" asks for one, and is not."""
    said = plain(text)
    if was_on_a_call(text):
        return True  # "sorry, was on a call": a call of their own, told
    if not said or not (_OWN_BOOKINGS.search(said) or _BOOKING_PLATFORM.search(said)):
        return False
    return not asks_for_a_call(text)


# --- how the call happens ----------------------------------------------------------------------------------------
# "is it a video call or phone?", "Ist das per Video oder Telefon?", "C'est en visio ?", "¿Es por Zoom?": a question
# about the call itself (issue 14: answered "I'm not sure"). The playbook says how its calls happen; the caller
# answers from it. A medium said as one ("by video", "video or phone", "a video call", "visio", "Zoom", "a camera"),
# by phone ("by phone", "telefonisch", "por teléfono"), or "will you call me?", in a question. Never videos as a
# service ("do you make videos?"), teams of people ("do you have teams in Europe?"), or "can I call you?" (how to
# reach us).
_MEDIUM = (
    r"video ?call|videocall|video chat|video meeting|videollamada|videochamada|videochiamata|videogesprek|videobellen"
    r"|visio|visioconference|zoom|google meet|skype|webex|whereby|camera|webcam|kamera|camara|telecamera"
    r"|(?:by|via|per|on|over|en|par|por|em|in|op|uber|in) video"
    r"|video (?:or|oder|ou|o|of) (?:phone|telefon|telephone|telefono|telefone|telefoon|audio)"
    r"|(?:on|via|uber|over|sur|por|pelo|su|in|op|per) (?:teams|ms teams|microsoft teams|meet)"
    # which platform, or Zoom and Teams named together: "is it on zoom or teams?", "Zoom oder Teams?", "which platform?"
    r"|(?:zoom|meet|skype|webex|teams) (?:or|oder|ou|o|of) (?:zoom|teams|meet|google meet|skype|webex|phone|telefon|telephone|telefono|telefone|telefoon)"
    r"|(?:which|what|welche|quelle|que|qual|quale|welk|welke) (?:platform|plattform|plateforme|plataforma|piattaforma|tool|outil|herramienta|ferramenta|strumento)"
    r"(?: (?:is it|will it be|do (?:you|we) use(?: for (?:the|this) (?:call|meeting))?|ist es|est ce|c'est|es|e|sera|is het))? ?$"
)
_BY_PHONE = (
    r"by phone|over the phone|on the phone|a phone call|phone call|per telefon|telefonisch|am telefon|ein telefonat"
    r"|par telephone|au telephone|un appel telephonique|appel telephonique|por telefono|llamada telefonica"
    r"|por telefone|chamada telefonica|pelo telefone|al telefono|per telefono|una telefonata|telefonata"
    r"|per telefoon|telefoongesprek|via de telefoon"
)
_CALLS_YOU = (
    r"(?:will|would|do|are) you (?:going to )?(?:call|phone|ring) me|rufen sie mich an|ruft (?:ihr|er|sie) mich an"
    r"|vous m'appele[zr]|vous allez m'appeler|tu m'appelles|me llama(?:n|ran|ra|is)|me va(?:n|s) a llamar"
    r"|(?:vao|vais|vai) ligar me|ligam me|me ligam|mi chiamate|mi chiamera|bellen jullie (?:mij|me)|belt u (?:mij|me)"
)
_FORMAT = re.compile(rf"(?<![\w'])(?:{_MEDIUM}|{_BY_PHONE}|{_CALLS_YOU})(?![\w'])")
# A question's first words, for a question typed without its "?" ("is it on zoom", "c'est en visio").
_ASKS = re.compile(r"^(?:is|will|do|does|how|ist|wird|wie|lauft|c'est|est ce|ce sera|comment|es|sera|como"
                   r"|e|vai|sera|come|is het|wordt|hoe|gaat)(?![\w'])")


def asks_how_the_call_happens(text: str) -> bool:
    """Whether the message asks how the call happens: by video, on which tool, or by phone ("is it a video call or
    phone?", "Ist das per Video oder Telefon?", "vous m'appelez ?")."""
    said = plain(text)
    if not said or len(said.split()) > MOST_WORDS:
        return False
    return ("?" in text or bool(_ASKS.search(said))) and bool(_FORMAT.search(said))


# With a call booked, words about joining it: how, with what, or with whom ("how do I join?", "do I need to install
# anything?", "which link?"), in the seven languages (compared by ``plain``). They mean the call only once one is
# booked: the caller reads them only then (``bot.actions.booking``), with ``asks_how_the_call_happens`` (video or
# phone?). Never how to reach us ("can I call you instead?", "what's your phone number?") nor a job ("can I join
# your team?").
_HOW_TO_JOIN = re.compile(
    r"(?<![\w'])(?:how (?:do|can|will|should) (?:i|we) (?:join|connect|dial in|get in|log in|access)(?! (?:your|the) team)"
    r"|(?:do|will|should) (?:i|we) (?:need|have) to (?:install|download)|install anything|(?:which|what) (?:app|link|software|tool)"
    r"|where(?: is|'s| do i find| can i find) the link|(?:send|get) (?:me |us )?the link"
    r"|wie (?:kann ich|konnen wir|nehme ich|nehmen wir|trete ich|komme ich) (?:\w+ )?(?:teil|bei|rein|hinein|dazu)"
    r"|wie (?:verbinde ich mich|wahle ich mich ein)|(?:muss|mussen) (?:ich|wir) (?:etwas|was) (?:installieren|herunterladen)"
    r"|welche (?:app|software)|welcher link|wo (?:ist|finde ich) (?:der|den) link"
    r"|comment (?:je |on )?(?:rejoin\w*|me connecte|se connecte|participe|acceder)"
    r"|comment (?:est ce qu'on|puis je) (?:rejoindre|me connecter)"
    r"|(?:faut il|dois je|il faut) (?:installer|telecharger)|quel(?:le)? (?:application|appli|logiciel|lien)|ou est le lien"
    r"|como (?:me |nos )?(?:conecto|conectamos|uno|entro|accedo)|(?:tengo|hay) que (?:instalar|descargar)"
    r"|que (?:aplicacion|programa|enlace)|donde esta el enlace"
    r"|como (?:eu )?(?:entro|acedo|acesso|participo|me ligo)|(?:preciso|tenho) (?:de |que )?(?:instalar|descarregar|baixar)"
    r"|que (?:aplicacao|aplicativo|link)|onde esta o link"
    r"|come (?:mi )?(?:collego|partecipo|accedo|entro)|(?:devo|bisogna) (?:installare|scaricare)|quale (?:app|applicazione|link)"
    r"|dove (?:trovo|e) il link"
    r"|hoe (?:neem ik|kan ik|doe ik) (?:\w+ )?(?:deel|inbellen|inloggen|mee)|(?:moet ik|moeten we) (?:iets )?(?:installeren|downloaden)"
    r"|welke (?:app|link|software)|waar (?:is|vind ik) de link)(?![\w'])")
# Another person at the booked call: "can I bring my colleague?", "can my boss join?", "kann eine Kollegin dazukommen?",
# "je peux venir avec un collègue ?", "¿puedo traer a un compañero?", "posso levar um colega?", "posso portare un
# collega?", "mag ik een collega meenemen?". Never the visitor's colleague as a topic ("my colleague booked too").
_SOMEONE_JOINS = re.compile(
    r"(?<![\w'])(?:(?:bring|invite|add|include)(?: along)? (?:my|a|our|another|someone|somebody|\w+ from my)"
    # (a name between: "can my colleague Ross join too?", "unser CTO Jan", "mon associé Paul")
    r"|(?:can|could|may) (?:my|a|our) (?:\w+ )?(?:colleague|boss|manager|partner|cofounder|co-founder|team ?mate|cto|ceo|cfo|cmo|assistant|coworker|co-worker)s?"
    r"(?: \w+)? (?:join|come|attend|be there|sit in|dial in|tag along)"
    r"|(?:someone|somebody|anyone|anybody|others?|more people) (?:else )?(?:join|come|attend)"
    r"|mitbringen|dazu ?(?:kommen|holen|nehmen)|(?:kann|darf|konnte) (?:mein|meine|unser|unsere) \w+ (?:\w+ )?(?:auch )?(?:teilnehmen|dabei sein|mitmachen|dazukommen)|(?:kollegin|kollege|kollegen|chef|chefin|partner) (?:\w+ )?(?:teilnehmen|dabei sein|mitmachen)"
    r"|noch jemand|jemand anderes"
    r"|venir avec|inviter (?:un|une|mon|ma|mes)"
    r"|(?:collegue|associe|associee|patron|patronne|responsable|directeur|directrice)s? (?:\w+ )?(?:peut|peuvent|pourrait|pourraient) (?:participer|venir|se joindre|etre la)"
    r"|quelqu'un d'autre"
    r"|traer a|invitar a|(?:companero|companera|socio|socia|jefe|jefa|colega)s? (?:\w+ )?(?:puede|pueden|podria) (?:unirse|venir|participar|estar)"
    r"|alguien mas|otra persona"
    r"|levar (?:um|uma|o meu|a minha)|trazer (?:um|uma|o meu|a minha)|convidar (?:um|uma|o meu|a minha)|mais alguem|outra pessoa"
    r"|(?:colega|socio|socia|chefe)s? (?:\w+ )?(?:pode|podem|poderia) (?:participar|vir|entrar|estar)"
    r"|portare (?:un|una|il mio|la mia)|invitare (?:un|una|il mio|la mia)|qualcun altro|un'altra persona"
    r"|(?:collega|socio|socia|capo|responsabile) (?:\w+ )?(?:puo|possono|potrebbe) (?:partecipare|venire|unirsi|esserci)"
    r"|meenemen|(?:collega|baas|partner|manager|compagnon) (?:\w+ )?(?:aansluiten|meedoen|erbij zijn|deelnemen)"
    r"|iemand anders|nog iemand)(?![\w'])")


def asks_how_to_join(text: str) -> bool:
    """With a call booked: whether ``text`` asks how the call happens or how to join it ("video or phone?", "how do I
    join?", "do I need to install anything?"), in the seven languages; a question, not a statement."""
    said = plain(text)
    return asks_how_the_call_happens(text) or ("?" in text or said.split()[:1] in (["how"], ["wie"], ["comment"],
                                                                                     ["como"], ["come"], ["hoe"])) \
        and bool(_HOW_TO_JOIN.search(said))


def asks_about_someone_joining(text: str) -> bool:
    """With a call booked: whether ``text`` asks about another person at it ("can I bring my colleague?")."""
    return bool(_SOMEONE_JOINS.search(plain(text)))


# How long the call takes: "how long is the call?", "wie lange dauert das Gespräch?", "combien de temps dure l'appel ?",
# "¿cuánto dura la llamada?", "quanto tempo dura?", "quanto dura la chiamata?", "hoe lang duurt het gesprek?" (compared
# by ``plain``). Never how long the project or a wait takes ("how long until we see results?", "how long have you been
# around?").
_HOW_LONG = re.compile(
    r"(?<![\w'])(?:how long (?:is|will|does|would|do) (?:the |this |that |our |it)(?:call|meeting|chat|session|it)?"
    r"(?! take to| until| till| before| have| been)(?: (?:be|take|last|run))?"
    r"|how many minutes|wie lange? (?:dauert|geht|wird) (?:das|der|es|unser)|wie viele minuten"
    r"|combien de temps (?:dure|durera|prend)|ca dure combien|combien de minutes|quelle est la duree"
    r"|cuanto (?:tiempo )?dura|cuantos minutos|cuanto va a durar"
    r"|quanto tempo (?:dura|demora|vai durar)|quanto dura a|quantos minutos|qual e a duracao|qual a duracao"
    r"|quanto (?:tempo )?dura (?:la|il)|quanto durera|quanti minuti"
    r"|hoe lang (?:duurt|is|zal)|hoeveel minuten)(?![\w'])")
_LONG_OTHER = re.compile(r"(?<![\w'])(?:project|projekt|projet|proyecto|projeto|progetto|results?|ergebnisse|resultats?"
                         r"|resultados?|risultati|resultaten|contract|vertrag|contrat|contrato|contratto|onboarding)(?![\w'])")


def asks_how_long_the_call_is(text: str) -> bool:
    """Whether ``text`` asks how long the call takes ("how long is the call?", "¿cuánto dura?"), never a project."""
    said = plain(text)
    return bool(_HOW_LONG.search(said)) and not _LONG_OTHER.search(said)
