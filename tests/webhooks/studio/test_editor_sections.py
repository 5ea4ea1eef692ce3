"""The playbook form's sections beyond questions: ICP, BANT, stage rules, routing, content offers.

Each edit goes through the page's own form (``form_fields`` reads it as a
browser submits it); errors must come back next to the input at fault (the
``.field-error`` inside that input's row), and nothing invalid is stored.

The tests of edits that are refused share one app, one signed-in marketer and the form as first loaded
(``refusing``), per database: each asserts that nothing was stored, so each starts where the first did.
Apart, each made an app, seeded version 1, signed in and loaded the 300 KB form again: over half of their time.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import Any

import pytest
from sqlalchemy import select

from harness.studio_forms import Studio, field_errors, form_fields
from qualification.playbook_file import read_yaml
from tests.webhooks.conftest import rows
from webhooks.models import PlaybookVersion


def versions(app: Any) -> list[PlaybookVersion]:
    return rows(app, select(PlaybookVersion).order_by(PlaybookVersion.version))


def page_form(client: Any) -> dict[str, Any]:
    return form_fields(client.get("/studio/playbook?open=all").text, "playbook-form")  # every section, as loaded


def save(client: Any, fields: dict[str, Any], action: str = "save") -> Any:
    return client.post("/studio/playbook", data={**fields, "action": action})


def newest(app: Any) -> dict[str, Any]:
    return read_yaml(versions(app)[-1].text)


def errors_inside(html: str, element_id: str) -> list[tuple[str, str]]:
    """(path, message) of each field error shown inside the element with ``element_id``."""
    return [(path, text) for ids, path, text in field_errors(html) if element_id in ids]


def nothing_was_stored(app: Any) -> bool:
    return [(v.version, v.published) for v in versions(app)] == [(1, True)] and \
        app.extensions["leadbot.playbook"].snapshot().version == 1


def test_the_form_as_shown_saves_the_same_playbook(app: Any, signed_in: Any) -> None:
    assert save(signed_in, page_form(signed_in)).status_code == 302
    first, second = versions(app)
    assert read_yaml(second.text) == read_yaml(first.text)
    assert second.text == first.text  # not even the order of keys moved: the diff is empty


def test_icp_bant_stage_rules_routing_and_offers_are_edited_in_the_form(app: Any, signed_in: Any) -> None:
    fields = page_form(signed_in)
    assert fields["icp.criteria.0.weight"] == "30" and fields["routing.routes.2.slack_channel"] == "#sales"
    fields.update({
        "icp.criteria.0.weight": "35",
        "icp.criteria.2.values": "US, CA GB;DE",
        "icp.criteria.4._remove": "1",
        "icp.criteria.5.name": "Big budget revenue", "icp.criteria.5.kind": "revenue", "icp.criteria.5.min": "5000000",
        "icp.criteria.5.weight": "5",
        "icp.unknown_credit": "0.25",
        "icp.exclusions.companies": "Funnelworks Agency\nRival Ltd\n",
        "bant.budget.tiers.0.share": "0.9",
        "bant.timing.horizons.4.within_days": "730", "bant.timing.horizons.4.share": "0.05",
        "stages.disqualify.title_keywords": "student\nintern",
        "stages.pql.enabled": "",
        "routing.routes.2.slack_channel": "#sales-north",
        # Owners are chosen by name, one list each; a new person is added under People first.
        "routing.routes.2.owners.0": "U0SALES02", "routing.routes.2.owners.1": "U0SALES01",
        "routing.routes.2.owners.2": "U0SALES03",
        "routing.owners.8.id": "U0SALES03", "routing.owners.8.name": "Sam Ortiz", "routing.owners.8.hubspot": "71000003",
        "routing.routes.4.name": "enterprise_first", "routing.routes.4._position": "1.5",
        "routing.routes.4.match.stages.sql": "1", "routing.routes.4.slack_channel": "#vip",
        "routing.routes.4.owners.0": "U0ENT0002", "routing.routes.4.destinations.slack": "1",
        "routing.routes.4.match.grades.A": "1",
        "routing.territories.3.name": "dach", "routing.territories.3.countries": "DE AT CH",
        "content_offers.1.title": "Webinar: the funnel, live",
        "content_offers.1.stages.sql": "1",
        "content_offers.3.id": "pricing_guide", "content_offers.3.title": "Pricing guide",
        "content_offers.3.url": "https://brightline.example/pricing", "content_offers.3.stages.mql": "1",
    })
    for unticked in ("stages.disqualify.personas.vendor", "routing.routes.2.destinations.hubspot"):
        fields.pop(unticked)
    response = save(signed_in, fields)
    assert response.status_code == 302, errors_inside(response.text, "playbook-form")
    data = newest(app)
    criteria = data["icp"]["criteria"]
    assert criteria[0]["weight"] == 35 and criteria[2]["values"] == ["US", "CA", "GB", "DE"]
    assert [c["name"] for c in criteria][-1] == "Big budget revenue" and "Works with our tools" not in [c["name"] for c in criteria]
    assert criteria[-1] == {"name": "Big budget revenue", "kind": "revenue", "weight": 5, "min": 5000000}
    assert data["icp"]["unknown_credit"] == 0.25
    assert data["icp"]["exclusions"]["companies"] == ["Funnelworks Agency", "Rival Ltd"]
    assert data["bant"]["budget"]["tiers"][0] == {"at_least": 50000, "share": 0.9}
    assert data["bant"]["timing"]["horizons"][-1] == {"within_days": 730, "share": 0.05}
    assert data["stages"]["disqualify"]["personas"] == ["student", "job_seeker", "competitor"]
    assert data["stages"]["disqualify"]["title_keywords"] == ["student", "intern"]
    assert data["stages"]["pql"]["enabled"] is False
    routes = data["routing"]["routes"]
    assert [r["name"] for r in routes] == ["enterprise", "enterprise_first", "sales_emea", "sales", "marketing"]
    assert routes[1] == {"name": "enterprise_first", "match": {"stages": ["sql"], "grades": ["A"]},
                         "slack_channel": "#vip", "owners": ["U0ENT0002"], "destinations": ["slack"]}
    assert routes[3]["slack_channel"] == "#sales-north"
    assert routes[3]["owners"] == ["U0SALES02", "U0SALES01", "U0SALES03"]
    assert data["routing"]["owners"]["U0SALES03"] == {"name": "Sam Ortiz", "hubspot": "71000003"}
    assert routes[3]["destinations"] == ["slack", "webhook"]
    assert data["routing"]["territories"]["dach"] == ["DE", "AT", "CH"]
    offers = data["content_offers"]
    assert offers[1]["title"] == "Webinar: the funnel, live" and offers[1]["stages"] == ["mql", "sql"]
    assert offers[3] == {"id": "pricing_guide", "title": "Pricing guide", "url": "https://brightline.example/pricing",
                         "stages": ["mql"]}
    # The page shows the new version's values back.
    again = page_form(signed_in)
    assert again["routing.routes.3.slack_channel"] == "#sales-north" and again["base_version"] == "2"


def test_a_new_criterion_without_weight_is_refused_next_to_its_weight(refusing: Studio) -> None:
    fields = refusing.form()
    fields.update({"icp.criteria.5.name": "Revenue again", "icp.criteria.5.kind": "revenue",
                   "icp.criteria.5.min": "1"})
    response = save(refusing.client, fields)
    assert response.status_code == 422
    assert errors_inside(response.text, "icp-criteria-5") == [("icp.criteria.5.weight", "Criterion 6, 'Weight': type a number")]
    assert nothing_was_stored(refusing.app)


@pytest.mark.parametrize("changes, row, path, message", [
    ({"icp.criteria.1.weight": "-5"}, "icp-criteria-1", "icp.criteria.1.weight", "must not be negative"),
    ({"icp.criteria.1.weight": "lots"}, "icp-criteria-1", "icp.criteria.1.weight", "Criterion 2, 'Weight': type a number"),
    ({"icp.criteria.1.min": "5000", "icp.criteria.1.max": "10"}, "icp-criteria-1", "icp.criteria.1.min",
     "must not be above max"),
    ({"icp.criteria.0.values": "software, spaceships"}, "icp-criteria-0", "icp.criteria.0.values.1",
     "unknown industry 'spaceships'"),
    ({"icp.grades.B": "85"}, "section-thresholds", "icp.grades.B", "must be below A"),
    ({"bant.budget.points": "40"}, "section-bant", "bant", "add up to 100"),
    ({"bant.budget.tiers.1.share": "1.5"}, "bant-budget-tiers-1", "bant.budget.tiers.1.share", "between 0 and 1"),
    ({"bant.authority.seniority.vp": "2"}, "part-bant-authority-seniority", "bant.authority.seniority.vp",
     "between 0 and 1"),
    ({"bant.timing.horizons.1.within_days": "30"}, "bant-timing-horizons-1", "bant.timing.horizons.1.within_days",
     "duplicate"),
    ({"stages.mql.interest_when.1.field": ""}, "part-stages-mql", "stages.mql.interest_when.any.1.field",
     "choose a field"),
    ({"stages.mql.interest_when.1.value": ""}, "part-stages-mql", "stages.mql.interest_when.any.1.value",
     "type the value to compare with"),
    ({"stages.mql.interest_when.0.field": "needs"}, "part-stages-mql",
     "stages.mql.interest_when.any.0.field", "unknown field 'needs'"),
    ({"stages.mql.interest_when.1.op": "gt"}, "part-stages-mql", "stages.mql.interest_when.any.1.field",
     "'gt' compares numbers"),
    ({"routing.routes.2.slack_channel": "sales team"}, "routing-routes-2", "routing.routes.2.slack_channel",
     "is not a Slack channel"),
    ({"routing.routes.2.owners.0": "", "routing.routes.2.owners.1": ""}, "routing-routes-2", "routing.routes.2.owners",
     "at least one owner"),
    ({"routing.routes.2.owners.1": "bob"}, "routing-routes-2", "routing.routes.2.owners.1", "not a Slack user id"),
    ({"routing.owners.8.id": "U0NOBODY1", "routing.owners.8.name": "Nobody Yet"}, "part-routing-owners",
     "routing.owners.U0NOBODY1", "not an owner of any route"),
    ({"routing.owners.0.name": ""}, "routing-owners-0", "routing.owners.U0SALES01.name", "must not be blank"),
    ({"routing.routes.1.match.territories": "emea, mars"}, "routing-routes-1",
     "routing.routes.1.match.territories.1", "unknown territory 'mars'"),
    ({"routing.routes.3.match.stages.mql": None}, "routing-routes-3", "routing.routes.3.match.stages",
     "name the stages"),
    ({"routing.routes.3.name": "sales"}, "routing-routes-3", "routing.routes.3.name", "duplicate 'sales'"),
    ({"routing.human_request_route": "salez"}, "part-routing", "routing.human_request_route", "did you mean sales"),
    ({"routing.territories.0.countries": "GB, XX"}, "routing-territories-0", "routing.territories.emea.1",
     "not an ISO 3166-1"),
    ({"routing.segments.0.min_employees": "100"}, "routing-segments-0", "routing.segments.0.min_employees",
     "must not be above max_employees"),
    ({"content_offers.0.url": "not a link"}, "content-offers-0", "content_offers.0.url", "is not a URL"),
    ({"content_offers.1.id": "lead_gen_framework"}, "content-offers-1", "content_offers.1.id", "duplicate"),
    ({"content_offers.0.stages.iql": None, "content_offers.0.stages.mql": None}, "content-offers-0",
     "content_offers.0.stages", "needs at least 1"),
    ({"icp.exclusions.email_domains": "rival.com, not a domain"}, "part-icp-exclusions",
     "icp.exclusions.email_domains.1", "'not' is not a domain"),
])
def test_an_invalid_value_is_named_next_to_its_field_and_nothing_is_saved(
    refusing: Studio, changes: dict[str, str | None], row: str, path: str, message: str
) -> None:
    signed_in, fields = refusing.client, refusing.form()
    for name, value in changes.items():
        assert name in fields, name  # the page has that input (a ticked box, for None: untick it)
        if value is None:
            fields.pop(name)
        else:
            fields[name] = value
    for action in ("save", "publish"):
        response = save(signed_in, fields, action)
        assert response.status_code == 422, response.text
        shown = errors_inside(response.text, row)
        assert any(p == path and message in text for p, text in shown), (shown, path)
        for value in changes.values():  # what the marketer typed is shown back, as typed
            if value:
                assert value in response.text
    assert nothing_was_stored(refusing.app)


def test_removing_every_criterion_is_refused_at_the_list(refusing: Studio) -> None:
    fields = refusing.form()
    for i in range(5):
        fields[f"icp.criteria.{i}._remove"] = "1"
    response = save(refusing.client, fields)
    assert response.status_code == 422
    assert ("icp.criteria", "Ideal customer profile, Criteria: needs at least 1") in errors_inside(response.text, "part-icp-criteria")
    assert nothing_was_stored(refusing.app)


def test_a_page_without_the_sections_leaves_them_as_they_were(app: Any, signed_in: Any) -> None:
    fields = {k: v for k, v in page_form(signed_in).items() if not re.match(r"(icp|bant|routing|content_offers)\.|stages\.(?!sql\.)", k)}
    fields["stages.sql.min_score"] = "70"
    assert save(signed_in, fields).status_code == 302
    first, second = (read_yaml(v.text) for v in versions(app))
    assert second["stages"]["sql"]["min_score"] == 70
    for key in ("icp", "bant", "routing", "content_offers"):
        assert second[key] == first[key]
    assert {k: v for k, v in second["stages"].items() if k != "sql"} == {k: v for k, v in first["stages"].items() if k != "sql"}


def test_section_inputs_are_shown_escaped(app: Any, signed_in: Any) -> None:
    fields = page_form(signed_in)
    xss = '"><script>alert(1)</script>'
    fields.update({"icp.criteria.0.name": xss, "content_offers.0.title": xss})
    assert save(signed_in, fields).status_code == 302
    html = signed_in.get("/studio/playbook?open=all").text
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;" in html


@pytest.mark.parametrize("count", ["99999999", "not a number", "-1"])
def test_a_forged_row_count_is_refused_and_nothing_is_saved(refusing: Studio, count: str) -> None:
    fields = refusing.form()
    fields["routing.routes._count"] = count
    response = save(refusing.client, fields)
    assert response.status_code == 400
    assert nothing_was_stored(refusing.app)


def test_a_choice_the_page_does_not_offer_is_ignored(app: Any, signed_in: Any) -> None:
    fields = page_form(signed_in)
    fields.update({"routing.routes.0.destinations.ftp": "1", "content_offers.0.stages.vip": "1"})
    assert save(signed_in, fields).status_code == 302
    assert read_yaml(versions(app)[-1].text) == read_yaml(versions(app)[0].text)


def test_two_territories_of_one_name_are_refused_not_merged(refusing: Studio) -> None:
    fields = refusing.form()
    fields.update({"routing.territories.3.name": "emea", "routing.territories.3.countries": "DE"})
    response = save(refusing.client, fields)
    assert response.status_code == 422
    for row in ("routing-territories-0", "routing-territories-3"):
        assert ("routing.territories.emea", "Territory 'emea': two territory rows are named 'emea'") in \
            errors_inside(response.text, row)
    assert nothing_was_stored(refusing.app)


def test_a_blank_territory_name_is_named_at_its_row(refusing: Studio) -> None:
    fields = refusing.form()
    fields.update({"routing.territories.3.name": " ", "routing.territories.3.countries": "DE"})
    response = save(refusing.client, fields)
    # A row with countries but no name is not the blank "add" row: it is kept and refused.
    assert response.status_code == 422
    assert any("lower-case letters" in text for _, text in errors_inside(response.text, "routing-territories-3"))
    assert nothing_was_stored(refusing.app)


class _Selects(HTMLParser):
    """Each ``<select>``'s name and its options as (value, words, selected)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.selects: dict[str, list[tuple[str, str, bool]]] = {}
        self._name: str | None = None
        self._option: list[Any] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "select":
            self._name = a.get("name") or ""
            self.selects[self._name] = []
        elif tag == "option" and self._name is not None:
            self._option = [a.get("value") or "", "", "selected" in a]

    def handle_data(self, data: str) -> None:
        if self._option is not None:
            self._option[1] += data

    def handle_endtag(self, tag: str) -> None:
        if tag == "option" and self._option is not None and self._name is not None:
            self.selects[self._name].append((self._option[0], self._option[1].strip(), self._option[2]))
            self._option = None
        elif tag == "select":
            self._name = None


