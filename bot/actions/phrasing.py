"""How the bot says a value back, acknowledges an answer and names the company: short, varied, right.

Pure. ``describe`` turns a contract attribute into the words a visitor would
recognise ("a budget of about £60k", "about 300 people", "Manchester, United
Kingdom"): the same words confirm a heard value and say a correction back.
Each phrase is said in the conversation's language, its amounts, counts,
dates and countries in that language's format (``bot.actions.phrasebook``).
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from datetime import date, timedelta
from typing import Mapping, Sequence

import pycountry
from babel.dates import format_date, format_skeleton
from babel.numbers import get_currency_symbol

from bot.actions.phrasebook import ENGLISH, country, day, language, listed, money, number, say
from nlu import english
from nlu.attributes import INDUSTRIES, Attributes, Budget, Location, Range, Revenue, Timing
from nlu.places import location as place_of
from nlu.text import Text, plain
from nlu.tools import CATALOGUE
from qualification.slots import CONSENT

SAID_BACK = "Got it, {what}."
ACKNOWLEDGEMENTS = ("Thanks.", "Got it.", "Noted.", "Thanks for that.", "OK, noted.", "Understood.")
_PERIODS = {"month": "a month", "quarter": "a quarter", "year": "a year"}
# Each industry of the contract in English words; said through the phrasebook in the visitor's language.
INDUSTRY_WORDS = {industry: {
    "retail_ecommerce": "retail and e-commerce", "professional_services": "professional services",
    "financial_services": "financial services", "real_estate": "real estate",
    "marketing_advertising": "marketing and advertising", "media_entertainment": "media and entertainment",
}.get(industry, industry.replace("_", " ")) for industry in INDUSTRIES}
# Who the visitor said they are, as a clause: a student has no "role as student" to confirm.
PERSONA_WORDS = {
    "student": "that you're a student", "job_seeker": "that you're looking for a job",
    "competitor": "that you work for a competitor of ours", "vendor": "that you'd like to offer us your services",
    "existing_customer": "that you already work with us",
}
# Who decides, said back when the visitor named no title ("the other partner signs off anything over 5k"): "your
# role" alone confirmed nothing.
DECISION_WORDS = {
    "decision_maker": "that the decision is yours", "influencer": "that someone else makes the decision",
}
# Personas that are what the visitor is instead of a role: their title ("studentessa") says the same again.
_INSTEAD_OF_A_ROLE = ("student", "job_seeker")
_NEED_WORDS = {
    "lead_generation": "lead generation", "seo": "SEO", "paid_ads": "paid ads", "social_media": "social media",
    "content_marketing": "content marketing", "email_marketing": "email marketing",
    "marketing_automation": "marketing automation", "crm": "your CRM", "website": "your website",
    "analytics": "analytics",
}


def acknowledgement(conversation_id: str, turn: int) -> str:
    """A brief thanks for an answer, a different one each turn, starting at a per-conversation offset."""
    return say(ACKNOWLEDGEMENTS[(zlib.crc32(conversation_id.encode()) + turn) % len(ACKNOWLEDGEMENTS)])


def amount(value: float, currency: str | None) -> str:
    """ "£60k", "$1.5M", "€800", "12,000 CHF": short, with the currency's symbol where it has a common one.

    In another language, the locale's own format ("60.000 €", "1,5 Mio. $").
    """
    if language() != ENGLISH:
        return money(value, currency) if currency else number(value)
    if value >= 1_000_000:
        short = f"{value / 1_000_000:.1f}".rstrip("0").rstrip(".") + "M"
    elif value >= 10_000:
        short = f"{value / 1000:.0f}k"
    elif value >= 1000:
        short = f"{value / 1000:.1f}".rstrip("0").rstrip(".") + "k"
    else:
        short = f"{value:,.0f}"
    if not currency:
        return short
    symbol = get_currency_symbol(currency, locale="en")
    return f"{symbol}{short}" if symbol != currency and len(symbol) <= 2 else f"{short} {currency}"


def _span(low: float | None, high: float | None, currency: str | None) -> str:
    if low is not None and high is not None and low != high:
        return f"{amount(low, currency)}–{amount(high, currency)}"
    if low is not None and high is not None:
        return say("about {amount}", amount=amount(low, currency))
    if low is not None:
        return say("over {amount}", amount=amount(low, currency))
    if high is not None:
        return say("up to {amount}", amount=amount(high, currency))
    return say("an amount")


def _budget(budget: Budget) -> str:
    if budget.status == "none":
        return say("no budget set yet")
    if budget.status == "unknown" or (budget.min is None and budget.max is None):
        return say("a budget not decided yet")
    period = _PERIODS.get(budget.period or "")
    text = say("a budget of {amount}", amount=_span(budget.min, budget.max, budget.currency))
    return f"{text} {say(period)}" if period else text


def _people(size: Range) -> str:
    if size.min is not None and size.max is not None and size.min != size.max:
        return say("{low}–{high} people", low=_count(size.min), high=_count(size.max))
    if size.min == 1 and size.max == 1:
        return say("a team of one")  # "just me": never "about 1 people"
    if size.min is not None and size.max is not None:
        return say("about {count} people", count=_count(size.min))
    if size.min is not None:
        return say("over {count} people", count=_count(size.min))
    return say("up to {count} people", count=_count(size.max)) if size.max is not None else \
        say("a team of unknown size")


def _count(value: float) -> str:
    return f"{value:,.0f}" if language() == ENGLISH else number(value)


def _revenue(revenue: Revenue) -> str:
    return say("annual revenue of {amount}", amount=_span(revenue.min, revenue.max, revenue.currency))


def country_name(code: str | None) -> str | None:
    if not code:
        return None
    if language() != ENGLISH and (name := country(code)):
        return name
    found = pycountry.countries.get(alpha_2=code)
    return getattr(found, "common_name", None) or getattr(found, "name", None) or code


def _listed(items: Sequence[str]) -> str:
    return listed(items)


def industry_label(industry: str) -> str:
    """ "software", "real estate", in the conversation's language (the phrasebook's industry words)."""
    return say(INDUSTRY_WORDS.get(industry, industry.replace("_", " ")))


def written_city(location: Location, said: str | None) -> str | None:
    """The city as the visitor wrote it ("München", "Sevilla"), when their words name the same city.

    The extractor names a city in English (geonames' display name); said back to a visitor writing
    another language it would be a name they never used. Their own words are right in any language.
    """
    words = (said or "").replace(",", " ").split()
    for size in (1, 2, 3):  # the shortest words that name it: "München", not "sitzen in München"
        for start in range(len(words) - size + 1):
            written = " ".join(words[start:start + size]).strip(".!?;:()\"'")
            found = place_of(Text.of(written), "location", lang=language()) if written else None
            if found is not None and found.city == location.city and found.country == location.country:
                # Their spelling, with capitals when they typed none ("new york": "New York").
                return written.title() if written == written.lower() else written
    return None



# A need said back in the visitor's words is cut to this many characters, at a word, marked as cut.
SUMMARY_CHARS = 60
# An industry outside the list is said back in the visitor's words when they are this few (a reply to its question).
OWN_WORDS = 8


def clipped(text: str, limit: int) -> str:
    """``text`` as said back within ``limit`` characters: whole when it fits, else cut at the last word that fits,
    without the punctuation or space it ended on, and marked "…" ("... food bank in Detroit. we need volunteers …"
    was cut mid-phrase, a space before the quote)."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit]
    if text[limit] != " " and " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:.-–—") + "…"


