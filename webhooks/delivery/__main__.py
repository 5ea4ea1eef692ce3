"""The delivery worker's process: ``python -m webhooks.delivery`` (Procfile ``worker``).

SIGTERM or SIGINT stops claiming and lets in-flight deliveries finish. At start the
destinations' preflight (``integrations.doctor``) runs once in the background and is logged;
the worker never waits for it.
"""

from __future__ import annotations

import logging
import signal
import sys

from integrations import doctor
from webhooks.delivery.worker import Worker
from webhooks.settings import Settings

log = logging.getLogger("leadbot.worker")


def main() -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    worker = Worker(Settings.from_env())
    doctor.preflight_in_background(worker.registry)
    signal.signal(signal.SIGTERM, worker.stop)
    signal.signal(signal.SIGINT, worker.stop)
    try:
        worker.run()
    except RuntimeError as exc:
        log.error("%s", exc)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
