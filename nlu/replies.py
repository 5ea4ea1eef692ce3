"""Short replies to a question: "yes", "no", "not sure".

"Do you have a budget?" "no" says as much as "we don't have a budget", so
a bare yes or no to a known field becomes that field's status.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from nlu import english
from nlu.attributes import Authority, Budget, Timing
from nlu.text import Text, plain

_YES = re.compile(r"\W*(?:yes|yeah|yep|yup|ya|yah|sure|of course|definitely|absolutely|correct|indeed|that'?s me|it'?s me|i do|i am|we do|we have|affirmative|y|ok|okay|certainly|totally|for sure|"
                  # the Scottish and Northern English yes ("aye, that's fine", "aye aye"), never "eye" nor "I"
                  r"aye|that'?s (?:right|grand|fine|great|perfect|lovely))\b[\W\w]{0,20}")
# A yes in a word that says other things before more words ("sound engineer", "vale la pena", "certo che no"): only
# alone or before a pause. Said the way people say it: "righto", the Irish "sound", "volontiers", "con mucho gusto".
# Alone, or before a pause and a few words: "graag", "jo, passt".
_ALONE_OR_PAUSED = r"(?:\W*|\s*[,.;:!–—-]+\s*[\W\w]{0,20})"
_YES_ALONE = re.compile(r"\W*(?:go on(?: then)?|right-?o|rightio|righty-?ho|sound|vale|volontiers|avec plaisir|con (?:mucho )?gusto|com (?:todo o )?gosto|com prazer|"
                        r"volentieri|con piacere|met plezier|graag|gerne)" + _ALONE_OR_PAUSED)
# A bare yes of one language only, where the same letters are something else elsewhere ("Jo" is a name in English,
# "isso" is "that" in Portuguese sentences, "exact" an English adjective): read only in that language's conversation,
# alone or before a pause ("jo", "isso mesmo", "klopt, ja", "c'est bien ça").
_YES_IN: dict[str, re.Pattern[str]] = {
    lang: re.compile(rf"\W*(?:{words})" + _ALONE_OR_PAUSED)
    for lang, words in {
        "de": r"jo|joa|jep|jup|jepp|stimmt(?: so)?|passt(?: so)?|richtig|korrekt",
        "fr": r"c'est (?:bien )?ça|exact|voilà|carrément|oui oui",
        "es": r"correcto|eso es|exactamente|así es|dale",
        "pt": r"isso(?: mesmo| aí)?|é isso(?: aí)?|certo|correto|exatamente|beleza|pode ser",
        "it": r"giusto|esattamente|corretto|proprio così|va bene",
        "nl": r"jep|jup|jawel|precies|inderdaad|correct|dat klopt|prima",
    }.items()
}
_NO = re.compile(r"\W*(?:no|nope|nah|not really|negative|n|i don'?t(?! know)|we don'?t(?! know)|not me|i'?m not|we haven'?t|none|not yet|no way)\b[\W\w]{0,20}")
_UNSURE = re.compile(r"\W*(?:not sure|unsure|don'?t know|dunno|no idea|idk|maybe|possibly|perhaps|it depends|depends|tbd|hmm+|\?+|can'?t say)(?:\W[\W\w]{0,20})?"
                     # A shrug alone, where the rewrite into English leaves it as said: "meh", "bof", "boh", "sei lá",
                     # "chissà", "hard to say", "difficile à dire", "schwer zu sagen", "moeilijk te zeggen". Not before
                     # more words: "bof, on fait des meubles" answers.
                     r"|\W*(?:meh|bof|boh|pf+|no clue|not a clue|who knows|(?:hard|difficult|tough) to say|sei l[aá]|chiss[aà]"
                     r"|qui(?:é|e)n sabe|quem sabe|(?:je )?(?:ne )?sais pas|difficile (?:à |a )?dire|schwer zu sagen"
                     r"|dif(?:í|i)cil (?:de )?(?:decir|dizer)|moeilijk te zeggen|geen flauw idee)\W*")

# "I don't know" alone, in the seven languages, as ``nlu.text.plain`` folds it: neither a yes nor a no ("I don't know"
# began with the "I don't" of a no, "I do not know" with the "I do" of a yes, "ich weiß es nicht" was nothing).
_KNOWS_NOT = re.compile(
    r"(?:(?:sorry|hmm+|uh+|um+|honestly|well|ehrlich gesagt|ehm|euh|bah|pues|bueno|mah|beh|boh|olha|hum|nou|eh) )*"
    r"(?:(?:i|we) (?:really |honestly )?(?:do not|don'?t|dont|really don'?t) know|i have no idea|dunno|idk|no idea|not sure|i'?m not sure|no clue"
    r"|(?:ich |wir )?(?:weiss|weis|wissen) (?:es |das )?(?:noch )?nicht|keine ahnung|(?:weiss|weis) ich (?:noch )?nicht"
    r"|(?:ich )?bin (?:mir )?(?:unsicher|(?:noch )?nicht (?:ganz )?sicher)"
    r"|(?:je )?(?:ne )?sais pas|j'?sais pas|(?:je )?n'?en sais rien|aucune idee|pas sur"
    r"|(?:yo )?no (?:lo )?se|ni idea|no estoy segur[oa]|no tengo ni idea"
    r"|(?:io )?non (?:lo )?so|non saprei|nessuna idea|non sono sicur[oa]"
    r"|(?:eu )?nao sei|sei la|nao faco ideia|nao tenho certeza"
    r"|(?:ik )?weet (?:het |ik )?(?:nog )?niet|weet ik (?:het )?(?:nog )?niet|geen idee|niet zeker)"
    r"(?: (?:yet|really|sorry|noch|encore|todavia|ainda|ancora|nog|genau|exactement|exactamente|exatamente|esattamente"
    r"|precies|actually|to be honest|ehrlich gesagt))*")


def knows_not(text: Text | str) -> bool:
    """Whether a reply is only "I don't know", in any of the seven languages (neither a yes nor a no)."""
    return bool(_KNOWS_NOT.fullmatch(plain(text.original if isinstance(text, Text) else text or "")))


# Yes and no as visitors type them in a chat, by language, written as ``nlu.text.plain`` folds them (lower case, no
# accents, punctuation as spaces): the informal and dialect forms ("ye", "yup", "ouais", "ouep", "sip", "siii", "sim
# sim", "ja hoor", "nö", "nan"), the plain OKs ("d'accord", "oké", "vale", "va bene", "pode ser", "klar doch", the Irish
# "grand") and the plain noes ("nope", "nee", "pas vraiment"). Read only as a whole reply, with nothing else in it but
# the words of ``_OKAY`` and ``_AROUND`` ("nope, all good", "oui merci 🙏"), never inside a sentence: "yes, about 20k"
# and "Ya Ltd" say more. A form is read in its own language's conversation, and the English ones in every
# conversation, as the rewrite into English lets them be; where the same letters mean something else elsewhere
# ("prima di" is "before", "jo" a name in English, "ta" an English thanks) the form is in its own language's line only.
_BARE_YES: dict[str, str] = {
    "en": r"y|ye+s*|ye+a+h*|yeh|ya+h?|yas+|yu+p+|ye+p+|yessir|k+|o?k+|o?kay+|oke+|okie|okey|okey dokey|okie dokie|alright"
          r"|alrighty|all right|aye|sure|sure thing|of course|absolutely|definitely|certainly|indeed|correct|grand|sound"
          r"|by all means|why not|go ahead|yes please|happy to|happy to help|fine by me|works for me|sounds good"
          # the regions' own: Singapore's "can", "can can", "sure can"; New Zealand's and Australia's "sweet as", "too right";
          # South Africa's "yebo"
          r"|can|can can|sure can|sweet|sweet as|too right|yebo"
          # ... and more of them, said in English chats: the Philippines' "opo", "oo po", "sige", "tama"; Kenya's "sawa",
          # "ndio"; Ireland's "it is", "'tis", "grand so", "deadly"; Australia's "nah yeah" (the last word answers: "yeah
          # nah" is a no), "spot on", "bang on", "you beauty"; Canada's "you bet", "for sure"; India's "haan", "haan ji",
          # "theek hai"; South Africa's "ja", "sharp sharp"; and a confirmation said as one ("confirmed", "I confirm",
          # "that's correct", "exactly", "bingo")
          r"|opo|oo po|sige|sige po|tama|tama po|sawa|sawa sawa|ndio|ndiyo|it is|it is yeah|'?tis|grand so|grand job|deadly"
          r"|nah yeah|spot on|bang on|dead on|you beauty|you bet|you betcha|for sure|for sure yeah|right you are|reckon so"
          r"|i reckon|haan|haan ji|haanji|ji haan|theek hai|thik hai|ja|sharp sharp|confirmed|i confirm|confirm|yes confirmed"
          r"|that'?s correct|that'?s right|all correct|exactly|precisely|bingo|looks good|looks right|right on"
          # what was said back is right, said as a statement: "that is right", "that's all correct", "all right there"
          r"|that is right|that is correct|that'?s all correct|that'?s all right|that'?s exactly right|all correct yes"
          r"|quite right|dead right|spot on yes|correct yes|yes correct|yes that'?s it|yep that'?s it",
    "de": r"ja+|jo+|joa|jap|je+p+|ju+p+|jaw+oh?l+|genau|klar|klar doch|na klar|aber klar|sicher|naturlich|gerne?"
          r"|einverstanden|passt|alles klar|geht klar|okay|oke|prima|in ordnung|machen sie ruhig|mach ruhig|von mir aus"
          r"|meinetwegen|gern geschehen"
          # the regions' own and the plain confirmations: Bavaria's and Austria's "freilich", "passt scho", "eh klar", "jo eh";
          # Switzerland's "gärn", "isch guet"; "jawoll", "logo", "klaro", "auf jeden fall", "bestätigt", "ich bestätige"
          r"|freilich|passt scho|eh klar|jo eh|ja eh|garn|isch guet|jawoll|logo|klaro|auf jeden fall|definitiv"
          r"|selbstverstandlich|stimmt genau|genau so|ganz genau|bestatigt|ich bestatige|richtig so|sowieso"
          # what was said back is right: "stimmt so", "passt so", "das stimmt", "ist richtig", "alles korrekt"
          r"|stimmt|stimmt so|das stimmt|stimmt alles|passt so|das passt|passt alles|richtig|ist richtig|das ist richtig"
          r"|alles richtig|ganz richtig|korrekt|ist korrekt|das ist korrekt|alles korrekt|genau richtig",
    "fr": r"oui+|ouai+s*|oue+p|ouaip|d'?accord|d'?acc|dac+|entendu|ca marche|ca me va|volontiers|carrement|bien sur"
          r"|evidemment|tout a fait|absolument|exact|c'est ca|voila|parfait|vas y|allez y|pourquoi pas|ok pour moi"
          r"|ca marche pour moi|allez|allez oui|allei"  # (Belgium's "allez", "allez, oui")
          # Québec's "ouin", "en plein ça", "mets-en", "certain", "tiguidou"; France's "nickel"; the plain confirmations
          r"|ouin|en plein ca|c'est en plein ca|mets en|certain|bien certain|tiguidou|nickel|impeccable|parfaitement"
          r"|tout juste|c'est exact|exactement|confirme|je confirme|c'est confirme|mais oui|bien oui"
          # what was said back is right: "c'est juste" (Switzerland, Belgium, Québec), "c'est bien ça", "c'est correct"
          r"|c'est juste|c'est bien juste|c'est tout a fait juste|tout est juste|c'est bien ca|c'est tout a fait ca"
          r"|c'est correct|tout est correct|c'est bien correct|tout est bon|c'est exactement ca|juste",
    "es": r"si+|sip+|claro|claro que si|vale|dale|de acuerdo|okey|oki|venga|por supuesto|desde luego|sale|orale"
          r"|perfecto|correcto|exacto|eso es|asi es|como no|por mi bien|me parece bien|adelante"
          # Mexico's "ándale", "simón", "va", "arre", "eso mero"; Colombia's and Venezuela's "de una", "listo", "chévere";
          # the plain confirmations ("confirmo", "efectivamente", "cierto")
          r"|andale|andale pues|simon|va|arre|eso mero|asi mero|de una|listo|chevere|hecho|aja|cierto|confirmo|confirmado"
          r"|efectivamente|obvio|si senor|si senora|exactamente|claro claro"
          # what was said back is right: "es correcto", "está bien así", "todo correcto", "eso mismo"
          r"|es correcto|esta correcto|todo correcto|todo bien asi|esta bien asi|eso mismo|es asi|exacto eso"
          r"|asi mismo|tal cual|todo en orden",
    "pt": r"sim+|claro|pode ser|pode|beleza|blz|ta|ta bom|ta certo|certo|combinado|de acordo|com certeza|fechado"
          r"|bora|perfeito|isso|isso mesmo|exato|correto|uhum|aham|por mim tudo bem|pode mandar|manda ver"
          r"|pois|pois e|pois pois|pois claro|pois sim"  # (Portugal's "pois", "pois é")
          # Brazil's "show", "fechou", "demorou", "pode crer", "firmeza", "joia", "massa"; the plain confirmations
          r"|show|show de bola|fechou|demorou|pode crer|firmeza|joia|massa|suave|tranquilo|positivo|certinho|otimo"
          r"|ta otimo|exatamente|perfeitamente|confirmo|confirmado|sem duvida|claro que sim|sim senhor|sim senhora"
          # what was said back is right: "está certo", "está correto", "é isso mesmo", "tudo certo", "certíssimo"
          r"|esta certo|esta correto|ta correto|e isso|e isso mesmo|e isso ai|isso ai|tudo correto|esta tudo certo"
          r"|ta tudo certo|certissimo|exatamente isso|e assim mesmo|isso mesmo",
    "it": r"si+|certo|certo che si|certamente|va bene|d'?accordo|vabbe|vabbene|perfetto|volentieri|sicuro|ovvio"
          r"|ovviamente|ci sta|vai pure|esatto|giusto|esattamente|corretto|va benissimo|benissimo|ok per me"
          r"|per me va bene|fai pure|faccia pure"
          # "sisì", "giustissimo", "esattissimo", "già", "appunto", Rome's "daje", Naples' "vabbuò"; the plain confirmations
          r"|sisi|si si|giustissimo|esattissimo|gia|appunto|daje|vabbuo|assolutamente|assolutamente si|senz'altro"
          r"|sicuramente|confermo|confermato|come no|eccome"
          # what was said back is right: "è giusto", "esatto così", "è corretto", "tutto giusto", "proprio così"
          r"|e giusto|e corretto|e tutto giusto|e tutto corretto|tutto giusto|tutto corretto|esatto cosi|giusto cosi"
          r"|proprio cosi|e cosi|e esatto|esattamente cosi|tutto esatto|va bene cosi",
    "nl": r"ja+|jep|jup|jawel|jazeker|zeker|oke+|okido|okidoki|prima|goed|is goed|akkoord|top|klopt|tuurlijk"
          r"|natuurlijk|precies|inderdaad|correct|helemaal goed|doe maar|ga je gang|voor mij prima|mij best|ga uw gang"
          # Flanders' "zeker en vast", "in orde", "juist", "'t is goed"; the Netherlands' "komt goed", "toppie", "zeker
          # weten"; the plain confirmations ("bevestigd", "klopt helemaal")
          r"|zeker en vast|in orde|juist|ja juist|da'?s juist|'?t is goed|het is goed|komt goed|toppie|zeker weten"
          r"|klopt helemaal|helemaal|absoluut|uiteraard|bevestigd|ik bevestig|oke dan"
          # what was said back is right: "dat klopt (helemaal)", "alles klopt", "dat is juist", "klopt zo"
          r"|dat klopt|dat klopt helemaal|alles klopt|klopt alles|klopt zo|dat is juist|dat is correct|helemaal juist"
          r"|helemaal correct|precies zo|zo is het",
}
_BARE_NO: dict[str, str] = {
    "en": r"n|no+|nope+|nah+|naw|nay|nop|not really|not yet|not now|not at the moment|not right now|no need|negative"
          r"|no thanks|no thank you|no way|cannot|can not|no can"
          # Australia's "yeah nah" (the last word answers), Kenya's "hapana", the Philippines' "hindi", India's "nahi"
          r"|yeah nah|yeah nah nah|hapana|hindi|hindi po|nahi|nahin|definitely not|absolutely not",
    "de": r"nein+|no+|nee+|ne|nicht wirklich|eher nicht|noch nicht|auf keinen fall|auf gar keinen fall|keineswegs"
          r"|mitnichten|nei|nein nein|sicher nicht|bestimmt nicht",
    "fr": r"non+|nan+|pas vraiment|pas encore|pas pour l'instant|pas pour le moment|pas du tout|certainement pas"
          r"|pantoute|pas pantoute|non non|absolument pas|surement pas|pas question|hors de question",
    "es": r"no+|nop|para nada|todavia no|aun no|de momento no|por ahora no|nel|de ninguna manera"
          r"|nel pastel|nones|ni de broma|ni loco|ni hablar|que va|negativo|no no",
    "pt": r"nao+|ainda nao|por enquanto nao|de jeito nenhum|que nada|nem pensar"
          r"|nops|negativo|nem a pau|nada disso|de forma alguma|nao nao",
    "it": r"no+|non proprio|non ancora|per ora no|macche|assolutamente no|per niente"
          r"|manco per sogno|neanche per sogno|nemmeno per sogno|ma va|no no|direi di no",
    "nl": r"nee+|neen|nope|niet echt|nog niet|neuh|helemaal niet|zeker niet"
          r"|echt niet|absoluut niet|geen sprake van|welnee|nee nee",
}
# All is well: an OK alone ("all good", "c'est bon", "tudo bem", and the idioms that put it with a negative word: "no
# bother", "no worries", "kein Problem", "pas de souci", "sin problema", "geen probleem"), and after a no only says the
# no kindly ("nope, all good", "non, ça va", "não, tudo bem", "nee hoor, alles goed").
_OKAY = (
    r"all good|all fine|all set|(?:we|i) ?'?(?:re|m| are| am) (?:good|fine|ok|okay|all set|sorted)|that'?s fine"
    r"|no bother|nae bother|no problem|no probs?|no worries|not a problem|no sweat|no stress"
    r"|kein problem|keine sorge|kein ding|pas de souci|pas de soucis|pas de probleme|aucun souci|aucun probleme"
    r"|sin problema|no hay problema|ningun problema|sem problema|nenhum problema|nessun problema|non c'e problema"
    r"|geen probleem|geen punt|geen zorgen"
    r"|alles gut|alles okay|alles ok|schon gut|passt schon|ca va|c'est bon|tout va bien|tout est bon"
    r"|todo bien|esta bien|todo bem|tudo bem|ta tudo bem|tudo certo|tutto bene|tutto a posto|va bene cosi|a posto cosi"
    r"|alles goed|prima zo|goed zo|is goed zo"
)
# Words around a yes or no that add nothing to it, in the seven languages: a thanks, a please, a "mate", a "haha".
_AROUND = (
    r"thanks?|thank you|thanks a lot|many thanks|thx|ty|tks|cheers|ta|please|pls|plz|that'?s (?:all|it)|nothing else"
    r"|mate|man|dude|buddy|lol|ha(?:ha)+|he(?:he)+|sorry|oh|ah|oops|then|well|really|so|at all|lah|leh|lor"
    # the Philippines' polite "po", Canada's "eh", South Africa's "bru", "bro"
    r"|po|eh|bro|bru"
    r"|danke|danke schon|danke sehr|vielen dank|bitte|na|doch|also"
    r"|merci|merci beaucoup|merci bien|s'il vous plait|s'il te plait|svp|stp|bon|ben|mais"
    r"|gracias|muchas gracias|por favor|bueno|pues|hombre"
    r"|obrigad[oa]|muito obrigad[oa]|valeu|entao"
    r"|grazie|grazie mille|per favore|allora|dai"
    r"|bedankt|dank je|dank je wel|dank u|dank u wel|dankjewel|dankuwel|alsjeblieft|aub|hoor|nou"
)
# A bare reply is a few words: more is a sentence, whatever its words.
_BARE_WORDS = 6


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern ("a|b(?:c|d)" -> "a", "b(?:c|d)")."""
    parts, depth, start = [], 0, 0
    for i, c in enumerate(pattern):
        depth += c == "("
        depth -= c == ")"
        if c == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
    return [*parts, pattern[start:]]