def describe(name: str, attrs: Attributes, said: str | None = None) -> str | None:
    """The value of ``name`` in ``attrs`` as a short phrase, or None when it is unknown.

    ``said``: the visitor's words the value came from (a place is said back as they wrote it).
    """
    value = getattr(attrs, name, None)
    if name == "authority" and attrs.persona in PERSONA_WORDS:
        return _who(attrs)
    if value is None or value == ():
        return None
    if name == "budget":
        return _budget(value)
    if name == "company_size":
        return _people(value)
    if name == "revenue":
        return _revenue(value)
    if name == "authority":
        return _who(attrs)
    if name == "need":
        topics = [say(_NEED_WORDS.get(c, c.replace("_", " "))) for c in value.categories]
        return say("help with {topics}", topics=_listed(topics)) if topics else \
            say("what you need: \"{summary}\"", summary=clipped(value.summary or "", SUMMARY_CHARS))
    if name == "timing":
        if value.status == "no_timeline":
            return say("no fixed timeline yet")
        if value.status == "unknown":
            return say("timing not decided yet")
        if _hasty(value, said):
            return say("a start as soon as possible")
        if value.target_date:
            return _start(value.target_date, said)
        return say("a start within about {days} days", days=value.horizon_days) if value.horizon_days is not None \
            else say("a start date")
    if name == "industry" and value == "other":
        # Never the catch-all's label ("the other industry", "le secteur autre"): the visitor's own words, when they
        # are a few, else that it is none of the industries we list.
        words = " ".join((said or "").split()).strip(" .,;:!?")
        if words and len(words.split()) <= OWN_WORDS:
            return say("your line of work, \"{words}\"", words=words)
        return say("a line of work outside the industries we list")
    if name == "industry":
        return say("the {industry} industry", industry=industry_label(value))
    if name == "location":
        city = value.city and (written_city(value, said) if language() != ENGLISH else None) or value.city
        place = [p for p in (city, country_name(value.country)) if p]
        if len(place) == 1 and not city and language() == ENGLISH:
            place = [_with_article(place[0])]
        if place and language() != ENGLISH:
            return say("a base {in_place}", in_place=in_place(city, value.country, ", ".join(place)))
        return say("a base in {place}", place=", ".join(place)) if place else None
    if name == "tech_stack":
        return say("the tools you use ({tools})", tools=_listed([_tool(t, said) for t in value]))
    if name == "email":
        return say("your email {address}", address=value.address)
    if name == "name":
        return say("your name, {name}", name=value)
    if name == "company":
        return say("your company, {company}", company=value)
    return None


