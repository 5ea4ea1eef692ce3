"""Reading deploy/systemd's units and the Procfile as commands, for tests/deploy and tests/scale."""

from __future__ import annotations

import configparser
import shlex
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
UNITS = REPO / "deploy" / "systemd"
ENV_EXAMPLE = REPO / "deploy" / "leadbot.env.example"
# The Procfile's process (``ready`` only waits for the others and prints the address: no unit) -> unit.
UNIT_OF = {"web": "leadbot-web@.service", "bot": "leadbot-bot@.service", "actions": "leadbot-actions@.service",
           "worker": "leadbot-worker@.service"}


def unit(name: str) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(strict=False, interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # systemd's keys are case-sensitive
    parser.read_string((UNITS / name).read_text())
    return parser


def procfile() -> dict[str, list[str]]:
    lines = (REPO / "Procfile").read_text().splitlines()
    return {name: shlex.split(command) for name, _, command in (line.partition(": ") for line in lines if line)}


def command_shape(argv: list[str]) -> tuple[str, list[str], set[str]]:
    """(program, its positional words up to the first option, the options given), paths and values aside."""
    program = Path(argv[0]).name
    words = []
    for word in argv[1:]:
        if word.startswith("-") and word != "-m":
            break
        words.append(word)
    return program, words, {w for w in argv if w.startswith("--")}
