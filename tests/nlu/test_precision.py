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
    # and in the other languages (issue 15)
    "was kostet bei euch ein Relaunch? so 12.000 €?",
    "combien coûte une campagne chez vous ? genre 2 000 € ?",
    "cuánto cobran por el SEO? 800 euros?",
    "hoeveel kost een campagne? 3.000 euro?",
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


@pytest.mark.parametrize("text", [
    "we sank 18k into an agency in 2024, nothing to show for it",
    "our old agency took 6k a month off us",
    "we hired an agency for 25k last spring",
    "letztes Jahr 40.000 € für eine Agentur ausgegeben",
    "l'an dernier on a payé 12 000 € à une agence",
])
def test_money_paid_to_an_agency_is_neither_budget_nor_revenue_nor_the_visitors_industry(text):
    out = _out(text)
    assert "budget" not in out and "revenue" not in out and "industry" not in out, out


@pytest.mark.parametrize("text, label", [
    ("we're a digital agency with 20 people", "marketing_advertising"),
    ("I run a small creative agency", "marketing_advertising"),
    ("we are a marketing agency, we spend 5k a month on ads", "marketing_advertising"),
])
def test_an_agency_the_visitor_runs_is_still_their_industry(text, label):
    assert _out(text).get("industry") == label


@pytest.mark.parametrize("text", [
    "we pay salesforce about 1.2k a month and hate it",
    "our shopify plan costs $300/month",
    "mailchimp charges us 250 a month",
])
def test_what_a_product_costs_them_is_not_their_budget(text):
    assert "budget" not in _out(text)


def test_a_budget_said_next_to_a_product_they_use_is_still_a_budget():
    assert _out("we use hubspot and can spend 3k a month")["budget"]["min"] == 3000


@pytest.mark.parametrize("text", [
    "we have a quote for 40k from a competitor of yours",
    "their estimate came in 15k over what we expected",
])
def test_a_price_someone_quoted_is_not_their_budget(text):
    assert "budget" not in _out(text)


def test_asking_for_a_quote_does_not_hide_the_facts_after_it():
    out = _out("my manager wants a quote for a website refresh, we're a 45-person accountancy")
    assert out["company_size"] == {"min": 45, "max": 45}


@pytest.mark.parametrize("text, value", [
    ("we spent 40k last year, this year we're thinking half that", 20000),
    ("last year we put 15k into ads and want to double it", 30000),
    ("letztes Jahr 30.000 €, dieses Jahr wollen wir das Doppelte", 60000),
    ("l'an dernier 10 000 €, cette année la moitié", 5000),
    ("our 2024 spend was 36k, next year we want double", 72000),
    ("2024 haben wir 9.000 € investiert, 2025 etwa die Hälfte", 4500),
    ("maybe half of what we spent in 2025 (60k)", 30000),
])
def test_a_share_of_last_years_spend_is_this_years_budget_marked_inferred(text, value):
    budget = _out(text)["budget"]
    assert (budget["min"], budget["max"], budget["inferred"]) == (value, value, True)


@pytest.mark.parametrize("text", [
    "we spent 40k last year and got half the leads we hoped for",
    "about double what we pay our freelancer now",
    "last year 20k went on events, half of that on one trade show",
])
def test_a_share_with_no_base_or_about_something_else_is_no_budget(text):
    assert "budget" not in _out(text)


@pytest.mark.parametrize("text, lang", [
    ("sopra i 5.000 € deve firmare il titolare", "it"),
    ("por encima de 8.000 € lo aprueba el director", "es"),
    ("acima de R$ 20 mil o diretor assina", "pt"),
    ("boven de 10.000 euro tekent de directie", "nl"),
    ("à partir de 8 000 €, c'est la direction qui valide", "fr"),
])
def test_an_approval_threshold_is_not_a_budget_in_other_languages(text, lang):
    assert "budget" not in extract(text, now=NOW, lang=lang).to_dict()


def test_a_share_said_before_the_past_amount_answers_the_budget_question():
    budget = _out("double last year's 25k", "budget")["budget"]
    assert (budget["min"], budget["inferred"]) == (50000, True)


def test_a_share_of_a_past_amount_that_says_where_it_went_is_no_budget():
    assert "budget" not in _out("half of last year's 40k went on one trade show")


