"""Location: countries, states and well-known cities to ISO 3166-1 alpha-2.

The table (``nlu/data/places.tsv``, made by ``nlu/data/build.py`` from
pycountry and geonames) is read once, on first use. Names that are also
everyday words or first names ("Reading", "Tyler") need a cue: "in", "based
in", a region after them ("Reading, UK"), or the question "where are you?".
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rapidfuzz.distance import OSA

from nlu import tools
from nlu.attributes import Location
from nlu.leaving import asks_to_stop
from nlu.patterns import lazy_compile
from nlu.text import Text

_DATA = Path(__file__).resolve().parent / "data" / "places.tsv"
# "Berlin-based", "Chicago-area": the hyphen ends the place, and the rest is a cue (``_CUE_AFTER``).
_TOKEN = lazy_compile(r"[^\W_]+(?:(?:[.']|-(?!(?:based|area|headquartered|born|native|region)\b))[^\W_]+)*\.?")
# "9 sites across Melbourne's east", "in London's West End", "Sydney's northern beaches": a part of a place said in the
# possessive is in the place ("St. George's, Grenada" is no George).
_PART_AFTER = lazy_compile(
    r"\s+(?:(?:inner|outer|far|south|north|east|west|upper|lower|greater)[- ])?(?:east|west|north|south|(?:north|south)[- ]?(?:east|west)|"
    r"eastern|western|northern|southern|east end|west end|cbd|centre|center|city centre|city center|downtown|uptown|suburbs?|outskirts|"
    r"inner city|metro area|northern beaches|eastern suburbs|western suburbs|docklands|waterfront|old town|hinterland)\b")
# ... or a part of it named, capitalised: "in Lisbon's Alfama", "Berlin's Kreuzberg", "Sydney's Bondi" ("London's tech scene",
# "Paris's best bakery" name no part).
_NAMED_PART_AFTER = lazy_compile(r"\s+[A-ZÀ-Þ][a-zà-ÿ]+(?:[ -][A-ZÀ-Þ][a-zà-ÿ]+)?(?=\s*(?:$|[.,;:!?)]|\s+(?:and|area|district|neighbou?rhood|quarter)\b))")
_CUE_BEFORE = lazy_compile(
    r"(?:\b(?:in|from|at|near|around|outside(?: of)?|based in|based out of|out of|located in|headquartered in|hq(?:'d)? in|hq:?|"
    r"offices? in|office is in|located|live in|living in|based|city:?|location:?|country:?|state:?|we'?re in|i'?m in|"
    r"across|throughout|serving|covering|operate in|operating in|greater|metro|downtown|central|north|south|east|west|northern|southern|eastern|western|"
    # the same cues in the other languages visitors write (issue 15)
    r"aus|bei|nach|im|sitz in|ansässig in|à|au|aux|en|depuis|basée?s? (?:à|en|au)|située?s? (?:à|en|au)|desde|de|em|no|na|do|da|a|di|te|uit|bij|vanuit|nel|nella|nelle|nei|negli|"
    r"gevestigd in|sede en|sede em|sede a|con sede a|sediad[oa] em|ubicad[oa]s? en|localizad[oa]s? em)"
    r"\s+(?:the\s+)?(?:greater\s+|metro\s+|downtown\s+|central\s+|sunny\s+|beautiful\s+)?|@\s*|"
    # a postal code written before the city, as in an address ("75011 Paris", "D-80331 München"); not a year
    r"\b(?:[a-z]{1,2}-)?(?!(?:19|20)\d\d\s)\d{4,5},?\s+)$"
)
_BASED = lazy_compile(r"\b(?:based|located|headquartered|hq(?:'d)?(?: is)?|head office(?: is)?|offices? (?:is |are )?|we'?re|we are|i'?m|i am|live|living|sitting|situated|registered)\s+(?:in|out of|at|near)\s+(?:the\s+)?$|\b(?:hq|hq:|from)\s+$|"
                    r"\b(?:wir sitzen|sitzen|ansässig|sitz|hauptsitz(?: ist)?|zentrale(?: ist)?|nous sommes|on est|basée?s?|située?s?|si(?:è|e)ge(?: social)?(?: est)?|"
                    r"estamos|somos de|sediad[oa]s?|sede (?:central|principal|principale|centrale)(?: est(?:á|a)| (?:è|e))?|siamo|we zitten|gevestigd|wij zitten|"
                    r"hoofdkantoor(?: is| zit)?)\s+(?:in|à|en|au|em|no|na|a|di|te)\s+$")
# "Singapore HQ + offices in KL", "London head office, branches in Leeds": the place the head office is said after.
_HQ_AFTER = lazy_compile(r"[\s-]*(?:hq|headquarters|head office|head-office|main office|hauptsitz|zentrale|si(?:è|e)ge|sede central|sede principal|"
                         r"sede centrale|hoofdkantoor)\b")
# A period after a name ("Mitte nächsten Jahres", "Mitte 2027"): the name is a word of time there.
_TIME_AFTER = lazy_compile(
    r"\s+(?:(?:des|der|dieses|diesen|nächste[nrs]?|kommende[nrs]?|letzte[nrs]?)\s+)?(?:jahr(?:es)?|monats?|quartals?|januar|februar|märz|"
    r"april|mai|juni|juli|august|september|oktober|november|dezember|20\d\d)\b"
)
# A UK postcode named as one ("postcode is M1 4BT", "post code: SW1A 1AA").
_UK_POSTCODE = lazy_compile(r"(?i:\bpost ?code|\bpostal code)\b\W{0,3}(?:is\s+)?[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b")
# A market the visitor sells to or wants to enter, said right before a place: not where the visitor is.
_MARKET_BEFORE = lazy_compile(
    r"\b(?:expand\w*|launch\w*|break\w*|enter\w*|grow\w*|moving|move|customers?|clients?|buyers?|users|audiences?|leads?|prospects|enquiries|inquiries|demand|orders|"
    r"sell(?!ers?\b)\w*|ship(?:s|ped|ping|ments?)?\b|target\w*|export(?!ers?\b)\w*|deliver\w*|reach\w*|markets?|"
    # the same in the other languages: "Kunden in Frankreich", "clients en Allemagne", "clientes na Alemanha", "klanten in Duitsland"
    r"kunden|neukunden|auftr(?:ä|ae)ge|client(?:è|e)le|clientes|clienti|klanten|expandieren|exportieren|verkaufen|exporter(?= (?:en|au|aux|vers|dans|à)\b)|vendre|exportar|vender|esportare|vendere|exporteren|verkopen|"
    # requests wanted from there: "mehr Anfragen aus Österreich", "plus de demandes de Suisse", "più richieste dalla Svizzera"
    r"\w*anfragen|demandes|solicitudes|richieste|aanvragen|pedidos|"
    # the people a firm serves, where they come from: "patients come from Nigeria", "Patienten kommen aus Polen", "nos élèves
    # viennent de Belgique", "pacientes vienen de Perú", "alunos vêm de Angola", "ospiti arrivano dalla Germania", "gasten uit Duitsland"
    r"patients?|patienten|pacientes|pazienti|pati(?:ë|e)nten|students?|(?:é|e)l(?:è|e)ves|(?:é|e)tudiants|sch(?:ü|ue)ler|studenten|alunos|alumnos|"
    r"estudiantes|studenti|guests?|g(?:ä|ae)ste|hu(?:é|e)spedes|h(?:ó|o)spedes|ospiti|gasten|tourists?|touristes|turistas|turisti|toeristen)\s+"
    r"(?:(?:are|is|mostly|mainly|all|into|to|in|across|from|throughout|the|our|more|also|out|based|located|over|"
    r"come|comes|coming|kommen|viennent|vienen|v(?:ê|e)m|vengono|arrivano|komen|meist|surtout|sobre todo|principalmente|soprattutto|vooral|"
    r"nach|aus|en|dans|au|aux|na|no|nos|nas|em|para|nel|nella|negli|nei|uit|naar|van|(?<=demandes )de|(?<=solicitudes )de|(?<=pedidos )de|dalla|dal)\s+){1,3}$"
)
# An event the visitor went to, or where they met us: "we met your team at Web Summit in Lisbon", "auf der Messe in Köln
# getroffen", "nos conocimos en una feria en Madrid". Both an event (or "met you") and a verb of going or meeting must be
# in the place's clause: "we run an event venue in Leeds" is where the visitor is.
EVENT = (r"conference|conf|summit|expo|exhibition|trade ?show|trade fair|fair|meetup|congress|webinar|workshop|holiday|vacation|trip|"
         r"messe|kongress|tagung|konferenz|(?:au|sur le|lors du|un) salon|congr(?:è|e)s|foire|conf(?:é|e)rence|feria|congreso|conferencia|feira|congresso|"
         r"confer(?:ê|e)ncia|fiera|convegno|conferenza|beurs|congres|conferentie|vakbeurs")
_EVENT = lazy_compile(rf"\b(?:{EVENT})s?\b|\b(?:met|meet|saw|seen|heard) (?:you|your team|you guys)\b")
_ATTENDED = lazy_compile(
    r"\b(?:met|meet|saw|seen|heard|were|was|went|attended|visited|spoke|talked|presented|exhibited|getroffen|gesehen|kennengelernt|waren|war|"
    r"rencontr\w*|vu|(?:é|e)tions|conocimos|conoc(?:í|i)|vimos|vi|estuvimos|estuve|conhecemos|conheci|estivemos|conosciut\w*|visto|stati|siamo stati|incontrat\w*|"
    r"ontmoet|gezien|waren)\b")


def _at_an_event(lower: str, start: int, end: int) -> bool:
    """Whether the place at ``start:end`` is where an event the visitor went to was, or where they met us."""
    clause_start = max((m.end() for m in re.finditer(r"[.!?;,]\s", lower[:start])), default=0)
    clause_end = next((m.start() for m in re.finditer(r"[.!?;,](?:\s|$)", lower[end:])), len(lower) - end) + end
    before, clause = lower[clause_start:start], lower[clause_start:clause_end]
    return bool(_EVENT.search(before) and _ATTENDED.search(clause))


# "exports from Tirupur", "we ship from Rotterdam": what leaves from a place leaves from the visitor's base.
_ORIGIN_BEFORE = lazy_compile(r"\b(?:export\w*|ship\w*|deliver\w*|sell\w*|supply\w*|operat\w*|work\w*|trad\w*)\s+(?:\w+\s+){0,2}?from\s+(?:the\s+)?$")
# "last mile deliveries in Nairobi", "same-day delivery in Lagos", "wir liefern in Wien aus": a firm's own deliveries in a
# city are its work there, where it is (what it delivers to a country, "we ship to Germany", stays a market).
_WORK_IN_A_CITY = lazy_compile(
    r"(?<!more )(?<!mehr )(?<!plus de )(?<!más )(?<!mais )(?<!più )(?<!meer )(?<!new )"
    r"\b(?:deliver(?:y|ies|ing|s)?|liefer(?:n|ungen|dienst)|livr(?:ons|aisons?|er)|entregas?|entregamos|consegne|consegniamo|bezorg(?:en|ingen)?|bezorgd)"
    r"(?:\s+\w+)?\s+(?:in|around|across|throughout|en|dans|à|em|no|na|a|in tutta|op)\s+(?:the\s+)?$")
# Customers named, then the kinds of them listed, then where they are: "meer zakelijke klanten: tuincentra en
# groothandels in Duitsland", "we sell to wholesalers and garden centres in Germany", "clients: hotels and spas in
# Austria". The list holds nouns and their joins only; a word of where the visitor is ends it ("clients, and we're based in").
_CUSTOMERS_LISTED_BEFORE = lazy_compile(
    r"\b(?:customers?|clients?|buyers?|kunden|neukunden|klanten|clientes|clienti|client(?:è|e)le|"
    r"sell(?:s|ing)? to|verkopen aan|verkaufen an|liefern an|beliefern|vendons (?:aux|à)|vendemos (?:a|para)|vendiamo (?:a|ai|alle))"
    r"\s*:?(?:\s*(?:,|and|&|/|und|et|y|e|en|o|or|of|oder|ou)?\s+(?!(?:we|we'?re|our|i|i'?m|wij|we|wir|nous|nosotros|n(?:ó|o)s|noi|onze|unser\w*|notre|nuestr\w*|nosso|nossa|"
    r"based|located|gevestigd|ans(?:ä|ae)ssig|sitzen|zitten|are|is|zijn|sind|sont|son|s(?:ã|a)o|sono|from|uit|aus|de|da|di|van)\b)[^\W\d_][\w-]*){1,5}\s+"
    r"(?:in|across|throughout|in heel|im|en|dans|au|aux|em|no|na|nos|nas|nel|nella|in tutta)\s+(?:the\s+)?$")
# "buyers in USA and UK": a place joined to a market is a market too.
_JOINED = lazy_compile(r"\s*(?:,|and|or|&|/|und|et|y|e|en|o|of)?\s*")
# "leads from US market", "den deutschen Markt": a place said as a market is where the visitor sells, not where it is.
_MARKET_AFTER = lazy_compile(r"\s+(?:market|markets|markt|march(?:é|e)|mercado|mercato)\b")
# "up in Byron Bay, NSW", "out of Healdsburg, CA": a town the table does not know, then its state's code in capitals.
# "a brewery in Asheville NC": the comma may be left out when a word of place comes before the town.
_TOWN_BEFORE_CODE = lazy_compile(
    r"(?:(?i:\b(?:in|from|near|based in|based out of|out of|located in|outside))\s+|\()(?P<town>[A-Z][a-z][\w'-]*(?:\s+[A-Z][a-z][\w'-]*){0,2}),\s*$|"
    r"(?i:\b(?:in|from|near|based in|based out of|out of|located in|headquartered in|outside|aus|bei|à|en|em|uit|vanuit))\s+"
    r"(?P<bare>(?!(?i:january|february|march|april|may|june|july|august|september|october|november|december|q[1-4]|the|our|my)\b)"
    r"[A-Z][a-z][\w'-]*(?:\s+[A-Z][a-z][\w'-]*){0,2})\s+$")
# "ein Maschinenbauer aus Ulm", "we're from Ede": a three-letter town, capitalised, after a word of origin (not "in",
# which comes before too many capitalised short words).
_FROM_TOWN = lazy_compile(r"\b(?:aus|from|based in|based out of|located in|headquartered in|sitz in|uit|vanuit|bas(?:é|e)e?s? (?:à|a)|sediad[oa] em|con sede a)\s+$")
# City names two English-speaking markets share with cities of like size (the table keeps one of them): Newcastle
# (New South Wales, and upon Tyne), Cambridge (England, and Massachusetts).
_SHARED_ENGLISH: dict[str, frozenset[str]] = {"newcastle": frozenset({"AU", "GB"}), "cambridge": frozenset({"GB", "US"}),
                                              # (England's county, and the city in Virginia the table keeps)
                                              "norfolk": frozenset({"GB", "US"})}
# Of those, names that are a county in one of the markets, no city: "3 branches in Norfolk" with a "£" is in England.
_SHARED_COUNTIES = {("norfolk", "GB")}
# Words of a market's own in a message: its currency, its name, its firms' suffix, its slang.
_MARKET_WORDS = {
    "GB": lazy_compile(r"£|\bgbp\b|\bquid\b|\buk\b|\bu\.k\.|\bengland\b|\bscotland\b|\bwales\b|\bbritain\b|\bbritish\b|\bltd\b|\bpost ?code\b|\bvat\b"),
    "AU": lazy_compile(r"\ba\$|\baud\b|\baustralia\w*|\baussie\b|\bpty\b|\bnsw\b|\bgst\b|\bg'day\b|\btradies?\b|\barvo\b"),
    "US": lazy_compile(r"\busa\b|\bu\.s\.|\bamerica\w*|\bmassachusetts\b|\bboston\b|\binc\b|\bllc\b|\bzip ?code\b"),
}
# State codes that are also English words written in capitals for emphasis ("OK", "IN the end").
_CODE_WORDS = frozenset({"ok", "in", "me", "hi", "oh", "id", "or", "as", "so", "pa", "ma", "act"})
# A word that says where, right before a state's code: "a 3pl in NJ", "based out of TX", "we're in CO".
_WHERE_BEFORE_CODE = lazy_compile(r"\b(?:in|based in|based out of|out of|located in|headquartered in|hq'?d in|near|from|across|throughout)\s+$")
# A city's short name that is no word of the seven languages, typed in lower case as a chat types it ("we're in nyc", "on
# est à nyc", "based in atl"): the city after a word of where, or alone when the table needs no cue for it ("nyc").
_SHORT_NAMES = frozenset({"nyc", "sf", "dc", "atl", "kl"})
# "la" is French, Spanish and Italian's article ("en la oficina", "à la maison"): Los Angeles in lower case only after an
# English word of where ("we're in la").
_SHORT_NAMES_TOO_ARTICLES = frozenset({"la"})
_ENGLISH_WHERE_BEFORE = lazy_compile(r"\b(?:in|based in|based out of|out of|located in|headquartered in|offices? in|from|near|around)\s+$")


def _short_name_of_a_city(text: Text, m: _Match, written: str) -> bool:
    """Whether a city's short name in lower case ("nyc", "sf", "la") is said as where the visitor is."""
    key = written.lower()
    if not written.islower() or key not in _SHORT_NAMES | _SHORT_NAMES_TOO_ARTICLES:
        return False
    before = text.lower[max(0, m.start - 40): m.start]
    if re.match(r"-based\b|\s+based\b", text.lower[m.end: m.end + 8]):
        return True  # "an sf-based startup", "la-based studio"
    if key in _SHORT_NAMES_TOO_ARTICLES:
        return bool(_ENGLISH_WHERE_BEFORE.search(before))
    return bool(_CUE_BEFORE.search(before)) or (not m.place.needs_cue and text.lower.strip(" .!?") == key)