@lru_cache(maxsize=None)
def _bare_words(languages: tuple[str, ...]) -> tuple[re.Pattern[str], tuple[tuple[str, re.Pattern[str]], ...]]:
    """One pattern for every word of a bare reply in ``languages``, the longest first ("ta bom" before the English
    thanks "ta", "vas y" before the English "y"), and each kind's own pattern to tell which a word found is."""
    kinds = (
        ("okay", _OKAY), ("no", "|".join(_BARE_NO[lang] for lang in languages)),
        ("yes", "|".join(_BARE_YES[lang] for lang in languages)), ("around", _AROUND),
    )
    every = sorted({a for _, pattern in kinds for a in _alternatives(pattern)}, key=len, reverse=True)
    return (re.compile(rf"(?<![\w'])(?:{'|'.join(every)})(?![\w'])"),
            tuple((kind, re.compile(pattern)) for kind, pattern in kinds))


def bare_reply(text: Text | str, *, lang: str | None = None) -> str | None:
    """"yes" or "no" for a reply that is only a yes or only a no, and the words that fill a reply ("d'accord", "oké",
    "ye", "ouep", "sim sim", "nope, all good", "oui merci 🙏", "nee hoor"), read in ``lang`` and English, or in all
    seven languages when no language is given; else None. A yes or no with words of its own ("yes, about 20k", "nope,
    we need SEO", "Ya Ltd", "Yes Marketing"), a figure or an address is no bare reply, nor is a thanks alone."""
    said = plain(text.original if isinstance(text, Text) else text)
    words = said.split()
    if not words or len(words) > _BARE_WORDS or re.search(r"[\d@]", said):
        return None
    languages = tuple(_BARE_YES) if lang not in _BARE_YES else tuple(dict.fromkeys((lang, "en")))
    every, kinds = _bare_words(languages)
    if every.sub(" ", said).strip():
        return None  # words of its own
    found = {next(kind for kind, pattern in kinds if pattern.fullmatch(m.group(0))) for m in every.finditer(said)}
    if "no" in found:
        return None if "yes" in found else "no"  # "yes no" says neither
    return "yes" if found & {"yes", "okay"} else None  # a thanks alone is no yes


