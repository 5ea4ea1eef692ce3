"""What an operator needs to run leadbot on servers (README, "Deploying"); the scale test runs these files.

- ``deploy/nginx/leadbot.conf.j2``: nginx in front (TLS, the service and the bot's chat on one origin,
  socket.io sticky per visitor, passive health checks), rendered with the instances' addresses by
  ``python -m deploy.nginx`` (``deploy.nginx``).
- ``deploy/systemd/``: one unit per process kind, templated by port (``leadbot-web@5000.service``), each
  running the command of the ``Procfile``.
- ``deploy/leadbot.env.example``: the environment those units read (``/etc/leadbot/leadbot.env``).
"""
