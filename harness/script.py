"""A visitor who answers whatever the bot asks, recognising questions by the playbook's wording."""

from __future__ import annotations

from typing import Mapping

from bot.actions.form import HOW_TO_CONFIRM, LISTED_RIGHT
from bot.actions.phrasebook import ENGLISH, translate
from bot.actions.phrasing import A_FEW_WORDS, NOTED
from harness.stack import Visitor
from qualification import Playbook
from qualification.playbook import VARIANTS
from qualification.translation import localized

CONSENT_CUE = "Before I take your contact details"
# The privacy question as the phrasebook has it (translated per language); the confirmation's list is phrasing.NOTED.
CONSENT_LINE = "Before I take your contact details: {text} [Privacy notice]({url}) Is that OK with you?"
CONFIRM_CUE = "I noted "
CONFIRM = "confirm"

# A VP in a 120-person B2B software company in Berlin with budget and a date: a sales-qualified lead
# when every question is answered so (the tests' and benchmarks' standard visitor).
SQL_ANSWERS = {
    "need": "We need more qualified leads and our SEO is weak",
    "company": "Acme Analytics",
    "authority": "I'm the VP of Marketing and I sign off on this",
    "industry": "We're a B2B software company",
    "company_size": "about 120 employees",
    "location": "Berlin, Germany",
    "revenue": "around 20 million dollars a year",
    "tech_stack": "HubSpot and Salesforce",
    "budget": "around 60k for the year",
    "timing": "we want to start next month",
    "name": "Jane Doe",
    "consent": "yes",
    "email": "jane.doe@acme-analytics.io",
    # "I noted ... Is that right?" about values heard in another answer.
    "confirm": "yes",
}


def asked_slot(reply: str, playbook: Playbook, lang: str = ENGLISH) -> str | None:
    """The slot the reply's last question asks for, read in ``lang`` or any of its regional variants ("pt": also
    "pt-BR", as the bot words it for a Brazilian), or None when it asks nothing from the playbook."""
    for tag in (lang, *(variant for variant, base in VARIANTS.items() if base == lang)):
        if (slot := _asked_slot(reply, playbook, tag)) is not None:
            return slot
    return None


def _asked_slot(reply: str, playbook: Playbook, lang: str) -> str | None:
    """The slot the reply's last question asks for, read in ``lang``, or None when it asks nothing from the playbook.

    Every way the bot asks: the playbook's (localized) wordings; the privacy question; a confirmation, as its list
    ("I noted ... Is that right?"), in a line when its list is unchanged since last said (``form.LISTED_RIGHT``), or as
    how to answer it (``form.HOW_TO_CONFIRM``); and a question asked as what an answer looks like, after a bare
    yes ("Which company is it? Just its name ...", ``phrasing.A_FEW_WORDS``)."""
    spoken = localized(playbook, lang) if lang != ENGLISH else playbook
    consent = translate(CONSENT_LINE, lang, text="\x00", url="\x00").split("\x00")[0]
    noted = translate(NOTED, lang, what="\x00").split("\x00")
    in_a_line = (translate(LISTED_RIGHT, lang), translate(HOW_TO_CONFIRM, lang))
    for line in reversed(reply.splitlines()):
        if consent in line:
            return "consent"
        if (noted[0] in line and line.endswith(noted[1])) or line in in_a_line:
            return CONFIRM
        for question in spoken.questions:
            if any(variant in line for variant in question.wording):
                return question.attribute
        for slot, example in A_FEW_WORDS.items():
            if translate(example, lang) in line:
                return slot
    return None


def converse(
    visitor: Visitor, playbook: Playbook, answers: Mapping[str, str], opening: str = "hi", limit: int = 25
) -> str:
    """Open with ``opening`` and answer each question from ``answers`` ("skip" when absent) until the bot stops asking.

    "I noted ... Is that right?" is answered from ``answers["confirm"]``, "yes" when absent.
    """
    reply = visitor.say(opening)
    for _ in range(limit):
        slot = asked_slot(reply, playbook)
        if slot is None:
            return reply
        reply = visitor.say(answers.get(slot, "yes" if slot == CONFIRM else "skip"))
    raise AssertionError(f"the bot kept asking:\n{visitor.history()}")


