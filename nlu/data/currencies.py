"""Every currency's symbols and names as CLDR (through babel) writes them, for the readers of money.

Built on first use from the locale data babel ships (nothing is downloaded) and kept for the process:

- ``symbols()``: each symbol a currency is written with in a country that uses it ("Ksh" in en_KE, "TSh" in sw,
  "RM" in ms, "Rp" in id, "GH₵" in en_GH, "₦", "Kč"), and every current currency's symbol in English and our seven
  languages ("₩", "₫", "NT$"), each with the currencies written so ("kr": DKK, NOK, SEK);
- ``names()``: each currency's name, singular and plural, in English and our seven languages ("ghanaian cedis",
  "chelines kenianos", "Kenia-Schilling" as "kenia-schilling"), and each name's head word ("cedis", "shillings",
  "chelines"), the word a visitor says alone ("20k cedis a month"), each with the currencies it names.

Only currencies some country uses today are read: no Deutsche Mark, no escudo.
"""

from __future__ import annotations

import json
import pickle
import re
from collections import defaultdict
from functools import lru_cache
from pathlib import Path

LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl")

# Latin letters written as a currency's symbol that are, as written, something else in a visitor's chat: the French
# article ("Le 5 mars"), the Scandinavian one ("den 5. maj"), kilometres ("500 KM"), a football club ("FC 2000"), and
# "SR", which Saudi visitors write for the riyal where CLDR has the Seychelles rupee. One letter alone ("K", "P",
# "Q", "L") is a size, a priority, a quarter or litres far more often than money; the rand's "R" is read apart
# (``nlu.money._rand``).
# "MTn" (the metical) is also a telecom's name where it is used ("MTN 500 bundle").
_HELD_BACK = frozenset({"le", "den", "km", "fc", "sr", "mtn"})

# Head words that are ordinary words too ("won" a verb, "real" an adjective, "rand" and "lev" names, "pound" a
# weight, "mark" a verb, "sol" the sun, "peso" a weight in Spanish and Portuguese): read as money only where a figure
# said right before makes them so (``weak``).
_WEAK_HEADS = frozenset({
    "won", "real", "reals", "mark", "marks", "rand", "lek", "leke", "kip", "kips", "som", "soms", "sum", "sums", "dram",
    "drams", "leu", "lei", "lev", "leva", "pound", "pounds", "sol", "soles", "dong", "dongs", "peso", "pesos", "franc",
    "francs", "leone", "leones", "colón", "colon", "colones", "córdoba", "cordoba", "córdobas", "balboa", "balboas",
    "guaraní", "guarani", "guaranís", "guaranies", "boliviano", "bolivianos", "quetzal", "quetzales", "lempira", "lempiras",
    "dobra", "dobras", "pula", "loti", "maloti", "kina", "tala", "vatu", "lari", "kwanza", "kwanzas", "escudo", "escudos",
    "afghani", "afghanis", "manat", "denar", "denars", "dinar", "dinars", "metical", "birr", "tenge", "taka", "riel",
    "kyat", "ariary", "naira", "cedi", "rupee", "dollar", "dollars", "euro", "euros", "rial", "riyal", "ringgit", "baht",
    "crown", "crowns", "kroner", "krone", "krona", "kronor", "lira", "lire", "shilling", "shillings", "rupees",
})

_ISO = re.compile(r"[A-Z]{3}")


def _fold(text: str) -> str:
    """Lower case and without the right-to-left mark CLDR writes in Arabic symbols; the cent sign "¢" typed for a
    currency sign no keyboard has ("GH¢" for "GH₵") is read as that sign."""
    return text.replace("\u200f", "").replace("\u200b", "").replace("¢", "₵").strip().lower()


@lru_cache(maxsize=1)
def _in_use() -> tuple[dict[str, frozenset[str]], frozenset[str]]:
    """Each territory's currencies in use today, and every currency some territory uses today."""
    from babel.core import get_global

    by_territory = {territory: frozenset(code for code, _start, end, tender in spans if tender and end is None)
                    for territory, spans in get_global("territory_currencies").items()}
    return by_territory, frozenset().union(*by_territory.values())