# A country's own preposition, where the language gives one to its name alone ("in der Schweiz", "aux Pays-Bas", "nel
# Regno Unito", "nos Estados Unidos"): an "a" or "à" before a country name was said ("una sede a Italia").
_COUNTRY_IN = {
    "de": {"CH": "in der", "NL": "in den", "US": "in den", "GB": "im", "TR": "in der", "SK": "in der", "UA": "in der",
           "PH": "auf den", "AE": "in den", "DO": "in der", "CZ": "in", "MN": "in der", "VA": "im", "CD": "in der",
           "CF": "in der", "IR": "im", "IQ": "im", "LB": "im", "SD": "im", "NE": "im", "JE": "auf", "MV": "auf den",
           "SC": "auf den", "BS": "auf den", "KY": "auf den", "FO": "auf den", "GG": "auf"},
    "it": {"US": "negli", "NL": "nei", "GB": "nel", "PH": "nelle", "AE": "negli", "BR": "in", "MX": "in", "CA": "in",
           "JP": "in", "PT": "in", "CL": "in", "PE": "in", "VA": "nella", "SM": "a", "MC": "a", "SG": "a", "LU": "in",
           "CZ": "nella", "DO": "nella", "MV": "alle", "SC": "alle", "BS": "alle", "KY": "alle", "FO": "alle"},
    "pt": {"PT": "em", "AO": "em", "MZ": "em", "CV": "em", "IL": "em", "CU": "em", "MO": "em", "TL": "em", "SG": "em",
           "AD": "em", "MC": "em", "MT": "em", "HK": "em", "TW": "em", "ST": "em", "GW": "na", "LU": "no", "US": "nos",
           "NL": "nos", "AE": "nos", "PH": "nas", "MV": "nas", "SC": "nas", "BS": "nas", "KY": "nas", "FO": "nas"},
}
_COUNTRY_IN["nl"] = {"US": "in de", "GB": "in het", "AE": "in de", "PH": "op de", "DO": "in de", "CF": "in de",
                     "MV": "op de", "SC": "op de", "BS": "op de", "KY": "op de", "FO": "op de"}
# French: "aux" before a plural, "au" before a masculine name, "en" before a feminine one or a vowel.
_FRENCH_PLURAL = frozenset({"US", "NL", "PH", "AE", "MV", "SC", "BS", "KY", "FO", "SB", "MH", "KM"})
_FRENCH_MASCULINE_IN_E = frozenset({"MX", "KH", "MZ", "ZW", "BZ", "MC"})
_FRENCH_NO_ARTICLE = frozenset({"SG", "MC", "MT", "CY", "IL", "CU", "HK", "TW", "MO", "MU", "MG", "SM", "AD", "BH"})
# Before a city alone, or a city and its country: "à Lyon", "a Siena", "in München", "em Lisboa".
_CITY_IN = {"de": "in", "fr": "à", "es": "en", "pt": "em", "it": "a", "nl": "in"}
# A city whose name begins with an article joins it to the preposition: "au Havre", "aux Sables-d'Olonne", "all'Aquila",
# "alla Spezia", "al Cairo". Spanish keeps both ("en El Cairo", "en La Coruña"); German and Dutch write the name whole.
_CITY_ARTICLE = {"fr": {"le": "au", "les": "aux"}, "it": {"il": "al", "lo": "allo", "la": "alla", "i": "ai", "gli": "agli",
                                                          "le": "alle", "l'": "all'"}}
# Portuguese says the article of the cities that take one, though their name is written without it: "no Porto", "no Rio
# de Janeiro", "na Figueira da Foz" ("em Lisboa", "em Porto Alegre", "em São Paulo" take none). Folded as plain() folds.
_PT_CITY_ARTICLE = {
    **dict.fromkeys(("porto", "rio de janeiro", "rio", "recife", "cairo", "funchal", "barreiro", "seixal", "montijo",
                     "entroncamento", "cartaxo", "crato", "porto santo", "havre", "pireu", "bombarral", "sabugal",
                     "fundao", "porto moniz"), "no"),
    **dict.fromkeys(("haia", "figueira da foz", "covilha", "guarda", "amadora", "maia", "nazare", "horta", "lourinha",
                     "povoa de varzim", "marinha grande", "trofa", "ribeira grande", "batalha", "golega", "mealhada",
                     "praia da vitoria"), "na"),
}


