"""Regenerate the tables ``nlu.typos`` reads: the long words the extractor's readers know, and the real words one
typo away from one of them.

Run by a developer, never at run time: ``python nlu/data/build_typos.py`` after changing the readers' words. It
reads the string constants of ``nlu/*.py`` (docstrings left out): a regular expression's words are enumerated from
its parse tree (``"geschäftsf(?:ü|ue)hrer(?:in)?"`` gives geschäftsführer, geschäftsfuehrer, geschäftsführerin,
geschäftsfuehrerin), any other string is split into words. It needs the spelling word lists Debian ships for the
seven languages (``apt-get install wamerican wbritish wngerman wfrench wspanish witalian wportuguese wbrazilian
wdutch``): a real word one edit from a known one ("manger" from "manager", "former" from "farmer"), or a place of
``places.tsv`` ("Alemania" from "alemana"), is no typo and is written to ``near_words.txt`` so it is never corrected. The output is sorted text, one word a line.
"""

from __future__ import annotations

import ast
import re
import sys
import unicodedata
from pathlib import Path

try:  # Python 3.11 moved it
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - 3.10
    import sre_parse  # type: ignore[no-redef]

HERE = Path(__file__).resolve().parent
NLU = HERE.parent
MIN_LETTERS = 6
DICTIONARIES = (
    "american-english",
    "british-english",
    "ngerman",
    "french",
    "spanish",
    "italian",
    "portuguese",
    "brazilian",
    "dutch",
)
_WORD = re.compile(r"[^\W\d_]+")
_REGEX_SIGNS = re.compile(r"\\[bswdW]|\(\?|[|\[\]()]|[+*?]\)?")
_CAP = 512
_BREAK = "\x00"


def _expand(items: list, depth: int = 0) -> set[str]:
    """The strings a parsed sequence matches, letters only, with a break where anything else may stand."""
    results = {""}
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            part = {chr(av)}
        elif name == "SUBPATTERN":
            part = _expand(list(av[-1]), depth + 1)
        elif name == "BRANCH":
            part = set()
            for branch in av[1]:
                part |= _expand(list(branch), depth + 1)
        elif name == "IN":
            chars = [chr(a) for o, a in av if str(o) == "LITERAL"]
            part = set(chars) if len(chars) == len(av) and 0 < len(chars) <= 4 else {_BREAK}
        elif name in ("MAX_REPEAT", "MIN_REPEAT"):
            low, high, sub = av
            inner = _expand(list(sub), depth + 1)
            part = ({""} | inner) if (low, high) == (0, 1) else (inner if (low, high) == (1, 1) else {_BREAK})
        elif name in ("ASSERT", "ASSERT_NOT"):
            _collect(_expand(list(av[1]), depth + 1))
            part = {_BREAK}
        else:
            part = {_BREAK}
        if len(results) * len(part) > _CAP:
            _collect(results)
            _collect(part)
            results = {_BREAK}
            continue
        results = {a + b for a in results for b in part}
    return results


_FOUND: set[str] = set()


def _collect(strings: set[str]) -> None:
    for string in strings:
        for word in _WORD.findall(string.replace(_BREAK, " ")):
            _FOUND.add(word.lower())


def _regex_words(source: str) -> bool:
    try:
        parsed = sre_parse.parse(source)
    except Exception:  # a fragment of a pattern joined at run time: read its words as written
        return False
    _collect(_expand(list(parsed)))
    return True


def _constants(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                docstrings.add(id(first.value))
    return [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
    ]


def _read_all() -> set[str]:
    _FOUND.clear()
    for path in sorted(NLU.glob("*.py")):
        if path.name == "typos.py":
            continue
        for value in _constants(path):
            if not (_REGEX_SIGNS.search(value) and _regex_words(value)):
                _collect({value})
    return set(_FOUND)


# Numbers in words, which text2num reads from tables of its own (compiled, so not read here).
NUMBER_WORDS = """
eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy
eighty ninety hundred hundreds thousand thousands million millions billion
dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn zwanzig dreißig dreissig vierzig fünfzig sechzig
siebzig achtzig neunzig hundert tausend million millionen milliarde
quatorze quinze treize trente quarante cinquante soixante centaine milliers millier million millions milliard
catorce quince dieciséis diecisiete dieciocho diecinueve veinte treinta cuarenta cincuenta sesenta setenta ochenta
noventa cientos millón millones
quattordici quindici sedici diciassette diciotto diciannove venti trenta quaranta cinquanta sessanta settanta
ottanta novanta milione milioni miliardo
catorze quinze dezesseis dezasseis dezessete dezassete dezoito dezenove dezanove vinte trinta quarenta cinquenta
sessenta setenta oitenta noventa milhão milhões
dertien veertien vijftien zestien zeventien achttien negentien twintig dertig veertig vijftig zestig zeventig tachtig
negentig honderd duizend miljoen miljard
""".split()


def keywords() -> list[str]:
    return sorted({w for w in _read_all() | set(NUMBER_WORDS) if len(w) >= MIN_LETTERS and w.isalpha()})


def _plain(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word.replace("ß", "ss")) if not unicodedata.combining(c))


