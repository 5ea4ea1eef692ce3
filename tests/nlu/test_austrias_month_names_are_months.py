"""Austria's names for January and February ("ab Jänner", "Ende Feber") are those months, as "Januar" and "Februar"
are; a word that only looks like them ("Fieber") is no month. (Austrian German only: the other languages have no
such names.)"""

import pytest

from nlu import extract

NOW = "2026-12-04"


@pytest.mark.parametrize("text, field, day", [
    ("Servus! Wir wollen SEO und einen neuen Webauftritt, ab Jänner.", None, "2027-01-16"),
    ("Wir möchten im Jaenner loslegen.", None, "2027-01-16"),
    ("Wir möchten im Jänner 2027 loslegen.", None, "2027-01-16"),
    ("Start Ende Feber wäre ideal.", None, "2027-02-28"),
    ("Jänner", "timing", "2027-01-16"),
    ("Wir möchten im Januar loslegen.", None, "2027-01-16"),  # the German name, as before
])
def test_austrias_month_names_date_the_start(text, field, day):
    assert extract(text, field=field, lang="de", now=NOW).timing.target_date == day


def test_a_word_that_only_looks_like_one_is_no_month():
    assert extract("Das Team hatte Fieber, wir brauchen Hilfe mit SEO.", lang="de", now=NOW).timing is None
