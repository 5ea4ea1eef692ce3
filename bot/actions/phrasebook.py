"""The bot's own sentences in the visitor's language, and numbers, money and dates in their locale.

``say("Thanks.")`` is the sentence in the conversation's language
(``bot.actions.language.spoken``), from ``phrasebook.yml``, which is keyed by
the English as gettext catalogues are: the code keeps reading as English, and
a sentence or language without a translation is said in English.
``say("Got it, {what}.", what=...)`` fills values in after translating.

A regional variant (``bot.actions.language.variant``: "pt-BR") has its own
phrasebook (``phrasebook_pt_BR.yml``, keyed by the same English, giving the
variant's text where it differs from the language's): a Portuguese sentence
in a Brazilian conversation is said from it, else from ``phrasebook.yml``,
and values are formatted in the variant's locale (pt_BR).

The playbook's own texts (questions, privacy notice, offers, FAQ answers) are
translated in the playbook instead (``qualification.translation``).
Formatting follows the language's CLDR locale through babel; English keeps
the short forms the bot has always used ("£60k", "Tue 24 Nov, 10:00").
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Mapping, Sequence
from zoneinfo import ZoneInfo

import yaml
from babel import Locale
from babel.core import get_global
from babel.dates import format_date, get_timezone_location, get_timezone_name
from babel.lists import format_list
from babel.numbers import format_compact_currency, format_currency, format_decimal, get_currency_symbol

from bot.actions.language import spoken, variant
from qualification.playbook import VARIANTS

PHRASEBOOK = Path(__file__).with_name("phrasebook.yml")
# A variant's phrasebook: English sentence -> the variant's text, where it differs from the language's.
REGIONAL = {tag: Path(__file__).with_name(f"phrasebook_{tag.replace('-', '_')}.yml") for tag in VARIANTS}
_ELISION = re.compile(r"\b([dD])e ([aeiouyàâéèêëîïôûAEIOUÉÈÊÂÎÔ])")
ENGLISH = "en"


@lru_cache(maxsize=1)
def phrases() -> Mapping[str, Mapping[str, str]]:
    """English sentence -> language -> translation."""
    loaded = yaml.safe_load(PHRASEBOOK.read_text(encoding="utf-8")) or {}
    return {str(k): {str(lang): str(t) for lang, t in (v or {}).items()} for k, v in loaded.items()}


@lru_cache(maxsize=None)
def regional_phrases(tag: str) -> Mapping[str, str]:
    """English sentence -> the variant ``tag``'s text ("pt-BR"), where it has one."""
    loaded = yaml.safe_load(REGIONAL[tag].read_text(encoding="utf-8")) or {}
    return {str(k): str(v) for k, v in loaded.items() if v}


def language() -> str:
    return spoken() or ENGLISH


def _regional(lang: str) -> str:
    """ "pt-BR" for "pt" in a Brazilian conversation (or asked for by name), else ``lang``."""
    if lang in VARIANTS:
        return lang
    tag = variant()
    return tag if tag is not None and VARIANTS[tag] == lang else lang


def tag(lang: str | None = None) -> str:
    """The tag the bot's sentences are said in: "pt-BR" in a Brazilian conversation, else the language ("pt", "de").
    For a module with sentences of its own per language (``scheduling.call``) to pick the variant's."""
    return _regional(lang or language())


def _locale(lang: str | None) -> str:
    """The babel locale values are formatted in: the variant's ("pt_BR") in its conversations, else the language's."""
    return _regional(lang or language()).replace("-", "_")


def say(sentence: str, /, **values: object) -> str:
    """``sentence`` in the conversation's language, with ``values`` filled in."""
    return translate(sentence, language(), **values)


def translate(sentence: str, lang: str, /, **values: object) -> str:
    """``sentence`` in ``lang`` (English when the phrasebook has no translation), with ``values`` filled in."""
    tag = _regional(lang)
    lang = VARIANTS.get(tag, tag)
    template = sentence if lang == ENGLISH else (
        (regional_phrases(tag).get(sentence) if tag != lang else None)
        or phrases().get(sentence, {}).get(lang) or sentence)
    text = template.format(**values) if values else template
    # French elides "de" before a vowel, which only the filled-in value shows ("un budget d'environ 3 000 €").
    return _ELISION.sub(r"\1'\2", text) if lang == "fr" and values else text


def number(value: float, lang: str | None = None) -> str:
    """ "1,200" in English, "1.200" in German, "1 200" in French."""
    return format_decimal(round(value), locale=_locale(lang))


# Millions and billions in words, as a visitor of each language reads them: CLDR's short forms were no such thing
# ("60 MCOP" in Spanish, "COP 60 mi" in Portuguese, "60 M $CO" in French). (one, many) for a million and a billion,
# and the word between the figure and a currency written as its code ("60 millones de COP", "60 milioni di COP").
_LARGE = {
    "de": (("Mio.", "Mio."), ("Mrd.", "Mrd."), ""),
    "fr": (("million", "millions"), ("milliard", "milliards"), "de "),
    "es": (("millón", "millones"), ("mil millones", "mil millones"), "de "),
    "it": (("milione", "milioni"), ("miliardo", "miliardi"), "di "),
    "pt": (("milhão", "milhões"), ("mil milhões", "mil milhões"), "de "),
    "pt_BR": (("milhão", "milhões"), ("bilhão", "bilhões"), "de "),
    "nl": (("miljoen", "miljoen"), ("miljard", "miljard"), ""),
}
# The euro by its name, where a language says it so after a word for millions ("1,5 millones de euros").
_EURO = {"fr": "d'euros", "es": "de euros", "it": "di euro", "pt": "de euros", "pt_BR": "de euros", "nl": "euro"}
# Symbols a visitor reads as their currency anywhere; any other is written as its code ("$CO" is COP's in French).
_READ_SYMBOLS = frozenset({"€", "£", "$", "US$", "R$", "¥", "₹", "CHF", "A$", "C$"})