# A bare reply is this long at most, read in English ("sí, claro" is "yes, of course").
_LONGEST = 40
# The rewrite into English shortens a message by less than half in every corpus (59 characters to 38 at most, "l'amministratore
# delegato" to "ceo"): a message three times the limit cannot come down to it, and is not rewritten to be measured.
_LONGEST_BEFORE_REWRITE = 3 * _LONGEST


def yes_or_no(text: Text | str, *, lang: str = "en") -> str | None:
    """"yes", "no" or "unsure" for a short reply that is only that, in any of the seven languages; else None."""
    said = text if isinstance(text, Text) else Text.of(text)
    if len(said.lower.strip()) > _LONGEST_BEFORE_REWRITE:
        # Asked several times a turn, of every message: a long one is no bare reply, and rewriting it first cost
        # 0.1 s a language on 2,000 characters.
        return None
    lower = english.of(said, lang).lower.strip()
    if len(lower) > _LONGEST:
        return None
    if knows_not(said) or _UNSURE.fullmatch(lower):  # "I don't know", "ich weiß es nicht": neither yes nor no
        return "unsure"
    if (bare := bare_reply(said, lang=lang)) is not None:
        return bare  # read as written: "ouep", "oké", "nee hoor, alles goed" are no English the rewrite knows
    if _NO.fullmatch(lower):
        return "no"
    own = _YES_IN.get(lang)
    if _YES.fullmatch(lower) or _YES_ALONE.fullmatch(lower) or (own and own.fullmatch(said.lower.strip())):
        return "yes"
    return None


