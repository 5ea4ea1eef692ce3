"""``dump_yaml`` writes with libyaml's emitter when it can, and its text is the very text PyYAML's own emitter writes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qualification.playbook_file import read_yaml
from webhooks.playbooks import text
from webhooks.playbooks.text import DUMP_OPTIONS, dump_yaml, validate_text

REPO = Path(__file__).resolve().parents[3]
needs_libyaml = pytest.mark.skipif(not hasattr(yaml, "CSafeDumper"), reason="PyYAML built without libyaml")


def pure_python(data: Any) -> str:
    return yaml.dump(data, Dumper=yaml.SafeDumper, **DUMP_OPTIONS)


def libyaml(data: Any) -> str:
    return yaml.dump(data, Dumper=yaml.CSafeDumper, **DUMP_OPTIONS)


# What a marketer types, and what YAML treats specially: indicators, quotes, words YAML reads as booleans or
# numbers, leading and trailing blanks, tabs, line and paragraph separators, and lines long enough to fold.
WRITTEN = st.text(
    alphabet=st.one_of(
        st.characters(min_codepoint=0x20, max_codepoint=0x7E),
        st.sampled_from("\t\n\xa0éßøçñüłğ€£¥«»¿¡–—‘’“”…日本語中文한국어ไทยالعربيةעבריתкириллица\u2028\u2029\ue000\ufffd"),
    ),
    max_size=160,
)
TRICKY = st.sampled_from([
    " ", "yes", "No", "on", "null", "~", "1e3", "0x1F", "012", "1_000", ".inf", "2026-12-03", "- a", "a: b", "a:b",
    "#", "a #b", "'", '"', "|", ">", "?", "!x", "&x", "*x", "@x", "`x", "%x", ",x", "[x", "{x", "\n", "a\n", "\n\na",
    " a ", "\ta", "a\t", "a \nb", "a\n b", "word " * 40, "x" * 130, "日本語のテキスト" * 20,
])
STRINGS = WRITTEN | TRICKY
SCALARS = STRINGS | st.integers() | st.floats(allow_nan=False) | st.booleans() | st.none()
KEYS = STRINGS.filter(bool) | st.integers()
DATA = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(KEYS, inner, max_size=4),
                    max_leaves=25)


@needs_libyaml
def test_the_default_playbook_is_written_by_libyaml_exactly_as_pyyaml_writes_it() -> None:
    data = read_yaml((REPO / "qualification" / "default_playbook.yml").read_text(encoding="utf-8"))
    assert text._libyaml_writes_it_alike(data)
    assert dump_yaml(data) == pure_python(data)


@needs_libyaml
# 50 examples: a second or two; 10,000 found no difference (once, when the check was written).
@settings(max_examples=50, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.dictionaries(KEYS, DATA, max_size=6) | st.lists(DATA, max_size=6))
def test_any_mapping_or_list_of_printable_text_is_written_as_pyyaml_writes_it(data: Any) -> None:
    assert text._libyaml_writes_it_alike(data)
    assert dump_yaml(data) == pure_python(data)


@needs_libyaml
@pytest.mark.parametrize("data", [
    {"wording": ["Hi there 👋 what is your budget?"]},  # libyaml: "Hi there \U0001F44B what is your budget?"
    {"note": "line\x85next"},
    {"first\rsecond": "a carriage return in a key"},
    {"": "an empty key"},
    ["a list", {"nested": {"": 1}}],
    "a lone scalar",
    42,
], ids=["emoji", "NEL", "carriage return", "empty key", "nested empty key", "scalar", "number"])
def test_what_libyaml_writes_differently_is_written_by_pyyaml(data: Any) -> None:
    assert libyaml(data) != pure_python(data)  # why the check exists: the two emitters disagree here
    assert not text._libyaml_writes_it_alike(data)
    assert dump_yaml(data) == pure_python(data)


@pytest.mark.parametrize("data", [{"note": "\ufeffa byte-order mark"}, {"note": "a bell\x07"}, {"k": ["\x00"]}],
                         ids=["BOM", "bell", "NUL"])
def test_characters_libyaml_does_not_call_printable_are_left_to_pyyaml(data: Any) -> None:
    assert not text._libyaml_writes_it_alike(data)
    assert dump_yaml(data) == pure_python(data)


def test_a_list_inside_itself_is_read_once_and_written_with_an_anchor() -> None:
    looped: list[Any] = ["a"]
    looped.append(looped)
    assert dump_yaml({"x": looped}) == pure_python({"x": looped})


def test_a_valid_text_checked_again_gives_the_same_playbook_and_data_its_caller_can_change() -> None:
    text = (REPO / "qualification" / "default_playbook.yml").read_text(encoding="utf-8") + "\n# again\n"
    first, playbook = validate_text(text)
    first["questions"].clear()
    first["company"]["name"] = "changed"
    second, again = validate_text(text)
    assert second["questions"] and second["company"]["name"] != "changed"
    assert again is playbook  # the same text is the same (immutable) playbook, checked once
    assert second == read_yaml(text)
