"""Text to lead attributes: the one entry point every other part calls."""

from __future__ import annotations

import datetime as dt
from typing import Any

from nlu import emails, headcount, identity, industries, money, needs, personas, places, replies, timing, titles, tools
from nlu.attributes import Attributes
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


def extract(
    text: str,
    field: str | None = None,
    *,
    now: dt.date | str,
    default_currency: str = "USD",
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
    values: dict[str, Any] = {}
    location = places.location(parsed, field)
    # An amount said with no currency is in the money of the country said in the same message.
    if location is not None and location.country:
        currency = places.currency_of(location.country) or currency
    found_money = money.find(parsed, field, currency)
    values["budget"] = money.budget(parsed, found_money, field)
    values["revenue"] = money.revenue(parsed, found_money, field, currency)
    values["company_size"] = headcount.company_size(parsed, field, frozenset(m.start for m in found_money))
    values["timing"] = timing.timing(parsed, today, field)
    values["authority"] = titles.authority(parsed, field)
    values["industry"] = industries.industry(parsed, field)
    values["location"] = location
    values["tech_stack"] = tools.tech_stack(parsed, field)
    values["need"] = needs.need(parsed, field)
    values["email"] = emails.email(parsed)
    values["persona"] = personas.persona(parsed)
    values["name"] = identity.name(parsed, field)
    taken = {location.city.lower()} if location and location.city else set()
    values["company"] = identity.company(parsed, field, taken)
    if field is not None and values.get(field) in (None, ()):
        values.update(replies.reply(parsed, field))
    return Attributes(**{k: v for k, v in values.items() if v not in (None, ())})
