"""Every currency a visitor writes (issue 14): the symbols and names CLDR gives each currency where it is used (read
through babel, ``nlu.data.currencies``), glued to the figure or apart, before or after it; the multipliers of the
countries that use them ("juta", "jt", "lakh", "crore", "mn", "bn"); a symbol or name several currencies share ("kr",
"Rs", "shillings", "pounds", "¥") read as the visitor's own when their country (or the playbook) uses one of them.
Beside each rule its near misses: words that are a currency's symbol or name too ("RM team", "Rand" as a name, "won"
as a verb, "real" as an adjective, "500 pounds of coffee", "500 ft") stay no money."""

import pytest

from nlu import extract
from nlu.data import currencies

NOW = "2026-12-04"


def _budget(text, field=None, currency="USD", lang=None):
    return extract(text, field=field, lang=lang, now=NOW, default_currency=currency).budget


@pytest.mark.parametrize("text, low, high, code, period", [
    ("KSh 150,000 per month tops", None, 150_000, "KES", "month"),
    ("we can do Ksh 80k a month", 80_000, 80_000, "KES", "month"),
    ("Tsh 2m a month", 2_000_000, 2_000_000, "TZS", "month"),
    ("budget around USh 5,000,000 per month", 5_000_000, 5_000_000, "UGX", "month"),
    ("GH₵ 20,000 a month", 20_000, 20_000, "GHS", "month"),
    ("Rp 50 juta per month", 50_000_000, 50_000_000, "IDR", "month"),
    ("RM 10k a month for ads", 10_000, 10_000, "MYR", "month"),
    ("our budget is ₦2m monthly", 2_000_000, 2_000_000, "NGN", "month"),
    ("budget ₱150k a month", 150_000, 150_000, "PHP", "month"),
    ("about ₫50,000,000 a month", 50_000_000, 50_000_000, "VND", "month"),
    ("maybe ৳200,000 a month", 200_000, 200_000, "BDT", "month"),
    ("budget is 400.000 Ft havonta", 400_000, 400_000, "HUF", None),
    ("we can spend 50 000 Kč a month", 50_000, 50_000, "CZK", "month"),
    ("S/ 8,000 per month", 8_000, 8_000, "PEN", "month"),
])
def test_a_countrys_own_symbol_beside_the_figure_is_its_currency(text, low, high, code, period):
    budget = _budget(text)
    assert (budget.min, budget.max, budget.currency, budget.period) == (low, high, code, period)


@pytest.mark.parametrize("text, amount, code", [
    ("Ksh150k a month", 150_000, "KES"),
    ("RM10k a month", 10_000, "MYR"),
    ("rm10k a month", 10_000, "MYR"),
    ("Rp50jt per month", 50_000_000, "IDR"),
    ("TSH2m a month", 2_000_000, "TZS"),
    ("GH₵20,000 a month", 20_000, "GHS"),
])
def test_a_symbol_glued_to_the_figure_is_its_currency(text, amount, code):
    budget = _budget(text)
    assert (budget.min, budget.max, budget.currency, budget.period) == (amount, amount, code, "month")


@pytest.mark.parametrize("text, amount, code", [
    ("20k cedis a month", 20_000, "GHS"),
    ("about 2 million ringgit a year", 2_000_000, "MYR"),
    ("50 juta rupiah per month", 50_000_000, "IDR"),
    ("budget is 300,000 naira monthly", 300_000, "NGN"),
    ("we could do 40k baht a month", 40_000, "THB"),
    ("1.5m kwanza per month", 1_500_000, "AOA"),
    ("around 150k ghanaian cedis a month", 150_000, "GHS"),
    ("2m tanzanian shillings a month", 2_000_000, "TZS"),
    ("5m Ugandan shillings per month", 5_000_000, "UGX"),
    ("budget 500k won a month", 500_000, "KRW"),
    ("we have 3 million rand per year", 3_000_000, "ZAR"),
])
def test_a_currencys_name_after_the_figure_is_that_currency(text, amount, code):
    budget = _budget(text)
    assert (budget.min, budget.max, budget.currency) == (amount, amount, code)


@pytest.mark.parametrize("text, lang", [
    ("Unser Budget liegt bei 20.000 Ghanaische Cedi im Monat", "de"),
    ("Notre budget est de 20 000 cedis ghanéens par mois", "fr"),
    ("Nuestro presupuesto es de 20.000 cedis ghaneses al mes", "es"),
    ("Il nostro budget è di 20.000 cedi ghanesi al mese", "it"),
    ("O nosso orçamento é de 20.000 cedis ganeses por mês", "pt"),
    ("Ons budget is 20.000 Ghanese cedi per maand", "nl"),
    ("our budget is 20,000 Ghanaian cedis a month", "en"),
])
def test_a_currencys_name_in_each_of_the_seven_languages_is_that_currency(text, lang):
    for hint in (lang, None):
        budget = _budget(text, lang=hint)
        assert (budget.min, budget.max, budget.currency) == (20_000, 20_000, "GHS"), hint


@pytest.mark.parametrize("text, amount", [
    ("Rp 50 juta per month", 50_000_000),
    ("Rp 500rb a month", 500_000),
    ("Rs 5 lakh a month", 500_000),
    ("Rs 2 crore a year", 20_000_000),
    ("KSh 1.5mn a month", 1_500_000),
    ("₦1.2bn a year", 1_200_000_000),
])
def test_the_multiplier_a_currencys_country_writes_is_read(text, amount):
    assert _budget(text).min == amount