def _own_state_after(text: Text, m: _Match, matches: list[_Match]) -> bool:
    """Whether the city at ``m`` is followed by the code of the state it is in, in any case ("dallas tx", "austin, tx",
    "sydney nsw"): it qualifies the city as "Dallas, TX" does. A code that is an English word too ("portland or
    seattle") or another state's does not."""
    if not m.place.region:
        return False
    following = next((o for o in matches if o.start >= m.end), None)
    if following is None or following.place.kind != "abbr" or not re.fullmatch(r",?\s*", text.lower[m.end: following.start]):
        return False
    code = text.lower[following.start: following.end]
    return code not in _CODE_WORDS and m.place.region in {f"{c}-{code.upper()}" for c in following.place.country.split("|")}


# States' codes a chat types in lower case after its city ("melbourne fl", "plano tx", "newcastle nsw") that are no
# word of the seven languages ("on", "me", "la", "de", "wa", "sa" are words, or another country's code).
_LOWER_CASE_CODES = frozenset({"fl", "tx", "ny", "nj", "nc", "sc", "az", "ut", "nv", "ky", "tn", "mn", "wi", "mi", "ks", "nm", "ct", "ri", "nh",
                               "vt", "wv", "ak", "md", "wy", "nsw", "qld", "vic", "tas", "bc", "qc", "sk"})
# Two-letter state codes that are also the code of a country visitors are in ("in DE" may be Germany, "in CA" Canada).
_COUNTRY_CODES_TOO = frozenset({"de", "ca"})
# A UK postcode written in full, in capitals, as an address gives it ("we're at EC1V 9HX"): the format is the UK's alone.
UK_POSTCODE_WRITTEN = lazy_compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s\d[ABD-HJLNP-UW-Z]{2}\b")
_UK_POSTCODE_FIRST = lazy_compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\s+(?i:is (?:our|my|the) post ?code|post ?code)\b")
# A UK postcode's district alone, after a word of where or "postcode" ("an office in EC2A", "we're in SE1", "postcode
# LS6"): a British postcode area's letters, a digit or two, in capitals.
_UK_AREAS = ("AB AL BA BB BD BH BL BN BR BS CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY EC EH EN EX FK FY GL GU HA HD HG HP HR HS HU "
             "HX IG IP IV KA KT KW KY LA LD LE LL LN LS LU ME MK ML NE NG NN NP NR NW OL OX PA PE PH PL PO PR RG RH RM SA SE SG SK SL SM SN SO SP "
             "SR SS ST SW SY TA TD TF TN TQ TR TS TW UB WA WC WD WF WN WR WS WV YO ZE").split()
_UK_DISTRICT = lazy_compile(
    r"(?i:\b(?:in|at|based in|located in|offices? in|post ?code(?: is)?:?|postal code(?: is)?:?))\s+(?:" + "|".join(_UK_AREAS) + r")\d{1,2}[A-Z]?(?![\w-])")
# A Brazilian state's code in capitals after Portuguese "em", "no", "na" ("uma fintech em SP", "estamos no RJ", "sediada em MG").
_BR_STATE = lazy_compile(
    r"(?i:\b(?:em|no|na|aqui em|sediad[oa] em|baseados? em))\s+(?:SP|RJ|MG|RS|SC|BA|PE|CE|GO|DF|ES|AM|PA|PB|RN|AL|SE|PI|MA|MT|MS|TO|RO|AC|AP|RR)(?![\w-])")


def _postal(text: Text) -> Location | None:
    """The country a postcode, a postcode's district, a ZIP code or a Brazilian state's code says, with no place named."""
    if _UK_POSTCODE.search(text.original) or _UK_POSTCODE_FIRST.search(text.original) or UK_POSTCODE_WRITTEN.search(text.original):
        return Location("GB", None)
    if _UK_DISTRICT.search(text.original):
        return Location("GB", None)
    if _US_ZIP.search(text.original):
        return Location("US", None)
    if _BR_STATE.search(text.original):
        return Location("BR", None)
    return None


