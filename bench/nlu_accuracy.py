"""Per-field accuracy of the extractor on labelled answers.

    .venv/bin/python bench/nlu_accuracy.py                 # our corpus, the shared sample and the blind batches
    .venv/bin/python bench/nlu_accuracy.py --corpus FILE   # any file in the same format
    .venv/bin/python bench/nlu_accuracy.py --failures      # also print what was missed

An answer counts as right only when every expectation about it holds
(``nlu/evaluation.py``); "field" is the question it answered (free_text when
none).
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
    *sorted((ROOT / "tests" / "nlu" / "blind").glob("batch_*.jsonl")),
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
    if failures:
        for example, output in result.failures:
            print(f"  MISS [{example.get('field')}] {example['text']!r}\n"
                  f"       expect {json.dumps(example['expect'])}\n       got    {json.dumps(output)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", action="append", type=Path, help="a JSONL file of labelled answers (repeatable)")
    parser.add_argument("--failures", action="store_true", help="print every answer that was not fully right")
    args = parser.parse_args()
    for path in args.corpus or [p for p in DEFAULT_CORPORA if p.exists()]:
        report(path, run(path), args.failures)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
