"""The deployment's destinations, and what their preflight is handed of the service."""

from __future__ import annotations

from pathlib import Path

import yaml

from harness.fakes.slack import SlackFake
from harness.ports import free_port
from integrations import doctor
from integrations.slack import Slack
from qualification.playbook_file import DEFAULT_PLAYBOOK, read_yaml
from webhooks.destinations import Registry
from webhooks.settings import Settings


def test_the_preflight_checks_the_slack_channels_of_the_playbook_file_the_service_starts_with(tmp_path: Path) -> None:
    data = read_yaml(DEFAULT_PLAYBOOK.read_text(encoding="utf-8"))
    for route in data["routing"]["routes"]:
        route["slack_channel"] = "#only-this-one"
    playbook = tmp_path / "playbook.yml"
    playbook.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    public = f"http://127.0.0.1:{free_port()}"  # nothing listens: the check fails, but it is made
    registry = Registry(Settings.from_env({"LEADBOT_PLAYBOOK": str(playbook), "LEADBOT_PUBLIC_URL": public,
                                           "SLACK_SIGNING_SECRET": "s3cret"}))

    assert registry.service == doctor.Service(public, "s3cret", str(playbook))
    with SlackFake(channels=("C0LEADS", "C0ONLY"), names={"#only-this-one": "C0ONLY"}) as fake:
        slack = Slack(token=fake.token, base_url=fake.api_url, default_channel="C0LEADS")
        checks = doctor.run({"slack": slack}, registry.service)
    names = [check.name for check in checks]
    assert [name for name in names if name.startswith("channel")] == ["channel C0LEADS", "channel #only-this-one"]
    assert f"request url {public}/slack/events" in names
