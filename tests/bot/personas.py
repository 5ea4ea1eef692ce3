"""Scripted visitors for the persona tests: who they are, how they chat, and what their lead must hold.

A ``Persona`` answers whatever the bot asks from its script, in its own
language, through the real Rasa, action server and lead service (``play``);
``wrong`` reads the lead the service stored and says, as sentences, what it
got wrong. Used by ``test_truth_personas`` and its held-out sets.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from types import MappingProxyType
from typing import Any, Collection, Mapping
from zoneinfo import ZoneInfo

import pytest

from harness.script import CONFIRM, asked_slot
from harness.stack import Stack, Visitor
from qualification import Playbook

# The path is not in the lead at all.
ABSENT = object()
# The reply a persona gives a confirmation or the privacy question its script does not answer.
YES = {"en": "yes", "de": "ja", "es": "sí"}


# Values a label may hold besides an exact one, and vague dates as spans of days from today (the conversation's
# date), so the personas hold on any day they are played.
@dataclass(frozen=True)
class Within:
    """Equal to any number from ``low`` to ``high`` inclusive (a vague period read as days, a hedged count)."""

    low: float
    high: float

    def __eq__(self, other: object) -> bool:
        return isinstance(other, (int, float)) and not isinstance(other, bool) and self.low <= other <= self.high

    def __ne__(self, other: object) -> bool:
        return not self == other

    def __hash__(self) -> int:
        return hash((self.low, self.high))


@dataclass(frozen=True)
class OneOf:
    """Equal to any of ``values``: a label two careful readers could both defend."""

    values: tuple[Any, ...]

    def __eq__(self, other: object) -> bool:
        return other in self.values

    def __ne__(self, other: object) -> bool:
        return not self == other

    def __hash__(self) -> int:
        return hash(self.values)


TODAY = date.today()


def days_to(day: date) -> int:
    return (day - TODAY).days


def month_span(month: int, year: int | None = None) -> Within:
    """Days from today to the first and the last day of ``month``: of ``year``, else its next occurrence."""
    if year is None:
        year = TODAY.year if month >= TODAY.month else TODAY.year + 1
    last = calendar.monthrange(year, month)[1]
    return Within(max(0, days_to(date(year, month, 1))), days_to(date(year, month, last)))


def next_month() -> Within:
    return month_span(TODAY.month % 12 + 1)


def end_of(month: int) -> Within:
    """The last days of ``month`` ("by the end of February"): its last week, in days from today."""
    span = month_span(month)
    return Within(span.high - 7, span.high)


def quarter_of_next_year(quarter: int) -> Within:
    first = month_span(3 * quarter - 2, TODAY.year + 1)
    last = month_span(3 * quarter, TODAY.year + 1)
    return Within(first.low, last.high)


# Words of the bot's English texts that a visitor writing another language must never read.
ENGLISH = ("Is that right?", "Sorry, I didn't catch", "What's your", "Where are you based?",
           "When would you like to get started?", "Got it")


def mid_month(month: int) -> Within:
    """The middle of ``month`` ("mid January"): its 10th to its 20th, in days from today."""
    first = month_span(month).low
    return Within(first + 9, first + 19)


@dataclass(frozen=True)
class Persona:
    name: str
    opening: str
    # What they answer per slot ("confirm": the reply to "I noted ... Is that right?"); a tuple is said in turn.
    answers: Mapping[str, str | tuple[str, ...]]
    # The language they write and read in.
    lang: str = "en"
    # Path -> value the stored lead must hold (ABSENT: no value).
    expect: Mapping[str, Any] = field(default_factory=dict)
    # Path -> values the stored lead must never hold there.
    never: Mapping[str, tuple[Any, ...]] = field(default_factory=dict)
    # Said once, the first time the slot is asked, before its answer (a question, a correction, "stop").
    before: Mapping[str, str] = field(default_factory=dict)
    # Said once the bot stops asking; if the bot then asks again, the persona goes on answering.
    after: tuple[str, ...] = ()
    # False: no lead may be stored for the conversation.
    stored: bool = True
    # Words the bot must have said, and words it must never say (in the visitor's language).
    said: tuple[str, ...] = ()
    unsaid: tuple[str, ...] = ()
    # Slots the bot must ask (again) after an answer that stated no value for them.
    asked_twice: tuple[str, ...] = ()


def question(reply: str, playbook: Playbook, lang: str) -> str | None:
    # In the visitor's language, or in English (a line the bot has not translated is still asked).
    return asked_slot(reply, playbook, lang) or asked_slot(reply, playbook)


def play(v: Visitor, playbook: Playbook, persona: Persona, limit: int = 40) -> None:
    """The opening, an answer to each question until the bot asks nothing, then ``after``; answering goes on."""
    queued = {slot: list(said) if isinstance(said, tuple) else [said] for slot, said in persona.answers.items()}
    interjections = dict(persona.before)
    afterwards = list(persona.after)
    reply = v.say(persona.opening)
    for _ in range(limit):
        slot = question(reply, playbook, persona.lang)
        if slot is None:
            if not afterwards:
                return
            reply = v.say(afterwards.pop(0))
            continue
        if slot in interjections:
            reply = v.say(interjections.pop(slot))
            continue
        queue = queued.get(slot) or [YES[persona.lang] if slot in (CONFIRM, "consent") else "skip"]
        reply = v.say(queue.pop(0) if len(queue) > 1 else queue[0])
    raise AssertionError(f"the bot kept asking:\n{v.history()}")


def at(lead: dict[str, Any], path: str) -> Any:
    value: Any = lead["attributes"]
    for key in path.split("."):
        if not isinstance(value, dict) or value.get(key) is None:
            return ABSENT
        value = value[key]
    return value


def wrong(stack: Stack, v: Visitor, playbook: Playbook, persona: Persona) -> list[str]:
    """What the stored lead (and the conversation) got wrong, as sentences; [] when right."""
    lead = stack.lead_for(v.sender)
    if not persona.stored:
        return [] if lead is None else [f"a lead was stored after stop: {lead['attributes']}"]
    if lead is None:
        return ["no lead stored"]
    problems = [f"{path} is {at(lead, path)!r}, not {want!r}" for path, want in persona.expect.items()
                if at(lead, path) != want]
    problems += [f"{path} is the invented {at(lead, path)!r}" for path, bad in persona.never.items()
                 if at(lead, path) in bad]
    bot = "\n".join(answer for _, answer in v.transcript)
    problems += [f"the bot never said {words!r}" for words in persona.said if words not in bot]
    problems += [f"the bot said {words!r}" for words in persona.unsaid if words in bot]
    asked = [question(answer, playbook, persona.lang) for _, answer in v.transcript]
    problems += [f"{slot} was asked {asked.count(slot)} time(s), not again" for slot in persona.asked_twice
                 if asked.count(slot) < 2]
    return problems


def cases(personas: list[Persona], still_wrong: Mapping[str, str]) -> list[Any]:
    """The personas as parameters named by first name; those still wrong when their session ended are strict xfails
    with what is wrong, so the failure stays named and a fix shows as an unexpected pass to be taken off the list."""
    ids = [p.name.split(",")[0] for p in personas]
    return [pytest.param(p, id=i, marks=[pytest.mark.xfail(strict=True, reason=still_wrong[i])] if i in still_wrong
                         else []) for p, i in zip(personas, ids)]


Phrases = Mapping[str, tuple[tuple[str, tuple[str, ...]], ...]]
NONE: Mapping[str, Any] = MappingProxyType({})  # no table: a default no call can change


def play_and_check(stack: Stack, playbook: Playbook, persona: Persona, *, booked_in: Mapping[str, str] = NONE,
                   reply_holds: Phrases = NONE, reply_lacks: Phrases = NONE, skips: Mapping[str, tuple[str, str]] = NONE,
                   goodbyes: Mapping[str, str] = NONE, either_way: Collection[str] = (),
                   every_line_means: bool = False) -> None:
    """Play the persona through the real stack and fail naming what its lead got wrong, with the conversation
    (printed when it passes too: ``-rP`` shows the conversations, to check they passed for the right reason).

    A set's tables, keyed by the persona's first name, add the checks of the conversation below: the zone of the
    booked call (``booked_in``), words the answer to a message holds or lacks, a skipped question asked again, a
    goodbye mid-form answered with no question, and no stored lead allowed (``either_way``). ``every_line_means``:
    the script has no filler, so "I didn't understand" is never right and the persona's own short yes is taken."""
    name = persona.name.split(",")[0]
    v = Visitor(stack.rasa_url)
    play(v, playbook, persona)
    problems = wrong(stack, v, playbook, persona)
    if name in either_way:
        problems = [problem for problem in problems if problem != "no lead stored"]
    if name in booked_in:
        problems += booked_zone_problems(stack, v, persona, booked_in[name])
    problems += answer_problems(v, reply_holds.get(name, ()), reply_lacks.get(name, ()))
    if name in skips:
        problems += skipped_problems(v, playbook, persona, *skips[name])
    if name in goodbyes:
        problems += goodbye_asked_problems(v, playbook, persona, goodbyes[name])
    if every_line_means:
        problems += not_understood_problems(v, persona) + own_yes_problems(v, playbook, persona)
    print(v.history())
    assert not problems, "\n".join(problems) + "\n\n" + v.history()


