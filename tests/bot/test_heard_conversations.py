"""What the visitor tells us besides the answer asked for, through the real Rasa, action server and lead service.

A value told in reply to another question is heard: said back at once by
value ("Notiert: etwa 50 Mitarbeitende."), the pending question asked again
in other words, and the value confirmed in one line before its own question
is skipped; in each of the seven languages. A date given to "is that
right?" is taken and shown in the confirmation again. A value the bot
worked out ("60k last year, half that now") is confirmed, never stored
unasked. A name given at the privacy question is heard and the question
asked again, without "sorry".
"""

from __future__ import annotations

import pytest

from bot.actions.phrasebook import translate
from harness.stack import Stack, Visitor
from qualification import Playbook
from tests.bot.test_language_conversations import CONFIRM, asked

pytestmark = pytest.mark.slow

# A team of 50, said by a visitor who was asked for their role, in their language.
SIZES = {
    "en": "we are about 50 people",
    "de": "wir sind 50 Mitarbeitende",
    "fr": "nous sommes 50 salariés",
    "es": "somos 50 empleados",
    "pt": "somos 50 funcionários",
    "it": "siamo 50 dipendenti",
    "nl": "we zijn met 50 medewerkers",
}
# Answers to the questions before the role, and the role itself.
EARLIER = {
    "en": ("hello", "more leads", "Acme Analytics", "I'm the head of marketing and I decide"),
    "de": ("Hallo", "mehr Leads", "Acme Analytik GmbH", "Ich bin Marketingleiterin und entscheide selbst"),
    "fr": ("Bonjour", "plus de leads", "Acme Analytique", "Je suis directrice marketing et je décide"),
    "es": ("Hola", "más clientes potenciales", "Acme Analítica", "Soy la directora de marketing y decido yo"),
    "pt": ("Olá", "mais leads", "Acme Analítica", "Sou a diretora de marketing e decido eu"),
    "it": ("Ciao", "più lead", "Acme Analitica", "Sono la responsabile marketing e decido io"),
    "nl": ("Hallo", "meer leads", "Acme Analytics", "Ik ben marketingmanager en beslis zelf"),
}



def answer_until(v: Visitor, playbook: Playbook, lang: str, wanted: str, answers: dict[str, str], reply: str) -> str:
    for _ in range(15):
        slot = asked(reply, playbook, lang)
        if slot == wanted:
            return reply
        assert slot is not None and slot in answers, f"{wanted} was never asked:\n{v.history()}"
        reply = v.say(answers[slot])
    raise AssertionError(f"{wanted} was never asked:\n{v.history()}")


OPENING = ("Hi, I'm the VP marketing at a 120-person software company in Berlin, we need more leads, budget 60k, "
           "start next month")


def to_consent(v: Visitor, playbook: Playbook, tools: str) -> str:
    """A visitor who says most things at once, confirms them and answers until the privacy question."""
    answers = {CONFIRM: "yes", "company": "Acme Analytics", "revenue": "skip", "tech_stack": tools}
    return answer_until(v, playbook, "en", "consent", answers, v.say(OPENING))


def last_line(reply: str) -> str:
    return [line for line in reply.splitlines() if line.strip() and not line.startswith("[")][-1]


