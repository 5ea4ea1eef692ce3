"""A visitor saying when they want to start asks nothing of us, in the seven languages (issue 14, from play: "quero
começar logo depois do carnaval", said at the size question, got the FAQ's answer on how the process starts). A word
of wanting before a verb of starting is a date the visitor gives, not a request: "I'd like to get started in January",
"ich möchte im März starten", "je voudrais démarrer en avril", "quiero empezar en febrero", "vorrei iniziare a marzo",
"ik wil in maart beginnen". Near misses: asked, it is the FAQ ("how do we get started?", "como começa o processo?",
"comment ça commence ?"), and a request for something else before a start is still a request ("I'd like a quote
before we start")."""

from __future__ import annotations

import pytest

from nlu.faq import reads_as_question


@pytest.mark.parametrize(("text", "lang"), [
    ("quero começar logo depois do carnaval", "pt"), ("I'd like to get started in January", "en"),
    ("I want to start right after the Christmas rush", "en"), ("ich möchte im März starten", "de"),
    ("ich will direkt nach Ostern loslegen", "de"), ("je voudrais démarrer en avril", "fr"),
    ("je veux commencer après les vacances", "fr"), ("quiero empezar en febrero", "es"),
    ("quisiera arrancar después de Semana Santa", "es"), ("vorrei iniziare a marzo", "it"), ("ik wil in maart beginnen", "nl"),
])
def test_wanting_to_start_at_a_time_asks_nothing(text: str, lang: str, localized_matchers) -> None:
    assert not reads_as_question(text)
    assert localized_matchers[lang].match(text, lang) is None


@pytest.mark.parametrize(("text", "lang"), [
    ("how do we get started?", "en"), ("como começa o processo?", "pt"), ("comment ça commence ?", "fr"),
    ("¿cómo empezamos?", "es"), ("come si inizia?", "it"),
])
def test_asking_how_it_starts_is_the_process_question(text: str, lang: str, localized_matchers) -> None:
    found = localized_matchers[lang].match(text, lang)
    assert found is not None and found.entry == "process"


@pytest.mark.parametrize("text", ["I'd like a quote before we start", "I want to see your case studies", "quero um orçamento"])
def test_a_request_for_something_else_is_still_a_request(text: str) -> None:
    assert reads_as_question(text)
