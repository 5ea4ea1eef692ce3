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

from nlu.rescheduling import supposes_a_move

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
    r"|(?:ich )?muss (?:(?:jetzt|gleich|nun|dann|wirklich|echt) )*(?:los|weg)|(?:einen )?schonen tag(?: noch)?"
    r"|(?:(?:jetzt|dann|nun) )?muss ich (?:(?:jetzt|gleich|nun|dann|wirklich|echt) )*(?:los|weg)"
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
    r"|(?:ik )?moet (?:(?:nu|zo|echt|er) )*(?:gaan|weg|ervandoor|er vandoor|vandoor)"
    r"|(?:(?:nu|dan) )?moet ik (?:(?:nu|zo|echt|er) )*(?:gaan|weg|ervandoor|er vandoor|vandoor)"
    rf"|(?:ik )?moet (?:nu |zo )?(?:naar|in) (?:{_DETERMINER} )?{_EVENT}"
    # wishing a good day as leave-taking: "fijne dag nog", "nog een fijne dag", "prettige dag verder", "fijn weekend"
    r"|(?:nog )?(?:een )?(?:fijne|prettige|leuke) (?:dag|avond|middag|werkdag)(?: nog| verder)?"
    r"|(?:nog )?(?:een )?(?:fijn|prettig) weekend(?: nog)?"
    # pt
    r"|tchau|tchauzinho|falou|adeus|ate (?:logo|mais|mais tarde|breve|ja|a proxima|proxima)"
    r"|(?:eu )?(?:preciso|tenho que|tenho de) (?:ir|sair|ir embora)(?: agora| ja)?"
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
# Regret said with a leaving or a stop, anywhere in it ("ich muss jetzt leider aufhören", "ik moet nu helaas stoppen",
# "I'm afraid I have to stop here", "purtroppo devo andare"): it changes nothing of what is said, so the readers below
# read the message without it. Only adverbs of regret: "sorry", which is also an answer's opening, stays a word around.
_REGRET = re.compile(
    r"(?<![\w'])(?:unfortunately|sadly|regrettably|i'?m afraid|i am afraid|afraid|i fear"
    r"|leider|bedauerlicherweise|dummerweise"
    r"|malheureusement|helas"
    r"|lamentablemente|desafortunadamente|desgraciadamente|por desgracia|me temo que"
    r"|purtroppo|sfortunatamente|temo"
    r"|infelizmente|lamentavelmente|receio que"
    r"|helaas|jammer genoeg|spijtig genoeg|jammer)(?![\w'])")


def without_regret(plain_text: str) -> str:
    """``plain_text`` (lower case, no accents) without its words of regret, one space between the words left."""
    return " ".join(_REGRET.sub(" ", plain_text).split())


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
    words = without_regret(_plain(text)).split()
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


