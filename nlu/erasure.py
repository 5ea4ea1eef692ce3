"""A visitor asking the bot to delete what they told it: "please delete my data", "löschen Sie meine Daten".

The privacy notice promises that a visitor can ask for their data to be
deleted at any time; the chat is where they ask. A request is a verb of
deleting or forgetting (in any of the seven languages, whatever language
the conversation is in: a German visitor may say it in English) near an
object that is the visitor's own: their data or details, everything they
said, this chat, or themselves ("forget me"). Deleting anything else ("the
duplicates in our CRM", "our old website") is no request, and neither is
asking whether one could ("can I have my data deleted later?"): that
question is answered from the FAQ, which says how.
"""

from __future__ import annotations

from nlu.patterns import lazy_compile

# Only the start of a message is read: a request is short, and a pasted essay is no request.
READ = 1000

_VERBS = (
    r"delet\w*|eras\w*|remov\w*|wip\w*|forget|forgotten|scrap|purge"
    r"|lösch\w*|entfern\w*|vergiss|vergessen"
    r"|supprim\w*|effac\w*|oubli(?:ez|e|er)|retir\w*"
    r"|borr\w*|elimin\w*|olvid\w*|suprim\w*"
    r"|apag\w*|exclu\w*|esquec\w*|remov\w*"
    r"|cancell\w*|dimentic\w*|rimuov\w*"
    r"|verwijder\w*|wis|wissen|gewist|vergeet"
)
_DATA = (
    r"data|details|info|information|answers|messages|email|e-mail|contact details|personal data|stuff"
    r"|daten|angaben|nachrichten|antworten|e-mail-adresse|kontaktdaten"
    r"|données|informations|infos|coordonnées|réponses|messages"
    r"|datos|respuestas|mensajes|información"
    r"|dados|respostas|mensagens|informações"
    r"|dati|risposte|messaggi|informazioni"
    r"|gegevens|antwoorden|berichten"
)
_OWN = (
    # their data
    rf"\b(?:my|all my|meine|mes|mis|meus|os meus|i miei|mijn|miei|mie)\s+(?:\w+\s+)?(?:{_DATA})\b"
    # everything they said, in words that say so
    r"|\b(?:everything|all|anything)\s+(?:that\s+)?i(?:'ve|'d| have)?\s+(?:\w+\s+)?(?:told|said|wrote|typed|gave|shared|entered)"
    r"|\bwhat\s+i(?:'ve|'d| have)?\s+(?:\w+\s+)?(?:told|said|wrote|typed|gave|shared)"
    # "delete everything", "delete it all, please": the whole of it, said as the end of the request
    r"|\b(?:it all|all of it|all of this|all that|everything|alles|tout|todo|tudo|tutto)(?=\s*(?:[.!?,;]|$|please|pls"
    r"|now|thanks|bitte|s'il|por favor|per favore|alstublieft|graag))"
    r"|\balles,? was ich\b|\btout ce que\b|\btodo lo que\b|\btudo (?:o )?que\b|\btutto (?:quello|ciò|cio) che\b"
    r"|\balles wat\b"
    # this chat
    # this chat (only "this": "remove the chat from our site" is about a widget)
    r"|\bthis\s+(?:chat|conversation|convo|transcript)\b"
    r"|\bdiesen\s+(?:chat|verlauf)\b|\bdieses\s+gespräch\b"
    r"|\bcette\s+(?:conversation|discussion)\b|\bce chat\b"
    r"|\besta\s+conversación\b|\beste chat\b|\besta\s+conversa\b"
    r"|\bquesta\s+(?:conversazione|chat)\b"
    r"|\bdit\s+gesprek\b|\bdeze chat\b"
)
# "forget me", "vergiss mich", "oubliez-moi", "olvídame", "esqueça-me", "dimenticami", "vergeet mij"
_ME = r"\b(?:forget|delete|erase|remove)\s+me\b|\bvergiss\s+mich\b|\bvergessen sie mich\b|\boubliez-moi\b|\boublie-moi\b" \
      r"|\bolvíd(?:ame|enme)\b|\besqueç(?:a|am)-me\b|\bme esqueça\b|\bdimenticatemi\b|\bdimenticami\b" \
      r"|\bvergeet (?:mij|me)\b|\bright to be forgotten\b|\brecht auf vergessenwerden\b|\bdroit à l'oubli\b" \
      r"|\bderecho al olvido\b|\bdireito ao esquecimento\b|\bdiritto all'oblio\b|\brecht om vergeten te worden\b"
_NEAR = 60  # characters between the verb and its object, either way round
_REQUEST = lazy_compile(
    rf"\b(?:{_VERBS})\b.{{0,{_NEAR}}}?(?:{_OWN})|(?:{_OWN}).{{0,{_NEAR}}}?\b(?:{_VERBS})\b|{_ME}",
    flags=0,
)
# "don't keep any of this", "keep nothing": said as a request too.
_DONT_KEEP = lazy_compile(
    r"\b(?:don'?t|do not|please don'?t)\s+(?:keep|store|save)\s+(?:any(?:thing)?\s+(?:of\s+)?)?(?:this|it|my|that)\b"
    r"|\bspeichern sie (?:nichts|das nicht)\b|\bne (?:gardez|conservez) rien\b|\bno guard(?:e|éis|en) nada\b"
    r"|\bnão guard(?:e|em) nada\b|\bnon conservate nulla\b|\bbewaar (?:niets|dit niet)\b"
)
# Asking whether they could, or whether we do, rather than asking us to: a question for the FAQ.
_WHETHER = lazy_compile(
    r"^\W*(?:can i|could i|may i|is it possible|do you|does|will you\b.*\b(?:if|when|later)|how (?:do|can) i"
    r"|kann ich|könnte ich|puis-je|est-ce que je peux|est-ce que vous|puedo|¿?borran|posso\b"
    r"|kan ik|wordt|worden)"
    r"|\b(?:later|if i change|in the future|after a while|eventually|wenn ich|später|plus tard|si je change"
    r"|más tarde|si cambio|mais tarde|se eu mudar|più tardi|se cambio|als ik)\b"
)


def asks_to_erase(text: str) -> bool:
    """Whether ``text`` asks us to delete what the visitor told us (their data, this chat), in any language."""
    lower = " ".join(text[:READ].lower().replace("’", "'").split())
    if not (_REQUEST.search(lower) or _DONT_KEEP.search(lower)):
        return False
    return not _WHETHER.search(lower)