def _territory(locale_id: str) -> str | None:
    parts = locale_id.split("_")
    return parts[-1] if len(parts) >= 2 and re.fullmatch(r"[A-Z]{2}|\d{3}", parts[-1]) else None


# Reading every locale's file takes babel a second or two, which the first visitor's message would wait for: the table
# is kept here as babel built it (``python -m nlu.data.currencies`` writes it again; a test checks it is what the
# installed babel gives).
SHIPPED = Path(__file__).with_name("currency_symbols.json")


@lru_cache(maxsize=1)
def _symbol_table() -> tuple[dict[str, frozenset[str]], frozenset[str], dict[tuple[str, str], int]]:
    """Each symbol (folded) with its currencies, the symbols as CLDR writes them (their case), and how many locales
    write each symbol for each currency (which of a symbol's currencies is the usual one): as shipped, else built."""
    if SHIPPED.exists():
        data = json.loads(SHIPPED.read_text(encoding="utf-8"))
        return ({symbol: frozenset(codes) for symbol, codes in data["symbols"].items()}, frozenset(data["written"]),
                {(symbol, code): count for symbol, code, count in data["counts"]})
    return build_symbols()


def build_symbols() -> tuple[dict[str, frozenset[str]], frozenset[str], dict[tuple[str, str], int]]:
    """The symbol table from the locale data of the installed babel."""
    from babel import localedata

    by_territory, current = _in_use()
    identifiers = localedata.locale_identifiers()
    territories_of: dict[str, set[str]] = defaultdict(set)
    for identifier in identifiers:
        if (territory := _territory(identifier)) is not None:
            territories_of[identifier.split("_")[0]].add(territory)
    found: dict[str, set[str]] = defaultdict(set)
    written: set[str] = set()
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for identifier in identifiers:
        # (each file's own entries: a country's locale writes only what differs from its language's; read from the
        # file, not through babel's cache, which would keep them unmerged for every other reader of that locale)
        with open(localedata.resolve_locale_filename(identifier), "rb") as file:
            data = pickle.load(file)  # noqa: S301 - babel's own locale data, as babel reads it
        territory = _territory(identifier)
        language = identifier.split("_")[0]
        if language in LANGUAGES and territory is None:
            used = current
        else:
            territories = {territory} if territory else territories_of.get(language, set())
            used = frozenset().union(*(by_territory.get(t, frozenset()) for t in territories))
        for code, symbol in (data.get("currency_symbols") or {}).items():
            folded = _fold(symbol)
            if code not in used or not folded or _ISO.fullmatch(symbol) or folded in _HELD_BACK:
                continue
            if folded.isalpha() and folded.isascii() and len(folded) == 1:
                continue
            found[folded].add(code)
            written.add(symbol.replace("\u200f", "").strip())
            # (the seven languages' own files, which write the world's currencies, weigh more than one country's)
            counts[(folded, code)] += 10 if used is current else 1
    return {symbol: frozenset(codes) for symbol, codes in found.items()}, frozenset(written), dict(counts)


def symbols() -> dict[str, frozenset[str]]:
    """Each symbol (folded: lower case) and the currencies written with it where they are used, or anywhere in
    English and our seven languages."""
    return _symbol_table()[0]


def written_so(symbol: str) -> bool:
    """Whether a symbol is written with the case CLDR gives it ("Rp", "RM", "Ft"; not "rp", "FT")."""
    return symbol in _symbol_table()[1]


def usual(symbol: str, codes: frozenset[str]) -> str:
    """Of the currencies a symbol or name is shared by, the one most locales write so; for a name ("won": KPW, KRW),
    the one most locales write a symbol of (the Korean won's "₩" in every language); then the first by code."""
    counts = _symbol_table()[2]
    return max(sorted(codes), key=lambda code: (counts.get((symbol, code), 0), _written_for().get(code, 0)))