def _in_city(lang: str, city: str, place: str) -> str:
    """``place`` (a city, or a city and its country) with the preposition its city takes in ``lang``."""
    if lang == "pt" and (article := _PT_CITY_ARTICLE.get(plain(city))):
        return f"{article} {place}"
    contracted = _CITY_ARTICLE.get(lang, {})
    if place[:2].lower() == "l'" and "l'" in contracted:  # the elided article: "all'Aquila"
        return contracted["l'"] + place[2:]
    first, _, rest = place.partition(" ")
    if rest and first.lower() in contracted:
        return f"{contracted[first.lower()]} {rest}"
    return f"{_CITY_IN.get(lang, 'in')} {place}"


def in_place(city: str | None, code: str | None, place: str) -> str:
    """``place`` (a city, a city and its country, or a country's name) with the preposition the conversation's
    language puts before it: "à Lyon, France", "en France", "au Portugal", "aux Pays-Bas", "a Siena", "in Italia",
    "nel Regno Unito", "em Lisboa", "no Brasil", "na Alemanha", "in der Schweiz", "en España", "in Nederland"."""
    lang = language().split("-")[0]
    if city:
        return _in_city(lang, city, place)
    if not code:
        return f"{_CITY_IN.get(lang, 'in')} {place}"
    code = code.upper()
    if lang == "fr":
        if code in _FRENCH_PLURAL:
            return f"aux {place}"
        if code in _FRENCH_NO_ARTICLE:
            return f"à {place}"
        vowel = unicodedata.normalize("NFKD", place[:1]).lower()[:1] in "aeiouy"
        feminine = place.rstrip().endswith("e") and code not in _FRENCH_MASCULINE_IN_E
        return f"en {place}" if feminine or vowel else f"au {place}"
    if lang == "pt":
        if (fixed := _COUNTRY_IN["pt"].get(code)) is not None:
            return f"{fixed} {place}"
        return f"na {place}" if place.rstrip().endswith("a") else f"no {place}"
    if lang == "it":
        return f"{_COUNTRY_IN['it'].get(code, 'in')} {place}"
    if lang == "de":
        preposition = _COUNTRY_IN["de"].get(code, "in")
        # The dative plural and the neuter take their ending: "in den Niederlanden", "im Vereinigten Königreich".
        return f"{preposition} {_german_dative(place, preposition)}"
    if lang == "nl":
        return f"{_COUNTRY_IN['nl'].get(code, 'in')} {place}"
    return f"{_CITY_IN.get(lang, 'in')} {place}"


def _german_dative(place: str, preposition: str) -> str:
    """A German country name as it reads after its preposition: "Niederlande" -> "Niederlanden", "Vereinigte Staaten"
    -> "Vereinigten Staaten", "Vereinigtes Königreich" -> "Vereinigten Königreich"."""
    words = place.split()
    if preposition.endswith("den"):
        words = [w[:-1] + "en" if w.endswith("e") and w[:1].isupper() and i < len(words) - 1 else w
                 for i, w in enumerate(words)]
        if words and words[-1].endswith("e"):
            words[-1] += "n"
    elif preposition == "im":
        words = [w[:-2] + "en" if w.endswith("es") and i < len(words) - 1 else w for i, w in enumerate(words)]
    return " ".join(words)


# English names a country with "the" when its name is a plural or a kind of state ("the United Kingdom", "the
# Netherlands", "the Dominican Republic"); after a city it stands without ("Manchester, United Kingdom").
_ARTICLE_WORDS = frozenset("United Republic Kingdom Federation Islands Emirates States".split())
_PLURAL_NAMES = frozenset("Netherlands Philippines Bahamas Maldives Comoros Seychelles Gambia".split())


def _with_article(country: str) -> str:
    words = country.split()
    named_as_a_kind = "," not in country and bool(_ARTICLE_WORDS & set(words))
    return f"the {country}" if named_as_a_kind or country in _PLURAL_NAMES else country


def _who(attrs: Attributes) -> str:
    """The visitor's role and who they are: "your role as CMO", "that you're a student", or both; with no title,
    who decides ("that someone else makes the decision"); nothing when none of it was said."""
    title = attrs.authority.title if attrs.authority is not None else None
    parts = [say("your role as {title}", title=title)] if title and attrs.persona not in _INSTEAD_OF_A_ROLE else []
    if attrs.persona in PERSONA_WORDS:
        parts.append(say(PERSONA_WORDS[attrs.persona]))
    elif not parts and attrs.authority is not None and attrs.authority.role in DECISION_WORDS:
        parts.append(say(DECISION_WORDS[attrs.authority.role]))
    return _listed(parts) if parts else ""


