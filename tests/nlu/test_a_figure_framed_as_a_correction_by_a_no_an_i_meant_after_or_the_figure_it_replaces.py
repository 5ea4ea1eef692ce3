"""After "I noted a budget of about 50k, is that right?", the visitor's "no, 5k", "sorry 5k not 50" or "5k I meant" is
the corrected value (issue 14): only the words before a value ("sorry, ...", "I meant ...") made a correction, so
"no, 5k" and "5k I meant" were no correction at all, and "5k, no 50k" kept the taken-back figure in its value. A
figure is framed as a correction in the seven languages by a no before it, by "I meant" or "sorry" after it, or by
the figure it replaces after it ("5k not 50", "5 mil, não 50"); what is left is the new value with its scale word.
A no, a sorry or a contrast with no new figure ("no idea, sorry", "we have 5 staff, not 50 clients") is none."""

from __future__ import annotations

import pytest

from nlu.corrections import Correction, correction


@pytest.mark.parametrize(("text", "value"), [
    ("no, 5k", "5k"), ("nope 5k", "5k"), ("nein, 5k", "5k"), ("non, 5k", "5k"), ("não, 5 mil", "5 mil"),
    ("no, 5.000 €", "5.000 €"), ("nee, 5k", "5k"),
])
def test_a_no_then_a_figure_is_the_figure_corrected(text: str, value: str) -> None:
    assert correction(text) == Correction(None, value)


@pytest.mark.parametrize(("text", "value"), [
    ("5k I meant", "5k"), ("5k, sorry", "5k"), ("5k meinte ich", "5k"), ("5k je voulais dire", "5k"),
    ("5k quise decir", "5k"), ("5k, quis dizer", "5k"), ("5k, intendevo", "5k"), ("5k bedoelde ik", "5k"),
    ("sorry, 5k i mean", "5k"),
])
def test_a_figure_then_i_meant_or_sorry_is_the_figure_corrected(text: str, value: str) -> None:
    found = correction(text)
    assert found is not None and found.value == value


@pytest.mark.parametrize(("text", "value"), [
    ("sorry 5k not 50", "5k"), ("5k not 50k", "5k"), ("5k, no 50k", "5k"), ("5k, nicht 50k", "5k"),
    ("pardon, 5k pas 50k", "5k"), ("5 mil, não 50", "5 mil"), ("5 mila, non 50", "5 mila"), ("5k niet 50k", "5k"),
    ("5.000 € nicht 50.000 €", "5.000 €"), ("5k euros not 50k", "5k euros"),
])
def test_a_figure_then_the_figure_it_replaces_is_the_new_figure(text: str, value: str) -> None:
    found = correction(text)
    assert found is not None and found.value == value


@pytest.mark.parametrize("text", [
    "5k", "no", "no thanks", "nope, not sure", "no idea, sorry", "no budget yet", "we have 5 staff, not 50 clients",
    "yes 50k", "nein danke", "non merci",
])
def test_a_no_a_sorry_or_a_contrast_without_a_new_figure_is_no_correction(text: str) -> None:
    assert correction(text) is None