@pytest.mark.parametrize("lang", sorted(SIZES))
def test_a_size_given_to_the_role_question_is_said_back_by_value_the_role_asked_again_and_confirmed_later(
        stack: Stack, playbook: Playbook, lang: str) -> None:
    greeting, need, company, role = EARLIER[lang]
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    reply = answer_until(v, playbook, lang, "authority", {"need": need, "company": company}, v.say(greeting))
    asked_before = last_line(reply)
    reply = v.say(SIZES[lang])
    noted = translate("Noted: {what}.", lang, what="\x00").split("\x00")[0]
    said_back = [line for line in reply.splitlines() if line.startswith(noted)]
    assert said_back and "50" in said_back[0], v.history()
    assert asked(reply, playbook, lang) == "authority", v.history()
    assert last_line(reply) != asked_before, f"the same words again:\n{v.history()}"
    # A second message that is no role either: said back, and the role asked again, never "sorry".
    sorry = translate("Sorry, I didn't catch that. {question}", lang, question="\x00").split("\x00")[0]
    reply = v.say({"en": "Berlin", "de": "in Berlin", "fr": "à Paris", "es": "en Madrid", "pt": "em Lisboa",
                   "it": "a Milano", "nl": "in Amsterdam"}[lang])
    assert asked(reply, playbook, lang) == "authority" and sorry not in reply, v.history()
    assert any(line.startswith(noted) for line in reply.splitlines()), v.history()
    # When the size's own question is due, the heard size is confirmed in one line instead.
    reply = v.say(role)
    for _ in range(10):
        slot = asked(reply, playbook, lang)
        assert slot not in ("company_size", "location", None), v.history()
        if slot == CONFIRM:
            break
        reply = v.say({"industry": "software"}.get(slot, "skip"))
    assert "50" in reply, v.history()
    lead = stack.lead_for(v.sender)
    assert lead is None or lead["attributes"].get("company_size") is None, "stored before it was confirmed"


@pytest.mark.parametrize(("lang", "opening", "value", "said"), [
    # A quarter is said back as the quarter the visitor named, not as its last month (2d78023).
    ("de", "Hallo, wir sind 50 Leute in Berlin und brauchen SEO, Budget etwa 20.000 €", "Ende des ersten Quartals",
     "1. Quartal"),
    ("es", "Hola, somos 40 personas en Madrid y necesitamos SEO", "unos 4.000 € al mes", "4.000"),
])
def test_a_new_value_at_the_confirmation_is_said_back_once_and_the_rest_asked_in_a_line(
        stack: Stack, playbook: Playbook, lang: str, opening: str, value: str, said: str) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    reply = v.say(opening)
    assert asked(reply, playbook, lang) == CONFIRM, v.history()
    reply = v.say(value)
    assert asked(reply, playbook, lang) == CONFIRM, v.history()
    # Said back once, and the confirmation asked again for the rest, which it lists: never the same value twice in
    # one turn, nor "everything else" unsaid (issue 14).
    before, after = translate("I noted {what}. Is that right?", lang, what="\x00").split("\x00")
    last = [line for line in reply.splitlines() if not line.startswith("[")][-1]  # the buttons' lines left out
    assert reply.count(said) == 1 and last.startswith(before) and last.endswith(after), v.history()
    reply = v.say(translate("Yes", lang).lower())
    assert asked(reply, playbook, lang) not in ("timing", "budget", "company_size", "location", CONFIRM), v.history()


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "we spent 60k last year, about half that now"),
    ("de", "letztes Jahr waren es 60.000 €, jetzt etwa die Hälfte"),
])
def test_a_budget_the_bot_worked_out_is_confirmed_before_it_counts(
        stack: Stack, playbook: Playbook, lang: str, text: str) -> None:
    greeting, need, company, _ = EARLIER[lang]
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    reply = answer_until(v, playbook, lang, "authority", {"need": need, "company": company}, v.say(greeting))
    reply = v.say(text)
    worked_out = translate("I noted {what}, worked out from what you said. Is that right?", lang, what="\x00")
    line = next((line for line in reply.splitlines() if line.startswith(worked_out.split("\x00")[0])), "")
    assert line.endswith(worked_out.split("\x00")[1]) and "30" in line, v.history()
    assert [title for title, _ in v.buttons] == [translate("Yes", lang), translate("Change", lang)], v.history()
    reply = v.say("/deny")
    # Change: the budget stays open, its question asked in its turn; the role is asked now.
    assert asked(reply, playbook, lang) == "authority", v.history()


