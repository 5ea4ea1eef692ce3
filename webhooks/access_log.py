"""The service's access log, less the action servers' polls for a playbook that has not changed.

Every action server asks ``GET /api/v1/playbook`` once a second with the ETag it holds, and gets
``304 Not Modified`` until a marketer publishes (``bot/actions/playbook_source.py``): with two of them
that is two lines a second in ``make run``'s output and the deployment's journal, burying the requests
worth reading. A poll that fetched a new playbook (200) or failed (401, 5xx...) is still logged.

gunicorn loads it by name: ``--logger-class webhooks.access_log.QuietPolls`` (Procfile, deploy/systemd).
"""

from __future__ import annotations

from typing import Any

from gunicorn.glogging import Logger

from signing import PLAYBOOK_PATH


class QuietPolls(Logger):
    """gunicorn's logger, writing no access line for an unchanged playbook's poll."""

    def access(self, resp: Any, req: Any, environ: dict[str, Any], request_time: Any) -> None:
        if req.method == "GET" and req.path == PLAYBOOK_PATH and str(resp.status).startswith("304"):
            return
        super().access(resp, req, environ, request_time)
