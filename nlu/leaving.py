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

# What a visitor leaves for (``_EXCUSE``), and how it is introduced.
_EVENT = (r"(?:meeting|call|appointment|conference call|zoom|client|class|flight|train"
          r"|besprechung|termin|telefonat|sitzung|konferenz"
          r"|reunion|rendez vous|rdv|appel|visio"
          r"|junta|cita|llamada"
          r"|reuniao|chamada|consulta"
          r"|riunione|appuntamento"
          r"|vergadering|afspraak|overleg)")
# Where a visitor is called away to at work ("mi chiamano in magazzino", "they need me on the shop floor", "ich werde
# in der Werkstatt gebraucht"): an excuse as a meeting is, after a preposition of place (``_CALLED_TO``).
_WORKPLACE = (r"(?:warehouse|shop floor|floor|site|job site|kitchen|workshop|factory|plant|yard|store|shop|front desk"
              r"|reception|office|production|depot|lab|work"
              r"|lager|werkstatt|halle|baustelle|kuche|laden|buro|produktion|fabrik|arbeit"
              r"|entrepot|atelier|chantier|cuisine|usine|magasin|boutique|bureau|accueil|travail"
              r"|almacen|bodega|taller|obra|cocina|fabrica|tienda|oficina|planta|trabajo"
              r"|armazem|deposito|oficina|obra|cozinha|fabrica|loja|escritorio|trabalho"
              r"|magazzino|laboratorio|officina|cantiere|cucina|fabbrica|stabilimento|negozio|ufficio|reparto|lavoro"
              r"|magazijn|werkplaats|bouwplaats|keuken|fabriek|winkel|kantoor|werk)")
_DETERMINER = (r"(?:a|an|my|my next|another|the next|ein|eine|einen|einem|einer|meinen|meine|meinem|"
               r"un|une|mon|ma|una|mi|otra|otro|uma|um|a minha|minha|outra|een|nog een|m'n|mijn)")
