"""Every stage, reached the way real leads reach it, with the default playbook."""

from __future__ import annotations

import pytest

from qualification import Signals, parse_playbook, qualify

from .leads import attrs, cto_fintech_berlin, marketing_manager, student_researching


@pytest.mark.parametrize("horizon_days", [40, 60, 90, 130])
def test_cto_of_a_berlin_fintech_with_50k_next_quarter_is_sql(playbook, horizon_days):
    result = qualify(attrs(**cto_fintech_berlin(horizon_days)), playbook, Signals(engaged=True))
    assert result.stage == "sql"
    assert result.score >= 60
    assert result.grade == "A"
    assert result.reasons == (f"BANT score {result.score} reaches 60", "ICP grade A meets B")


def test_an_sql_needs_no_email(playbook):
    lead = attrs(**cto_fintech_berlin())
    assert lead.email is None
    assert qualify(lead, playbook).stage == "sql"


def test_a_budget_stated_per_quarter_counts_as_yearly_spend(playbook):
    quarterly = cto_fintech_berlin(budget={"min": 50000, "max": 50000, "period": "quarter"})
    letter = qualify(attrs(**quarterly), playbook).bant[0]
    assert letter.points == letter.max_points
    assert "50,000 USD a quarter (~200,000 USD a year)" in letter.reason


def test_a_student_doing_research_is_disqualified(playbook):
    result = qualify(attrs(**student_researching()), playbook, Signals(engaged=True))
    assert result.stage == "disqualified"
    assert "a student, not a buyer" in result.reasons
    assert result.route is None
    assert result.next_question is None


def test_a_student_title_disqualifies_even_without_a_persona(playbook):
    lead = student_researching()
    del lead["persona"]
    result = qualify(attrs(**lead), playbook)
    assert result.stage == "disqualified"
    assert result.reasons == ("title 'Marketing student' contains 'student'",)


@pytest.mark.parametrize("persona, reason", [
    ("job_seeker", "looking for a job, not a buyer"),
    ("competitor", "works for a competitor"),
    ("vendor", "selling to us, not buying"),
])
def test_job_seekers_competitors_and_vendors_are_disqualified_even_if_senior(playbook, persona, reason):
    result = qualify(attrs(**cto_fintech_berlin(persona=persona)), playbook)
    assert result.stage == "disqualified"
    assert result.reasons == (reason,)
    assert result.score >= 60  # the BANT score is still shown; the persona decides


def test_an_existing_customer_persona_is_not_disqualified(playbook):
    assert qualify(attrs(**cto_fintech_berlin(persona="existing_customer")), playbook).stage == "sql"


def test_saying_there_is_no_need_disqualifies(playbook):
    lead = marketing_manager(need={"summary": None, "categories": []})
    result = qualify(attrs(**lead), playbook, Signals(engaged=True))
    assert result.stage == "disqualified"
    assert result.reasons == ("says there is no need for our services",)


@pytest.mark.parametrize("change, reason", [
    ({"company": "Demandly Inc."}, "Demandly Inc. is on the exclusion list (competitor)"),
    ({"email": {"address": "sam@demandly.example", "free_mail": False}}, "email domain demandly.example is excluded (competitor)"),
    ({"industry": "government"}, "industry government is excluded"),
])
def test_exclusions_disqualify(playbook, change, reason):
    result = qualify(attrs(**marketing_manager(**change)), playbook, Signals(engaged=True))
    assert result.stage == "disqualified"
    assert result.reasons == (reason,)


def test_excluded_countries_disqualify(playbook_data):
    playbook_data["icp"]["exclusions"]["countries"] = ["RU"]
    playbook = parse_playbook(playbook_data)
    result = qualify(attrs(**marketing_manager(location={"country": "RU"})), playbook, Signals(engaged=True))
    assert result.reasons == ("country RU is excluded",)


def test_no_need_can_be_switched_off(playbook_data):
    playbook_data["stages"]["disqualify"]["no_need"] = False
    playbook = parse_playbook(playbook_data)
    lead = marketing_manager(need={"categories": []})
    assert qualify(attrs(**lead), playbook, Signals(engaged=True)).stage == "mql"


def test_an_anonymous_visitor_who_only_read_pricing_is_iql(playbook):
    result = qualify(attrs(), playbook, Signals(engaged=True, pages=("/pricing",)))
    assert result.stage == "iql"
    assert result.score == 0
    assert result.reasons == (
        "engaged: read /pricing",
        "not identified yet (no email)",
        "not sales-qualified: BANT score 0 below 60 and ICP grade C below B",
    )
    assert result.route is None


def test_a_visitor_who_has_not_engaged_is_iql_and_says_so(playbook):
    result = qualify(attrs(industry="software"), playbook)
    assert result.stage == "iql"
    assert result.reasons[0] == "no engagement yet"


