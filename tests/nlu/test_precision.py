"""A value enters the lead only from text that states it (issue 14).

Each test is one kind of figure that is not the visitor's own present value,
written in words of its own (the blind batches in ``blind/`` measure the
same kinds on text the rules were not written from).
"""

import datetime as dt

import pytest

from nlu import extract
from nlu.places import currency_of

NOW = dt.date(2026, 11, 23)


def _out(text, field=None):
    return extract(text, field=field, now=NOW).to_dict()


@pytest.mark.parametrize("text", [
    "what does a typical retainer with you cost, 4k a month?",
    "your plans start at 1.5k right?",
    "is $900 a month about right for your basic package?",
])
def test_a_price_the_visitor_asks_about_is_not_their_budget(text):
    assert "budget" not in _out(text)


@pytest.mark.parametrize("text", [
    "we spent 45k with a PR firm in 2024 and saw nothing",
    "our old agency billed us 6k monthly",
    "the last rebrand cost us about 80 grand",
])
def test_past_spend_is_not_a_budget(text):
    assert "budget" not in _out(text)


@pytest.mark.parametrize("text", [
    "our main rival pours 200k a year into ads",
    "one client pays us 30k a quarter",
    "we charge our customers $120 an hour",
])
def test_other_peoples_money_is_not_a_budget(text):
    out = _out(text)
    assert "budget" not in out and "revenue" not in out


@pytest.mark.parametrize("text", [
    "our cost per lead is around $85",
    "a closed deal is worth roughly 9k to us",
    "CAC sits at 300 dollars",
])
def test_a_rate_or_a_value_per_thing_is_not_a_budget(text):
    assert "budget" not in _out(text)


@pytest.mark.parametrize("text", [
    "spend above 25k has to go to the board",
    "our CFO must approve anything over 5k",
    "I can sign off on anything under 3k myself",
])
def test_an_approval_threshold_is_not_a_budget(text):
    assert "budget" not in _out(text)


def test_a_revenue_goal_is_neither_revenue_nor_a_deadline():
    out = _out("the plan is to reach 10M ARR by 2029")
    assert "revenue" not in out and "timing" not in out


def test_revenue_given_to_the_revenue_question_is_not_also_a_budget():
    out = _out("roughly £25 million a year", field="revenue")
    assert out["revenue"]["min"] == 25_000_000 and "budget" not in out


def test_a_later_amount_that_corrects_the_first_is_the_budget():
    assert _out("we had 40k approved but procurement cut it to 28k")["budget"]["min"] == 28000
    assert _out("initially 15k, realistically more like 9k", field="budget")["budget"]["min"] == 9000


def test_a_stretch_above_the_first_amount_keeps_the_first():
    budget = _out("about 30k, could stretch to 35k for the right plan", field="budget")["budget"]
    assert budget["min"] == 30000 and budget["max"] in (30000, 35000)


def test_a_head_count_that_changed_is_the_new_one_and_sets_no_deadline():
    out = _out("we've grown from 8 to around 30 staff over the past year")
    assert out["company_size"] == {"min": 30, "max": 30} and "timing" not in out
    assert _out("we were 90 before the merger, now we're at 140")["company_size"] == {"min": 140, "max": 140}
    assert _out("12 people - actually 14, two joined this week")["company_size"] == {"min": 14, "max": 14}


def test_a_head_count_in_a_question_to_us_is_not_theirs():
    assert "company_size" not in _out("do you take on clients with fewer than 20 employees?")


@pytest.mark.parametrize("text", [
    "our conversion rate tanked this year",
    "traffic has been flat since the spring",
    "we doubled the sales team this quarter",
    "could we hop on a call next Tuesday?",
])
def test_a_time_said_about_something_else_is_not_a_deadline(text):
    assert "timing" not in _out(text)


def test_a_time_said_as_an_aim_is_a_deadline():
    assert 30 <= _out("we want the campaign live before Christmas")["timing"]["horizon_days"] <= 32
    assert 39 <= _out("we hope to kick things off in Q1")["timing"]["horizon_days"] <= 128


def test_a_time_ruled_out_in_an_answer_to_when_is_skipped():
    timing = _out("not this quarter, maybe March", field="timing")["timing"]
    assert timing["target_date"].startswith("2027-03")


