"""Not going on, in words: "I don't want to go on", "ik wil niet doorgaan", "je ne veux pas continuer" is a stop.

Pure (no Rasa). The classifier learns stop from examples in seven languages, yet is unsure of the many ways of
saying "I don't want to go on" (deny 0.32, stop 0.46): at the need question such a message was stored as the need.
A message that is nothing but a refusal to go on, with the small words said around it ("sorry", "anymore",
"thanks", "por ahora"), is a stop whatever the classifier made of it. The whole message must be that: a need put
with the same words ("I don't want to go on paying for ads that don't work", "no quiero seguir perdiendo
clientes") says what the visitor needs, and is read as any answer; so is such a need the classifier calls a stop,
for its words on going on are about something else they do (``keeps_on_about``).
"""

from __future__ import annotations

import re

from nlu.leaving import asks_to_stop, without_regret
from nlu.text import plain

# The refusal itself, in the bot's seven languages (lower case, accents and punctuation removed).
_REFUSING = (
    # en
    r"(?:i|we) (?:do not|don'?t|dont|really don'?t) (?:want|wish|feel like|care) to (?:go on|continue|carry on|keep going"
    r"|proceed|go any further|go further|answer any more(?: questions)?|do this any more|do this anymore)"
    r"|i'?d rather not (?:go on|continue|carry on|keep going|proceed|go any further)"
    r"|(?:i|we) (?:won'?t|will not|can'?t|cannot|can not|am not able to|i'?m not able to) (?:go on|continue|carry on|keep going)"
    r"|i'?m (?:not able|unable) to (?:go on|continue|carry on|keep going)"
    r"|i'?m not (?:going to|gonna) (?:go on|continue|carry on|keep going|answer any more)"
    # de
    r"|ich (?:will|mochte|moechte|mag) (?:nicht|nicht mehr|das nicht|hier nicht) (?:weiter|weitermachen|weiter machen"
    r"|fortfahren|weitergehen|mehr antworten)|ich (?:will|mochte|moechte|mag) nicht mehr|ich habe keine lust mehr"
    r"|ich hab keine lust mehr|kein bock mehr"
    r"|(?:ich )?kann (?:(?:jetzt|hier|gerade|heute|wirklich) )*nicht (?:mehr )?(?:weiter|weitermachen|weiter machen|fortfahren)"
    r"|ich kann (?:jetzt )?nicht mehr"
    r"|kann ich (?:(?:jetzt|hier|gerade|heute|wirklich) )*nicht (?:mehr )?(?:weiter|weitermachen|weiter machen|fortfahren)"
    # fr
    r"|je (?:ne )?(?:veux|souhaite|voudrais) (?:pas|plus) (?:continuer|poursuivre|aller plus loin)"
    r"|je n'?ai (?:pas|plus) envie de (?:continuer|poursuivre)|j'?ai (?:pas|plus) envie de (?:continuer|poursuivre)"
    r"|je (?:ne )?(?:peux|pourrai|pourrais) (?:pas|plus) (?:continuer|poursuivre|aller plus loin)"
    # es
    r"|no (?:quiero|deseo|voy a) (?:seguir|continuar|proseguir)|no tengo ganas de (?:seguir|continuar)"
    r"|no (?:puedo|podre|podemos) (?:seguir|continuar|proseguir)"
    # pt
    r"|(?:eu )?nao (?:quero|desejo|vou) (?:continuar|seguir|prosseguir)|nao tenho vontade de (?:continuar|seguir)"
    r"|(?:eu )?nao (?:posso|consigo|podemos|vou poder) (?:continuar|seguir|prosseguir)"
    # it
    r"|non (?:voglio|desidero|vorrei) (?:andare avanti|continuare|proseguire)"
    r"|non ho (?:piu )?voglia di (?:continuare|andare avanti|proseguire)"
    r"|non (?:posso|riesco a|possiamo|potro) (?:andare avanti|continuare|proseguire)"
    # nl
    r"|ik wil niet (?:meer )?(?:verder|door|doorgaan|verdergaan)|ik wil (?:er )?mee stoppen|ik wil niet meer"
    r"|ik heb geen zin (?:meer )?om (?:verder|door) te gaan"
    r"|(?:ik kan|kan ik) (?:(?:nu|vandaag|echt) )*niet (?:meer )?(?:verder|door|doorgaan|verdergaan)"
)
# Words said before it: a no, an excuse, a hesitation.
_BEFORE = (
    r"no|nah|nope|sorry|sorry but|honestly|actually|ok|okay|look|um|hmm|tbh|thanks but|thanks|"
    r"nein|sorry aber|ehrlich gesagt|eigentlich|also|danke aber|non|desole|desolee|desole mais|en fait|merci mais|"
    r"lo siento|lo siento pero|perdon|la verdad|gracias pero|nao|desculpa|desculpe|obrigado mas|obrigada mas|"
    r"scusa|scusi|scusate|mi dispiace|mi dispiace ma|grazie ma|nee|sorry maar|eigenlijk|bedankt maar|eerlijk gezegd|"
    r"i'?m sorry|i'?m sorry but|tut mir leid|es tut mir leid|tut mir leid aber|lo siento mucho|me desculpe|het spijt me|excusez moi"
)
# Words said after it: more, with this, for now, thanks, goodbye.
_AFTER = (
    r"anymore|any more|any further|further|with this|with this chat|with the questions|with these questions|now|"
    r"right now|for now|here|please|thanks|thank you|sorry|bye|"
    r"mehr|hier|hiermit|damit|jetzt|danke|bitte|tschuss|plus|ici|maintenant|pour l'?instant|merci|desole|au revoir|"
    r"mas|con esto|por ahora|ahora|gracias|adios|com isto|com isso|por agora|agora|obrigado|obrigada|tchau|"
    r"piu|con questo|per ora|ora|grazie|ciao|meer|hiermee|nu|voor nu|bedankt|sorry|doei|dag|"
    r"i'?m sorry|tut mir leid|entschuldigung|desolee|pardon|lo siento|perdon|perdona|desculpa|desculpe|scusa|scusate|scusi"
    r"|mi dispiace|het spijt me"
)
_STOP = re.compile(rf"(?:(?:{_BEFORE}) )*(?:{_REFUSING})(?: (?:{_AFTER}))*")