def test_route_owners_are_chosen_by_the_names_people_know_them_by(app: Any, signed_in: Any) -> None:
    """Each owner is a list of the playbook's people by name (the Slack id is the value sent), in round-robin order,
    with one more list to add an owner; nobody types a Slack id into a route."""
    parser = _Selects()
    parser.feed(signed_in.get("/studio/playbook?open=all").text)
    data = read_yaml(versions(app)[0].text)
    names = {key: person["name"] for key, person in data["routing"]["owners"].items()}
    route = data["routing"]["routes"][2]
    lists = [name for name in parser.selects if name.startswith("routing.routes.2.owners.")]
    assert lists == [f"routing.routes.2.owners.{i}" for i in range(len(route["owners"]) + 1)]
    for i, owner in enumerate(route["owners"]):
        options = parser.selects[f"routing.routes.2.owners.{i}"]
        assert [(value, words) for value, words, chosen in options if chosen] == [(owner, names[owner])]
        assert {(value, words) for value, words, _ in options if value} == set(names.items())
    assert [value for value, _, chosen in parser.selects[lists[-1]] if chosen] == [""]
    # Choosing by name reorders the round robin and adds an owner; nothing else moves.
    fields = page_form(signed_in)
    fields.update({"routing.routes.2.owners.0": route["owners"][1], "routing.routes.2.owners.1": route["owners"][0],
                   lists[-1]: "U0MKTG001"})
    assert save(signed_in, fields).status_code == 302
    saved = newest(app)
    assert saved["routing"]["routes"][2]["owners"] == [route["owners"][1], route["owners"][0], "U0MKTG001"]
    saved["routing"]["routes"][2]["owners"] = route["owners"]
    assert saved == data


def test_an_owner_list_not_from_the_page_is_refused_and_nothing_is_saved(refusing: Studio) -> None:
    fields = refusing.form()
    fields["routing.routes.2.owners._count"] = "lots"
    assert save(refusing.client, fields).status_code == 400
    assert nothing_was_stored(refusing.app)