@pytest.mark.parametrize("text", ["we're at 14 Market Street, Leeds", "Suite 2400, 1 Main St"])
def test_a_street_or_suite_number_is_not_money(text):
    assert "budget" not in _out(text)


def test_an_amount_without_a_currency_takes_the_currency_of_the_country_in_the_same_message():
    assert _out("5k a month, we're based in Munich")["budget"]["currency"] == "EUR"
    assert _out("about 4k a month, office in Leeds")["budget"]["currency"] == "GBP"
    assert _out("$5k a month, we're based in Munich")["budget"]["currency"] == "USD"
    assert currency_of("ch") == "CHF" and currency_of("XX") is None


def test_an_answer_that_asks_back_still_states_its_figure():
    assert _out("5k, is that enough?", field="budget")["budget"]["min"] == 5000
    assert _out("maybe 10k?", field="budget")["budget"]["min"] == 10000
    assert _out("about 40, is that too small for you?", field="company_size")["company_size"] == {"min": 40, "max": 40}


@pytest.mark.parametrize("text", [
    "we bought a CRM licence last spring for 12k",
    "our investors put in 500k at the seed stage",
    "the owners invested 80k of their own money",
])
def test_a_past_purchase_or_funding_is_not_a_budget(text):
    assert "budget" not in _out(text)


def test_a_decision_threshold_is_not_a_budget():
    assert "budget" not in _out("as MD I decide on anything below 10k, above that it's the partners")


def test_money_made_before_is_revenue_not_budget():
    out = _out("we made around 2.4m last year, aiming to get to 4m")
    assert out["revenue"]["min"] == 2_400_000 and "budget" not in out


def test_an_amount_changed_from_one_figure_to_another_is_the_new_one():
    assert _out("budget was bumped from 20k to 26k last week")["budget"]["min"] == 26000
    assert _out("headcount went from 300 down to 210")["company_size"] == {"min": 210, "max": 210}


def test_letters_inside_a_word_are_not_a_currency():
    # "rs" (rupees) inside "partners": the default currency stays.
    assert _out("our partners have approved 20k")["budget"]["currency"] == "USD"


def test_a_number_that_is_an_amount_or_a_street_is_not_a_company():
    assert "company" not in _out("the budget got cut from 50k to 30k")
    assert "company" not in _out("we're at 12 High Street in Bath")


def test_what_customers_spend_with_the_visitor_is_not_a_budget():
    assert "budget" not in _out("our customers typically pay 300 a month for the plan")
    assert "budget" not in _out("most accounts spend 1-2k a month with us")


def test_a_threshold_for_checking_with_someone_is_not_a_budget_but_a_ceiling_is():
    assert "budget" not in _out("purchases over 4k I have to check with finance")
    assert _out("my boss says we can go up to 18k")["budget"]["max"] == 18000


def test_for_the_quarter_is_a_quarterly_budget():
    assert _out("we have around 9k to spend for the quarter")["budget"]["period"] == "quarter"


def test_a_bare_figure_now_is_a_head_count_when_the_sentence_is_about_people():
    assert _out("hiring two more engineers, currently 18")["company_size"] == {"min": 18, "max": 18}
    assert "company_size" not in _out("shipping 40 orders a day, currently 18 pending")


def test_from_one_count_to_another_over_time_is_a_change():
    assert _out("from 6 to 20 over the last two years", field="company_size")["company_size"] == {"min": 20, "max": 20}
    assert _out("between 6 and 20", field="company_size")["company_size"] == {"min": 6, "max": 20}


def test_a_time_right_after_what_happened_is_not_the_aim_of_the_sentence():
    timing = _out("we missed our targets this quarter so we need a fix by April")["timing"]
    assert timing["target_date"].startswith("2027-0")  # by April, not the end of this quarter
    assert _out("we want to get started next month")["timing"]["target_date"].startswith("2026-12")


def test_growth_and_an_average_deal_are_not_a_deadline_or_a_budget():
    assert "timing" not in _out("aiming for 30% growth next year")
    assert "budget" not in _out("a typical contract is 20k and we sign about 5 a quarter")


def test_a_head_count_changed_from_a_team_of_some_to_more_is_the_new_one():
    assert _out("we grew from a team of 6 to 19 in a year")["company_size"] == {"min": 19, "max": 19}


