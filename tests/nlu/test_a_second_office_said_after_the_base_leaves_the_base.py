"""A second, smaller site said after where the visitor is leaves the base as the place, in the seven languages (blind:
"Singapore, but we also have a small office in KL" gave Malaysia). Near miss: a site said alone with "also" is still
the place ("we also have an office in Berlin")."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-05"


@pytest.mark.parametrize(("text", "lang", "field", "country"), [
    ("Singapore, but we also have a small office in KL", "en", "location", "SG"),
    ("we're based in Munich, we also have a small office in Vienna", "en", None, "DE"),
    ("wir sitzen in München und haben auch ein Büro in Wien", "de", None, "DE"),
    ("on est à Lyon, on a aussi un bureau à Bruxelles", "fr", None, "FR"),
    ("estamos en Madrid y también tenemos una oficina en Bogotá", "es", None, "ES"),
    ("estamos em Lisboa e também temos um escritório em São Paulo", "pt", None, "PT"),
    ("siamo a Milano, abbiamo anche un ufficio a Lugano", "it", None, "IT"),
    ("we zitten in Utrecht en hebben ook een kantoor in Gent", "nl", None, "NL"),
])
def test_the_base_said_first_is_the_place(text: str, lang: str, field: str | None, country: str) -> None:
    location = extract(text, field, now=NOW, lang=lang).location
    assert location is not None and location.country == country, location


def test_a_site_said_alone_is_the_place() -> None:
    location = extract("we also have an office in Berlin", None, now=NOW, lang="en").location
    assert location is not None and location.country == "DE"
