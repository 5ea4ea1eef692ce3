"""Per-field accuracy of the extractor on labelled answers.

    .venv/bin/python bench/nlu_accuracy.py                 # our corpus, the shared sample and the blind batches
    .venv/bin/python bench/nlu_accuracy.py --corpus FILE   # any file in the same format
    .venv/bin/python bench/nlu_accuracy.py --failures      # also print what was missed
    .venv/bin/python bench/nlu_accuracy.py --hint          # pass each answer's "lang" label as the extractor's hint

An answer counts as right only when every expectation about it holds
(``nlu/evaluation.py``); "field" is the question it answered (free_text when
none). Each file also shows its free-text figure (``field: null``) and how
many "no value here" expectations were broken by an invented value; the last
blocks sum the blind batches (held-out text written before the code, every
file under tests/nlu/blind): first the free-text figure on its own (issue 14),
then the accuracy per language (issue 15). A batch may mix languages, so the
language is each answer's ``lang`` label (the language detected when it has
none), not the file's name; each language's figure is given twice: with no
hint (the extractor detects the language, as it must when the bot has none)
and with each answer's language as the hint the bot passes. --hint passes it
everywhere.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from nlu import extract
from nlu.evaluation import Score, load, score
from nlu.language import language

ROOT = Path(__file__).resolve().parent.parent

DEFAULT_CORPORA = [
    ROOT / "tests" / "nlu" / "corpus.jsonl",
    ROOT.parent / "shared" / "corpus" / "answers-sample.jsonl",
    *sorted((ROOT / "tests" / "nlu" / "blind").glob("batch_*.jsonl"), key=lambda p: int(p.stem.split("_")[1])),
    *sorted((ROOT / "tests" / "nlu" / "blind").glob("lang_*.jsonl")),
    *sorted((ROOT / "tests" / "nlu" / "blind").glob("figures_*.jsonl")),
]


def run(path: Path, hint: bool = False) -> Score:
    return score(load(path), lambda ex: extract(
        ex["text"], field=ex.get("field"), now=ex.get("now"), lang=ex.get("lang") if hint else None).to_dict())


def report(path: Path, result: Score, failures: bool) -> None:
    print(f"\n{path}  ({result.total} answers)")
    for name, accuracy in result.field_accuracy().items():
        right, total = result.by_field[name]
        print(f"  {name:<14} {accuracy:7.1%}  ({right}/{total})")
    print(f"  {'overall':<14} {result.accuracy:7.1%}  ({result.right}/{result.total})")
    print("  expectations met, by attribute:")
    for name, accuracy in result.attribute_accuracy().items():
        right, total = result.by_attribute[name]
        print(f"    {name:<12} {accuracy:7.1%}  ({right}/{total})")
    print(f"  {'free text':<14} {_share(*result.free_text)}")
    print(f"  {'invented':<14} {len(result.invented)} value(s) where the text states none "
          f"(of {result.no_value} no-value expectations)")
    if failures:
        for example, path, value in result.invented:
            print(f"  INVENTED [{example.get('field')}] {example['text']!r}: {path} = {json.dumps(value, default=str)}")
        for example, output in result.failures:
            print(f"  MISS [{example.get('field')}] {example['text']!r}\n"
                  f"       expect {json.dumps(example['expect'])}\n       got    {json.dumps(output)}")


def _share(right: int, total: int) -> str:
    return f"{right / total:7.1%}  ({right}/{total})" if total else "      -"


def summary(results: list[tuple[Path, Score]], hinted: bool) -> None:
    """The blind files together: the held-out figures the issues' goals are about."""
    blind = [(p, r) for p, r in results if p.parent.name == "blind"]
    _blind("blind batches, every file", blind)
    examples = [e for path, _ in blind for e in load(path)]
    if not examples:
        return
    free = [e for e in examples if not e.get("field")]
    print("\nfree text (field: null), every blind file (issue 14's figure)")
    english = [e for e in free if _language_of(e) == "en"]
    for title, chosen in (("English", english), ("other languages", [e for e in free if _language_of(e) != "en"])):
        result = score(chosen, lambda ex: _extract(ex, hinted))
        print(f"  {title:<16} {_share(result.right, result.total)}  invented {len(result.invented)} (of {result.no_value} no-value expectations)")
    print("\naccuracy per language (blind, by each answer's lang label, or the language detected), no hint / the bot's hint")
    by_language: dict[str, list[dict]] = {}
    for example in examples:
        by_language.setdefault(_language_of(example), []).append(example)
    others = [Score(), Score()]
    for code in sorted(by_language, key=lambda c: (c != "en", c)):
        detected = score(by_language[code], lambda ex: _extract(ex, hinted))
        given = score(by_language[code], lambda ex: _extract(ex, True))
        print(f"  {code:<16} {_share(detected.right, detected.total)}   hinted {_share(given.right, given.total)}"
              f"  free text {_share(*detected.free_text).strip()}  invented {len(detected.invented)}")
        if code != "en":
            for total, part in zip(others, (detected, given)):
                total.right += part.right
                total.total += part.total
    if others[0].total:
        print(f"  {'non-English':<16} {_share(others[0].right, others[0].total)}   hinted {_share(others[1].right, others[1].total)}")


def _language_of(example: dict) -> str:
    return example.get("lang") or language(example["text"]).code


def _extract(example: dict, hint: bool) -> dict:
    return extract(example["text"], field=example.get("field"), now=example.get("now"), lang=example.get("lang") if hint else None).to_dict()


def _blind(title: str, blind: list[tuple[Path, Score]]) -> None:
    if not blind:
        return
    right = sum(r.right for _, r in blind)
    total = sum(r.total for _, r in blind)
    free = [sum(r.free_text[i] for _, r in blind) for i in (0, 1)]
    print(f"\n{title} ({len(blind)} files, {total} answers)")
    print(f"  {'overall':<14} {_share(right, total)}")
    print(f"  {'free text':<14} {_share(*free)}")
    print(f"  {'invented':<14} {sum(len(r.invented) for _, r in blind)} "
          f"(of {sum(r.no_value for _, r in blind)} no-value expectations)")
    for path, result in blind:
        print(f"  {path.stem:<14} {_share(result.right, result.total)}  free text {_share(*result.free_text).strip()}"
              f"  invented {len(result.invented)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", action="append", type=Path, help="a JSONL file of labelled answers (repeatable)")
    parser.add_argument("--failures", action="store_true", help="print every answer that was not fully right")
    parser.add_argument("--hint", action="store_true", help="pass each answer's lang label to the extractor as its hint")
    args = parser.parse_args()
    results = []
    for path in args.corpus or [p for p in DEFAULT_CORPORA if p.exists()]:
        results.append((path, run(path, args.hint)))
        report(path, results[-1][1], args.failures)
    summary(results, args.hint)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
