"""The closed-class words of each of the seven languages: what a short question is made of.

A chat's first message is often a short question ("sei un bot?", "ben je een
bot?", "c'est combien ?"): too few letters for lingua, which reads "sei un bot"
as German with 0.95. Such a question is mostly pronouns, forms of "to be" and
"to have", articles, prepositions and question words, and those are each
language's own. ``evidence`` counts them: a word several languages share ("un",
"la", "de") is worth a share of one word to each, so only a word or two that one
language alone writes ("sei", "jij", "você", "heiße") tells it.

The lists are the languages' grammar, not the wording of any test: pronouns,
copulas and auxiliaries in their present forms, articles and contractions,
prepositions, conjunctions, question words, negation, and the few verbs and
nouns of asking who one talks to ("speak", "person", "someone").
"""

from __future__ import annotations

import re
from functools import lru_cache

_WORDS = {
    "en": """
        i you he she it we they me him us them my your our their its is are am was were be been being do does did
        have has had can could will would should may might must the a an this that these those what who whom whose
        where when why how which there here and or but not no yes to of in on at for with from by about into
        anyone anybody someone somebody person human real talking speaking talk speak u r ur im youre whats
        """,
    "de": """
        ich du er sie es wir ihr mich dich mir dir uns euch ihnen mein meine meinen dein deine unser unsere euer eure
        bin bist ist sind seid war waren habe hast hat haben habt kann kannst können könnt konnen darf wird werden
        würde möchte möchten der die das den dem des ein eine einen einem einer eines kein keine keinen nicht was wer
        wen wem wo wohin woher wann warum wieso weshalb wie welche welcher welches hier und oder aber mit von zu zum
        zur für auf bei beim nach aus über im am ins vom um ob gibt eigentlich auch noch schon nur mal doch bitte
        spreche sprichst sprechen rede redest mensch echter jemand heiße heisse etwa ungefähr circa ca rund zwischen
        """,
    "fr": """
        je j tu il elle on nous vous ils elles moi toi lui leur leurs mon ma mes ton ta tes votre vos notre nos suis
        es est sommes êtes sont ai as avons avez ont peux peut pouvez pouvons le la les l un une des du de d au aux
        ce cet cette ces qui que qu quoi où quand pourquoi comment quel quelle quels quelles est-ce c'est c et ou à
        es-tu êtes-vous suis-je qu'est-ce pouvez-vous parlez-vous avez-vous
        mais pas ne n avec pour dans sur chez par oui non parle parles parlez parler humain personne quelqu'un
        vraiment combien y a-t-il t environ entre plus moins
        """,
    "es": """
        yo tú él ella nosotros nosotras vosotros ellos ellas usted ustedes me te se nos os mi mis tu tus su sus
        nuestro nuestra vuestro vuestra soy eres es somos sois son estoy estás está estamos están he has ha hemos
        han hay puedo puedes puede podemos el la los las lo un una unos unas del al a que qué quién quien quiénes dónde
        donde cuándo cuando cómo como cuál cuánto cuanto y o pero no sí con para por en de hablo hablas hablar
        hablando persona humano alguien verdad usáis cobráis más menos unos unas entre alrededor aproximadamente
        """,
    "pt": """
        eu tu você vocês voce voces ele ela nós eles elas me te se nos meu minha meus minhas seu sua nosso nossa
        vosso vossa sou és é somos são estou está estás estamos estão tenho tem temos têm posso pode podemos o a
        os as um uma uns umas do da dos das no na nos nas ao à que quem onde quando porque porquê como qual quanto
        e ou mas não nao sim com para por em de falo falar falando pessoa humano alguém alguem mais menos cerca entre pelo pela
        """,
    "it": """
        io tu lui lei noi voi loro mi ti ci vi si mio mia miei mie tuo tua suo sua nostro nostra vostro vostra
        sono sei è siamo siete ho hai ha abbiamo avete hanno posso puoi può possiamo il lo la i gli le l un uno una
        un' del dello della dei degli delle al allo alla ai agli alle che chi dove quando perché come quale quanto
        e o ma non sì con per in di da su parlo parli parlare parlando persona umano qualcuno davvero circa tra fra più meno
        """,
    "nl": """
        ik jij je u hij zij ze wij we jullie mij me mijn jouw jou uw ons onze hun ben bent is zijn was waren heb
        hebt heeft hebben kan kun kunt kunnen wil wilt de het een geen niet wat wie waar wanneer waarom hoe welke
        dit dat deze die en of maar met van voor op bij naar uit ook nog al wel ja nee spreek spreekt praat praten
        spreken mens iemand echt zo'n ongeveer rond tussen meer minder
        """,
}

_TOKEN = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*'?")


@lru_cache(maxsize=1)
def _shares() -> dict[str, tuple[tuple[str, float], ...]]:
    """Each word, with the languages that write it and the share of one word each gets."""
    by_word: dict[str, list[str]] = {}
    for code, words in _WORDS.items():
        for word in set(words.split()):
            by_word.setdefault(word, []).append(code)
    return {word: tuple((code, 1 / len(codes)) for code in codes) for word, codes in by_word.items()}


@lru_cache(maxsize=1024)
def _tokens(text: str) -> tuple[str, ...]:
    """The words of ``text`` in lower case, each split at an elision or hyphen it is not listed with; a capitalised
    word inside a sentence is a name's ("Ho Chi Minh City", "Chi Ha Cura"), not a function word."""
    shares = _shares()
    out: list[str] = []
    text = text.replace("’", "'")
    previous_end = -1  # -1: no word yet, so the first word starts a sentence
    for m in _TOKEN.finditer(text):
        token = m.group(0)
        starts_sentence = previous_end < 0 or any(c in ".!?¿¡:" for c in text[previous_end: m.start()])
        previous_end = m.end()
        if token[0].isupper() and not starts_sentence and not token.isupper():
            continue
        token = token.lower()
        out.extend((token,) if token in shares else (p for p in re.split(r"['-]", token) if p))
    return tuple(out)


def evidence(text: str) -> dict[str, float]:
    """How many closed-class words of ``text`` each language writes, a shared word split among its languages."""
    shares = _shares()
    found: dict[str, float] = {}
    for word in _tokens(text):
        for code, share in shares.get(word, ()):
            found[code] = found.get(code, 0.0) + share
    return found


def count(text: str, code: str) -> int:
    """How many closed-class words of ``text`` the language ``code`` writes (shared or its own)."""
    shares = _shares()
    return sum(1 for word in _tokens(text) if any(c == code for c, _ in shares.get(word, ())))
