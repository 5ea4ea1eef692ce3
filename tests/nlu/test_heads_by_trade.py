"""People a business employs by trade count as its heads in each of the seven languages ("70 chauffeurs")."""

import pytest

from nlu import extract


@pytest.mark.parametrize("text, heads", [
    ("on est une PME de transport près de Rennes, 70 chauffeurs", 70),
    ("wir sind ein Pflegedienst mit 40 Pflegekräfte", 40),
    ("siamo una piccola impresa, 18 tecnici", 18),
    ("installatiebedrijf, 15 monteurs", 15),
])
def test_a_count_of_people_by_trade_is_the_company_size(text, heads):
    assert extract(text, now="2026-12-03").company_size.min == heads


@pytest.mark.parametrize("text, heads", [
    ("team of 25 in Madrid and 15 in Sevilla", 40),
    ("we have 20 people in Berlin, 12 in Munich and 5 remote", 37),
])
def test_heads_said_place_by_place_add_up(text, heads):
    assert extract(text, now="2026-12-03").company_size.min == heads


def test_heads_said_for_the_company_and_a_department_do_not_add_up():
    assert extract("around 60 in the company, 4 in marketing", field="company_size", now="2026-12-03").company_size.min == 60


@pytest.mark.parametrize("text, heads", [
    ("we have 3 engineers and a designer, plus me", 5),
    ("team of 4 developers, 2 designers and a project manager", 7),
    ("we have two founders and four employees", 6),
])
def test_a_team_listed_role_by_role_adds_up(text, heads):
    assert extract(text, now="2026-12-03").company_size.min == heads


def test_contractors_listed_are_no_staff():
    assert extract("we have 2 contractors and a freelancer", now="2026-12-03").company_size is None


@pytest.mark.parametrize("text, heads", [
    ("somos una empresa de instalaciones con 25 técnicos", 25),
    ("we're an installation company with 25 technicians", 25),
    ("wir sind ein Handwerksbetrieb mit 12 Technikern und Monteuren", 12),
    ("une société de conseil avec 14 consultants", 14),
    ("uma empresa de software com 9 desenvolvedores", 9),
])
def test_a_firm_with_people_of_its_trade_counts_them_as_its_heads(text, heads):
    assert extract(text, now="2026-12-03").company_size.min == heads


@pytest.mark.parametrize("text", [
    "we need 2 designers and a developer",
    "we're looking for 3 developers and a copywriter",
    "we want 4 sales reps by spring",
    "buscamos 3 desarrolladores",
])
def test_people_the_visitor_wants_to_hire_are_no_head_count(text):
    assert extract(text, now="2026-12-03").company_size is None


def test_a_clients_staff_by_trade_is_not_the_visitors_head_count():
    assert extract("our customers are law firms with 20 lawyers", now="2026-12-03").company_size is None


@pytest.mark.parametrize("text, heads", [
    ("we'd love help with PPC for our accountancy practice in Leeds (around 30 accountants)", 30),
    ("SEO for our clinic (12 nurses and doctors)", 12),
])
def test_heads_by_trade_in_brackets_after_the_firm_are_its_heads(text, heads):
    assert extract(text, now="2026-12-03").company_size.min == heads


@pytest.mark.parametrize("text", [
    "our support team (8 agents) is drowning in tickets",
    "the sales department: 5 reps, and they need better leads",
])
def test_a_departments_count_in_brackets_or_after_a_colon_is_not_the_company_size(text):
    assert extract(text, now="2026-12-03").company_size is None


@pytest.mark.parametrize("text, heads", [
    ("we're 120 staff. sorry, 135 now after the merger", 135),
    ("about 50 employees. no, 55", 55),
    ("we grew from 8 people to almost 30 in two years", 30),
    ("we serve about 3,000 clients and twenty-odd employees", 20),
])
def test_the_head_count_now_after_a_correction_or_a_change(text, heads):
    assert extract(text, now="2026-12-03").company_size.min == heads


@pytest.mark.parametrize("text, heads", [
    ("we have 12 sales reps and about 90 employees overall", 90),
    ("30 engineers, 140 people in total", 140),
])
def test_the_whole_companys_count_beats_a_trades_count(text, heads):
    assert extract(text, now="2026-12-03").company_size.min == heads


def test_full_time_and_part_time_heads_said_in_parts_add_up():
    assert extract("we're 8 full-time plus 4 part-timers", now="2026-12-03").company_size.min == 12


@pytest.mark.parametrize("text, heads", [
    ("a dental practice: 6 dentists, 8 hygienists plus 3 front desk staff", 17),
    ("around 30 electricians and 4 office staff", 34),
    ("12 consultants, 2 admins and 3 of us running it", 17),
])
def test_staff_listed_trade_by_trade_add_up(text, heads):
    assert extract(text, now="2026-12-03").company_size.min == heads


def test_a_trade_with_a_word_before_it_is_still_staff():
    assert extract("a haulage firm with 45 truck drivers", now="2026-12-03").company_size.min == 45


@pytest.mark.parametrize("text, heads", [
    ("somos um escritório pequeno, 11 advogados", 11),
    ("despacho en Valencia con 14 abogados", 14),
    ("studio legale, siamo 7 avvocati", 7),
])
def test_lawyers_counted_in_their_own_language_are_the_company_size(text, heads):
    assert extract(text, now="2026-12-03").company_size.min == heads
