"""Brazilian Portuguese (pt-BR) on the studio's translations page, as a marketer uses it (Flask test client).

The bot answers Brazilian visitors in pt-BR (``qualification.playbook.VARIANTS``): its own texts where the playbook
has them, Portuguese where it has none. The studio had a page per language only, so a marketer could neither see
what Brazilians read nor change it. The variant's page stands next to Portuguese's; each box holds the pt-BR text,
and a blank box says which Portuguese text those visitors hear instead.
"""

from __future__ import annotations

import html
import re
from typing import Any

from sqlalchemy import select

from qualification.translation import localized
from tests.webhooks.conftest import rows
from tests.webhooks.studio.test_editor import confirmed
from tests.webhooks.studio.test_translations import XSS, newest, page_form, question_path
from webhooks.models import PlaybookVersion
from webhooks.studio.translations import choices


def _row(page: str, path: str) -> str:
    [row] = re.findall(rf'<tr id="row-{path.replace(".", "-")}"[^>]*>(.*?)</tr>', page, re.S)
    return row


def _service(data: dict[str, Any], service_id: str) -> str:
    return f"company.services.{next(i for i, s in enumerate(data['company']['services']) if s['id'] == service_id)}"


def test_every_language_page_links_the_brazilian_page_right_after_portuguese(signed_in):
    page, _ = page_form(signed_in, "de")
    links = re.findall(r'href="/studio/playbook/translations\?lang=([\w-]+)"', page)
    assert links[links.index("pt") + 1] == "pt-BR"
    assert "Brazilian Portuguese" in page


def test_the_variant_follows_its_language_among_the_pages_and_the_playbooks_own_language_has_none():
    assert choices("en") == ["de", "fr", "es", "pt", "pt-BR", "it", "nl"]
    # A playbook written in Portuguese still has a Brazilian page: its variant differs from it.
    assert choices("pt") == ["en", "de", "fr", "es", "pt-BR", "it", "nl"]


def test_the_brazilian_page_shows_the_brazilian_wording_in_each_box(app, signed_in):
    page, fields = page_form(signed_in, "pt-BR")
    data = newest(app)
    budget = question_path(data, "budget")
    question = data["questions"][int(budget.split(".")[1])]
    assert fields["lang"] == "pt-BR"
    assert fields[f"t.{budget}.wording"] == "\n".join(question["translations"]["pt-BR"]["wording"])
    assert 'lang="pt-BR"' in _row(page, f"{budget}.wording")
    assert "Every question has a Brazilian Portuguese wording." in page
    assert 'id="variant-hint"' in page


def test_a_text_brazil_does_not_word_itself_shows_the_portuguese_it_hears_and_is_not_flagged(app, signed_in):
    page, fields = page_form(signed_in, "pt-BR")
    data = newest(app)
    paid_ads = _service(data, "paid_ads")  # pt-BR gives only its description; the name is Portugal's
    portuguese = data["company"]["services"][int(paid_ads.rsplit(".", 1)[1])]["translations"]["pt"]["name"]
    row = _row(page, f"{paid_ads}.name")
    assert fields[f"t.{paid_ads}.name"] == ""
    assert re.search(r"Heard now, in Portuguese: <span class=\"inherited-text\">(.*?)</span>", row)[1] == \
        html.escape(portuguese)
    assert "needs a translation" not in row


