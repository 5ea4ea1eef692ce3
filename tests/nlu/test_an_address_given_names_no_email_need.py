"""Giving an email address ("email is j.murphy@murphyelectrical.ie", "meine E-Mail ist ...") is contact, not an
email-marketing need, in the seven languages: batch_46 stored a need with an empty summary and the category
email_marketing. A need is never stored with an empty summary; an email need said beside the address still counts."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-03"


@pytest.mark.parametrize("text", [
    "email is j.murphy@murphyelectrical.ie - I'm Jack, we're sparkies in Limerick",
    "e-mail is ana@casaverde.pt, we're a guesthouse",
    "best email is tom.h@harbourphysio.co.uk thanks",
    "meine E-Mail ist anna.weber@holzbau-weber.de",
    "mon e-mail est claire@atelier-lumiere.fr",
    "mi correo es lucia@cafesol.es",
    "o meu email é joao@padariaverde.pt",
    "la mia email è marco@trattorialucca.it",
    "mijn e-mail is pieter@bakkerijjansen.nl",
])
def test_an_address_is_no_email_need(text: str) -> None:
    need = extract(text, None, now=NOW).need
    assert need is None or "email_marketing" not in need.categories


@pytest.mark.parametrize("text", [
    "email is j.murphy@murphyelectrical.ie",
    "email: sam@okafor.io",
])
def test_no_need_is_stored_with_an_empty_summary(text: str) -> None:
    for field in (None, "need", "email"):
        need = extract(text, field, now=NOW).need
        assert need is None or need.summary


@pytest.mark.parametrize("text", [
    "my email is jo@acme.io and we need better email campaigns",
    "email is ana@casaverde.pt, our newsletter needs work",
])
def test_an_email_need_beside_the_address_still_counts(text: str) -> None:
    need = extract(text, None, now=NOW).need
    assert need is not None and "email_marketing" in need.categories and need.summary
