"""What the visitor said fills what they left out: an amount with no currency is in their country's money.

Pure. "2k a month" from a visitor in Manchester is GBP, "30-40k" from
Stuttgart EUR; a visitor with no stated country who named a currency for one
sum has the next in it too; only a visitor with neither gets the playbook's
default currency. The country's currency comes from CLDR's data (babel).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any, Mapping

from nlu.attributes import Attributes
from nlu.extract import extract
from nlu.places import currency_of

MONEY = ("budget", "revenue")


def currency_for(attrs: Attributes, fallback: str) -> str:
    """The currency an amount said without one is in: the stated country's, else that of a sum the visitor already
    said ("about €4k a month", then "actually 3k"), else ``fallback``."""
    country = attrs.location.country if attrs.location is not None else None
    said = next((c for n in MONEY if (c := getattr(getattr(attrs, n, None), "currency", None))), None)
    return (currency_of(country) if country else None) or said or fallback


def rebased(attrs: Attributes, texts: Mapping[str, str], fallback: str, today: date, *,
            known: Attributes | None = None, lang: str | None = None) -> Attributes:
    """Amounts read in ``fallback`` because no country was known, read again in the country's currency.

    ``texts`` holds the visitor's words for each amount; ``known``, what tells the country when ``attrs`` does not
    (amounts only heard, the country given). An amount whose currency the visitor named stays as it is: read again
    it comes out the same.
    """
    currency = currency_for(known if known is not None else attrs, fallback)
    if currency == fallback:
        return attrs
    changes: dict[str, Any] = {}
    for name in MONEY:
        value = getattr(attrs, name)
        text = texts.get(name)
        if value is None or text is None or value.currency != fallback:
            continue
        again = getattr(extract(text, field=name, now=today, default_currency=currency, lang=lang), name)
        if again is not None and again.currency == currency and (again.min, again.max) == (value.min, value.max):
            changes[name] = again
    return replace(attrs, **changes) if changes else attrs