def test_a_name_given_at_the_privacy_question_is_said_back_as_held_and_consent_asked_again(
        stack: Stack, playbook: Playbook) -> None:
    v = Visitor(stack.rasa_url)
    reply = to_consent(v, playbook, tools="HubSpot")
    reply = v.say("Jane Doe")
    # Not "Noted": the visitor has not agreed yet, so the name is held until they do.
    assert "Thanks. I'll keep these only once you've said that's OK: your name, Jane Doe." in reply, v.history()
    assert "Sorry" not in reply and "Noted" not in reply, v.history()
    assert asked(reply, playbook, "en") == "consent", v.history()
    reply = v.say("yes")
    # The yes answers "OK?" asked of exactly that name: it is taken with the consent, not asked about again.
    assert asked(reply, playbook, "en") not in (CONFIRM, "name", "consent"), v.history()
    reply = answer_until(v, playbook, "en", "email", {CONFIRM: "yes", "name": "Jane Doe"}, reply)
    v.say("jane.doe@acme-analytics.io")
    lead = stack.lead_for(v.sender)
    assert lead is not None and lead["attributes"]["name"] == "Jane Doe", v.history()


def test_a_yes_at_the_privacy_question_is_no_name(stack: Stack, playbook: Playbook) -> None:
    v = Visitor(stack.rasa_url)
    reply = to_consent(v, playbook, tools="HubSpot")
    reply = v.say("Sure")
    assert asked(reply, playbook, "en") == "name", v.history()


@pytest.mark.parametrize(("lang", "opening", "facts"), [
    ("fr", "Bonjour, on est une trentaine dans une agence immobilière à Lyon et on voudrait plus de mandats vendeurs",
     ("30", "Lyon")),
    ("pt", "Oi! Sou gerente de marketing de uma rede de escolas de idiomas em São Paulo. Precisamos de mais alunos.",
     ("São Paulo",)),
    ("nl", "Hoi, wij zijn een webwinkel in tuinmeubelen uit Utrecht en willen meer halen uit onze advertenties",
     ("Utrecht",)),
])
def test_an_opening_statement_is_heard_not_answered_as_a_question(
        stack: Stack, playbook: Playbook, lang: str, opening: str, facts: tuple[str, ...]) -> None:
    v = Visitor(stack.rasa_url)
    reply = v.say(opening)
    assert translate("I'm not sure about that one, I'm afraid. I can tell you about our services and pricing, "
                     "or put you in touch with our team.", lang) not in reply, v.history()
    assert all(fact in reply for fact in facts), v.history()
    assert asked(reply, playbook, lang) is not None, f"not asked in {lang}:\n{v.history()}"


def test_a_role_heard_without_a_title_is_not_confirmed_and_the_role_question_is_asked(
        stack: Stack, playbook: Playbook) -> None:
    v = Visitor(stack.rasa_url)
    reply = v.say("hello, my boss asked me to look into agencies for our google ads")
    assert "your role" not in reply, v.history()
    answers = {CONFIRM: "yes", "company": "Acme Analytics"}
    answer_until(v, playbook, "en", "authority", answers, reply)


def test_a_correction_of_the_size_at_the_budget_question_is_no_budget(stack: Stack, playbook: Playbook) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": "de-DE"})
    answers = {"need": "mehr Leads", "company": "Acme Analytik GmbH", "authority": "Ich bin Geschäftsführer",
               "industry": "Software", "company_size": "20 Leute", "location": "Köln", "tech_stack": "HubSpot",
               "revenue": "keine Angabe", CONFIRM: "ja"}
    answer_until(v, playbook, "de", "budget", answers, v.say("Hallo"))
    reply = v.say("Kleine Korrektur noch: wir sind 25 Leute, nicht 20.")
    assert "25" in reply and asked(reply, playbook, "de") == "budget", v.history()


def test_a_correction_after_the_close_in_a_sentence_is_said_back_and_reaches_the_lead(
        stack: Stack, playbook: Playbook) -> None:
    v = Visitor(stack.rasa_url)
    reply = to_consent(v, playbook, tools="HubSpot")
    answer_until(v, playbook, "en", "email", {CONFIRM: "yes", "consent": "yes", "name": "Jane Doe"}, reply)
    v.say("jane.doe@acme-analytics.io")
    before = stack.lead_for(v.sender)
    assert before is not None, v.history()
    reply = v.say("oh, one more thing: the board pushed this back, we can only start in march now")
    assert reply.startswith("Got it, a start in March 20") and "didn't" not in reply, v.history()
    after = stack.lead_for(v.sender)
    assert after is not None and after["attributes"]["timing"] != before["attributes"]["timing"], v.history()


