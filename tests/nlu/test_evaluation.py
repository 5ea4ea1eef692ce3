from nlu.evaluation import check, passes, score

OUTPUT = {
    "budget": {"min": 20000, "max": None, "currency": "EUR"},
    "tech_stack": ["salesforce", "marketo"],
    "industry": "fintech",
}


def test_exact_values_and_numbers():
    assert check(OUTPUT, "budget.min", 20000)
    assert check(OUTPUT, "budget.min", 20000.0)
    assert not check(OUTPUT, "budget.min", 20001)
    assert check(OUTPUT, "budget.currency", "EUR")
    assert not check(OUTPUT, "budget.currency", "USD")


def test_null_means_absent_or_null():
    assert check(OUTPUT, "budget.max", None)
    assert check(OUTPUT, "timing.horizon_days", None)
    assert not check(OUTPUT, "budget.min", None)


def test_two_numbers_are_an_inclusive_range():
    assert check(OUTPUT, "budget.min", [20000, 30000])
    assert check(OUTPUT, "budget.min", [10000, 20000])
    assert not check(OUTPUT, "budget.min", [20001, 30000])
    assert not check(OUTPUT, "budget.max", [0, 10])


def test_list_of_strings_is_accepted_values():
    assert check(OUTPUT, "industry", ["software", "fintech"])
    assert not check(OUTPUT, "industry", ["software", "energy"])


def test_has_needs_every_item():
    assert check(OUTPUT, "tech_stack:has", ["marketo"])
    assert check(OUTPUT, "tech_stack:has", ["salesforce", "marketo"])
    assert not check(OUTPUT, "tech_stack:has", ["salesforce", "hubspot"])
    assert not check(OUTPUT, "need.categories:has", ["seo"])


def test_missing_path_fails_a_value():
    assert not check({}, "budget.min", 1)
    assert not check({"budget": None}, "budget.min", 1)


def test_an_answer_passes_only_when_every_expectation_holds():
    assert passes(OUTPUT, {"budget.min": 20000, "industry": "fintech"})
    assert not passes(OUTPUT, {"budget.min": 20000, "industry": "software"})


def test_score_counts_per_field():
    examples = [
        {"field": "budget", "text": "a", "expect": {"budget.min": 20000}},
        {"field": "budget", "text": "b", "expect": {"budget.min": 1}},
        {"field": None, "text": "c", "expect": {"industry": "fintech"}},
    ]
    result = score(examples, lambda example: OUTPUT)
    assert result.total == 3 and result.right == 2
    assert result.field_accuracy() == {"budget": 0.5, "free_text": 1.0}
    assert [f[0]["text"] for f in result.failures] == ["b"]


def test_a_value_where_the_text_states_none_counts_as_invented():
    examples = [
        {"field": None, "text": "a", "expect": {"budget": None, "timing": None}},
        {"field": None, "text": "b", "expect": {"revenue": None, "industry": "fintech"}},
        {"field": "budget", "text": "c", "expect": {"budget.min": 1}},
    ]
    result = score(examples, lambda example: OUTPUT)
    assert result.no_value == 3
    assert [(e["text"], path) for e, path, _ in result.invented] == [("a", "budget")]
    assert result.invented[0][2] == OUTPUT["budget"]
    assert result.free_text == (1, 2)