@pytest.mark.parametrize("text", [
    "die Konkurrenz gibt rund 30.000 € im Jahr aus", "nos concurrents dépensent 20 000 € par mois",
    "la competencia invierte unos 40 mil al año", "i concorrenti spendono 15.000 euro al mese",
])
def test_a_competitors_spend_in_another_language_is_not_a_budget(text):
    assert "budget" not in _out(text)


@pytest.mark.parametrize("text, lang", [
    ("we used to put 6k a month into an agency, we'd spend the same with you", "en"),
    ("l'an passé 6 000 € par mois, on peut faire la même chose", "fr"),
    ("el año pasado 6.000 € al mes y este año lo mismo", "es"),
])
def test_spend_from_before_that_the_visitor_will_repeat_is_the_budget(text, lang):
    budget = extract(text, now=NOW, lang=lang).to_dict()["budget"]
    assert (budget["min"], budget["period"]) == (6000, "month")


@pytest.mark.parametrize("text", [
    "the best quote we've had was 14k",
    "one proposal came in at £6,000",
    "I've seen 4k a month on a competitor's site",
    "we saw 25k online for the same package, is that normal?",
])
def test_a_quote_received_or_a_price_seen_elsewhere_is_not_a_budget(text):
    assert "budget" not in _out(text)


@pytest.mark.parametrize("text", [
    "our spend on software is around 30k a year",
    "we put 8k a quarter into events, that's separate from this",
])
def test_money_said_to_be_for_something_else_is_not_a_budget(text):
    assert "budget" not in _out(text)


@pytest.mark.parametrize(("text", "amount"), [
    ("maybe 30k, wait, make it 25k", 25000),
    ("we could do 50k, 40k realistically", 40000),
    ("the overall marketing budget is 300k, for this project about 45k", 45000),
])
def test_an_amount_corrected_in_the_same_message_is_the_later_one(text, amount):
    budget = _out(text)["budget"]
    assert (budget["min"], budget["max"]) == (amount, amount)


def test_a_share_for_something_else_after_an_amount_keeps_the_amount():
    budget = _out("we have 40k for this, maybe 60k if it works")["budget"]
    assert budget["min"] == 40000


@pytest.mark.parametrize("text", [
    "our support team of 9 is swamped",
    "the marketing team is 5 people and overworked",
])
def test_a_departments_head_count_is_not_the_company_size(text):
    assert "company_size" not in _out(text)


def test_a_team_that_grew_from_one_count_to_another_is_the_later_count():
    out = _out("headcount went from 30 to 52 this year")
    assert out["company_size"] == {"min": 52, "max": 52}
    assert "timing" not in out


def test_a_visitor_who_asks_themself_about_the_budget_and_does_not_know_is_unknown():
    assert _out("budget? no clue yet tbh")["budget"]["status"] == "unknown"


@pytest.mark.parametrize("field", [None, "authority"])
@pytest.mark.parametrize("text", [
    "the CFO approves anything above 20k",
    "our managing director signs off on every contract",
])
def test_a_title_followed_by_its_own_verb_of_deciding_is_someone_else(text, field):
    authority = _out(text, field)["authority"]
    assert authority["title"] is None and authority["role"] == "influencer"
    assert "budget" not in _out(text, field)


def test_a_visitor_who_introduces_themself_and_decides_keeps_their_title():
    authority = _out("I'm the CFO and I approve all spend", "authority")["authority"]
    assert (authority["title"], authority["role"]) == ("CFO", "decision_maker")


def test_an_amount_changed_to_lately_is_the_budget_now():
    assert _out("the budget was 80k, it got trimmed to 55k last month")["budget"]["min"] == 55000


def test_a_correction_of_the_amount_keeps_the_period_said_before():
    budget = _out("about 4-6k a month, sorry, 4-5k")["budget"]
    assert (budget["min"], budget["max"], budget["period"]) == (4000, 5000, "month")


def test_the_one_who_will_sign_decides():
    assert _out("I'm the person who will sign off on this")["authority"]["role"] == "decision_maker"


def test_a_year_the_visitor_is_looking_at_is_a_deadline_inside_it():
    assert _out("we're looking at 2027 for the relaunch")["timing"]["target_date"].startswith("2027")


def test_a_rough_head_count_is_no_company_name():
    out = _out("we're 25ish people")
    assert "company" not in out and out["company_size"]["min"] == 25


def test_a_company_named_with_a_figure_is_no_budget():
    out = _out("I work for 3M in Minnesota")
    assert "budget" not in out and out["company"] == "3M"


