"""The product's real processes and its neighbours' fakes, for the tests and the benchmarks alike.

- ``stack``: Rasa, the action server, the service under gunicorn and the worker on free loopback ports;
  ``script``: a visitor who answers what the bot asks (and ``SQL_ANSWERS``, the standard buyer).
- ``services``: the service and the worker alone, PostgreSQL databases per test, a lead's JSON.
- ``fakes``: local servers speaking Slack's and the CRMs' APIs, held to the vendors' contracts
  (``fakes/contracts``); ``slack_api``: Slack's signed requests and its Web API fake as bolt meets them.
- ``destinations``: the four third parties a lead goes to, and a playbook that sends to all of them.
- ``nginx``, ``cluster``, ``visitors``: several Rasa servers and services behind nginx, and visitors for them.
- ``studio_forms``: the studio's HTML forms read the way a browser submits them.

Nothing here is imported by the product; the tests' fixtures are thin wrappers around it, and
``bench/`` imports it as the installed package does (``harness*`` is in pyproject's packages).
"""