def test_a_marketing_manager_with_a_company_email_and_a_need_is_mql(playbook):
    result = qualify(attrs(**marketing_manager()), playbook, Signals(engaged=True))
    assert result.stage == "mql"
    assert result.reasons[0] == "identified by a work email"
    assert result.reasons[1] == "shows interest: need known, signals.engaged = true"
    assert result.reasons[2].startswith("not sales-qualified: BANT score")
    assert result.route is not None and result.route.name == "marketing"


def test_a_free_mailbox_is_not_enough_for_mql_by_default(playbook):
    lead = marketing_manager(email={"address": "jane.doe@gmail.com", "free_mail": True})
    result = qualify(attrs(**lead), playbook, Signals(engaged=True))
    assert result.stage == "iql"
    assert "email is a free mailbox; the playbook asks for a work email" in result.reasons


def test_a_playbook_can_accept_free_mailboxes(playbook_data):
    playbook_data["stages"]["mql"]["allow_free_mail"] = True
    playbook = parse_playbook(playbook_data)
    lead = marketing_manager(email={"address": "jane.doe@gmail.com", "free_mail": True})
    result = qualify(attrs(**lead), playbook, Signals(engaged=True))
    assert result.stage == "mql"
    assert result.reasons[0] == "identified by a free mailbox (allowed)"


def test_an_email_without_interest_stays_iql(playbook):
    result = qualify(attrs(email={"address": "jane.doe@acme.io"}), playbook, Signals(engaged=False))
    assert result.stage == "iql"
    assert "identified, but no sign of interest yet" in result.reasons


def test_interest_follows_the_playbooks_conditions(playbook_data):
    playbook_data["stages"]["mql"]["interest_when"] = {"any": [{"field": "signals.pages", "op": "contains", "value": "/pricing"}]}
    playbook = parse_playbook(playbook_data)
    lead = attrs(email={"address": "jane.doe@acme.io"})
    assert qualify(lead, playbook, Signals(engaged=True)).stage == "iql"
    pricing = qualify(lead, playbook, Signals(engaged=True, pages=("/blog", "/pricing")))
    assert pricing.stage == "mql"
    assert pricing.reasons[1] == "shows interest: signals.pages contains /pricing"


def test_a_product_qualified_trial_user_is_pql(playbook):
    signals = Signals(engaged=True, product_qualified=True, source="trial")
    result = qualify(attrs(**marketing_manager()), playbook, signals)
    assert result.stage == "pql"
    assert result.reasons[0] == "product-qualified asking about paid work (source: trial)"
    assert result.route is not None and result.route.name == "sales"


def test_an_existing_customer_asking_for_more_is_service_qualified(playbook):
    signals = Signals(existing_customer=True, product_qualified=True, source="support")
    result = qualify(attrs(**marketing_manager()), playbook, signals)
    assert result.stage == "pql"
    assert result.reasons[0] == "service-qualified: an existing customer asking about paid work (source: support)"


def test_pql_can_be_switched_off(playbook_data):
    playbook_data["stages"]["pql"]["enabled"] = False
    playbook = parse_playbook(playbook_data)
    result = qualify(attrs(**marketing_manager()), playbook, Signals(engaged=True, product_qualified=True))
    assert result.stage == "mql"


def test_sql_beats_pql(playbook):
    result = qualify(attrs(**cto_fintech_berlin()), playbook, Signals(product_qualified=True))
    assert result.stage == "sql"


def test_a_high_score_with_a_poor_fit_is_not_sql(playbook):
    lead = cto_fintech_berlin(industry="hospitality", location={"country": "BR"}, company_size={"min": 5, "max": 5},
                              email={"address": "ana@pousada.com.br"}, need={"categories": ["website"]})
    result = qualify(attrs(**lead), playbook, Signals(engaged=True))
    assert result.score >= 60
    assert result.grade == "D"
    assert result.stage == "mql"
    assert "not sales-qualified: ICP grade D below B" in result.reasons


def test_the_sql_thresholds_come_from_the_playbook(playbook_data):
    lead = attrs(**cto_fintech_berlin(130))
    default = qualify(lead, parse_playbook(playbook_data))
    playbook_data["stages"]["sql"]["min_score"] = default.score + 1
    assert qualify(lead, parse_playbook(playbook_data)).stage == "iql"
    playbook_data["stages"]["sql"]["min_score"] = default.score
    playbook_data["stages"]["sql"]["min_grade"] = "A"
    assert qualify(lead, parse_playbook(playbook_data)).stage == "sql"


def test_qualifying_is_deterministic_and_handles_every_subset(playbook):
    full = cto_fintech_berlin(**marketing_manager(), revenue={"min": 5_000_000, "currency": "USD"}, tech_stack=["hubspot"])
    keys = sorted(full)
    for mask in range(1 << len(keys)):
        subset = {k: full[k] for i, k in enumerate(keys) if mask >> i & 1}
        first = qualify(attrs(**subset), playbook, Signals(engaged=bool(mask & 1)))
        again = qualify(attrs(**subset), playbook, Signals(engaged=bool(mask & 1)))
        assert first == again
        assert 0 <= first.score <= 100 and first.grade in "ABCD"
        assert first.stage in ("iql", "mql", "sql", "pql", "disqualified")
