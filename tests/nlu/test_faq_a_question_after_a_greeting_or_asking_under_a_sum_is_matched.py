"""Two ways a question to us was missed (issue 14, persona set 9), each in the seven languages:

- A greeting it opens with ("G'day - got any case studies from trade businesses?", "Grüezi, habt ihr Referenzen?",
  "Buongiorno, avete casi studio?"): its word counted as a topic no phrasing knew, and natasha's case studies
  were never linked. The greeting is no topic; what follows it is the question.
- Whether the work would stay under a sum ("would a new website from you lot come in under 10 grand?", "geht das
  für unter 10.000?", "pour moins de 10 000 $ ?"): a price asked, as "is 10k enough?" is; lee got "Sorry, I
  didn't catch that".

A sum stated as the visitor's own ("our budget is under 10k") asks nothing, and a count under a figure ("firms under
50 staff") is no price.
"""

from __future__ import annotations

from typing import Callable, Mapping

import pytest

from nlu.faq import FaqMatcher

Entry = Callable[[str, str], "str | None"]


@pytest.fixture
def entry(localized_matchers: Mapping[str, FaqMatcher]) -> Entry:
    """The FAQ entry the default playbook, localized to ``lang``, answers ``text`` with, or None."""

    def matched(lang: str, text: str) -> str | None:
        found = localized_matchers[lang].match(text, lang)
        return found.entry if found else None

    return matched


AFTER_A_GREETING = [
    ("en", "G'day - got any case studies from trade businesses?"),
    ("en", "G'day - got any case studies from trade businesses? We design and build concrete pools around Brisbane "
           "and we're after more enquiries from home builders and landscapers."),
    ("en", "Howdy, do you have case studies from HVAC companies?"),
    ("de", "Grüezi, habt ihr Referenzen von Handwerksbetrieben?"),
    ("de", "Moin, habt ihr Fallstudien aus dem Handwerk?"),
    ("fr", "Coucou, vous avez des études de cas de PME ?"),
    ("es", "Buenos días, ¿tienen casos de éxito con fabricantes?"),
    ("pt", "Bom dia, vocês têm casos de sucesso com construtoras?"),
    ("it", "Buongiorno, avete casi studio di aziende alimentari?"),
    ("nl", "Goedemorgen, hebben jullie klantcases uit de bouw?"),
]
UNDER_A_SUM = [
    ("en", "before that - would a new website from you lot come in under 10 grand?"),
    ("en", "would an SEO audit come in under 2k?"),
    ("en", "can you build a website for under 5k?"),
    ("de", "Geht eine neue Website bei euch für unter 10.000 Franken?"),
    ("fr", "Un site web chez vous, ça peut se faire pour moins de 10 000 $?"),
    ("es", "¿Una web nueva con ustedes sale por menos de 10.000?"),
    ("pt", "Um site novo com vocês fica abaixo de 10 mil?"),
    ("it", "Un sito nuovo da voi si riesce a stare sotto i 10.000 euro?"),
    ("nl", "Kan een nieuwe website bij jullie voor minder dan 10.000 euro?"),
]
# Statements of the visitor's own, with a greeting or a sum: no question.
STATEMENTS = [
    ("en", "good morning, we are a bakery in Leeds"),
    ("en", "our budget is under 10k"),
    ("en", "we need to stay below 10k a month"),
    ("de", "Grüezi, wir sind ein Treuhandbüro in Basel"),
    ("it", "Buongiorno, siamo un frantoio vicino a Bari"),
]
# A count under a figure is no price.
COUNTS = [
    ("en", "do you work with firms under 50 staff?"),
    ("fr", "vous travaillez avec des entreprises de moins de 50 salariés ?"),
    ("es", "¿trabajan con empresas de menos de 50 empleados?"),
    ("pt", "vocês trabalham com empresas com menos de 50 funcionários?"),
    ("it", "lavorate con aziende sotto i 50 dipendenti?"),
    ("nl", "werken jullie met bedrijven onder de 50 medewerkers?"),
]


@pytest.mark.parametrize("lang, text", AFTER_A_GREETING)
def test_a_question_after_a_greeting_finds_its_entry(entry: Entry, lang: str, text: str) -> None:
    assert entry(lang, text) == "case_studies"


@pytest.mark.parametrize("lang, text", UNDER_A_SUM)
def test_whether_the_work_stays_under_a_sum_asks_the_price(entry: Entry, lang: str, text: str) -> None:
    assert entry(lang, text) == "pricing"


@pytest.mark.parametrize("lang, text", STATEMENTS)
def test_a_statement_with_a_greeting_or_a_sum_of_the_visitors_asks_nothing(entry: Entry, lang: str, text: str) -> None:
    assert entry(lang, text) is None


@pytest.mark.parametrize("lang, text", COUNTS)
def test_a_count_under_a_figure_is_no_price(entry: Entry, lang: str, text: str) -> None:
    assert entry(lang, text) != "pricing"
