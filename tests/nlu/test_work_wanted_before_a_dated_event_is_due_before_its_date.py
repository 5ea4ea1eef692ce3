"""Work wanted before an event the visitor dates is due before the event's date: "tax season starts in Feb and we
want the new site up before then" (the end of January), "open day is 14 Feb and we need the campaign live 4 weeks
before" (four weeks earlier), "our fiscal year ends March 31, so whatever we sign has to be invoiced before then",
and "before the trade show in April" (before April), in the seven languages. The event's date alone, said with no
aim, dates nothing."""

import pytest

from nlu import extract

NOW = "2026-12-04"


@pytest.mark.parametrize("text, field, day", [
    ("hi, small CPA firm in Calgary (9 of us). Tax season starts in Feb and we want the new site up before then.", None, "2027-01-31"),
    ("Open day is 14 Feb and we need the campaign live 4 weeks before.", None, "2027-01-17"),
    ("The launch is on 1 March and the ads should run 2 weeks before.", None, "2027-02-15"),
    ("Our fiscal year ends March 31, so whatever we sign has to be invoiced before then.", None, "2027-03-30"),
    ("We need it before the trade show in April.", None, "2027-03-31"),
    ("before our big April push", "timing", "2027-03-31"),
])
def test_the_work_is_due_before_the_events_date(text, field, day):
    timing = extract(text, field=field, now=NOW).timing
    assert (timing.target_date, timing.status) == (day, "stated")


@pytest.mark.parametrize("text, lang, field", [
    ("Wir brauchen es vor der Messe im April.", "de", None),
    ("Il nous le faut avant le salon d'avril.", "fr", None),
    ("Lo necesitamos antes de la feria de abril.", "es", None),
    ("Precisamos antes da feira de abril.", "pt", None),
    ("Entro fine marzo, prima della fiera di aprile", "it", "timing"),
    ("Ci serve prima della fiera di aprile.", "it", None),
    ("We hebben het nodig voor de beurs in april.", "nl", None),
])
def test_before_an_event_in_a_month_is_before_the_month(text, lang, field):
    assert extract(text, field=field, lang=lang, now=NOW).timing.target_date == "2027-03-31"


@pytest.mark.parametrize("text", [
    "Open day is 14 Feb.",
    "Tax season starts in Feb, it's our busiest time.",
    "We launched in March and it went well.",
])
def test_an_events_date_said_with_no_aim_dates_nothing(text):
    assert extract(text, now=NOW).timing is None


@pytest.mark.parametrize("text, day", [
    ("We need it before April.", "2027-03-31"),
    ("We need it by the end of April.", "2027-04-30"),
])
def test_a_month_said_plainly_keeps_its_reading(text, day):
    assert extract(text, now=NOW).timing.target_date == day
