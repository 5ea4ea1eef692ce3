"""A playbook's YAML is parsed once per save: its data is built from the parser's events the structure check reads.

``qualification.playbook_file._from_events`` builds what ``yaml.load`` with the strict loader gives, for plain
mappings, lists and scalars, and leaves everything else to that loader; these tests hold the two to the same
data, types included, and ``validate_text`` to the same refusals in the same order as when it parsed twice.
"""

from __future__ import annotations

import copy
import math
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qualification import PlaybookError, parse_playbook
from qualification.playbook_file import _LOAD_IT, _from_events, _StrictLoader, read_yaml
from tests.webhooks.playbooks.test_text import DATA, KEYS
from webhooks.playbooks.text import dump_yaml, validate_text

REPO = Path(__file__).resolve().parents[3]
LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def loaded(text: str) -> Any:
    return yaml.load(text, Loader=_StrictLoader)


def built(text: str) -> Any:
    return _from_events(yaml.parse(text, Loader=LOADER))


def same(a: Any, b: Any) -> bool:
    """Equal, of the very same types all the way down (1 is not True, 1.0 is not 1), NaN equal to NaN."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(same(k, j) for k, j in zip(a, b)) and all(same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    if isinstance(a, float) and math.isnan(a):
        return math.isnan(b)
    return a == b


def test_the_default_playbook_is_built_from_its_events_as_the_loader_reads_it() -> None:
    text = (REPO / "qualification" / "default_playbook.yml").read_text(encoding="utf-8")
    assert same(built(text), loaded(text))
    assert same(built(dump_yaml(loaded(text))), loaded(text))  # and as the studio stores it


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.dictionaries(KEYS, DATA, max_size=6) | st.lists(DATA, max_size=6))
def test_any_data_the_studio_writes_is_built_as_the_loader_reads_it(data: Any) -> None:
    for text in (dump_yaml(data), yaml.dump(data, Dumper=yaml.SafeDumper, default_flow_style=True)):
        result = built(text)
        assert result is not _LOAD_IT  # plain data: built, not left to the loader
        assert same(result, loaded(text))


# Scalars YAML reads as something other than text, and their near misses (quoted, or almost a number).
SCALARS = ["yes", "No", "on", "OFF", "true", "False", "TRUE", "tRue", "~", "null", "Null", "", "0x1F", "012", "0o12",
           "0b101", "1_000", "190:20:30", "+12", "-0", "1e3", "1.5e-3", ".inf", "-.Inf", ".nan", ".NaN", "6.8523015e+5",
           "685_230.15", "'12'", '"true"', "'~'", "1.2.3", "0x", "12abc"]


@pytest.mark.parametrize("scalar", SCALARS)
def test_a_scalar_is_read_as_the_loader_reads_it_as_value_key_and_list_item(scalar: str) -> None:
    for text in (f"value: {scalar}\n", f"{scalar or 'k'}: value\n", f"- {scalar}\n", f"{scalar or '~'}\n"):
        result = built(text)
        assert result is not _LOAD_IT, text
        assert same(result, loaded(text)), text


# What the builder leaves to the loader, so the loader's own data or refusal (and its message) stays.
LEFT_TO_THE_LOADER = [
    "a: &x 1\nb: *x\n",  # anchor and alias
    "a: !!str 1\n",  # a tag
    "a: !custom x\n",
    "a: 1\na: 2\n",  # a key written twice
    "1: a\n1.0: b\n",  # the same key as a number
    "? [a, b]\n: c\n",  # a list as a key
    "? {a: b}\n: c\n",
    "a: 2026-12-03\n",  # a date
    "<<: {a: 1}\n",  # a merge key
    "=: a\n",  # the value key
    "a: 1\n---\nb: 2\n",  # two documents
    "",  # none
    "# only a comment\n",
    "!!set {a, b}\n",
    "!!binary aGVsbG8=\n",
]


@pytest.mark.parametrize("text", LEFT_TO_THE_LOADER)
def test_what_is_not_plain_data_is_left_to_the_loader_and_read_as_it_reads_it(text: str) -> None:
    assert built(text) is _LOAD_IT
    try:
        expected: Any = loaded(text)
    except yaml.YAMLError:
        with pytest.raises(PlaybookError):
            read_yaml(text)
    else:
        assert same(read_yaml(text), expected)


def test_a_text_that_is_not_yaml_is_refused_with_the_loaders_line_and_column() -> None:
    text = "a: [1, 2\nb: 3\n"
    with pytest.raises(yaml.MarkedYAMLError) as loader:
        loaded(text)
    with pytest.raises(PlaybookError) as refused:
        validate_text(text)
    mark = loader.value.problem_mark
    assert refused.value.errors == {"_yaml": [f"line {mark.line + 1}, column {mark.column + 1}: {loader.value.problem}"]}


@pytest.mark.parametrize(("text", "said"), [
    ("a: &x 1\nb: *x\nc: [1, 2\n", "anchors and aliases"),  # the alias comes first
    ("c: [1, 2\na: &x 1\nb: *x\n", "line "),  # the syntax error comes first: the loader says where
    ("a: " + "[" * 20 + "]" * 20 + "\nb: {c\n", "nested deeper"),
    ("a: &x 1\n", "anchors and aliases"),  # an anchor alone, on a scalar, a mapping, a list
    ("a: &x {b: 1}\n", "anchors and aliases"),
    ("- &x [1]\n", "anchors and aliases"),
    ("[" + "1, " * 20_001 + "1]\n", "more than 20000 values"),
])
def test_the_first_problem_in_the_text_is_the_one_named_as_before(text: str, said: str) -> None:
    with pytest.raises(PlaybookError) as refused:
        validate_text(text)
    assert said in refused.value.lines()[0]


def test_a_valid_text_checked_again_gives_data_its_caller_can_change_without_changing_the_next() -> None:
    text = (REPO / "qualification" / "default_playbook.yml").read_text(encoding="utf-8") + "\n# again\n"
    first, playbook = validate_text(text)
    first["questions"].clear()
    first["company"]["name"] = "changed"
    second, again = validate_text(text)
    assert second["questions"] and second["company"]["name"] != "changed"
    assert again is playbook  # the same text is the same (immutable) playbook
    assert same(second, loaded(text))


def default_data() -> dict[str, Any]:
    return read_yaml((REPO / "qualification" / "default_playbook.yml").read_text(encoding="utf-8"))


def test_translations_loaded_before_give_the_very_playbook_a_fresh_load_gives() -> None:
    from qualification import schema

    data = default_data()
    remembered = parse_playbook(data)
    schema._TEXTS_LOADED.clear()
    assert parse_playbook(data) == remembered


def test_a_translation_refused_before_is_refused_again_with_the_same_messages_whatever_the_first_caller_did() -> None:
    data = default_data()
    question = data["questions"][0]
    question.setdefault("translations", {})["de"] = {"wording": ["  "], "why": "x" * 2000}
    with pytest.raises(PlaybookError) as first:
        parse_playbook(data)
    first.value.errors.clear()  # a caller changing what it was given changes nothing for the next
    with pytest.raises(PlaybookError) as again:
        parse_playbook(data)
    assert {path for path in again.value.errors if ".translations.de." in path} == {
        "questions.0.translations.de.wording.0", "questions.0.translations.de.why"}
    question["translations"]["de"] = {"wording": ["Was ist Ihr Budget?"]}  # the same part, now valid
    assert parse_playbook(data).questions[0].translations["de"]["wording"] == ("Was ist Ihr Budget?",)


def test_parts_loaded_before_give_the_very_playbook_a_fresh_load_gives() -> None:
    from qualification import schema

    data = default_data()
    remembered = parse_playbook(data)
    schema._PARTS_LOADED.clear()
    schema._TEXTS_LOADED.clear()
    assert parse_playbook(data) == remembered


def test_a_part_loaded_before_is_checked_again_once_changed_even_to_an_equal_value_of_another_type() -> None:
    data = default_data()
    parse_playbook(data)  # every part loaded, and kept
    points = data["bant"]["budget"]["points"]
    assert type(points) is int
    data["bant"]["budget"]["points"] = float(points)  # equal, but not the whole number the schema asks for
    with pytest.raises(PlaybookError) as refused:
        parse_playbook(data)
    assert "bant.budget.points" in refused.value.errors
    data["bant"]["budget"]["points"] = points
    data["questions"][1]["wording"] = []  # a question refused, then made valid again
    with pytest.raises(PlaybookError) as refused:
        parse_playbook(data)
    assert set(refused.value.errors) == {"questions.1.wording"}
    data["questions"][1]["wording"] = ["And your budget?"]
    assert parse_playbook(data).questions[1].wording == ("And your budget?",)


def test_what_spans_parts_is_still_checked_when_every_part_was_loaded_before() -> None:
    data = default_data()
    parse_playbook(data)
    data["questions"].append(copy.deepcopy(data["questions"][0]))  # a part loaded before, now twice
    with pytest.raises(PlaybookError) as refused:
        parse_playbook(data)
    assert f"questions.{len(data['questions']) - 1}.id" in refused.value.errors
