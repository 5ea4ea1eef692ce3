"""The time zone of a state or province named in a country of several zones ("a credit union in Nova Scotia").

Pure. A visitor who names only their province ("Nova Scotia", "Queensland", "Baja California", "Canarias") was
offered times in the consultant's zone: the country alone has several offsets (``zone_for_place`` gives no guess)
and the province was no city. ``REGION_ZONES`` gives each state or province of those countries (ISO 3166-2) the
zone most of its people keep; ``region_named`` finds one in the visitor's words, by the names the places table
(``nlu/data/places.tsv``, made from pycountry's ISO 3166-2 catalogs in the seven languages) gives it, and the
names in the seven languages that table lacks (``_MORE_NAMES``). Only the stated country's regions are looked for:
"Victoria" is Australia's state for a visitor in Australia, no place for one in Canada.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

_PLACES = Path(__file__).resolve().parent.parent / "nlu" / "data" / "places.tsv"


def _zones(zone: str, codes: str) -> dict[str, str]:
    return {code: zone for code in codes.split()}


# State or province -> the zone most of its people keep (a state split between two zones takes its bigger part's:
# Texas is Central, Florida Eastern, Tennessee Central, Idaho Mountain).
REGION_ZONES: dict[str, str] = {
    # Canada
    **_zones("America/Halifax", "CA-NS CA-PE"),
    "CA-NB": "America/Moncton",
    "CA-NL": "America/St_Johns",
    **_zones("America/Toronto", "CA-ON CA-QC CA-NU"),
    "CA-MB": "America/Winnipeg",
    "CA-SK": "America/Regina",
    **_zones("America/Edmonton", "CA-AB CA-NT"),
    "CA-BC": "America/Vancouver",
    "CA-YT": "America/Whitehorse",
    # United States
    **_zones(
        "America/New_York",
        "US-CT US-DE US-DC US-FL US-GA US-ME US-MD US-MA US-NH US-NJ US-NY US-NC US-OH US-PA "
        "US-RI US-SC US-VT US-VA US-WV",
    ),
    "US-MI": "America/Detroit",
    "US-IN": "America/Indiana/Indianapolis",
    "US-KY": "America/Kentucky/Louisville",
    **_zones(
        "America/Chicago",
        "US-AL US-AR US-IL US-IA US-KS US-LA US-MN US-MS US-MO US-NE US-ND US-OK US-SD US-TN US-TX US-WI",
    ),
    **_zones("America/Denver", "US-CO US-MT US-NM US-UT US-WY"),
    "US-ID": "America/Boise",
    "US-AZ": "America/Phoenix",
    **_zones("America/Los_Angeles", "US-CA US-NV US-OR US-WA"),
    "US-AK": "America/Anchorage",
    "US-HI": "Pacific/Honolulu",
    # Australia
    **_zones("Australia/Sydney", "AU-NSW AU-ACT"),
    "AU-VIC": "Australia/Melbourne",
    "AU-QLD": "Australia/Brisbane",
    "AU-SA": "Australia/Adelaide",
    "AU-NT": "Australia/Darwin",
    "AU-WA": "Australia/Perth",
    "AU-TAS": "Australia/Hobart",
    # Brazil: Brasília time but for the west and north-west
    **_zones(
        "America/Sao_Paulo",
        "BR-SP BR-RJ BR-MG BR-ES BR-PR BR-SC BR-RS BR-GO BR-DF BR-BA BR-SE BR-AL BR-PE "
        "BR-PB BR-RN BR-CE BR-PI BR-MA BR-TO BR-PA BR-AP",
    ),
    "BR-MT": "America/Cuiaba",
    "BR-MS": "America/Campo_Grande",
    "BR-RO": "America/Porto_Velho",
    "BR-AM": "America/Manaus",
    "BR-RR": "America/Boa_Vista",
    "BR-AC": "America/Rio_Branco",
    # Mexico
    "MX-BCN": "America/Tijuana",
    **_zones("America/Mazatlan", "MX-BCS MX-SIN MX-NAY"),
    "MX-SON": "America/Hermosillo",
    "MX-ROO": "America/Cancun",
    **_zones(
        "America/Mexico_City",
        "MX-CMX MX-AGU MX-CAM MX-CHP MX-CHH MX-COA MX-COL MX-DUR MX-GRO MX-GUA MX-HID "
        "MX-JAL MX-MEX MX-MIC MX-MOR MX-NLE MX-OAX MX-PUE MX-QUE MX-SLP MX-TAB MX-TAM "
        "MX-TLA MX-VER MX-YUC MX-ZAC",
    ),
    # Indonesia's islands (Kalimantan is split between two zones: no guess)
    **_zones("Asia/Jakarta", "ID-JW ID-SM"),
    **_zones("Asia/Makassar", "ID-SL ID-NU ID-BA"),
    **_zones("Asia/Jayapura", "ID-ML ID-PP"),
    # Islands an hour off their country's mainland
    "ES-CN": "Atlantic/Canary",
    "PT-20": "Atlantic/Azores",
    "PT-30": "Atlantic/Madeira",
}

# Names the places table lacks, in the seven languages (folded: lower case, no accents).
_MORE_NAMES: dict[str, str] = {
    "quebec": "CA-QC",
    "province de quebec": "CA-QC",
    "neuschottland": "CA-NS",
    "nova escocia": "CA-NS",
    "nieuw-schotland": "CA-NS",
    "britisch-kolumbien": "CA-BC",
    "colombia britanica": "CA-BC",
    "colombia britannica": "CA-BC",
    "brits-columbia": "CA-BC",
    "neubraunschweig": "CA-NB",
    "nouveau-brunswick": "CA-NB",
    "nuevo brunswick": "CA-NB",
    "novo brunswick": "CA-NB",
    "nieuw-brunswijk": "CA-NB",
    "terre-neuve": "CA-NL",
    "neufundland": "CA-NL",
    "terranova": "CA-NL",
    "terra nova": "CA-NL",
    "newfoundland": "CA-NL",
    "ile-du-prince-edouard": "CA-PE",
    "prince edward island": "CA-PE",
    "pei": "CA-PE",
    "westaustralien": "AU-WA",
    "australia occidental": "AU-WA",
    "australia ocidental": "AU-WA",
    "west-australie": "AU-WA",
    "sudaustralien": "AU-SA",
    "australie-meridionale": "AU-SA",
    "australia meridional": "AU-SA",
    "australia meridionale": "AU-SA",
    "australia do sul": "AU-SA",
    "zuid-australie": "AU-SA",
    "neusudwales": "AU-NSW",
    "nueva gales del sur": "AU-NSW",
    "nuovo galles del sud": "AU-NSW",
    "nova gales do sul": "AU-NSW",
    "nieuw-zuid-wales": "AU-NSW",
    "nordterritorium": "AU-NT",
    "territoire du nord": "AU-NT",
    "territorio del norte": "AU-NT",
    "territorio del nord": "AU-NT",
    "territorio do norte": "AU-NT",
    "noordelijk territorium": "AU-NT",
    "tasmanie": "AU-TAS",
    "tasmanien": "AU-TAS",
    "tasmania": "AU-TAS",
    "kanarische inseln": "ES-CN",
    "kanaren": "ES-CN",
    "iles canaries": "ES-CN",
    "canaries": "ES-CN",
    "islas canarias": "ES-CN",
    "isole canarie": "ES-CN",
    "canarie": "ES-CN",
    "canarias": "ES-CN",
    "ilhas canarias": "ES-CN",
    "canarische eilanden": "ES-CN",
    "tenerife": "ES-CN",
    "gran canaria": "ES-CN",
    "lanzarote": "ES-CN",
    "fuerteventura": "ES-CN",
    "azoren": "PT-20",
    "acores": "PT-20",
    "azzorre": "PT-20",
    "ilhas dos acores": "PT-20",
    "madeira": "PT-30",
    "madere": "PT-30",
    "ilha da madeira": "PT-30",
    "hawai": "US-HI",
    "hawaii": "US-HI",
    "alaska": "US-AK",
}
# A postal code counts only in capitals after a place's name, ending its clause ("Truro, NS", "Bunbury WA."): "in" or
# "me" in lower case is a word, and the codes that are words or other places in capitals too ("OK", "HI", "LA", "IT")
# never count.
_CODE = re.compile(r"[A-Z][\w'.-]+,?\s+([A-Z]{2,3})(?=\s*(?:$|[.,;!?)]))")
_CODE_WORDS = frozenset({"OK", "HI", "ME", "OR", "IN", "DE", "PA", "MA", "CO", "AL", "ID", "LA", "IT", "AS"})


def _folded(text: str) -> str:
    plain = "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c))
    return " ".join(plain.replace("’", "'").split())


@dataclass(frozen=True)
class Region:
    code: str  # ISO 3166-2, "CA-NS"
    zone: str  # its zone, "America/Halifax"
    written: str  # as the visitor wrote it, "Nova Scotia", "Nouvelle-Écosse"


@lru_cache(maxsize=1)
def _names() -> dict[str, dict[str, str]]:
    """country -> folded name -> region code, for the regions ``REGION_ZONES`` knows."""
    names: dict[str, dict[str, str]] = {}
    if _PLACES.exists():
        with open(_PLACES, encoding="utf-8") as rows:
            for line in rows:
                if line.startswith("#"):
                    continue
                key, kind, _country, _display, _population, region, *_ = line.rstrip("\n").split("\t")
                if kind == "region" and region in REGION_ZONES:
                    names.setdefault(region[:2], {})[_folded(key)] = region
    for name, region in _MORE_NAMES.items():
        names.setdefault(region[:2], {})[_folded(name)] = region
    return names


@lru_cache(maxsize=16)
def _pattern(country: str) -> re.Pattern[str] | None:
    known = _names().get(country)
    if not known:
        return None
    alternatives = "|".join(re.escape(n) for n in sorted(known, key=len, reverse=True))
    return re.compile(rf"(?<![\w'-])({alternatives})(?![\w'-])")


def region_named(text: str, country: str | None) -> Region | None:
    """The first state or province of ``country`` that ``text`` names, with its zone: "a credit union in Nova
    Scotia" (CA) is America/Halifax, "somos de Mato Grosso" (BR) America/Cuiaba, "Halifax, NS" too. None when the
    country is not one of several zones, or the text names none of its regions."""
    if not country or not text:
        return None
    country = country.upper()
    pattern = _pattern(country)
    folded = _folded(text)
    if pattern is not None and (found := pattern.search(folded)):
        code = _names()[country][found[1]]
        return Region(code, REGION_ZONES[code], _as_written(text, found[1]))
    for abbreviation in _CODE.findall(text):
        code = f"{country}-{abbreviation}"
        if code in REGION_ZONES and abbreviation not in _CODE_WORDS:
            return Region(code, REGION_ZONES[code], abbreviation)
    return None


def _as_written(text: str, folded_name: str) -> str:
    """The words of ``text`` that fold to ``folded_name`` ("Nouvelle-Écosse" for "nouvelle-ecosse"), capitalised
    when typed in lower case."""
    words = text.split()
    size = len(folded_name.split())
    for start in range(len(words) - size + 1):
        written = " ".join(words[start : start + size]).strip(".,;:!?()\"'")
        if _folded(written) == folded_name:
            return written.title() if written == written.lower() else written
    return folded_name.title()


def region_alone(text: str) -> Region | None:
    """The state or province ``text`` is, all of it ("Westaustralien", "Nieuw-Schotland."), in whichever country
    has one of that name, when only one has: the reply to "Which city or time zone are you in?" that the places
    table does not know as a place."""
    whole = _folded(text).strip(" .!?,;:")
    found = {}
    for country in {code[:2] for code in REGION_ZONES}:
        region = region_named(text, country)
        if region is not None and _folded(region.written) == whole:
            found[country] = region
    return next(iter(found.values())) if len(found) == 1 else None