def _tool(name: str, said: str | None) -> str:
    """A tool as the visitor wrote it, when they used capitals ("HubSpot", not "Hubspot"), else in title case."""
    for alias in sorted(CATALOGUE.get(name, ()), key=len, reverse=True):
        found = re.search(rf"(?<!\w){re.escape(alias)}(?!\w)", said or "", re.IGNORECASE)
        if found and found[0] != found[0].lower():
            return found[0]
    return name.replace("_", " ").title()


# A quarter of the year as a visitor names it, in the seven languages (``plain`` text): "Q1", "T2" (trimestre), "K3"
# (kwartaal), "the first quarter", "1. Quartal", "im ersten Quartal", "1er trimestre", "primer trimestre", "primo
# trimestre", "primeiro trimestre", "eerste kwartaal", and the quarter to come ("next quarter", "nächstes Quartal").
_QUARTER_NUMBER = r"(?:[qtk](?P<n>[1-4])|(?P<d>[1-4])\s*(?:st|nd|rd|th|er|re|e|eme|ste|de|o|a)?\s+(?:quarter|quartals?|trimestre|kwartaal))"
_QUARTER_ORDINALS = {
    1: r"first|erste[nmrs]?|premier|1er|primer|primero|primo|primeiro|eerste",
    2: r"second|zweite[nmrs]?|deuxieme|second|segundo|secondo|tweede",
    3: r"third|dritte[nmrs]?|troisieme|tercer|tercero|terzo|terceiro|derde",
    4: r"fourth|last|vierte[nmrs]?|letzte[nmrs]?|quatrieme|dernier|cuarto|ultimo|quarto|vierde|laatste",
}
_QUARTER_WORD = r"(?:quarter|quartals?|trimestre|kwartaal)"
_NEXT_QUARTER = re.compile(
    r"\b(?:next|coming|following|nachste[nmrs]?|kommende[nmrs]?|prochain|suivant|proximo|siguiente|prossimo"
    r"|seguinte|volgend|volgende|komende)\s+" + _QUARTER_WORD + r"\b"
    r"|\b" + _QUARTER_WORD + r"\s+(?:prochain|suivant|proximo|siguiente|prossimo|seguinte|que vem)\b")


def _quarter_named(said: str | None) -> int | None:
    """The quarter (1-4) ``said`` names, 0 for the quarter to come ("next quarter"), None for none: "we want to start in
    Q1", "im ersten Quartal", "au premier trimestre", "no 2º trimestre", "in het eerste kwartaal"."""
    text = plain(said or "")
    if found := re.search(rf"(?<![\w'])(?:{_QUARTER_NUMBER})(?![\w'])", text):
        return int(found["n"] or found["d"])
    for n, words in _QUARTER_ORDINALS.items():
        if re.search(rf"\b(?:{words})\s+{_QUARTER_WORD}\b", text):
            return n
    return 0 if _NEXT_QUARTER.search(text) else None


# The other spans a visitor names a start by, in the seven languages (``plain`` text): a half of the year, a season (and
# what is after or before it), a year. Said back as named, never as the day inside them the extractor dates them by
# ("no rush, sometime next year" was "a start in July 2027").
_HALVES = {1: r"\bh1\b|\b(?:first|1st) half\b|\berste[nrs]? (?:jahreshalfte|halbjahr|halfte)\b|\bpremier semestre\b"
              r"|\bprimer semestre\b|\bprimo semestre\b|\bprimeiro semestre\b|\beerste (?:helft|jaarhelft)\b",
           2: r"\bh2\b|\b(?:second|2nd) half\b|\bzweite[nrs]? (?:jahreshalfte|halbjahr|halfte)\b|\bsecond semestre\b"
              r"|\bsegundo semestre\b|\bsecondo semestre\b|\btweede (?:helft|jaarhelft)\b"}
_SEASONS = {
    "spring": (r"spring|fruhling|fruhjahr|printemps|primavera|lente|voorjaar", (3, 4, 5)),
    "summer": (r"summer|sommer|ete|verano|estate|verao|zomer", (6, 7, 8)),
    "autumn": (r"autumn|fall|herbst|automne|otono|autunno|outono|herfst|najaar", (9, 10, 11)),
    "winter": (r"winter|hiver|invierno|inverno", (12, 1, 2)),
}
_AFTER = r"(?:after|nach|apres|despues|dopo|depois|na(?= de| het)|once)(?: (?:the|dem|der|le|l'|del|de|la|el|do|da|de|het))?(?: [\w']+)?"
_BEFORE = (r"(?:before|by|until|vor|bis|avant|d'ici|antes|hasta|para|prima|entro|ate|voor|tegen|uiterlijk)"
           r"(?: (?:the|dem|der|zum|le|l'|del|de|la|el|do|da|o|a|ao|het|de))?(?: [\w']+)?")