def _spelt(word: str) -> str:
    return _plain(word.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue"))


def accents(real: set[str]) -> list[tuple[str, str]]:
    """(as typed without accents, the readers' word) for each readers' word of four letters or more with accents,
    typed with none or with German's umlauts spelt out, where what is typed is no real word and no readers' word
    itself (Italian "vinicola" is no Portuguese "vinícola", Spanish "socios" no "sócios") and no other readers' word
    is typed the same."""
    found = _read_all()
    typed: dict[str, set[str]] = {}
    spelt_out: set[str] = set()
    for word in found:
        if len(word) < 4 or word.isascii() or not word.isalpha():
            continue
        for plain in {_plain(word), _spelt(word)}:
            if plain != word and plain.isascii():
                typed.setdefault(plain, set()).add(word)
        if _spelt(word) != _plain(word):
            spelt_out.add(_spelt(word))
    # German's umlauts spelt out ("maerz") are no word of another language, even where a phrase lists them
    return sorted(
        (plain, next(iter(words)))
        for plain, words in typed.items()
        if len(words) == 1 and plain not in real and (plain not in found or plain in spelt_out)
    )


def _edits(word: str) -> set[str]:
    letters = set("abcdefghijklmnopqrstuvwxyzäöüßéèêëàâáãçíìîïñóòôõúùûœ")
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    out = {a + b[1:] for a, b in splits if b}
    out |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    out |= {a + c + b[1:] for a, b in splits if b for c in letters}
    out |= {a + c + b for a, b in splits for c in letters}
    return out


def real_words() -> set[str]:
    real: set[str] = set()
    for name in DICTIONARIES:
        path = Path("/usr/share/dict") / name
        if not path.exists():
            sys.exit(f"{path} is missing: apt-get install the word lists named in this module's docstring")
        words = {line.strip().lower() for line in path.read_text(encoding="utf-8", errors="ignore").splitlines()}
        # The Spanish and Italian lists leave plurals out ("socio" but no "socios"): a plural is a word too.
        real.update(words, (w + "s" for w in words), (w + "es" for w in words))
    # The places of the place table are words too ("Alemania" is no typo of "alemana")
    for line in (HERE / "places.tsv").read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            real.update(_WORD.findall(line.split("\t", 1)[0].lower()))
    return real


def near_words(known: list[str], real: set[str]) -> list[str]:
    known_set = set(known)
    near = set()
    for word in known:
        near |= {e for e in _edits(word) if e in real and e not in known_set and len(e) >= MIN_LETTERS - 1}
    return sorted(near)


def given_names() -> set[str]:
    """The given names the identity reader knows: a name is no typo of another ("Maricel" is no "Marcel"), so none
    is a word a typo is read back to; they are written to ``near_words.txt`` with the real words."""
    sys.path.insert(0, str(NLU.parent))
    from nlu.identity import _GIVEN_NAMES  # noqa: PLC0415

    return {name.lower() for name in _GIVEN_NAMES}


def main() -> None:
    names = given_names()
    known = [word for word in keywords() if word not in names]
    (HERE / "keywords.txt").write_text("\n".join(known) + "\n", encoding="utf-8")
    real = real_words()
    near = sorted(set(near_words(known, real)) | {name for name in names if name.isalpha() and len(name) >= 4})
    (HERE / "near_words.txt").write_text("\n".join(near) + "\n", encoding="utf-8")
    typed = accents(real)
    (HERE / "accents.tsv").write_text("".join(f"{a}\t{b}\n" for a, b in typed), encoding="utf-8")
    print(f"{len(known)} keywords, {len(near)} real words one edit from one, {len(typed)} words typed without accents")


if __name__ == "__main__":
    main()