# A US ZIP code named as one ("zip 94107", "zip code: 10001-1234"): the word is America's.
_US_ZIP = lazy_compile(r"(?i:\bzip(?:\s*code)?)\b\W{0,3}(?:is\s+)?\d{5}(?:-\d{4})?\b")
# Cues that are also English articles or common words: after them, only a capitalised name is a place needing a cue.
_ARTICLE_CUE = lazy_compile(r"\b(?:a|an|de|da|do|no|na|en|te|di)\s+$")
# (and a preposition joined to a feminine article: "na loja" is in the shop, no Loja; "no porto" stays Porto)
_ARTICLE_BEFORE = lazy_compile(r"\b(?:a|an|uma|um|una|un|une|ein|eine|einen|einer|een|el|il|lo|het|das|die|der|na|nas|numa|nella|della|alla|"
                                # ... or a possessive: "na nossa loja online", "our reading list", "mi tienda"
                                r"our|my|nossa|nosso|minha|meu|nuestra|nuestro|notre|unsere|meine|nostra|nostro|onze|mijn)\s+$")
# A shop's word that is also a town's, said with what kind of shop it is: "loja virtual", "loja online" (no Loja, Ecuador)
_A_SHOP_AFTER = lazy_compile(r"\s+(?:virtual|online|on-line|f(?:í|i)sica|de (?:roupas?|sapatos|cal(?:ç|c)ados|m(?:ó|o)veis|cosm(?:é|e)ticos|acess(?:ó|o)rios))\b")
# A drink named after its place, in the seven languages: "a glass of porto", "porto wine", "un verre de bordeaux", "una
# copa de rioja", "um cálice de porto", "un bicchiere di marsala", "een glas porto": the drink, no place the visitor is in.
_DRINK_BEFORE = lazy_compile(
    r"\b(?:drink\w*|glass(?:es)? of|bottles? of|sip(?:ping)? (?:on )?|taste of|pour(?:ed|ing)? (?:us )?|love (?:a )?(?:good )?glass of|"
    r"trink\w*|(?:ein )?glas|flasche|boire|bois|buvons|verre de|bouteille de|coupe de|beb(?:er|o|emos|e)|copa de|botella de|garrafa de|copo de|c(?:á|a)lice de|ta(?:ç|c)a de|"
    r"bere|bevo|beviamo|bicchiere di|bottiglia di|calice di|drink(?:en)?|glas(?:je)?|fles)\s+(?:(?:a|some|of|the|good|un|une|du|de|del|una|uma|um|il|lo|la|een|ein|einen|goede?n?)\s+)?$")
_DRINK_AFTER = lazy_compile(r"\s+(?:wines?|tonic|vino|vinho|vin|wein|wijn|t(?:ó|o)nico)\b")
# ... unless a word of being, living or working somewhere comes before that "a", as Italian says where ("siamo a milano",
# "lavoro a torino", "abbiamo sede a roma", "un negozio a napoli"): then the name in lower case is the place.
_SITED_AT = lazy_compile(
    r"\b(?:siamo|sono|sta|sto|stiamo|stanno|lavoro|lavoriamo|lavora|abito|abitiamo|vivo|viviamo|vive|risiediamo|sede|sedi|ufficio|uffici|"
    r"basat[oaie]|situat[oaie]|operiamo|opero|opera|trovo|troviamo|trova|negozio|negozi|studio|locale|laboratorio|officina|"
    r"fabbrica|stabilimento|azienda|ditta|agenzia|clinica|ristorante|hotel|nato|nata|cresciut[oa])\s+(?:qui\s+|qua\s+|proprio\s+|sempre\s+)?a\s+$")
_CUE_AFTER = lazy_compile(r"^(?:-based|\s+based|\s+area|\s+metro|\s+region|,\s*|\s+(?:hq|office|headquarters|startup|company|agency|firm))")


_DEMONYMS = {
    "american": "US", "british": "GB", "english": "GB", "scottish": "GB", "welsh": "GB", "german": "DE", "french": "FR",
    "dutch": "NL", "canadian": "CA", "australian": "AU", "aussie": "AU", "irish": "IE", "spanish": "ES", "italian": "IT",
    "swiss": "CH", "swedish": "SE", "norwegian": "NO", "danish": "DK", "finnish": "FI", "polish": "PL", "indian": "IN",
    "japanese": "JP", "chinese": "CN", "brazilian": "BR", "mexican": "MX", "israeli": "IL", "singaporean": "SG",
    "belgian": "BE", "austrian": "AT", "portuguese": "PT", "greek": "GR", "turkish": "TR", "south african": "ZA",
    "nigerian": "NG", "kenyan": "KE", "emirati": "AE", "kiwi": "NZ", "new zealand": "NZ", "korean": "KR", "argentinian": "AR",
    "colombian": "CO", "chilean": "CL", "czech": "CZ", "hungarian": "HU", "romanian": "RO", "ukrainian": "UA", "estonian": "EE",
}
_DEMONYM = lazy_compile(
    r"\b(" + "|".join(sorted(_DEMONYMS, key=len, reverse=True)) + r")[- ](?:[a-z-]+ )?(?:company|business|firm|startup|start-up|agency|brand|"
    r"manufacturer|retailer|bank|group|based|owned|registered|co\b|saas|school|university|nonprofit|charity|corporation|subsidiary|entity|"
    r"practice|clinic|hotel|restaurant|chain|distributor|supplier|consultancy|publisher|team)"
)


@dataclass(frozen=True)
class _Place:
    kind: str  # country, region, city or abbr
    country: str
    display: str
    population: int
    needs_cue: bool
    # Cities of the same name in other countries, (country, display): the visitor's language chooses among them.
    namesakes: tuple[tuple[str, str], ...] = ()
    # A market's smaller cities of the name ("Brest", France, beside Belarus's): only an address names one of them.
    smaller: tuple[tuple[str, str], ...] = ()
    # The state or province a city is in, as its postal code writes it ("US-TX", "AU-NSW"); "" when the table has none.
    region: str = ""


@lru_cache(maxsize=1)
def _table() -> dict[str, _Place]:
    table: dict[str, _Place] = {}
    with open(_DATA, encoding="utf-8") as rows:
        for line in rows:
            if line.startswith("#"):
                continue
            key, kind, country, display, population, region, cue, also, *rest = line.rstrip("\n").split("\t")
            namesakes = tuple(tuple(one.split(":", 1)) for one in also.split(",")) if also else ()
            smaller = tuple(tuple(one.split(":", 1)) for one in rest[0].split(",")) if rest and rest[0] else ()
            table[key] = _Place(kind, country, display, int(population), cue == "1", namesakes, smaller,  # type: ignore[arg-type]
                                _STATE_NUMBERS.get(region, region) if kind == "city" else region)
    for key, city in _CAPITAL_NAMESAKES.items():
        region = table.get(key)
        if region is not None and region.kind == "region":
            table[key] = _Place("city", region.country, city, region.population, region.needs_cue, region.namesakes, region.smaller)
    return table


# The table (geonames) numbers Australia's states and Canada's provinces; visitors write their postal codes ("sydney nsw").
_STATE_NUMBERS = {
    **{f"AU-{n}": f"AU-{code}" for n, code in (("01", "ACT"), ("02", "NSW"), ("03", "NT"), ("04", "QLD"), ("05", "SA"), ("06", "TAS"),
                                                 ("07", "VIC"), ("08", "WA"))},
    **{f"CA-{n}": f"CA-{code}" for n, code in (("01", "AB"), ("02", "BC"), ("03", "MB"), ("04", "NB"), ("05", "NL"), ("07", "NS"),
                                                 ("08", "ON"), ("09", "PE"), ("10", "QC"), ("11", "SK"), ("12", "YT"), ("13", "NT"), ("14", "NU"))},
}


# Provinces whose capital bears their name, kept by the table as the province alone: "en Mendoza", "in Groningen" name
# the city too (its country is the same either way).
_CAPITAL_NAMESAKES = {
    "groningen": "Groningen", "mendoza": "Mendoza", "neuquén": "Neuquén", "neuquen": "Neuquén", "san juan": "San Juan",
    "san luis": "San Luis", "santa fe": "Santa Fe", "corrientes": "Corrientes", "oaxaca": "Oaxaca", "zacatecas": "Zacatecas",
    "guanajuato": "Guanajuato", "colima": "Colima", "campeche": "Campeche", "tlaxcala": "Tlaxcala", "salzburg": "Salzburg",
    "luzern": "Luzern", "fribourg": "Fribourg", "murcia": "Murcia", "cebu": "Cebu City",
}


@lru_cache(maxsize=1)
def _lengths() -> dict[str, int]:
    """For each first word of a place name, the most words a name starting with it has."""
    lengths: dict[str, int] = {}
    for key in (*_table(), *_NOT_PLACES):
        words = key.split(" ")
        lengths[words[0]] = max(lengths.get(words[0], 1), len(words))
    return lengths


# Regions bigger than a country, whose names contain a country's ("North America").
_NOT_PLACES = frozenset({"north america", "south america", "latin america", "central america", "the americas", "middle east", "south east asia", "southeast asia", "east asia"})
_NOWHERE = _Place("none", "", "", 0, False)


@dataclass(frozen=True)
class _Match:
    start: int
    end: int
    place: _Place


class _Token:
    """A word of the text, as ``re.Match`` gives it (start, end, the words)."""

    def __init__(self, lower: str, start: int, end: int) -> None:
        self._lower, self._start, self._end = lower, start, end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self, _: int = 0) -> str:
        return self._lower[self._start: self._end]


def _tokens(lower: str, lengths: dict[str, int], table: dict[str, _Place]) -> list[_Token]:
    """The words of ``lower``; a hyphenated one no place's name opens, whose first part is a place, is read as its
    parts: "Dallas-Fort Worth" (a metro area, the en dash made a hyphen), "Berlin-Mitte", "Minneapolis-St. Paul"
    ("Aix-en-Provence" stays one). A first part that is no place keeps the word whole: "Nieuw-Schotland" (Nova Scotia)
    is no Scotland."""
    tokens: list[_Token] = []
    for m in _TOKEN.finditer(lower):
        word = m.group(0)
        if "-" in word and word not in lengths and word.rstrip(".") not in lengths and word.split("-")[0] in table:
            at = m.start()
            for part in word.split("-"):
                if part:
                    tokens.append(_Token(lower, at, at + len(part)))
                at += len(part) + 1
        else:
            tokens.append(_Token(lower, m.start(), m.end()))
    return tokens


