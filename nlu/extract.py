"""Text to lead attributes: the one entry point every other part calls."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from nlu import emails, headcount, identity, industries, money, needs, personas, places, replies, timing, titles, tools
from nlu.attributes import Attributes, Location
from nlu.language import LANGUAGES, language
from nlu.text import Text

FIELDS = (
    "budget", "authority", "need", "timing", "company_size", "revenue", "industry", "location",
    "tech_stack", "email", "name", "company", "persona",
)


def conversation_date(now: dt.date | str) -> dt.date:
    """The day a ``now`` names: a date, a datetime or an ISO string (its first ten characters).

    Raises ``ValueError`` for anything else: the date is the caller's, not the
    visitor's, and the extractor never reads a clock of its own, so the edges
    (CLI, Rasa component, action server) decide what "today" is.
    """
    if isinstance(now, dt.datetime):
        return now.date()
    if isinstance(now, dt.date):
        return now
    if isinstance(now, str):
        return dt.date.fromisoformat(now.strip()[:10])
    raise ValueError(f"now must be a date or an ISO date string, not {type(now).__name__}")


def where_for_the_call(text: str, lang: str | None = None) -> Location | None:
    """Where the visitor is for a call, a stay included ("actually I'm in New York this week"): the place a call's
    time zone is read from. ``extract``'s location leaves a stay out: it is no base of the firm."""
    parsed = Text.of(text if isinstance(text, str) else "")
    if not parsed.lower.strip():
        return None
    code = language(parsed.original, hint=lang if isinstance(lang, str) else None).code
    return places.location(parsed, "location", lang=code, stays=True)


