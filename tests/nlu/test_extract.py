"""The extractor's public behaviour others code against."""

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

import nlu
from nlu import Attributes, extract

ROOT = Path(__file__).resolve().parents[2]
NOW = dt.date(2026, 11, 23)


def test_a_bare_number_depends_on_the_question():
    assert extract("50", field="company_size", now=NOW).to_dict() == {"company_size": {"min": 50, "max": 50}}
    budget = extract("50", field="budget", now=NOW).to_dict()["budget"]
    assert (budget["min"], budget["max"], budget["currency"]) == (50, 50, "USD")
    assert extract("50", field=None, now=NOW).to_dict() == {}
    assert "company_size" not in extract("5k", field="budget", now=NOW).to_dict()
    assert "budget" not in extract("5k", field="company_size", now=NOW).to_dict()


def test_default_currency_applies_only_without_a_currency():
    assert extract("20k", field="budget", default_currency="EUR", now=NOW).budget.currency == "EUR"
    assert extract("$20k", field="budget", default_currency="EUR", now=NOW).budget.currency == "USD"
    assert extract("£20k", field="budget", default_currency="eur", now=NOW).budget.currency == "GBP"


def test_yes_and_no_answer_the_field_asked():
    assert extract("no", field="budget", now=NOW).budget.status == "none"
    assert extract("not sure", field="budget", now=NOW).budget.status == "unknown"
    assert extract("yes", field="authority", now=NOW).authority.role == "decision_maker"
    assert extract("nope", field="authority", now=NOW).authority.role == "influencer"
    assert extract("no", field="timing", now=NOW).timing.status == "no_timeline"
    assert extract("dunno", field="timing", now=NOW).timing.status == "unknown"
    assert extract("yes", field=None, now=NOW).to_dict() == {}


def test_now_may_be_a_date_a_datetime_or_an_iso_string():
    for now in (NOW, dt.datetime(2026, 11, 23, 15, 30), "2026-11-23", "2026-11-23T15:30:00Z"):
        timing = extract("next quarter", field="timing", now=now).timing
        assert timing.target_date is not None and "2027-01-01" <= timing.target_date <= "2027-03-31"
        assert timing.horizon_days == (dt.date.fromisoformat(timing.target_date) - NOW).days


def test_the_date_is_always_passed_in_and_never_read_from_a_clock():
    later = dt.date(2031, 5, 2)
    assert extract("in 2 weeks", field="timing", now=later).timing.target_date == "2031-05-16"
    with pytest.raises(TypeError):
        extract("in 2 weeks", field="timing")  # type: ignore[call-arg]
    for bad in ("not a date", None, 20261123):
        with pytest.raises(ValueError):
            extract("in 2 weeks", field="timing", now=bad)  # type: ignore[arg-type]


def test_free_text_carries_several_attributes():
    out = extract(
        "we've got maybe 20-30k, need it live before Q2, I'm head of growth at a 40-person SaaS in Austin",
        now=NOW,
    ).to_dict()
    assert out["budget"]["min"] == 20000 and out["budget"]["max"] == 30000
    assert out["authority"]["seniority"] == "director"
    assert out["company_size"] == {"min": 40, "max": 40}
    assert out["industry"] == "software"
    assert out["location"] == {"country": "US", "city": "Austin"}
    assert 98 <= out["timing"]["horizon_days"] <= 129


def test_results_are_contract_attributes():
    result = extract("CMO at a bank in Paris, jane@bank.fr, we use Salesforce", now=NOW)
    assert isinstance(result, Attributes)
    out = result.to_dict()
    assert Attributes.from_dict(out) == result
    assert out["email"] == {"address": "jane@bank.fr", "free_mail": False}
    assert out["tech_stack"] == ["salesforce"]


def test_persona_is_detected():
    assert extract("I'm a student doing research", now=NOW).persona == "student"
    assert extract("looking for a job", now=NOW).persona == "job_seeker"
    assert extract("we're an agency too", now=NOW).persona == "competitor"
    assert extract("I'd like to sell you our tool", now=NOW).persona == "vendor"
    assert extract("we're already a client", now=NOW).persona == "existing_customer"
    assert extract("we need more leads", now=NOW).persona is None


def test_names_and_companies_where_people_say_them():
    out = extract("Hi, my name is Jane Doe and I work at Acme Corp", now=NOW).to_dict()
    assert out["name"] == "Jane Doe"
    assert out["company"] == "Acme Corp"
    assert extract("Jane", field="name", now=NOW).name == "Jane"
    assert extract("Initech GmbH", field="company", now=NOW).company == "Initech GmbH"


@pytest.mark.parametrize("text", [
    "Morning. I run operations at an insurance brokerage in Birmingham - our website is from 2014.",
    "we're at 2000 customers and from 2019 on we grew fast",
])
def test_a_figure_after_at_or_from_is_no_company(text):
    assert extract(text, now=NOW).company is None


