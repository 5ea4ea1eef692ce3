"""An email address, a link or a phone number typed at the company question is never the company (issue 14: the
company became "liam@koalathreads.com.au", and the address itself went unread), however it is introduced, in the
seven languages. Near misses: a firm's name said with its address or site keeps the name."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


@pytest.mark.parametrize(("text", "lang"), [
    ("liam@koalathreads.com.au", "en"), ("it's liam@koalathreads.com.au", "en"), ("we're @koalathreads on insta", "en"),
    ("https://koalathreads.com.au", "en"), ("www.koalathreads.com.au", "en"), ("+61 412 345 678", "en"),
    ("das ist anna@baeckerei-schmidt.de", "de"), ("c'est claire@transports-morel.fr", "fr"),
    ("es lucia@cafesol.es", "es"), ("é joana@padaria.pt", "pt"), ("è giulia@rossi.it", "it"), ("het is pieter@jansen.nl", "nl"),
])
def test_an_address_a_link_or_a_number_is_no_company(text: str, lang: str) -> None:
    assert extract(text, "company", now=NOW, lang=lang).company is None


def test_the_address_said_alone_is_read_as_the_email() -> None:
    read = extract("liam@koalathreads.com.au", "company", now=NOW)
    assert read.email is not None and read.email.address == "liam@koalathreads.com.au"


@pytest.mark.parametrize(("text", "company"), [
    ("Koala Threads, liam@koalathreads.com.au", "Koala Threads"), ("Koala Threads (koalathreads.com.au)", "Koala Threads"),
    ("Bäckerei Schmidt - anna@baeckerei-schmidt.de", "Bäckerei Schmidt"),
])
def test_a_firm_named_with_its_address_or_site_keeps_its_name(text: str, company: str) -> None:
    assert extract(text, "company", now=NOW).company == company
