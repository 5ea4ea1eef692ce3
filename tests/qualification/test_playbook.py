"""The playbook file: the default loads and round-trips; every broken playbook names its field."""

from __future__ import annotations

import json
import pickle
from typing import Any, Callable

import pytest

from nlu.attributes import Attributes
from qualification import PlaybookError, Signals, load_playbook, parse_playbook, playbook_to_dict, questions_to_ask
from qualification.playbook_file import DEFAULT_PLAYBOOK


def test_the_default_playbook_fits_the_consultancy(playbook):
    assert playbook.company.default_currency == "USD"
    assert [s.id for s in playbook.company.services] == [
        "lead_generation", "seo", "paid_ads", "social_media", "content_marketing", "email_marketing",
        "marketing_automation", "crm", "website", "analytics",
    ]
    assert playbook.privacy.url.startswith("https://")
    assert playbook.question("budget").wording[0] == "Do you have a budget in mind for this?"
    assert playbook.question("nope") is None
    assert [o.id for o in playbook.offers_for("mql")] == ["lead_gen_framework", "funnel_webinar"]
    assert [o.id for o in playbook.offers_for("sql")] == ["case_studies"]
    assert playbook.offers_for("disqualified") == ()


def test_load_playbook_defaults_to_the_packaged_file(playbook):
    assert load_playbook() == load_playbook(DEFAULT_PLAYBOOK) == load_playbook(str(DEFAULT_PLAYBOOK)) == playbook


def test_round_trip_through_plain_data_and_json(playbook):
    data = playbook_to_dict(playbook)
    assert parse_playbook(data) == playbook
    assert parse_playbook(json.loads(json.dumps(data))) == playbook
    assert data["questions"][6]["ask_when"]["any"][1] == {"field": "company_size.max", "op": "gt", "value": 200}


def test_a_playbook_survives_pickling_for_worker_processes(playbook):
    copy = pickle.loads(pickle.dumps(playbook))
    assert copy == playbook
    assert [q.id for q in questions_to_ask(copy, Attributes(), Signals())] == [
        q.id for q in questions_to_ask(playbook, Attributes(), Signals())]


def test_a_minimal_playbook_gets_the_documented_defaults(playbook_data):
    for optional in ("content_offers", "faq"):
        del playbook_data[optional]
    del playbook_data["bant"]["budget"]["period_factors"]
    del playbook_data["icp"]["unknown_credit"]
    del playbook_data["icp"]["exclusions"]
    del playbook_data["stages"]["pql"]
    playbook = parse_playbook(playbook_data)
    assert playbook.content_offers == () and playbook.faq == ()
    assert dict(playbook.bant.budget.period_factors) == {"one_time": 1.0, "month": 12.0, "quarter": 4.0, "year": 1.0}
    assert playbook.icp.unknown_credit == 0.5
    assert playbook.icp.exclusions.companies == ()
    assert playbook.stages.pql.enabled is True


def _at(data: Any, path: str) -> tuple[Any, Any]:
    *parents, last = path.split(".")
    for key in parents:
        data = data[int(key)] if isinstance(data, list) else data[key]
    return data, int(last) if isinstance(data, list) else last


def setting(path: str, value: Any) -> Callable[[dict], None]:
    def change(data: dict) -> None:
        parent, key = _at(data, path)
        parent[key] = value
    return change


def deleting(path: str) -> Callable[[dict], None]:
    def change(data: dict) -> None:
        parent, key = _at(data, path)
        del parent[key]
    return change


def _no_owners_anywhere(data: dict) -> None:
    for route in data["routing"]["routes"]:
        route["owners"] = []


