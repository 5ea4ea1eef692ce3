"""Visitors' own questions in seven languages, asked in the middle of the form, through the real bot.

The questions are the held-out sets in ``data/held_out_faq_questions*.yml``
(the first written before the bot's answering was changed for them, the
second before the changes after it, the third before nlu.faq's topic
words and the playbook's wider phrasings, the fourth and fifth after
those), and the lines of ``tests/nlu/faq_service_prices_and_where*.jsonl``
(written before nlu.faq read "how much" and "where" as words of their
own). Each visitor's browser says their language, they greet the bot in
it, and then ask their question instead of answering the first one. Right means: the playbook's
answer for the entry, in their language, and the pending question asked
again; for the ``none`` lines, no FAQ answer at all. The figures are printed
(``-s``) per entry and language.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Iterator

import pytest
import yaml

from harness.stack import Stack, Visitor
from nlu.language import language
from qualification import Playbook
from qualification.translation import localized

pytestmark = pytest.mark.slow

DATA = Path(__file__).parent / "data"
# Right answers, and answers from another entry (or to a line that asks nothing the FAQ knows), of all lines.
# History: first batch 70/98 right, 5 wrong before the bot answered from the FAQ; second 32/49, 3 wrong before the
# changes after it; third 93/168 questions right, 21 wrong (in process) before nlu.faq's topic words. Measured on 2026-12-03
# (`pytest tests/bot/test_faq_questions.py -s`), before -> after nlu.faq's AMOUNT and PLACE markers (issue 14):
# first 95 -> 96/98, 1 -> 0 wrong; second 48 -> 49/49, 0 wrong; third 230/240, 0 wrong; fourth 87/91, 0 wrong;
# fifth 160/168, 1 wrong (both). The service-price and where lines, after: 68/74, 0 wrong; 39/40, 0 wrong (an
# earlier run answered "vous êtes combien dans l'équipe ?", a head count the matcher finds nothing for, with the
# pricing text: the classifier's ask_pricing).
RIGHT_AT_LEAST, WRONG_AT_MOST = 0.85, 0.03
HELD_OUT = [
    DATA / "held_out_faq_questions.yml",
    DATA / "held_out_faq_questions_2.yml",
    DATA / "held_out_faq_questions_3.yml",
    DATA / "held_out_faq_questions_4.yml",
    DATA / "held_out_faq_questions_5.yml",
]
NONE = "none"
GREETINGS = {"en": "Hi", "de": "Hallo", "fr": "Bonjour", "es": "Hola", "pt": "Olá", "it": "Ciao", "nl": "Hoi"}


def held_out(path: Path) -> Iterator[tuple[str, str, str]]:
    """(entry id or "none", language, question), in the file's order."""
    for entry, by_language in yaml.safe_load(path.read_text(encoding="utf-8")).items():
        for lang, questions in by_language.items():
            for question in questions:
                yield entry, lang, question


def signature(playbook: Playbook, entry_id: str) -> str:
    """The words only the entry's answer shows: its answer text, else its content offer's link."""
    entry = next(e for e in playbook.faq if e.id == entry_id)
    answer = playbook.faq_answer(entry)
    if answer:
        return answer
    offer = playbook.offer(entry.offer)
    assert offer is not None
    return offer.url


# A link as the widget shows it ("[Privacy notice](https://...)", 406fac8), read as the bare address the playbook's
# answer text holds: the answer is judged by its words, not by how its address is shown.
_LINK = re.compile(r"\[[^\]\n]*\]\((\S+?)\)")


def verdict(reply: str, playbook: Playbook, lang: str, entry_id: str) -> str:
    """ "right", or what went wrong: another entry's answer, no answer, or the pending question not asked again."""
    reply = _LINK.sub(r"\1", reply)
    spoken = localized(playbook, lang)
    answered = [e.id for e in spoken.faq if signature(spoken, e.id) in reply]
    if entry_id == NONE:
        return "right" if not answered else f"answered as {answered}"
    if entry_id not in answered:
        return f"answered as {answered}" if answered else "not answered"
    need = spoken.question("need")
    assert need is not None
    if not any(wording in reply.splitlines()[-1] for wording in need.wording):
        return "pending question not asked again"
    return "right"