# Each season's sentences, in the phrasebook: in it, after it, before it.
_SEASON_STARTS = {
    ("in", "spring"): "a start in spring {year}", ("in", "summer"): "a start in summer {year}",
    ("in", "autumn"): "a start in autumn {year}", ("in", "winter"): "a start in winter {year}",
    ("after", "spring"): "a start after spring {year}", ("after", "summer"): "a start after summer {year}",
    ("after", "autumn"): "a start after autumn {year}", ("after", "winter"): "a start after winter {year}",
    ("before", "spring"): "a start before spring {year}", ("before", "summer"): "a start before summer {year}",
    ("before", "autumn"): "a start before autumn {year}", ("before", "winter"): "a start before winter {year}",
}
_YEAR_WORDS = (r"\b(?:next|this|the coming|coming|the following|following) year\b|\b(?:nachste[ns]?|kommende[ns]?|diese[ns]?) jahr\b"
               r"|\bannee prochaine\b|\bcette annee\b|\bano que viene\b|\bproximo ano\b|\beste ano\b|\bano que vem\b"
               r"|\banno prossimo\b|\bprossimo anno\b|\bquest'anno\b|\bvolgend(?:e)? jaar\b|\bkomend jaar\b|\bdit jaar\b")
_LOCALES = ("en", "de", "fr", "es", "it", "pt", "nl")
_FALL_AS_SEASON = r"\b(?:in|by|this|next|the|until|before|after) (?:the )?fall$"


# Month names that are words too ("we may start next year"): no month named.
_NOT_ONLY_A_MONTH = frozenset({"may", "march", "mar", "sept"})


def _names_a_month(text: str, day_: date) -> bool:
    """Whether ``text`` (plain) names a month, in any of the seven languages ("in February", "im Februar"): the start
    is then said by its month, as before."""
    names = {plain(format_date(day_.replace(month=m, day=1), form, locale=loc)).strip(".")
             for m in range(1, 13) for loc in _LOCALES for form in ("MMMM", "MMM")} - _NOT_ONLY_A_MONTH
    return any(re.search(rf"(?<![\w']){re.escape(n)}(?![\w'])", text) for n in names if len(n) >= 3) or bool(
        re.search(r"\b(?:in|by|until|till|from|since|early|mid|late|end of|start of|beginning of|before|after) (?:may|march)\b"
                  r"|\b(?:may|march) (?:20\d\d|\d{1,2}(?:st|nd|rd|th)?)\b", text))


def _span_start(day_: date, said: str | None) -> str | None:
    """A start said back as the span the visitor named for it, when they named one and not its month: a half of the
    year, a season (or after or before it), a year; None to say the month."""
    text = plain(said or "")
    if not text or _names_a_month(text, day_):
        return None
    year = day_.year
    half = 1 if day_.month <= 6 else 2
    if re.search(_HALVES[half], text):
        return say("a start in the first half of {year}" if half == 1 else "a start in the second half of {year}",
                   year=year)
    for season, (words, months) in _SEASONS.items():
        for found in re.finditer(rf"(?<!\w)(?:{words})(?![\w'])", text):  # "l'ete", "l'estate"
            if found[0] == "fall" and not re.search(_FALL_AS_SEASON, text[:found.end()]):
                continue  # "sales fall in winter": the verb
            before = text[:found.start()].rstrip()
            southern = tuple((m + 5) % 12 + 1 for m in months)
            if re.search(rf"(?:^| ){_AFTER}$", before):
                return say(_SEASON_STARTS[("after", season)], year=year)
            if re.search(rf"(?:^| ){_BEFORE}$", before):
                return say(_SEASON_STARTS[("before", season)], year=year)
            if day_.month in months or day_.month in southern:
                return say(_SEASON_STARTS[("in", season)], year=year)
    named = [int(y) for y in re.findall(r"(?<!\d)(20\d\d)(?!\d)", text)]
    if (year in named or (not named and re.search(_YEAR_WORDS, text))) and not re.search(
            r"\b(?:week|woche|semaine|semana|settimana|week|weken|month|monat|mois|mes|mese|mês|maand|day|tag|jour|dia|giorno|dag)\w*\b", text):
        if day_.month == 12 and day_.day == 31:
            return say("a start by the end of {year}", year=year)
        return say("a start in {year}", year=year)
    return None