def reply(text: Text, field: str | None, *, lang: str = "en") -> dict[str, Any]:
    """Attributes a bare yes, no or don't-know says about the field asked."""
    answer = yes_or_no(text, lang=lang) if field else None
    if answer is None:
        return {}
    if field == "budget":
        return {"budget": Budget(status={"yes": "stated", "no": "none", "unsure": "unknown"}[answer])}
    if field == "authority":
        return {"authority": Authority(role={"yes": "decision_maker", "no": "influencer", "unsure": "unknown"}[answer])}
    if field == "timing":
        return {"timing": Timing(status={"yes": "stated", "no": "no_timeline", "unsure": "unknown"}[answer])}
    return {}


# Carrying on: "no worries, let's continue", "kein Problem, weiter", "pas de souci, on continue", "nada, sigue".
#
# Relaxed agreement is often put with a negative word ("no problem", "not at all, go ahead"), which a reading
# for yes or no takes for a refusal, and a reading for an open question for its answer. A reply made of
# nothing but such words, said to a question, asks the bot to go on: it answers nothing and refuses nothing.
# Each table holds kinds of phrase, in the bot's seven languages; a reply is read against all of them (a
# visitor may write a language other than the chat's).
#
# Agreeing idioms: fine on their own ("no problem" to "is that OK?" is a yes).
_AGREEING = (
    r"no problems?|no probs?|no prob(?:lem)?o|no worries|no worry|not a problem|no bother|no issues?|no sweat"
    r"|no stress|never ?mind|np|all good|fine by me|sounds good|that'?s fine|it'?s fine|that'?s ok(?:ay)?"
    r"|it'?s ok(?:ay)?|no problemo|none taken|that'?s (?:right|correct|grand)|spot on|nae bother"
    r"|kein problem|keine sorgen?|kein ding|keine ursache|nicht schlimm|macht nichts|schon gut|passt schon|alles gut"
    r"|alles klar|geht klar"
    r"|pas de (?:souci|soucis|probl[eè]me|prob)|pas grave|aucun (?:souci|probl[eè]me)|t'?inqui[eè]te|ce n'?est rien"
    r"|(?:il )?n'?y a pas de (?:souci|probl[eè]me)|y'?a pas de (?:souci|probl[eè]me)|pas de probl[eè]mes?"
    r"|sin problemas?|no hay problema|ning[uú]n problema|no pasa nada|no te preocupes|no se preocupe|tranquilo"
    r"|sem problemas?|n[aã]o (?:h[aá]|tem) problema|nenhum problema|tudo bem|n[aã]o faz mal|n[aã]o se preocupe"
    r"|nessun problema|non c'?[eè] problema|non si preoccupi|non ti preoccupare|figurati|si figuri|tranquillo"
    r"|non fa niente"
    r"|geen probleem|geen zorgen|maakt niet uit|geeft niet|geen punt|niks aan de hand"
)
# Softeners: negative on their own ("not at all" to "is that OK?" is a no), relaxed only before a word to go on.
_SOFTENING = (
    r"not at all|no|nope|nah|nothing|none|nein|gar nicht|[uü]berhaupt nicht|nichts|non|pas du tout|rien|nada"
    r"|para nada|n[aã]o|de modo nenhum|niente|per niente|affatto|nee|helemaal niet|niks|niets"
)
# Words that ask the bot to go on (not "next question" or "let's move on": said to a question, they skip it).
_GOING_ON = (
    r"continue|carry on|go on|go ahead|keep going|proceed|let'?s go|go for it|shoot"
    r"|fire away|ask away|ask me|please do|onwards?"
    r"|weiter(?:machen)?|machen wir weiter|machen sie weiter|mach weiter|fahren sie fort|nur zu|los geht'?s"
    r"|legen sie los|leg los|fragen sie"
    r"|on continue|continuez|continuons|allez-y|vas-y|allons-y|on y va|poursuivez|poursuivons|je vous [ée]coute"
        r"|sigue|siga|sigamos|seguimos|seguir|adelante|contin[uú]a|contin[uú]e|continuemos|continuar|dale|vamos"
        r"|continua|continuemos|pode continuar|pode seguir|segue|avan[cç]a|avance|em frente"
    r"|continui|continuiamo|continuare|vai avanti|vada avanti|andiamo avanti|avanti|procedi|proceda|prego"
        r"|ga door|ga verder|ga maar door|gaat u verder|gaat u maar door|ga je gang|ga uw gang|verder|doorgaan"
    )
