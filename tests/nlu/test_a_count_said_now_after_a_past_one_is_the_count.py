"""Company size: a count said of before, then the one now ("There were 9 of us until 2 left in October, so 7 now",
batch_57 read 9), is the count now, in the seven languages as they say it ("on était 9 ..., donc 7 maintenant", read
as nothing); a past count with nothing said of now stays, and a figure of something else after "so" or "now" ("so now
3 clients left") is no count."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


@pytest.mark.parametrize(("text", "lang", "count"), [
    ("There were 9 of us until 2 left in October, so 7 now", "en", 7),
    ("we were 12 but 3 left, so 9 now", "en", 9),
    ("we were 12, 3 left, leaving 9", "en", 9),
    ("Wir waren 9, bis 2 im Oktober gegangen sind, also sind wir jetzt 7", "de", 7),
    ("Wir waren 9 Leute, bis im Oktober 2 gegangen sind, also 7 jetzt", "de", 7),
    ("Éramos 9 hasta que 2 se fueron en octubre, así que somos 7 ahora", "es", 7),
    ("Éramos 9 até 2 saírem em outubro, então agora somos 7", "pt", 7),
    ("Eravamo in 9 finché 2 se ne sono andati a ottobre, quindi ora siamo 7", "it", 7),
    ("On était 9 jusqu'à ce que 2 partent en octobre, donc 7 maintenant", "fr", 7),
    ("Éramos 9 hasta que 2 se fueron en octubre, así que ahora 7", "es", 7),
    ("We waren met 9 tot er 2 vertrokken in oktober, dus 7 nu", "nl", 7),
    ("Eravamo in 9 finché 2 se ne sono andati a ottobre, quindi ora 7", "it", 7),
    ("Éramos 9 até 2 saírem em outubro, então agora 7", "pt", 7),
    ("we were 9, now 7 people", "en", 7),
])
def test_the_count_said_now_after_a_past_one_is_the_count(text: str, lang: str, count: int) -> None:
    size = extract(text, None, now=NOW, lang=lang).company_size
    assert size is not None and (size.min, size.max) == (count, count)


@pytest.mark.parametrize(("text", "count"), [
    ("There were 9 of us until 2 left in October", 9),
    ("there were 9 of us, so 3 offices now", 9),
    ("we were 9, so now 3 clients left", 9),
    ("I used to run marketing at a 1,000 person firm; now it's just me and 3 others", 4),
])
def test_a_past_count_with_nothing_said_of_now_stays(text: str, count: int) -> None:
    size = extract(text, None, now=NOW).company_size
    assert size is not None and (size.min, size.max) == (count, count)