def test_an_amount_at_the_privacy_question_does_not_replace_a_given_budget_unless_corrected(
        stack: Stack, playbook: Playbook) -> None:
    v = Visitor(stack.rasa_url)
    reply = to_consent(v, playbook, tools="HubSpot")
    reply = v.say("around 20M a year")
    assert "Got it" not in reply and asked(reply, playbook, "en") == "consent", v.history()


def test_a_need_put_with_a_question_is_answered_once_then_taken_as_the_need(stack: Stack, playbook: Playbook) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": "it"})
    v.say("Ciao")
    said = "mi interessa capire la lead generation, avete una guida da leggere?"
    reply = v.say(said)
    # The guide, and the need said before the question heard and read back to confirm (692be44), never asked again.
    assert asked(reply, playbook, "it") == "confirm" and "lead-generation-framework" in reply, v.history()
    reply = v.say("sì")
    assert asked(reply, playbook, "it") not in ("need", "confirm", None), v.history()


def test_a_name_given_to_the_role_question_is_heard_and_the_role_asked_again_without_sorry(
        stack: Stack, playbook: Playbook) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": "fr"})
    reply = answer_until(v, playbook, "fr", "authority", {"need": "plus de leads", "company": "Acme Analytique"},
                         v.say("Bonjour"))
    reply = v.say("Claire Martin")
    sorry = translate("Sorry, I didn't catch that. {question}", "fr", question="\x00").split("\x00")[0]
    assert "Claire Martin" in reply and sorry not in reply, v.history()
    assert asked(reply, playbook, "fr") == "authority", v.history()


def test_tools_volunteered_at_the_privacy_question_are_confirmed_before_the_end_and_stored(
        stack: Stack, playbook: Playbook) -> None:
    v = Visitor(stack.rasa_url)
    reply = to_consent(v, playbook, tools="skip")
    reply = v.say("we use HubSpot and WordPress")
    assert "Noted: the tools you use (HubSpot and WordPress)." in reply and "Sorry" not in reply, v.history()
    answers = {CONFIRM: "yes", "consent": "yes", "name": "Jane Doe", "email": "jane.doe@acme-analytics.io"}
    for _ in range(8):
        slot = asked(reply, playbook, "en")
        if slot is None:
            break
        reply = v.say(answers[slot])
    # Confirmed in its own line (after the email just given is said back).
    assert any(line.startswith("I noted the tools you use") for _, bot in v.transcript for line in bot.splitlines()), \
        v.history()
    lead = stack.lead_for(v.sender)
    assert lead is not None and set(lead["attributes"]["tech_stack"]) >= {"hubspot", "wordpress"}, v.history()


def test_a_fact_at_the_privacy_question_gets_no_apology(stack: Stack, playbook: Playbook) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": "fr"})
    reply = v.say("Bonjour, je suis directrice marketing dans une entreprise de logiciels de 120 personnes à Lyon, on "
                  "veut plus de leads, budget 60k")
    answers = {CONFIRM: "oui", "company": "Acme Analytique", "revenue": "aucune idée", "tech_stack": "HubSpot",
               "timing": "le mois prochain"}
    reply = answer_until(v, playbook, "fr", "consent", answers, reply)
    reply = v.say("environ 2 millions d'euros")
    sorry = translate("Sorry, I didn't catch that. {question}", "fr", question="\x00").split("\x00")[0]
    assert sorry not in reply and asked(reply, playbook, "fr") == "consent", v.history()


def test_a_company_name_is_a_name_and_nothing_heard_in_its_words(stack: Stack, playbook: Playbook) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": "de-DE"})
    answer_until(v, playbook, "de", "company", {"need": "mehr Leads"}, v.say("Hallo"))
    reply = v.say("Weber + Partner Architekten")
    assert asked(reply, playbook, "de") == "authority", v.history()


def test_an_emoji_alone_asks_for_no_call(stack: Stack, playbook: Playbook) -> None:
    v = Visitor(stack.rasa_url)
    reply = v.say("😀😀")
    assert "call" not in reply and asked(reply, playbook, "en") == "need", v.history()


