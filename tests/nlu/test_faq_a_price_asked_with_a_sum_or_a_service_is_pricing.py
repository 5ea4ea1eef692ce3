"""A question about our price that names a sum or a service finds the pricing entry, in the seven languages.

Issue 14: francesca's "un audit SEO da voi costa più di 2.000 euro?" matched no entry, and "un site web chez vous
coûte plus de 3 000 € ?" found the services, for the service it names. A verb of costing asked of us ("costa",
"kostet", "coûte", "cuesta", "custa", "kost") and a sum set against what we would do for it ("would 10k get us
anything?", "what can we get for 5k?", "is 5k enough?") ask a price: the service and the sum are what is priced.
A sum in a statement of the visitor's own ("our budget is 10k", "SEO costs us 5k a month") asks nothing.
"""

from __future__ import annotations

from typing import Callable, Mapping

import pytest

from nlu.faq import FaqMatcher

Entry = Callable[[str, str], "str | None"]


@pytest.fixture
def entry(localized_matchers: Mapping[str, FaqMatcher]) -> Entry:
    """The FAQ entry the default playbook, localized to ``lang``, answers ``text`` with, or None."""

    def matched(lang: str, text: str) -> str | None:
        found = localized_matchers[lang].match(text, lang)
        return found.entry if found else None

    return matched


@pytest.mark.parametrize("lang, text", [
    # en
    ("en", "would 10k get us anything?"),
    ("en", "what can we get for 5k?"),
    ("en", "does an SEO audit cost more than $2,000?"),
    ("en", "is 5k a month enough for SEO?"),
    ("en", "would £3k cover a new website?"),
    ("en", "what would $20k a year buy us?"),
    # de
    ("de", "kostet ein SEO-Audit bei Ihnen mehr als 2.000 €?"),
    ("de", "reichen 5.000 Euro für eine Website?"),
    ("de", "was bekommen wir für 10k?"),
    ("de", "kostet eine Kampagne bei euch viel?"),
    # fr
    ("fr", "un site web chez vous coûte plus de 3 000 € ?"),
    ("fr", "un audit SEO coûte combien chez vous ?"),
    ("fr", "qu'est-ce qu'on peut avoir pour 5 000 euros ?"),
    ("fr", "est-ce que 10k suffisent pour une campagne ?"),
    ("fr", "vos campagnes coûtent plus de 5 000 € ?"),
    # es
    ("es", "¿cuánto sale una campaña de 5 mil?"),
    ("es", "¿una auditoría SEO cuesta más de 2.000 euros?"),
    ("es", "¿qué podemos conseguir con 10 mil euros?"),
    ("es", "¿5.000 € alcanzan para una web?"),
    ("es", "¿las campañas de SEO cuestan más de 3.000 euros?"),
    # pt
    ("pt", "uma campanha de 5 mil custa quanto?"),
    ("pt", "um site com vocês custa mais de 3.000 euros?"),
    ("pt", "o que conseguimos com 10 mil reais?"),
    # it
    ("it", "un audit SEO da voi costa più di 2.000 euro?"),
    ("it", "un sito web costa più di 5.000 €?"),
    ("it", "cosa possiamo avere con 10 mila euro?"),
    ("it", "bastano 3.000 euro per una campagna?"),
    ("it", "le vostre campagne costano più di 4.000 euro?"),
    # nl
    ("nl", "kost een website bij jullie meer dan 3.000 euro?"),
    ("nl", "wat krijgen we voor 10k?"),
    ("nl", "is 5.000 euro genoeg voor een campagne?"),
])
def test_a_price_asked_with_a_sum_or_a_service_is_the_pricing_entry(entry: Entry, lang: str, text: str) -> None:
    assert entry(lang, text) == "pricing"


@pytest.mark.parametrize("lang, text", [
    # the visitor's own sums and spend, said: answers, not questions
    ("en", "our budget is about 10k"),
    ("en", "SEO costs us 5k a month"),
    ("en", "we spent 20k on ads last year"),
    ("de", "wir haben etwa 5.000 € im Monat"),
    ("fr", "on a un budget de 3 000 € par mois"),
    ("es", "tenemos unos 5 mil euros al mes"),
    ("pt", "o nosso orçamento é de 10 mil reais"),
    ("it", "abbiamo circa 2.000 euro al mese"),
    ("nl", "ons budget is ongeveer 5.000 euro"),
    # a number that is no sum, in a question about something else
    ("en", "do you work with companies of 200 people?"),
    ("en", "can you get us 500 leads a month?"),
    ("en", "can you do 500 leads a month?"),
    ("en", "do you work with brands with 10k followers?"),
    ("de", "macht ihr Kampagnen für Marken mit 10k Followern?"),
])
def test_a_sum_of_the_visitors_own_or_a_number_that_is_no_price_finds_no_pricing(
    entry: Entry, lang: str, text: str
) -> None:
    assert entry(lang, text) != "pricing"


# What can be done with a sum, and whether it will do: a price asked as well.
DONE_WITH_A_SUM = [
    ("en", "can we do anything with 3k?"), ("en", "do you do anything under 5k?"), ("en", "is 5k monthly enough?"),
    ("en", "is 10k realistic for a website?"),
    ("de", "was kann man mit 5.000 Euro machen?"), ("de", "sind 10.000 € realistisch für eine Website?"),
    ("fr", "que peut-on faire avec 5 000 € ?"), ("fr", "5 000 € par mois, c'est assez ?"),
    ("es", "¿qué se puede hacer con 3.000 euros?"), ("es", "¿con 5 mil al mes alcanza?"),
    ("pt", "dá para fazer algo com 5 mil reais?"),
    ("it", "cosa si può fare con 5.000 euro?"), ("it", "con 3.000 euro al mese si fa qualcosa?"),
    ("nl", "wat kun je doen met 5.000 euro?"), ("nl", "is 10k genoeg?"),
]


@pytest.mark.parametrize("lang, text", DONE_WITH_A_SUM)
def test_what_a_sum_would_do_is_the_pricing_entry(entry: Entry, lang: str, text: str) -> None:
    assert entry(lang, text) == "pricing"
