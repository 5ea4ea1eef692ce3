"""How the bot says a value back, acknowledges an answer and names the company: short, varied, right.

Pure. ``describe`` turns a contract attribute into the words a visitor would
recognise ("a budget of about £60k", "about 300 people", "Manchester, United
Kingdom"): the same words confirm a heard value and say a correction back.
"""

from __future__ import annotations

import zlib
from typing import Sequence

import pycountry
from babel.numbers import get_currency_symbol

from nlu.attributes import Attributes, Budget, Range, Revenue

ACKNOWLEDGEMENTS = ("Thanks.", "Got it.", "Noted.", "Thanks for that.", "OK, noted.", "Understood.")
_PERIODS = {"month": " a month", "quarter": " a quarter", "year": " a year", "one_time": ""}
_INDUSTRY_WORDS = {
    "retail_ecommerce": "retail and e-commerce", "professional_services": "professional services",
    "financial_services": "financial services", "real_estate": "real estate",
    "marketing_advertising": "marketing and advertising", "media_entertainment": "media and entertainment",
}
_NEED_WORDS = {
    "lead_generation": "lead generation", "seo": "SEO", "paid_ads": "paid ads", "social_media": "social media",
    "content_marketing": "content marketing", "email_marketing": "email marketing",
    "marketing_automation": "marketing automation", "crm": "your CRM", "website": "your website",
    "analytics": "analytics",
}


def acknowledgement(conversation_id: str, turn: int) -> str:
    """A brief thanks for an answer, a different one each turn, starting at a per-conversation offset."""
    return ACKNOWLEDGEMENTS[(zlib.crc32(conversation_id.encode()) + turn) % len(ACKNOWLEDGEMENTS)]


def amount(value: float, currency: str | None) -> str:
    """ "£60k", "$1.5M", "€800", "12,000 CHF": short, with the currency's symbol where it has a common one."""
    if value >= 1_000_000:
        number = f"{value / 1_000_000:.1f}".rstrip("0").rstrip(".") + "M"
    elif value >= 10_000:
        number = f"{value / 1000:.0f}k"
    elif value >= 1000:
        number = f"{value / 1000:.1f}".rstrip("0").rstrip(".") + "k"
    else:
        number = f"{value:,.0f}"
    if not currency:
        return number
    symbol = get_currency_symbol(currency, locale="en")
    return f"{symbol}{number}" if symbol != currency and len(symbol) <= 2 else f"{number} {currency}"


def _span(low: float | None, high: float | None, currency: str | None) -> str:
    if low is not None and high is not None and low != high:
        return f"{amount(low, currency)}–{amount(high, currency)}"
    if low is not None and high is not None:
        return f"about {amount(low, currency)}"
    if low is not None:
        return f"over {amount(low, currency)}"
    if high is not None:
        return f"up to {amount(high, currency)}"
    return "an amount"


def _budget(budget: Budget) -> str:
    if budget.status == "none":
        return "no budget set yet"
    if budget.status == "unknown" or (budget.min is None and budget.max is None):
        return "a budget not decided yet"
    return f"a budget of {_span(budget.min, budget.max, budget.currency)}{_PERIODS.get(budget.period or '', '')}"


def _people(size: Range) -> str:
    if size.min is not None and size.max is not None and size.min != size.max:
        return f"{size.min:,.0f}–{size.max:,.0f} people"
    if size.min is not None and size.max is not None:
        return f"about {size.min:,.0f} people"
    if size.min is not None:
        return f"over {size.min:,.0f} people"
    return f"up to {size.max:,.0f} people" if size.max is not None else "a team of unknown size"


def _revenue(revenue: Revenue) -> str:
    return f"annual revenue of {_span(revenue.min, revenue.max, revenue.currency)}"


def country_name(code: str | None) -> str | None:
    if not code:
        return None
    country = pycountry.countries.get(alpha_2=code)
    return getattr(country, "common_name", None) or getattr(country, "name", None) or code


def _listed(items: Sequence[str]) -> str:
    items = list(items)
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def describe(name: str, attrs: Attributes) -> str | None:
    """The value of ``name`` in ``attrs`` as a short phrase, or None when it is unknown."""
    value = getattr(attrs, name, None)
    if value is None or value == ():
        return None
    if name == "budget":
        return _budget(value)
    if name == "company_size":
        return _people(value)
    if name == "revenue":
        return _revenue(value)
    if name == "authority":
        return f"your role as {value.title}" if value.title else "your role"
    if name == "need":
        topics = [_NEED_WORDS.get(c, c.replace("_", " ")) for c in value.categories]
        return f"help with {_listed(topics)}" if topics else f"what you need: \"{(value.summary or '')[:60]}\""
    if name == "timing":
        if value.status == "no_timeline":
            return "no fixed timeline yet"
        if value.status == "unknown":
            return "timing not decided yet"
        if value.target_date:
            return f"a start by {value.target_date}"
        return f"a start within about {value.horizon_days} days" if value.horizon_days is not None else "a start date"
    if name == "industry":
        return f"the {_INDUSTRY_WORDS.get(value, value.replace('_', ' '))} industry"
    if name == "location":
        place = [p for p in (value.city, country_name(value.country)) if p]
        return f"a base in {', '.join(place)}" if place else None
    if name == "tech_stack":
        return "your tools: " + _listed([t.replace("_", " ").title() for t in value])
    if name == "email":
        return f"your email {value.address}"
    if name == "name":
        return f"your name, {value}"
    if name == "company":
        return f"your company, {value}"
    return None


def noted(names: Sequence[str], attrs: Attributes) -> str:
    """ "I noted a budget of about £60k and about 300 people. Is that right?" """
    phrases = [p for n in names if (p := describe(n, attrs))]
    return f"I noted {_listed(phrases)}. Is that right?"


def said_back(names: Sequence[str], attrs: Attributes) -> str | None:
    """ "Got it, about 300 people." after a correction."""
    phrases = [p for n in names if (p := describe(n, attrs))]
    return f"Got it, {_listed(phrases)}." if phrases else None
