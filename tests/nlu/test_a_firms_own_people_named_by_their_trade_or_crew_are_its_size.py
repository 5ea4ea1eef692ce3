"""A firm's own people named the way trades and small firms name them ("12 guys", "15 on the tools", "60
educators", "a 150 member IT services company") are its size, and so is a bare figure answering the headcount
question it names; someone else's people and whom the firm trains are not."""

import pytest

from nlu import extract

NOW = "2026-12-04"


@pytest.mark.parametrize("text, lang, heads", [
    ("My dad started this landscaping biz 30 yrs ago. We're 12 guys in Raleigh NC.", "en", 12),
    ("we have 8 guys on the crew, all licensed", "en", 8),
    ("Kowhai Builders in Tauranga. 15 on the tools, mostly new builds.", "en", 15),
    ("BD head at a 150 member IT services company in Bengaluru.", "en", 150),
    ("We're a 40 member team", "en", 40),
    ("Re the headcount question — about 1,100 globally.", "en", 1100),
    ("childcare group with several centres in Adelaide, 60 educators.", "en", 60),
    ("Wir sind eine Kita-Gruppe in Köln mit 60 Erziehern.", "de", 60),
    ("Nous sommes un groupe de crèches à Lyon, 60 éducateurs.", "fr", 60),
    ("Somos un grupo de guarderías en Madrid, 60 educadores.", "es", 60),
    ("Somos um grupo de creches em Lisboa, 60 educadores.", "pt", 60),
    ("Siamo un gruppo di asili a Milano, 60 educatori.", "it", 60),
    ("We zijn een kinderopvangorganisatie in Utrecht met 60 pedagogisch medewerkers.", "nl", 60),
])
def test_the_firms_own_people_are_its_size(text, lang, heads):
    size = extract(text, lang=lang, now=NOW).company_size
    assert (size.min, size.max) == (heads, heads)


@pytest.mark.parametrize("text, lang", [
    ("two guys from your agency called me last week", "en"),
    ("we serve 300 member organisations across the UK", "en"),
    ("a club with 600 members wants a new site", "en"),
    ("we run training for 300 educators a year", "en"),
    ("Nous formons 300 éducateurs par an.", "fr"),
])
def test_someone_elses_people_or_whom_the_firm_serves_are_no_size(text, lang):
    assert extract(text, lang=lang, now=NOW).company_size is None