# A stop, said in words: "actually stop for now, I'm needed on the floor", "ok let's stop here", "sorry, I have to stop",
# "stopp, das reicht für heute", "on s'arrête là pour l'instant", "paremos aquí", "vamos parar por aqui", "fermiamoci qui",
# "laten we hier stoppen". The classifier learnt "stop" alone, and read the first of these as an answer (inform 0.92):
# with a softener before it and a reason after it, a stop is still a stop. Written as ``nlu.text.plain`` folds it.
_STOP_PHRASE = (
    # en
    r"stop|stop it|stopp|(?:let'?s|let us|can we|could we|we can|we'?ll|we should|i'?ll|i will|i'?m going to|i'?m gonna"
    r"|i (?:(?:really|just|now|honestly|actually) )?(?:want|need|have|got) to|i'?d (?:like|rather|prefer) to|i'?ve got to|i gotta|gotta|have to|need to|i must|i'?m going to have to)"
    r" (?:(?:really|just|now) )?(?:stop|pause|end (?:it|this|the chat|the conversation)|call it a day|leave it (?:there|here)|quit"
    r"|wrap (?:it |this )?up|end here)"
    r"|pause|let'?s pause|call it a day|that'?s enough|enough|enough questions|no more questions|i quit|quit"
    r"|end the (?:chat|conversation)|cancel|i'?ll stop|i will stop|i'?d rather stop|i'?d better stop"
    r"|stop (?:asking(?: me)?(?: questions)?|the (?:chat|conversation|questions)|with the questions)"
    # de
    r"|halt|stop|hor auf|horen sie auf|hoer auf|hoeren sie auf|(?:lass|lasst) uns aufhoren|horen wir (?:hier |jetzt )?auf"
    r"|ich hore (?:hier |jetzt )?auf|aufhoren|ich mache (?:hier |jetzt )?schluss"
    # "ich muss jetzt aufhören", "jetzt muss ich hier Schluss machen", "ich werde das hier abbrechen müssen"
    r"|(?:ich )?(?:will|mochte|muss|werde|sollte) (?:(?:hier|jetzt|nun|gleich|wohl|wirklich|echt|erstmal|erst mal|an dieser stelle|dann|das) )*"
    r"(?:aufhoren|schluss machen|abbrechen|stoppen|pausieren)"
    r"|(?:(?:jetzt|dann|hier|nun) )?(?:will|mochte|muss|werde|sollte) ich (?:(?:hier|jetzt|nun|gleich|wohl|wirklich|echt|erstmal|erst mal|an dieser stelle|dann|das) )*"
    r"(?:aufhoren|schluss machen|abbrechen|stoppen|pausieren)"
    r"|machen wir (?:hier |jetzt )?schluss|schluss|schluss jetzt|genug|das reicht|es reicht|reicht|abbrechen|ich breche (?:hier )?ab"
    r"|machen wir (?:eine )?pause|keine fragen mehr|lassen wir (?:es|das)(?: hier| dabei)?|(?:bitte )?aufhoren mit (?:den|der) fragen?"
    # fr
    r"|arrete|arretez|arretons|arretons nous|on arrete|on s'arrete|j'arrete|je m'arrete"
    r"|je (?:vais|dois|veux|prefere) (?:(?:vraiment|maintenant) )?(?:m'arreter|arreter|en rester la|interrompre)"
    r"|ca suffit|ca ira|assez|arretez (?:les|vos) questions|on fait (?:une )?pause|on en reste la|restons en la|plus de questions|laissons tomber|on laisse tomber"
    # es
    r"|para|pare|paremos|para ya|me detengo|detente|detengamonos|basta|ya basta|es suficiente|suficiente|hasta aqui(?: llego| llegamos)?"
    r"|lo dejamos|lo dejo|dejemoslo|lo dejamos aqui|lo dejo aqui|no mas preguntas"
    r"|(?:quiero|tengo que|voy a|prefiero|debo|necesito) (?:(?:ya|ahora) )?(?:parar|dejarlo|dejar esto|detenerme|terminar aqui|dejarlo aqui)"
    r"|hagamos una pausa|dej[ae]n? de preguntar"
    # pt
    r"|parar|vamos parar|chega|ja chega|pode parar|fico por aqui|ficamos por aqui"
    r"|(?:quero|tenho que|tenho de|preciso|preciso de|vou|vou ter de|vou ter que|devo) (?:(?:ja|agora|mesmo) )?(?:parar|ficar por aqui|terminar por aqui|terminar aqui|interromper)"
    r"|vamos ficar por aqui|vamos encerrar|pare (?:com (?:isto|isso)|de perguntar)|deixa pra la|deixa para la|sem mais perguntas|vamos fazer uma pausa"
    # it
    r"|basta cosi|fermati|fermiamoci|mi fermo|smettila|smettiamo|chiudiamo|chiudiamo qui"
    r"|(?:devo|voglio|preferisco|dovrei) (?:(?:proprio|ora|adesso|gia) )?(?:fermarmi|smettere|interrompere|chiudere qui)"
    r"|finiamo qui|smettila con le domande|lasciamo stare|lasciamo perdere|niente piu domande|facciamo una pausa"
    # nl
    r"|stoppen|stop maar|ik stop(?: ermee)?|laten we (?:hier |nu )?stoppen|we stoppen|hou op|houd op|genoeg|het is genoeg"
    r"|geen vragen meer|ik kap ermee|laten we pauzeren"
    # "ik moet nu (helaas) stoppen", "nu moet ik er echt mee stoppen"
    r"|(?:ik )?(?:wil|moet|ga) (?:(?:hier|nu|echt|even|er|ermee|mee|zo|wel|nu wel) )*(?:stoppen|ophouden|afbreken|kappen)"
    r"|(?:(?:nu|dan|hier) )?(?:wil|moet|ga) ik (?:(?:hier|nu|echt|even|er|ermee|mee|zo|wel) )*(?:stoppen|ophouden|afbreken|kappen)"
)
# Said before it: a softener, a no, an excuse.
_STOP_BEFORE = (
    r"never ?mind|forget it|actually|ok|okay|sorry|i'?m sorry|um|uh|hmm|look|oh|ah|well|so|but|no|nah|wait|right|please|hey|yeah|yes"
    r"|honestly|you know what|excuse me|aber|mais|pero|ma|mas|maar"
    # holding the visitor up: "hang on, stop, a customer just walked in"
    r"|hang on|hold on|one sec|one second|one moment|just a sec|wait a sec|wait a second|sec"
    r"|moment mal|einen moment|augenblick|sekunde|warte mal|wartet|attendez|attends une seconde|une seconde|un instant"
    r"|un momento|un segundo|espera un momento|espera un segundo|esperate|aguarda|aguarde|espera ai|um momento|um segundo"
    r"|aspetta un attimo|un attimo|un secondo|momentje|wacht even|eventjes|een momentje|ogenblik"
    r"|eigentlich|also|nein|moment|warte|bitte|ach|ja|doch|ok|tut mir leid|es tut mir leid|entschuldigung|entschuldigen sie"
    r"|en fait|bon|desole|desolee|non|attends|finalement|pardon|euh|bah|oui|excusez moi"
    r"|en realidad|bueno|oye|mira|perdon|perdona|perdone|disculpe|disculpa|lo siento|espera|vale|pues|si"
    r"|na verdade|olha|desculpa|desculpe|me desculpe|perdao|nao|e|bem|sim"
    r"|in realta|allora|scusa|scusi|scusate|mi scusi|mi dispiace|aspetta|beh|senti"
    r"|eigenlijk|nee|wacht|nou|hoor|even|sorry|het spijt me|excuses"
)
# Said after it: when, please, thanks.
_STOP_AFTER = (
    r"for now|for today|for the moment|here|now|right now|there|please|thanks|thank you|then|sorry|guys|mate|a sec|for a bit"
    r"|fur jetzt|erstmal|vorerst|fur heute|hier|jetzt|bitte|danke|mal|erst mal|damit|dabei"
    r"|pour l'instant|pour le moment|pour aujourd'hui|ici|la|maintenant|svp|s'il vous plait|merci"
    r"|por ahora|por el momento|por hoy|aqui|ya|ahora|por favor|gracias|de momento"
    r"|por agora|por enquanto|por hoje|agora|ja|obrigad[oa]|por aqui"
    r"|per ora|per adesso|per oggi|per il momento|qui|adesso|ora|per favore|grazie"
    r"|voor nu|voor vandaag|nu|alsjeblieft|bedankt|dank je|maar|ermee|even"
)
# A reason may follow without a pause when it opens with who or why ("I'll stop here and check with the team first",
# "stop for now I'm needed on the floor", "stopp ich muss in die Werkstatt"); "Stop and Go Logistics" is a name.
_REASON = (r"(?:(?:and|but|because|cause|cos|coz|as|since|so|und|aber|weil|denn|et|mais|car|parce que|y|pero|porque|e|mas|"
           r"perche|ma|en|maar|want|omdat) )?(?:i|i'?m|i'?ll|i'?ve|i'?d|we'?re|we'?ll|we'?ve|gotta|got to|have to|need to"
           r"|ich|muss|je|j'ai|tengo que|tenemos que|tenho que|tenho de|preciso|devo|ik|moet)(?: .*)?"
           r"|and (?:check|talk|speak|ask|get back|come back)(?: .*)?")