def _in_words(value: float, currency: str, lang: str) -> str | None:
    """A million or more in the language's words ("60 millones de COP", "1,5 Mio. €", "2 miljoen US$"), None where
    the language has none listed (English: see phrasing.amount)."""
    words = _LARGE.get(lang) or _LARGE.get(lang.split("_")[0])
    if words is None:
        return None
    (million, millions), (billion, billions), before_code = words
    scale, (one, many) = (1e9, (billion, billions)) if value >= 1e9 else (1e6, (million, millions))
    count = round(value / scale, 1)
    figure = format_decimal(count, locale=lang)
    # French and Brazil's Portuguese count below two as one ("1,5 million", "1,5 milhão"); the others, one alone.
    word = one if (count < 2 if lang in ("fr", "pt_BR") else count == 1) else many
    if currency == "EUR" and (euro := _EURO.get(lang) or _EURO.get(lang.split("_")[0])):
        return f"{figure}\u00a0{word} {euro}"
    symbol = get_currency_symbol(currency, locale=lang)
    if symbol in _READ_SYMBOLS and lang in ("nl", "pt_BR"):
        return f"{symbol}\u00a0{figure}\u00a0{word}"  # "US$ 2 miljoen", "R$ 1,5 milhão"
    if symbol in _READ_SYMBOLS and lang == "de":
        return f"{figure}\u00a0{word}\u00a0{symbol}"  # "2 Mio. $"
    return f"{figure}\u00a0{word} {before_code}{currency}"  # "60 millones de COP", "2 milioni di USD"


def money(value: float, currency: str, lang: str | None = None) -> str:
    """An amount in the locale's format without cents: "60.000 €", "1,5 Mio. €", "60 millones de COP" (English: see
    phrasing.amount)."""
    lang = _locale(lang)
    if value >= 1_000_000:
        return _in_words(value, currency, lang) or format_compact_currency(value, currency, locale=lang,
                                                                           fraction_digits=1)
    pattern = Locale.parse(lang).currency_formats["standard"].pattern.split(";")[0].replace(".00", "")
    return format_currency(round(value), currency, format=pattern, locale=lang, currency_digits=False)


def day(value: date, lang: str | None = None) -> str:
    """ "March 31, 2027", "31. März 2027", "31 de marzo de 2027"."""
    return format_date(value, format="long", locale=_locale(lang))


def listed(items: Sequence[str], lang: str | None = None) -> str:
    """ "a, b and c" in the language ("a, b und c"); English without the serial comma, as the bot always wrote."""
    items = list(items)
    lang = _locale(lang)
    if lang == ENGLISH or len(items) < 2:
        return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]
    return format_list(items, locale=lang)


def country(code: str, lang: str | None = None) -> str | None:
    """The country's name in the language (CLDR): DE is "Germany", "Deutschland", "Alemania"."""
    return Locale.parse(_locale(lang)).territories.get(code.upper())


def _changes_its_clock(tz: str) -> bool:
    """Whether the zone's clock is moved in the year (daylight saving, either hemisphere)."""
    year = date.today().year
    zone = ZoneInfo(tz)
    return len({datetime(year, month, 15, 12, tzinfo=zone).utcoffset() for month in (1, 4, 7, 10)}) > 1


@lru_cache(maxsize=None)
def _keeps_its_clock_under_a_changing_name(tz: str) -> bool:
    """Whether ``tz`` keeps one clock all year while another zone of its CLDR name (its metazone) changes clocks."""
    meta_zones = get_global("meta_zones")
    meta = meta_zones.get(tz)
    if meta is None or _changes_its_clock(tz):
        return False
    return any(_changes_its_clock(other) for other, its in meta_zones.items() if its == meta and other != tz)


def zone_name(tz: str, lang: str | None = None) -> str:
    """A time zone as the visitor reads it, the word for "time" included: CLDR's name for the zone's time in the
    language ("Eastern Time", "Mitteleuropäische Zeit", "heure d'Europe centrale"). Where CLDR names only the
    country ("Ireland Time", "Irland (Ortszeit)", "heure : Irlande", or "United States (Indiana/Indianapolis)"),
    the zone's city instead ("Dublin time", "Ortszeit Dublin", "heure de Dublin"): an id such as
    "America/New_York" is no words a visitor reads. UTC and the Etc/ offsets keep their id. A zone that keeps one
    clock all year under a name other zones change their clocks in (Jamaica, Panama, Cancún and Arizona's
    "Eastern" and "Mountain Time", Brisbane's "Australian Eastern Time") is named by its city too: "Eastern Time" is
    an hour off Jamaica's clock from March to November."""
    lang = _locale(lang)
    if tz in ("UTC", "GMT") or tz.startswith("Etc/"):
        return tz
    try:
        name = get_timezone_name(tz, width="long", locale=lang)
        if name != get_timezone_location(tz, locale=lang) and not _keeps_its_clock_under_a_changing_name(tz):
            return name
        # CLDR has no city for some zones and gives the id's tail ("Indiana/Indianapolis").
        city = get_timezone_location(tz, locale=lang, return_city=True).rsplit("/", 1)[-1].replace("_", " ")
    except LookupError:
        return tz
    return translate("{city} time", lang.replace("_", "-"), city=city)
