"""How the visitor came to us (our post, ad, email, newsletter or article they saw, us found on Google) is no need of
theirs, in the seven languages: "just browsing really, saw your post on linkedin" is no social-media need, "got your
email about a free audit" no email-marketing one (both invented: batch_46). A need said beside it still counts, and the
same channel named as the visitor's own stays a need."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-03"


@pytest.mark.parametrize("text", [
    "just having a look, saw your ad on instagram",
    "got your newsletter about email automation, just curious",
    "found you on google, nosing around",
    "I read your blog post about local SEO, interesting stuff",
    "hi, clicked through from your linkedin ad",
    "Habe Ihren Beitrag auf LinkedIn gesehen, schaue mich nur um.",
    "J'ai reçu votre e-mail sur un audit SEO gratuit, je regarde juste.",
    "Vi vuestro anuncio en Instagram, solo estoy mirando.",
    "Recebi o vosso e-mail sobre uma auditoria de SEO grátis.",
    "Ho visto il vostro post su LinkedIn, do solo un'occhiata.",
    "Ik zag jullie advertentie op Facebook, ik kijk alleen even rond.",
    "J'ai vu votre pub sur Facebook",
    "heard you on the Marketing Over Coffee podcast",
    "we got a flyer from you guys about SEO, just curious",
])
def test_the_way_the_visitor_came_is_no_need(text: str) -> None:
    assert extract(text, None, now=NOW).need is None


@pytest.mark.parametrize("text", [
    "saw your post on linkedin",
    "got your email about the webinar",
])
def test_at_the_need_question_it_is_no_need_either(text: str) -> None:
    assert extract(text, "need", now=NOW).need is None


@pytest.mark.parametrize(("text", "category"), [
    ("saw your post on linkedin and we need help with our own linkedin ads", "paid_ads"),
    ("found you on google, our SEO is terrible", "seo"),
    ("your email about the audit reminded me: our website is ancient", "website"),
    ("we want more followers on linkedin", "social_media"),
    ("Ihre Anzeige gesehen - wir brauchen mehr Anfragen", "lead_generation"),
    ("Vi su anuncio, necesitamos una página web nueva", "website"),
    # the Italian "su" is "on", no possessive: what follows is the visitor's own want
    ("vogliamo più visibilità su Instagram e post migliori", "social_media"),
])
def test_a_need_said_beside_it_still_counts(text: str, category: str) -> None:
    need = extract(text, None, now=NOW).need
    assert need is not None and category in need.categories


@pytest.mark.parametrize("text", [
    "J'ai vu votre pub sur Facebook",
    "heard you on the Marketing Over Coffee podcast",
    "saw your ad for restaurants on instagram",
])
def test_our_ad_or_podcast_names_no_trade_of_theirs(text: str) -> None:
    assert extract(text, None, now=NOW).industry is None


def test_a_need_said_after_a_recommendation_still_counts() -> None:
    found = extract("a friend recommended you, we're a bakery and need a website", None, now=NOW)
    assert found.need is not None and "website" in found.need.categories
    assert found.industry == "hospitality"