def extract(
    text: str,
    field: str | None = None,
    *,
    now: dt.date | str,
    default_currency: str = "USD",
    lang: str | None = None,
) -> Attributes:
    """What a visitor's answer says about the lead.

    ``field`` names the question the text answers, so a bare "50" is a head
    count after "how many employees?" and money after "budget?"; with no
    field the text is read for every attribute at once. ``now`` is the
    conversation's date that relative times ("next quarter") resolve
    against; it is required (a date, a datetime or an ISO string) because
    the extractor reads no clock, and one that is not a date raises
    ``ValueError``. Never raises on visitor text: anything unreadable is
    left out.

    ``lang`` is the language the visitor is expected to write in (ISO 639-1,
    "de"; a locale such as "pt-BR" also does), usually the one the bot asked
    in. The text's own language wins when it clearly is another one; with no
    hint the language is detected (``nlu.language``) and short answers that
    say too little are read as English. Words are understood in all seven
    languages either way; the language decides what only it can (a decimal
    comma, "ja").

    Text fields (``need.summary``, ``authority.title``, ``name``,
    ``company``) hold the visitor's own words as plain text, never markup:
    whoever shows them must escape them. A name or company that carries
    markup, code or a link is left out rather than cleaned up.
    """
    today = conversation_date(now)
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    if field not in FIELDS:
        field = None
    currency = default_currency.upper() if isinstance(default_currency, str) and len(default_currency) == 3 and default_currency.isalpha() else "USD"
    parsed = Text.of(text)
    if not parsed.lower.strip():
        return Attributes()
    code = language(parsed.original, hint=lang if isinstance(lang, str) else None).code
    values: dict[str, Any] = {}
    location = places.location(parsed, field, lang=code)
    if location is not None and field != "location":
        # "Clínica Sorriso Atlântico", "Leeds Digital Partners": a place inside the firm's name is no place the visitor is in
        location = _outside_the_firms_name(parsed, field, location, code)
    # An amount said with no currency is in the money of the country said in the same message.
    if location is not None and location.country:
        currency = places.currency_of(location.country) or currency
    found_money = money.find(parsed, field, currency, lang=code)
    values["budget"] = money.budget(parsed, found_money, field, lang=code)
    values["revenue"] = money.revenue(parsed, found_money, field, currency, lang=code)
    values["company_size"] = headcount.company_size(parsed, field, frozenset(m.start for m in found_money), lang=code)
    if field == "budget" and values["company_size"] is not None and _only_counts(found_money):
        # "it's 300 people, not 200", typed at the budget question: its numbers count people, not money.
        values["budget"] = None
    values["timing"] = timing.timing(parsed, today, field, lang=code, country=location.country if location is not None else None)
    values["authority"] = titles.authority(parsed, field)
    # Read once and passed on: the persona's patterns cost the most of any reader on a long run of punctuation.
    persona = personas.persona(parsed)
    values["industry"] = industries.industry(parsed, field, persona_read=persona)
    if values["industry"] == "other" and any(replies.yes_or_no(parsed, lang=one) for one in LANGUAGES):
        # "oui", "yes", "hmm" typed at the industry question describe no business: "other" would be invented. (In
        # every language: a word this short is too short to tell which.)
        values["industry"] = None
    if values["industry"] == "other" and (money.said_alone(found_money) or money.a_figure_alone(parsed, lang=code)):
        # "meh 5k maybe" at the industry question: a budget volunteered; "meh 50 maybe" a figure: no business described
        values["industry"] = None
    values["location"] = location
    values["tech_stack"] = tools.tech_stack(parsed, field)
    values["need"] = needs.need(parsed, field, persona=persona)
    values["email"] = emails.email(parsed)
    values["persona"] = persona
    if values["persona"] == "job_seeker" and field is None:
        # A job seeker's dates and sums are the job's ("an internship from March", "30k salary"), not a purchase's;
        # the channels and tools they name are their skills ("especialista SEO", "I know Google Ads"), not a need or a stack.
        values["timing"] = values["budget"] = values["need"] = None
        values["tech_stack"] = ()
    values["name"] = identity.name(parsed, field)
    taken = {location.city.lower()} if location and location.city else set()
    values["company"] = identity.company(parsed, field, taken)
    if field == "company" and values["company"] and _words_of(values["company"]) == _words_of(parsed.original):
        # An answer that is the company's name alone says nothing else: its words are no facts ("Loja Verde" is
        # no shop in Loja, Ecuador; "Berlin Brands GmbH" may be anywhere).
        return Attributes(company=values["company"])
    if field is not None and values.get(field) in (None, ()) and not (field == "timing" and timing.started_before(parsed, lang=code)):
        # ("wir haben vor einem Jahr angefangen" at the timing question opens with "we have": a start made, no yes)
        values.update(replies.reply(parsed, field, lang=code))
    return Attributes(**{k: v for k, v in values.items() if v not in (None, ())})


def _outside_the_firms_name(parsed: Text, field: str | None, location: Location, lang: str) -> Location | None:
    """Where the visitor is, read with the firm's name left out: a city or country word inside the name read as the
    visitor's company ("Clínica Sorriso Atlântico" is no clinic in Sorriso, Brazil; "Tom from Harrow Marine here" says
    nothing of Harrow) is no location unless the message names it apart too ("Leeds Digital, based in Leeds")."""
    taken = {location.city.lower()} if location.city else set()
    # (the name as a message with no question reads it: at the need question "Clínica Sorriso Atlântico" is the firm too)
    firm = identity.company(parsed, "company" if field == "company" else None, taken)
    if not firm or " " not in firm.strip():
        return location  # a firm's name of one word that is a city is the city ("Leeds" is never read as a firm)
    original = parsed.original
    masked = re.sub(re.escape(firm), lambda m: " " * len(m.group(0)), original, flags=re.IGNORECASE)
    if masked == original:
        return location
    return places.location(Text.of(masked), field, lang=lang)


def _words_of(text: str) -> str:
    """The words of a text, without case or punctuation, to compare an answer with a name found in it."""
    return " ".join(re.findall(r"[^\W_]+", text.casefold()))


def _only_counts(found: list[money.Money]) -> bool:
    """Whether every budget amount is a bare small number: no currency said, no period, under a thousand."""
    amounts = [m for m in found if m.kind == "budget"]
    return bool(amounts) and all(not m.currency_said and m.period is None and max(m.min or 0, m.max or 0) < 1000
                                 for m in amounts)