BROKEN: list[tuple[str, Callable[[dict], None], str, str]] = [
    # questions
    ("unknown attribute", setting("questions.2.attribute", "salary"), "questions.2.attribute", "unknown attribute 'salary'"),
    ("attribute typo", setting("questions.4.attribute", "company_sise"), "questions.4.attribute", "did you mean company_size?"),
    ("duplicate question id", setting("questions.3.id", "need"), "questions.3.id", "duplicate 'need' (first at position 0)"),
    ("two questions, one attribute", setting("questions.3.attribute", "need"), "questions.3.attribute", "duplicate 'need'"),
    ("no wording", setting("questions.0.wording", []), "questions.0.wording", "needs at least one wording"),
    ("blank wording", setting("questions.0.wording.1", "   "), "questions.0.wording.1", "must not be blank"),
    ("wording not a list", setting("questions.0.wording", {"en": "Hi"}), "questions.0.wording", "Not a valid list."),
    ("bad question id", setting("questions.0.id", "Need Q"), "questions.0.id", "lower-case letters"),
    ("no questions", setting("questions", []), "questions", "needs at least 1"),
    ("misspelt key", lambda d: d["questions"][0].update(wordings=["Hi"]), "questions.0.wordings", "unknown field (check the spelling)"),
    ("required not a boolean", setting("questions.1.required", "sometimes"), "questions.1.required", "Not a valid boolean."),
    # conditions
    ("condition on an unknown field", setting("questions.6.ask_when.any.1.field", "company_size.maximum"),
     "questions.6.ask_when.any.1.field", "unknown field 'company_size.maximum' (did you mean company_size.max?)"),
    ("condition on an unknown signal", setting("questions.8.skip_when.any.0.field", "signals.customer"),
     "questions.8.skip_when.any.0.field", "unknown field 'signals.customer'"),
    ("unknown operator", setting("questions.6.ask_when.any.1.op", "greater"), "questions.6.ask_when.any.1.op", "unknown operator 'greater'"),
    ("number compared with text", setting("questions.6.ask_when.any.1.value", "200"), "questions.6.ask_when.any.1.value", "'gt' compares numbers"),
    ("text field compared as a number", setting("questions.6.ask_when.any.1.field", "industry"),
      "questions.6.ask_when.any.1.field", "'gt' compares numbers"),
    ("missing value", deleting("questions.6.ask_when.any.1.value"), "questions.6.ask_when.any.1.value", "'gt' needs a value"),
    ("value on known", setting("questions.6.ask_when.any.0.value", 3), "questions.6.ask_when.any.0.value", "'unknown' takes no value"),
    ("in without a list", lambda d: d["questions"][6]["ask_when"]["any"][1].update(op="in", value="fintech"),
     "questions.6.ask_when.any.1.value", "'in' needs a list of values"),
    ("contains on a scalar", lambda d: d["questions"][6]["ask_when"]["any"][1].update(field="industry", op="contains", value="x"),
     "questions.6.ask_when.any.1.field", "'contains' works on lists"),
    ("list inside a list", setting("questions.7.ask_when.any.0.value", [["crm"]]), "questions.7.ask_when.any.0.value", "values must be text"),
    ("eq with a list", lambda d: d["questions"][8]["skip_when"]["any"][0].update(value=[True]),
     "questions.8.skip_when.any.0.value", "'eq' compares one value, not a list"),
    ("empty condition group", setting("questions.6.ask_when", {}), "questions.6.ask_when", "give at least one condition"),
    ("interest condition on an unknown field", setting("stages.mql.interest_when.any.0.field", "needs"),
     "stages.mql.interest_when.any.0.field", "unknown field 'needs' (did you mean need?)"),
    # stages and grades
    ("sql score above 100", setting("stages.sql.min_score", 150), "stages.sql.min_score", "must be between 0 and 100"),
    ("sql score negative", setting("stages.sql.min_score", -1), "stages.sql.min_score", "must be between 0 and 100"),
    ("sql score not a whole number", setting("stages.sql.min_score", 59.5), "stages.sql.min_score", "Not a valid integer."),
    ("unknown grade letter", setting("stages.sql.min_grade", "E"), "stages.sql.min_grade", "unknown grade 'E'"),
    ("lower-case grade", setting("stages.sql.min_grade", "b"), "stages.sql.min_grade", "unknown grade 'b'"),
    ("grade letter that does not exist", lambda d: d["icp"]["grades"].update(E=10), "icp.grades.E", "unknown field"),
    ("grade threshold missing", deleting("icp.grades.C"), "icp.grades.C", "is required"),
    ("grades out of order", setting("icp.grades.B", 85), "icp.grades.B", "must be below A (80)"),
    ("grade above 100", setting("icp.grades.A", 120), "icp.grades.A", "must be between 0 and 100"),
    ("unknown persona", setting("stages.disqualify.personas.0", "students"), "stages.disqualify.personas.0", "did you mean student?"),
    ("blank title keyword", setting("stages.disqualify.title_keywords.0", ""), "stages.disqualify.title_keywords.0", "must not be blank"),
    # ICP
    ("negative weight", setting("icp.criteria.0.weight", -5), "icp.criteria.0.weight", "must not be negative"),
    ("no weight at all", lambda d: [c.update(weight=0) for c in d["icp"]["criteria"]], "icp.criteria", "a weight above 0"),
    ("unknown industry", setting("icp.criteria.0.values.1", "fintec"),
      "icp.criteria.0.values.1", "unknown industry 'fintec' (did you mean fintech?)"),
    ("unknown country", setting("icp.criteria.2.values.3", "UK"), "icp.criteria.2.values.3", "'UK' is not an ISO 3166-1 alpha-2"),
    ("range upside down", setting("icp.criteria.1.min", 5000), "icp.criteria.1.min", "must not be above max (2000)"),
    ("range with values", setting("icp.criteria.1.values", ["big"]), "icp.criteria.1.values", "is a range: use min and max"),
    ("range without bounds", lambda d: d["icp"]["criteria"][3].update(min=None, max=None), "icp.criteria.3.min", "needs min, max or both"),
    ("list criterion without values", setting("icp.criteria.0.values", []), "icp.criteria.0.values", "needs the industries"),
    ("list criterion with a range", setting("icp.criteria.4.min", 3), "icp.criteria.4.min", "matches values, not a range"),
    ("unknown criterion kind", setting("icp.criteria.0.kind", "vibes"), "icp.criteria.0.kind", "unknown kind 'vibes'"),
    ("duplicate criterion name", setting("icp.criteria.2.name", "Company size"), "icp.criteria.2.name", "duplicate 'Company size'"),
    ("unknown credit above 1", setting("icp.unknown_credit", 1.5), "icp.unknown_credit", "must be between 0 and 1"),
    ("excluded industry unknown", setting("icp.exclusions.industries.0", "govt"), "icp.exclusions.industries.0", "unknown industry 'govt'"),
    ("excluded domain not a domain", setting("icp.exclusions.email_domains.0", "@rival"), "icp.exclusions.email_domains.0", "is not a domain"),
    # BANT
    ("points not adding up to 100", setting("bant.timing.points", 15), "bant", "must add up to 100 (the score's scale); they add up to 95"),
    ("points above 100", setting("bant.need.points", 125), "bant.need.points", "must be between 0 and 100"),
    ("budget share above 1", setting("bant.budget.tiers.0.share", 2), "bant.budget.tiers.0.share", "must be between 0 and 1"),
    ("negative budget tier", setting("bant.budget.tiers.1.at_least", -100), "bant.budget.tiers.1.at_least", "must not be negative"),
    ("no budget tiers", setting("bant.budget.tiers", []), "bant.budget.tiers", "needs at least 1"),
    ("period factor zero", setting("bant.budget.period_factors.month", 0), "bant.budget.period_factors.month", "must be above 0"),
    ("unknown period", lambda d: d["bant"]["budget"]["period_factors"].update(week=52), "bant.budget.period_factors.week", "unknown field"),
    ("seniority level missing", deleting("bant.authority.seniority.vp"), "bant.authority.seniority.vp", "is required"),
    ("unknown role", lambda d: d["bant"]["authority"]["roles"].update(boss=1), "bant.authority.roles.boss", "unknown field"),
    ("role weight above 1", setting("bant.authority.role_weight", 2), "bant.authority.role_weight", "must be between 0 and 1"),
    ("timing horizon twice", setting("bant.timing.horizons.1.within_days", 30), "bant.timing.horizons.1.within_days", "duplicate '30'"),
    ("negative horizon", setting("bant.timing.horizons.0.within_days", -5), "bant.timing.horizons.0.within_days", "must not be negative"),
    # routing
    ("unknown destination", setting("routing.routes.0.destinations.1", "zendesk"),
      "routing.routes.0.destinations.1", "unknown destination 'zendesk'"),
    ("no destinations", setting("routing.routes.0.destinations", []), "routing.routes.0.destinations", "at least one destination"),
    ("route without owners", setting("routing.routes.1.owners", []), "routing.routes.1.owners", "a route needs at least one owner"),
    ("owner that is not a Slack id", setting("routing.routes.1.owners.0", "jane@acme.io"), "routing.routes.1.owners.0", "not a Slack user id"),
    ("bad Slack channel", setting("routing.routes.0.slack_channel", "sales team"), "routing.routes.0.slack_channel", "is not a Slack channel"),
    ("route for an unknown stage", setting("routing.routes.3.match.stages.0", "lead"), "routing.routes.3.match.stages.0", "unknown stage 'lead'"),
    ("route for no stage", setting("routing.routes.3.match.stages", []), "routing.routes.3.match.stages", "name the stages"),
    ("route grade unknown", setting("routing.routes.0.match.grades", ["A+"]), "routing.routes.0.match.grades.0", "unknown grade 'A+'"),
    ("unknown territory", setting("routing.routes.1.match.territories.0", "europe"), "routing.routes.1.match.territories.0",
     "unknown territory 'europe'; routing.territories defines: apac, emea, north_america"),
    ("unknown segment", setting("routing.routes.0.match.segments.0", "enterprize"), "routing.routes.0.match.segments.0",
     "unknown segment 'enterprize' (did you mean enterprise?)"),
    ("duplicate route name", setting("routing.routes.2.name", "sales_emea"), "routing.routes.2.name", "duplicate 'sales_emea'"),
    ("territory with a bad country", setting("routing.territories.emea.3", "Germany"), "routing.territories.emea.3", "not an ISO 3166-1"),
    ("empty territory", setting("routing.territories.apac", []), "routing.territories.apac", "must be a list of country codes"),
    ("segment upside down", setting("routing.segments.1.min_employees", 5000),
      "routing.segments.1.min_employees", "must not be above max_employees (999)"),
    ("segment without bounds", setting("routing.segments.0", {"name": "all"}), "routing.segments.0.min_employees", "needs min_employees"),
    # company, privacy, offers, top level
    ("lower-case currency", setting("company.default_currency", "usd"), "company.default_currency", "not an ISO 4217"),
    ("unknown currency", setting("company.default_currency", "XYZ"), "company.default_currency", "not an ISO 4217"),
    ("bad exchange rate", setting("company.exchange_rates.EUR", -1), "company.exchange_rates.EUR", "must be a positive number"),
    ("exchange rate for no currency", lambda d: d["company"]["exchange_rates"].update(EURO=1.1), "company.exchange_rates.EURO", "not an ISO 4217"),
    ("duplicate service", setting("company.services.2.id", "seo"), "company.services.2.id", "duplicate 'seo'"),
    ("need served twice", setting("company.services.2.categories.0", "seo"), "company.services.2.categories.0", "already served by 'seo'"),
    ("service without categories", setting("company.services.0.categories", []), "company.services.0.categories", "needs at least 1"),
    ("blank pricing", setting("company.pricing", " "), "company.pricing", "must not be blank"),
    ("bad privacy url", setting("privacy.url", "not a url"), "privacy.url", "'not a url' is not a URL"),
    ("offer for an unknown stage", setting("content_offers.0.stages.1", "customer"), "content_offers.0.stages.1", "unknown stage 'customer'"),
    ("duplicate offer", setting("content_offers.2.id", "lead_gen_framework"), "content_offers.2.id", "duplicate 'lead_gen_framework'"),
    ("missing section", deleting("icp"), "icp", "is required"),
    ("unknown section", setting("scoring", {}), "scoring", "unknown field"),
    ("unsupported version", setting("version", 2), "version", "only version 1 exists"),
]


