"""How brittle the extractor is: the same answer typed differently must be read the same (issue 14).

    .venv/bin/python bench/nlu_robustness.py                  # every readable labelled file, every variation
    .venv/bin/python bench/nlu_robustness.py --failures       # also print each variant that broke
    .venv/bin/python bench/nlu_robustness.py --kind lower --corpus tests/nlu/corpus.jsonl

For every answer of ``tests/nlu/corpus.jsonl`` and of the blind files we may read (every
``tests/nlu/blind/*.jsonl`` but the held-out batches 54, 56, 58, 60, 62 and 64, left out by name below and never
opened) that the extractor gets fully right today (``nlu.evaluation``, no language hint, as
``bench/nlu_accuracy.py`` scores), each variation below is applied on its own and the variant is scored with
the answer's own expectations. Printed per variation: how many of the right answers it applies to and how many
stay right. Deterministic: every random choice comes from a generator seeded with ``--seed``, the file and the
answer's id; no network, no clock.

The variations, each in the answer's language (its ``lang`` label, or the language ``nlu.language`` detects):

- ``lower``: all lower case, as typed in a chat. ``sentence_case``: only the first letter of each sentence lower.
- ``no_final_punct``: the final full stop, exclamation mark or ellipsis dropped.
- ``no_commas`` / ``no_full_stops``: the commas, or the full stops, between clauses and sentences dropped; never
  one between two figures ("5, 10", "2.5"), never the final one.
- ``no_accents``: the accents dropped as typed on a keyboard without them (é->e, ü->u, ç->c, ñ->n, ã->a, ß->ss);
  ``umlauts_spelled``: German's ä ö ü ß spelt ae oe ue ss (German answers only).
- ``filler_before`` / ``filler_after``: a word that says nothing before or after the message, in its language
  ("hmm", "well,", "ok so", "tbh", "naja", "alors", "bueno,", "allora", "então", "nou"; "thanks!", ":)", an emoji).
- ``typo_swap`` / ``typo_double`` / ``typo_drop``: one typo (two neighbouring letters swapped, one letter doubled,
  one dropped, never the first letter) in one word of six letters or more.
- ``double_space``: the spaces after a sentence's end and one other space between words doubled.
- ``line_break``: each space after a sentence's end a line break; ``lines_no_stops``: the sentence's full stop
  dropped too, one sentence a line, as chats are typed.
- ``joined_and``: two sentences joined as two clauses by the language's "and" (and, und, et, y/e, e, e, en).

What is kept as written, because changing it changes the answer or its expected value:

- The expected values themselves: a name, a firm, an e-mail address (their case is the value: "Globex" is not
  "globex"), and for typos every expected string found in the text (places, tools) too. A typo never touches a
  figure, a word with a digit, a place in ``nlu.places``' table, a tool alias of ``nlu.tools``, a capitalised word
  inside a sentence outside German (a name, a firm, a place), or a word in capitals or mixed case ("HubSpot").
- A variation that makes another real word is no variation of the same message: a typo or a dropped accent whose
  result is a word of the vocabulary (every word of the labelled files, every word of the extractor's own tables
  and patterns) is not made ("casual" -> "causal", "año" -> "ano", "zählen" -> "zahlen" stay as written).

Variations left out, and why they do not keep the meaning:

- Dropping a final question mark: "30k?" at the budget question is a guess asked back, "30k" a budget; "next
  month?" is unsure. The mark is the only sign of a question in a short answer.
- Dropping apostrophes: "we're" becomes "were", "we'll" "well", "it's" "its", "can't" "cant": other words.
- Upper case throughout: nobody types a whole answer so; it would only test acronym rules ("US" vs "us").
- Joining sentences where the second opens with a connector or a correction ("But", "Actually", "Sorry", "No"),
  where the first asks a question or is a greeting of one or two words: "and" would change what the second
  says of the first ("20k. Actually 30k" is a correction, "20k and actually 30k" is not clearly one).
- Fillers that are a reply ("ok", "yes", "sure", "no", "vale", "ja") alone before an answer: at a yes/no question
  they are the answer. "ok so" is kept: with "so" it opens a sentence.
- A typo in a number word, a name or a place: the bench cannot tell which typo still spells the same number or
  place to a reader; a typo in a figure changes the figure.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import unicodedata
from collections import defaultdict
from pathlib import Path
from typing import Any, Callable, Iterable

from nlu import extract
from nlu.evaluation import check, load, passes
from nlu.language import language

ROOT = Path(__file__).resolve().parent.parent

BLIND = ROOT / "tests" / "nlu" / "blind"
# Held out: never opened, never measured here (their figures come from bench/nlu_accuracy.py's summary lines only).
HELD_OUT = frozenset({"batch_54.jsonl", "batch_56.jsonl", "batch_58.jsonl", "batch_60.jsonl", "batch_62.jsonl", "batch_64.jsonl"})


def readable_files() -> list[Path]:
    blind = [p for p in sorted(BLIND.glob("*.jsonl")) if p.name not in HELD_OUT]
    return [ROOT / "tests" / "nlu" / "corpus.jsonl", *blind]


# ---------------------------------------------------------------------------------------------------------------------
# The languages' own words

AND = {"en": "and", "de": "und", "fr": "et", "es": "y", "it": "e", "pt": "e", "nl": "en"}

FILLERS_BEFORE = {
    "en": ("hmm", "well,", "ok so", "tbh", "also", "so", "um", "honestly"),
    "de": ("also", "naja", "hmm", "ähm", "ok also", "tja"),
    "fr": ("alors", "bon", "euh", "bah", "ben", "hmm"),
    "es": ("bueno,", "pues", "mmm", "a ver,", "hmm", "pues mira,"),
    "it": ("allora", "beh", "ehm", "dunque", "mah", "hmm"),
    "pt": ("então", "bom,", "hmm", "olha,", "tipo", "bem,"),
    "nl": ("nou", "eh", "dus", "nou ja,", "hmm", "tja"),
}
FILLERS_AFTER = {
    "en": ("thanks!", ":)", "🙂", "cheers", "thx", "👍"),
    "de": ("danke!", ":)", "🙂", "lg", "danke dir", "👍"),
    "fr": ("merci !", ":)", "🙂", "merci", "bonne journée", "👍"),
    "es": ("gracias!", ":)", "🙂", "saludos", "gracias", "👍"),
    "it": ("grazie!", ":)", "🙂", "saluti", "grazie mille", "👍"),
    "pt": ("obrigado!", ":)", "🙂", "valeu!", "abraço", "👍"),
    "nl": ("bedankt!", ":)", "🙂", "groetjes", "dank je", "👍"),
}
# A second sentence opening with one of these is not joined by "and": it corrects, contrasts or adds to the first.
CONNECTORS = frozenset(
    """
