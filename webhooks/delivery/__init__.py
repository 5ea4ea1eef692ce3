"""Delivery: the transactional outbox and the worker that empties it into the destinations.

A change to a lead writes its ``deliveries`` rows in the same transaction
(``webhooks.leads``); nothing is sent from a request. Then:

- ``wakeup``: a committed transaction that queued work tells the worker at once
  (PostgreSQL ``NOTIFY``; a loopback datagram on SQLite); the table stays the truth.
- ``outbox``: the table as a work queue: claim due rows under a lease, record how
  each went, list and replay the dead (``python -m webhooks deliveries ...``).
- ``pacing``: one send at a time per rate key (a Slack channel), an interval after the last one ended,
  in turns handed out in order and shared by every worker: a waiting delivery is woken once, at its turn.
- ``worker``: the loop: wait, claim, send through ``integrations``, record; sends on abandoned drafts.
- ``__main__``: the process, ``python -m webhooks.delivery`` (Procfile ``worker``).

Nothing here imports Flask: the worker runs without the web app.
"""
