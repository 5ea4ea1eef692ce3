"""The prices the pricing text quotes (``company.prices``, ``{price.NAME}`` per currency), edited in the studio's
Company section and quoted by the bot once published, without retraining (issue 14: a marketer could not change a
price without YAML).

A price is a row: its name and its amounts, one currency a line ("USD 5000"). A bad edit (an amount that is no
positive number, no ISO currency code, no default-currency amount, a name the pricing text does not use or a
quoted name no price has, a line that is no code and amount) is shown next to the price or the pricing text,
what was typed stays, and nothing is stored.
"""

from __future__ import annotations

from typing import Any, Iterator

import pytest
from rasa_sdk import Tracker
from werkzeug.serving import make_server

from bot.actions.faq import answer_messages
from bot.actions.language import speaking
from bot.actions.playbook_source import PlaybookSource
from harness.fakes.server import serve_in_background, stop_at_once
from harness.studio_forms import Studio
from nlu.attributes import Attributes, Location
from qualification.playbook_file import read_yaml
from tests.webhooks.conftest import ACTION_SECRET
from tests.webhooks.studio.test_editor import confirmed
from tests.webhooks.studio.test_editor_sections import errors_inside, nothing_was_stored, page_form, save, versions

PRICING = "Monthly programmes start at {price.monthly_from} a month; a website is quoted after a call."


@pytest.fixture
def bot_source(app: Any, playbook_path: Any) -> Iterator[PlaybookSource]:
    """The bot's playbook source asking this service over HTTP, as the action server does."""
    server = make_server("127.0.0.1", 0, app, threaded=True)
    serve_in_background(server)
    source = PlaybookSource(playbook_path, service_url=f"http://127.0.0.1:{server.server_port}", secret=ACTION_SECRET,
                            interval=60)
    try:
        yield source
    finally:
        source.stop()
        stop_at_once(server)


def visitor(text: str, country: str | None) -> Tracker:
    """A conversation in which the visitor said which country they are in (or not) and now asks ``text``."""
    attributes = Attributes(location=Location(country=country)) if country else Attributes()
    events = [{"event": "user", "text": text, "timestamp": 1.0, "metadata": {}}]
    return Tracker("visitor", {"attributes": attributes.to_dict()}, {"text": text, "intent": {}}, events, False, None,
                   {}, "action_listen")


def bot_quotes(source: PlaybookSource, country: str | None, lang: str = "en",
               question: str = "what do you charge?") -> str:
    with speaking(lang):
        return " ".join(m.get("text", "") for m in answer_messages(source.current(), question, None, 0.0,
                                                                   visitor(question, country)))


def priced(fields: dict[str, Any], amounts: str, name: str = "monthly_from", row: int = 0,
           pricing: str | None = PRICING) -> dict[str, Any]:
    """The form with a price row (the blank "add" row when ``row`` is the count) and the pricing text quoting it."""
    fields = dict(fields)
    fields[f"company.prices.{row}.name"], fields[f"company.prices.{row}.amounts"] = name, amounts
    if pricing is not None:
        fields["company.pricing"] = pricing
    return fields


def stored_company(app: Any) -> dict[str, Any]:
    return read_yaml(versions(app)[-1].text)["company"]


def test_a_price_added_and_changed_in_the_company_section_is_what_the_bot_quotes(
    app: Any, signed_in: Any, bot_source: PlaybookSource
) -> None:
    fields = page_form(signed_in)
    assert fields["company.prices._count"] == "0" and fields["company.prices.0.amounts"] == ""  # none yet: a blank row
    response = save(signed_in, priced(fields, "USD 6000\neur 5,500\n4800 GBP\n"), "publish")
    assert confirmed(signed_in, response).status_code == 303
    company = stored_company(app)
    assert company["prices"] == {"monthly_from": {"USD": 6000, "EUR": 5500, "GBP": 4800}}
    assert company["pricing"] == PRICING
    bot_source.refresh()
    assert "start at 6,000 USD a month" in bot_quotes(bot_source, None)
    assert "start at 5,500 EUR a month" in bot_quotes(bot_source, "DE")
    assert "start at 4,800 GBP a month" in bot_quotes(bot_source, "GB")
    assert "start at 6,000 USD a month" in bot_quotes(bot_source, "CH")  # not priced in francs: the default's

    # Shown as stored, one currency a line; changed, and a currency dropped.
    fields = page_form(signed_in)
    assert fields["company.prices._count"] == "1"
    assert (fields["company.prices.0.name"], fields["company.prices.0.amounts"]) == (
        "monthly_from", "USD 6000\nEUR 5500\nGBP 4800")
    assert save(signed_in, page_form(signed_in)).status_code == 302  # saved unchanged: the same playbook
    assert read_yaml(versions(app)[-1].text) == read_yaml(versions(app)[-2].text)
    fields = page_form(signed_in)
    fields["company.prices.0.amounts"] = "USD 6500\nEUR 5990.50"
    assert confirmed(signed_in, save(signed_in, fields, "publish")).status_code == 303
    assert stored_company(app)["prices"] == {"monthly_from": {"USD": 6500, "EUR": 5990.5}}
    bot_source.refresh()
    assert "start at 6,500 USD a month" in bot_quotes(bot_source, None)
    assert "start at 5,990.5 EUR a month" in bot_quotes(bot_source, "FR")
    assert "start at 6,500 USD a month" in bot_quotes(bot_source, "GB")  # no pounds any more

    # Removed with the pricing text's quote of it: no prices left, none quoted.
    fields = page_form(signed_in)
    fields["company.prices.0._remove"] = "1"
    fields["company.pricing"] = "Monthly programmes are quoted after a call."
    assert confirmed(signed_in, save(signed_in, fields, "publish")).status_code == 303
    assert stored_company(app)["prices"] == {}
    bot_source.refresh()
    assert "Monthly programmes are quoted after a call." in bot_quotes(bot_source, "DE")


