"""Paid traffic, paid media and posts paid to be shown are paid ads, in the seven languages (issue 14: "tráfego pago"
must be read as paid ads; "trafic payant", "bezahlter Traffic", "tráfico pago", "medios pagados", "traffico a pagamento",
"betaald verkeer", "gestão de tráfego" were not). Near misses: traffic that is not bought ("organic traffic", "o tráfego
caiu") and "paid" for money ("we paid our traffic lawyer")."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-05"


@pytest.mark.parametrize(("text", "lang"), [
    ("we need paid traffic", "en"), ("help with paid media", "en"), ("boosted posts on Facebook", "en"),
    ("wir brauchen bezahlten Traffic", "de"), ("bezahlte Reichweite auf Instagram", "de"),
    ("on veut du trafic payant", "fr"), ("des médias payants", "fr"), ("posts sponsorisés", "fr"),
    ("necesitamos tráfico pago", "es"), ("medios pagados", "es"), ("publicaciones patrocinadas", "es"),
    ("tráfego pago", "pt"), ("precisamos de gestão de tráfego", "pt"), ("um gestor de tráfego", "pt"), ("impulsionar posts", "pt"),
    ("traffico a pagamento", "it"), ("post sponsorizzati", "it"),
    ("betaald verkeer", "nl"), ("betaalde media", "nl"), ("gesponsorde posts", "nl"),
])
def test_paid_traffic_is_paid_ads(text: str, lang: str) -> None:
    need = extract(text, "need", now=NOW, lang=lang).need
    assert need is not None and "paid_ads" in need.categories, need


@pytest.mark.parametrize(("text", "lang"), [
    ("more organic traffic", "en"), ("o tráfego caiu muito", "pt"), ("el tráfico orgánico bajó", "es"), ("we paid our traffic lawyer", "en"),
])
def test_traffic_not_bought_is_no_paid_ads(text: str, lang: str) -> None:
    need = extract(text, "need", now=NOW, lang=lang).need
    assert need is None or "paid_ads" not in need.categories, need