@pytest.mark.parametrize("text, home, code", [
    ("500 kr a month", "NOK", "NOK"),
    ("kr 5000 a month", "DKK", "DKK"),
    ("500 kr a month", "USD", "SEK"),
    ("Rs 50,000 per month", "PKR", "PKR"),
    ("Rs 50,000 per month", "LKR", "LKR"),
    ("Rs 50,000 per month", "USD", "INR"),
    ("2 lakh rupees a month", "NPR", "NPR"),
    ("2m shillings a month", "TZS", "TZS"),
    ("2m shillings a month", "UGX", "UGX"),
    ("50k pounds a month", "EGP", "EGP"),
    ("50k pounds a month", "USD", "GBP"),
    ("¥500,000 a month", "CNY", "CNY"),
    ("¥500,000 a month", "USD", "JPY"),
    ("20k dinars a month", "TND", "TND"),
    ("20k riyals a month", "QAR", "QAR"),
    ("1.5m kwacha per month", "ZMW", "ZMW"),
    ("1.5m kwacha per month", "MWK", "MWK"),
])
def test_a_symbol_or_name_several_currencies_share_is_the_visitors_own(text, home, code):
    assert _budget(text, currency=home).currency == code


def test_a_visitor_from_a_country_that_writes_a_dollar_sign_keeps_the_dollar_rule():
    # (as before this rule: "$" is the visitor's own dollar, and stays the US dollar for a peso country)
    assert _budget("$12k a month", currency="AUD").currency == "AUD"
    assert _budget("$12k a month", currency="MXN").currency == "USD"


@pytest.mark.parametrize("text", [
    "budget is C$5,000 to C$7,500 per month",
    "C$5,000 - C$7,500 per month",
])
def test_a_range_that_says_its_currency_again_before_its_top_is_one_range(text):
    budget = _budget(text)
    assert (budget.min, budget.max, budget.currency) == (5_000, 7_500, "CAD")


@pytest.mark.parametrize("text, low, high", [
    ("budget's somewhere between eighty and a hundred thousand for the full year", 80_000, 100_000),
    ("between twenty and a hundred thousand", 20_000, 100_000),
    ("one and a half thousand a month", 1_500, 1_500),
    ("budget is two and a half million", 2_500_000, 2_500_000),
])
def test_a_range_in_words_is_two_figures_and_a_half_is_one(text, low, high):
    budget = _budget(text, field="budget")
    assert (budget.min, budget.max) == (low, high)


@pytest.mark.parametrize("symbol, code", sorted(
    (symbol, code) for symbol, codes in currencies.symbols().items() for code in codes
    if not symbol.startswith("$") and "$" != symbol))
def test_every_symbol_cldr_gives_a_currency_where_it_is_used_reads_as_it_for_a_visitor_there(symbol, code):
    # (as CLDR writes it: "Ksh", "GH₵", "Kč"; the folded form is what is looked up)
    written = next((s for s in _written_forms() if s.lower() == symbol), symbol)
    budget = _budget(f"our budget is {written} 50,000 a month", currency=code)
    assert budget is not None and (budget.min, budget.currency) == (50_000, code)


def _written_forms():
    return currencies._symbol_table()[1]


# Near misses: words that are a currency's symbol or name too, in ordinary chat.
@pytest.mark.parametrize("text", [
    "our RM team handles 40 accounts and we need more leads",
    "Rand here, I run a bakery in Durban",
    "thanks Rand, we have 12 staff",
    "we won 3 new clients last month",
    "out of 200 pitches, 150 won.",
    "we have 200 real customers a month",
    "we get 2,000 real leads per month from Google",
    "mark 15 March in the calendar please",
    "we ship 500 pounds of coffee a month",
    "a 500 pound press in the workshop",
    "in sum 3 locations, 40 staff",
    "we sell 500 lek bags, a local brand",
    "kip 20 of the tickets for tomorrow",
    "ho parlato con lei 3 volte",
    "a 2,000 ft warehouse in Leeds",
    "the office is 5 km from the station",
    "Le 5 mars nous avons une réunion",
    "vi ses den 5. maj",
    "our HRs and CFOs need 2 dashboards",
    "we need 12 mp3 files and an ar15 review",
    "the 3 Rs of recycling matter to us",
])
def test_a_word_that_is_a_currencys_symbol_or_name_too_is_no_money(text):
    result = extract(text, now=NOW)
    assert result.budget is None and result.revenue is None, (result.budget, result.revenue)


@pytest.mark.parametrize("text", [
    "our RM team spends 5k a month on ads",
    "budget 3k, in real terms it is tight",
])
def test_a_word_that_is_a_currencys_symbol_or_name_too_gives_no_currency_to_the_sum_beside_it(text):
    assert _budget(text).currency == "USD"


def test_the_shipped_symbol_table_is_what_the_installed_babel_gives():
    # (kept so that the first message waits for no locale files; rebuilt by ``python -m nlu.data.currencies``)
    assert currencies.SHIPPED.read_text(encoding="utf-8") == currencies.shipped_form()


def test_building_the_table_leaves_every_other_reader_of_babels_locales_their_whole_data():
    # (the table reads each locale file's own entries; babel's cache must still merge a country's locale with its
    # language's for everyone else: en_KE writes only the shilling, and inherits the other currencies' symbols)
    from babel import Locale

    currencies.build_symbols()
    assert Locale.parse("en_KE").currency_symbols.get("EUR") == "€"
    assert Locale.parse("sw_TZ").currency_symbols.get("TZS") == "TSh"