def test_removing_a_price_the_pricing_text_still_quotes_is_refused_and_nothing_is_stored(
    app: Any, signed_in: Any
) -> None:
    assert confirmed(signed_in, save(signed_in, priced(page_form(signed_in), "USD 6000"), "publish")).status_code == 303
    stored = [v.version for v in versions(app)]
    fields = page_form(signed_in)
    fields["company.prices.0._remove"] = "1"
    response = save(signed_in, fields, "publish")
    assert response.status_code == 422
    shown = errors_inside(response.text, "part-company")
    assert any(path == "company.pricing" and "unknown price {price.monthly_from}" in text and "add it under prices"
               in text for path, text in shown), shown
    assert [v.version for v in versions(app)] == stored
    assert app.extensions["leadbot.playbook"].current().company.prices == {"monthly_from": {"USD": 6000}}


@pytest.mark.parametrize("amounts, name, pricing, where, path, message", [
    ("USD -500", "monthly_from", PRICING, "company-prices-0", "company.prices.monthly_from.USD",
     "must be a positive number"),
    ("USD 0\nEUR 4500", "monthly_from", PRICING, "company-prices-0", "company.prices.monthly_from.USD",
     "must be a positive number"),
    ("USD 5000\nXYZ 4500", "monthly_from", PRICING, "company-prices-0", "company.prices.monthly_from.XYZ",
     "not an ISO 4217 currency code"),
    ("USD 5000\nEURO 4500", "monthly_from", PRICING, "company-prices-0", "company.prices.monthly_from",
     "'EURO 4500' is not a currency code and an amount"),
    ("EUR 4500\nGBP 3900", "monthly_from", PRICING, "company-prices-0", "company.prices.monthly_from.USD",
     "needs its amount in the default currency (USD)"),
    ("USD 5.000", "monthly_from", PRICING, "company-prices-0", "company.prices.monthly_from",
     "'USD 5.000' is not a currency code and an amount"),
    ("USD five thousand", "monthly_from", PRICING, "company-prices-0", "company.prices.monthly_from",
     "is not a currency code and an amount"),
    ("$5000", "monthly_from", PRICING, "company-prices-0", "company.prices.monthly_from",
     "is not a currency code and an amount"),
    ("USD 5000\nusd 6000", "monthly_from", PRICING, "company-prices-0", "company.prices.monthly_from",
     "USD is given twice"),
    ("", "monthly_from", PRICING, "company-prices-0", "company.prices.monthly_from.USD",
     "needs its amount in the default currency"),
    ("USD 5000", "Monthly From", PRICING, "company-prices-0", "company.prices.Monthly From",
     "lower-case letters, digits and underscores"),
    ("USD 5000", "monthly_fee", PRICING, "part-company", "company.pricing", "unknown price {price.monthly_from}"),
    ("USD 5000", "monthly_from", "From {price.monthly_form} a month.", "part-company", "company.pricing",
     "unknown price {price.monthly_form}"),
])
def test_a_bad_price_edit_is_named_where_it_is_and_nothing_is_stored(
    refusing: Studio, amounts: str, name: str, pricing: str, where: str, path: str, message: str
) -> None:
    fields = priced(refusing.form(), amounts, name, pricing=pricing)
    for action in ("save", "publish"):
        response = save(refusing.client, fields, action)
        assert response.status_code == 422, response.text
        shown = errors_inside(response.text, where)
        assert any(p == path and message in text for p, text in shown), (shown, path)
        for typed in (amounts, name, pricing):
            if typed:  # shown back as typed (each line of the amounts)
                assert all(line in response.text for line in typed.splitlines()), typed
    assert nothing_was_stored(refusing.app)


def test_two_prices_of_one_name_are_refused_not_merged(refusing: Studio) -> None:
    fields = priced(refusing.form(), "USD 5000")
    fields.update({"company.prices._count": "1", "company.prices.0._orig": "", "company.prices.1.name": "monthly_from",
                   "company.prices.1.amounts": "USD 7000"})
    response = save(refusing.client, fields)
    assert response.status_code == 422
    assert any("two price rows are named 'monthly_from'" in text for _, text in errors_inside(response.text, "part-company-prices"))
    assert nothing_was_stored(refusing.app)


@pytest.mark.parametrize("count", ["x", "-1", "999999", ""])
def test_a_forged_price_count_is_refused_and_nothing_is_saved(refusing: Studio, count: str) -> None:
    fields = priced(refusing.form(), "USD 5000")
    fields["company.prices._count"] = count
    assert save(refusing.client, fields).status_code == 400
    assert nothing_was_stored(refusing.app)
