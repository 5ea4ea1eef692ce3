"""An address given after "email's" is a contact detail, no email-marketing need (blind batch_63: "email's
hello.wickandember@gmail.com" gave an email need), as "email: ..." and "my email is ..." already were. Near miss: email
marketing asked for beside an address."""

from __future__ import annotations

from nlu.extract import extract

NOW = "2026-12-05"


def test_an_address_after_emails_is_no_need() -> None:
    text = "selling handmade candles on etsy + our own woocommerce store. email's hello.wickandember@gmail.com"
    attributes = extract(text, None, now=NOW, lang="en")
    assert attributes.need is None and attributes.email is not None


def test_email_marketing_asked_for_beside_an_address_is_a_need() -> None:
    need = extract("we need help with email marketing, email's jo@acme.io", None, now=NOW, lang="en").need
    assert need is not None and "email_marketing" in need.categories