# (No possessive opens a reason: "stop my ads from running" is a need, "para mi empresa" is "for my company", "para eu
# ter mais clientes" "for me to have more clients".)
_STOP_CLAUSE = re.compile(rf"(?:(?:{_STOP_BEFORE}) )*(?:{_STOP_PHRASE})(?: (?:{_STOP_AFTER}))*(?: (?:{_REASON}))?")
_ONLY_BEFORE = re.compile(rf"(?:(?:{_STOP_BEFORE}) ?)+")
# The German and Dutch infinitive after a stop's comma is what is stopped, not a reason: "ich muss aufhören, Geld zu
# verbrennen", "wir müssen aufhören, Leads zu verlieren", "we moeten stoppen, om geld te verspillen" say a need.
_WHAT_IS_STOPPED = re.compile(r"(?:\S+ )*(?:zu \S+|\S+zu\S+en|te \S+)(?: (?:und|oder|en|of) (?:\S+ )*(?:zu|te) \S+)*")
# A clause ends at punctuation or at a dash between words.
_CLAUSE_END = re.compile(r"[,.;:!?…()]+|\s[-–—]+\s|[–—]")
# A stop with a reason is a short message; a longer one says something else.
STOP_MOST_WORDS = 20


def _clauses(text: str) -> list[str]:
    folded = unicodedata.normalize("NFKD", text.casefold().replace("’", "'").replace("`", "'"))
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return [plain for part in _CLAUSE_END.split(folded) if (plain := " ".join(re.sub(r"[^\w']+", " ", part).split()))]