@pytest.mark.parametrize("change, path, message", [case[1:] for case in BROKEN], ids=[case[0] for case in BROKEN])
def test_a_broken_playbook_names_the_field_and_the_problem(playbook_data, change, path, message):
    change(playbook_data)
    with pytest.raises(PlaybookError) as caught:
        parse_playbook(playbook_data)
    errors = caught.value.errors
    assert path in errors, errors
    assert any(message in m for m in errors[path]), errors[path]
    assert f"{path}: " in str(caught.value)


def test_every_problem_is_reported_at_once(playbook_data):
    playbook_data["questions"][3]["id"] = "need"
    playbook_data["icp"]["criteria"][0]["weight"] = -1
    _no_owners_anywhere(playbook_data)
    with pytest.raises(PlaybookError) as caught:
        parse_playbook(playbook_data)
    assert {"questions.3.id", "icp.criteria.0.weight", "routing.routes.0.owners", "routing.routes.3.owners"} <= set(caught.value.errors)


@pytest.mark.parametrize("data", [None, [], "version: 1", 42])
def test_a_playbook_must_be_a_mapping(data):
    with pytest.raises(PlaybookError) as caught:
        parse_playbook(data)
    assert caught.value.errors == {"_schema": ["a playbook must be a mapping of sections (company, questions, ...)"]}