# Words around them that say nothing of their own: "ok, sure, please continue", "ja klar, gerne weiter".
_FILLING = (
    r"ok|okay|oke|ok[eé]|sure|yes|yeah|yep|yup|please|pls|plz|just|then|let'?s|let us|thanks|thank you|thx|sorry"
    r"|oh|ah|haha|lol|right|alright|all right|cool|fine|good|great|perfect|so|and|you can|can|we can|by all means"
    r"|aye|right-?o|rightio|righty-?ho|sound"
    r"|ja|klar|gerne?|bitte|danke|also|dann|einfach|doch|sorry|gut|super|prima|k[öo]nnen wir|sie k[öo]nnen|ruhig"
    r"|oui|bien s[uû]r|d'?accord|merci|svp|s'?il vous pla[iî]t|alors|donc|bon|vous pouvez|on peut|parfait"
    r"|s[ií]|claro|vale|gracias|por favor|pues|bueno|entonces|puedes|puede|podemos|perfecto"
    r"|sim|obrigad[oa]|ent[aã]o|bom|pode|podemos|t[aá]|perfeito"
    r"|s[iì]|certo|grazie|per favore|allora|bene|va bene|pure|pu[oò]|puoi|possiamo|perfetto"
    r"|prima|graag|dank je|dank u|bedankt|alsjeblieft|maar|goed|hoor|u|je|mag|hoor|hoi"
)


