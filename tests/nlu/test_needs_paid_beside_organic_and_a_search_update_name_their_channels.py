"""Two ways a visitor names a channel (issue 14, blind batch 55), in the seven languages: "paid" beside an organic
channel is paid ads ("SEO + paid" gave SEO alone; "paid and organic", "référencement naturel et payant", "SEO y pago"),
and traffic lost to a search engine's update is an SEO need ("dropped 40% after the Google update" gave a website need
alone; "nach dem Google-Update", "depuis la mise à jour de Google"). Near misses: "paid" for money, an update of
something else."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


@pytest.mark.parametrize(("text", "lang"), [
    ("Want SEO + paid", "en"), ("we need SEO and paid", "en"), ("paid and organic social", "en"), ("SEO/paid", "en"),
    ("SEO und bezahlt", "de"), ("référencement naturel et payant", "fr"), ("SEO y pago", "es"),
    ("SEO e pago", "pt"), ("SEO e a pagamento", "it"), ("SEO en betaald", "nl"),
])
def test_paid_beside_an_organic_channel_is_paid_ads(text: str, lang: str) -> None:
    need = extract(text, "need", now=NOW, lang=lang).need
    assert need is not None and "paid_ads" in need.categories


@pytest.mark.parametrize("text", [
    "we did SEO, paid 3k for it", "we did SEO, paid $3k", "we paid off our SEO agency", "SEO, paid by the hour",
    "SEO and paid in full last year",
])
def test_paid_for_money_is_no_paid_ads(text: str) -> None:
    need = extract(text, "need", now=NOW).need
    assert need is None or "paid_ads" not in need.categories


@pytest.mark.parametrize(("text", "lang"), [
    ("Our website traffic dropped 40% this year after the Google update", "en"), ("we got hit by the core update", "en"),
    ("Besucher sind nach dem Google-Update eingebrochen", "de"), ("le trafic a chuté depuis la mise à jour de Google", "fr"),
    ("el tráfico cayó tras la actualización de Google", "es"), ("o tráfego caiu depois da atualização do Google", "pt"),
    ("il traffico è calato dopo l'aggiornamento di Google", "it"), ("het verkeer is gedaald na de Google-update", "nl"),
])
def test_traffic_lost_to_a_search_update_is_an_seo_need(text: str, lang: str) -> None:
    for field in (None, "need"):
        need = extract(text, field, now=NOW, lang=lang).need
        assert need is not None and "seo" in need.categories, field


@pytest.mark.parametrize("text", [
    "we need to update the Google sheet", "our software update broke the checkout", "we need to update our google ads",
])
def test_an_update_of_something_else_is_no_seo_need(text: str) -> None:
    need = extract(text, "need", now=NOW).need
    assert need is None or "seo" not in need.categories
