"""Per-field accuracy of the extractor on labelled answers.

    .venv/bin/python bench/nlu_accuracy.py                 # our corpus, the shared sample and the blind batches
    .venv/bin/python bench/nlu_accuracy.py --corpus FILE   # any file in the same format
    .venv/bin/python bench/nlu_accuracy.py --failures      # also print what was missed

An answer counts as right only when every expectation about it holds
(``nlu/evaluation.py``); "field" is the question it answered (free_text when
none). Each file also shows its free-text figure (``field: null``) and how
many "no value here" expectations were broken by an invented value; the last
block sums the blind batches (held-out text written before the code).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from nlu import extract  # noqa: E402
from nlu.evaluation import Score, load, score  # noqa: E402

DEFAULT_CORPORA = [
    ROOT / "tests" / "nlu" / "corpus.jsonl",
    ROOT.parent / "shared" / "corpus" / "answers-sample.jsonl",
    *sorted((ROOT / "tests" / "nlu" / "blind").glob("batch_*.jsonl"), key=lambda p: int(p.stem.split("_")[1])),
]


def run(path: Path) -> Score:
    return score(load(path), lambda ex: extract(ex["text"], field=ex.get("field"), now=ex.get("now")).to_dict())


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


def summary(results: list[tuple[Path, Score]]) -> None:
    """The blind batches together: the held-out figure the issue's goals are about."""
    blind = [(p, r) for p, r in results if p.parent.name == "blind"]
    if not blind:
        return
    right = sum(r.right for _, r in blind)
    total = sum(r.total for _, r in blind)
    free = [sum(r.free_text[i] for _, r in blind) for i in (0, 1)]
    print(f"\nblind batches ({len(blind)} files, {total} answers)")
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
    args = parser.parse_args()
    results = []
    for path in args.corpus or [p for p in DEFAULT_CORPORA if p.exists()]:
        results.append((path, run(path)))
        report(path, results[-1][1], args.failures)
    summary(results)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