def _matches(text: Text) -> list[_Match]:
    table = _table()
    lengths = _lengths()
    lower = text.lower
    tokens = _tokens(lower, lengths, table)
    found: list[_Match] = []
    i = 0
    while i < len(tokens):
        hit = None
        first = tokens[i].group(0)
        longest = max(lengths.get(first, 0), lengths.get(first.rstrip("."), 0), lengths.get(first.removesuffix("'s"), 0))
        if not longest:
            i += 1
            continue
        for n in range(min(longest + 1, len(tokens) - i), 0, -1):
            start, end = tokens[i].start(), tokens[i + n - 1].end()
            if n > 1 and re.search(r"[,;!?\n]", lower[start:end]):
                continue
            key = lower[start:end] if n == 1 else re.sub(r"\s+", " ", lower[start:end])
            if key in _NOT_PLACES:
                hit = _Match(start, end, _NOWHERE)
                break
            place = table.get(key) or (table.get(key.rstrip(".")) if key.endswith(".") else None)
            if place is None and key.endswith("'s") and (_PART_AFTER.match(lower, end) or _NAMED_PART_AFTER.match(text.original, end)):
                place = table.get(key[:-2])
                end = end - 2 if place is not None else end
            if place is not None:
                if key.endswith(".") and key.rstrip(".") in table and key not in table:
                    end -= 1
                hit = _Match(start, end, place)
                break
        if hit:
            if hit.place is not _NOWHERE:
                found.append(hit)
            while i < len(tokens) and tokens[i].start() < hit.end:
                i += 1
        else:
            i += 1
    return found


# "we're in surry hills sydney 2010", "based in bondi, sydney": a neighbourhood the table does not know between the cue
# and the city, the city ending the clause or followed by its postcode. Words that carry on a sentence ("in touch with",
# "in love with") are no neighbourhood.
_SUBURB_BEFORE = lazy_compile(
    r"\b(?:we'?re|we are|i'?m|i am|based|located|headquartered|offices? (?:is |are )?|office'?s)\s+in\s+"
    r"(?:(?!(?:the|a|an|touch|love|talks|contact|charge|business|need|search|with|for|and|of|our|my|to|on|at|between|front|terms|line|favou?r|process|time|place)\b)[a-z'-]+,?\s+){1,2}$")
_SUBURB_AFTER = lazy_compile(r"\s*(?:$|[.!?;,)]|\d{4,5}\b)")


# A place in the search words a local business wants to be found for, quoted: "rank for 'emergency plumber houston'",
# "top 3 on google for \"dentist leeds\"": the place it serves.
_SEARCHED_FOR = lazy_compile(r"\b(?:for|rank for|keywords?:?|search(?:es|ing)? for|googles?|type in)\s*[\"'“‘«][^\"'”’»]{0,60}$")


# "Paris here, small agency", "hi, Paris here": a big city's name opening the message or a clause, capitalised, then "here"
# (in the seven languages), says where the visitor writes from; a county or a town that is a first name too is the
# visitor's name there ("Kerry here, I run a bakery").
_BIG_CITY = 500_000
_HERE_AFTER = lazy_compile(r"\s+(?:here|hier|ici|aqu(?:í|i)|qui)\b")
_OPENING_BEFORE = lazy_compile(r"(?:^|[.!?,;:]\s*|\b(?:hi|hello|hey|hiya|hallo|moin|servus|bonjour|salut|hola|ol(?:á|a)|oi|ciao|salve|hoi|goedendag)\W*)\s*$")


# A word opening the next clause after a comma, in the seven languages: "ventas, pero ...", "sales, but ...".
_CLAUSE_AFTER_COMMA = lazy_compile(
    r"(?:but|and|so|then|because|which|who|we|i|pero|y|porque|que|aber|und|weil|wir|ich|mais|et|parce|nous|je|on|mas|e|eu|n(?:ó|o)s|ma|perch(?:é|e)|"
    r"noi|io|maar|en|omdat|wij|ik|la|el|le|il|der|die|das|the|my|our|mi|nuestr[oa]|notre|unser\w*|onze|mijn)\b")


def _words_before_lower(text: Text, m: _Match, written: str) -> bool:
    """Whether a name in lower case has other words before it in a short answer: "manejo marketing y ventas" names a
    job's parts, no Ventas ("ventas" alone, or "Ventas" capitalised, still answers "where are you?")."""
    return written.islower() and bool(re.search(r"[^\W\d_]", text.lower[: m.start]))


# "a studio in Fitzroy (melb)", "based in Surry Hills (Sydney)": the city in brackets after a suburb said with a word of where.
_BRACKET_AFTER_A_TOWN = lazy_compile(r"\b(?:in|from|near|based in|based out of|located in|aus|à|en|em|a|uit)\s+[^\W\d_][\w'-]*(?:\s+[^\W\d_][\w'-]*)?\s*\(\s*$")


def _cued(text: Text, m: _Match) -> bool:
    before = text.lower[max(0, m.start - 40): m.start]
    after = text.lower[m.end: m.end + 20]
    after_cue = _CUE_AFTER.match(after)
    if after_cue and after_cue.group(0).lstrip().startswith(",") and text.original[m.start: m.end].islower() and _CLAUSE_AFTER_COMMA.match(
            text.lower[m.end:].lstrip(" ,")):
        after_cue = None  # "manejo marketing y ventas, pero ...": a comma after a word in lower case ends a clause, no place
    return bool(_CUE_BEFORE.search(before) or after_cue or _BRACKET_AFTER_A_TOWN.search(before) or _SEARCHED_FOR.search(text.lower, max(0, m.start - 80), m.start) or (
        m.place.kind == "city" and text.original[m.start: m.start + 1].isupper() and _street_before(text.original, m.start)) or (
        _SUBURB_BEFORE.search(before) and _SUBURB_AFTER.match(text.lower, m.end)) or (
        m.place.kind == "city" and m.place.population >= _BIG_CITY and text.original[m.start: m.start + 1].isupper()
        and _HERE_AFTER.match(after) and _OPENING_BEFORE.search(before)))


# Where a language is spoken at home, in the countries the product sells to: a city name shared
# across countries ("Valencia", "Córdoba", "Mérida") is the one there when the visitor writes the language.
HOME_COUNTRIES = {"es": ("ES",), "pt": ("PT", "BR"), "fr": ("FR", "BE", "CH"), "de": ("DE", "AT", "CH"), "it": ("IT", "CH"), "nl": ("NL", "BE")}


# The markets the product sells to: where its seven languages are spoken at home. With no language of its own to go
# by (English, or none detected), a city name shared across countries is the one in these markets ("Valencia" alone is
# Spain's, not Venezuela's bigger one; "Córdoba" Spain's), and among them, or outside them all, the biggest.
MARKETS = frozenset({"US", "GB", "IE", "CA", "AU", "NZ", *(c for countries in HOME_COUNTRIES.values() for c in countries)})


def named(words: str) -> bool:
    """Whether ``words`` (lower case) begin with the name of a country, region or city ("porto", "new york city")."""
    table = _table()
    parts = words.split()
    return any(" ".join(parts[:n]) in table for n in range(len(parts), 0, -1))


def only_places(words: str) -> bool:
    """Whether ``words`` are names of places and nothing else, a state's code or a country after a city included
    ("austin tx", "lyon, france", "asheville nc"): words that name where someone is, never a firm."""
    text = Text.of(words)
    rest = text.lower
    for m in _matches(text):
        rest = rest[: m.start] + " " * (m.end - m.start) + rest[m.end:]
    return bool(_matches(text)) and not re.search(r"[^\W\d_]", rest) and bool(re.search(r"[^\W\d_]", text.lower))


def is_demonym(words: str) -> bool:
    """Whether the words say where a people is from ("dutch", "south african")."""
    return words.lower() in _DEMONYMS


def is_place(words: str) -> bool:
    """Whether ``words`` (lower case) are, all of them, the name of a country, region or city ("milano", "new york")."""
    return re.sub(r"\s+", " ", words.strip()) in _table()


def _at_home(place: _Place, lang: str | None) -> tuple[str, str]:
    """The (country, city) a city name means for a visitor writing ``lang``."""
    home = HOME_COUNTRIES.get(lang or "", ()) or MARKETS
    if place.country not in home:
        for country, display in place.namesakes:
            if country in home:
                return country, display
    return place.country, place.display


# A postcode of the markets' countries beside a town the table does not know, as an address writes it: "29900
# Concarneau", "D-80331 München", "Reggio Emilia, CAP 42020", "4000-123 Porto", "2161 AB Lisse". The formats the
# countries share (five digits: France, Germany, Spain, Italy; four: Austria, Switzerland, Belgium) are read in the
# visitor's language; a country's letter before the code, Italy's "CAP", Portugal's 4-3 and the Netherlands' 4+2 letters
# say the country alone.
_TOWN = r"[A-ZÀ-Þ][\w'’-]+(?:[ -](?:[A-ZÀ-Þ][\w'’-]+|sur|sous|en|le|la|les|de|del|di|am|an|im|aan|den|op))*"
_POSTCODE_TOWN = lazy_compile(
    rf"(?:^|[\s,(])(?:(?P<letter>D|F|E|I|A|CH|B|NL|P|L)-)?(?P<code>\d{{4}}-\d{{3}}|\d{{4}} ?[A-Z]{{2}}|\d{{4,5}})\s+(?P<town>{_TOWN})|"
    rf"(?P<town2>{_TOWN}),?\s+(?P<cap>(?i:CAP|PLZ|CP|C\.P\.|NPA)\.?:?)\s*(?P<code2>\d{{4,5}})\b")
# Digits alone are a postcode only where an address puts one: opening the answer or after a comma or a bracket, the town
# closing the line.
_AS_AN_ADDRESS = lazy_compile(r"(?:^|,|\(|\n)\s*$")
_ADDRESS_END = lazy_compile(r"\s*(?:$|[,.;:)!?\n])")
_POSTCODE_LETTERS = {"D": "DE", "F": "FR", "E": "ES", "I": "IT", "A": "AT", "CH": "CH", "B": "BE", "NL": "NL", "P": "PT", "L": "LU"}
_FIVE_DIGITS = {"fr": "FR", "de": "DE", "es": "ES", "it": "IT"}
_FOUR_DIGITS = {"nl": "BE"}  # a Dutch speaker with four digits alone: Flanders (the Netherlands add two letters)
_POSTCODE_WORDS = {"cap": "IT", "plz": None, "cp": None, "c.p.": None, "npa": "CH"}


def _postcode_town(text: Text, lang: str | None, *, by_format_only: bool = False) -> Location | None:
    """The country (and town) a postcode written beside a town says, if the format or the visitor's language tells."""
    for m in _POSTCODE_TOWN.finditer(text.original):
        code = m.group("code") or m.group("code2")
        town = m.group("town") or m.group("town2")
        if m.group("code") and re.fullmatch(r"(?:19|20)\d\d", code):
            continue  # "2027 Barcelona", "since 2019 Bosch": a year, not a postcode
        by_format = bool(m.group("letter") or m.group("cap") or re.fullmatch(r"\d{4}-\d{3}|\d{4} ?[A-Z]{2}", code))
        if not by_format and (by_format_only or not _AS_AN_ADDRESS.search(text.original[: m.start("code")])
                              or not _ADDRESS_END.match(text.original, m.end())):
            continue  # "wir haben 25000 Kunden", "we spent 15000 Euro": a number and a noun, not an address's line
        if m.group("letter"):
            country = _POSTCODE_LETTERS[m.group("letter")]
        elif re.fullmatch(r"\d{4}-\d{3}", code):
            country = "PT"
        elif re.fullmatch(r"\d{4} ?[A-Z]{2}", code):
            country = "NL"
        elif m.group("cap"):
            country = _POSTCODE_WORDS.get(m.group("cap").lower().rstrip(".:"), None) or (
                _FIVE_DIGITS.get(lang or "") if len(code) == 5 else None)
        elif len(code) == 5:
            country = _FIVE_DIGITS.get(lang or "")
        else:
            country = _FOUR_DIGITS.get(lang or "")
        if country:
            return Location(country, town)
    return None