# "I didn't understand" as the bot says it in each language (a script's every line means something).
NOT_UNDERSTOOD = {"en": "didn't catch", "de": "nicht verstanden", "fr": "pas bien compris", "pt": "não percebi",
                  "it": "non ho capito"}
# The same in a language's regional variant the bot may speak instead (Brazil's "não entendi" for Portugal's).
NOT_UNDERSTOOD_IN_VARIANTS = {"pt": ("não entendi",)}

CLOCK = re.compile(r"\d{1,2}(?::\d{2}|\s?[ap]\.?m\b|\s?h\b|\s?h\s?\d{2})", re.IGNORECASE)


def shows_clock(text: str, when: datetime) -> bool:
    """Whether ``text`` shows the clock time of ``when`` in a 24-hour, 12-hour or French ("10h30") form."""
    t = text.lower()
    h, m = when.hour, when.minute
    h12, ap = h % 12 or 12, "a" if h < 12 else "p"
    forms = [rf"(?<!\d)0?{h}:{m:02d}(?!\d)(?!\s*[ap]\.?m)", rf"(?<!\d){h12}:{m:02d}\s*{ap}\.?m",
             rf"(?<!\d)0?{h}\s?h\s?{m:02d}(?!\d)"]
    if m == 0:
        forms += [rf"(?<!\d){h12}\s*{ap}\.?m", rf"(?<!\d)0?{h}\s?h(?![a-z0-9])"]
    return any(re.search(form, t) for form in forms)


