"""Timing: a month said of the firm's own history ("31 staff now, we were 26 before we opened Norwood in June",
persona set 13's kate was read as a start in June) dates what was done, not a start, in the seven languages, at the
head-count question as in free text; a month said before an opening still to come, or an aim said after the
history, is the aim."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


@pytest.mark.parametrize(("text", "lang", "field"), [
    ("31 staff now, we were 26 before we opened Norwood in June", "en", "company_size"),
    ("31 staff now, we were 26 before we opened Norwood in June", "en", None),
    ("we grew to 31 after we acquired a clinic in March", "en", None),
    ("wir sind jetzt 31, wir waren 26, bevor wir im Juni die Filiale in Norwood eröffnet haben", "de", "company_size"),
    ("on est 31 maintenant, on était 26 avant d'ouvrir Norwood en juin", "fr", "company_size"),
    ("ahora somos 31, éramos 26 antes de abrir Norwood en junio", "es", "company_size"),
    ("ora siamo 31, eravamo 26 prima di aprire Norwood a giugno", "it", "company_size"),
    ("agora somos 31, éramos 26 antes de abrirmos Norwood em junho", "pt", "company_size"),
    ("we zijn nu 31, we waren 26 voordat we in juni Norwood openden", "nl", "company_size"),
])
def test_a_month_of_the_firms_history_is_no_start(text: str, lang: str, field: str | None) -> None:
    result = extract(text, field, now=NOW, lang=lang)
    assert result.timing is None
    assert result.company_size is not None and result.company_size.min == 31


@pytest.mark.parametrize(("text", "month"), [
    ("we want to start before we open the new clinic in June", "2027-06"),
    ("we opened Norwood in June and want the new site before March", "2027-02"),
    ("once we've opened the new store in March we need ads running", "2027-03"),
])
def test_an_opening_to_come_or_an_aim_said_after_the_history_dates_the_start(text: str, month: str) -> None:
    timing = extract(text, None, now=NOW, lang="en").timing
    assert timing is not None and timing.target_date is not None and timing.target_date.startswith(month)
