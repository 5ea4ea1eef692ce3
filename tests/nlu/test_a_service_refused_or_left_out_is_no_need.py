"""A service the visitor refuses or leaves out is no need (issue 14: "no email marketing please, just seo" gave an
email-marketing need beside SEO), in the seven languages: said with a verb of not wanting it ("we don't want ads",
"non ci serve la pubblicità"), as "except X", or as a bare "no X" set aside by a please or by another service said to be
the only one wanted ("kein SEO, nur Anzeigen", "nada de anuncios, solo SEO"), or "Y, not X". The words refused stay in
the need's summary ("mostly SEO, not ads"). Near misses: "no X" that says what the
firm lacks ("we have no website", "no website yet", "kein SEO bisher") is still a need."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-05"


@pytest.mark.parametrize(("text", "lang", "refused", "wanted"), [
    ("no email marketing please, just seo", "en", "email_marketing", "seo"),
    ("we don't want ads, only SEO", "en", "paid_ads", "seo"),
    ("not interested in social media, we need more leads", "en", "social_media", "lead_generation"),
    ("newsletters, no thanks. We want to rank on Google", "en", "email_marketing", "seo"),
    ("SEO instead of paid ads", "en", "paid_ads", "seo"),
    ("keine Werbung bitte, nur SEO", "de", "paid_ads", "seo"),
    ("wir brauchen kein E-Mail-Marketing, sondern mehr Sichtbarkeit bei Google", "de", "email_marketing", "seo"),
    ("pas de pub, juste du référencement", "fr", "paid_ads", "seo"),
    ("on ne veut pas de newsletter, seulement un nouveau site", "fr", "email_marketing", "website"),
    ("nada de anuncios, solo SEO", "es", "paid_ads", "seo"),
    ("no queremos email marketing, solo posicionamiento en Google", "es", "email_marketing", "seo"),
    ("niente newsletter per favore, solo SEO", "it", "email_marketing", "seo"),
    ("non ci serve la pubblicità, vogliamo più clienti", "it", "paid_ads", "lead_generation"),
    ("não queremos tráfego pago, apenas SEO", "pt", "paid_ads", "seo"),
    ("sem anúncios, só redes sociais", "pt", "paid_ads", "social_media"),
    ("geen advertenties, alleen SEO", "nl", "paid_ads", "seo"),
    ("we willen geen nieuwsbrief, alleen een nieuwe website", "nl", "email_marketing", "website"),
    # "Y, not X": the service after "not" is set aside by the one before it
    ("actually mostly SEO, not ads", "en", "paid_ads", "seo"), ("vor allem SEO, nicht Anzeigen", "de", "paid_ads", "seo"),
    ("surtout le SEO, pas la pub", "fr", "paid_ads", "seo"), ("sobretudo SEO, não anúncios", "pt", "paid_ads", "seo"),
    ("soprattutto SEO, non pubblicità", "it", "paid_ads", "seo"),
])
def test_a_service_refused_is_no_need_and_the_one_wanted_is(text: str, lang: str, refused: str, wanted: str) -> None:
    for field in ("need", None):
        need = extract(text, field, now=NOW, lang=lang).need
        assert need is not None and wanted in need.categories and refused not in need.categories, (field, need)


@pytest.mark.parametrize(("text", "lang"), [
    ("everything except social media", "en"), ("we don't need email marketing", "en"), ("no ads please", "en"),
    ("Werbung brauchen wir nicht", "de"), ("la pub, pas besoin", "fr"), ("los anuncios no nos interesan", "es"),
    ("la newsletter non ci interessa", "it"), ("e-mail marketing não é necessário", "pt"), ("advertenties niet nodig", "nl"),
])
def test_a_service_refused_alone_names_no_category(text: str, lang: str) -> None:
    need = extract(text, "need", now=NOW, lang=lang).need
    assert need is None or not need.categories, need


@pytest.mark.parametrize(("text", "lang", "category"), [
    ("we have no website", "en", "website"), ("no website yet, we need more leads", "en", "website"),
    ("no leads coming in", "en", "lead_generation"), ("we don't want to lose our Google rankings", "en", "seo"),
    ("kein SEO bisher, das ist das Problem", "de", "seo"), ("pas de site web pour l'instant", "fr", "website"),
    ("no tenemos página web todavía", "es", "website"), ("non abbiamo ancora un sito", "it", "website"),
    ("ainda não temos site", "pt", "website"), ("we hebben nog geen website", "nl", "website"),
    ("our site is ok, not ranking on google", "en", "seo"), ("SEO is fine, no leads though", "en", "lead_generation"),
])
def test_a_service_the_firm_lacks_is_still_a_need(text: str, lang: str, category: str) -> None:
    need = extract(text, "need", now=NOW, lang=lang).need
    assert need is not None and category in need.categories, need


def test_the_words_refused_stay_in_the_summary() -> None:
    need = extract("actually mostly SEO, not ads", None, now=NOW, lang="en").need
    assert need is not None and need.summary == "actually mostly SEO, not ads"
