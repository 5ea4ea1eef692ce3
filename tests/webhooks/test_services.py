"""The helper that starts the service's processes: they see only the configuration a test gives."""

from __future__ import annotations

from harness import services


def test_service_env_inherits_no_destination_or_service_configuration(monkeypatch, tmp_path):
    for name, value in (("SLACK_BOT_TOKEN", "xoxb-a-developers-real-token"), ("SLACK_SIGNING_SECRET", "s"),
                        ("HUBSPOT_TOKEN", "pat-real"), ("SALESFORCE_CLIENT_ID", "real"),
                        ("PIPEDRIVE_API_TOKEN", "real"), ("LEADBOT_OWNERS", "/etc/owners.yml"),
                        ("DATABASE_URL", "postgresql://prod/db"), ("HOME_GROWN_VARIABLE", "kept")):
        monkeypatch.setenv(name, value)
    env = services.service_env("sqlite:///x.db", endpoints={}, action_secret="a", admin_key="k",
                               playbook=tmp_path / "p.yml", SLACK_BOT_TOKEN="xoxb-test")

    assert env["SLACK_BOT_TOKEN"] == "xoxb-test"  # what the test asked for
    assert env["DATABASE_URL"] == "sqlite:///x.db"
    assert not {"SLACK_SIGNING_SECRET", "HUBSPOT_TOKEN", "SALESFORCE_CLIENT_ID", "PIPEDRIVE_API_TOKEN",
                "LEADBOT_OWNERS"} & env.keys()
    assert env["HOME_GROWN_VARIABLE"] == "kept"  # PATH and the like still pass