def _phrases(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w'])(?:{pattern})(?![\w'])")


_AGREEING_RE, _SOFTENING_RE, _GOING_ON_RE, _FILLING_RE = map(_phrases, (_AGREEING, _SOFTENING, _GOING_ON, _FILLING))
# A request to go on is a few words; a longer message says something else too.
CARRY_ON_WORDS = 10


def only_filling(text: str) -> bool:
    """Whether ``text`` is only words that fill a reply ("thanks", "gracias", "please"): "no, thanks" is a bare no,
    "no, we need signage" is not."""
    return not re.search(r"\w", _FILLING_RE.sub(" ", text.casefold()))


def _carrying_on(text: str) -> tuple[bool, bool] | None:
    """(agrees, asks to go on) for a reply made only of the phrases above; None when it says anything else."""
    lower = text.casefold().replace("’", "'").replace("`", "'")
    if re.search(r"[\d@]", lower) or len(lower.split()) > CARRY_ON_WORDS:
        return None
    agrees = bool(_AGREEING_RE.search(lower))
    rest = _AGREEING_RE.sub(" ", lower)
    goes_on = bool(_GOING_ON_RE.search(rest))
    rest = _GOING_ON_RE.sub(" ", rest)
    softened = bool(_SOFTENING_RE.search(rest))
    rest = _FILLING_RE.sub(" ", _SOFTENING_RE.sub(" ", rest))
    if re.search(r"\w", rest) or (softened and not goes_on):
        # Words of their own ("no worries, we have no budget"), or a bare "not at all": no mere carrying on.
        return None
    return (agrees, goes_on) if agrees or goes_on else None


def carries_on(text: Text | str) -> bool:
    """Whether a reply to a question only says "go on": relaxed agreement ("no problem", "no worries", "kein
    Problem", "pas de souci", "sin problema"), a word to go on ("let's continue", "weiter", "on continue",
    "sigue"), or both, with a softener before a word to go on ("not at all, go ahead", "nada, sigue")."""
    return _carrying_on(text.original if isinstance(text, Text) else text) is not None


def asks_to_carry_on(text: Text | str) -> bool:
    """``carries_on``, with a word to go on in it: "no worries, let's continue" asks to go on; "no problem"
    alone (said to "I'll stop here") only agrees."""
    read = _carrying_on(text.original if isinstance(text, Text) else text)
    return read is not None and read[1]