# Haste, as the extractor's English rewrite puts it in any of the seven languages ("so schnell wie möglich", "dès que
# possible", "lo antes posible", "il prima possibile", "o quanto antes", "zo snel mogelijk" are all "asap" there).
_HASTE = re.compile(r"\b(?:asap|a\.s\.a\.p|as soon as (?:possible|we can|you can)|(?:the )?sooner the better"
                    r"|right away|straight ?away|immediately|at once|urgent(?:ly)?|right now)\b")
# The extractor reads haste as a start within this many days ("asap": a week; "right away": today).
HASTE_DAYS = 7


def _hasty(timing: Timing, said: str | None) -> bool:
    """Whether a start was said as haste ("asap", "so schnell wie möglich"): the extractor dates it a week or less
    away, a month the visitor never named ("a start in December 2026" was said back to "asap"). A date said beside it
    ("asap, by March at the latest") is no haste of a few days, and is said back as that date."""
    if not said or timing.horizon_days is None or timing.horizon_days > HASTE_DAYS:
        return False
    return _HASTE.search(english.of(Text.of(said), language().split("-")[0]).lower) is not None


def _start(target: str, said: str | None = None) -> str:
    """A start date as the visitor would have put it: the extractor resolves "in February" to a day inside it, and
    saying that day back is a precision nobody gave. A date inside a quarter the visitor named ("in Q1", "im ersten
    Quartal", "au premier trimestre") is that quarter ("a start in Q1 2027", "ein Start im 1. Quartal 2027"), never
    the month in its middle; the last day of a month is its end ("end of March", "bis Ende März"); any other day, its
    month ("a start in February 2027")."""
    try:
        day_ = date.fromisoformat(target)
    except ValueError:
        return say("a start by {date}", date=target)
    quarter = (day_.month - 1) // 3 + 1
    named = _quarter_named(said)
    if named is not None and named in (0, quarter):
        # The quarter as the visitor's language writes it: "Q1" in English, "1. Quartal", "1er trimestre"...
        words = f"Q{quarter}" if language() == ENGLISH else format_date(day_, "QQQQ", locale=language().replace("-", "_"))
        if day_.month % 3 == 0 and (day_ + timedelta(days=1)).month != day_.month:
            return say("a start by the end of {quarter} {year}", quarter=words, year=day_.year)
        return say("a start in {quarter} {year}", quarter=words, year=day_.year)
    if (span := _span_start(day_, said)) is not None:
        return span
    month = format_skeleton("yMMMM", day_, locale=language().replace("-", "_"))
    if (day_ + timedelta(days=1)).month != day_.month:
        return say("a start by the end of {month}", month=month)
    return say("a start in {month}", month=month)


def _date(value: str) -> str:
    """An ISO date in the visitor's format; English keeps the ISO form it has always shown."""
    if language() == ENGLISH:
        return value
    try:
        return day(date.fromisoformat(value))
    except ValueError:
        return value


# The confirmation's list of what waits for a yes, and the same when a value in it was worked out from the visitor's
# words (the form reads its lines back: ``bot.actions.form``; so does the scripted visitor: ``harness.script``).
NOTED = "I noted {what}. Is that right?"
NOTED_WORKED_OUT = "I noted {what}, worked out from what you said. Is that right?"


def noted(names: Sequence[str], attrs: Attributes, texts: Mapping[str, str] | None = None) -> str:
    """ "I noted a budget of about £60k and about 300 people. Is that right?" (``texts``: the words each
    value was heard in)."""
    phrases = [p for n in names if (p := describe(n, attrs, (texts or {}).get(n)))]
    if any(inferred(n, attrs) for n in names):
        # A value worked out from what was said is theirs only once they agree with the sum.
        return say(NOTED_WORKED_OUT, what=_listed(phrases))
    return say(NOTED, what=_listed(phrases))


def sayable(attrs: Attributes, name: str) -> bool:
    """Whether a heard value can be said back so the visitor can check it: a role needs a title ("my boss asked
    me to look" says who decides, not what the visitor's role is, and "your role" confirms nothing)."""
    if name == "authority" and attrs.persona in PERSONA_WORDS:
        return True
    value = getattr(attrs, name, None)
    if value is None or value == ():
        return False
    return name != "authority" or bool(value.title)


def heard_back(names: Sequence[str], attrs: Attributes, texts: Mapping[str, str] | None = None) -> str | None:
    """ "Noted: about 50 people and a base in Berlin." for values told in reply to another question: said back
    at once by value, so the visitor knows they were heard (they are confirmed before their question is skipped)."""
    phrases = [p for n in names if (p := describe(n, attrs, (texts or {}).get(n)))]
    return say("Noted: {what}.", what=_listed(phrases)) if phrases else None