# Said only to leave. Written without accents: the text is compared with its accents removed.
_CLOSING = (
    # en
    r"bye|bye bye|byebye|buh bye|goodbye|good bye|bye for now|cya|see ya|see you(?: later| soon| around)?|laters"
    r"|ttyl|talk (?:to you )?(?:later|soon)|speak (?:to you )?(?:later|soon)|catch (?:you|ya) later|catch you|take care"
    r"|(?:i )?(?:gotta|got to|have to|need to|must|should|ve got to|i've got to) (?:go|run|dash|leave|head off|head out"
    r"|jump|bounce|hop off)(?: now)?"
    r"|(?:i'?m|i am|im) (?:off|leaving|heading off|out)(?: now)?|gtg|g2g|signing off|logging off"
    r"|have a (?:good|nice|great) (?:one|day|evening|weekend)|(?:i'?ll|i will) come back later"
    # de
    r"|tschuss|tschus|tschoe|auf wiedersehen|auf wiederhoren|bis (?:spater|bald|dann|morgen|gleich|nachher"
    r"|zum nachsten mal)"
    r"|(?:ich )?muss (?:leider )?(?:los|weg|jetzt los|jetzt weg|gleich los|gleich weg)|(?:einen )?schonen tag(?: noch)?"
    rf"|(?:ich )?muss (?:jetzt |gleich |leider )?(?:in|zu|zum|zur) (?:{_DETERMINER} )?{_EVENT}"
    r"|schones wochenende"
    # fr
    r"|au revoir|a (?:plus|plus tard|bientot|\+|tout a l'?heure|la prochaine)|a\+|bonne (?:journee|soiree|fin de journee)"
    r"|je dois (?:y aller|partir|filer|vous laisser|te laisser|m'en aller)|je (?:file|vous laisse|te laisse)"
    # es
    r"|adios|hasta (?:luego|pronto|la proxima|manana|ahora)|chao|chau|nos vemos|nos hablamos|hablamos"
    r"|(?:me )?tengo que (?:ir|irme|irme ya|salir)|me voy(?: ya)?|que tenga(?:s)? (?:un )?buen dia"
    # it
    r"|arrivederci|arrivederla|a (?:presto|dopo|piu tardi)|alla prossima|ci vediamo|ci sentiamo(?: dopo| presto)?"
    r"|ciao ciao|devo (?:andare|scappare|uscire)|scappo"
    r"|buona (?:giornata|serata)"
    # nl
    r"|doei|doeg|dag dag|tot ziens|tot (?:later|straks|zo|morgen|de volgende keer|snel)"
    r"|(?:ik )?moet (?:gaan|weg|ervandoor|er vandoor)"
    rf"|(?:ik )?moet (?:nu |zo )?(?:naar|in) (?:{_DETERMINER} )?{_EVENT}"
    r"|fijne (?:dag|avond)|prettige dag"
    # pt
    r"|tchau|tchauzinho|falou|adeus|ate (?:logo|mais|mais tarde|breve|ja|a proxima|proxima)"
    r"|(?:eu )?(?:preciso|tenho que|tenho de) (?:ir|sair)(?: agora)?"
    r"|bom fim de semana|um abraco|abracos"
)
# Why the visitor leaves, and what they exclaim as they do ("uy, me tengo que ir a una junta", "sorry, I have to jump
# on a call", "ich muss in eine Besprechung", "je dois filer en réunion"): part of a goodbye, never one alone, as the
# small words are. A meeting said otherwise ("we have a meeting with the board next week", "tenemos una junta
# directiva que decide") names who or when as well, words no goodbye is made of.
_EXCUSE = (
    # en
    rf"(?:(?:i'?ve|i have|i'?ve got|got|i got|there'?s|have) )?(?:just )?{_DETERMINER} {_EVENT}(?: (?:now|starting"
    rf"|coming in|is starting|is waiting|just started|soon|in a minute|right now))?"
    rf"|(?:to|into|on|for|onto) {_DETERMINER} {_EVENT}|{_EVENT}|something (?:just )?came up|duty calls"
    rf"|(?:i'?ve been|i'?m being|just got|got) (?:pulled|called|dragged) into {_DETERMINER} {_EVENT}"
    # de
    rf"|(?:ich )?(?:hab|habe) (?:gleich |jetzt |noch )?{_DETERMINER} {_EVENT}(?: gleich| jetzt)?"
    rf"|(?:in|zu|zum|zur) (?:{_DETERMINER} )?{_EVENT}|leider|gleich"
    # fr
    rf"|(?:j'?ai|j ai) {_DETERMINER} {_EVENT}(?: maintenant| tout de suite)?|(?:en|a) (?:{_DETERMINER} )?{_EVENT}"
    r"|on m'?appelle"
    # es
    rf"|tengo {_DETERMINER} {_EVENT}(?: ya| ahora)?|(?:a|para) {_DETERMINER} {_EVENT}|me llaman|(?:me )?surgio algo"
    # pt
    rf"|tenho {_DETERMINER} {_EVENT}(?: agora| ja)?|(?:para|pra|a) {_DETERMINER} {_EVENT}|(?:numa|num|em) {_EVENT}"
    r"|surgiu (?:uma coisa|algo)|(?:me )?chamaram|estao me chamando"
    # it
    rf"|ho {_DETERMINER} {_EVENT}(?: adesso| ora)?|(?:in|a|ad) (?:{_DETERMINER} )?{_EVENT}"
    r"|(?:mi )?e (?:uscito|saltato fuori) qualcosa|mi chiamano"
    # nl
    rf"|(?:ik )?heb (?:zo |nu )?{_DETERMINER} {_EVENT}|(?:naar|in) (?:{_DETERMINER} )?{_EVENT}|er kwam iets tussen"
    # called away at work: who calls or needs them, and where to ("mi chiamano in magazzino", "they need me on the
    # shop floor", "ich werde im Lager gebraucht", "on m'appelle à l'atelier", "me necesitan en el almacén", "estão me
    # chamando na obra", "ze hebben me nodig in de werkplaats")
    rf"|(?:i )?(?:gotta|got to|have to|need to|must) get back|(?:they |someone )?(?:need|needs|want|wants) me|i'?m (?:needed|wanted|being called)|(?:i'?ve been |just got )?called"
    rf"|(?:(?:back )?(?:to|on|in|at|into) )(?:the )?{_WORKPLACE}"
    rf"|(?:ich )?(?:werde|bin) (?:(?:im|in der|in die|in den|auf der|zur|zum) {_WORKPLACE} )?(?:gebraucht|gerufen)"
    rf"|man (?:braucht|ruft) mich|(?:im|in der|in die|in den|ins|auf der|auf die|zur|zum) {_WORKPLACE}"
    rf"|on a besoin de moi|(?:a l'|au |a la |dans l'|dans le |dans la |en )(?:{_WORKPLACE})"
    rf"|me (?:llaman|necesitan|buscan|reclaman)|(?:en|a|al|del|de la|desde) (?:el |la )?{_WORKPLACE}"
    rf"|(?:me )?(?:chamam|chamaram|precisam de mim)|(?:no|na|ao|a|do|da|para o|para a|pro|pra) {_WORKPLACE}"
    rf"|(?:mi )?(?:chiamano|vogliono|cercano|hanno chiamato)|(?:in|al|alla|nel|nella|dal|dalla|in) {_WORKPLACE}"
    rf"|(?:ze )?(?:hebben|heeft) me nodig|(?:ik )?word (?:geroepen|gebeld)|(?:naar|in|op) (?:het |de )?{_WORKPLACE}"
    # what is exclaimed
    r"|uy|ay|oops|whoops|ups|oups|oeps|opa|eita|oh no|shoot|mist|zut|vaya|cavolo|uff|argh|oh well"
)
# Hello or goodbye by turns: a goodbye only beside thanks or a closing phrase.
_EITHER = r"ciao|salut|servus|dag|hasta|hola|tchao|bye now"
# Said around a goodbye: thanks, a yes, a sorry, "for now".
_AROUND = (
    r"thanks?|thank you|thank u|thx|ty|tnx|cheers|many thanks|thanks a lot|thank you so much|thanks so much|so much|a lot|very much"
    r"|ok|okay|k|kk|alright|all right|right|great|cool|perfect|nice|fine|well|so|anyway|sorry|for now|now"
    # sorry, said with its pronoun ("mi scusi", "excusez-moi", "me desculpe")
    r"|excuse me|mi scusi|mi scusa|mi scusino|scusami|scusatemi|mi dispiace|excusez moi|excuse moi|me desculpe"
    r"|desculpe me|me disculpo|disculpame|perdoname|entschuldigen sie|entschuldige"
    r"|that'?s all|that'?s it|for your help|for the help|and|then|you too|again|bye for now|oh|ah|hmm|yes|no"
    r"|danke|danke schon|danke sehr|vielen dank|ok danke|alles klar|gut|super|also|dann|erstmal|jetzt|tut mir leid"
    r"|entschuldigung|sorry"
    r"|merci|merci beaucoup|merci bien|d'?accord|bon|bah|bien|parfait|super|alors|pour l'?instant|desole|pardon|et"
    r"|gracias|muchas gracias|mil gracias|vale|bueno|perfecto|genial|por ahora|lo siento|perdon|perdona|perdone"
    r"|disculpa|disculpe|y|pues|ya"
    r"|grazie|grazie mille|va bene|bene|perfetto|allora|per ora|scusa|scusate|scusi|e"
    r"|bedankt|dank je|dank je wel|dankjewel|dank u|dank u wel|oke|prima|goed|top|voor nu|sorry|en"
    r"|obrigad[oa]|muito obrigad[oa]|valeu|beleza|ta|bom|otimo|perfeito|por agora|por enquanto|desculpa|desculpe|e"
)
_THANKS = re.compile(r"thank|thx|\bty\b|tnx|cheers|danke|dank|merci|gracias|grazie|bedankt|obrigad|valeu")
_KINDS = tuple((kind, re.compile(pattern)) for kind, pattern in (
    ("closing", _CLOSING), ("either", _EITHER), ("around", _AROUND), ("excuse", _EXCUSE)))
# A goodbye is a few words, with its excuse; a longer message says something else too.
MOST_WORDS = 16
# The longest phrase above, in words ("i've been pulled into my next meeting").
LONGEST_PHRASE = 8


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
