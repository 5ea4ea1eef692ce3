"""The preflight: what can be checked read-only against each configured destination's live
account before the first lead arrives, one line per check with what to do about it.

Each destination module contributes the checks for its kind with ``register``::

    from integrations import doctor

    @doctor.register("slack")
    def _preflight(destination: Slack) -> Iterator[doctor.Check]:
        yield doctor.Check("slack", "scopes", ok=..., detail="...", fix="...")

``run`` calls the checks of every destination it is given (a kind is the
destination's name before any ``:``, so ``webhook:ops`` runs the ``webhook``
checks); a check function that raises becomes one failed check, so the
doctor never dies halfway. ``python -m integrations doctor`` prints the lines
and exits non-zero when a destination would fail; the delivery worker runs
the same checks once at start and only logs them.
"""

from __future__ import annotations

import importlib
import logging
import threading
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Iterator, Mapping

log = logging.getLogger(__name__)

# The modules that register checks, imported before a run (a module registers when imported).
MODULES = ("integrations.hubspot_doctor", "integrations.salesforce_doctor", "integrations.pipedrive_doctor",
           "integrations.webhook_doctor", "integrations.slack_doctor")


@dataclass(frozen=True)
class Check:
    """One thing checked: ``ok`` false and ``blocking`` means deliveries to ``destination`` would fail;
    a non-blocking failure is a warning (something degrades). ``fix`` says what to do."""

    destination: str
    name: str
    ok: bool
    detail: str = ""
    fix: str = ""
    blocking: bool = True

    @property
    def verdict(self) -> str:
        return "ok" if self.ok else ("FAIL" if self.blocking else "warn")

    def line(self) -> str:
        text = f"[{self.verdict:4}] {self.destination}: {self.name}"
        if self.detail:
            text += f" — {self.detail}"
        if not self.ok and self.fix:
            text += f" → {self.fix}"
        return text


@dataclass(frozen=True)
class Service:
    """What of the service a check may need, handed in by whoever runs the checks (the doctor's command
    line, the worker: ``webhooks.destinations.Registry.service``), since this package does not read the
    service's settings: its public address, Slack's signing secret, and the playbook file it starts with
    (``None``: the packaged default)."""

    public_url: str | None = None
    slack_signing_secret: str | None = None
    playbook_path: str | None = None


Checker = Callable[..., Iterable[Check]]
# kind -> (check function, whether it is also handed the ``Service``)
_CHECKERS: dict[str, list[tuple[Checker, bool]]] = {}


def register(kind: str, *, with_service: bool = False) -> Callable[[Checker], Checker]:
    """Add a check function for destinations of ``kind`` (``hubspot``, ``slack``, ``webhook``...);
    ``with_service``: it is called as ``check(destination, service)``."""
    def add(function: Checker) -> Checker:
        if (function, with_service) not in _CHECKERS.setdefault(kind, []):
            _CHECKERS[kind].append((function, with_service))
        return function
    return add


def load_checks() -> None:
    for module in MODULES:
        try:
            importlib.import_module(module)
        except ModuleNotFoundError as exc:
            if exc.name != module:  # the module exists but something it needs is missing
                raise


def run(destinations: Mapping[str, Any], service: Service = Service()) -> list[Check]:
    """Every registered check of every destination, in the order given."""
    load_checks()
    results: list[Check] = []
    for name, destination in destinations.items():
        kind = name.split(":", 1)[0]
        checkers = _CHECKERS.get(kind, [])
        if not checkers:
            results.append(Check(name, "checks", ok=True, detail="nothing to check for this kind"))
        for checker, with_service in checkers:
            try:
                results.extend(_named(name, checker(destination, service) if with_service else checker(destination)))
            except Exception as exc:  # a check that cannot run is a failed check, not a crash
                results.append(Check(name, getattr(checker, "__name__", "check"), ok=False,
                                     detail=f"the check could not run: {type(exc).__name__}: {exc}"[:300],
                                     fix="see the line above; is the account reachable from here?"))
    return results


def _named(name: str, checks: Iterable[Check]) -> Iterator[Check]:
    """Checks under the configured name (``webhook:ops``), whatever kind the check function wrote."""
    for check in checks:
        yield check if check.destination == name else Check(name, check.name, check.ok, check.detail, check.fix,
                                                            check.blocking)


def failing(checks: Iterable[Check]) -> list[str]:
    """The destinations that would fail (a blocking check failed), in order."""
    return list(dict.fromkeys(c.destination for c in checks if not c.ok and c.blocking))


def log_checks(checks: Iterable[Check], logger: logging.Logger = log) -> None:
    """How the worker reports the preflight at start: warnings for what fails, never a refusal to start."""
    for check in checks:
        (logger.info if check.ok else logger.warning)("preflight %s", check.line())


def built(registry: Any) -> dict[str, Any]:
    """Every destination a registry (``webhooks.destinations.Registry``) has, built; one that cannot
    be built (a mapping, the owners file, a missing setting) stands as the exception it raised."""
    out: dict[str, Any] = {}
    for name in registry.names:
        try:
            out[name] = registry.get(name)
        except Exception as exc:  # a configuration that cannot work: reported, not raised
            out[name] = exc
    return out


def check_all(destinations: Mapping[str, Any], service: Service = Service()) -> list[Check]:
    """``run`` over built destinations, with a failed ``configuration`` line for each that could not be built."""
    broken = {name: error for name, error in destinations.items() if isinstance(error, Exception)}
    checks = [Check(name, "configuration", False, f"{type(error).__name__}: {error}"[:300],
                    "fix the file or variable named above") for name, error in broken.items()]
    return checks + run({name: d for name, d in destinations.items() if name not in broken}, service)


def preflight_in_background(registry: Any, logger: logging.Logger = log) -> threading.Thread:
    """The worker's start: the same checks, once, in a thread of their own, logged; the worker does
    not wait for them and never refuses to start because of them."""
    def checks() -> None:
        try:
            results = check_all(built(registry), getattr(registry, "service", Service()))
        except Exception:  # the preflight must never take the worker down
            logger.exception("preflight could not run")
            return
        log_checks(results, logger)
        failing_now = failing(results)
        if failing_now:
            logger.warning("preflight: deliveries to %s would fail; run `python -m integrations doctor`",
                           ", ".join(failing_now))

    thread = threading.Thread(target=checks, name="preflight", daemon=True)
    thread.start()
    return thread