# A street's word and a postcode written before a city, as an address of one country writes it: "Rue de Siam, 29200
# Brest", "Calle Mayor 5, 28013 Madrid", "Via Roma 1, 20121 Milano", "Hauptstraße 5, 10115 Berlin", "Rua Augusta 10,
# 1200-195 Lisboa", "Damrak 1, 1012 AB Amsterdam". The street decides the countries that share a postcode's length.
_STREETS = {
    "FR": r"rue|avenue|av\.|(?-i:[Bb]d)|boulevard|chemin|all(?:é|e)e|impasse|quai|place|route|cours|faubourg|chauss(?:é|e)e",
    "ES": r"calle|c/|avenida|avda\.?|plaza|pza\.?|paseo|carrer|camino|ronda|traves(?:í|i)a|glorieta|rambla",
    "IT": r"via|viale|piazza|p\.?zza|corso|largo|vicolo|strada|contrada|lungomare",
    "DE": r"[\w-]*stra(?:ß|ss)e|[\w-]*str\.|[\w-]*weg|[\w-]*platz|[\w-]*allee|[\w-]*gasse|[\w-]*ring|[\w-]*damm|[\w-]*ufer|[\w-]*chaussee",
    "PT": r"rua|avenida|av\.|travessa|largo|pra(?:ç|c)a|estrada|alameda|rodovia",
    "NL": r"[\w-]*straat|[\w-]*laan|[\w-]*weg|[\w-]*plein|[\w-]*gracht|[\w-]*kade|[\w-]*singel|[\w-]*dijk|[\w-]*steeg",
}
# A street's name as an address opens with it: the word for "street" of the seven languages, then its name ("Rue de
# Siam", "Via Roma", "Calle Mayor", "Rua Augusta", "Hauptstraße", "Keizersgracht"). What it names is a place, never a
# firm, and a city inside it ("Via Roma, Milano", "Rua Augusta, Lisboa") is no city the visitor is in.
_STREET_WORDS = (r"rue|avenue|av\.|boulevard|bd|chemin|impasse|quai|faubourg|calle|c/|avenida|avda\.?|paseo|carrer|rambla|traves(?:í|i)a|"
                 r"via|viale|piazza|p\.?zza|corso|vicolo|lungomare|rua|travessa|alameda|pra(?:ç|c)a|plaza")
STREET = lazy_compile(
    rf"(?i)(?:(?:{_STREET_WORDS})\s+(?:(?:de|del|della|dei|delle|di|da|do|dos|das|du|des|la|le|les|los|las|el|l['’]|d['’])\s*)*"
    r"[A-ZÀ-Þ0-9]|[\w-]+(?:stra(?:ß|ss)e|str\.|straat|gracht|laan|plein|kade|singel|steeg|gasse|allee|ufer|damm)\b)")
# Where a city named next is the street's own name: "Via Roma", "Rua Augusta", "Avenida Paulista", "Rue de Paris".
_IN_A_STREET = lazy_compile(
    rf"(?i)\b(?:{_STREET_WORDS})\s+(?:(?:de|del|della|dei|delle|di|da|do|dos|das|du|des|la|le|les|los|las|el|l['’]|d['’])\s*)*$")
# Countries whose postcodes have five digits, and four, that a street's language may name.
_FIVE_DIGIT_COUNTRIES = {"FR": ("FR",), "ES": ("ES",), "IT": ("IT",), "DE": ("DE",), "PT": ("BR",), "NL": ()}
_FOUR_DIGIT_COUNTRIES = {"FR": ("BE", "CH", "LU"), "ES": (), "IT": ("CH",), "DE": ("AT", "CH"), "PT": (), "NL": ("BE",)}
_ADDRESS_BEFORE = lazy_compile(
    r"(?:^|[\n,;:(]|\b(?:at|in|à|en|em|a|in|op|an der|in der)\s)\s*(?i:(?P<street>" + "|".join(f"(?:{p})" for p in _STREETS.values())
    + r")\b[^,\n;]{0,40},\s*)?(?:(?P<letter>D|F|E|I|A|CH|B|NL|P|L)-)?(?P<code>\d{4}-\d{3}|\d{4}\s?[A-Z]{2}|\d{5}-\d{3}|\d{4,5})\s+$")


# A street named right before a city, with no postcode between: "Rue de Siam, Brest", "rue de Siam à Brest", "Calle
# Mayor 5, Madrid", "Hauptstraße 5 in Berlin". The city is named as an address names it (a cue), in the street's country.
_STREET_BEFORE_CITY = lazy_compile(
    r"(?i:(?P<street>" + "|".join(f"(?:{p})" for p in _STREETS.values()) + r"))\s[^,\n;.!?]{0,40}?(?:,\s*|\s+(?:à|a|in|en|em|na|no)\s+)$")
_STREET_COUNTRY = {"FR": "FR", "ES": "ES", "IT": "IT", "DE": "DE", "PT": "PT", "NL": "NL"}
_STREET_COUNTRIES = {"FR": ("FR", "BE", "CH", "LU"), "ES": ("ES",), "IT": ("IT", "CH"), "DE": ("DE", "AT", "CH"), "PT": ("PT", "BR"), "NL": ("NL", "BE")}


def _street_before(original: str, city_start: int) -> re.Match[str] | None:
    """The street written right before a city, as an address writes it."""
    m = _STREET_BEFORE_CITY.search(original, max(0, city_start - 70), city_start)
    return m if m is not None and STREET.match(original, m.start()) else None


def _street_country(original: str, city_start: int, own: tuple[str, ...]) -> str | None:
    """The country a street written before a city says: the city's own (or a namesake's) when the street's language is
    spoken there ("Rua Augusta, São Paulo" is Brazil), else the country of the street's language ("Rue de Siam, Brest")."""
    m = _street_before(original, city_start)
    if m is None:
        return None
    languages = [c for c, p in _STREETS.items() if re.fullmatch(rf"(?i:{p})", m.group("street").strip())]
    fitting = [c for c in own if any(c in _STREET_COUNTRIES[one] for one in languages)]
    if fitting:
        return fitting[0]
    return _STREET_COUNTRY[languages[0]] if len(languages) == 1 else None


# How many digits a country's postcodes have (the countries the table's cities share names across): a postcode written
# before a city is no postcode of a country whose codes are longer or shorter ("29200 Brest" is no Belarusian address,
# whose codes have six digits, so it is the Brest of France, whose have five).
_POSTCODE_DIGITS = {
    **dict.fromkeys("AT BE CH DK NO LU HU AU NZ ZA PH BG CY GE LI SI MK AM TN VE PY BD ET LR MZ NE GL".split(), 4),
    **dict.fromkeys("FR DE ES IT US FI MX TR HR MY UA EG MA SA TH ID KR PK IQ KW DZ CU GT ME RS BA EE LT UY SN ZM SD KE SV "
                    "NI HN DO PE JO LB MC SM VA MT".split(), 5),
    **dict.fromkeys("BY RU IN CN KZ KG RO SG VN TJ TM UZ EC CO NG TT".split(), 6),
    **dict.fromkeys("GB IE CA JP".split(), 0),  # letters in them, or a dash: no code of digits alone
}
_CODE_BEFORE_CITY = lazy_compile(
    r"(?:^|[\n,;:(]|\b(?:at|in|à|en|em|a|op)\s)\s*(?:(?P<code>\d{4,6})|(?P<uk>[A-Z]{1,2}\d[A-Z\d]?\s\d[ABD-HJLNP-UW-Z]{2}))\s+$")


def _postcode_country(original: str, city_start: int, place: _Place) -> str | None:
    """The country of a city's namesake that a postcode written before the city fits, when the city's own country's
    postcodes have another length (None when the postcode does not tell)."""
    m = _CODE_BEFORE_CITY.search(original, max(0, city_start - 12), city_start)
    if m is not None and m.group("uk"):
        # "GL1 2AB Gloucester": a British postcode, the British city of the name
        return "GB" if place.country != "GB" and any(c == "GB" for c, _ in (*place.namesakes, *place.smaller)) else None
    if m is None or re.fullmatch(r"(?:19|20)\d\d", m.group("code")):
        return None  # ("since 2019 Bosch": a year)
    length = len(m.group("code"))
    own = _POSTCODE_DIGITS.get(place.country)
    if own is None or own == length:
        return None
    fitting = [c for c, _ in (*place.namesakes, *place.smaller) if _POSTCODE_DIGITS.get(c) == length]
    return fitting[0] if len(fitting) == 1 else None


def _address_country(original: str, city_start: int, lang: str | None) -> str | None:
    """The country an address's street and postcode, written right before a city, say (None when they do not tell)."""
    m = _ADDRESS_BEFORE.search(original, max(0, city_start - 90), city_start)
    if m is None:
        return None
    code = m.group("code")
    if m.group("letter"):
        return _POSTCODE_LETTERS[m.group("letter")]
    if re.fullmatch(r"\d{4}-\d{3}", code):
        return "PT"
    if re.fullmatch(r"\d{5}-\d{3}", code):
        return "BR"
    if re.fullmatch(r"\d{4}\s?[A-Z]{2}", code):
        return "NL"
    if re.fullmatch(r"(?:19|20)\d\d", code):
        return None  # "since 2019 Bosch": a year
    street = m.group("street")
    languages = [c for c, p in _STREETS.items() if street and re.fullmatch(rf"(?i:{p})", street.strip())] if street else []
    table = _FIVE_DIGIT_COUNTRIES if len(code) == 5 else _FOUR_DIGIT_COUNTRIES
    countries = {c for lang_of_street in languages for c in table[lang_of_street]}
    if not street:
        said = (_FIVE_DIGITS if len(code) == 5 else _FOUR_DIGITS).get(lang or "")
        return said if said and m.group(0).lstrip(" \n,;:(").startswith(code) else None
    return next(iter(countries)) if len(countries) == 1 else None


# A city's name said as its province's or state's: French "au" (a city takes "à"), "province of", "state of", "... province".
_AS_A_REGION_BEFORE = lazy_compile(r"(?:\bau|\bprovince (?:of|de|du)|\bstate of|\bprovincia de|\bprov(?:í|i)ncia de|\bprovincia di)\s+$")
_AS_A_REGION_AFTER = lazy_compile(r"\s+(?:province|state)\b")
# The town said with "à" or "in" before the province: "une érablière à Saint-Hilaire au Québec".
_TOWN_BEFORE_A_REGION = lazy_compile(r"\b(?:à|a|in|en)\s+(?P<town>[A-ZÀ-Þ][\w'’]+(?:-[\w'’]+)*)\s*,?\s+(?:au|in|en)\s+$")


