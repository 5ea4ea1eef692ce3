"""``-p tests.bench.light_policies``: the bot's tests on the model of ``bot/config_light.yml`` (RulePolicy alone).

    .venv/bin/python -m pytest -p tests.bench.light_policies tests/bot/test_training.py tests/bot/test_form_replies.py

bench/rasa_settings.py measures whether the lighter policy set makes a turn cheaper; this says whether the bot
still behaves. The tests take their model from ``bot.training.ensure_model`` (``tests/bot/conftest.py``'s
``bot_model``), imported after this plugin loads, so the plugin hands them the light config's model instead.
test_the_model_is_named_by_its_inputs_and_reused asserts the bot's own model's name: deselect it here.
"""

from __future__ import annotations

from functools import partial

from bot import training

LIGHT_CONFIG = training.BOT / "config_light.yml"

training.ensure_model = partial(training.ensure_model, config=LIGHT_CONFIG)


def pytest_report_header() -> str:
    return f"bot model: {training.model_path(config=LIGHT_CONFIG)} (tests.bench.light_policies)"