def asks_to_stop(text: str) -> bool:
    """Whether the message opens with a stop of its own, in any of the seven languages: "stop", "actually stop for
    now, I'm needed on the floor", "ok let's pause here, my boss just walked in", "stopp, das reicht für heute",
    "paremos aquí por ahora", "vamos parar por aqui", "fermiamoci qui", "laten we hier stoppen".

    The stop is a clause of its own, after nothing but softeners ("actually", "sorry", "ok"); what follows is the
    reason, whatever it is. "stop" inside a sentence is no stop ("we want to stop losing leads", "a one-stop shop",
    "Stop & Go Logistics", "para el próximo mes", "basta con un correo", "pare di sì"), nor is a message with a figure
    or an address in it ("stop, the budget is 5k" says more than stop: it is read for what it says)."""
    if not text or re.search(r"[\d@]", text):
        return False
    clauses = _clauses(text)
    if not clauses or sum(len(c.split()) for c in clauses) > STOP_MOST_WORDS:
        return False
    # "leider", "helaas", "I'm afraid": regret changes nothing of the stop ("ich muss jetzt leider aufhören").
    clauses = [c for c in (without_regret(c) for c in clauses) if c] or [""]
    while len(clauses) > 1 and _ONLY_BEFORE.fullmatch(clauses[0]) and not _STOP_CLAUSE.fullmatch(clauses[0]):
        clauses = clauses[1:]  # "sorry, ...", "ok, ..."
    if len(clauses) > 1 and _WHAT_IS_STOPPED.fullmatch(clauses[1]):
        return False  # "ich muss aufhören, Geld zu verbrennen": what is to stop, after the comma German puts there
    return bool(_STOP_CLAUSE.fullmatch(clauses[0]))