def held_back(names: Sequence[str], attrs: Attributes, texts: Mapping[str, str] | None = None) -> str | None:
    """ "Thanks. I'll keep these only once you've said that's OK: your email ana@x.io." for contact details told
    before the visitor agreed to the privacy notice: said back, so they can check them, and held, not noted."""
    phrases = [p for n in names if (p := describe(n, attrs, (texts or {}).get(n)))]
    return say("Thanks. I'll keep these only once you've said that's OK: {what}.", what=_listed(phrases)) \
        if phrases else None


def inferred(name: str, attrs: Attributes) -> bool:
    """Whether the extractor worked the value out rather than read it ("60k last year, half that now": 30k)."""
    extra = getattr(getattr(attrs, name, None), "extra", None)
    return isinstance(extra, Mapping) and extra.get("inferred") is True


def said_back(names: Sequence[str], attrs: Attributes, said: str | None = None) -> str | None:
    """ "Got it, about 300 people." after a correction (``said``: the visitor's correction)."""
    phrases = [p for n in names if (p := describe(n, attrs, said))]
    return say(SAID_BACK, what=_listed(phrases)) if phrases else None


def is_said_back(text: str) -> bool:
    """Whether a message the bot is about to send says a correction back (in the conversation's language)."""
    return text.startswith(say(SAID_BACK).split("{what}")[0])


# Why each question is asked, for a visitor who asks "why do you need that?" (issue 14): one honest reason per
# attribute, said through the phrasebook in the chat's language. A playbook question's own ``why``
# (qualification.playbook.Question, edited in the studio) is said instead where the marketer wrote one in the chat's
# language; these are the defaults for every other question.
REASONS = {
    "need": "So we know what you'd like help with, and can pass you to the person on our team who does that work.",
    "company": "So our team knows who they'd be talking to, and can look at your company before getting in touch.",
    "authority": "So we know whether to send you a proposal or material you can share with whoever decides.",
    "industry": "So the person who gets in touch is someone who has worked with companies in your field.",
    "company_size": "The size of your company tells us which of our services and which team fit you best.",
    "location": "So we pass you to the team for your region, offer call times in your time zone and quote in your "
                "currency.",
    "revenue": "Your revenue helps us size a proposal to your business; only our team sees it.",
    "tech_stack": "So we know which tools our work would need to connect to.",
    "budget": "So we only suggest what fits your budget, rather than proposals that don't.",
    "timing": "So we know how soon to get in touch, and whether our team is free when you need us.",
    "name": "So our team knows how to address you when they get in touch.",
    "email": "So our team can write back to you about this; we never sell it or use it for anything else.",
}
FALLBACK_REASON = "It helps our team understand your situation before they get in touch."
# To "do I have to give you my phone number?": no question asks for one.
NO_PHONE = "We don't ask for a phone number: our team writes to you by email, or talks to you on a call if you book one."
# A bare "yes", "ok", "ja", "oui" to an open question (what they need, their company, their name) answers nothing:
# what a reply to it looks like, then the question again.
A_FEW_WORDS = {
    "need": "Could you put it in a few words? For example: \"more leads from our website\" or \"a new brand\".",
    "company": "Which company is it? Just its name, for example \"Acme Ltd\".",
    "name": "What's your name? For example \"Ana Costa\".",
    # A yes to "Is there a date you need this by?" or "Have you set a budget?" says there is one, not which.
    "timing": "When would that be? For example \"by March\" or \"in about six weeks\".",
    "budget": "Roughly how much? For example \"about 5k a month\" or \"around 40k for the year\".",
}
CONSENT_REASON = ("We need your OK before we keep any contact details, so that we can get back to you. If you say no, "
                  "we keep none and you can still ask your questions.")
OPTIONAL = "This question is optional: just say \"skip\" if you'd rather not answer."
REQUIRED = "We need this one to put you in touch with the right person, but a rough answer is fine."
# Answers that are exact or nothing: "a rough answer" of an email address, a name or a company is no answer.
EXACT = ("email", "name", "company")
REQUIRED_EXACT = "We need this one to put you in touch with our team."


def why_we_ask(slot: str, *, required: bool, reason: str | None = None) -> str:
    """Why the question for ``slot`` is asked, and whether it may be skipped, in the chat's language.

    ``reason``: the playbook question's own ``why`` in the chat's language (``Question.why`` of the localized
    playbook), said over the default for the attribute."""
    if slot == CONSENT:
        return say(CONSENT_REASON)
    reason = reason.strip() if reason and reason.strip() else say(REASONS.get(slot, FALLBACK_REASON))
    return f"{reason} {say(OPTIONAL if not required else REQUIRED_EXACT if slot in EXACT else REQUIRED)}"
