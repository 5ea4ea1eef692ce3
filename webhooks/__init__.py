"""The lead service: the API, what it stores, the outbox worker that delivers leads, and the studio.

Entry points: ``create_app`` is the web process (``gunicorn 'webhooks:create_app()'``,
wired in ``app``); ``python -m webhooks.delivery`` delivers; ``python -m webhooks db upgrade``
migrates (``__main__``, the operator commands). The factory is imported on first use so
the worker and the commands do not load Flask.

Packages:
- ``api``: the JSON API under ``/api/v1`` (leads, bookings, the playbook), its schemas and OpenAPI.
- ``delivery``: the outbox, its wake-ups and pacing, and the worker that sends.
- ``studio``, ``site``, ``slack``: the marketers' studio, the demo site and widget, Slack's buttons.
- ``handoff``: a salesperson joins the visitor's chat from the Slack alert (its API beside it).
- ``playbooks``: the playbook's versions and the published one every request scores against.

Modules shared by them:
- ``leads`` (what happens to a lead; ``lead_sql``, its statements on PostgreSQL),
  ``bookings`` (calls booked with its owner), ``destinations`` (which ones this deployment has),
  ``models`` and ``database`` (storage), ``migrations`` and ``migrate`` (Alembic).
- ``auth`` (who is calling; the action server signs with the ``signing`` package),
  ``edge`` (proxies, https), ``limits`` (rate limits), ``errors`` (errors as HTTP),
  ``settings`` (the one reading of the environment).
"""

from typing import Any

__all__ = ["create_app"]


def __getattr__(name: str) -> Any:
    if name == "create_app":
        from webhooks.app import create_app

        return create_app
    raise AttributeError(name)