# The words any stop, refusal or leaving is said with, in the seven languages (``names_no_stop``). Words that are also
# something else are here only where they stop: the Spanish and Portuguese "para" ("for") only at a clause's end or
# before a word said after a stop ("para ya", "para por favor"), the Italian "pare" ("it seems") and "basta" ("basta con
# un correo", "it takes only an email") likewise; "end",
# "Ende", "fin", "fine", "eind" are left out, for they date things ("before the end of Q1", "Ende Januar", "fin janvier",
# "fine gennaio", "eind januari") but alone or before "it", "this", "the chat"; and so are "partir" ("a partir de", "from")
# and "segunda" (the Spanish "second", no form of "seguir").
_STOPPING_WORDS = re.compile(
    r"(?<![\w'])(?:"
    # en
    r"stop\w*|quit\w*|cancel\w*|exit|end(?=$| (?:it|this|here|now|the chat|the conversation|please)(?:$| ))|terminat\w*|enough|leave|leaving|alone|unsubscrib\w*|forget|done|finish\w*|close|closing"
    r"|continue|go on|carry on|further|delete|erase|remove|bye|goodbye|pause|break|chat|conversation|questions?|rather"
    # de
    # German and Dutch separable verbs keep their particle at the message's end: "hören Sie bitte auf", "brechen wir
    # hier ab", "hou nu maar op" (not "wir hören oft von Kunden auf Messen").
    r"|hor\w*(?: \w+){0,3} auf(?=$| (?:danke|bitte)$)|aufhor\w*|halt|schluss|genug|reicht|abbrech\w*"
    r"|brech\w*(?: \w+){0,3} ab(?=$| (?:danke|bitte)$)|breche|beend\w*|weiter\w*|losch\w*|tschuss|fragen|gesprach|lass mich"
    # fr
    r"|arret\w*|suffit|assez|termin\w*|finir|finissons|quitt\w*|continu\w*|poursuiv\w*|supprim\w*|effac\w*|desinscri\w*|laiss\w*"
    r"|au revoir|tomber|reste la|restons"
    # es
    r"|(?:para|pare)(?=$| (?:ya|aqui|ahi|por favor|por ahora|por hoy|con esto|com isso|com isto|de preguntar|de perguntar|agora|ja)(?:$| ))"
    r"|parar\w*|paremos|paren|deten\w*|detien\w*|detengo|suficiente|basta ya|ya basta|bastaaa*|basta(?=$| (?:ya|cosi|por favor|per favore|grazie|gracias|ora|ahora|por hoy|per oggi|por ahora|per ora|de preguntas|con le domande|con esto|con questo|com isso|com isto)(?:$| ))|acab\w*|salir|salgo|dej\w*|seguir|sigo|sigue|sigamos|seguimos"
    r"|borr\w*|elimin\w*|adios|pausa|preguntas?|conversacion|hasta aqui"
    # pt
    r"|chega|encerr\w*|sair|saio|deix\w*|apag\w*|exclu\w*|tchau|perguntas?|conversa"
    # it
    r"|ferm\w*|smett\w*|chiud\w*|usci\w*|esco|lasci\w*|prosegu\w*|cancell\w*|ciao|arrivederci|domande?|conversazione"
    # nl
    r"|hou(?:d|dt)?(?: \w+){0,3} op(?=$| (?:dank je|dank u|alsjeblieft|aub)$)|beeindig\w*|klaar|verder|door(?:gaan)?|verwijder\w*|afmeld\w*|laat|doei|pauze\w*|vragen|gesprek|kap\w*"
    # refusals, in every language
    r"|no|not|nope|nah|don'?t|dont|never|n't|nicht|nein|kein\w*|nie|pas|non|ne|jamais|nunca|nao|nem|mai|niet|geen|nee|nooit"
    r")(?![\w'])"
)


def names_no_stop(text: str) -> bool:
    """Whether a message holds no word a stop, a refusal or a goodbye is said with, in any of the seven languages: a
    classifier's "stop" for it is a mishearing ("a partir de la segunda quincena de enero", a start date, was its stop
    at 0.83). Any such word keeps the classifier's reading ("para ya", "basta", "no quiero seguir", "leave me alone"),
    unless the stop is only supposed in a question: "if I had to cancel, how would I?", "si tuviera que cancelar, ¿cómo
    lo hago?" ask how it would go (``nlu.rescheduling.supposes_a_move``), and stop nothing."""
    words = " ".join(_clauses(text or ""))
    if not words or says_goodbye(text) or asks_to_stop(text):
        return False
    return supposes_a_move(text) or not _STOPPING_WORDS.search(words)