def test_a_bare_time_with_hedges_is_a_deadline_and_a_wish_for_a_time_too():
    assert 39 <= _out("second quarter of next year maybe")["timing"]["horizon_days"] <= 400
    assert 98 <= _out("no set date, but spring would be great")["timing"]["horizon_days"] <= 189


def test_a_later_time_that_corrects_the_first_wins_and_one_after_by_beats_one_said_in_passing():
    timing = _out("we'd planned on January but February looks more likely", field="timing")["timing"]
    assert timing["target_date"].startswith("2027-02")
    assert _out("our new VP joined in October and wants a plan by March")["timing"]["target_date"].startswith("2027-03")


def test_a_figure_asked_back_in_an_answer_is_still_the_answer():
    assert _out("is 9 people too few?", field="company_size")["company_size"] == {"min": 9, "max": 9}
    assert "company_size" not in _out("is 9 people too few for you guys?")


def test_a_question_about_our_terms_after_a_greeting_is_asked():
    assert "budget" not in _out("hello! is your setup fee 2k?")
    assert "budget" not in _out("Hey, what's your minimum retainer, 3k?")


def test_money_said_to_be_spent_already_is_not_the_budget_left():
    assert _out("we set aside 40k this year, 10k of that already went on a website")["budget"]["min"] == 40000


def test_a_hedged_time_next_to_another_figure_is_not_a_deadline():
    assert "timing" not in _out("we're 20 now, maybe 35 next year")


def test_an_urgent_or_if_possible_time_is_a_deadline():
    assert 13 <= _out("within 2 weeks if possible")["timing"]["horizon_days"] <= 14


def test_the_heads_of_the_companies_served_are_not_the_visitors():
    assert "company_size" not in _out("we sell to firms with 100-500 employees")


def test_a_wish_to_grow_the_team_keeps_the_current_head_count():
    assert _out("we plan to grow the team from 12 to 20 by spring")["company_size"] == {"min": 12, "max": 12}


def test_spend_said_with_a_past_time_after_it_is_not_a_budget_unless_restated():
    assert "budget" not in _out("our Meta spend was 9k last quarter")
    assert _out("we budgeted 20k last year and want the same again this year")["budget"]["min"] == 20000


def test_north_of_a_figure_needing_approval_is_a_threshold():
    assert "budget" not in _out("anything north of 7k needs sign-off from the owners")


def test_a_clause_with_no_subject_belongs_to_the_one_before():
    assert "budget" not in _out("a rival agency ran a big push last spring, maybe 400k+")
    assert _out("competitors outspend us massively, we've got about 20k")["budget"]["min"] == 20000


def test_a_meeting_time_is_not_a_deadline_but_an_event_deadline_is():
    assert "timing" not in _out("could we book a quick call next Monday?")
    assert _out("the deadline is the product demo on March 3")["timing"]["target_date"] == "2027-03-03"


def test_a_bare_correction_takes_the_scale_of_the_amount_it_corrects():
    assert _out("we'd planned 60k but now it's closer to 45")["budget"]["min"] == 45000
    assert _out("it was 3M, now 3.4M", field="revenue")["revenue"]["min"] == 3_400_000
    assert _out("about 12k, maybe 15 if the plan is strong", field="budget")["budget"]["min"] == 12000


def test_a_department_is_not_the_company_and_a_company_of_some_is_not_money():
    out = _out("sales team of 4 inside a firm of roughly 90")
    assert out["company_size"] == {"min": 90, "max": 90} and "budget" not in out


def test_a_past_head_count_gives_way_to_the_one_said_now():
    assert _out("we were at 200 two years ago, now 150")["company_size"] == {"min": 150, "max": 150}


def test_bare_figures_after_a_question_ask_too():
    assert "budget" not in _out("how much for a new logo? 2k? 5k?")


def test_a_time_a_figure_should_be_reached_by_is_a_projection_not_a_deadline():
    out = _out("we're hiring fast, 22 today, maybe 40 by next autumn")
    assert out["company_size"] == {"min": 22, "max": 22} and "timing" not in out


def test_an_approval_limit_up_to_some_figure_is_a_threshold():
    assert "budget" not in _out("I can sign off up to 8k without the board")


