"""A website said to be outdated or to be redone, a shop platform's store that needs fixing, or a budget said to be for a
website is a website need, in the seven languages ("Unsere Website ist völlig veraltet", "Website moet opnieuw", "our
woocommerce store needs fixing", "budget for a website is about 1500 quid": all lost in batch_46). A website only
named (its address, where work can be seen) is no need."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-03"


@pytest.mark.parametrize("text", [
    "our shopify store needs fixing before black friday",
    "how much for a new website?",
    "what would a website cost us roughly",
    "our squarespace site is a mess",
    "our website looks like it was built in 2005",
    "site's a dinosaur, needs a refresh",
    "budget for a new website is about 3 grand",
    "we have a budget for the website of 2k",
    "Unsere Homepage ist total veraltet.",
    "Die Website ist altmodisch und muss erneuert werden.",
    "Notre site internet est complètement obsolète.",
    "notre site est vieillot, il faut le refaire",
    "Nuestra web está anticuada.",
    "Hay que rehacer la página web.",
    "O nosso site está desatualizado.",
    "Il nostro sito è datato.",
    "Onze website is verouderd.",
    "Website moet opnieuw, budget rond de 10k.",
    "j'ai une boutique de vélos à Nantes et je veux vendre en ligne",
    "Wir wollen endlich online verkaufen.",
    "queremos vender online",
    "vorremmo vendere online i nostri vini",
    "we willen online verkopen",
])
def test_an_outdated_website_or_one_to_redo_is_a_website_need(text: str) -> None:
    need = extract(text, None, now=NOW).need
    assert need is not None and "website" in need.categories


@pytest.mark.parametrize("text", [
    "our site is www.acme.com",
    "you can see our work on our website",
    "Website: acme.de",
    "unsere Website ist acme.de",
    "notre site : www.boulangerie-martin.fr",
    "we sell through our woocommerce store, 200 orders a month",
])
def test_a_website_only_named_is_no_need(text: str) -> None:
    need = extract(text, None, now=NOW).need
    assert need is None or "website" not in need.categories
