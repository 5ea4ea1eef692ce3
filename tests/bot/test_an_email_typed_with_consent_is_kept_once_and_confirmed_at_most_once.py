"""An address typed with the yes to the privacy question (issue 14), through the real bot, in seven languages.

"yes, it's ana@firm.pt" used to be said back ("Noted: your email ana@firm.pt.") and then confirmed a second time
when the email's turn came ("I noted your email ana@firm.pt. Is that right?"). The visitor wrote it in answer to
the question that asks leave to keep it, and an address is read exactly: it is said back once, kept, and neither
asked for nor confirmed again. Without a yes first it is held, as before (tests/bot/test_truth_conversation_consent).
"""

from __future__ import annotations

import pytest

from harness.script import SQL_ANSWERS
from harness.stack import Stack, Visitor
from qualification import Playbook
from tests.bot.test_language_conversations import (
    CONFIRM,
    DUTCH_ANSWERS,
    GERMAN_ANSWERS,
    SPANISH_ANSWERS,
    asked,
)
from tests.bot.test_truth_conversation_consent import to_consent

pytestmark = pytest.mark.slow

FRENCH = {"need": "Nous avons besoin de plus de prospects qualifiés", "company": "Acme Analytique",
          "authority": "Je suis la directrice marketing et je décide", "industry": "Nous sommes un éditeur de logiciels B2B",
          "company_size": "environ 120 salariés", "location": "Lyon, France", "budget": "environ 60 000 € par an",
          "timing": "nous voulons commencer le mois prochain", "name": "Claire Martin", CONFIRM: "oui"}
ITALIAN = {"need": "Ci servono più richieste di clienti dal sito web", "company": "Acme Analitica",
           "authority": "Sono la direttrice marketing e decido io", "industry": "Siamo un'azienda di software B2B",
           "company_size": "circa 120 dipendenti", "location": "Milano, Italia", "budget": "circa 60.000 € all'anno",
           "timing": "vogliamo iniziare il mese prossimo", "name": "Giulia Rossi", CONFIRM: "sì"}
PORTUGUESE = {"need": "Precisamos de mais leads qualificados", "company": "Acme Analítica",
              "authority": "Sou a diretora de marketing e decido eu", "industry": "Somos uma empresa de software B2B",
              "company_size": "cerca de 120 funcionários", "location": "Lisboa, Portugal",
              "budget": "cerca de 60 mil euros por ano", "timing": "queremos começar no próximo mês",
              "name": "Ana Silva", CONFIRM: "sim"}
ANSWERS = {"en": {**SQL_ANSWERS, CONFIRM: "yes"}, "de": GERMAN_ANSWERS, "fr": FRENCH, "es": SPANISH_ANSWERS,
           "it": ITALIAN, "nl": DUTCH_ANSWERS, "pt": PORTUGUESE}
# A yes that goes on with the address, as visitors type it.
WITH_CONSENT = {
    "en": "yes, it's ana@firm.pt", "de": "ja, gerne: ana@firma.de", "fr": "oui, c'est ana@firme.fr",
    "es": "sí, es ana@firma.es", "it": "sì, è ana@ditta.it", "nl": "ja hoor, het is ana@firma.nl",
    "pt": "sim, é ana@firm.pt",
}


@pytest.mark.parametrize("lang", list(WITH_CONSENT))
def test_an_email_typed_with_the_yes_is_said_back_once_and_never_asked_or_confirmed_again(
        stack: Stack, playbook: Playbook, lang: str) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    answers = ANSWERS[lang]
    to_consent(v, playbook, lang, answers)
    said = WITH_CONSENT[lang]
    email = said.rsplit(" ", 1)[-1]
    reply = v.say(said)
    assert reply.count(email) == 1, f"the address is not said back once:\n{v.history()}"
    assert asked(reply, playbook, lang) not in ("consent", "email", CONFIRM), v.history()
    for _ in range(15):
        slot = asked(reply, playbook, lang)
        if slot is None:
            break
        reply = v.say(answers.get(slot, "skip"))
        assert asked(reply, playbook, lang) not in ("email", "consent"), f"asked again:\n{v.history()}"
        assert email not in reply, f"the address confirmed a second time:\n{v.history()}"
    else:
        pytest.fail(f"the bot kept asking:\n{v.history()}")
    lead = stack.lead_for(v.sender)
    assert lead is not None and (lead["attributes"].get("email") or {}).get("address") == email, v.history()
    assert any(c.get("granted") is True for c in lead.get("consent") or ()), lead.get("consent")