# The tests' standard leads (SQL_ANSWERS; in the other languages the leads of tests/bot/test_language_conversations.py
# and of the email-with-consent tests) as a visitor types them at once: one sentence per attribute the form asks for
# (revenue and tools it does not ask, so the lead answering question by question has none), every one read from the
# one message. Tests about what follows the form (booking) start from them: the
# form's questions, one by one, are covered by the form's own tests.
IN_ONE_MESSAGE = {
    "en": {
        "need": "Hi! We need more qualified leads and our SEO is weak.",
        "name": "My name is Jane Doe.",
        "authority": "I'm the VP of Marketing and I sign off on this.",
        "company": "Our company is Acme Analytics.",
        "industry": "We're a B2B software company.",
        "company_size": "We have about 120 employees.",
        "location": "We're based in Berlin, Germany.",
        "budget": "Our budget is around 60k for the year.",
        "timing": "We want to start next month.",
    },
    "de": {
        "need": "Hallo! Wir brauchen mehr qualifizierte Leads und unser SEO ist schwach.",
        "name": "Ich heiße Anna Schmidt.",
        "authority": "Ich bin Marketingleiterin und entscheide über das Budget.",
        "company": "Die Firma heißt Acme Analytik GmbH.",
        "industry": "Wir sind ein B2B-Softwareunternehmen.",
        "company_size": "Wir haben etwa 120 Mitarbeiter.",
        "location": "Wir sitzen in Berlin, Deutschland.",
        "budget": "Unser Budget liegt bei etwa 60.000 € pro Jahr.",
        "timing": "Wir möchten nächsten Monat starten.",
    },
    "fr": {
        "need": "Bonjour ! Nous avons besoin de plus de prospects qualifiés.",
        "name": "Je m'appelle Claire Martin.",
        "authority": "Je suis la directrice marketing et je décide.",
        "company": "L'entreprise s'appelle Acme Analytique.",
        "industry": "Nous sommes un éditeur de logiciels B2B.",
        "company_size": "Nous avons environ 120 salariés.",
        "location": "Nous sommes basés à Lyon, France.",
        "budget": "Notre budget est d'environ 60 000 € par an.",
        "timing": "Nous voulons commencer le mois prochain.",
    },
    "es": {
        "need": "Hola, buscamos una agencia que nos ayude con el SEO: necesitamos más clientes potenciales.",
        "name": "Me llamo Lucía García.",
        "authority": "Soy la directora de marketing y decido yo.",
        "company": "La empresa se llama Acme Analítica.",
        "industry": "Somos una empresa de software B2B.",
        "company_size": "Tenemos unos 150 empleados.",
        "location": "Estamos en Madrid, España.",
        "budget": "Nuestro presupuesto es de unos 70.000 euros al año.",
        "timing": "Queremos empezar el mes que viene.",
    },
    "it": {
        "need": "Buongiorno! Ci servono più richieste di clienti dal sito web.",
        "name": "Mi chiamo Giulia Rossi.",
        "authority": "Sono la direttrice marketing e decido io.",
        "company": "L'azienda si chiama Acme Analitica.",
        "industry": "Siamo un'azienda di software B2B.",
        "company_size": "Abbiamo circa 120 dipendenti.",
        "location": "Siamo a Milano, Italia.",
        "budget": "Il nostro budget è di circa 60.000 € all'anno.",
        "timing": "Vogliamo iniziare il mese prossimo.",
    },
    "pt": {
        "need": "Olá! Precisamos de mais leads qualificados.",
        "name": "Chamo-me Ana Silva.",
        "authority": "Sou a diretora de marketing e decido eu.",
        "company": "A empresa chama-se Acme Analítica.",
        "industry": "Somos uma empresa de software B2B.",
        "company_size": "Temos cerca de 120 funcionários.",
        "location": "Estamos em Lisboa, Portugal.",
        "budget": "O nosso orçamento é de cerca de 60 mil euros por ano.",
        "timing": "Queremos começar no próximo mês.",
    },
    "nl": {
        "need": "Hallo! We willen meer leads via onze website.",
        "name": "Ik heet Sanne Jansen.",
        "authority": "Ik ben hoofd marketing, ik beslis mee.",
        "company": "Het bedrijf heet Jansen BV.",
        "industry": "We zijn een softwarebedrijf.",
        "company_size": "We hebben ongeveer 60 medewerkers.",
        "location": "We zitten in Utrecht.",
        "budget": "Ons budget is ongeveer 50.000 euro per jaar.",
        "timing": "We willen begin volgende maand starten.",
    },
}
# A yes to the confirmation, and the yes to the privacy question with the address in it, as visitors type them.
YES = {"en": "yes", "de": "ja", "fr": "oui", "es": "sí", "it": "sì", "pt": "sim", "nl": "ja"}
YES_WITH_EMAIL = {"en": "yes, it's {email}", "de": "ja, gerne: {email}", "fr": "oui, c'est {email}",
                  "es": "sí, es {email}", "it": "sì, è {email}", "pt": "sim, é {email}", "nl": "ja hoor, het is {email}"}
ONE_MESSAGE_EMAIL = {lang: f"visitor.{lang}@acme-analytics.io" for lang in IN_ONE_MESSAGE} | {
    "en": SQL_ANSWERS["email"]}


def qualify_in_one_message(
    visitor: Visitor, playbook: Playbook, lang: str = ENGLISH, email: str | None = None, limit: int = 8,
    **sentences: str,
) -> str:
    """State every attribute in one message (``IN_ONE_MESSAGE[lang]``, a sentence replaced by name: ``location="We're
    in the United States."``), confirm what the bot noted once, and say yes to the privacy question with the email
    (``email``, else the language's standard one): the bot's reply after that, a qualified lead's (three turns where
    ``converse`` takes fourteen). A question asked all the same is answered ``skip`` and a confirmation ``yes``, as
    ``converse`` answers them."""
    parts = {**IN_ONE_MESSAGE[lang], **sentences}
    reply = visitor.say(" ".join(parts.values()))
    for _ in range(limit):
        slot = asked_slot(reply, playbook, lang)
        if slot is None:
            return reply
        if slot == "consent":
            answer = YES_WITH_EMAIL[lang].format(email=email or ONE_MESSAGE_EMAIL[lang])
        elif slot == "email":
            answer = email or ONE_MESSAGE_EMAIL[lang]
        else:
            answer = YES[lang] if slot == CONFIRM else "skip"
        reply = visitor.say(answer)
    raise AssertionError(f"the bot kept asking:\n{visitor.history()}")
