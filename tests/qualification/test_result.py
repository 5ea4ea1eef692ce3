"""``Qualification.to_dict``: the plain JSON stored with a lead and sent to Slack and the CRMs."""

from __future__ import annotations

import json

from qualification import Signals, qualify

from .leads import attrs, cto_fintech_berlin


def test_to_dict_is_plain_json_with_every_decision_and_reason(playbook):
    result = qualify(attrs(**cto_fintech_berlin(130)), playbook, Signals(engaged=True))
    data = json.loads(json.dumps(result.to_dict()))
    assert data == {
        "stage": "sql",
        "score": 67,
        "grade": "A",
        "fit": 87.5,
        "bant": [
            {"letter": "budget", "points": 30, "max_points": 30, "reason": "50,000 USD one-off: at least 50,000 USD"},
            {"letter": "authority", "points": 25, "max_points": 25, "reason": "CTO (c level, decision maker)"},
            {"letter": "need", "points": 0, "max_points": 25, "reason": "need not discussed yet"},
            {"letter": "timing", "points": 12, "max_points": 20,
             "reason": "wants to start in 130 days (by 2027-02-15): within 180 days"},
        ],
        "icp": [
            {"name": "Target industry", "met": True, "weight": 30.0, "reason": "fintech"},
            {"name": "Company size", "met": True, "weight": 25.0, "reason": "about 200 people"},
            {"name": "Market we serve", "met": True, "weight": 20.0, "reason": "DE"},
            {"name": "Annual revenue", "met": None, "weight": 15.0, "reason": "revenue unknown"},
            {"name": "Works with our tools", "met": None, "weight": 10.0, "reason": "tools unknown"},
        ],
        "reasons": ["BANT score 67 reaches 60", "ICP grade A meets B"],
        "route": {"name": "sales_emea", "slack_channel": "#sales-emea",
                  "owners": ["U0EMEA001", "U0EMEA002", "U0EMEA003"], "destinations": ["slack", "hubspot"],
                  "owner_names": {"U0EMEA001": "Lena Fischer", "U0EMEA002": "Tom Hughes", "U0EMEA003": "Sophie Martin"}},
        "next_question": "need",
    }


def test_an_unrouted_lead_has_a_null_route(playbook):
    data = qualify(attrs(), playbook).to_dict()
    assert data["route"] is None and data["stage"] == "iql"


def test_reasons_quote_visitor_text_short_and_on_one_line(playbook):
    essay = "Chief   Marketing\nOfficer " + "and general dogsbody " * 20
    tools = ["excel", "quickbooks", "sage", "notion", "trello", "asana", "jira"]
    result = qualify(attrs(authority={"title": essay, "seniority": "c_level", "role": "decision_maker"},
                           tech_stack=tools), playbook, Signals(engaged=True, pages=tuple(f"/blog/{i}" for i in range(9))))
    authority = result.bant[1].reason
    assert authority.startswith("Chief Marketing Officer and general dogsbody")
    assert "\n" not in authority and len(authority) < 120 and "…" in authority
    assert result.icp[4].reason == "uses none of our tools (excel, quickbooks, sage, notion, trello and 2 more)"
    assert result.reasons[0] == "engaged: read /blog/0, /blog/1, /blog/2, /blog/3, /blog/4 and 4 more"
