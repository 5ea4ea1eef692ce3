"""How well and how fast ``nlu.faq`` finds the FAQ entry a visitor's question asks, on the held-out batches.

    .venv/bin/python bench/faq_matching.py               # the default playbook, every batch
    .venv/bin/python bench/faq_matching.py --failures    # also each miss, wrong entry and invented answer
    .venv/bin/python bench/faq_matching.py --playbook FILE
    .venv/bin/python bench/faq_matching.py --bot-turn    # also the bot's weighing of each question (see below)

The batches are ``tests/bot/data/held_out_faq_questions*.yml`` (entry id ->
language -> questions; ``none`` must match nothing). Each question is matched
as the bot matches it: against the playbook localized to the visitor's
language (that language's phrasings and the default ones), with the
language as the hint. Matcher alone, without Rasa's classifier (the bot's
figures are in tests/bot/test_faq_questions.py). Per batch: right, wrong
entry, missed, ``none`` kept, and precision (right answers among all answers
given). Speed: wall time per question (p50, p95) next to the extractor's on
the same texts in the same run (``nlu.extract``, which the bot also runs on
every message), as a ratio, because the machine is shared and noisy. With
``--bot-turn``: the CPU time of the three calls a turn of the bot makes on
one message (``asked_entry``, ``answer_messages``, ``answering`` of
``bot.actions.faq``, with a classifier intent that names no entry at 0.6,
the matcher's memory of earlier messages cleared), as a ratio to one match
of the same message.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from pathlib import Path

import yaml

from nlu import extract
from nlu.faq import FaqMatcher
from qualification import DEFAULT_PLAYBOOK, Playbook, load_playbook
from qualification.translation import localized

from _stats import percentile

ROOT = Path(__file__).resolve().parent.parent

BATCHES = sorted((ROOT / "tests" / "bot" / "data").glob("held_out_faq_questions*.yml"))
NONE = "none"
NOW = "2026-01-15T10:00:00+00:00"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--playbook", type=Path, default=DEFAULT_PLAYBOOK)
    parser.add_argument("--failures", action="store_true")
    parser.add_argument("--bot-turn", action="store_true")
    args = parser.parse_args()
    playbook = load_playbook(args.playbook)
    matchers: dict[str, FaqMatcher] = {}
    matched: list[float] = []
    extracted: list[float] = []
    for batch in BATCHES:
        counts: Counter[str] = Counter()
        by_language: Counter[tuple[str, bool]] = Counter()
        failures: list[str] = []
        for entry, languages in yaml.safe_load(batch.read_text(encoding="utf-8")).items():
            for lang, questions in languages.items():
                if lang not in matchers:
                    matchers[lang] = FaqMatcher((e.id, e.questions) for e in localized(playbook, lang).faq)
                    matchers[lang].match("?", lang)  # the language's stemmer and detector load once
                for question in questions:
                    t = time.perf_counter()
                    found = matchers[lang].match(question, lang)
                    matched.append(time.perf_counter() - t)
                    t = time.perf_counter()
                    extract(question, field=None, now=NOW, lang=lang)
                    extracted.append(time.perf_counter() - t)
                    got = found.entry if found else NONE
                    verdict = ("right" if got == entry else "invented" if entry == NONE
                               else "missed" if got == NONE else "wrong")
                    counts[verdict] += 1
                    counts[NONE if entry == NONE else "questions"] += 1
                    by_language[lang, verdict == "right"] += 1
                    if verdict != "right":
                        failures.append(f"  {verdict:8} {entry:12} {lang} {question!r} -> {got}")
        answered = counts["right"] - (counts[NONE] - counts["invented"]) + counts["wrong"] + counts["invented"]
        right_questions = counts["right"] - (counts[NONE] - counts["invented"])
        print(f"{batch.name}: questions right {right_questions}/{counts['questions']}, wrong entry {counts['wrong']}, "
              f"missed {counts['missed']}, none kept {counts[NONE] - counts['invented']}/{counts[NONE]}, "
              f"precision {right_questions / max(1, answered):.3f}")
        print("  right by language: " + ", ".join(
            f"{lang} {by_language[lang, True]}/{by_language[lang, True] + by_language[lang, False]}"
            for lang in dict.fromkeys(lang for lang, _ in by_language)))
        if args.failures:
            print("\n".join(failures))
    ms = 1000
    print(f"per question ({len(matched)}): match p50 {percentile(matched, 0.5) * ms:.2f} ms, "
          f"p95 {percentile(matched, 0.95) * ms:.2f} ms; extract p50 {percentile(extracted, 0.5) * ms:.2f} ms, "
          f"p95 {percentile(extracted, 0.95) * ms:.2f} ms; ratio match/extract p50 "
          f"{percentile(matched, 0.5) / percentile(extracted, 0.5):.2f}, "
          f"p95 {percentile(matched, 0.95) / percentile(extracted, 0.95):.2f}")
    if args.bot_turn:
        bot_turn(playbook)


def bot_turn(playbook: Playbook) -> None:
    from bot.actions import language
    from bot.actions.faq import answer_messages, answering, asked_entry, matcher

    turns: list[float] = []
    matches: list[float] = []
    for batch in BATCHES:
        for languages in yaml.safe_load(batch.read_text(encoding="utf-8")).values():
            for lang, questions in languages.items():
                language._spoken.set(lang)
                spoken = localized(playbook, lang)
                faq = matcher(spoken.faq)
                for question in questions:
                    faq.forget()
                    t = time.process_time()
                    faq.match(question, lang)
                    matches.append(time.process_time() - t)
                    faq.forget()
                    t = time.process_time()
                    asked_entry(spoken, question, "ask_question", 0.6)
                    answer_messages(spoken, question, "ask_question", 0.6)
                    answering(spoken, question, "ask_question", 0.6)
                    turns.append(time.process_time() - t)
    print(f"bot turn ({len(turns)} questions): three calls {sum(turns) * 1000 / len(turns):.2f} CPU ms per question, "
          f"one match {sum(matches) * 1000 / len(matches):.2f}; ratio {sum(turns) / sum(matches):.2f}")


if __name__ == "__main__":
    main()
