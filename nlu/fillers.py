"""Words that say nothing around an answer: "hmm", "well,", "ok so", "naja", "alors", "bueno,", "allora", "então",
"nou" before it; "thanks!", "cheers", ":)", an emoji, "danke", "merci", "gracias", "grazie", "obrigado", "bedankt"
after it (issue 14, brittleness: bench/nlu_robustness.py's fillers broke 111 and 118 right answers; at the name and
company questions "Jane Doe thx" and "tbh Acme" were no name and no firm).

``trimmed(text)`` is the text without them, never empty: a message that is only a filler ("hmm", "thanks!") stays
as written, since at a question it is the answer (an unsure one, a thank-you).

A word that is also a name or that opens a phrase with a meaning is a filler only with a comma after it: "so, 3
months" but "so far no budget"; "well, 2 weeks" but "well over 50 people"; "ben, on verra" but "Ben from Acme";
"bon, 30 personnes" but "bon de commande". "ok" and "yes" are replies, never fillers, but "ok so" is one. A laugh
("lol what budget") and a wave ("this is Siobhan 👋") say something, and stay.
"""

from __future__ import annotations

import re

# Fillers before the answer that mean nothing whatever follows them, in the seven languages.
_BEFORE_ALWAYS = (
    r"h+m+|u+m+|u+h+|e+r+m+|e+h+m+|ä+h+m*|ö+h+m*|m{3,}|tbh|honestly|to be honest|ok(?:ay)? so|right so|anyway|"
    r"also|naja|na ja|tja|ehrlich gesagt|ok(?:ay)? also|"
    r"alors|euh+|bah|eh bien|bref|du coup|"
    r"bueno|pues(?: mira)?|a ver|"
    r"allora|beh|ehm|dunque|mah|insomma|"
    r"ent[ãa]o|olha|tipo|enfim|"
    r"nou(?: ja)?|dus|oké dus|ok[eé] dus"
)
# Fillers before the answer only with a comma after them: each is also a word or a name that opens a phrase.
_BEFORE_COMMA = r"so|well|oh|ah|eh|ben|bon|bem|bom|mira|ecco|pois|ok(?:ay)?"
_BEFORE = re.compile(
    rf"^\s*(?:(?:{_BEFORE_ALWAYS})(?:\s*[,.…:!-]+\s*|\s+)|(?:{_BEFORE_COMMA})\s*(?:,|\.{{2,}}|…)\s*)", re.IGNORECASE
)
_ONLY = re.compile(rf"\s*(?:{_BEFORE_ALWAYS}|{_BEFORE_COMMA})[\s,.…!?:-]*", re.IGNORECASE)
# (a wave is no filler: "this is Siobhan 👋" introduces the visitor)
_EMOJI = r"(?!\U0001F44B)[\U0001F300-\U0001FAFF\u2600-\u27BF]\ufe0f?"
_SMILEY = r"[:;]-?[)D(pP]|\^\^|<3"
# Sign-offs after the answer.
_AFTER_WORDS = (
    r"thanks?(?: you| a lot| so much)?|thx|cheers|tbh|"
    r"danke(?: dir| schön| sehr)?|viele grüße|liebe grüße|"
    r"merci(?: beaucoup)?|bonne journée|"
    r"gracias|saludos|un saludo|"
    r"grazie(?: mille)?|saluti|"
    r"obrigad[oa]|valeu|abraços?|"
    r"bedankt|dank je(?: wel)?|groetjes"
)
_AFTER = re.compile(rf"(?:[\s,.!;-]+(?:{_AFTER_WORDS})|\s*(?:{_EMOJI}|{_SMILEY}))[\s!.]*$", re.IGNORECASE)


def trimmed(text: str) -> str:
    """The text without the fillers before it and the sign-offs after it; the text as written when nothing else is
    left."""
    inner = text
    for _ in range(3):
        after = _AFTER.sub("", inner)
        m = _BEFORE.match(after)
        before = after[m.end() :] if m else after
        if before == inner:
            break
        inner = before
    # (a message of fillers alone, "hm, na ja", stays as written: nothing readable, no "ja" left over)
    return inner if re.search(r"\w", inner) and not _ONLY.fullmatch(inner) else text