def test_a_tiny_price_is_not_a_marketing_budget_unless_called_one():
    assert "budget" not in _out("our app costs users $12 a month")
    assert _out("our budget is only $80 a month")["budget"]["min"] == 80


def test_first_thing_is_the_start_of_the_period():
    assert _out("we want to launch first thing next year")["timing"]["target_date"] <= "2027-01-08"


def test_a_time_of_day_is_a_call_and_weeks_until_an_event_is_a_deadline():
    assert "timing" not in _out("a call at 3pm on Thursday suits me")
    assert 27 <= _out("we have 4 weeks until our conference")["timing"]["horizon_days"] <= 29


def test_a_change_in_heads_is_not_a_head_count():
    assert "company_size" not in _out("we added 8 people this quarter")
    assert "company_size" not in _out("hiring 5 more engineers soon")


def test_money_thrown_at_something_before_is_not_a_budget():
    assert "budget" not in _out("we sank 35k into a podcast that nobody heard")


def test_a_figure_after_a_short_lead_in_following_a_question_asks_too():
    assert "budget" not in _out("What do projects like this usually run? Ballpark 10k?")


def test_a_meeting_is_a_deadline_when_the_work_is_due_before_it():
    assert _out("it must be ready before the sales meeting on March 2")["timing"]["target_date"] in ("2027-03-01", "2027-03-02")
    assert "timing" not in _out("could we have a meeting on Thursday?")


def test_not_more_than_is_a_ceiling():
    budget = _out("we can't go above 9k per month")["budget"]
    assert budget["min"] is None and budget["max"] == 9000


def test_a_metric_reached_by_a_time_is_a_goal_and_a_considered_quarter_is_a_deadline():
    assert "timing" not in _out("we want 5k subscribers by spring")
    assert 129 <= _out("considering Q2, could slip")["timing"]["horizon_days"] <= 219


def test_growing_revenue_by_an_amount_is_a_goal():
    out = _out("the aim is to increase sales by 500k next year")
    assert "revenue" not in out and "budget" not in out and "timing" not in out


def test_a_team_of_some_doing_something_is_a_head_count():
    assert _out("a team of 7 runs all our campaigns")["company_size"] == {"min": 7, "max": 7}


def test_spend_that_was_running_or_dropped_on_something_before_is_not_a_budget():
    assert "budget" not in _out("we were spending 6k a month on SEO until we paused it")
    assert "budget" not in _out("we dropped 9k on a video last winter")


def test_realistic_or_if_you_can_times_are_deadlines_and_a_target_launch_too():
    assert _out("spring is more realistic for us")["timing"]["target_date"].startswith("2027-0")
    assert 20 <= _out("in 3 weeks if you can")["timing"]["horizon_days"] <= 22
    assert _out("target launch: end of January")["timing"]["target_date"] == "2027-01-31"


def test_a_dozen_of_us_is_twelve_and_nothing_over_is_a_ceiling():
    assert _out("about a dozen of us")["company_size"] == {"min": 12, "max": 12}
    assert _out("our CFO says nothing over 4k a month")["budget"]["max"] == 4000


def test_turned_over_is_revenue():
    out = _out("we turned over 1.8m last year")
    assert out["revenue"]["min"] == 1_800_000 and "budget" not in out


def test_a_head_count_that_fell_to_a_figure_or_said_of_the_company_is_the_count():
    assert _out("our staff has shrunk to 33 since the spring")["company_size"] == {"min": 33, "max": 33}
    assert _out("design team of 5, the company is about 250")["company_size"] == {"min": 250, "max": 250}
    assert _out("I was at a 900-person bank before, now at a studio of 8")["company_size"] == {"min": 8, "max": 8}


def test_what_each_unit_brings_in_or_a_licence_costs_is_neither_revenue_nor_budget():
    out = _out("every subscriber brings in about $40 a month")
    assert "revenue" not in out and "budget" not in out
    assert "budget" not in _out("we use Salesforce, about 3k a month in licences")


def test_a_minimum_and_a_maximum_said_apart_make_one_range():
    budget = _out("min budget 10k, max 18k")["budget"]
    assert (budget["min"], budget["max"]) == (10000, 18000)