@lru_cache(maxsize=1)
def _written_for() -> dict[str, int]:
    """How many locales write a symbol of each currency, weighted as ``_symbol_table`` weighs them."""
    totals: dict[str, int] = defaultdict(int)
    for (_symbol, code), count in _symbol_table()[2].items():
        totals[code] += count
    return dict(totals)


def candidates(word: str) -> frozenset[str]:
    """Every currency a folded symbol, name or head word may be ("kr": DKK, NOK, SEK; "shillings": KES, SOS, TZS, UGX)."""
    whole, heads = names()
    table = symbols()
    # (a symbol with or without its full stop is the same: Sri Lanka's "Rs." is written "Rs" too)
    said = table.get(word.rstrip("."), frozenset()) | table.get(word.rstrip(".") + ".", frozenset())
    return said | whole.get(word, frozenset()) | heads.get(word, frozenset())


# Words that open or close a name without being its head: "nouveau shekel", "nuevo sol", "franc CFA (BCEAO)", "gold"
# (a currency of gold, no one's budget), the other half of a country's name ("Bosnien und Herzegowina"), and the
# plural "sons" (Portuguese "som") and "bat" (Portuguese "baht"), English words first.
_NOT_HEADS = frozenset({"nouveau", "nouveaux", "nouvelle", "novo", "novos", "nova", "nuevo", "nuevos", "nueva", "nuovo",
                        "nuovi", "nuova", "nieuwe", "neuer", "neue", "gold", "bceao", "beac", "herzegowina", "herzegovina",
                        "sons", "bat", "bats", "de", "del", "du", "des"})


def _heads(name: str, language: str) -> list[str]:
    """The head word of a currency's name: the last word in English, German and Dutch (a German compound's part after
    its hyphen), the first in French, Spanish, Italian and Portuguese ("chelín keniano")."""
    words = re.findall(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", name)
    if not words:
        return []
    head = words[0] if language in ("fr", "es", "it", "pt") else words[-1]
    return [head.split("-")[-1]] if head else []


@lru_cache(maxsize=1)
def names() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """Each currency's whole names (folded) and their head words, with the currencies each names."""
    from babel import localedata

    _by_territory, current = _in_use()
    whole: dict[str, set[str]] = defaultdict(set)
    heads: dict[str, set[str]] = defaultdict(set)
    for language in LANGUAGES:
        data = localedata.load(language)
        singular = data.get("currency_names") or {}
        plural = data.get("currency_names_plural") or {}
        for code in current:
            said = [singular.get(code), *(plural.get(code) or {}).values()]
            for name in filter(None, said):
                folded = _fold(name)
                if re.search(r"\(|\d", folded):
                    continue  # "dollar (1998-)", a name of a period: not what a visitor writes
                whole[folded].add(code)
                for head in _heads(folded, language):
                    if len(head) > 2 and head not in _NOT_HEADS:
                        heads[head].add(code)
    return ({name: frozenset(codes) for name, codes in whole.items() if " " in name or "-" in name},
            {head: frozenset(codes) for head, codes in heads.items()})


def weak(word: str) -> bool:
    """Whether a currency's head word is an ordinary word too, read as money only next to a figure."""
    return word in _WEAK_HEADS


def shipped_form() -> str:
    """The symbol table as the shipped file holds it, built from the installed babel."""
    symbols_, written, counts = build_symbols()
    return json.dumps({"symbols": {symbol: sorted(codes) for symbol, codes in sorted(symbols_.items())},
                       "written": sorted(written),
                       "counts": sorted([symbol, code, count] for (symbol, code), count in counts.items())},
                      ensure_ascii=False, sort_keys=True) + "\n"


if __name__ == "__main__":
    SHIPPED.write_text(shipped_form(), encoding="utf-8")