def test_a_playbook_error_is_a_value_error():
    assert issubclass(PlaybookError, ValueError)


def load_errors(tmp_path, text: str) -> dict[str, list[str]]:
    file = tmp_path / "playbook.yml"
    file.write_text(text)
    with pytest.raises(PlaybookError) as caught:
        load_playbook(file)
    return caught.value.errors


@pytest.mark.parametrize("text, where", [
    ("version: 1\ncompany: [unclosed\n", "line 3, column 1: "),
    ("version: 1\nquestions:\n  - id: need\n   attribute: need\n", "line 4, column "),
    ("version: 1\n\tcompany: {}\n", "line 2, column 1: "),
    ("company: &a {name: x}\nicp: *b\n", "line 2, column 6: "),
    ("version: 1\n? [a, b]\n: 1\n", "line 2, column 3: "),
])
def test_yaml_syntax_errors_give_the_line_and_column(tmp_path, text, where):
    errors = load_errors(tmp_path, text)
    assert list(errors) == ["_yaml"]
    [message] = errors["_yaml"]
    assert message.startswith(where) and len(message) > len(where) + 5, message


def test_a_key_written_twice_is_an_error_not_a_silent_override(tmp_path):
    errors = load_errors(tmp_path, "version: 1\nprivacy: {text: a, url: b}\nversion: 2\n")
    assert errors == {"_yaml": ["line 3, column 1: duplicate key 'version'"]}


