"""``harness.studio_forms.form_fields``: what a browser would submit from a studio page's form."""

from __future__ import annotations

from harness.studio_forms import form_fields

PAGE = """<!doctype html>
<form id="search"><input name="q" value="outside"></form>
<!-- <form id="playbook-form"><input name="commented" value="x"></form> -->
<script>const row = '<input name="from_script" value="x">';</script>
<FORM id="playbook-form" method="post">
  <input type="hidden" name="csrf_token" value="t0k&amp;en">
  <input name="questions.0.wording" value='What is &quot;your&quot; budget? a &gt; b'>
  <input type="checkbox" name="questions.0.required" checked>
  <input type="checkbox" name="questions.1.required" value="yes">
  <input type="checkbox" name="questions.2.required" value="yes" checked>
  <input type="submit" name="save" value="Save">
  <textarea name="questions.0.variants">
first &lt;variant&gt;
second</textarea>
  <select name="stages.sql.rule"><option value="any">Any</option><option value="all" selected>All</option></select>
  <input name="empty">
</form>
<form id="other"><input name="elsewhere" value="1"></form>
"""


def test_the_named_form_gives_its_fields_as_a_browser_submits_them() -> None:
    assert form_fields(PAGE, "playbook-form") == {
        "csrf_token": "t0k&en",
        "questions.0.wording": 'What is "your" budget? a > b',
        "questions.0.required": "on",
        "questions.2.required": "yes",
        "questions.0.variants": "first <variant>\nsecond",
        "stages.sql.rule": "all",
        "empty": "",
    }


def test_comments_and_scripts_add_no_field() -> None:
    fields = form_fields(PAGE)
    assert "commented" not in fields and "from_script" not in fields


def test_without_an_id_every_form_counts_and_a_missing_id_gives_nothing() -> None:
    fields = form_fields(PAGE)
    assert fields["q"] == "outside" and fields["elsewhere"] == "1" and fields["csrf_token"] == "t0k&en"
    assert form_fields(PAGE, "no-such-form") == {}