@pytest.mark.parametrize("text", ["we'll trim that to 45k this year", "we can do 3k a month at most"])
def test_the_period_of_an_amount_is_no_deadline(text):
    assert "timing" not in _out(text)


def test_contractors_counted_beside_the_staff_are_no_industry():
    assert "industry" not in _out("2 founders and 5 contractors")


def test_by_a_season_is_ready_when_it_starts():
    assert _out("we want the new site live by summer", "timing")["timing"]["target_date"] == "2027-06-01"


@pytest.mark.parametrize("text", ["we pay 4k a month to our current agency", "there's a 2k/month retainer with another agency"])
def test_what_goes_to_another_agency_now_is_not_a_budget(text):
    assert "budget" not in _out(text)


def test_a_bare_number_that_corrects_an_amount_takes_its_scale():
    assert _out("40k, actually 35", "budget")["budget"]["min"] == 35000


def test_someone_who_wants_an_agency_does_not_make_the_visitor_one():
    assert "industry" not in _out("our MD wants a new agency by spring")


def test_what_another_agency_wanted_is_not_a_budget():
    assert "budget" not in _out("the last freelancer wanted 6k a month")


def test_a_uk_postcode_named_as_one_is_in_the_uk():
    assert _out("post code: LS1 4AP")["location"]["country"] == "GB"


@pytest.mark.parametrize("text", [
    "cost per lead should be under 60, right now we're paying about 140 on google",
    "our CPA target is $40 and currently it's about $95",
])
def test_the_present_value_of_a_rate_named_earlier_in_the_sentence_is_no_budget(text):
    assert _out(text).get("budget") is None


@pytest.mark.parametrize("text", [
    "we're paying our current agency 4k a month for PPC and want to switch",
    "paying the freelancer about £900/month for content, looking for something better",
])
def test_what_a_provider_is_paid_now_said_in_passing_is_no_budget(text):
    assert _out(text).get("budget") is None


def test_what_a_provider_is_paid_at_the_budget_question_is_the_budget():
    assert _out("we pay our current agency 6k a month", field="budget")["budget"]["min"] == 6000


@pytest.mark.parametrize("text, amount", [
    ("a rival spends 100k a quarter on paid social, we can't get near that, maybe 15k", 15000),
    ("their agency charges 9k, we'd rather keep it to 5k", 5000),
])
def test_the_visitors_own_amount_after_a_competitors_is_the_budget(text, amount):
    assert _out(text)["budget"]["min"] == amount


@pytest.mark.parametrize("text, amount", [
    ("requested 70k, finance approved 55k", 55000),
    ("we asked for 30k and the board signed off 20k", 20000),
    ("originally 30k but the CFO signed off 25k", 25000),
])
def test_an_amount_approved_after_one_asked_for_is_the_budget(text, amount):
    assert _out(text)["budget"]["min"] == amount


def test_an_amount_asked_for_in_the_past_alone_is_no_budget():
    assert _out("we asked for 60k last year").get("budget") is None


@pytest.mark.parametrize("text, period", [
    ("budget is 20k. sorry, 2k. a month.", "month"),
    ("around 40k. per year.", "year"),
])
def test_a_period_said_as_a_sentence_of_its_own_after_the_amount_is_its_period(text, period):
    assert _out(text)["budget"]["period"] == period


def test_spend_with_a_period_after_a_rate_is_still_the_budget():
    assert _out("CPL is awful, we currently spend 10k a month on ads")["budget"]["min"] == 10000


@pytest.mark.parametrize("text", [
    "about thirty of us now, hopefully forty by spring",
    "we'd like to be 60 people by the end of next year",
    "currently at 2k subscribers, aiming for five thousand by March",
])
def test_a_time_a_head_count_or_figure_should_be_reached_by_is_no_deadline(text):
    assert _out(text).get("timing") is None


@pytest.mark.parametrize("text", [
    "we're on pipedrive, considering switching to salesforce next spring",
    "mailchimp for now, toying with moving to klaviyo in Q2",
])
def test_a_switch_of_tools_merely_considered_gives_no_deadline(text):
    assert _out(text).get("timing") is None


def test_a_goal_head_count_is_not_the_head_count():
    assert _out("we're 20 people and want to be 50 by 2028")["company_size"]["min"] == 20


@pytest.mark.parametrize("text", [
    "thinking of hiring 2 marketers next year, right now a team of 9",
    "we're recruiting three more developers in March",
])
def test_when_staff_are_hired_is_no_deadline(text):
    assert _out(text).get("timing") is None


