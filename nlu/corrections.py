"""A correction of an earlier answer: "actually make that March", "change the budget to 20k", "no wait, it's Q2".

Said at any later point of a conversation, a correction names the field it
corrects ("the budget", "das Budget", "le budget") or leaves it to its value
("March" can only be a date), and puts the new value after words that say it
is a correction. The extractor reads a value best on its own ("March", "Q2"
read for the timing are dates; "make that March" is not), so ``correction``
returns the field named, if any, and the words of the value with the
correction's own words taken off. Which answered field an unnamed value fits
is for the caller to find, by reading the value for each (``bot.actions.form``).
A message that says no correction word is no correction here: "we're 50 people"
unasked is heard, not a correction; nor is an apology for a call the visitor was on ("sorry, was on a call").

Pure: words in, words out, in the bot's seven languages (a visitor may write
another language than the chat's).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from nlu.call_request import was_on_a_call
from nlu.text import Text

# Words that open a correction, each language's, taken off the front of the message one after another.
_OPENERS = (
    r"actually|sorry|oops|my bad|no|nope|wait|hold on|hang on|scratch that|correction|let me correct(?: that| myself)?"
    r"|i meant(?: to say)?|i mean|meant to say|what i meant (?:is|was)|rather|instead|to be precise|on second thought"
    r"|make (?:it|that)|change (?:it|that) to|update (?:it|that) to|it'?s|it is|that'?s|that is|it should be|should be"
    r"|we'?re|we are|it'?ll be|it will be|more like|ok|okay|oh|ah|hmm+|um+|so|er+m?|i'?m|i am"
    r"|eigentlich|korrektur|ich meinte|ich meine|moment|nein|entschuldigung|sorry|doch|lieber|eher|also|es ist|es sind|das ist|wir sind"
    r"|ändern sie (?:das|es) (?:auf|in)|machen sie (?:daraus|das)|genauer gesagt|besser"
    r"|en fait|pardon|non|attendez|attends|je voulais dire|je veux dire|plutôt|correction|c'est|ce sera|nous sommes|on est|mettez|disons"
    r"|perdón|perdona|no|espera|espere|mejor dicho|en realidad|quise decir|quer[ií]a decir|mejor|es|son|somos|corrijo|pon|digamos"
    r"|desculpe|desculpa|não|nao|espera|espere|na verdade|quis dizer|queria dizer|melhor|é|são|somos|corrijo|digamos|aliás"
    r"|scusi|scusa|scusate|no|aspetti|aspetta|anzi|in realtà|volevo dire|intendevo(?: dire)?|meglio|è|sono|siamo|correggo|diciamo|metta"
    r"|sorry|nee|wacht|eigenlijk|ik bedoelde|ik bedoel|liever|correctie|het is|het wordt|we zijn|zeg maar|beter"
)
# Words naming each field a visitor corrects, in the seven languages.
FIELD_WORDS = {
    "budget": r"budget|budgets|spend|spending|presupuesto|orçamento|orcamento|etat",
    "timing": r"date de (?:début|démarrage|lancement)|fecha de inicio|data de início|data di inizio|startdatum|start(?: date)?|starting date|timing|timeline|deadline|date|launch|go-live|beginn|starttermin|termin|zeitpunkt|frist"
              r"|début|délai|échéance|inicio|fecha|plazo|início|inicio|data|prazo|inizio|scadenza|datum|begindatum|begin",
    "company_size": r"people|employees|staff|headcount|team size|company size|size|team|mitarbeiter(?:innen)?|leute|personen"
                    r"|größe|personnes|salariés|employés|effectif|taille|empleados|personas|plantilla|tamaño|funcionários"
                    r"|pessoas|colaboradores|tamanho|dipendenti|persone|dimensione|medewerkers|mensen|werknemers|grootte",
    "location": r"location|based|city|country|office|hq|headquarters|standort|sitz|stadt|land|ville|pays|basés?|siège|ciudad|país"
                r"|sede|cidade|città|paese|stad|vestiging|gevestigd",
    "revenue": r"revenue|turnover|sales|umsatz|chiffre d'affaires|ca|facturación|ingresos|faturação|faturacao|receita|fatturato|omzet",
    "company": r"company(?: name)?|firm|business name|firma|unternehmen|firmenname|entreprise|société|empresa|azienda|bedrijf"
               r"|bedrijfsnaam",
    "name": r"my name|name|nom|prénom|nombre|nome|naam",
    "email": r"email|e-mail|mail|email address|address|adresse|correo|endereço|indirizzo|adres",
    "authority": r"role|title|job title|job|position|rolle|funktion|titel|poste|rôle|fonction|titre|puesto|cargo|função"
                 r"|funcao|ruolo|qualifica|functie|rol",
    "industry": r"industry|sector|branche|secteur|industria|setor|settore",
}
# "change the budget to 20k", "das Budget auf 20.000 €", "le budget à 20 000 €", "el presupuesto a 20.000 €": a field named,
# then the word that leads to its new value.
_ARTICLE = r"(?:the|my|our|your|das|der|die|den|mein(?:e|en)?|unser(?:e|en)?|le|la|les|l'|mon|ma|notre|el|los|las|mi|nuestro|nuestra|o|a|os|meu|minha|nosso|nossa|il|lo|gli|mio|mia|nostro|nostra|het|de|mijn|ons|onze)"
_LEAD_IN = (
    r"(?:(?:change|changes|update|set|correct|put|make|ändern sie|ändere|ändert|setzen sie|changez|change|mettez|modifiez"
    r"|cambia|cambie|cambiar|pon|ponga|mude|muda|altere|altera|cambi|cambiate|modifichi|metta|verander|wijzig|zet)\s+)?"
)
_TO = r"(?:to|at|as|into|is|are|should be|auf|in|ist|sind|à|en|pour|est|a|es|para|é|in|è|naar|op|is)"
_OPENERS_RE = re.compile(rf"(?:(?:{_OPENERS})(?![\w'])[\s,.:;!-]*)+")
_NAMED = {field: re.compile(rf"{_LEAD_IN}(?:{_ARTICLE}\s*)?(?:{words})(?![\w'])\s*(?:{_TO}(?![\w'])\s*)?")
          for field, words in FIELD_WORDS.items()}
# "not 15 but 50", "we're in Dublin not London": the value taken back, after "not".
_TAKEN_BACK = re.compile(
    r"[\s,]*(?:,\s*)?\b(?:not|nicht|pas|no|não|nao|non|niet)\s+[^,.;!?]+?(?=\s*(?:$|[,.;!?]))", re.IGNORECASE)
_TAKEN_BACK_FIRST = re.compile(
    r"^(?:not|nicht|pas|no|não|non|niet)\s+[^,;]+?[,;]?\s+(?:but|sondern|mais|sino|mas|ma|maar)\s+", re.IGNORECASE)
# The words that make a message a correction (beyond "actually", which hearing.corrects_itself reads).
_MARKS = re.compile(
    rf"^\W*(?:(?:{_OPENERS})(?![\w'])[\s,.:;!-]*)*(?:actually|sorry|oops|my bad|wait|hold on|scratch that|correction"
    r"|i meant|i mean|make (?:it|that)|change|update|eigentlich|korrektur|ich meinte|ich meine|moment|ändern|en fait"
    r"|pardon|je voulais dire|je veux dire|plutôt|mejor dicho|en realidad|quise decir|quer[ií]a decir|cambia"
    r"|na verdade|quis dizer|queria dizer|aliás|mude|anzi|in realtà|volevo dire|intendevo|cambi|eigenlijk"
    r"|ik bedoelde|ik bedoel|verander|wacht|entschuldigung|perdón|perdona|desculpe|desculpa"
    r"|scusi|scusa|scusate|correctie|corrijo|correggo|wijzig|changez|modifiez|altere)(?![\w'])",
    re.IGNORECASE,
)
# A new value framed as a correction by what stands around it rather than before it, in the seven languages:
# - a no, then a figure: "no, 5k", "nope 5k", "nein, 5.000", "non, 5k", "não, 5 mil", "nee, 5k" (a bare "no" is an answer);
# - the value, then the words that take it back: "5k I meant", "5k sorry", "5k meinte ich", "5k je voulais dire",
#   "5k quise decir", "5k quis dizer", "5k intendevo", "5k bedoelde ik";
# - a figure, then the figure it replaces: "5k not 50", "5k, nicht 50k", "5k pas 50", "5k no 50", "5k non 50", "5k niet 50".
_NO_THEN_FIGURE = re.compile(r"^\W*(?:no|nope|nah|nein|nö|nee|neen|non|não|nao)[\s,.:;!-]+(?:[$€£]\s*)?\d", re.IGNORECASE)
_TRAILING = (
    r"i meant(?: to say)?|i mean|meant|sorry|my bad|oops|typo|meinte ich|ich meinte|meine ich|entschuldigung|pardon|"
    r"je voulais dire|je veux dire|désolée?|quise decir|quer[ií]a decir|perd[oó]n|quis dizer|queria dizer|desculpe?|desculpa|"
    r"intendevo(?: dire)?|volevo dire|scusa|scusi|bedoelde ik|bedoel ik|ik bedoelde|ik bedoel|excuses"
)
_TRAILING_RE = re.compile(rf"[\s,.;:!-]*\b(?:{_TRAILING})(?![\w'])\W*$", re.IGNORECASE)
_SCALE = r"(?:\s*(?:mil|mila|mille|tausend|thousand|grand|duizend|mio\.?|millions?|millionen|euros?|eur|dollars?|usd|gbp|pounds?|reais))?"
_FIGURE_NOT_FIGURE = re.compile(
    rf"\d[\w.,]*{_SCALE}\s*[$€£]?\s*,?\s*(?:not|nicht|pas|no|não|nao|non|niet)\s+(?:[$€£]\s*)?\d", re.IGNORECASE)
# The figure taken back after the new one ("5k, no 50k", "5 mil, não 50"), taken off first (the new one keeps its scale
# word): its "no" is no opener of the message.
_DENIED_AFTER_FIGURE = re.compile(
    rf"(?<=[\d$€£kKmM])(?P<scale>{_SCALE})\s*,?\s*(?:not|nicht|pas|no|não|nao|non|niet)\s+(?:[$€£]\s*)?\d[\w.,]*(?:\s*[$€£])?", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
# A correction is a short message: a longer one tells more, and is read as it is.
MAX_WORDS = 16


@dataclass(frozen=True)
class Correction:
    """What a correction names: the field (None when only its value says which) and the words of the new value."""

    field: str | None
    value: str


def correction(text: Text | str) -> Correction | None:
    """The field and the value words of a message that corrects an earlier answer; None when it is no correction."""
    said = (text.original if isinstance(text, Text) else text).strip()
    if not said or len(said.split()) > MAX_WORDS or not (
            _MARKS.search(said) or _NO_THEN_FIGURE.search(said) or _FIGURE_NOT_FIGURE.search(said)
            or (_TRAILING_RE.search(said) and _DIGIT.search(said))):  # "no idea, sorry" corrects nothing
        return None
    if was_on_a_call(said):
        return None  # "sorry, was on a call", "perdón, estaba en una llamada": an apology for the wait, correcting nothing
    rest = _DENIED_AFTER_FIGURE.sub(r"\g<scale>", said.lower().replace("’", "'"))
    rest = _OPENERS_RE.sub("", rest, count=1).strip(" ,.;:!-")
    rest = _TRAILING_RE.sub("", rest)
    rest = _TAKEN_BACK_FIRST.sub("", rest)
    field = None
    for name, named in _NAMED.items():
        if (m := named.match(rest)) is not None and m.end() > 0:
            field, rest = name, rest[m.end():]
            break
    rest = _TAKEN_BACK.sub("", rest).strip(" ,.;:!-")
    # The value in the visitor's own letters (a place or a name keeps its capitals).
    at = said.lower().replace("’", "'").rfind(rest) if rest else -1
    value = said[at:at + len(rest)] if at >= 0 else rest
    return Correction(field, value)
