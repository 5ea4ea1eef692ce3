"""Which questions are still to ask, in the playbook's order and conditions, and which one matters most."""

from __future__ import annotations

from qualification import Signals, parse_playbook, qualify, questions_to_ask

from .leads import attrs, cto_fintech_berlin, marketing_manager


def ids(playbook, lead=None, signals=Signals()):
    return [q.id for q in questions_to_ask(playbook, attrs(**(lead or {})), signals)]


def test_a_new_visitor_is_asked_everything_in_order_but_conditional_questions(playbook):
    assert ids(playbook) == [
        "need", "company", "role", "industry", "company_size", "location", "revenue", "budget", "timing", "name", "email",
    ]


def test_answered_questions_drop_out(playbook):
    remaining = ids(playbook, marketing_manager())
    assert "need" not in remaining and "role" not in remaining and "email" not in remaining
    assert remaining[:3] == ["industry", "company_size", "location"]


def test_revenue_is_asked_only_when_size_is_unknown_or_above_200(playbook):
    assert "revenue" in ids(playbook)
    assert "revenue" not in ids(playbook, {"company_size": {"min": 50, "max": 120}})
    assert "revenue" not in ids(playbook, {"company_size": {"min": 200, "max": 200}})
    assert "revenue" in ids(playbook, {"company_size": {"min": 150, "max": 500}})


def test_tech_stack_is_asked_only_for_needs_that_depend_on_tools(playbook):
    assert "tech_stack" not in ids(playbook, {"need": {"categories": ["seo"]}})
    assert "tech_stack" in ids(playbook, {"need": {"categories": ["seo", "crm"]}})


def test_budget_is_skipped_for_existing_customers(playbook):
    assert "budget" in ids(playbook)
    assert "budget" not in ids(playbook, signals=Signals(existing_customer=True))
    assert "budget" not in ids(playbook, {"persona": "existing_customer"})


def test_question_order_and_wording_are_the_playbooks(playbook_data):
    questions = playbook_data["questions"]
    questions.insert(0, questions.pop(next(i for i, q in enumerate(questions) if q["id"] == "email")))
    questions[0]["wording"] = ["Before we start, what's your work email?"]
    playbook = parse_playbook(playbook_data)
    first = questions_to_ask(playbook, attrs(), Signals())[0]
    assert (first.id, first.attribute, first.wording, first.required) == (
        "email", "email", ("Before we start, what's your work email?",), True,
    )


def test_optional_questions_say_so(playbook):
    optional = [q.id for q in questions_to_ask(playbook, attrs(), Signals()) if not q.required]
    assert optional == ["company", "revenue", "name"]


def test_all_conditions_must_hold(playbook_data):
    revenue = next(q for q in playbook_data["questions"] if q["id"] == "revenue")
    revenue["ask_when"] = {"all": [{"field": "industry", "op": "in", "value": ["fintech", "software"]}],
                           "any": [{"field": "company_size", "op": "unknown"},
                                   {"field": "company_size.max", "op": "gte", "value": 1000}]}
    playbook = parse_playbook(playbook_data)
    assert "revenue" not in ids(playbook, {"industry": "retail_ecommerce"})
    assert "revenue" in ids(playbook, {"industry": "fintech"})
    assert "revenue" in ids(playbook, {"industry": "fintech", "company_size": {"max": 1000}})
    assert "revenue" not in ids(playbook, {"industry": "fintech", "company_size": {"max": 999}})


def test_next_question_for_an_anonymous_interested_visitor_is_the_email(playbook):
    # Asking for the email is what turns an interested visitor into an MQL.
    assert qualify(attrs(), playbook, Signals(engaged=True)).next_question == "email"


def test_next_question_is_the_one_that_could_make_the_lead_sql(playbook):
    # 14 (manager, influencer) + 25 (need) + 17 (60 days) = 56: only the budget's 30 points can reach 60.
    lead = marketing_manager(timing={"horizon_days": 60}, industry="software", company_size={"min": 80, "max": 80},
                             location={"country": "US"})
    result = qualify(attrs(**lead), playbook, Signals(engaged=True))
    assert (result.stage, result.score) == ("mql", 56)
    assert result.next_question == "budget"


def test_next_question_can_be_the_fit_that_blocks_sql(playbook):
    # BANT is complete (score 92) but nothing is known about the company: grade C.
    # The industry is worth the most fit (15 of the 25 points still unknown) and lifts it to B.
    lead = cto_fintech_berlin(need={"categories": ["seo"]}, email={"address": "cto@example.io"})
    for key in ("industry", "company_size", "location"):
        del lead[key]
    result = qualify(attrs(**lead), playbook, Signals(engaged=True))
    assert (result.stage, result.grade) == ("mql", "C")
    assert result.next_question == "industry"


def test_next_question_prefers_the_most_points_at_stake(playbook):
    # An SQL still missing the need (25 BANT points) and the revenue (7.5 fit points).
    assert qualify(attrs(**cto_fintech_berlin()), playbook).next_question == "need"


def test_next_question_is_none_when_nothing_is_left_or_the_lead_is_dropped(playbook):
    everything = cto_fintech_berlin(**marketing_manager(), revenue={"min": 5_000_000}, tech_stack=["hubspot"])
    assert qualify(attrs(**everything), playbook).next_question is None
    assert qualify(attrs(persona="student"), playbook).next_question is None


def test_next_question_respects_conditions(playbook):
    lead = cto_fintech_berlin(need={"categories": ["seo"]})
    del lead["budget"]
    result = qualify(attrs(**lead), playbook, Signals(existing_customer=True))
    assert result.next_question != "budget"