def refuses_to_go_on(text: str) -> bool:
    """Whether the message is only a refusal to go on ("I don't want to go on", "ik wil niet doorgaan", "no quiero
    seguir, gracias"), in any of the seven languages: a stop."""
    # "ich kann leider nicht weitermachen", "helaas kan ik niet verder": regret changes nothing of the refusal.
    return bool(_STOP.fullmatch(without_regret(plain(text or ""))))


# "go on" with what the visitor no longer wants to do after it: "keep paying for ads", "seguir perdiendo clientes",
# "continuer à perdre des clients", "doorgaan met een website zonder aanvragen".
_ABOUT = re.compile(
    r"(?:i|we) (?:do not|don'?t|dont) (?:want|wish) to (?:go on|continue|carry on|keep) (?:\w+ing)\b"
    r"|(?:i|we) (?:do not|don'?t|dont) want to keep (?:\w+ing)\b"
    r"|no (?:quiero|queremos|deseo) (?:seguir|continuar) (?:\w+(?:ando|iendo|endo)|con (?!esto|este chat)\w+)\b"
    r"|nao (?:quero|queremos) (?:continuar|seguir) (?:a \w+r|\w+ndo|com (?!isto|isso)\w+)\b"
    r"|(?:je|nous) (?:ne )?(?:veux|voulons|souhaite) (?:pas|plus) (?:continuer|poursuivre) (?:a|de|d'|avec) ?\w+"
    r"|non (?:voglio|vogliamo) (?:continuare|andare avanti) (?:a|con) \w+"
    r"|(?:ik|we|wij) (?:wil|willen) niet (?:meer )?(?:doorgaan|verder) met (?!dit|deze chat)\w+"
    r"|(?:ich|wir) (?:will|wollen|mochte|mochten) nicht (?:mehr )?(?:weiter|weitermachen) "
    r"(?:mit (?!hier\b|dem chat\b|den fragen\b)\w+|(?!hier|damit)\w+en\b)")


def keeps_on_about(text: str) -> bool:
    """Whether the message refuses to keep doing something else ("I don't want to keep paying for ads", "no quiero
    seguir perdiendo clientes"): a need, never a stop, whatever the classifier made of it."""
    return not refuses_to_go_on(text) and bool(_ABOUT.match(plain(text or "")))


def stops_in_words(text: str) -> bool:
    """Whether the message is a stop said in words, whatever the classifier made of it: only a refusal to go on ("I
    don't want to go on", "ich kann leider nicht weitermachen") or a stop of its own, with its softener, regret and
    reason ("actually stop for now, I'm needed on the floor", "ich muss jetzt leider aufhören"), never what the visitor
    no longer wants to keep doing ("I don't want to keep paying for ads"). The one reading of a stop in words, for the
    pipeline (``bot.nlu_component.StopInWords``) and for the form, which meets a message the pipeline did not call a
    stop."""
    return (refuses_to_go_on(text) or asks_to_stop(text)) and not keeps_on_about(text)
