"""Company size: staff listed group by group add up, in the seven languages (batch_65 #28 "2 dentists, 1 hygienist, 4
nurses and me" read 2, #30 "five brokers and two admin" read at least 5; persona griet's "een 60-tal
verpleegkundigen en 5 mensen op kantoor" read 5), a count said approximately keeps its trade ("70ish brokers", batch_65
#27 read nothing), and a city's postal district is no count ("in Dublin 2 — 9 in-house linguists", batch_67 #13 read
2 to 9). Near misses: volunteers, freelancers and whom the firm serves are no staff."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-05"


def _size(text: str, lang: str, field: str | None = None) -> tuple[int | None, int | None] | None:
    size = extract(text, field, now=NOW, lang=lang).company_size
    return None if size is None else (size.min, size.max)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("we have 2 dentists, 1 hygienist, 4 nurses and me", "en"),
        ("Wir haben 2 Zahnärzte, 1 Dentalhygienikerin, 4 Assistentinnen und mich", "de"),
        ("On a 2 dentistes, 1 hygiéniste, 4 assistantes et moi", "fr"),
        ("Tenemos 2 dentistas, 1 higienista, 4 enfermeras y yo", "es"),
        ("Abbiamo 2 dentisti, 1 igienista, 4 assistenti e io", "it"),
        ("Temos 2 dentistas, 1 higienista, 4 enfermeiras e eu", "pt"),
        ("We hebben 2 tandartsen, 1 mondhygiënist, 4 assistenten en ik", "nl"),
    ],
)
def test_groups_of_staff_and_the_visitor_add_up(text: str, lang: str) -> None:
    assert _size(text, lang) == (8, 8)


@pytest.mark.parametrize(
    ("text", "lang", "size"),
    [
        ("We're a regional mortgage broker in Adelaide, five brokers and two admin", "en", 7),
        ("een 60-tal verpleegkundigen en 5 mensen op kantoor", "nl", 65),
        ("We're a freight brokerage out of Chicago - 70ish brokers - need leads from shippers", "en", 70),
        ("Kfz-Werkstatt aus Graz hier, 8 Mechaniker", "de", 8),
        ("com 600 alunos e 70 professores e funcionários", "pt", 70),
        ("Ik ben de eigenaar van een kringloopwinkel, we zijn met 5 vaste krachten en 20 vrijwilligers", "nl", 5),
        ("We're a translation agency in Dublin 2 — 9 in-house linguists + ~200 freelancers", "en", 9),
        ("Cabinet basé à Paris 11e, 14 collaborateurs", "fr", 14),
        ("Agentur in Wien 7, 12 Mitarbeiter", "de", 12),
    ],
)
def test_a_count_said_any_way_is_the_staff(text: str, lang: str, size: int) -> None:
    assert _size(text, lang) == (size, size)


@pytest.mark.parametrize(
    ("text", "lang", "size"),
    [
        ("5 staff and 20 volunteers", "en", 5),
        ("Wir sind 8 Fachkräfte und 12 Ehrenamtliche", "de", 8),
        ("60 drivers plus 20 freelancers", "en", 60),
        ("Tenemos 2 dentistas y 400 pacientes", "es", 2),
        ("Abbiamo 3 tecnici e 200 visitatori al giorno", "it", 3),
        ("2 vets and 400 clients", "en", 2),
        ("25 teachers and staff", "en", 25),
    ],
)
def test_volunteers_freelancers_and_those_served_are_not_added(text: str, lang: str, size: int) -> None:
    assert _size(text, lang) == (size, size)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Based in Dublin 2", "en"),
        ("15 CPAs plus admin staff", "en"),
    ],
)
def test_a_district_alone_is_no_count_and_staff_uncounted_leave_the_top_open(text: str, lang: str) -> None:
    size = _size(text, lang)
    assert size is None or size[1] is None
