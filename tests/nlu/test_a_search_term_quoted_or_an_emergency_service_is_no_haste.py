"""A search phrase the visitor quotes ("rank for 'emergency plumber houston'", "für 'Schlüsseldienst sofort Wien'")
and a service for emergencies ("we do emergency plumbing") are no haste of the visitor's, in the seven languages;
haste said outright, even in scare quotes, still is."""

import pytest

from nlu import extract

NOW = "2026-12-04"


@pytest.mark.parametrize("text, lang", [
    ("we want to be top 3 on google for 'emergency plumber houston'. 10 vans, 14 plumbers. how long does that take?", "en"),
    ('we want to rank for "same day courier london"', "en"),
    ('keywords: "urgent care near me", "walk in clinic"', "en"),
    ("we do emergency plumbing in Leeds, want more calls", "en"),
    ("we're an emergency vet practice and want more reviews", "en"),
    ('Wir wollen bei Google für "Schlüsseldienst sofort Wien" gefunden werden.', "de"),
    ('On veut être premiers sur Google pour "plombier urgence Paris".', "fr"),
    ('Queremos salir primeros en Google para "fontanero urgente Madrid".', "es"),
    ('Queremos aparecer no Google para "encanador urgente Lisboa".', "pt"),
    ('Vogliamo comparire su Google per "idraulico urgente Milano".', "it"),
    ('We willen bovenaan staan in Google voor "loodgieter spoed Utrecht".', "nl"),
])
def test_a_quoted_search_term_or_an_emergency_service_dates_nothing(text, lang):
    assert extract(text, lang=lang, now=NOW).timing is None


@pytest.mark.parametrize("text, lang, day", [
    ("we need it 'asap' lol", "en", "2026-12-11"),
    ('we need it "right now" honestly', "en", "2026-12-04"),
    ("emergency! need help today", "en", "2026-12-04"),
    ("we're an emergency vet clinic, need SEO urgently", "en", "2026-12-04"),
    ("Wir brauchen das sofort.", "de", "2026-12-11"),
])
def test_haste_said_outright_is_still_read(text, lang, day):
    assert extract(text, lang=lang, now=NOW).timing.target_date == day