def location(text: Text, field: str | None, lang: str | None = None, *, stays: bool = False) -> Location | None:
    """Country code and, when one was named, the city (a name several countries' cities share: the one
    where ``lang``, the visitor's language, is spoken, else the biggest). ``stays``: where the visitor will be for a
    while counts too ("I'm in New York this week": the zone of a call, not the firm's base)."""
    matches = _matches(text)
    if asks_to_stop(text.original) and not any(_accented(text.original[m.start: m.end]) for m in matches):
        # "pare", "pare, por favor", "Stopp!", "hou op": a stop said on its own names no town, though Pare (Indonesia)
        # shares the Portuguese and Spanish word ("Anotado: uma sede em Pare"), and Pará the Spanish "para" unless
        # written with the accent the verb never takes ("Pará").
        return None
    written = _postcode_town(text, lang, by_format_only=True)
    if written is not None and not any(m.place.kind == "city" and text.original[m.start: m.end] == written.city for m in matches):
        return written  # "2161 AB Lisse", "Reggio Emilia, CAP 42020": the postcode's format names the country of a town the table lacks
    if not matches and (postal := _postal(text)) is not None:
        return postal  # "our postcode is M1 4BT": the format is the UK's alone
    if not matches:
        zone = _zone_city(text.lower)
        if zone is not None:
            return Location(zone.country, zone.display)
        demonym = _DEMONYM.search(text.lower)
        if demonym:
            return Location(_DEMONYMS[demonym.group(1)], None)
        return _postcode_town(text, lang) or _misspelt(text)
    answer = field == "location"
    short = len(text.lower.split()) <= 4
    kept: list[_Match] = []
    stayed: set[_Place] = set()
    market_end = -1
    town: str | None = None  # a town the table does not know, named before its state's code ("(Reston, VA)")
    for index, m in enumerate(matches):
        written = text.original[m.start: m.end]
        place = m.place
        if place.kind == "city" and _in_a_persons_name(text.original, m):
            continue  # "Ana Lima", "Paulo Santos", "John Lincoln", "Sofia Paris": a surname or a given name, no city
        if place.kind == "city" and _IN_A_STREET.search(text.original, max(0, m.start - 40), m.start):
            continue  # "Via Roma, Milano", "Rua Augusta, Lisboa": the street's name, not the city the visitor is in
        if written.lower() == "loja" and _A_SHOP_AFTER.match(text.lower, m.end):
            continue  # "loja virtual de roupas": a shop, not Loja (Ecuador)
        if field != "location" and place.kind in ("city", "region") and (
                _DRINK_AFTER.match(text.lower, m.end) or _DRINK_BEFORE.search(text.lower, max(0, m.start - 40), m.start)):
            continue  # "a glass of porto", "porto wine": a drink named after the place
        if place.kind == "abbr":
            # ("Cambridge (MA)": a state's code in brackets after the city qualifies it as one after a comma does)
            after_city = index > 0 and matches[index - 1].place.kind == "city" and re.fullmatch(r",?\s*|\s*\(\s*", text.lower[matches[index - 1].end: m.start])
            after_town = written.lower() not in _CODE_WORDS and _TOWN_BEFORE_CODE.search(text.original, 0, m.start)
            in_list = written.isupper() and _codes_listed_with(text.original, m, matches).count(place.country) >= 2
            # "across QLD", "based in NSW": a three-letter code no English word shares, in capitals after a word of place;
            # a two-letter one after a word that says where ("a 3pl in NJ", "based out of TX"), unless a country's code too
            named = written.lower() not in _CODE_WORDS and (
                (len(written) >= 3 and _cued(text, m))
                or (written.lower() not in _COUNTRY_CODES_TOO and _WHERE_BEFORE_CODE.search(text.lower, max(0, m.start - 30), m.start)))
            typed_low = after_city and written.islower() and written in _LOWER_CASE_CODES  # "melbourne fl", "portland me" is no Maine
            if not typed_low and not (written.isupper() and (after_city or after_town or named or in_list or (answer and short))):
                continue
            if written == "GA" and not answer and tools.ga_is_the_tool(text.original, m.start, m.end):
                continue  # "GA shows traffic down", "we use GA and GTM": Google Analytics, not Georgia
            if after_town and not after_city:
                town = town or after_town.group("town") or after_town.group("bare")
        elif place.needs_cue and not (_cued(text, m) or (answer and short and not _words_before_lower(text, m, written))
                                      or (index > 0 and kept and kept[-1].end >= m.start - 3) or _own_state_after(text, m, matches)) or (
                place.needs_cue and written.islower() and not answer and _ARTICLE_CUE.search(text.lower, max(0, m.start - 4), m.start)
                and not _short_name_of_a_city(text, m, written) and not _SITED_AT.search(text.lower, max(0, m.start - 40), m.start)):
            # ("a wedding venue": the Italian and Portuguese "a" is also the English article; a lower-case word after it is no place)
            # (the next place but a state's code in lower case: "in" is Indiana's, "Cork in Ireland" names Ireland next)
            following = next((o for o in matches[index + 1:]
                              if o.place.kind != "abbr" or text.original[o.start: o.end].isupper()), None)
            # "Reading, UK", "Salem OR", "Cork in Ireland": a region after the name is a cue; a state code only in capitals
            # ("sale on March 20").
            between = text.lower[m.end: following.start] if following is not None else ""
            # ("dans la vallée de la Loire": a word in lower case before a region with no comma between is no city)
            # ("Hamilton (Neuseeland)", "Hamilton (NZ)": a country in brackets after the name qualifies it too)
            coded = _COUNTRY_CODE_AFTER.match(text.original, m.end) if not written.islower() else None
            qualified = (coded is not None and (coded.group("code") or coded.group("code2")) in _country_codes()) or (following is not None and (
                re.fullmatch(r",\s*" if written.islower() else r",?\s*|\s*\(\s*", between) or (
                # "in" before it only when it is the city's own country ("we sell cork in Portugal" names no Cork)
                re.fullmatch(r"\s+in\s+(?:the\s+)?", between)
                and {place.country, *(c for c, _ in place.namesakes)} & set(following.place.country.split("|")))) and (
                following.place.kind in ("region", "country")
                or (following.place.kind == "abbr" and text.original[following.start: following.end].isupper())
            ))
            if not qualified:
                continue
        elif place.kind == "city" and not answer and len(written) < 4 and not written.isupper() and not (
                written.istitle() and _FROM_TOWN.search(text.lower, max(0, m.start - 30), m.start)) and not _short_name_of_a_city(text, m, written):
            continue
        elif place.kind == "city" and len(written) <= 3 and written.isupper() and (
                listed := _codes_listed_with(text.original, m, matches)) and any(listed.count(c) >= 2 for c in listed):
            continue  # "across 3 states (TX, OK, LA)": Louisiana's code, not Los Angeles
        elif place.kind == "city" and not answer and written.islower() and _ARTICLE_BEFORE.search(text.lower, max(0, m.start - 6), m.start) \
                and written not in _SHORT_NAMES and not _SITED_AT.search(text.lower, max(0, m.start - 40), m.start):  # ("siamo a nyc": no noun is "nyc")
            continue  # "somos uma loja", "we run a reading club": a noun after an article, not Loja or Reading
        elif place.kind == "city" and not answer and written.islower() and re.match(r"(?:la|le|el|los|las|les|il|lo|the|de|den|het) ", written) \
                and not _cued(text, m):
            continue  # "pero la plata la decide mi viejo": the money, in lower case with no word of place, not La Plata
        elif place.kind == "city" and _TIME_AFTER.match(text.lower, m.end) and not _SUBURB_BEFORE.search(text.lower, max(0, m.start - 40), m.start):
            # ("we're in surry hills sydney 2010": after a suburb, the number is the postcode)
            continue  # "bis Mitte nächsten Jahres", "Mitte März": a word for a time of the year, not Berlin-Mitte
        elif place.kind == "country" and len(written) <= 3 and not written.replace(".", "").isupper() and not (answer and short) and (written == "us" or not _cued(text, m)):
            continue
        if field != "location" and (
                ((_MARKET_BEFORE.search(text.lower, max(0, m.start - 40), m.start) or _CUSTOMERS_LISTED_BEFORE.search(text.lower, max(0, m.start - 90), m.start))
                 and not _ORIGIN_BEFORE.search(text.lower, max(0, m.start - 40), m.start)
                 and not (place.kind == "city" and _WORK_IN_A_CITY.search(text.lower, max(0, m.start - 40), m.start)))
                or _MARKET_AFTER.match(text.lower, m.end) or (market_end >= 0 and _JOINED.fullmatch(text.lower, market_end, m.start))):
            market_end = m.end
            continue  # "we want to break into the US market", "buyers in USA and UK": where they sell, not are
        if field != "location" and (_at_an_event(text.lower, m.start, m.end) or (written.islower() and _EVENT.fullmatch(written))):
            continue  # "we met your team at Web Summit in Lisbon": where an event was, not where the visitor is
        if not stays and (_a_stay(text, m) or (stayed and m.place in stayed
                                                and not _BASED.search(text.lower[max(0, m.start - 40): m.start]))):
            stayed.add(m.place)
            continue  # "I'll be in Singapore next week", "je serai à Singapour ...": a trip, no base (nor "Singapore time" after it)
        if _LEFT_BEFORE.search(text.lower, max(0, m.start - 50), m.start) and any(other.start > m.end for other in matches[index + 1:]):
            continue  # "we zitten niet meer in Gent maar in Antwerpen", "cerramos la oficina de Valencia. Seguimos en Madrid"
        if kept and _ALSO_BEFORE.search(text.lower, max(0, m.start - 60), m.start):
            continue  # "Singapore, but we also have a small office in KL": a second site, the base said first
        if _CONTRAST_BEFORE.search(text.lower, max(0, m.start - 30), m.start) and len(matches) > 1:
            continue  # "Cork in Ireland, not New York", "à Lyon, pas à Paris", "em Braga, não em Lisboa": where they are not
        if place.kind == "city" and (_AS_A_REGION_BEFORE.search(text.lower, max(0, m.start - 25), m.start) or _AS_A_REGION_AFTER.match(text.lower, m.end)):
            # "au Québec", "in Quebec province", "the state of New York": the province or state the city names, not the city
            m = _Match(m.start, m.end, _Place("region", place.country, place.display, place.population, False))
            town = town or (t.group("town") if (t := _TOWN_BEFORE_A_REGION.search(text.original, 0, m.start)) else None)
        kept.append(m)
    if not kept:
        zone = _zone_city(text.lower)
        if stayed:
            return None  # where the visitor will be for a while is all the message names
        return Location(zone.country, zone.display) if zone is not None else (_postcode_town(text, lang) or _postal(text) or _misspelt(text))
    based = [m for m in kept if _BASED.search(text.lower[max(0, m.start - 40): m.start]) or _HQ_AFTER.match(text.lower, m.end)]
    if based:
        kept = [m for m in kept if m.start >= based[0].start]
        home = based[0].place
        if home.kind in ("country", "region", "abbr"):
            # "based in the UK, offices in Paris too": the base decides; a city counts only inside it.
            countries = set(home.country.split("|"))
            inside = [m for m in kept if m.place.kind == "city" and m.place.country in countries]
            if inside:
                return Location(inside[0].place.country, inside[0].place.display)
            return Location(home.country.split("|")[0], None)
    cities = [m for m in kept if m.place.kind == "city"]
    if len(cities) > 1:
        # "Tom from Harrow Marine (..., Southampton)": a city opening a firm's name gives way to one said on its own
        alone = [m for m in cities if not _opens_a_name(text, m)]
        cities = alone or cities
    regions = [m for m in kept if m.place.kind in ("country", "region", "abbr")]
    if not cities and town and regions:
        return Location(regions[0].place.country.split("|")[0], town)
    if cities:
        # "dona de uma loja virtual em Curitiba": a city named with a cue ("em", "based in") beats a bare word that is a city too (Loja).
        city = next((m for m in cities if _cued(text, m)), cities[0])
        country, display = _at_home(city.place, lang)
        qualifier = next((r for r in regions if r.start >= city.end and r.start - city.end <= 3), None)
        code_after = None if qualifier else _COUNTRY_CODE_AFTER.match(text.original, city.end)
        addressed = None if qualifier or code_after else (
            _postcode_country(text.original, city.start, city.place)
            or _address_country(text.original, city.start, lang)
            or _street_country(text.original, city.start, (country, city.place.country, *(c for c, _ in (*city.place.namesakes, *city.place.smaller)))))
        if addressed and addressed != country:
            # "Rue de Siam, 29200 Brest": the street and postcode of an address are France's, not Belarus's
            country, display = next(((c, d) for c, d in ((city.place.country, city.place.display), *city.place.namesakes, *city.place.smaller)
                                     if c == addressed), (addressed, text.original[city.start: city.end]))
        said = (code_after.group("code") or code_after.group("code2")) if code_after else None
        if said in _country_codes() and not _a_state_of(said, (city.place.country, *(c for c, _ in city.place.namesakes))):
            # "Hamilton, NZ", "Valencia, VE": a country's ISO code in capitals right after the city decides between its
            # namesakes, or names a smaller town of that name abroad that the table does not keep
            country, display = next(((c, d) for c, d in ((city.place.country, city.place.display), *city.place.namesakes) if c == said),
                                    (said, city.place.display))
        elif qualifier:
            # "Valencia, Venezuela", "Valencia, Spain": the country said after the name decides between namesakes.
            said = qualifier.place.country.split("|")
            country, display = next(((c, d) for c, d in ((city.place.country, city.place.display), *city.place.namesakes) if c in said),
                                    (country, display))
            country = _qualified(qualifier, text.original[qualifier.start: qualifier.end], country)
        elif text.original[city.start: city.end].lower() in _SHARED_ENGLISH and lang in (None, "en"):
            # "20 staff, Newcastle": the rest of the message decides between the markets, else no country is guessed
            said = [c for c, cue in _MARKET_WORDS.items() if c in _SHARED_ENGLISH[text.original[city.start: city.end].lower()] and cue.search(text.lower)]
            name = text.original[city.start: city.end].lower()
            # (a county's name, with no word of its market, stays the table's city: "Norfolk" alone is Virginia's)
            country = said[0] if len(said) == 1 else (country if any(name == n for n, _ in _SHARED_COUNTIES) and not said else None)
            if (name, country) in _SHARED_COUNTIES:
                display = None
        return Location(country, display)
    first = regions[0]
    return Location(first.place.country.split("|")[0], None)


