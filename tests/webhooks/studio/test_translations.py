"""The playbook's translations side by side (``webhooks.studio.translations``), through the Flask test client.

The service runs the default (demo) playbook, translated by its authors into
every language the bot speaks; the tests take translations away and put
them back as a marketer would, through the page's own form.
"""

from __future__ import annotations

import html
import re
from typing import Any

import pytest
from sqlalchemy import select

from harness.studio_forms import form_fields
from qualification.playbook_file import read_yaml
from qualification.translation import localized
from tests.webhooks.conftest import rows
from tests.webhooks.studio.test_editor import confirmed
from webhooks.models import PlaybookVersion

XSS = '<script>alert("x")</script>'


def newest(app: Any) -> dict[str, Any]:
    [row] = rows(app, select(PlaybookVersion).order_by(PlaybookVersion.version.desc()).limit(1))
    return read_yaml(row.text)


def page_form(client: Any, lang: str) -> tuple[str, dict[str, Any]]:
    page = client.get(f"/studio/playbook/translations?lang={lang}")
    assert page.status_code == 200
    return page.text, form_fields(page.text, "translations-form")


def question_path(data: dict[str, Any], question_id: str) -> str:
    return f"questions.{next(i for i, q in enumerate(data['questions']) if q['id'] == question_id)}"


def test_each_text_stands_next_to_its_translation_and_the_page_links_every_language(app, signed_in):
    page, fields = page_form(signed_in, "de")
    data = newest(app)
    budget = question_path(data, "budget")
    [row] = re.findall(rf'<tr id="row-{budget.replace(".", "-")}-wording"[^>]*>(.*?)</tr>', page, re.S)
    original = [html.unescape(s) for s in re.findall(r'<span class="line">(.*?)</span>', row)]
    assert original == data["questions"][int(budget.split(".")[1])]["wording"]
    german = data["questions"][int(budget.split(".")[1])]["translations"]["de"]["wording"]
    assert fields[f"t.{budget}.wording"] == "\n".join(german)
    assert fields["lang"] == "de" and "Every question has a German wording." in page
    for lang in ("fr", "es", "pt", "it", "nl"):
        assert f'href="/studio/playbook/translations?lang={lang}"' in page
    assert 'href="/studio/playbook/translations?lang=en"' not in page  # the playbook's own language


def test_a_question_without_a_translation_is_flagged_and_falls_back_to_the_playbooks_language(app, signed_in):
    page, fields = page_form(signed_in, "de")
    budget = question_path(newest(app), "budget")
    fields[f"t.{budget}.wording"] = "   "  # blanked: the German wording is removed
    assert signed_in.post("/studio/playbook/translations", data={**fields, "action": "save"}).status_code == 302
    saved = newest(app)
    question = saved["questions"][int(budget.split(".")[1])]
    assert "de" not in question.get("translations", {}) and "fr" in question["translations"]

    page, _ = page_form(signed_in, "de")
    assert re.search(r'id="untranslated">Questions without a German wording: <strong>budget</strong>', page)
    assert re.search(rf'<tr id="row-{budget.replace(".", "-")}-wording" class="missing">', page)
    assert re.search(r'German <span class="badge missing"[^>]*>1 missing</span>', page)
    editor = signed_in.get("/studio/playbook").text
    assert re.search(r'id="untranslated">.*DE</a> budget', editor, re.S)

    # Published, a German visitor hears the English budget question and German for the rest.
    _, fields = page_form(signed_in, "de")
    confirmed(signed_in, signed_in.post("/studio/playbook/translations", data={**fields, "action": "publish"}))
    playbook = app.extensions["leadbot.playbook"].current()
    german = localized(playbook, "de")
    english = {q.id: q.wording for q in playbook.questions}
    assert {q.id: q.wording for q in german.questions}["budget"] == english["budget"]
    assert {q.id: q.wording for q in german.questions}["need"] != english["need"]


def test_a_translation_is_saved_as_a_draft_variant_by_variant(app, signed_in):
    page, fields = page_form(signed_in, "nl")
    data = newest(app)
    timing = question_path(data, "timing")
    fields[f"t.{timing}.wording"] = "Wanneer wilt u beginnen?\n\n  Op welke termijn speelt dit?  \n"
    fields["t.privacy.text"] = "We gebruiken uw antwoorden   alleen om te reageren."
    assert signed_in.post("/studio/playbook/translations", data={**fields, "action": "save"}).status_code == 302
    saved = newest(app)
    assert saved["questions"][int(timing.split(".")[1])]["translations"]["nl"]["wording"] == [
        "Wanneer wilt u beginnen?", "Op welke termijn speelt dit?"]
    assert saved["privacy"]["translations"]["nl"]["text"] == "We gebruiken uw antwoorden alleen om te reageren."
    assert saved["questions"][int(timing.split(".")[1])]["translations"]["de"] == \
        data["questions"][int(timing.split(".")[1])]["translations"]["de"]  # other languages untouched
    [version] = rows(app, select(PlaybookVersion).order_by(PlaybookVersion.version.desc()).limit(1))
    assert not version.published and version.note == "Dutch translations"


def test_visitor_like_text_is_shown_escaped(app, signed_in):
    _, fields = page_form(signed_in, "it")
    fields["t.company.pricing"] = XSS
    assert signed_in.post("/studio/playbook/translations", data={**fields, "action": "save"}).status_code == 302
    page = signed_in.get("/studio/playbook/translations?lang=it").text
    assert "<script>" not in page and "&lt;script&gt;" in page


@pytest.mark.parametrize("change, status", [
    ({"lang": "en"}, 400), ({"lang": "xx"}, 400), ({"lang": ""}, 400), ({"base_version": "999"}, 400),
    ({"base_version": "abc"}, 400), ({"t.company.pricing": "x" * 5001}, 400), ({"csrf_token": "forged"}, 400),
])
def test_bad_input_is_refused_and_nothing_is_saved(app, signed_in, change, status):
    _, fields = page_form(signed_in, "fr")
    before = len(rows(app, select(PlaybookVersion)))
    response = signed_in.post("/studio/playbook/translations", data={**fields, **change, "action": "save"})
    assert response.status_code == status
    assert len(rows(app, select(PlaybookVersion))) == before


def test_a_stale_page_is_refused_and_says_so(app, signed_in):
    _, old = page_form(signed_in, "es")
    _, fresh = page_form(signed_in, "es")
    fresh["t.company.pricing"] = "Precios a medida."
    assert signed_in.post("/studio/playbook/translations", data={**fresh, "action": "save"}).status_code == 302
    old["t.company.pricing"] = "Otro texto."
    response = signed_in.post("/studio/playbook/translations", data={**old, "action": "save"})
    assert response.status_code == 409
    assert newest(app)["company"]["translations"]["es"]["pricing"] == "Precios a medida."


def test_signed_out_visitors_are_sent_to_sign_in(client):
    assert client.get("/studio/playbook/translations").status_code == 302
    assert client.post("/studio/playbook/translations", data={"lang": "de"}).status_code in (302, 400)
