"""The privacy notice's paragraph is shown once; the privacy question asked again (after the visitor's own question is
answered, after a reply not understood) is one line with the link, through the real bot, in the seven languages
(pt-PT and pt-BR).

Played (issue 14, "no repeated paragraphs"): a bakery owner in Auckland at the privacy question asked "what will you do
with my data?", "are you a bot?" and "how much do you charge?"; each answer was followed by the whole notice again, word
for word, four times in all (the first time right under the data answer, which says the same). The question asked
again keeps its words' start (the scripted visitor and the widget read it as the privacy question), its link, its Yes
and No; a yes to it is consent, and the lead records the notice's own wording as agreed to, as before.
"""

from __future__ import annotations

import pytest

from bot.actions.phrasebook import translate
from bot.actions.questionnaire import CONSENT_AGAIN
from harness.script import CONFIRM, CONSENT_LINE, IN_ONE_MESSAGE, YES
from harness.stack import Stack, Visitor
from qualification import Playbook
from qualification.translation import localized
from tests.bot.test_language_conversations import asked

pytestmark = pytest.mark.slow

LANGUAGES = ["en", "de", "fr", "es", "pt", "pt-BR", "it", "nl"]
# What the visitor asks at the privacy question: what happens to their data, then whether this is a bot.
DATA = {"en": "what will you do with my data?", "de": "kurze Frage: was macht ihr mit meinen Daten?",
        "fr": "une question : que faites-vous de mes infos ?", "es": "antes de nada, ¿qué hacen con mis datos?",
        "pt": "o que acontece aos meus dados?", "it": "che fine fanno i miei dati?",
        "nl": "wat gebeurt er met wat ik hier typ?"}
BOT = {"en": "are you a bot?", "de": "bist du ein Bot?", "fr": "vous êtes un robot ?", "es": "¿eres un bot?",
       "pt": "você é um robô?", "it": "sei un bot?", "nl": "ben jij een bot?"}


# A Brazilian visitor writes as one (the European opening is answered in Portugal's Portuguese, whatever the browser).
BRAZILIAN = ("Oi! Precisamos de mais leads qualificados. Sou a diretora de marketing e eu decido. A empresa se chama "
             "Acme Analítica. Somos uma empresa de software B2B. Temos uns 120 funcionários. Estamos em São Paulo, Brasil. "
             "Nosso orçamento é de uns 60 mil reais por ano. Queremos começar no mês que vem.")


def base(lang: str) -> str:
    return lang.split("-")[0]


def notice(playbook: Playbook, lang: str) -> str:
    """The privacy question with the notice's paragraph, as the visitor's language (and variant) has it."""
    privacy = (localized(playbook, lang) if lang != "en" else playbook).privacy
    return translate(CONSENT_LINE, lang, text=privacy.text, url=privacy.url)


def at_the_privacy_question(v: Visitor, playbook: Playbook, lang: str) -> str:
    """Every answer in one message (no name: nothing held), the heard values confirmed: the privacy question."""
    sentences = {k: s for k, s in IN_ONE_MESSAGE[base(lang)].items() if k != "name"}
    reply = v.say(BRAZILIAN if lang == "pt-BR" else " ".join(sentences.values()))
    for _ in range(6):
        slot = asked(reply, playbook, base(lang))
        if slot == "consent":
            return reply
        assert slot == CONFIRM, f"{slot} asked:\n{v.history()}"
        reply = v.say(YES[base(lang)])
    raise AssertionError(f"the privacy question was never asked:\n{v.history()}")


def again_in_a_line(reply: str, playbook: Playbook, lang: str) -> bool:
    return translate(CONSENT_AGAIN, lang, url=playbook.privacy.url) in reply


@pytest.mark.parametrize("lang", LANGUAGES)
def test_questions_at_the_privacy_question_are_answered_and_the_notice_is_not_shown_again(
        stack: Stack, playbook: Playbook, lang: str) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    first = at_the_privacy_question(v, playbook, lang)
    assert notice(playbook, lang) in first, f"the notice was not shown at first:\n{v.history()}"
    for question in (DATA[base(lang)], BOT[base(lang)]):
        reply = v.say(question)
        assert "Brightline" in reply or "privacy" in reply, f"the question was not answered:\n{v.history()}"
        assert asked(reply, playbook, base(lang)) == "consent", f"the privacy question not asked again:\n{v.history()}"
        assert notice(playbook, lang) not in reply, f"the notice's paragraph again:\n{v.history()}"
        assert again_in_a_line(reply, playbook, lang), f"not the question in a line:\n{v.history()}"
        assert [payload for _, payload in v.buttons][-2:] == ["/affirm", "/deny"], v.history()
    reply = v.say(YES[base(lang)])
    assert asked(reply, playbook, base(lang)) in ("name", "email"), f"consent not taken:\n{v.history()}"


def test_a_reply_not_understood_at_the_privacy_question_is_met_by_the_line_not_the_paragraph(
        stack: Stack, playbook: Playbook) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": "en"})
    at_the_privacy_question(v, playbook, "en")
    reply = v.say("hmm")
    assert asked(reply, playbook, "en") == "consent", v.history()
    assert notice(playbook, "en") not in reply and again_in_a_line(reply, playbook, "en"), v.history()
    reply = v.say("yes")
    assert asked(reply, playbook, "en") in ("name", "email"), v.history()
    reply = v.say("Jane Doe")
    reply = v.say("jane.doe@acme-analytics.io") if asked(reply, playbook, "en") == "email" else reply
    lead = stack.lead_for(v.sender)
    assert lead is not None and lead["consent"][-1]["granted"] is True, v.history()
    assert lead["consent"][-1]["wording"] == playbook.privacy.text, lead["consent"]