# Where the visitor will be for a while, not where the firm is: a trip ("travelling to", "flying to", "visiting", "ich
# reise nach", "je pars à", "viajo a", "vou para", "vado a", "ik reis naar"), or the visitor's own "I'll be / I am" before
# the place with a time soon in the clause ("I'll be in Singapore next week", "ich bin nächste Woche in Singapur", "je
# serai à Singapour la semaine prochaine", "estaré en Singapur la semana que viene", "vou estar em Singapura na próxima
# semana", "sarò a Singapore la settimana prossima", "ik ben volgende week in Singapore").
_TRIP_BEFORE = lazy_compile(
    r"\b(?:(?:i'?m |i am |we'?re |we are )?(?:travel+ing|flying|heading|off|on (?:my|our|a) way|going on a trip) to|visiting|(?:a|my|our|business) trip to|"
    r"(?:ich )?(?:reise|fliege|fahre) (?:\w+ ){0,3}?nach|(?:je )?(?:pars|voyage|vole) (?:\w+ ){0,3}?(?:à|a|en|au)|"
    r"viajo (?:\w+ ){0,3}?(?:a|para)|(?:me )?voy de viaje a|vou viajar (?:\w+ ){0,3}?para|viajo (?:\w+ ){0,3}?para|"
    r"(?:vado|volo|parto) (?:\w+ ){0,3}?(?:a|in|per)|(?:ik )?(?:reis|vlieg|ga) (?:\w+ ){0,3}?naar)\s+(?:the\s+)?$")
_STAY_BEFORE = lazy_compile(
    r"\b(?:i'?ll be|i will be|i'?m going to be|i'?m gonna be|i'?m|i am|ich bin|ich werde|je serai|je suis|je vais (?:ê|e)tre|"
    r"estar(?:é|e)|estoy|voy a estar|vou estar|estarei|estou|sar(?:ò|o)|sono|ik ben|ik zit)\s+(?:[\w'’]+\s+){0,4}?"
    r"(?:in|at|à|a|au|en|em|no|na|op|nach)\s+(?:the\s+)?$")
_SOON = lazy_compile(
    r"\b(?:(?:next|this|coming) (?:week|month)|tomorrow|(?:nächste|kommende|diese)n? woche|n(?:ä|ae)chsten monat|morgen|(?:ü|ue)bermorgen|"
    r"(?:la semaine|le mois) prochaine?|cette semaine|demain|la (?:semana|pr(?:ó|o)xima semana) que viene|la pr(?:ó|o)xima semana|esta semana|"
    r"el mes que viene|ma(?:ñ|n)ana|(?:na |a )?pr(?:ó|o)xima semana|semana que vem|amanh(?:ã|a)|la settimana prossima|la prossima settimana|"
    r"questa settimana|il mese prossimo|domani|volgende (?:week|maand)|deze week)\b")


def _a_stay(text: Text, m: _Match) -> bool:
    """Whether the place at ``m`` is where the visitor will be for a while (a trip, a visit soon), not their base."""
    start, end = text.clause_at(m.start)
    before = text.lower[max(start, m.start - 60): m.start]
    if _BASED.search(before) and not _STAY_BEFORE.search(before):
        return False
    stay = _STAY_BEFORE.search(before)
    # the time soon said between "I'll be" and the place or right after it ("ich bin in Berlin und habe morgen Zeit" is a base)
    soon = stay is not None and (_SOON.search(stay.group(0)) or re.match(
        rf"[\s,]*(?:(?:from|until|till|on|for|ab|bis|dès|jusqu'à|desde|hasta|a partir de|até|da|fino a|vanaf|tot)\s+)?(?:{_SOON.pattern})",
        text.lower[m.end: end]))
    return bool(_TRIP_BEFORE.search(before) or soon)


# A capitalised word after a city that is no place nor a word of place: the city opens a firm's name ("Harrow Marine",
# "Boston Dynamics", "Leeds Plumbing Ltd"); "Leeds City Centre", "London Ontario", "Berlin Mitte" stay places.
_NAME_WORD_AFTER = lazy_compile(r"[ \t]+(?P<word>[A-Z][\w&'-]*)")
_PLACE_WORDS = frozenset({"city", "centre", "center", "area", "metro", "region", "county", "council", "borough", "town", "district", "east",
                          "west", "north", "south", "mitte", "centro", "centre-ville", "downtown", "uptown", "office", "hq", "here", "based",
                          "and", "or", "i", "we"})


# A person's name around a city's: a given name, capitalised, right before it ("Ana Lima", "Paulo Santos", "Maria
# Florence"), or the city's name is a given name opening a person's name ("Sofia Paris", "Florence Dupont").
_GIVEN_BEFORE = lazy_compile(r"(?<![\w'’-])(?P<word>[A-ZÀ-Þ][a-zß-ÿ]+)[ \t]+$")
_SURNAME_AFTER = lazy_compile(r"[ \t]+(?P<word>[A-ZÀ-Þ][a-zß-ÿ'’-]+)(?![\w-])")
# A given name, then a surname or two (particles between), right before the city: the city closes a full name ("Ana da
# Silva Santos", "Maria Oliveira Lima", "João Pedro Costa Franca"), as Portuguese and Spanish names often do.
_NAME_RUN_BEFORE = lazy_compile(
    r"(?<![\w'’-])(?P<word>[A-ZÀ-Þ][a-zß-ÿ]+)(?:[ \t]+(?:(?:de|da|do|dos|das|del|della|di|van|von|der|den|y|e)[ \t]+)*[A-ZÀ-Þ][a-zß-ÿ'’-]+){1,2}"
    r"[ \t]+(?:(?:de|da|do|dos|das|del|della|di|van|von|der|den|y|e)[ \t]+)*$")
_NOT_SURNAMES = frozenset({"harbour", "harbor", "airport", "beach", "bay", "port", "river", "valley", "hills", "county", "state"})


def _accented(written: str) -> bool:
    """Whether a name is written with an accent its letters lose when folded ("Pará", not "para")."""
    return _folded(written) != written.casefold()


def _in_a_persons_name(original: str, m: _Match) -> bool:
    """Whether the city at ``m``, written capitalised, is part of a person's name: after a given name, or a given name
    itself followed by a capitalised word that is no place ("we're in Lima", "Florence, Italy" stay places)."""
    from nlu.identity import is_given_name  # identity reads this module: imported at first use

    written = original[m.start: m.end]
    if not written[:1].isupper() or written.isupper():
        return False
    before = _GIVEN_BEFORE.search(original, max(0, m.start - 30), m.start)
    if before is not None and is_given_name(before.group("word")):
        return True
    run = _NAME_RUN_BEFORE.search(original, max(0, m.start - 50), m.start)
    next_word = re.match(r"\s+([^\W\d_]+)", original[m.end:])
    if run is not None and is_given_name(run.group("word")) and not any(
            is_place(w.lower()) for w in re.findall(r"[A-ZÀ-Þ][a-zß-ÿ'’-]+", original[run.end("word"): m.start])) and not (
            next_word and next_word.group(1).lower() in _PLACE_WORDS):  # ("Maria Lopez, Paris office": the office's city)
        return True  # "Sou a Ana da Silva Santos": her surname, not Santos, Brazil
    after = _SURNAME_AFTER.match(original, m.end)
    if after is None or " " in written or not is_given_name(written):
        return False
    word = after.group("word").lower()
    # ("Sofia Paris": a city after it is a surname too; "Florence Italy", "Austin Texas": a country or a state qualifies it)
    return word not in _PLACE_WORDS and word not in _NOT_SURNAMES and (word not in _table() or _table()[word].kind == "city")


