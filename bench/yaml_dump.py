"""How long ``webhooks.playbooks.text.dump_yaml`` takes to write a playbook, against PyYAML's pure-Python emitter.

    .venv/bin/python bench/yaml_dump.py                  # the default playbook
    .venv/bin/python bench/yaml_dump.py --playbook FILE

The studio writes the playbook's YAML on every editor page and save. Both are timed in the same run, in
turns, and the ratio is printed (the machine is shared and noisy): libyaml's emitter where it writes the very
same text, PyYAML's own where it would not (an emoji, see ``dump_yaml``). The texts are compared too.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path
from statistics import median
from typing import Any, Callable

import yaml

from qualification import DEFAULT_PLAYBOOK
from qualification.playbook_file import read_yaml
from webhooks.playbooks.text import DUMP_OPTIONS, dump_yaml


def pure_python(data: Any) -> str:
    return yaml.dump(data, Dumper=yaml.SafeDumper, **DUMP_OPTIONS)


def _ms(write: Callable[[Any], str], data: Any) -> float:
    started = time.perf_counter()
    write(data)
    return (time.perf_counter() - started) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--playbook", type=Path, default=DEFAULT_PLAYBOOK)
    parser.add_argument("--rounds", type=int, default=30)
    args = parser.parse_args()
    data = read_yaml(args.playbook.read_text(encoding="utf-8"))
    same = dump_yaml(data) == pure_python(data)
    ours: list[float] = []
    baseline: list[float] = []
    for _ in range(args.rounds):
        baseline.append(_ms(pure_python, data))
        ours.append(_ms(dump_yaml, data))
    print(f"{args.playbook.name}: dump_yaml median {median(ours):.1f} ms, PyYAML's emitter {median(baseline):.1f} ms, "
          f"ratio {median(ours) / median(baseline):.2f}; same text: {same}")


if __name__ == "__main__":
    main()