def test_earliest_states_when_and_a_lately_approved_budget_is_the_budget():
    assert 39 <= _out("no hurry, Q1 at the earliest")["timing"]["horizon_days"] <= 128
    assert _out("finance approved 45k last month")["budget"]["min"] == 45000


def test_shorthand_questions_about_our_prices_are_asked():
    assert "budget" not in _out("whats ur minimum? 2k?")
    assert _out("idk. what do others pay? 4k?", field="budget").get("budget", {}).get("min") is None


def test_a_quarter_of_a_million_is_250k_not_a_quarterly_figure():
    assert _out("a quarter of a million", field="revenue")["revenue"]["min"] == 250_000
    assert _out("three quarters of a million a year", field="revenue")["revenue"]["min"] == 750_000


def test_money_forked_over_before_or_quoted_by_others_is_not_a_budget():
    assert "budget" not in _out("we forked over 7k for an audit last year")
    assert "budget" not in _out("we were quoted between 8k and 30k by three agencies")
    assert _out("the budget was raised from 10k to 14k")["budget"]["min"] == 14000


def test_heads_said_now_without_a_head_word_beat_a_past_employer():
    assert _out("I managed a 300-person team before; now it's me and 2 others")["company_size"] == {"min": 3, "max": 3}


def test_what_agencies_charge_and_day_rates_are_not_a_budget():
    assert "budget" not in _out("a friend said agencies usually charge 5-10k for this")
    assert "budget" not in _out("our old consultant billed 800 a day")


def test_a_season_naming_an_event_gives_way_to_the_date_said():
    timing = _out("it has to be live before our summer campaign on June 10")["timing"]
    assert timing["target_date"] in ("2027-06-09", "2027-06-10")


def test_a_lowercase_word_after_an_everyday_place_name_is_no_state_code():
    assert "location" not in _out("we need it before the sale on Friday")


def test_a_time_once_hoped_for_gives_way_to_the_later_one():
    assert _out("we had hoped for January, realistically February", field="timing")["timing"]["target_date"].startswith("2027-02")


def test_letting_people_go_is_neither_a_head_count_nor_a_deadline():
    out = _out("we let go of 9 people this quarter")
    assert "company_size" not in out and "timing" not in out
    assert _out("we're currently 48, after some departures")["company_size"] == {"min": 48, "max": 48}


def test_a_question_after_a_short_lead_in_asks_and_dumped_money_is_past():
    assert "budget" not in _out("just wondering, is 2k a month your smallest plan?")
    assert "budget" not in _out("we dumped 20k into billboards last year")


def test_a_peak_is_past_and_a_count_kept_for_a_while_is_the_count():
    assert _out("we peaked at 150 people, we're 110 these days")["company_size"] == {"min": 110, "max": 110}
    assert _out("the team's been 16 for ages")["company_size"] == {"min": 16, "max": 16}


def test_what_it_was_gives_way_to_what_it_is():
    assert _out("it was 30k, it's 22k now", field="budget")["budget"]["min"] == 22000


def test_money_flushed_with_an_old_agency_or_quoted_by_agencies_is_not_a_budget():
    assert "budget" not in _out("we poured 12k down the drain with our previous agency")
    assert "budget" not in _out("the freelancers we asked quoted 2-4k")


def test_a_lead_in_with_a_dash_before_a_question_asks_and_is_no_timeline():
    out = _out("just wondering - is 800 a month too little?")
    assert "budget" not in out and "timing" not in out


def test_broke_a_figure_is_revenue_not_no_budget_and_generated_is_revenue():
    out = _out("we broke 3M in sales this year")
    assert out["revenue"]["min"] == 3_000_000 and "budget" not in out
    assert _out("we generated around 1.1M last year")["revenue"]["min"] == 1_100_000
    assert _out("we're broke, no budget at all")["budget"]["status"] == "none"


def test_kick_things_off_and_a_dozen_or_so_of_us():
    assert 91 <= _out("hoping to kick things off in spring")["timing"]["horizon_days"] <= 182 + 92
    assert _out("a dozen or so of us")["company_size"]["min"] == 12


def test_a_touch_under_keeps_the_figure():
    assert _out("a touch under 2M", field="revenue")["revenue"]["min"] == 2_000_000
