"""``harness.studio_forms``: what a browser would submit from a studio page's form, and the errors a page shows."""

from __future__ import annotations

import html
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from harness import studio_forms
from harness.studio_forms import field_errors, form_fields

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


# ``field_errors`` as it was before it read attributes only where they count (and before its tag pattern read
# attribute text in runs): the reference the faster one must agree with, on every page.
_ANY_TAG_BEFORE = re.compile(r"""<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>""")


def field_errors_before(html_text: str) -> list[tuple[tuple[str, ...], str, str]]:
    page = studio_forms._IGNORED.sub("", html_text)
    open_elements: list[tuple[str, str]] = []
    found: list[tuple[tuple[str, ...], str, str]] = []
    error: tuple[int, str] | None = None
    for tag in _ANY_TAG_BEFORE.finditer(page):
        closing, name, rest = tag.group(1) == "/", tag.group(2).lower(), tag.group(3)
        if name in studio_forms._VOID:
            continue
        if closing:
            if name == "p" and error is not None:
                text = html.unescape(studio_forms._MARKUP.sub("", page[error[0]:tag.start()]))
                found.append((tuple(i for _, i in open_elements if i), error[1], " ".join(text.split())))
                error = None
            for depth in range(len(open_elements) - 1, -1, -1):
                if open_elements[depth][0] == name:
                    del open_elements[depth:]
                    break
            continue
        if rest.rstrip().endswith("/"):
            continue
        a = studio_forms._attributes(rest)
        open_elements.append((name, a.get("id", "")))
        if name == "p" and "field-error" in a.get("class", "").split():
            error = (tag.end(), a.get("data-path", ""))
    return found


ERRORS_PAGE = """<!doctype html><HTML><body id="top">
<form id="playbook-form"><section id="section-questions"><div ID='part-questions' class="x">
  <div id="questions-0" data-note='a > b "quoted"'>
    <input id="q0" name="questions.0.wording" value="x > y"/>
    <p class="hint field-error" data-path="questions.0.wording" id="error-questions-0-wording">Question 1,
       'Wording': needs <b>at least</b> one &amp; more</p>
    <br><img src="a.png"><p class="field-error" data-path="questions.0.id">first</P >
  </div>
  <div id="misnested"><span id="inner"><p class="field-error" data-path="a.b">inside a span</div></p>
  </span></section>
  <!-- <p class="field-error" data-path="commented">no</p> -->
  <script>var x = '<p class="field-error" data-path="script">no</p>';</script>
  <p class = 'field-error' data-path=bare id=plain>unquoted attributes</p>
  <p class="field-error" data-path="selfclosed"/>then text</p>
  </div id="stray"></table>
  <div id="unclosed"><p class="FIELD-ERROR" data-path="case">not the class</p><p class="field-error">no path</p>
  <div id="x" id="last wins"><p class="field-error" data-path="twice" class="other">the last class wins</p></div>
  <a title='<p class="field-error" data-path="in-attribute">'>link</a> <p class="field-error" data-path="end">end
</form></body></HTML>
"""


def test_field_errors_name_each_error_with_its_ancestors_path_and_text_as_before() -> None:
    found = field_errors(ERRORS_PAGE)
    assert found == field_errors_before(ERRORS_PAGE)
    assert found[0] == (("top", "playbook-form", "section-questions", "part-questions", "questions-0",
                         "error-questions-0-wording"), "questions.0.wording",
                        "Question 1, 'Wording': needs at least one & more")
    assert "commented" not in {path for _, path, _ in found} and "in-attribute" not in {path for _, path, _ in found}


TAG_SOUP = st.lists(st.sampled_from([
    "<div>", "</div>", "<div id='d'>", '<section id="s">', "</section>", "<span id=sp>", "</span>", "<p>", "</p>",
    '<p class="field-error" data-path="a">', "<p class='hint field-error' data-path='b' id='e'>", "</P>", "<br>",
    "<img/>", "<x/>", "text", " &amp; ", "<b>bold</b>", '<a title="a > b">', "</a>", "<!-- c -->", "<input id=i>",
    "<p class=\"field-error\" data-path=\"c\"/>", "</table>", "<ul id='u'><li>", "</ul>", "<", ">", "'", '"',
]), max_size=40).map("".join)


@settings(max_examples=200, deadline=None, suppress_health_check=list(HealthCheck))
@given(TAG_SOUP)
def test_field_errors_agree_with_the_reading_before_on_any_tag_soup(page: str) -> None:
    assert field_errors(page) == field_errors_before(page)


_TAG_BEFORE = re.compile(r"""<(/?)(form|input|textarea|select|option)(?=[\s/>])((?:[^>"']|"[^"]*"|'[^']*')*)>""",
                         re.IGNORECASE)


@settings(max_examples=200, deadline=None, suppress_health_check=list(HealthCheck))
@given(TAG_SOUP.map(lambda page: page.replace("div", "input").replace("span", "select")))
def test_the_tag_patterns_find_the_very_tags_they_found_before(page: str) -> None:
    for now, before in ((studio_forms._TAG, _TAG_BEFORE), (studio_forms._ANY_TAG, _ANY_TAG_BEFORE)):
        assert [(m.span(), m.groups()) for m in now.finditer(page)] == [(m.span(), m.groups()) for m in before.finditer(page)]