@pytest.mark.parametrize(("lang", "opening", "said"), [
    ("en", "hi, I'm a student writing my thesis on B2B lead generation", "that you're a student"),
    ("en", "hello! I'm looking for a job in marketing, are you hiring?", "that you're looking for a job"),
    ("it", "Buongiorno, sono uno studente di marketing a Torino e preparo la tesi di laurea", "che studia"),
    ("de", "Hallo, ich bin Student und schreibe meine Bachelorarbeit über Leadgenerierung", "Sie studieren"),
    # A question that says who they are is no question the FAQ answers: heard and confirmed, never "not sure".
    ("es", "Buenas, busco empleo como diseñador gráfico, ¿están contratando?", "que busca trabajo"),
])
def test_who_a_visitor_says_they_are_is_confirmed_before_it_ends_the_conversation(
        stack: Stack, playbook: Playbook, lang: str, opening: str, said: str) -> None:
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    reply = v.say(opening)
    assert asked(reply, playbook, lang) == CONFIRM and said in reply, v.history()
    assert "as student" not in reply and "role" not in reply, v.history()
    assert stack.lead_for(v.sender) is None, "stored as disqualified before they agreed"
    reply = v.say(translate("Yes", lang).lower())
    assert asked(reply, playbook, lang) is None, v.history()
    lead = stack.lead_for(v.sender)
    assert lead is not None and lead["stage"] == "disqualified", v.history()


def test_a_visitor_who_says_change_to_being_a_student_goes_on_with_the_questions(
        stack: Stack, playbook: Playbook) -> None:
    v = Visitor(stack.rasa_url)
    reply = v.say("hi, I'm a student writing my thesis on B2B lead generation")
    assert asked(reply, playbook, "en") == CONFIRM and "student" in reply, v.history()
    reply = v.say("/deny")
    assert asked(reply, playbook, "en") not in (None, CONFIRM), v.history()
    answers = {"need": "SEO", "company": "Acme Analytics"}
    reply = answer_until(v, playbook, "en", "authority", answers, reply)
    reply = v.say("I'm the head of marketing, it's my call")
    assert asked(reply, playbook, "en") not in (None, "authority"), v.history()
    lead = stack.lead_for(v.sender)
    assert lead is None or (lead["stage"] != "disqualified" and "persona" not in lead["attributes"]), v.history()


# An answer to the industry question that also names a place, then the size; in the visitor's language.
TOLD_MORE = {
    "en": ("logistics, we move freight across the UK", ("logistics", "United Kingdom"), "about 40 people", "40"),
    "de": ("Logistik, wir fahren Fracht quer durch Österreich", ("Logistik", "Österreich"), "etwa 40 Leute", "40"),
}


@pytest.mark.parametrize("lang", sorted(TOLD_MORE))
def test_every_fact_of_an_answer_is_acknowledged_in_order_and_once(
        stack: Stack, playbook: Playbook, lang: str) -> None:
    greeting, need, company, role = EARLIER[lang]
    told, facts, size, count = TOLD_MORE[lang]
    v = Visitor(stack.rasa_url, metadata={"language": lang})
    reply = answer_until(v, playbook, lang, "industry", {"need": need, "company": company, "authority": role},
                         v.say(greeting))
    reply = v.say(told)
    noted = translate("Noted: {what}.", lang, what="\x00").split("\x00")[0]
    said_back = [line for line in reply.splitlines() if line.startswith(noted)]
    # The industry answered and the place heard, in one line, the answer first.
    assert len(said_back) == 1 and all(fact in said_back[0] for fact in facts), v.history()
    assert said_back[0].index(facts[0]) < said_back[0].index(facts[1]), v.history()
    assert asked(reply, playbook, lang) == "company_size", v.history()
    reply = v.say(size)
    lines = [line for line in reply.splitlines() if not line.startswith("[")]
    # The size is acknowledged before the place is confirmed, and the place is not said back a second time first.
    assert asked(reply, playbook, lang) == CONFIRM and len(lines) == 2, v.history()
    assert lines[0].startswith(noted) and count in lines[0] and facts[1] not in lines[0], v.history()
    assert facts[1] in lines[1], v.history()