def played(stack: Stack, playbook: Playbook, path: Path) -> tuple[int, int, int, list[str]]:
    """A blind set of {"text", "expect"} lines said through the bot, each by a new visitor who greeted it in the
    line's language: right, wrong (another entry's answer) and total, and each miss with its conversation."""
    right = wrong = total = 0
    misses: list[str] = []
    for case in (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line):
        lang = language(case["text"]).code
        v = Visitor(stack.rasa_url, metadata={"language": lang})
        v.say(GREETINGS.get(lang, "Hi"))
        found = verdict(v.say(case["text"]), playbook, lang, case["expect"] or NONE)
        total += 1
        right += found == "right"
        wrong += found.startswith("answered as")
        if found != "right":
            misses.append(f"{case['expect']} {lang} {case['text']!r}: {found}\n{v.history()}")
    return right, wrong, total, misses


@pytest.mark.parametrize("batch", HELD_OUT, ids=("first", "second", "third", "fourth", "fifth"))
def test_visitors_questions_in_seven_languages_are_answered_from_the_playbook_in_their_language(
    stack: Stack, playbook: Playbook, batch: Path
) -> None:
    outcomes: Counter[tuple[str, str, bool]] = Counter()
    misses: list[str] = []
    wrong = 0
    for entry_id, lang, question in held_out(batch):
        v = Visitor(stack.rasa_url, metadata={"language": lang})
        v.say(GREETINGS[lang])
        found = verdict(v.say(question), playbook, lang, entry_id)
        outcomes[entry_id, lang, found == "right"] += 1
        if found != "right":
            misses.append(f"{entry_id} {lang} {question!r}: {found}\n{v.history()}")
            wrong += found.startswith("answered as")
    for entry_id in dict.fromkeys(e for e, _, _ in outcomes):
        row = {lang: f"{outcomes[entry_id, lang, True]}/{outcomes[entry_id, lang, True] + outcomes[entry_id, lang, False]}"
               for lang in GREETINGS}
        print(entry_id, row)
    right, total = sum(n for (_, _, ok), n in outcomes.items() if ok), sum(outcomes.values())
    print(f"right: {right}/{total}, wrong: {wrong}/{total}")
    assert right >= RIGHT_AT_LEAST * total and wrong <= WRONG_AT_MOST * total, "\n\n".join(misses)


# The blind lines of tests/nlu/faq_service_prices_and_where*.jsonl (issue 14, written before nlu.faq read "how
# much" and "where" as words of their own): a price asked of a service, where we work from, who we worked with,
# and statements about the visitor's spend or place. Through the real bot, the matcher and the classifier together.
NLU = Path(__file__).parents[1] / "nlu"
SERVICE_PRICES_AND_WHERE = sorted(NLU.glob("faq_service_prices_and_where*.jsonl"))


@pytest.mark.parametrize("batch", SERVICE_PRICES_AND_WHERE, ids=lambda p: p.stem)
def test_a_price_asked_of_a_service_and_where_we_work_from_are_answered_as_such(
    stack: Stack, playbook: Playbook, batch: Path
) -> None:
    right = wrong = total = 0
    misses: list[str] = []
    for case in (json.loads(line) for line in batch.read_text(encoding="utf-8").splitlines() if line):
        v = Visitor(stack.rasa_url, metadata={"language": case["lang"]})
        v.say(GREETINGS[case["lang"]])
        found = verdict(v.say(case["text"]), playbook, case["lang"], case["expect"] or NONE)
        total += 1
        right += found == "right"
        wrong += found.startswith("answered as")
        if found != "right":
            misses.append(f"{case['expect']} {case['lang']} {case['text']!r}: {found}\n{v.history()}")
    print(f"{batch.name}: right {right}/{total}, wrong {wrong}/{total}")
    assert wrong <= WRONG_AT_MOST * total and right >= RIGHT_AT_LEAST * total, "\n\n".join(misses)


def pending_wordings(playbook: Playbook, reply: str) -> tuple[str, ...]:
    """The wordings of the question the bot's reply ends with."""
    last = reply.splitlines()[-1]
    return next(q.wording for q in playbook.questions if any(w in last for w in q.wording))


@pytest.mark.parametrize("question", ["how much for SEO?", "how much would LinkedIn ads cost?", "what do you charge?"])
def test_a_price_asked_first_or_in_the_middle_of_the_form_gets_the_pricing_text_and_the_question_again(
    stack: Stack, playbook: Playbook, question: str
) -> None:
    first = Visitor(stack.rasa_url, metadata={"language": "en"})
    assert signature(playbook, "pricing") in first.say(question), first.history()
    later = Visitor(stack.rasa_url, metadata={"language": "en"})
    later.say("Hi")
    asked = later.say("we need more inbound leads for our B2B SaaS")
    reply = later.say(question)
    assert signature(playbook, "pricing") in reply, later.history()
    assert any(w in reply.splitlines()[-1] for w in pending_wordings(playbook, asked)), later.history()