# The checks of a conversation beyond its stored lead, as every held-out set since the ninth makes them; each takes
# what it checks as arguments, so a set lists its own visitors' words and zones and keeps no copy of the checks.
def booked_zone_problems(stack: Stack, v: Visitor, persona: Persona, zone_name: str) -> list[str]:
    """When times are offered, the first (which the visitor picks with the last of ``after``) shows the booked start
    in ``zone_name``, the zone of the place the visitor said they are in.

    A lead the playbook does not grade sales-ready is offered no times; then nothing shows a zone and nothing is
    checked."""
    zone = ZoneInfo(zone_name)
    pick = persona.after[-1]
    turns = [i for i, (said, _) in enumerate(v.transcript) if said == pick[:200]]
    if not turns or turns[0] == 0:
        return [f"the visitor never picked a time ({pick!r})"]
    offered = v.transcript[turns[0] - 1][1].splitlines()
    slots = [line for line in offered if line.startswith("[") and CLOCK.search(line)] or \
            [line for line in offered if CLOCK.search(line)]
    if not slots:
        return []
    booking = (stack.lead_for(v.sender) or {}).get("booking")
    if not booking:
        return ["no call booked at the first time offered"]
    start = datetime.fromisoformat(booking["starts_at"].replace("Z", "+00:00")).astimezone(zone)
    if not shows_clock(slots[0], start):
        return [f"the first time offered, {slots[0]!r}, is not the booked {start:%a %d %b %H:%M} in {zone.key}"]
    return []


