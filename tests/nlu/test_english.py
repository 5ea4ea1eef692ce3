"""Money, heads and dates in German, French, Spanish, Portuguese, Italian and Dutch (issue 15).

``nlu.english`` rewrites such a message for the readers of figures; these
tests drive it as its users do, through ``extract`` with the conversation's
language, and check the rewrite's own promises (English untouched, nothing
raised, nothing downloaded). The per-language blind batches measure the same
on text the tables were not written from.
"""

import datetime as dt
import socket

import pytest

from nlu import english, extract
from nlu.text import Text

NOW = dt.date(2026, 12, 2)


def _out(text, lang, field=None):
    return extract(text, field=field, now=NOW, lang=lang).to_dict()


@pytest.mark.parametrize(("text", "lang", "value"), [
    ("zwanzigtausend Euro", "de", 20000),
    ("vijfentwintigduizend euro", "nl", 25000),
    ("trente-cinq mille euros", "fr", 35000),
    ("treinta y cinco mil euros", "es", 35000),
    ("quarantamila euro", "it", 40000),
    ("cinquenta mil euros", "pt", 50000),
])
def test_numbers_in_words_are_read_in_each_language(text, lang, value):
    budget = _out(text, lang, "budget")["budget"]
    assert (budget["min"], budget["max"], budget["currency"]) == (value, value, "EUR")


@pytest.mark.parametrize(("text", "lang", "value"), [
    ("cerca de R$ 80 mil", "pt", 80000),  # "mil" is a thousand in Portuguese and Spanish, not a million
    ("unos 80 mil pesos", "es", 80000),
    ("max. 1,5 Mio. €", "de", 1500000),
    ("CHF 40'000", "de", 40000),
    ("12.500 €", "it", 12500),
    ("7 500 €", "fr", 7500),
])
def test_numbers_in_each_locales_notation(text, lang, value):
    assert _out(text, lang, "budget")["budget"]["max"] == value


@pytest.mark.parametrize(("text", "lang", "period"), [
    ("5.000 € pro Jahr", "de", "year"),
    ("3 000 € par mois", "fr", "month"),
    ("2.000 euros al mes", "es", "month"),
    ("R$ 10 mil por mês", "pt", "month"),
    ("20.000 euro all'anno", "it", "year"),
    ("4.000 euro per maand", "nl", "month"),
    ("10.000 € einmalig", "de", "one_time"),
])
def test_periods_are_read_in_each_language(text, lang, period):
    assert _out(text, lang, "budget")["budget"]["period"] == period


@pytest.mark.parametrize(("text", "lang", "days"), [
    ("so bald wie möglich", "de", (0, 14)),
    ("dès que possible", "fr", (0, 14)),
    ("lo antes posible", "es", (0, 14)),
    ("o mais rápido possível", "pt", (0, 14)),
    ("al più presto", "it", (0, 14)),
    ("zo snel mogelijk", "nl", (0, 14)),
    ("Ende des ersten Quartals", "de", (115, 119)),  # 2027-03-31
    ("au deuxième trimestre", "fr", (120, 210)),
    ("a finales de abril", "es", (145, 149)),
    ("no primeiro semestre", "pt", (30, 210)),
    ("a metà febbraio", "it", (70, 80)),
    ("begin maart", "nl", (89, 100)),
])
def test_dates_are_read_in_each_language(text, lang, days):
    low, high = days
    assert low <= _out(text, lang, "timing")["timing"]["horizon_days"] <= high


@pytest.mark.parametrize(("text", "lang", "size"), [
    ("wir sind 45 Leute", "de", (45, 45)),
    ("on est une trentaine", "fr", (30, 30)),
    ("somos unas veinte personas", "es", (20, 20)),
    ("uma equipe de doze pessoas", "pt", (12, 12)),
    ("siamo una quindicina", "it", (15, 15)),
    ("we zijn met dertig mensen", "nl", (30, 30)),
])
def test_sizes_are_read_in_each_language(text, lang, size):
    company = _out(text, lang, "company_size")["company_size"]
    assert (company["min"], company["max"]) == size


@pytest.mark.parametrize(("text", "lang"), [
    ("Letztes Jahr haben wir 30.000 € für Werbung ausgegeben", "de"),
    ("Notre ancienne agence nous facturait 5 000 € par mois", "fr"),
    ("el año pasado gastamos 20.000 euros", "es"),
    ("Unser Umsatz liegt bei 5 Mio. Euro", "de"),
])
def test_money_that_is_not_a_budget_stays_out_in_other_languages(text, lang):
    assert "budget" not in _out(text, lang)