@pytest.mark.parametrize("answer", [
    "Loja Verde", "Berlin Brands GmbH", "Lisbon Digital", "Fintech Partners Ltd", "Shopify Studio",
    "Madrid Logistics Group", "Acme SaaS", "Paris Retail Co.",
])
def test_a_company_answered_by_its_name_alone_says_nothing_else(answer):
    """A name's words are no facts: "Loja Verde" (a shop, and a city in Ecuador) gives neither an industry nor a place."""
    out = extract(answer, field="company", now=NOW).to_dict()
    assert list(out) == ["company"] and answer.startswith(out["company"])


def test_a_company_answer_that_says_more_than_the_name_keeps_the_rest():
    out = extract("Loja Verde, an online shop in Porto with 12 people", field="company", now=NOW).to_dict()
    assert out["company"] == "Loja Verde"
    assert out["location"]["city"] == "Porto" and out["company_size"] == {"min": 12, "max": 12}


def test_import_is_light_and_never_pulls_in_rasa():
    # CPU time, not wall time: on the shared 2-core machine other processes' turns
    # made the wall-clock figure 3-4 times the work the import does.
    code = (
        "import sys, time; t = time.process_time(); import nlu; took = time.process_time() - t; "
        "assert 'rasa' not in sys.modules and 'flask' not in sys.modules and 'sqlalchemy' not in sys.modules; "
        "print(took)"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60, check=True)
    assert float(out.stdout) < 1.0


def test_every_module_of_the_package_is_pure():
    """Not just ``import nlu``: no module in nlu/ may bring in Rasa, Flask, SQLAlchemy or an HTTP client."""
    code = (
        "import sys, pkgutil, importlib, nlu\n"
        "for m in pkgutil.walk_packages(nlu.__path__, 'nlu.'):\n"
        "    if m.name != 'nlu.__main__': importlib.import_module(m.name)\n"
        "bad = sorted({n.split('.')[0] for n in sys.modules} & {'rasa', 'flask', 'sqlalchemy', 'requests', 'httpx', 'urllib3', 'aiohttp'})\n"
        "assert not bad, bad\n"
        "print(len([m for m in sys.modules if m.startswith('nlu.')]))"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert int(out.stdout) >= 15


def test_public_interface():
    assert nlu.extract is extract
    assert "extract" in nlu.__all__


def test_saying_there_is_no_need_is_an_empty_need_that_disqualifies():
    from qualification import DEFAULT_PLAYBOOK, load_playbook, qualify

    playbook = load_playbook(DEFAULT_PLAYBOOK)
    for answer in ("nothing", "no", "not interested", "we don't need anything"):
        attributes = extract(answer, field="need", now=NOW)
        assert attributes.to_dict() == {"need": {"summary": None, "categories": []}}, answer
        assert qualify(attributes, playbook).stage == "disqualified", answer
    for unknown in ("not sure", "n/a", "no idea"):
        assert extract(unknown, field="need", now=NOW).need is None, unknown
    assert extract("nothing", field=None, now=NOW).need is None


def test_keys_a_newer_part_added_are_passed_on_not_dropped():
    """The contract lets fields be added: an older part keeps what it does not know, nested or not."""
    data = {"budget": {"min": 5000, "max": 5000, "currency": "EUR", "period": "month", "status": "stated",
                       "confidence": 0.9},
            "email": {"address": "a@b.io", "free_mail": False, "verified": True},
            "shoe_size": 44}
    attributes = Attributes.from_dict(data)
    assert attributes.budget.min == 5000 and attributes.budget.extra == {"confidence": 0.9}
    assert attributes.to_dict() == data
    merged = attributes.merge(Attributes.from_dict({"budget": {"min": 8000, "max": 8000}}))
    assert merged.to_dict()["budget"] == {"min": 8000, "max": 8000, "currency": None, "period": None, "status": "stated"}
    assert merged.to_dict()["email"]["verified"] is True


@pytest.mark.parametrize("text", [
    "sorry, I said 200 earlier - it's 300 people, not 200",
    "Kleine Korrektur noch: wir sind 25 Leute, nicht 20.",
    "oops, we're 45 employees, not 40",
])
def test_a_head_count_corrected_at_the_budget_question_gives_no_budget(text):
    out = extract(text, field="budget", now=NOW)
    assert out.budget is None and out.company_size is not None


@pytest.mark.parametrize("text, low", [("about 50k, and we're 30 people", 50000), ("500 a month, we're a team of 4", 500),
                                       ("€800, we're 12 people", 800)])
def test_money_beside_a_head_count_at_the_budget_question_is_still_the_budget(text, low):
    assert extract(text, field="budget", now=NOW).budget.min == low