def test_yaml_tags_that_build_objects_are_refused(tmp_path):
    errors = load_errors(tmp_path, "version: !!python/object/apply:os.system ['true']\n")
    assert list(errors) == ["_yaml"]
    assert "could not determine a constructor" in errors["_yaml"][0]


def test_norway_and_yes_stay_text(tmp_path):
    text = DEFAULT_PLAYBOOK.read_text().replace("SE, NO, FI, AU", "SE, NO, FI, AU, yes")
    assert load_errors(tmp_path, text) == {"icp.criteria.2.values.15": [
        "'yes' is not an ISO 3166-1 alpha-2 country code (such as DE or US)"]}
    assert "NO" in load_playbook().icp.criteria[2].values


def test_an_empty_or_missing_file(tmp_path):
    assert list(load_errors(tmp_path, "")) == ["_schema"]
    with pytest.raises(PlaybookError) as caught:
        load_playbook(tmp_path / "missing.yml")
    assert caught.value.errors["_file"][0].startswith(f"cannot read {tmp_path / 'missing.yml'}: No such file")
    latin1 = tmp_path / "latin1.yml"
    latin1.write_bytes("company: {name: Société}\n".encode("latin-1"))
    with pytest.raises(PlaybookError) as caught:
        load_playbook(latin1)
    assert caught.value.errors["_file"][0].startswith(f"cannot read {latin1}: 'utf-8' codec can't decode")
