""""6:30am Wednesday my time" names a time on the visitor's clock; "7am your time" on the consultant's; "7am Manila
time" on that place's (issue 14): words beside a time that qualify it, never a question about zones. Seven languages,
with the near misses that must not be read so (no time named, or words of another meaning)."""

from __future__ import annotations

import pytest

from bot.actions.call_times import names_a_place_clock, whose_clock

MINE = [("en", "6:30am wednesday my time then?"), ("en", "how about 7am here?"), ("de", "Mittwoch um 6:30 meiner Zeit?"),
        ("de", "geht 7 Uhr bei mir?"), ("fr", "mercredi à 6h30, mon heure ?"), ("fr", "7h chez moi ?"),
        ("es", "¿el miércoles a las 6:30, mi hora?"), ("es", "a las 7 aquí"), ("pt", "quarta às 6h30 no meu horário?"),
        ("pt", "7h aqui?"), ("it", "mercoledì alle 6:30 ora mia?"), ("it", "alle 7 da me?"),
        ("nl", "woensdag om 6.30 uur mijn tijd?"), ("nl", "om 7 uur bij mij?")]
YOURS = [("en", "7am your time on wednesday?"), ("de", "um 15 Uhr Ihrer Zeit?"), ("fr", "à 15h chez vous ?"),
         ("es", "a las 3 de la tarde su hora"), ("pt", "às 15h no seu horário?"), ("it", "alle 15 vostro orario?"),
         ("nl", "om 15 uur uw tijd?")]
# No time named, or a time with nothing about whose clock: no reading.
NEITHER = [("en", "is that in my time?"), ("en", "anything in my morning?"), ("en", "7am on wednesday?"),
           ("en", "I'll take the 9:30 one, thanks for your time"), ("de", "um 10 Uhr, danke für Ihre Zeit"),
           ("de", "ist das meine Zeit?"),
           ("fr", "hier à 15h"),  # "hier" is yesterday in French, no place
           ("fr", "c'est à mon heure ?"), ("es", "¿está en mi hora?"), ("it", "alle 7?"), ("nl", "hier?"),
           ("pt", "às 7 da manhã?")]


@pytest.mark.parametrize(("lang", "said"), MINE)
def test_a_time_said_on_the_visitors_own_clock_is_theirs(lang: str, said: str) -> None:
    assert whose_clock(said, lang) == "mine"


@pytest.mark.parametrize(("lang", "said"), YOURS)
def test_a_time_said_on_the_consultants_clock_is_theirs(lang: str, said: str) -> None:
    assert whose_clock(said, lang) == "yours"


@pytest.mark.parametrize(("lang", "said"), NEITHER)
def test_words_without_a_time_or_without_whose_clock_say_no_clock(lang: str, said: str) -> None:
    assert whose_clock(said, lang) is None


PLACES = [("en", "what about 7am manila time on wednesday?"), ("de", "Mittwoch um 7 Uhr Manila-Zeit?"),
          ("de", "um 14 Uhr Berliner Zeit"), ("fr", "mercredi à 7h heure de Manille ?"),
          ("es", "¿el miércoles a las 7 hora de Manila?"), ("pt", "quarta às 7h hora de Manila?"),
          ("it", "mercoledì alle 7 ora di Manila?"), ("nl", "woensdag om 7 uur Manilla-tijd?")]
NO_PLACE = [("en", "what time on wednesday, 7am?"), ("en", "7am any time this week"), ("en", "manila time please"),
            ("en", "at 7, lunch time is busy"), ("de", "um 7 Uhr zur Arbeitszeit"), ("fr", "à 7h, l'heure du déjeuner"),
            ("es", "a las 7"), ("nl", "om 7 uur, lunchtijd")]


@pytest.mark.parametrize(("lang", "said"), PLACES)
def test_a_time_said_on_a_places_clock_is_read_so(lang: str, said: str) -> None:
    assert names_a_place_clock(said, lang)


@pytest.mark.parametrize(("lang", "said"), NO_PLACE)
def test_a_time_beside_words_of_time_that_name_no_place_is_on_no_places_clock(lang: str, said: str) -> None:
    assert not names_a_place_clock(said, lang)


@pytest.mark.parametrize(("lang", "said"), [("pt", "quarta às 6h30 no meu horário?"), ("pt", "às 15h no seu horário")])
def test_portuguese_no_before_the_clock_words_is_in_the_not_a_refusal(lang: str, said: str) -> None:
    from bot.actions.call_times import named_clock

    assert named_clock(said, lang) is not None
    # A refusal still refuses: "não às 7h" names no time asked for.
    assert named_clock("não às 7h", lang) is None


# Which clock asked, naming none: a question about zones (the FAQ's), never a time to book.
WHICH = [("en", "Is 10am my time or your time?"), ("en", "is 10:00 my time or yours?"),
         ("de", "Ist 10 Uhr meine Zeit oder Ihre?"), ("fr", "10h, c'est mon heure ou la vôtre ?"),
         ("es", "¿las 10 es mi hora o su hora?"), ("pt", "10h é minha hora ou sua?"),
         ("it", "le 10 sono ora mia o vostra?"), ("nl", "is 10 uur mijn tijd of uw tijd?")]


@pytest.mark.parametrize(("lang", "said"), WHICH)
def test_a_question_which_clock_a_time_is_on_names_no_clock(lang: str, said: str) -> None:
    from bot.actions.call_times import asks_whose_clock

    assert asks_whose_clock(said, lang) and whose_clock(said, lang) is None


@pytest.mark.parametrize(("lang", "said"), MINE + YOURS)
def test_a_time_on_one_clock_asks_no_question_which(lang: str, said: str) -> None:
    from bot.actions.call_times import asks_whose_clock

    assert not asks_whose_clock(said, lang)
