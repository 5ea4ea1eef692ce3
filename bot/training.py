"""Train the bot once per change of what it learns from.

A model is named by a hash of its inputs (config, domain, training data and
the nlu component's source), so ``ensure_model`` is a cheap no-op when nothing
changed and tests, ``make run`` and benchmarks share one trained model.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Iterable, TextIO

BOT = Path(__file__).resolve().parent
REPO = BOT.parent
MODELS = BOT / "models"
# Files whose change changes what the model learns (rasa imports the nlu component by class path).
INPUTS = ("config.yml", "domain.yml", "data")
COMPONENT = ("bot", "nlu_component.py")
KEEP_MODELS = 3

QUIET_ENV = {
    "TF_CPP_MIN_LOG_LEVEL": "3",
    "RASA_TELEMETRY_ENABLED": "false",
    # Rasa's training cache can hand back a LogisticRegressionClassifier without its
    # weights (the model then fails to load); a full training takes seconds anyway.
    "RASA_MAX_CACHE_SIZE": "0",
    "PYTHONWARNINGS": "ignore",
}


def _input_files(config: Path | None = None) -> Iterable[Path]:
    for name in INPUTS:
        path = config if name == "config.yml" and config is not None else BOT / name
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file())
        elif path.exists():
            yield path
    component = REPO.joinpath(*COMPONENT)
    if component.exists():
        yield component


def model_hash(config: Path | None = None) -> str:
    """A short hash of every training input's path and bytes (``config`` instead of ``bot/config.yml``)."""
    digest = hashlib.sha256()
    for path in _input_files(config):
        digest.update(str(path.relative_to(REPO)).encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()[:16]


def model_path(fingerprint: str | None = None, config: Path | None = None) -> Path:
    """Another config's models live in a folder of their own, so ``rasa run --model bot/models`` (the newest
    there) and the pruning of old models never mistake one for the bot's."""
    folder = MODELS if config is None else MODELS / config.stem
    return folder / f"{fingerprint or model_hash(config)}.tar.gz"


def environment() -> dict[str, str]:
    """The environment Rasa runs in here: quiet TensorFlow, no telemetry, the repo importable."""
    env = {**os.environ, **QUIET_ENV}
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH", "")) if p)
    return env


def rasa_command() -> list[str]:
    return [str(Path(sys.executable).with_name("rasa"))]


def ensure_model(out: TextIO = sys.stderr, force: bool = False, config: Path | None = None) -> Path:
    """The model for the current inputs, trained first if it does not exist.

    The chosen model is also made the newest file in ``bot/models`` because
    ``rasa run --model bot/models`` loads the newest one. ``config`` trains another policy or pipeline
    set on the same domain and data (bench/rasa_settings.py), into ``bot/models/<its name>/``.
    """
    fingerprint = model_hash(config)
    target = model_path(fingerprint, config)
    if target.exists() and not force:
        os.utime(target)
        print(f"bot model {target.name} is up to date", file=out)
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    # One training at a time (parallel test workers, `make run` beside the tests): the second waits,
    # then finds the first one's model instead of writing the same file at the same time.
    with open(MODELS / ".training.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if target.exists() and not force:
            os.utime(target)
            return target
        return _train(fingerprint, target, out, config or BOT / "config.yml")


def _train(fingerprint: str, target: Path, out: TextIO, config: Path) -> Path:
    print(f"training bot model {target.name} (inputs changed) ...", file=out, flush=True)
    started = time.monotonic()
    command = rasa_command() + [
        "train",
        "--config", str(config),
        "--domain", str(BOT / "domain.yml"),
        "--data", str(BOT / "data"),
        "--out", str(target.parent),
        "--fixed-model-name", fingerprint,
    ]
    process = subprocess.Popen(
        command, cwd=REPO, env=environment(), stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    assert process.stdout is not None
    tail: list[str] = []
    for line in process.stdout:
        tail = (tail + [line])[-40:]
        if _is_progress(line):
            print(f"  [{time.monotonic() - started:5.1f}s] {line.strip().rpartition(' - ')[2][:100]}", file=out, flush=True)
    if process.wait() != 0 or not target.exists():
        sys.stderr.writelines(tail)
        raise RuntimeError(f"rasa train failed (exit {process.returncode}); see the output above")
    print(f"trained {target.name} in {time.monotonic() - started:.1f}s", file=out, flush=True)
    _prune(keep=target)
    return target


def _is_progress(line: str) -> bool:
    lowered = line.lower()
    return "training component" in lowered or "error" in lowered or "your rasa model" in lowered


def _prune(keep: Path) -> None:
    models = sorted(keep.parent.glob("*.tar.gz"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in models[KEEP_MODELS:]:
        if old != keep:
            old.unlink(missing_ok=True)
