"""Wanting to automate follow-ups or emails is a marketing-automation need, said with the verb in any of the seven
languages: batch 52 (issue 14) read "On voudrait automatiser nos relances par email" as email marketing only, since
only the noun ("automatisation") was known outside English. Automation named as what the visitor does without keeps
no such need."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-04"


@pytest.mark.parametrize(("text", "lang"), [
    ("On voudrait automatiser nos relances par email et mieux suivre nos prospects dans un CRM", "fr"),
    ("Nous souhaitons automatiser le suivi de nos leads.", "fr"),
    ("We want to automate our follow-up emails.", "en"),
    ("Wir wollen unsere Follow-ups automatisieren.", "de"),
    ("Queremos automatizar los seguimientos por correo.", "es"),
    ("Precisamos automatizar o envio de e-mails para leads.", "pt"),
    ("Vorremmo automatizzare i follow-up via email.", "it"),
    ("We willen onze opvolging per e-mail automatiseren.", "nl"),
])
def test_automating_follow_ups_is_a_marketing_automation_need(text: str, lang: str) -> None:
    need = extract(text, "need", now=NOW, lang=lang).need
    assert need is not None and "marketing_automation" in need.categories


@pytest.mark.parametrize("text", [
    "Nous voulons plus de clients pour notre boulangerie.",
    "We want more enquiries from our website.",
])
def test_a_need_with_no_automation_names_none(text: str) -> None:
    need = extract(text, "need", now=NOW).need
    assert need is not None and "marketing_automation" not in need.categories
