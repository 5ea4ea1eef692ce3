"""The hello that opens the bot's greeting, in the register the visitor used.

Pure (no Rasa). The bot speaks formally in six of its languages (Sie, vous, usted, o senhor, Lei, u). "Buongiorno"
was answered "Ciao!" and then Lei: an informal hello before formal questions, to a visitor who greeted formally. A
visitor's time-of-day or formal greeting ("Buongiorno", "Guten Tag", "Bonsoir", "Buenos días", "Bom dia",
"Goedemorgen", "Good morning") is said back as theirs; any other hello opens with the language's own hello,
which is neutral or formal like the questions after it ("Salve!" in Italian, never "Ciao!").
"""

from __future__ import annotations

import re
import unicodedata

from nlu.language import GREETINGS as HELLOS

# Greetings that are formal, or name the time of day, said back as the visitor said them (accents restored).
FORMAL: dict[str, tuple[str, ...]] = {
    "en": ("Good morning", "Good afternoon", "Good evening"),
    "de": ("Guten Morgen", "Guten Tag", "Guten Abend", "Grüß Gott", "Grüss Gott"),
    "fr": ("Bonjour", "Bonsoir"),
    "es": ("Buenos días", "Buenas tardes", "Buenas noches"),
    "pt": ("Bom dia", "Boa tarde", "Boa noite"),
    "it": ("Buongiorno", "Buon giorno", "Buonasera", "Buona sera", "Salve"),
    "nl": ("Goedemorgen", "Goedemiddag", "Goedenavond", "Goedendag", "Goeiemorgen"),
}
# The hello at the start of the bot's greeting in each language ("Salve! Sono l'assistente ...").
_OPENING = re.compile(r"^\s*¡?[^!.?]{1,20}?\s?!\s*")


def _plain(text: str) -> str:
    lower = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in lower if not unicodedata.combining(c)).replace(",", " ").split())


def formal_greeting(text: str, lang: str) -> str | None:
    """The formal or time-of-day greeting ``text`` opens with, in ``lang`` and as the phrase is written ("Buongiorno",
    "Buenos días"), else None ("ciao", "hi", or no greeting at all)."""
    said = _plain(text)
    for phrase in FORMAL.get(lang, ()):
        plain = _plain(phrase)
        if said == plain or said.startswith(plain + " ") or said.startswith(plain + "!"):
            return phrase
    return None


def exclaimed(phrase: str, lang: str) -> str:
    """ "¡Buenos días!", "Bonsoir !", "Guten Tag!": a hello as the language punctuates it."""
    return f"¡{phrase}!" if lang == "es" else f"{phrase} !" if lang == "fr" else f"{phrase}!"


def in_their_register(greeting: str, said: str, lang: str) -> str:
    """``greeting`` (the bot's, in ``lang``) opening with the visitor's own formal hello when they used one."""
    theirs = formal_greeting(said, lang)
    if theirs is None or not _OPENING.match(greeting):
        return greeting
    return f"{exclaimed(theirs, lang)} {_OPENING.sub('', greeting, count=1)}"


# Hellos beyond each language's own (``nlu.language.GREETINGS``), as visitors write them.
_MORE_HELLOS = ("hey", "hiya", "heya", "howdy", "yo", "g'day", "gday", "greetings", "morning", "evening", "afternoon",
                "hoi", "hej", "grüezi", "gruezi", "servus", "moin", "buenas", "ola", "salut", "coucou", "ciao", "hola")


def opens_with_greeting(text: str) -> bool:
    """Whether ``text`` starts with a hello in one of the seven languages ("hi there", "Guten Tag", "bom dia,
    ..."): said as a greeting, not a reply that the classifier took for one ("Lisboa" to "Which city or time zone
    are you in?")."""
    said = _plain(text).replace("!", " ").replace(".", " ").split()
    phrases = {_plain(p) for hellos in HELLOS.values() for p in hellos} | set(_MORE_HELLOS)
    return any(said[:len(p.split())] == p.split() for p in phrases)


# Words a hello may carry around it and still be only a hello ("hi again", "hallo zusammen", "ciao a tutti").
_AROUND_A_HELLO = frozenset("again there everyone all guys folks team wieder zusammen allerseits nouveau tous "
                            "nuevo todos vez novo di nuovo tutti weer allemaal de a".split())
_HELLO_WORDS = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")


def only_greets(text: str, lang: str) -> str | None:
    """The hello to say back when ``text`` is nothing but a hello ("hello?", "ciao", "hallo zusammen", "buenas"),
    said mid-conversation; else None. "ciao", "salut", "buenas noches" greet or take leave: said back as the visitor
    wrote it ("Ciao!"), the answer is polite either way. A hello before anything else ("hi, we're 20 people") is no
    bare hello."""
    words = _HELLO_WORDS.findall(text)
    if not words or len(words) > 4 or any(c.isdigit() or c == "@" for c in text):
        return None
    said = _plain(" ".join(words)).split()
    phrases = sorted({_plain(p) for hellos in HELLOS.values() for p in hellos} | set(_MORE_HELLOS),
                     key=lambda p: -len(p.split()))
    for phrase in phrases:
        size = len(phrase.split())
        if said[:size] == phrase.split() and all(w in _AROUND_A_HELLO for w in said[size:]):
            hello = " ".join(words[:size])
            return exclaimed(hello[:1].upper() + hello[1:], lang)
    return None