# A refusal that names what it refuses, and when ("I'd rather not give the company name yet", "je préfère ne pas dire le
# nom pour l'instant", "ich möchte den Namen lieber noch nicht nennen", "prefiero no dar el nombre por ahora", "prefiro
# não dizer o nome por enquanto", "preferisco non dire il nome per ora", "ik noem de naam liever nog niet"): a skip too.
# Only the verbs of telling and the words of what a question asks: "I'd rather not say the name is important, it's
# Acme" says more, and is read for what it says.
_WHAT = (r"(?: (?:the|my|our|its|it|that|this|you|den|die|das|meinen|meine|unseren|unsere|ihnen|le|la|les|mon|ma|notre"
         r"|el|mi|nuestro|nuestra|o|a|meu|minha|nosso|nossa|il|lo|mio|mia|nostro|nostra|de|het|mijn|onze|ons)| l')*"
         r"(?: ?(?:company'?s?|business|firm|name|budget|figure|number|amount|details|info|email|phone number"
         r"|namen|firma|firmennamen|firmenname|zahl|betrag|angaben|nom|entreprise|soci[ée]t[ée]|chiffre|montant"
         r"|nombre|empresa|presupuesto|cifra|importe|nome|or[çc]amento|valor|azienda|importo|naam|bedrijf|bedrijfsnaam|bedrag"
         r"|cijfer|de (?:l'entreprise|la soci[ée]t[ée]|la empresa|mi empresa)|da empresa|dell'azienda|van het bedrijf))*")
_WHEN = (r"(?: (?:yet|just yet|for now|right now|at this (?:point|stage)|at the moment|now|vorerst|jetzt|erstmal|erst mal"
         r"|im moment|momentan|pour l'instant|pour le moment|tout de suite|encore|por ahora|todav[ií]a|a[uú]n|de momento"
         r"|por el momento|por enquanto|por agora|ainda|por ora|per ora|per adesso|ancora|per il momento|al momento"
         r"|voorlopig|nu|nog even))*")
_REFUSED = (
    rf"(?:i'?d |i would )?(?:rather|prefer) not(?: to)? (?:say|give|share|tell|disclose|reveal|name|mention){_WHAT}{_WHEN}"
    rf"|(?:ich )?(?:m[öo]chte|w[üu]rde|will){_WHAT}(?: lieber)?(?: noch)? nicht (?:nennen|sagen|angeben|verraten|mitteilen){_WHEN}"
    rf"|(?:den|die|das|meinen|meine|unseren|unsere)(?: (?:namen|firma|firmennamen|firmenname|zahl|betrag|angaben|budget))+"
    rf" (?:nenne|sage|verrate) ich(?: lieber)?(?: noch)? nicht{_WHEN}"
    rf"|je pr[ée]f[èe]re ne pas (?:encore )?(?:le |la |les |l')?(?:dire|donner|communiquer|indiquer|partager|pr[ée]ciser){_WHAT}{_WHEN}"
    rf"|prefiero no (?:dar|decir|compartir|revelar|indicar)(?:lo|la)?{_WHAT}{_WHEN}"
    rf"|(?:ainda )?prefiro n[aã]o (?:dizer|dar|partilhar|compartilhar|revelar|informar){_WHAT}{_WHEN}"
    rf"|preferisco non (?:dire|dare|condividere|rivelare|indicare)(?:lo|la)?{_WHAT}{_WHEN}"
    rf"|(?:ik )?(?:noem|zeg|geef|deel){_WHAT}(?: liever)?(?: nog)? niet{_WHEN}"
)
# Skipping a question, in the bot's seven languages: "skip", "pass", "next question", "rather not say", "überspringen",
# "passer", "saltar", "pular", "salta", "overslaan". A reading for a free-text field (the company, the name) takes any
# words for its value, so a reply made only of these must be read as what it is before that reading.
_SKIP = (
    r"skip(?: (?:it|this|that|this one|that one|this question|that question|for now))?|pass|i'?ll pass|next(?: question)?"
    r"|(?:i'?d )?(?:rather|prefer) not(?: to)?(?: say| answer| tell| share)?(?: (?:it|that|this))?|no comment|not telling"
    r"|[üu]berspringen|[üu]berspringe|[üu]berspring(?: das| die frage)?|n[äa]chste frage|keine angabe|lieber nicht(?: sagen| angeben)?"
    r"|passer|je passe|on passe|question suivante|suivante?|je pr[ée]f[èe]re ne pas (?:r[ée]pondre|le dire)|sans r[ée]ponse"
    r"|saltar(?: (?:esta|esa|esta pregunta))?|s[aá]ltala|s[aá]ltatela|paso|siguiente(?: pregunta)?|prefiero no (?:decirlo|responder|contestar)"
    r"|pular(?: (?:esta|essa|esta pergunta|essa pergunta))?|passo|pr[oó]xima(?: pergunta)?|prefiro n[aã]o (?:dizer|responder)"
    r"|salta(?: (?:questa|questa domanda))?|saltiamo|passiamo|prossima(?: domanda)?|preferisco non (?:dirlo|rispondere)"
    r"|overslaan|sla (?:maar )?over|volgende(?: vraag)?|liever niet(?: zeggen)?|zeg ik liever niet|geen antwoord"
    rf"|{_REFUSED}"
)
_SKIP_RE = re.compile(
    rf"\W*(?:(?:ok|okay|hmm+|sorry|please|bitte|alors|pues|então|allora|dan|euh|uhm?)\W+)*(?:{_SKIP})"
    rf"(?:\W+(?:please|thanks|bitte|danke|merci|s'?il vous pla[iî]t|por favor|gracias|obrigad[oa]|grazie|per favore|graag|bedankt))?\W*"
)


def skips(text: Text | str) -> bool:
    """Whether a reply only asks to skip the question ("skip", "rather not say", "überspringen", "passer", "saltar")."""
    lower = (text.original if isinstance(text, Text) else text).casefold().replace("’", "'").strip()
    return len(lower) <= 80 and bool(_SKIP_RE.fullmatch(lower))