def answer_problems(v: Visitor, holds: tuple[tuple[str, tuple[str, ...]], ...] = (),
                    lacks: tuple[tuple[str, tuple[str, ...]], ...] = ()) -> list[str]:
    """The bot's answer to the visitor's message containing each ``words`` holds one of its words (``holds``, any
    case), and none of its words (``lacks``)."""
    problems = []
    for words, wanted in holds:
        replies = [answer for said, answer in v.transcript if words in said]
        if not replies:
            problems.append(f"the visitor never said {words!r}")
        elif not any(word.lower() in replies[0].lower() for word in wanted):
            problems.append(f"the answer to {words!r} holds none of {wanted}: {replies[0]!r}")
    for words, unwanted in lacks:
        replies = [answer for said, answer in v.transcript if words in said]
        if not replies:
            problems.append(f"the visitor never said {words!r}")
        problems += [f"the answer to {words!r} holds {word!r}: {replies[0]!r}" for word in unwanted
                     if replies and word.lower() in replies[0].lower()]
    return problems


def not_understood_problems(v: Visitor, persona: Persona) -> list[str]:
    """For a script whose every message means something: "I didn't understand" is never the right answer."""
    markers = [m for m in (NOT_UNDERSTOOD.get(persona.lang), *NOT_UNDERSTOOD_IN_VARIANTS.get(persona.lang, ())) if m]
    return [f"the bot did not understand {said!r}: {answer.splitlines()[0] if answer else ''!r}"
            for said, answer in v.transcript if any(marker in answer for marker in markers)]


def own_yes_problems(v: Visitor, playbook: Playbook, persona: Persona) -> list[str]:
    """The persona's own short yes ("ja", "klopt", "isso aí") at a confirmation confirms it: it is not asked again."""
    yes = persona.answers.get(CONFIRM)
    asks = [question(answer, playbook, persona.lang) for _, answer in v.transcript]
    return [f"the short yes {said!r} at the confirmation was not taken: it was asked again"
            for i, (said, _) in enumerate(v.transcript)
            if i > 0 and said == yes and asks[i - 1] == CONFIRM and asks[i] == CONFIRM]


def skipped_problems(v: Visitor, playbook: Playbook, persona: Persona, words: str, slot: str) -> list[str]:
    """After the visitor skips ``slot``'s question with ``words``, the question is asked again (a required one).

    When the bot confirms a value heard earlier instead of asking, as issue 14 allows, the skip is never said, and
    there is nothing to check."""
    turns = [i for i, (said, _) in enumerate(v.transcript) if said == words[:200]]
    if not turns:
        return []
    later = [question(answer, playbook, persona.lang) for _, answer in v.transcript[turns[0]:]]
    return [] if slot in later else [f"{slot} was not asked again after the skip {words!r}"]


def goodbye_asked_problems(v: Visitor, playbook: Playbook, persona: Persona, words: str) -> list[str]:
    """A goodbye mid-form (``words``) ends the questions: the bot's answer to it asks nothing more of the form."""
    replies = [answer for said, answer in v.transcript if words in said]
    if not replies:
        return [f"the visitor never said goodbye ({words!r})"]
    asked = question(replies[0], playbook, persona.lang)
    return [] if asked is None else [f"the goodbye was answered with the {asked} question: {replies[0]!r}"]