def test_a_brazilian_wording_saved_and_published_is_what_brazilian_visitors_hear_and_portugal_keeps_its_own(
        app, signed_in):
    _, fields = page_form(signed_in, "pt-BR")
    data = newest(app)
    timing = question_path(data, "timing")
    index = int(timing.split(".")[1])
    portuguese = data["questions"][index]["translations"]["pt"]
    fields[f"t.{timing}.wording"] = "Pra quando vocês precisam disso?\n\n  Qual é o prazo de vocês?  \n"
    assert signed_in.post("/studio/playbook/translations", data={**fields, "action": "save"}).status_code == 302
    saved = newest(app)
    assert saved["questions"][index]["translations"]["pt-BR"]["wording"] == [
        "Pra quando vocês precisam disso?", "Qual é o prazo de vocês?"]
    assert saved["questions"][index]["translations"]["pt"] == portuguese
    [version] = rows(app, select(PlaybookVersion).order_by(PlaybookVersion.version.desc()).limit(1))
    assert not version.published and version.note == "Brazilian Portuguese translations"

    _, fields = page_form(signed_in, "pt-BR")
    confirmed(signed_in, signed_in.post("/studio/playbook/translations", data={**fields, "action": "publish"}))
    playbook = app.extensions["leadbot.playbook"].current()
    brazil = {q.id: q.wording for q in localized(playbook, "pt-BR").questions}
    portugal = {q.id: q.wording for q in localized(playbook, "pt").questions}
    assert brazil["timing"] == ("Pra quando vocês precisam disso?", "Qual é o prazo de vocês?")
    assert portugal["timing"] == tuple(portuguese["wording"])


def test_a_brazilian_wording_blanked_falls_back_to_the_portuguese_not_to_english(app, signed_in):
    _, fields = page_form(signed_in, "pt-BR")
    budget = question_path(newest(app), "budget")
    index = int(budget.split(".")[1])
    fields[f"t.{budget}.wording"] = "  "
    assert signed_in.post("/studio/playbook/translations", data={**fields, "action": "save"}).status_code == 302
    question = newest(app)["questions"][index]
    assert "pt-BR" not in question["translations"] and "pt" in question["translations"]
    page, fields = page_form(signed_in, "pt-BR")
    row = _row(page, f"{budget}.wording")
    assert fields[f"t.{budget}.wording"] == "" and "Heard now, in Portuguese" in row
    assert "needs a translation" not in row and "Every question has a Brazilian Portuguese wording." in page


def test_a_text_neither_brazil_nor_portugal_has_is_flagged_on_the_brazilian_page(app, signed_in):
    _, fields = page_form(signed_in, "pt")
    budget = question_path(newest(app), "budget")
    fields[f"t.{budget}.wording"] = ""
    assert signed_in.post("/studio/playbook/translations", data={**fields, "action": "save"}).status_code == 302
    _, fields = page_form(signed_in, "pt-BR")
    fields[f"t.{budget}.wording"] = ""
    assert signed_in.post("/studio/playbook/translations", data={**fields, "action": "save"}).status_code == 302
    page, _ = page_form(signed_in, "pt-BR")
    assert re.search(r'id="untranslated">Questions without a Brazilian Portuguese wording: <strong>budget</strong>', page)
    assert re.search(rf'<tr id="row-{budget.replace(".", "-")}-wording" class="missing">', page)
    assert re.search(r'Brazilian Portuguese <span class="badge missing"[^>]*>1 missing</span>', page)


def test_brazilian_text_that_looks_like_markup_is_shown_escaped(signed_in):
    _, fields = page_form(signed_in, "pt-BR")
    fields["t.company.pricing"] = XSS
    assert signed_in.post("/studio/playbook/translations", data={**fields, "action": "save"}).status_code == 302
    page = signed_in.get("/studio/playbook/translations?lang=pt-BR").text
    assert "<script>" not in page and "&lt;script&gt;" in page


def test_a_region_the_bot_does_not_speak_is_refused_and_nothing_is_saved(app, signed_in):
    _, fields = page_form(signed_in, "pt-BR")
    before = len(rows(app, select(PlaybookVersion)))
    for lang in ("pt-PT", "en-US", "pt_BR", "PT-BR"):
        response = signed_in.post("/studio/playbook/translations", data={**fields, "lang": lang, "action": "save"})
        assert response.status_code == 400
    assert len(rows(app, select(PlaybookVersion))) == before
    # Asked for by an unknown tag, the page opens on the first language, never on a made-up one.
    assert form_lang(signed_in, "pt-PT") == "de"


def form_lang(client: Any, lang: str) -> str:
    page = client.get(f"/studio/playbook/translations?lang={lang}").text
    return re.search(r'<input type="hidden" name="lang" value="([^"]+)">', page)[1]
