"""Tooling for working on leadbot on one's own machine (``make run``); not part of the product.

- ``ready``: ``python -m dev.ready``, the Procfile's last process: waits until the service, the
  bot and the action server answer, then prints the demo site's address once.

Nothing in the product imports this package and the installed distribution leaves it out
(``pyproject.toml`` lists the product's packages); like ``bench/`` and ``deploy/`` it is run from
the repository.
"""
