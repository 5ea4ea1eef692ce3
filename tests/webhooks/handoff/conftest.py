"""The service with Slack, as ``tests/webhooks/slack`` runs it (same fixtures), for the handoff's moves."""

from tests.webhooks.slack.conftest import (  # noqa: F401  (fixtures, shared as they are)
    alerted,
    app,
    config,
    post_slack,
    rasa_slack,
    slack,
    slack_stack,
    slack_workspace,
    worker,
)
