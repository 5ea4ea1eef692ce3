"""The rewrite into English left German and Dutch adverbs as written where it translated French, Spanish, Portuguese or
Italian ones of the same family (issue 14): "realistisch" (es "siendo realistas", it "realisticamente"), "nur" and
"slechts" (es/pt/it "solo"), "seit" and "sinds" (fr "depuis"), "diesen Sommer" and "deze zomer" (fr "cet été", it
"quest'estate"). "Soon" was translated in none of the seven ("bald", "binnenkort", "bientôt", "pronto", "em breve",
"presto"): "we want to start soon" was 21 days in English and nothing elsewhere. Each family now reads as English does."""

from __future__ import annotations

import pytest

from nlu import english
from nlu.extract import extract
from nlu.text import Text


def _rewritten(text: str, lang: str) -> str:
    return english.of(Text.of(text), lang).lower


@pytest.mark.parametrize(("lang", "text", "english_words"), [
    ("de", "realistisch gesehen eher März", "realistically"), ("nl", "realistisch gezien eerder maart", "realistically"),
    ("fr", "pour être réaliste, plutôt mars", "realistically"),
    ("de", "nur ich", "only me"), ("nl", "alleen ik", "only me"), ("nl", "slechts 5 medewerkers", "only 5"),
    ("de", "seit März", "since march"), ("de", "seit zwei Jahren", "since 2 years"), ("nl", "sinds maart", "since march"),
    ("de", "diesen Sommer", "this summer"), ("de", "diesen Herbst", "this autumn"), ("de", "dieses Frühjahr", "this spring"),
    ("nl", "deze zomer", "this summer"), ("nl", "dit najaar", "this autumn"), ("nl", "dit voorjaar", "this spring"),
    ("es", "este verano", "this summer"), ("pt", "neste verão", "this summer"),
])
def test_the_adverb_is_rewritten_as_its_english(lang: str, text: str, english_words: str) -> None:
    assert english_words in _rewritten(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "we want to start soon"), ("de", "wir wollen bald starten"), ("nl", "we willen binnenkort starten"),
    ("fr", "on veut démarrer bientôt"), ("es", "queremos empezar pronto"), ("pt", "queremos começar em breve"),
    ("it", "vogliamo partire presto"),
])
def test_soon_is_read_as_in_english(lang: str, text: str) -> None:
    found = extract(text, now="2026-12-04", lang=lang).timing
    assert found is not None and found.target_date == "2026-12-25"


@pytest.mark.parametrize(("lang", "text"), [("de", "nur ich"), ("nl", "alleen ik"), ("en", "only me")])
def test_only_me_is_one_person(lang: str, text: str) -> None:
    size = extract(text, field="company_size", now="2026-12-04", lang=lang).company_size
    assert size is not None and size.min == size.max == 1


@pytest.mark.parametrize(("lang", "text"), [("de", "diesen Sommer"), ("nl", "deze zomer"), ("en", "this summer")])
def test_this_summer_said_in_august_is_this_one(lang: str, text: str) -> None:
    found = extract(text, field="timing", now="2026-08-10", lang=lang).timing
    assert found is not None and found.target_date == "2026-08-20"


@pytest.mark.parametrize(("lang", "text", "day"), [
    ("es", "tan pronto como tengamos presupuesto", None),  # "as soon as": a condition, no time
    ("it", "al più presto", "2026-12-11"), ("es", "lo más pronto posible", "2026-12-11"),  # asap, not soon
])
def test_the_longer_phrases_keep_their_own_reading(lang: str, text: str, day: str | None) -> None:
    found = extract(text, now="2026-12-04", lang=lang).timing
    assert (found.target_date if found else None) == day


def test_bald_and_pronto_are_no_evidence_of_a_language_in_english_chat() -> None:
    assert english.evidence("need it pronto") == {} and english.evidence("a bald eagle") == {}


@pytest.mark.parametrize(("lang", "text", "heads"), [
    ("nl", "We zijn met z'n achten, sinds 1998 gevestigd in Utrecht", 8), ("de", "wir sind 12, seit 2005 in Berlin", 12),
    ("en", "we are 8 people, since 1998 based in Utrecht", 8),
])
@pytest.mark.parametrize("field", [None, "company_size"])
def test_a_year_said_since_is_no_head_count(lang: str, text: str, heads: int, field: str | None) -> None:
    # "sinds" read as "since" made batch_52's "sinds 1998" a correction of the count to 1998 (English did the same)
    size = extract(text, field=field, now="2026-12-04", lang=lang).company_size
    assert size is not None and size.min == size.max == heads