def test_a_free_text_message_gives_every_figure_it_states():
    out = _out("Hola, somos 12 personas en Sevilla, tenemos unos 2.000 € al mes y queremos empezar en marzo.", "es")
    assert out["company_size"] == {"min": 12, "max": 12}
    assert (out["budget"]["min"], out["budget"]["period"]) == (2000, "month")
    assert 89 <= out["timing"]["horizon_days"] <= 119


def test_a_quarter_in_spanish_is_not_a_place():
    assert "location" not in _out("para finales de abril", "es", "timing")


def test_english_and_unknown_languages_are_read_as_written():
    text = Text.of("we have about 20k a month, starting in March")
    assert english.of(text, "en") is text
    assert english.of(text, "ja") is text


@pytest.mark.parametrize("lang", english.LANGUAGES)
@pytest.mark.parametrize("text", ["", "€€€ ¿¿ 1,2,3,,, mil mil Mio.", "x" * 5000, "\ud800 zwanzig \x00", "un un un une"])
def test_hostile_text_never_raises(lang, text):
    extract(text, now=NOW, lang=lang)


def test_nothing_is_downloaded_while_reading(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("the extractor opened a network connection")

    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    for lang in english.LANGUAGES:
        extract("ungefähr dreißig Personen, fin mars, 80 mil", now=NOW, lang=lang)


@pytest.mark.parametrize(("text", "lang", "status"), [
    ("ja", "de", "stated"), ("nein", "de", "none"), ("oui", "fr", "stated"), ("non", "fr", "none"),
    ("sí", "es", "stated"), ("não", "pt", "none"), ("sì", "it", "stated"), ("nee", "nl", "none"),
])
def test_a_bare_yes_or_no_answers_the_budget_question_in_each_language(text, lang, status):
    assert _out(text, lang, "budget")["budget"]["status"] == status


def test_a_decimal_comma_before_a_scale_follows_the_locale():
    assert _out("2,500 Mio. €", "de", "revenue")["revenue"]["min"] == 2_500_000
    assert _out("2,500 million dollars", "en", "revenue")["revenue"]["min"] == 2_500_000_000


@pytest.mark.parametrize(("text", "low", "high"), [
    ("von 4.000 bis 6.000 €", 4000, 6000),
    ("de 7\u202f000 à 9\u202f000 €", 7000, 9000),
    ("desde 1.500 hasta 2.500 euros", 1500, 2500),
    ("entre R$ 3.000 e R$ 4.500", 3000, 4500),
    ("dal 5.000 al 7.000 euro", 5000, 7000),
    ("van €2.000 tot €3.000", 2000, 3000),
    ("zw. 9.000 und 11.000 €", 9000, 11000),
])
def test_a_range_is_read_with_no_hint_whatever_language_its_words_are(text, low, high):
    budget = _out(text, None, "budget")["budget"]
    assert (budget["min"], budget["max"]) == (low, high)


def test_an_english_figure_followed_by_a_is_no_range():
    assert _out("budget is 5 a month per seat times 20 seats", None, "budget")["budget"]["min"] == 5


@pytest.mark.parametrize(("text", "lang"), [("zwischen 40.000 € und 60.000 €", "de"), ("between 40,000 € and 60,000 €", "en")])
def test_a_range_with_the_currency_after_each_figure_keeps_both_ends(text, lang):
    budget = _out(text, lang, "budget")["budget"]
    assert (budget["min"], budget["max"]) == (40000, 60000)


def test_half_at_the_end_of_an_italian_clause_is_a_share_and_before_a_month_its_middle():
    assert _out("l'anno scorso 8.000 €, quest'anno la metà", "it", "budget")["budget"]["min"] == 4000
    assert _out("entro la metà di aprile", "it", "timing")["timing"]["target_date"][:7] == "2027-04"


def test_a_spanish_year_written_without_its_tilde_is_still_a_year():
    assert _out("unos 12.000 euros por ano", "es", "budget")["budget"]["period"] == "year"


@pytest.mark.parametrize(("text", "lang"), [
    ("somos 14 y tenemos 3 mil al mes", "es"), ("somos 14 e temos 3 mil por mês", "pt"), ("on est 14 et on a 3 000 € par mois", "fr"),
    ("siamo in 14 e abbiamo 3.000 euro al mese", "it"), ("we zijn met 14 en hebben 3.000 euro per maand", "nl"),
])
def test_a_head_count_before_and_another_figure_is_read_in_each_language(text, lang):
    out = _out(text, None)
    assert (out["company_size"]["min"], out["budget"]["min"]) == (14, 3000)


def test_a_thousand_abbreviated_in_german_is_a_thousand_with_no_hint():
    assert _out("8-9 Tsd. Euro", None, "budget")["budget"]["max"] == 9000


def test_from_a_date_on_is_still_a_date_and_from_a_sum_on_is_its_lower_end():
    assert _out("a partir de 10 de abril", "pt", "timing")["timing"]["target_date"] == "2027-04-10"
    assert _out("vanaf 4.000 euro per maand", "nl", "budget")["budget"]["min"] == 4000


@pytest.mark.parametrize(("text", "size"), [
    ("we zijn met z'n vijftigen", 50), ("met zijn zessen, budget 1.000 euro", 6), ("we zijn met z'n elven", 11),
])
def test_the_n_of_us_in_dutch_is_a_head_count(text, size):
    assert _out(text, "nl")["company_size"]["min"] == size


@pytest.mark.parametrize(("text", "lang", "days"), [
    ("entro la fine del trimestre", "it", (20, 29)),  # 2026-12-31
    ("entro la fine del prossimo trimestre", "it", (110, 119)),  # 2027-03-31
    ("entro fine anno", "it", (20, 29)),
    ("eind volgend kwartaal", "nl", (110, 119)),
    ("voor het einde van het kwartaal", "nl", (20, 29)),
    ("até o fim do trimestre", "pt", (20, 29)),
    ("no final do mês", "pt", (20, 29)),
    ("antes de que acabe el trimestre", "es", (20, 29)),
    ("bis Ende dieses Quartals", "de", (20, 29)),
    ("d'ici la fin du prochain trimestre", "fr", (110, 119)),
])
def test_the_end_of_this_or_the_next_period_is_read_in_each_language(text, lang, days):
    low, high = days
    assert low <= _out(text, lang, "timing")["timing"]["horizon_days"] <= high


def test_a_german_time_word_that_is_also_a_district_is_no_place():
    out = _out("bis Mitte nächsten Jahres", "de", "timing")
    assert "location" not in out and out["timing"]["horizon_days"] > 150


@pytest.mark.parametrize(("text", "lang"), [
    ("das wissen wir noch nicht", "de"), ("aún no lo sabemos", "es"), ("ainda não sabemos", "pt"),
    ("non lo sappiamo ancora", "it"), ("weten we nog niet", "nl"), ("on ne sait pas encore", "fr"),
])
def test_not_knowing_the_budget_yet_is_unknown_in_each_language(text, lang):
    assert _out(text, lang, "budget")["budget"]["status"] == "unknown"


@pytest.mark.parametrize(("text", "lang"), [
    ("il direttore approva tutto sopra i 10.000 euro", "it"),
    ("quanto custa uma campanha? vimos 8 mil noutro site", "pt"),
])
def test_a_threshold_or_a_price_seen_elsewhere_is_no_budget_in_other_languages(text, lang):
    assert "budget" not in _out(text, lang)


@pytest.mark.parametrize(("text", "lang", "days"), [
    ("in un paio di settimane", "it", (10, 21)), ("en un par de semanas", "es", (10, 21)), ("dans quelques semaines", "fr", (10, 30)),
    ("nach den Sommerferien", "de", (240, 300)), ("na de zomervakantie", "nl", (240, 300)),
])
def test_a_couple_of_weeks_and_after_the_summer_holidays_in_each_language(text, lang, days):
    low, high = days
    assert low <= _out(text, lang, "timing")["timing"]["horizon_days"] <= high


@pytest.mark.parametrize(("text", "lang"), [
    ("eine andere Agentur hat uns 9.000 € angeboten", "de"), ("wir haben ein Angebot über 7.500 € bekommen", "de"),
    ("un autre prestataire nous a proposé 3 000 € par mois", "fr"), ("otra agencia nos cobraba 2.000 euros al mes", "es"),
    ("outra agência nos pediu 12 mil", "pt"), ("abbiamo un preventivo di 6.000 euro", "it"), ("een ander bureau rekende 4.000 euro", "nl"),
    ("wat kost dat? we hebben 1.500 euro per maand gezien", "nl"), ("il nostro CAP è 50123", "it"), ("unsere PLZ ist 20095", "de"),
])
def test_a_quote_from_someone_else_a_price_seen_or_a_postal_code_is_no_budget_in_each_language(text, lang):
    out = _out(text, lang)
    assert "budget" not in out and "industry" not in out


def test_the_hinted_language_keeps_a_message_that_lingua_hears_as_english_for_its_loanwords():
    out = _out("Notre CA est de 5 M€, budget marketing environ 80 000 € par an", "fr")
    assert (out["revenue"]["min"], out["budget"]["min"]) == (5_000_000, 80_000)


@pytest.mark.parametrize("text", ["Budget: 8.000 € im Monat, Angebot gerne per Mail", "Start im Sommer, Budget offen"])
def test_a_german_noun_after_im_is_no_name(text):
    assert "name" not in _out(text, "de")


@pytest.mark.parametrize(("text", "lang", "low", "high"), [
    ("zwischen drei- und fünftausend Euro", "de", 3000, 5000), ("tussen twee- en vierduizend euro", "nl", 2000, 4000),
    ("anderhalve ton", "nl", 150_000, 150_000), ("3 ton per jaar", "nl", 300_000, 300_000),
])
def test_a_suspended_compound_and_the_dutch_ton_are_read_as_sums(text, lang, low, high):
    budget = _out(text, lang, "budget")["budget"]
    assert (budget["min"], budget["max"]) == (low, high)


@pytest.mark.parametrize(("text", "lang"), [
    ("weniger als 30", "de"), ("moins de 30", "fr"), ("menos de 30", "es"), ("menos de 30 pessoas", "pt"), ("meno di 30", "it"),
    ("minder dan 30", "nl"),
])
def test_fewer_than_a_count_is_its_upper_end_in_each_language(text, lang):
    company = _out(text, lang, "company_size")["company_size"]
    assert (company["min"], company["max"]) == (None, 30)


@pytest.mark.parametrize(("text", "lang"), [
    ("nach Ostern", "de"), ("après Pâques", "fr"), ("después de Semana Santa", "es"), ("depois da Páscoa", "pt"), ("dopo Pasqua", "it"),
    ("na Pasen", "nl"),
])
def test_easter_is_a_date_in_each_language(text, lang):
    assert 100 <= _out(text, lang, "timing")["timing"]["horizon_days"] <= 140  # Easter 2027 is March 28


def test_early_next_year_in_portuguese_and_at_the_latest_in_dutch():
    assert 29 <= _out("no começo do ano que vem", "pt", "timing")["timing"]["horizon_days"] <= 90
    assert 88 <= _out("uiterlijk april", "nl", "timing")["timing"]["horizon_days"] <= 148


@pytest.mark.parametrize(("text", "lang", "amount"), [
    ("so 12.000 €, nein, eher 9.000 €", "de", 9000), ("8 000 €, enfin plutôt 6 000 €", "fr", 6000),
    ("unos 6.000 €, bueno, 5.000 € siendo realistas", "es", 5000), ("uns 9 mil euros, aliás 7 mil", "pt", 7000),
    ("40 mila euro, anzi 35", "it", 35000), ("12.000 euro, of eigenlijk 10.000", "nl", 10000),
    ("es waren 50.000 €, aber der Vorstand hat auf 40.000 € gekürzt", "de", 40000),
    ("c'était 30 000 € mais ils ont réduit à 20 000 €", "fr", 20000),
])
def test_an_amount_corrected_in_the_same_message_is_the_later_one_in_each_language(text, lang, amount):
    budget = _out(text, lang, "budget")["budget"]
    assert (budget["min"], budget["max"], budget["currency"]) == (amount, amount, "EUR")


@pytest.mark.parametrize(("text", "lang"), [
    ("8.000 €, könnten aber auf 10.000 € gehen", "de"), ("8 000 € mais on pourrait monter à 10 000 €", "fr"),
    ("8.000 € pero podemos llegar a 10.000 €", "es"), ("8 mil euros mas podemos chegar a 10 mil", "pt"),
    ("8.000 euro ma potremmo arrivare a 10.000", "it"), ("8.000 euro maar kan oplopen tot 10.000", "nl"),
])
def test_a_stretch_above_the_first_amount_keeps_the_first_in_each_language(text, lang):
    assert _out(text, lang, "budget")["budget"]["min"] == 8000


def test_a_title_named_with_an_article_in_free_text_is_someone_else():
    assert "authority" not in _out("die Marketingleiterin will mehr Leads", "de") or _out(
        "die Marketingleiterin will mehr Leads", "de")["authority"]["title"] is None


@pytest.mark.parametrize(("text", "lang"), [
    ("unsere frühere Agentur kostete 5.000 € im Monat", "de"), ("notre ancienne agence nous coûtait 1 500 € par mois", "fr"),
    ("la agencia anterior nos costaba 2.000 € al mes", "es"), ("a agência anterior custava 6 mil por mês", "pt"),
    ("la vecchia agenzia costava 2.500 euro al mese", "it"), ("ons vorige bureau kostte 4.000 euro per maand", "nl"),
])
def test_what_the_previous_agency_cost_is_no_budget_in_each_language(text, lang):
    out = _out(text, lang)
    assert "budget" not in out and "industry" not in out
