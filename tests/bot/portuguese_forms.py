"""Forms only one side of the Atlantic writes, for checking what the bot says to a Brazilian or a Portuguese visitor.

Kept apart from the product's own markers (``bot.actions.language``), which read what visitors write: these read
what the bot writes, so a test does not check the product with the product's own list.
"""

from __future__ import annotations

import re

# What a Brazilian would never read from a Brazilian company: Portugal's words, "a sua" (Brazil drops the article),
# "lhe" (Brazil says "para você"), "até à/ao" (Brazil: "até a/o"), "estou a fazer" (Brazil: "estou fazendo").
EUROPEAN_ONLY = {
    "equipa": r"\bequipas?\b",
    "percebi": r"\bpercebi(?:do)?\b",
    "a sua": r"(?<![\w-])a sua\b",
    "lhe": r"-lhes?\b|\blhes?\b",
    "até à": r"\baté (?:à|ao|aos|às)\b",
    "estou a": r"\b(?:estou|está|estamos|estão|estava) a \w+(?:ar|er|ir)\b",
    "contacto": r"\bcontact(?:o|os|ar|á-lo|ou)\b",
    "connosco": r"\bconnosco\b|\bconvosco\b",
    "faturação": r"\bfaturação\b",
    "telemóvel": r"\btelemóve(?:l|is)\b",
    "vosso": r"\bvoss[oa]s?\b",
    "registar": r"\bregist(?:ar|o)\b",
}
# What a Portuguese would never read from a Portuguese company.
BRAZILIAN_ONLY = {
    "equipe": r"\bequipes?\b",
    "entendi": r"\bentendi\b",
    "contato": r"\bcontatos?\b",
    "faturamento": r"\bfaturamento\b",
    "agendar": r"\bagend(?:ar|ada|ado|ou)\b",
    "a gente": r"\ba gente\b",
    "para você": r"\bpara você\b",
    "celular": r"\bcelular\b",
    "estou fazendo": r"\b(?:estou|está|estamos|estão) \w+ndo\b",
    "ligação": r"\bligação\b",
}


def found(forms: dict[str, str], text: str) -> list[str]:
    """The names of the ``forms`` that ``text`` has."""
    return [name for name, pattern in forms.items() if re.search(pattern, text, re.I)]