and but also so plus or actually sorry oh btw anyway then because no wait nope yes yeah ok okay hi hello hey thanks
und aber also oder auch sorry eigentlich doch denn übrigens nein ja moment danke hallo
et mais donc aussi ou pardon bref enfin sinon car puis non oui merci bonjour salut
y e pero también o así perdón bueno pues entonces además no sí gracias hola
ma anche quindi scusa però allora comunque inoltre sì grazie ciao
mas ou então desculpa aliás porém além não sim obrigado olá oi
en maar ook of dus trouwens want nee ja bedankt hoi hallo
""".split()
)
ABBREVIATIONS = frozenset(
    "ltd inc approx ca co corp st vs etc mr mrs ms dr bzw usw env aprox sr sra sig dott nr no jr".split()
)

_WORD = re.compile(r"[^\W\d_]+")
_SENTENCE_END = re.compile(r"(?<=[^\s.!?])([.!?]+)(\s+)(?=[\"'(¿¡]?[^\W\d_])")
_FULL_STOP = re.compile(r"(?<=[^\s.!?])\.(\s+)(?=[\"'(¿¡]?[^\W\d_])")
_COMMA = re.compile(r"(?<!\d),(?=\s)|(?<=\d),(?=\s+[^\d\s])")
_FINAL = re.compile(r"[.!…]+\s*$")


# ---------------------------------------------------------------------------------------------------------------------
# What stays as written


def vocabulary(files: Iterable[Path]) -> tuple[frozenset[str], frozenset[str]]:
    """Every word of the labelled files and of the extractor's source (its tables and patterns), lower case; and
    the words written in lower case somewhere (a word that is no name wherever it stands)."""
    words: set[str] = set()
    lower: set[str] = set()
    for path in files:
        for example in load(path):
            for word in _WORD.findall(example["text"]):
                words.add(word.casefold())
                if word.islower():
                    lower.add(word)
    for source in sorted((ROOT / "nlu").glob("*.py")):
        for word in _WORD.findall(source.read_text(encoding="utf-8")):
            words.add(word.casefold())
    return frozenset(words), frozenset(lower)


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [v for v in value if isinstance(v, str)]
    return []


def protected_spans(text: str, expect: dict[str, Any], every_value: bool) -> list[tuple[int, int]]:
    """Where the expected values stand in the text: names, firms and e-mail addresses always; with
    ``every_value`` any expected string (a city, a tool's name)."""
    spans = []
    for path, expected in expect.items():
        key = path.split(".")[0].split(":")[0]
        if not every_value and key not in ("name", "company", "email"):
            continue
        for value in _strings(expected):
            for candidate in {value, value.replace("_", " "), value.replace("_", "")}:
                if len(candidate) < 2:
                    continue
                for m in re.finditer(re.escape(candidate), text, flags=re.IGNORECASE):
                    spans.append((m.start(), m.end()))
    for m in re.finditer(r"\S+@\S+|https?://\S+|www\.\S+", text):
        spans.append((m.start(), m.end()))
    return spans


def _abbreviation(text: str, index: int) -> bool:
    """Whether the full stop at ``index`` closes an abbreviation or an initial ("Ltd.", "e.g.", "J.")."""
    before = _WORD.findall(text[:index])
    return not before or len(before[-1]) == 1 or before[-1].casefold() in ABBREVIATIONS


def _ends(text: str) -> list[re.Match]:
    """The sentence ends of a text (no abbreviation's full stop)."""
    return [m for m in _SENTENCE_END.finditer(text) if not (m.group(1) == "." and _abbreviation(text, m.start()))]


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def _apply_outside(text: str, spans: list[tuple[int, int]], change: Callable[[str], str]) -> str:
    """``change`` applied to every part of the text outside the spans."""
    out, at = [], 0
    for s, e in sorted(spans):
        if s < at:
            s = at
        if e <= s:
            continue
        out.append(change(text[at:s]))
        out.append(text[s:e])
        at = e
    out.append(change(text[at:]))
    return "".join(out)


# ---------------------------------------------------------------------------------------------------------------------
# The variations: each takes (text, context) and gives the variant, or None where it does not apply


class Context:
    def __init__(
        self, example: dict[str, Any], lang: str, rng: random.Random, words: frozenset[str], lower_words: frozenset[str]
    ) -> None:
        self.example = example
        self.lang = lang
        self.rng = rng
        self.words = words
        self.lower_words = lower_words
        self.kept = protected_spans(example["text"], example.get("expect") or {}, every_value=False)
        self.kept_all = protected_spans(example["text"], example.get("expect") or {}, every_value=True)


def lower(text: str, ctx: Context) -> str:
    return _apply_outside(text, ctx.kept, str.lower)


def sentence_case(text: str, ctx: Context) -> str:
    starts = [0] + [m.end() for m in _ends(text)]
    chars = list(text)
    for start in starts:
        m = re.compile(r"[\"'(¿¡\s]*").match(text, start)
        at = m.end() if m else start
        if at < len(text) and chars[at].isupper() and not _inside(ctx.kept, at, at + 1):
            word = _WORD.match(text, at)
            # "I" stays; a word in capitals ("SEO", "US") is an acronym, not a sentence's capital
            if word and (word.group(0) == "I" or (len(word.group(0)) > 1 and word.group(0).isupper())):
                continue
            chars[at] = chars[at].lower()
    return "".join(chars)


def no_final_punct(text: str, ctx: Context) -> str:
    return _FINAL.sub("", text.rstrip()) if not text.rstrip().endswith("?") else text


def no_commas(text: str, ctx: Context) -> str:
    out = []
    at = 0
    for m in _COMMA.finditer(text):
        if _inside(ctx.kept, m.start(), m.end()):
            continue
        out.append(text[at : m.start()])
        at = m.end()
    out.append(text[at:])
    return "".join(out)


def no_full_stops(text: str, ctx: Context) -> str:
    def keep(m: re.Match) -> bool:
        return _inside(ctx.kept, m.start(), m.end()) or _abbreviation(text, m.start())

    out, at = [], 0
    for m in _FULL_STOP.finditer(text):
        if keep(m):
            continue
        out.append(text[at : m.start()])
        at = m.start() + 1
    out.append(text[at:])
    return "".join(out)


def _strip_accents(word: str, spelled: bool) -> str:
    if spelled:
        word = (
            word.replace("ä", "ae")
            .replace("ö", "oe")
            .replace("ü", "ue")
            .replace("Ä", "Ae")
            .replace("Ö", "Oe")
            .replace("Ü", "Ue")
            .replace("ß", "ss")
        )
    word = word.replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def _accents(text: str, ctx: Context, spelled: bool) -> str:
    def change(part: str) -> str:
        def one(m: re.Match) -> str:
            word = m.group(0)
            plain = _strip_accents(word, spelled)
            if plain != word and plain.casefold() in ctx.words:
                return word  # another real word ("año" -> "ano"): not the same message
            return unicodedata.normalize("NFC", plain)

        return _WORD.sub(one, part)

    return _apply_outside(unicodedata.normalize("NFC", text), ctx.kept, change)


def no_accents(text: str, ctx: Context) -> str:
    return _accents(text, ctx, spelled=False)


def umlauts_spelled(text: str, ctx: Context) -> str | None:
    if ctx.lang != "de":
        return None
    return _accents(text, ctx, spelled=True)


def filler_before(text: str, ctx: Context) -> str:
    return f"{ctx.rng.choice(FILLERS_BEFORE[ctx.lang])} {text}"


def filler_after(text: str, ctx: Context) -> str:
    return f"{text} {ctx.rng.choice(FILLERS_AFTER[ctx.lang])}"


def _typo_candidates(text: str, ctx: Context) -> list[re.Match]:
    sentence_starts = {0} | {m.end() for m in _ends(text)}
    out = []
    for m in _WORD.finditer(text):
        word = m.group(0)
        if len(word) < 6 or _inside(ctx.kept_all, m.start(), m.end()):
            continue
        if m.end() < len(text) and (
            text[m.end()].isdigit() or text[m.end()] in "@." and m.end() + 1 < len(text) and text[m.end() + 1].isalnum()
        ):
            continue  # part of a word with a figure, an address or a domain
        if m.start() and (text[m.start() - 1].isdigit() or text[m.start() - 1] in "@."):
            continue
        if not (word.islower() or (word[0].isupper() and word[1:].islower())):
            continue  # capitals or mixed case: an acronym or a product ("HubSpot")
        if word[0].isupper() and ctx.lang != "de" and m.start() not in sentence_starts:
            continue  # a capital inside a sentence: a name, a firm, a place
        if _protected_word(word.casefold()):
            continue
        out.append(m)
    return out


_TABLE_WORDS: set[str] = set()


def _protected_word(word: str) -> bool:
    if not _TABLE_WORDS:
        from nlu import places, tools

        for aliases in tools.CATALOGUE.values():
            for alias in aliases:
                _TABLE_WORDS.update(_WORD.findall(alias))
        _TABLE_WORDS.update(w for name in places._table() for w in _WORD.findall(name))  # noqa: SLF001
        _TABLE_WORDS.add("")
    return word in _TABLE_WORDS


def _typo(text: str, ctx: Context, make: Callable[[str, int], str]) -> str | None:
    candidates = _typo_candidates(text, ctx)
    ctx.rng.shuffle(candidates)
    for m in candidates:
        word = m.group(0)
        positions = list(range(1, len(word) - 1 if make is _swap else len(word)))
        ctx.rng.shuffle(positions)
        for at in positions:
            typo = make(word, at)
            if typo == word or typo.casefold() in ctx.words:
                continue  # the same word, or another real one
            return text[: m.start()] + typo + text[m.end() :]
    return None


def _swap(word: str, at: int) -> str:
    return word[:at] + word[at + 1] + word[at] + word[at + 2 :]


def _double(word: str, at: int) -> str:
    return word[:at] + word[at] + word[at:]


def _drop(word: str, at: int) -> str:
    return word[:at] + word[at + 1 :]


def typo_swap(text: str, ctx: Context) -> str | None:
    return _typo(text, ctx, _swap)


def typo_double(text: str, ctx: Context) -> str | None:
    return _typo(text, ctx, _double)


def typo_drop(text: str, ctx: Context) -> str | None:
    return _typo(text, ctx, _drop)


def double_space(text: str, ctx: Context) -> str | None:
    spaces = [
        m.start()
        for m in re.finditer(r"(?<=\S) (?=\S)", text)
        if not (text[m.start() - 1].isdigit() and text[m.start() + 1].isdigit())
        and not _inside(ctx.kept, m.start(), m.start() + 1)
    ]
    if not spaces:
        return None
    chosen = {ctx.rng.choice(spaces)} | {m.start(2) for m in _ends(text) if m.group(2) == " "}
    return "".join(c + " " if i in chosen else c for i, c in enumerate(text))


def _each_end(text: str, change: Callable[[re.Match], str]) -> str:
    out, at = [], 0
    for m in _ends(text):
        out.append(text[at : m.start()])
        out.append(change(m))
        at = m.end()
    out.append(text[at:])
    return "".join(out)


def line_break(text: str, ctx: Context) -> str | None:
    return _each_end(text, lambda m: m.group(1) + "\n")


def lines_no_stops(text: str, ctx: Context) -> str | None:
    return _each_end(text, lambda m: ("" if m.group(1) == "." else m.group(1)) + "\n")


def joined_and(text: str, ctx: Context) -> str | None:
    for m in _ends(text):
        if m.group(1) != ".":
            continue
        first_sentence = re.split(r"[.!?]\s", text[: m.start()])[-1]
        if len(_WORD.findall(first_sentence)) < 3:
            continue
        if _inside(ctx.kept, m.start(), m.end()):
            continue
        rest = text[m.end() :]
        first = _WORD.match(rest)
        if not first or first.group(0).casefold() in CONNECTORS:
            continue
        word = first.group(0)
        if _inside(ctx.kept, m.end(), m.end() + len(word)):
            lowered = word
        elif word != "I" and not (len(word) > 1 and word.isupper()) and word.lower() in ctx.lower_words:
            lowered = word[0].lower() + word[1:]
        else:
            lowered = word
        conjunction = AND[ctx.lang]
        if ctx.lang == "es" and re.match(r"(?i)h?i(?![aeou])", word):
            conjunction = "e"
        return f"{text[: m.start()]} {conjunction} {lowered}{rest[len(word) :]}"
    return None


KINDS: dict[str, Callable[[str, Context], str | None]] = {
    "lower": lower,
    "sentence_case": sentence_case,
    "no_final_punct": no_final_punct,
    "no_commas": no_commas,
    "no_full_stops": no_full_stops,
    "no_accents": no_accents,
    "umlauts_spelled": umlauts_spelled,
    "filler_before": filler_before,
    "filler_after": filler_after,
    "typo_swap": typo_swap,
    "typo_double": typo_double,
    "typo_drop": typo_drop,
    "double_space": double_space,
    "line_break": line_break,
    "lines_no_stops": lines_no_stops,
    "joined_and": joined_and,
}


# ---------------------------------------------------------------------------------------------------------------------


def _read(example: dict[str, Any], text: str) -> dict[str, Any]:
    return extract(text, field=example.get("field"), now=example.get("now")).to_dict()


def variants(
    example: dict[str, Any],
    source: str,
    seed: int,
    kinds: Iterable[str],
    words: frozenset[str],
    lower_words: frozenset[str],
) -> Iterable[tuple[str, str]]:
    """(kind, variant) for each variation that applies to the answer and changes it."""
    lang = example.get("lang") or language(example["text"]).code
    lang = (lang or "en").split("-")[0].lower()
    if lang not in AND:
        lang = "en"
    text = example["text"]
    for kind in kinds:
        rng = random.Random(f"{seed}:{source}:{example.get('id')}:{kind}")
        ctx = Context(example, lang, rng, words, lower_words)
        variant = KINDS[kind](text, ctx)
        if variant is not None and variant != text:
            yield kind, variant


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--corpus",
        action="append",
        type=Path,
        help="a JSONL file of labelled answers (repeatable; the held-out batches are refused)",
    )
    parser.add_argument("--kind", action="append", choices=sorted(KINDS), help="only this variation (repeatable)")
    parser.add_argument("--failures", action="store_true", help="print every variant that broke a right answer")
    parser.add_argument("--seed", type=int, default=14)
    args = parser.parse_args()
    files = args.corpus or readable_files()
    for path in files:
        if path.name in HELD_OUT:
            parser.error(f"{path.name} is held out: measure it with bench/nlu_accuracy.py's summary lines only")
    kinds = args.kind or list(KINDS)
    words, lower_words = vocabulary(readable_files())
    applied: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_language: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    broken: list[tuple[str, str, dict, str, dict]] = []
    right_today = total = 0
    for path in files:
        for example in load(path):
            total += 1
            if not passes(_read(example, example["text"]), example.get("expect") or {}):
                continue
            right_today += 1
            lang = example.get("lang") or language(example["text"]).code
            for kind, variant in variants(example, path.stem, args.seed, kinds, words, lower_words):
                output = _read(example, variant)
                ok = passes(output, example.get("expect") or {})
                applied[kind][0] += ok
                applied[kind][1] += 1
                by_language[lang][0] += ok
                by_language[lang][1] += 1
                if not ok:
                    broken.append((kind, path.stem, example, variant, output))
    print(f"{len(files)} files, {total} answers, {right_today} right today (seed {args.seed})")
    print(f"\n  {'variation':<16} {'stay right':>10}  ratio")
    everything = [0, 0]
    for kind in kinds:
        ok, n = applied[kind]
        everything[0] += ok
        everything[1] += n
        print(f"  {kind:<16} {ok:>5}/{n:<5} {ok / n if n else 1:7.1%}")
    print(
        f"  {'all variations':<16} {everything[0]:>5}/{everything[1]:<5} "
        f"{everything[0] / everything[1] if everything[1] else 1:7.1%}"
    )
    print("\n  by language (the answer's lang label, or the language detected)")
    for code in sorted(by_language, key=lambda c: (c != "en", c)):
        ok, n = by_language[code]
        print(f"  {code:<16} {ok:>5}/{n:<5} {ok / n if n else 1:7.1%}")
    if args.failures:
        for kind, source, example, variant, output in broken:
            expect = example.get("expect") or {}
            missed = {p: e for p, e in expect.items() if not check(output, p, e)}
            print(
                f"\n  BROKE {kind} [{source}#{example.get('id')} {example.get('field')}]\n"
                f"       was  {example['text']!r}\n       now  {variant!r}\n"
                f"       expect {json.dumps(missed, ensure_ascii=False)}\n"
                f"       got    {json.dumps(output, ensure_ascii=False, default=str)}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
