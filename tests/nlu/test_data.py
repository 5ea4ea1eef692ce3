"""The data tables shipped in nlu/data: small, well-formed, read on first use only."""

import subprocess
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "nlu" / "data"


def test_tables_are_small_and_well_formed():
    places = DATA / "places.tsv"
    assert places.stat().st_size < 3 * 1024 * 1024
    rows = [line.rstrip("\n").split("\t") for line in places.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    assert len(rows) > 5000
    kinds = {row[1] for row in rows}
    assert kinds == {"country", "region", "city", "abbr"}
    for key, kind, country, display, population, _region, cue, namesakes, *smaller in rows:
        assert key == key.lower() and display and population.isdigit() and cue in ("", "1")
        assert all(len(code) == 2 and code.isupper() for code in country.split("|")), (key, country)
        assert len(smaller) <= 1 and (not smaller or smaller[0]), (key, smaller)  # a ninth column only where it holds one
        # "ES:Valencia": a city of the same name elsewhere; in the ninth column, a market's smaller one ("FR:Brest")
        for namesake in filter(None, (namesakes + "," + "".join(smaller)).split(",")):
            other, name = namesake.split(":", 1)
            assert kind == "city" and len(other) == 2 and other.isupper() and other != country and name, (key, namesake)
    tlds = (DATA / "tlds.txt").read_text(encoding="utf-8").split()
    assert {"com", "io", "de", "museum", "xn--p1ai"} <= set(tlds)
    assert "con" not in tlds


def test_tables_load_lazily_on_first_use():
    """Importing ``nlu`` reads no table; the first use does. How long that takes is ``bench/nlu_speed.py``'s
    first-message figure, not a wall-clock limit here (it was 1.07 s against 1.0 once at load 8)."""
    code = (
        "import nlu.places as p, nlu.emails as e; "
        "assert p._table.cache_info().currsize == 0; "
        "p._table(); e._tlds(); print(p._table.cache_info().currsize)"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=DATA.parents[1], capture_output=True, text=True, check=True, timeout=60)
    assert int(out.stdout) == 1
