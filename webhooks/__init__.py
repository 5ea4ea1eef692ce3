"""The lead service: API, storage, and the outbox worker that delivers leads.

``create_app`` is the web entry (``gunicorn 'webhooks:create_app()'``);
``python -m webhooks.worker`` delivers; ``python -m webhooks db upgrade``
migrates; the action server signs its requests with ``signing`` (a package of its own).
The factory is imported on first use so the worker and the commands do not
load Flask.
"""

from typing import Any

__all__ = ["create_app"]


def __getattr__(name: str) -> Any:
    if name == "create_app":
        from webhooks.app import create_app

        return create_app
    raise AttributeError(name)