def _opens_a_name(text: Text, m: _Match) -> bool:
    """Whether the city at ``m`` is the first word of a firm's name: written capitalised, a capitalised word that is
    neither a place nor a word of place right after it."""
    written = text.original[m.start: m.end]
    after = _NAME_WORD_AFTER.match(text.original, m.end)
    if not written[:1].isupper() or after is None:
        return False
    word = after.group("word").lower()
    return word not in _PLACE_WORDS and word not in _table() and not word.isupper()


# A city's time said with the German or Dutch adjective of its name: "um 10 New Yorker Zeit", "10 Uhr Londoner Zeit",
# "om 10 uur Londense tijd", "Amsterdamse tijd" (the other five say "heure de Paris", "hora de Madrid", "London time",
# read as the place itself).
_ZONE = lazy_compile(r"\b(?P<words>(?:[a-zäöüß]+\s+)?[a-zäöüß]+?(?:er|se|e))\s+(?:zeit|uhrzeit|ortszeit|tijd)\b")
_ZONE_IRREGULAR = {"münchner": "münchen", "muenchner": "münchen", "zürcher": "zürich", "wiener": "wien", "kölner": "köln"}


def _zone_city(lower: str) -> _Place | None:
    """The city whose time a German or Dutch adjective names ("New Yorker Zeit", "Londense tijd"), if any."""
    table = _table()
    for m in _ZONE.finditer(lower):
        words = m.group("words").split()
        for phrase in (" ".join(words[-2:]), words[-1]) if len(words) > 1 else (words[-1],):
            stems = [_ZONE_IRREGULAR.get(phrase, "")] + [phrase[: -len(end)] for end in ("er", "se", "e") if phrase.endswith(end)]
            place = next((table[stem] for stem in stems if stem and stem in table and table[stem].kind == "city"), None)
            if place is not None:
                return place
    return None


# A word of six letters or more right after a word that says where ("in manchster", "based in birmingam", "aus
# Muenchen", "en Barcelna"): a city misspelt there is read as the city it is one typo from.
_WHERE_BEFORE_WORD = lazy_compile(
    r"\b(?:in|based in|based out of|out of|located in|headquartered in|near|from|aus|bei|à|en|em|a|di|uit|vanuit|te|bij)\s+"
    r"(?P<word>[^\W\d_]{6,})\b"
)


@lru_cache(maxsize=1)
def _big_cities() -> dict[str, _Place]:
    """The markets' big cities under their own name (250,000 people or more): the ones a typo is read as."""
    return {key: place for key, place in _table().items()
            if place.kind == "city" and place.population >= 250_000 and place.country in MARKETS and " " not in key
            and len(key) >= 6 and _folded(place.display) == _folded(key)}


def _folded(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word.casefold()) if not unicodedata.combining(c))


def _misspelt(text: Text) -> Location | None:
    """The big city a word after a word of place is one typo from (a letter left out, added, changed or two swapped),
    keeping its first and last letter ("manchster", "birmingam", "glasow", "barcelna"); none when two are as near, or
    the word is an everyday one a city is near ("in recipe" is no Recife, "in example" no Eixample)."""
    cities = _big_cities()
    for m in _WHERE_BEFORE_WORD.finditer(text.lower):
        word = m.group("word")
        if word in _table() or word in _EVERYDAY_NEAR_CITIES:
            continue
        near = [place for key, place in cities.items()
                if key[0] == word[0] and key[-1] == word[-1] and abs(len(key) - len(word)) <= 1 and OSA.distance(word, key) <= 1]
        if len({(p.country, p.display) for p in near}) == 1:
            return Location(near[0].country, near[0].display)
    return None


# Everyday words one typo from a big city's name, in the seven languages.
_EVERYDAY_NEAR_CITIES = frozenset({"example", "recipe", "maison"})


# State codes listed together in capitals, two or more of one country: "across 3 states (TX, OK, LA)", "NSW/QLD".
_CODE_LIST = lazy_compile(r"\b[A-Z]{2,3}(?:\s*(?:,|/|&|and|\+)\s*[A-Z]{2,3}){1,}\b")


def _codes_listed_with(original: str, m: _Match, matches: list[_Match]) -> list[str]:
    """The countries of the state codes in the list of capitals ``m`` is in ("TX, OK, LA": US three times), or none."""
    for listed in _CODE_LIST.finditer(original):
        if listed.start() <= m.start and m.end <= listed.end():
            return [o.place.country for o in matches if listed.start() <= o.start and o.end <= listed.end() and o.place.kind == "abbr"]
    return []


# A place the visitor has left or named by mistake, in the seven languages: "I wrote Sydney before", "not in Gent any more",
# "we closed the Valencia office", "nicht mehr in", "plus à", "ya no en", "não estamos mais em", "non più a", "niet meer in".
_LEFT_BEFORE = lazy_compile(
    r"(?:\b(?:no longer|not any ?more|not anymore) (?:in|at|based in)|\b(?:i|we) (?:wrote|said|put|told you)|\bmoved (?:away )?(?:from|out of)|\bleft|"
    r"\bclosed (?:the|our|down the|down our) (?:\w+ )?(?:office|site|branch|store|shop|location)s? (?:in|at)|"
    r"\bnicht mehr in|\bumgezogen (?:aus|von)|\bgeschlossen.{0,20}(?:in|von)|\b(?:plus|pas) (?:à|a|en|au)|\bd(?:é|e)m(?:é|e)nag(?:é|e)s? de|\bferm(?:é|e) (?:le|notre) (?:bureau|site|agence|magasin) (?:de|d'|à)|"
    r"\bya no (?:en|estamos en)|\bcerr(?:amos|é) (?:la|nuestra) (?:oficina|sede|tienda|sucursal) de|\bnos mudamos de|"
    r"\bn(?:ã|a)o (?:estamos )?mais (?:em|no|na)|\bfech(?:amos|ei) (?:o|a|nosso|nossa) (?:escrit(?:ó|o)rio|loja|filial|sede) (?:de|em|d[oa])|\bmudamos de|"
    r"\bnon (?:siamo )?pi(?:ù|u) (?:a|in)|\bchiuso (?:la|l'|il) (?:sede|ufficio|negozio) (?:di|a)|\bci siamo trasferiti da|"
    r"\bniet meer in|\bverhuisd (?:van|uit)|\bgesloten.{0,20}in)"
    r"\s*(?:(?:the|our|de|la|le|el|o|a|il|het)\s+)?$")


# A second, smaller site said after where the visitor is, in the seven languages: "Singapore, but we also have a small office
# in KL", "wir haben auch ein Büro in Wien", "on a aussi un bureau à Lyon", "también tenemos una oficina en Bogotá",
# "também temos um escritório no Porto", "abbiamo anche un ufficio a Roma", "we hebben ook een kantoor in Gent": the place
# said first is the base.
_ALSO_BEFORE = lazy_compile(
    r"\b(?:also|too|as well|auch|aussi|[ée]galement|tambi(?:é|e)n|tamb(?:é|e)m|anche|pure|ook)\b[^.!?;]{0,30}?"
    r"\b(?:offices?|branch(?:es)?|sites?|teams?|warehouses?|locations?|outlets?|stores?|shops?|b(?:ü|ue)ros?|niederlassung(?:en)?|filiale[n]?|standort(?:e)?|"
    r"bureaux?|agences?|succursales?|oficinas?|sucursal(?:es)?|sedes?|escrit(?:ó|o)rios?|filia(?:l|is)|uffic(?:io|i)|filial[ei]|kantoor|kantoren|vestiging(?:en)?)"
    r"\s+(?:in|at|à|a|au|en|em|no|na|nel|nella|di|te|op)\s+(?:the\s+)?$")


# A place said as what the visitor is not, or instead of the other, in the seven languages: "not New York", "rather than
# London", "nicht in Berlin", "pas à Paris", "no en Madrid", "não em Lisboa", "non a Milano", "niet in Amsterdam".
_CONTRAST_BEFORE = lazy_compile(
    r"(?:\b(?:not|rather than|instead of|nicht|statt|anstatt|pas|plut(?:ô|o)t que|au lieu de|en vez de|en lugar de|n(?:ã|a)o|em vez de|"
    r"ao inv(?:é|e)s de|invece di|anzich(?:é|e)|niet|in plaats van)|(?<![\w'])no(?= (?:en|a) ))"
    r"\s+(?:(?:in|at|from|near|in the|the|in|aus|nach|à|a|au|aux|en|em|no|na|nel|nella|di|te|uit)\s+)?$"
)


# A country's two-letter ISO code in capitals after a city, with a comma or in brackets: "Hamilton, NZ", "Hamilton (NZ)".
_COUNTRY_CODE_AFTER = lazy_compile(r",\s*(?P<code>[A-Z]{2})\b(?![.\w-])|\s*\((?P<code2>[A-Z]{2})\)")


@lru_cache(maxsize=1)
def _country_codes() -> frozenset[str]:
    """The ISO 3166-1 alpha-2 codes of the countries the table names."""
    return frozenset(p.country for p in _table().values() if p.kind == "country")


@lru_cache(maxsize=256)
def _a_state_of(code: str, countries: tuple[str, ...]) -> bool:
    """Whether ``code`` is a state's or province's code in one of ``countries`` (ISO 3166-2, pycountry's list): "Porto
    Alegre, RS" is Rio Grande do Sul, not Serbia; "Campinas, SP" São Paulo, not a country."""
    import pycountry  # its subdivision list loads on first use, only when a code follows a city

    return any(pycountry.subdivisions.get(code=f"{country}-{code}") is not None for country in countries)


def _qualified(qualifier: _Match, written: str, city_country: str) -> str:
    """The country a region or code after a city names: "Vancouver, WA" is US, "Rotterdam, NL" stays NL."""
    meanings = qualifier.place.country.split("|")
    code = written.strip(". ").upper()
    if len(code) == 2 and code.isalpha():
        meanings.append(code if code != "UK" else "GB")
    return city_country if city_country in meanings else meanings[0]



@lru_cache(maxsize=256)
def currency_of(country: str) -> str | None:
    """The ISO 4217 code of a country's legal tender today (CLDR's data through babel), or None.

    An amount said with no currency is in the money of the country the same
    visitor states ("2k a month, we're in Manchester" is GBP).
    """
    from babel.numbers import get_territory_currencies  # CLDR's tables load on first use, not on import

    try:
        currencies = get_territory_currencies(country.upper(), tender=True, non_tender=False)
    except Exception:  # noqa: BLE001 - babel raises several kinds for a code it does not know; that is no help, not an error
        return None
    return currencies[0] if currencies else None
