"""The bot's policy set without MemoizationPolicy, and the config the benchmarks compare it with, trained apart."""

from __future__ import annotations

import tarfile
from pathlib import Path

import pytest
import yaml

from bot import training
from bot.training import BOT, MODELS, model_hash, model_path

MEMOIZATION = BOT.parent / "bench" / "config_memoization.yml"


def load(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def test_the_bots_data_has_no_stories_so_memoization_has_nothing_to_learn() -> None:
    """MemoizationPolicy trains on stories only (rule trackers are left out): with none, dropping it changes no
    prediction. A story added to bot/data makes this fail, and the bot's policy set's premise with it."""
    stories = [path for path in (BOT / "data").rglob("*.yml") if "stories" in (load(path) or {})]
    assert stories == []


def test_another_config_leaves_the_bots_model_name_and_folder_alone() -> None:
    assert model_hash(None) == model_hash()
    assert model_hash(MEMOIZATION) != model_hash()
    assert model_path().parent == MODELS


def test_the_bots_config_has_no_memoization_and_the_config_as_before_only_adds_it() -> None:
    """bench/config_memoization.yml (stack_cpu --before memoization, rasa_settings' variant) must differ from the
    bot's config by MemoizationPolicy alone, or the benchmark would measure something else too."""
    full, before = load(BOT / "config.yml"), load(MEMOIZATION)
    assert "MemoizationPolicy" not in [p["name"] for p in full["policies"]]
    assert before["pipeline"] == full["pipeline"]
    assert [p for p in before["policies"] if p["name"] != "MemoizationPolicy"] == full["policies"]
    assert [p["name"] for p in before["policies"]] == ["MemoizationPolicy", "RulePolicy"]
    assert model_path(config=MEMOIZATION).parent == MODELS / "config_memoization"


@pytest.mark.slow
def test_the_bots_trained_model_has_no_memoization_policy() -> None:
    """The bot's own model, as trained: RulePolicy's component, none of MemoizationPolicy's (an empty table, looked
    up at every prediction, when it had one)."""
    model = training.ensure_model()
    with tarfile.open(model) as archive:
        names = [m.name for m in archive.getmembers()]
    assert any("RulePolicy" in name for name in names)
    assert not any("MemoizationPolicy" in name for name in names)
