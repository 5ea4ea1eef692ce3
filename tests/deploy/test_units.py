"""deploy/systemd and deploy/leadbot.env.example say what the Procfile and the settings modules say.

The units run the Procfile's commands (which ``make run`` and the tests start), and every variable of
the example environment is one that a process reads, with values both settings modules accept.
tests/scale checks that its cluster runs these same commands.
"""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
import rasa.core.lock_store

import bot.settings
import webhooks.settings
from bot.training import QUIET_ENV
from deploy.nginx import Site
from tests.deploy.units import ENV_EXAMPLE, UNIT_OF, UNITS, command_shape, procfile, unit


def example_environment() -> dict[str, str]:
    values = {}
    for line in ENV_EXAMPLE.read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            key, _, value = line.partition("=")
            values[key] = value.replace("CHANGE-ME", "x" * 40)
    return values


@pytest.mark.parametrize("process", sorted(UNIT_OF))
def test_each_unit_runs_its_procfile_command_from_the_virtualenv(process: str) -> None:
    service = unit(UNIT_OF[process])["Service"]
    argv = shlex.split(service["ExecStart"])
    assert argv[0].startswith("/opt/leadbot/.venv/bin/")
    program, words, options = command_shape(argv)
    expected_program, expected_words, expected_options = command_shape(procfile()[process])
    assert (program, words) == (expected_program, expected_words)
    # The unit may leave out an option whose default is the same (the endpoints file: LEADBOT_BOT_ENDPOINTS).
    assert options <= expected_options, options - expected_options
    if "%i" in service["ExecStart"] and process != "worker":
        assert "--port %i" in service["ExecStart"] or ":%i " in service["ExecStart"], "the instance is the port"


@pytest.mark.parametrize("name", sorted(UNIT_OF.values()))
def test_each_unit_reads_the_environment_file_runs_unprivileged_and_restarts(name: str) -> None:
    service = unit(name)["Service"]
    assert service["EnvironmentFile"] == "/etc/leadbot/leadbot.env"
    assert service["User"] == "leadbot" and service["NoNewPrivileges"] == "yes"
    assert service["Restart"] == "always"
    assert service["WorkingDirectory"] == "/opt/leadbot"


def test_every_variable_of_the_example_environment_is_read_by_a_process() -> None:
    read_by = {
        "bot/settings.py": Path(bot.settings.__file__).read_text(),
        "webhooks/settings.py": Path(webhooks.settings.__file__).read_text(),
        "the units": "\n".join(p.read_text() for p in UNITS.glob("*.service")),
    }
    rasa_source = Path(rasa.core.lock_store.__file__).read_text()
    unread = []
    for key in example_environment():
        if key in QUIET_ENV or f'"{key}"' in rasa_source:
            continue  # what Rasa and TensorFlow read themselves
        if not any(f'"{key}"' in text or f"${{{key}}}" in text for text in read_by.values()):
            unread.append(key)
    assert not unread, f"read by no process: {unread}"


def test_every_variable_the_settings_modules_read_is_in_the_example_set_or_commented_with_its_default() -> None:
    example = ENV_EXAMPLE.read_text()
    missing = []
    for module in (bot.settings, webhooks.settings):
        for key in sorted(set(re.findall(r'"([A-Z][A-Z0-9]*_[A-Z0-9_]+)"', Path(module.__file__).read_text()))):
            if key == bot.settings.DEPRECATED_SLACK_URL:
                continue  # named in the example only as the deprecated alias it is
            if not re.search(rf"^(# )?{key}=", example, re.MULTILINE):
                missing.append(f"{module.__name__}: {key}")
    assert not missing, f"not in deploy/leadbot.env.example: {missing}"


def test_both_settings_modules_accept_the_example_environment_as_a_deployment_of_several_instances() -> None:
    env = example_environment()
    bot_settings = bot.settings.Settings.from_env(env)
    service_settings = webhooks.settings.Settings.from_env(env)
    assert bot_settings.database_url == service_settings.database_url
    assert bot_settings.database_url.startswith("postgresql://")
    assert bot_settings.redis_url and bot_settings.rate_limit_storage.startswith("redis://")
    assert service_settings.rate_limit_storage.startswith("redis://")
    assert bot_settings.proxies_count == service_settings.proxies == 1
    assert bot_settings.service_url == service_settings.public_url == env["LEADBOT_BOT_URL"]


@pytest.mark.parametrize("bad", [
    {"web": ("10.0.0.1:5000; include /etc/shadow",)},
    {"bot": ("10.0.0.1",)},
    {"server_name": "leads.example.com; return 200"},
    {"certificate": "/etc/ssl/a cert.pem"},
    {"https_listen": "443 ssl; listen 80"},
    {"web": ()},
])
def test_nginx_addresses_that_would_change_the_configuration_are_refused(bad: dict[str, object]) -> None:
    fields: dict[str, object] = {"web": ("10.0.0.1:5000",), "bot": ("10.0.0.1:5005",),
                                 "server_name": "leads.example.com", "certificate": "/etc/ssl/leads.pem",
                                 "certificate_key": "/etc/ssl/leads.key", **bad}
    with pytest.raises(ValueError):
        Site(**fields)  # type: ignore[arg-type]


def test_the_rendered_nginx_configuration_lists_every_instance_with_its_health_check() -> None:
    from deploy.nginx import render

    text = render(Site(("10.0.0.11:5000", "10.0.0.12:5000"), ("10.0.0.11:5005", "10.0.0.12:5005"),
                       "leads.example.com", "/etc/ssl/leads.pem", "/etc/ssl/leads.key"))
    assert len(re.findall(r"server 10\.0\.0\.1[12]:5000 max_fails=1 fail_timeout=10s;", text)) == 2
    # The Rasa servers twice: round robin for REST, by address for socket.io.
    assert len(re.findall(r"server 10\.0\.0\.1[12]:5005 max_fails=1 fail_timeout=10s;", text)) == 4
    assert "5055" not in text, "no action server"