def test_hiring_an_agency_by_a_date_is_a_deadline():
    assert _out("we need to hire an agency by March")["timing"]["status"] == "stated"


@pytest.mark.parametrize("text, amount", [
    ("our previous agency cost us 7k a month, happy to spend about the same", 7000),
    ("the old freelancer charged 2k a month and we'd keep it similar", 2000),
])
def test_someone_elses_past_figure_restated_as_the_plan_is_the_budget(text, amount):
    assert _out(text)["budget"]["min"] == amount


@pytest.mark.parametrize("text", [
    "we're a 150-bed care home looking at local SEO",
    "we run a 40-room boutique hotel and want more direct bookings",
])
def test_a_count_joined_to_its_noun_is_no_budget(text):
    assert _out(text).get("budget") is None


@pytest.mark.parametrize("text, low, high", [
    ("our agency wants 10k/month which is way too much, we were thinking 4-5k", 4000, 5000),
    ("the consultant is asking 12k, we had 7k in mind", 7000, 7000),
])
def test_what_a_provider_asks_is_not_the_visitors_budget(text, low, high):
    budget = _out(text)["budget"]
    assert (budget["min"], budget["max"]) == (low, high)


@pytest.mark.parametrize("text, day", [
    ("our peak is summer, so before that", "2027-05-31"),
    ("the trade fair is in March, need it ready before then", "2027-02-28"),
])
def test_a_time_followed_by_before_that_is_the_day_before_it(text, day):
    assert extract(text, field="timing", now=dt.date(2026, 12, 14)).timing.target_date == day


@pytest.mark.parametrize("text, amount", [
    ("we have 30k for the year but 10k is already committed to events", 30000),
    ("budget is 40k, 15k already allocated to trade shows", 40000),
])
def test_an_amount_spoken_for_by_something_else_is_not_the_budget(text, amount):
    assert _out(text)["budget"]["min"] == amount


@pytest.mark.parametrize("text, amount", [
    ("we have 50k, 20k of it earmarked for this project", 20000),
    ("our marketing budget is 200k a year and 30k of that could go to this", 30000),
])
def test_the_share_of_a_larger_amount_set_for_this_is_the_budget(text, amount):
    assert _out(text)["budget"]["min"] == amount


def test_a_team_size_answered_to_its_own_question_in_one_message_is_the_head_count():
    assert _out("Budget? maybe 5k. Team? 12. When? ASAP.")["company_size"]["min"] == 12


def test_when_more_staff_join_is_no_deadline():
    assert _out("we're 25 now and hiring 10 more by Q3").get("timing") is None


def test_a_bare_number_correcting_an_amount_after_an_ellipsis_takes_its_scale():
    assert _out("budget 5k/mo... actually make that 6")["budget"]["min"] == 6000


@pytest.mark.parametrize("text, amount", [
    ("HubSpot quoted us 18k for onboarding, way over what we have (8k)", 8000),
    ("the other agency quoted 20k, we only have about 9k", 9000),
])
def test_the_visitors_own_amount_after_a_quote_is_the_budget(text, amount):
    assert _out(text)["budget"]["min"] == amount


def test_a_quote_alone_is_still_no_budget():
    assert _out("we got quoted 12k by another agency, is that normal?").get("budget") is None


@pytest.mark.parametrize("text, heads", [
    ("oops, we're 45 not 450 staff", 45),
    ("it's 12 people, not 120 - sorry", 12),
])
def test_a_head_count_said_before_not_and_a_slip_is_the_count(text, heads):
    assert extract(text, now=NOW).company_size.min == heads


@pytest.mark.parametrize("text, ceiling, period", [
    ("would 4k a month work? that's our limit", 4000, "month"),
    ("could you manage 20k for the year? that's the ceiling for us", 20000, "year"),
])
def test_a_figure_offered_as_a_question_then_called_the_limit_is_the_budget(text, ceiling, period):
    budget = extract(text, now=NOW).budget
    assert (budget.max, budget.period) == (ceiling, period)


def test_a_target_for_what_to_spend_is_the_budget():
    budget = extract("we'd like to spend a bit less this time, budget target around 40-50k", now=NOW).budget
    assert (budget.min, budget.max) == (40000, 50000)


def test_a_revenue_target_beside_spend_is_still_no_budget():
    assert extract("we're aiming for 2M revenue next year", now=NOW).budget is None