# A bare acknowledgement, in the seven languages: "ok", "alright", "got it", "alles klar", "d'accord", "vale", "tá bom",
# "va bene", "oké". It takes note of what was said; it agrees to nothing that was not asked (after "If you'd like a
# call after all, I'll ask again", "ok" asks for no call). A yes ("yes", "sure", "ja", "oui", "sí") is no mere
# acknowledgement, nor is a word of its own ("ok, book a call").
_ACKNOWLEDGING = (
    r"ok(?:ay|ey|ie)?|k|kk|okidoki|alright|all right|fine|got it|gotcha|understood|i see|noted|fair enough|right"
    r"|cool|good|great|perfect"
    r"|alles klar|in ordnung|verstanden|gut|na gut|okay dann"
    r"|d'?accord|entendu|compris|je vois|tr[eè]s bien|bon"
    r"|vale|de acuerdo|entendido|entiendo|ya veo|bueno|est[aá] bien"
    r"|t[aá](?: bom)?|est[aá] bem|entendi|entendido|combinado|beleza"
    r"|va bene|d'?accordo|capito|ho capito|intesi|bene"
    r"|oke|ok[eé]|prima|begrepen|duidelijk|helder|goed|ik snap het"
)
_THANKING = r"thanks|thank you|thx|ty|cheers|danke|merci|gracias|obrigad[oa]|grazie|bedankt|dank je|dank u"
_ACKNOWLEDGES = re.compile(
    rf"\W*(?:(?:{_ACKNOWLEDGING})\W+)*(?:{_ACKNOWLEDGING})(?:\W+(?:{_THANKING}|then|dann|alors|pues|ent[aã]o|allora|dan))*\W*")


def acknowledges_only(text: Text | str) -> bool:
    """Whether a reply only takes note ("ok", "alright, thanks", "alles klar", "d'accord", "vale", "tá bom", "va
    bene", "oké"): no yes, no no, nothing of its own."""
    lower = (text.original if isinstance(text, Text) else text).casefold().replace("’", "'").strip()
    return len(lower) <= 40 and bool(_ACKNOWLEDGES.fullmatch(lower))


# Consent given after a no to keeping contact details ("ok fine, you can keep my details actually", "Sie dürfen meine
# Daten doch speichern", "vous pouvez garder mes coordonnées finalement"): the details named with a verb of keeping
# allowed, or an agreement said with a word of a mind changed. Issue 14: after the close, it got "Sorry, I didn't
# quite get that". Compared by ``plain`` (no accents). Not consent: a no before it ("you can't keep my data").
_KEEP_ALLOWED = re.compile(
    r"(?<![\w'])(?:you can|you may|feel free to|ok to|okay to|go ahead and) (?:keep|store|save|have|use) my"
    r" (?:details|data|email|e-mail|contact details|info|information)"
    r"|(?:sie durfen|sie konnen|ihr durft|ihr konnt) (?:\w+ ){0,2}(?:meine|die) (?:daten|kontaktdaten|e-mail|email)"
    r"|vous pouvez (?:\w+ )?(?:garder|conserver|enregistrer|prendre) mes (?:donnees|coordonnees|infos|informations|email|e-mail|mail)"
    r"|(?:pueden|puede|podeis) (?:\w+ )?(?:guardar|conservar|usar|tener) mis (?:datos|datos de contacto|email|correo)"
    r"|(?:podem|pode|podes) (?:\w+ )?(?:guardar|manter|usar|ficar com) (?:os )?(?:meus|seus) (?:dados|contactos|contatos|email|e-mail)"
    r"|(?:potete|puo|puoi) (?:\w+ )?(?:tenere|conservare|salvare|usare) (?:i )?miei (?:dati|contatti|email|recapiti)"
    r"|(?:u mag|u kunt|je mag|jullie mogen) (?:\w+ ){0,2}(?:mijn|de) (?:gegevens|contactgegevens|e-mail|email)")
_AGREE_AFTER_ALL = re.compile(
    r"(?<![\w'])(?:i agree after all|ok,? i agree then|i'?ll agree then|i do agree|i consent after all"
    r"|ich bin doch einverstanden|doch einverstanden|ok,? dann einverstanden"
    r"|finalement j'accepte|j'accepte finalement|finalement je suis d'accord|je suis d'accord finalement"
    r"|al final acepto|acepto al final|bueno,? acepto|pensandolo bien,? acepto"
    r"|afinal aceito|aceito afinal|pensando bem,? aceito|afinal concordo"
    r"|alla fine accetto|accetto alla fine|ripensandoci,? accetto|va bene,? accetto"
    r"|toch akkoord|ik ga toch akkoord|ik ga alsnog akkoord|oke,? dan toch wel akkoord)(?![\w'])")
_NOT_BEFORE = re.compile(r"(?<![\w'])(?:not|can'?t|cannot|don'?t|nicht|pas|no|nao|non|niet|geen)(?: \w+){0,1} ?$")


def gives_consent_after_all(text: str) -> bool:
    """Whether ``text``, after a no to keeping contact details, gives the consent after all ("ok fine, you can keep
    my details actually", "vous pouvez garder mes coordonnées finalement", "ik ga toch akkoord")."""
    said = " ".join(plain(text).replace("\u2019", "'").split())
    if not said or len(said.split()) > 25:
        return False
    for pattern in (_KEEP_ALLOWED, _AGREE_AFTER_ALL):
        found = pattern.search(said)
        if found is not None and not _NOT_BEFORE.search(said[: found.start()]):
            return True
    return False
