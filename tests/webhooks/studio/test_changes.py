"""What a publish would change, in words (``webhooks.studio.changes``): owners by the names people know them by."""

from __future__ import annotations

import copy

from qualification.playbook_file import DEFAULT_PLAYBOOK, read_yaml
from webhooks.studio.changes import changes


def playbook() -> dict:
    return read_yaml(DEFAULT_PLAYBOOK.read_text(encoding="utf-8"))


def test_owners_are_said_by_name_in_routes_and_calendars_never_by_slack_id():
    old = playbook()
    new = copy.deepcopy(old)
    names = {key: owner["name"] for key, owner in old["routing"]["owners"].items()}
    emea = next(i for i, route in enumerate(new["routing"]["routes"]) if "U0EMEA003" in route["owners"])
    new["routing"]["routes"][emea]["owners"] = ["U0EMEA003", "U0EMEA001"]
    new["scheduling"]["owners"]["U0EMEA001"]["working_hours"] = {"mon": ["10:00-12:00"]}
    said = changes(old, new)
    assert any(f"Owner '{names['U0EMEA001']}', 'Monday': (none) → 10:00-12:00" == line for line in said), said
    [route] = [line for line in said if "round-robin" in line]
    assert route.endswith(f"{names['U0EMEA001']}, {names['U0EMEA002']}, {names['U0EMEA003']} → "
                          f"{names['U0EMEA003']}, {names['U0EMEA001']}")
    assert not any("U0EMEA00" in line for line in said)


def test_a_renamed_owner_is_said_by_the_new_name_and_an_unnamed_id_as_it_is():
    old = playbook()
    new = copy.deepcopy(old)
    new["routing"]["owners"]["U0SALES01"]["name"] = "Dana Reyes-Ortiz"
    route = next(r for r in new["routing"]["routes"] if "U0SALES01" in r["owners"])
    route["owners"] = [*route["owners"], "U0NEWBIE1"]
    said = changes(old, new)
    assert any("Dana Reyes-Ortiz" in line and "U0NEWBIE1" in line for line in said), said
    assert not any("U0SALES01" in line for line in said)


def test_a_questions_translation_is_said_language_by_language():
    old = playbook()
    new = copy.deepcopy(old)
    budget = next(q for q in new["questions"] if q["id"] == "budget")
    number = new["questions"].index(budget) + 1
    budget["translations"]["fr"]["wording"] = ["Quel budget prévoyez-vous ?", "Et votre budget ?"]
    budget["translations"].pop("nl")
    said = changes(old, new)
    assert f'Question {number} (budget)\'s French wording: "{" / ".join(old["questions"][number - 1]["translations"]["fr"]["wording"])}" → ' \
           f'"Quel budget prévoyez-vous ? / Et votre budget ?"' in said
    assert any(line.startswith(f"Question {number} (budget)'s Dutch wording: ") and line.endswith("→ (none)") for line in said)
    assert len(said) == 2


def test_a_brazilian_wording_is_said_as_brazilian_portuguese_not_by_its_tag():
    old = playbook()
    new = copy.deepcopy(old)
    budget = next(q for q in new["questions"] if q["id"] == "budget")
    number = new["questions"].index(budget) + 1
    budget["translations"]["pt-BR"]["wording"] = ["Vocês já têm um orçamento pensado?"]
    before = " / ".join(old["questions"][number - 1]["translations"]["pt-BR"]["wording"])
    said = changes(old, new)
    assert said == [f'Question {number} (budget)\'s Brazilian Portuguese wording: "{before}" → '
                    f'"Vocês já têm um orçamento pensado?"'], said


def test_a_person_added_in_this_very_change_is_said_by_name_in_people_routes_and_calendars():
    old = playbook()
    new = copy.deepcopy(old)
    new["routing"]["owners"]["U0ROBIN01"] = {"name": "Robin Vale", "hubspot": "71000099"}
    route = new["routing"]["routes"][0]
    route["owners"] = [*route["owners"], "U0ROBIN01"]
    new["scheduling"]["owners"]["U0ROBIN01"] = {"working_hours": {"tue": ["09:00-11:00"]}}
    said = changes(old, new)
    assert "Person 'Robin Vale', 'Name': (none) → \"Robin Vale\"" in said, said
    assert any(line.startswith("Route 1, ") and line.endswith(", Robin Vale") for line in said), said
    assert "Owner 'Robin Vale', 'Tuesday': (none) → 09:00-11:00" in said, said
    assert not any("U0ROBIN01" in line for line in said), said


def test_a_questions_reason_and_its_translation_are_said_as_the_editor_labels_them():
    old = playbook()
    new = copy.deepcopy(old)
    i = next(i for i, q in enumerate(new["questions"]) if q["attribute"] == "budget")
    new["questions"][i]["why"] = "So we only suggest what fits."
    new["questions"][i]["translations"]["fr"]["why"] = "Pour ne proposer que ce qui convient."
    said = changes(old, new)
    name = f"Question {i + 1} ({new['questions'][i]['id']})"
    assert f"{name}'s 'Why we ask': (none) → \"So we only suggest what fits.\"" in said, said
    assert f"{name}'s French 'Why we ask': (none) → \"Pour ne proposer que ce qui convient.\"" in said, said
    later = copy.deepcopy(new)
    del later["questions"][i]["why"]
    assert f"{name}'s 'Why we ask': \"So we only suggest what fits.\" → (none)" in changes(new, later)


def test_a_price_is_said_by_its_name_and_currency():
    old = playbook()
    old["company"]["prices"] = {"monthly_from": {"USD": 6000, "EUR": 5500}}
    new = copy.deepcopy(old)
    new["company"]["prices"]["monthly_from"] = {"USD": 6500}
    said = changes(old, new)
    assert "Price 'monthly_from', 'Amounts', USD: 6000 → 6500" in said, said
    assert "Price 'monthly_from', 'Amounts', EUR: 5500 → (none)" in said, said
