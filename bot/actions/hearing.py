"""Heard or given: a value enters the lead only from an answer that states it, or once the visitor confirms it.

Pure (no Rasa): the form's validation hands in what one message said and
gets back what the conversation now knows. A message is read twice by the
extractor: for the question it answers (``answer``, the requested slot's
value) and as free text (``free``, every attribute it mentions).

- The requested slot's value in an answer is *given*.
- Any other value, picked up from free text or from an answer to another
  question ("around £40 million a year" to the revenue question also reads
  as a budget), is *heard*: kept apart, never sent with the lead, and
  confirmed before the question it would skip is dropped ("I noted a budget
  of about £40M, is that right?").
- A new value for something already given, in a message that answers no
  question (or says "actually", "sorry", "I meant" ...), is a *correction*:
  given at once, and said back ("Got it, about 300 people.").
- Who the visitor is (the persona: a student, a job seeker, a competitor ...)
  has no question of its own: it goes with the role question (``WHO``). Said
  in answer to it, it is given; read anywhere else ("hi, I'm a student
  writing my thesis") it is heard, and confirmed with the role.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from typing import Any, Mapping

from nlu.attributes import Attributes, Authority, ContractError
from nlu.corrections import correction
from nlu.extract import extract
from qualification.playbook import QUESTION_ATTRIBUTES

# Words with which visitors correct themselves; a new value after one of them is meant, not incidental.
_CORRECTION = re.compile(
    r"\b(actually|sorry|correction|i meant|i mean|meant to say|make (?:it|that)|instead|rather|"
    r"not \S+(?: \S+)? but|changed|change (?:it|that|this|the \w+|my \w+|our \w+) to|update|updated|wait|oops|my bad"
    r"|scratch that|to be precise|turns out"
    # A value struck out, its replacement after it: "scratch the 2k, ... 3k", "scratch February, make it March",
    # "streich den Februar", "oubliez février", "olvida lo de febrero", "esquece fevereiro", "dimentica febbraio",
    # "vergeet februari" (not "from scratch", nor a forgetting of their own: "I forgot the password").
    r"|(?<!from )scratch (?:the |my |our )?\w+|streich(?:en sie|t)? (?:die|den|das) |vergiss (?:die|den|das) "
    r"|oubliez? (?:le |la |les |l')?\w+(?=,)|olvid(?:a|e|ad|en) (?:el |la |lo de |los |las )?\w+(?=,)"
    r"|esque(?:ce|ça|çam) (?:o |a |os |as )?\w+(?=,)|dimentica(?:te)? (?:il |la |lo |i |le |l')?\w+(?=,)"
    r"|vergeet (?:de |het |die |dat )?\w+(?=,)"
    # The same in the six other languages: "Korrektur", "nicht 20, sondern 25", "en fait", "mejor dicho" ...
    r"|korrektur|korrigiere|eigentlich|genauer gesagt|ich meinte|ich meine|entschuldigung|nicht \S+(?: \S+)?,? sondern"
    r"|pardon|en fait|je voulais dire|je veux dire|je me suis tromp\w*|pas \S+(?: \S+)?,? mais"
    r"|perd[oó]n|mejor dicho|en realidad|quise decir|quer[ií]a decir|corrijo|me equivoqu[eé]|no \S+(?: \S+)?,? sino"
    r"|desculp\w*|ali[aá]s|na verdade|quis dizer|queria dizer|corrijo|n[aã]o \S+(?: \S+)?,? mas"
    r"|scusa|scusi|scusate|anzi|in realt[aà]|volevo dire|intendevo|correggo|non \S+(?: \S+)?,? ma"
    r"|eigenlijk|ik bedoelde|ik bedoel|correctie|niet \S+(?: \S+)?,? maar)\b",
    re.IGNORECASE,
)
# How a heard value came, for the answer's source.
GIVEN, CONFIRMED, CORRECTED = "given", "confirmed", "corrected"
# Attributes read from one number: the extractor, told which one was asked, may read another's number as it.
NUMERIC = ("company_size", "budget", "revenue")
_MONEY = {"company_size": False, "budget": True, "revenue": True}


# The visitor's words kept with a heard value (said back in them: the city as written, the tools' capitals), at most.
SAID_CHARS = 200
# A message's sentences: split after a full stop, a question or exclamation mark, a semicolon, or at a new line
# (never inside "60.000").
_SENTENCE_BREAK = re.compile(r"(?<=[.!?;])\s+|\n+")


def said_in(text: str, name: str) -> str:
    """The words ``name``'s value came from: the message when it is short; in a long one, the first of its sentences
    that tells the value alone, else its start. A long message's words were cut at 200 characters, and what it said
    past them was said back in the extractor's English ("uma sede em Lisbon" to "... Estamos em Lisboa, Portugal."
    written 230 characters in)."""
    if len(text) <= SAID_CHARS:
        return text
    for sentence, read in _sentences_read(text, _language()):
        if tells(read, name):
            return sentence[:SAID_CHARS]
    return text[:SAID_CHARS]


@lru_cache(maxsize=16)
def _sentences_read(text: str, lang: str | None) -> tuple[tuple[str, Attributes], ...]:
    """Each sentence of ``text`` with what the extractor reads in it alone (once per message: every heard value asks)."""
    today = date.today()
    parts = [part.strip() for part in _SENTENCE_BREAK.split(text) if part and part.strip()]
    return tuple((part, extract(part, now=today, lang=lang)) for part in parts)


def _language() -> str | None:
    from bot.actions.language import spoken  # the language module imports this one

    return spoken()


def corrects_itself(text: str) -> bool:
    """Whether ``text`` is put as a correction: its words ("actually", "ich meinte", "en fait"), or a figure framed as
    one by what stands around it ("no, 3000", "nein, 5k", "5k I meant": ``nlu.corrections``)."""
    if _CORRECTION.search(text or ""):
        return True
    said = correction(text or "")
    return said is not None and said.value is not None and any(c.isdigit() for c in said.value)


def stated(attrs: Attributes, name: str) -> bool:
    value = getattr(attrs, name, None)
    return value is not None and value != ()


# The question a persona is said, heard and confirmed with: who the visitor is.
WHO = "authority"


def tells(attrs: Attributes, name: str) -> bool:
    """Whether ``attrs`` says something for ``name``'s question: its value, or for the role, who the visitor is."""
    return stated(attrs, name) or (name == WHO and attrs.persona is not None)


def _numbers(attrs: Attributes, name: str) -> set[float]:
    value = getattr(attrs, name, None) if name in NUMERIC else None
    return {n for n in (value.min, value.max) if n is not None} if value is not None else set()


def sharing(asked: Attributes, free: Attributes, name: str) -> tuple[str, ...]:
    """The other attributes the free reading gives the number ``asked`` (read for ``name``) took, when it
    does not state ``name`` itself: one number, read two ways."""
    if name not in NUMERIC or stated(free, name):
        return ()
    mine = _numbers(asked, name)
    return tuple(n for n in NUMERIC if n != name and mine & _numbers(free, n))


def borrowed(asked: Attributes, free: Attributes, name: str) -> tuple[str, ...]:
    """The attributes of another kind whose number ``asked`` took for ``name``: the answer states none of ``name``.

    "it was 20k but finance trimmed it to 12k" to the size question reads as
    12,000 people only because the size was asked; read freely it is money.
    Money is no headcount, nor a headcount money. Between two sums ("about 80M"
    to the revenue question, read freely as a budget) the question asked says
    which it is.
    """
    return tuple(n for n in sharing(asked, free, name) if _MONEY[n] != _MONEY[name])


# What the extractor gives a field it was told to read in text that names none of it ("2k a month" read
# for the industry is "other"): a fair answer to the question itself, never a value for a reply to another.
CATCH_ALL = {"industry": "other"}


def caught_all(asked: Attributes, name: str) -> bool:
    return name in CATCH_ALL and getattr(asked, name, None) == CATCH_ALL[name]


def states_none(asked: Attributes, free: Attributes, name: str) -> bool:
    """``asked`` (read for ``name``) states no value for it, only something else the free reading found.

    Its number is another kind of attribute's (``borrowed``), or it is the
    catch-all a field gets from text that names something else ("2k a month"
    to the industry question is a budget, not industry "other").
    """
    if borrowed(asked, free, name) or stated(free, name):
        return bool(borrowed(asked, free, name))
    if caught_all(asked, name):
        return any(stated(free, n) for n in QUESTION_ATTRIBUTES if n != name)
    # A free-text field takes any words: "about 60k for the year" to the company question, or "around
    # 60k" to the need, is a number the free reading gives a budget, a size or a date, not a name or a need.
    words = _free_words(asked, name)
    if words is not None and name == "need" and stated(free, WHO):
        # "I'm the marketing manager, the CMO signs off" to the need question: a role, which the free reading
        # finds, in words that name no need (none of its categories); the role heard, the need asked again.
        return True
    return words is not None and bool(_DIGIT.search(words)) and any(stated(free, n) for n in (*NUMERIC, "timing"))


def falls_back(asked: Attributes, name: str) -> bool:
    """``asked`` (read for ``name``) holds only what the reading gives any reply: the catch-all (industry
    "other") or the reply's own words (a company; a need in none of its categories)."""
    return caught_all(asked, name) or (name in ("company", "need") and _free_words(asked, name) is not None)


_DIGIT = re.compile(r"\d")
# A name or a company is the visitor's own words; these small words may sit inside one in lower case.
_CONNECTORS = frozenset(
    "& + - and of the for at on in by to n und der die das des von vom zu de del della di da do dos das du la "
    "le les et y e i van den het op".split())
# Legal forms of a company, as written without their dots ("s.r.l." is "srl"), in the countries of the seven languages.
_LEGAL_FORMS = frozenset(
    "inc corp co ltd llc llp plc pty lp gmbh ag kg ug ohg ev mbh gbr sarl sas sasu eurl sa sl slu sll ltda lda"
    " srl spa snc sapa bv nv vof bvba cvba oy aps eireli".split())
_WORD = re.compile(r"[^\W_][\w'’.&-]*")
# Who the visitor and their company are: free text, so any words fill them unless the rule below says not.
IDENTITY = ("company", "name")


def shaped_like_a_name(text: str, *, words_at_least: int = 1) -> bool:
    """Written as a proper noun: "Q1 Media", "Spring Studio", "Inês Costa", "Oak & Pine", "Acme".

    Every word but the small joining ones starts with a capital (or a digit), and, past the first word
    (which a sentence capitalises anyway), some word is a capitalised word of letters: "End of Q1" and
    "Bis Ende des ersten Quartals" are sentences, not names.
    """
    words = _WORD.findall(text)
    if len(words) < words_at_least or not words:
        return False
    while len(words) > 1 and words[-1].lower().replace(".", "") in _LEGAL_FORMS:
        # "Fibre Bas-Saint-Laurent inc.", "Zorgzaam Thuis bv", "Rossi Impianti srl": the legal form, often written
        # in lower case last, is part of the name (it was taken for a sentence, and the company asked again).
        words = words[:-1]
    named = [w for w in words if w.lower() not in _CONNECTORS or w[0].isupper()]
    if not named or not all(w[0].isupper() or w[0].isdigit() for w in named):
        return False
    return len(words) == 1 or any(w[0].isupper() and w.replace("-", "").replace("'", "").isalpha() for w in words[1:])


def names_something_else(text: str, free: Attributes, name: str) -> bool:
    """A reply to the name or company question that is no name: not written as one, and read (``free``)
    as another question's value. "end of Q1" or "bis Ende des ersten Quartals" is a date, so the company
    question is asked again and the date only heard; "Q1 Media" and "Spring Studio" are names."""
    if name not in IDENTITY or shaped_like_a_name(text):
        return False
    return any(stated(free, n) for n in QUESTION_ATTRIBUTES if n not in ("need", *IDENTITY))


def _free_words(asked: Attributes, name: str) -> str | None:
    """The visitor's own words a free-text field holds (a need only when no category was recognised)."""
    value = getattr(asked, name, None)
    if name == "need":
        return value.summary if value is not None and not value.categories else None
    return value if name in ("company", "name") and isinstance(value, str) else None


def only(attrs: Attributes, names: tuple[str, ...] | list[str] | frozenset[str]) -> Attributes:
    """``attrs`` with every question attribute but ``names`` left out (the persona goes with the role, ``WHO``)."""
    keep = set(names)
    kept = replace(attrs, **{n: (() if n == "tech_stack" else None) for n in QUESTION_ATTRIBUTES if n not in keep})
    return kept if WHO in keep else replace(kept, persona=None)


def without(attrs: Attributes, names: tuple[str, ...] | list[str] | frozenset[str]) -> Attributes:
    """``attrs`` with the question attributes ``names`` left out (the role takes the persona with it)."""
    drop = set(names)
    left = replace(attrs, **{n: (() if n == "tech_stack" else None) for n in QUESTION_ATTRIBUTES if n in drop})
    return replace(left, persona=None) if WHO in drop else left


@dataclass(frozen=True)
class Heard:
    """Heard values and the visitor's words each was heard in (for the answer the lead gets once confirmed)."""

    attributes: Attributes = field(default_factory=Attributes)
    texts: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def from_slot(cls, value: Any) -> "Heard":
        if not isinstance(value, Mapping):
            return cls()
        try:
            attributes = Attributes.from_dict(value.get("attributes") or {})
        except ContractError:
            attributes = Attributes()
        texts = value.get("texts")
        return cls(attributes, {k: v for k, v in texts.items() if isinstance(v, str)} if isinstance(texts, Mapping) else {})

    def to_slot(self) -> dict[str, Any]:
        return {"attributes": self.attributes.to_dict(), "texts": dict(self.texts)}

    def names(self) -> list[str]:
        return [n for n in QUESTION_ATTRIBUTES if tells(self.attributes, n)]

    def forget(self, names: list[str] | tuple[str, ...]) -> "Heard":
        return Heard(without(self.attributes, names), {k: v for k, v in self.texts.items() if k not in names})


@dataclass(frozen=True)
class Hearing:
    """What one message leaves the conversation with."""

    given: Attributes
    heard: Heard
    # Attributes given afresh by this message as corrections, to be said back.
    corrected: tuple[str, ...] = ()


def hear(
    given: Attributes, heard: Heard, free: Attributes, text: str, *,
    answered: str | None = None, answer: Attributes | None = None, correcting: bool | None = None,
) -> Hearing:
    """Fold one message into the conversation: ``answered`` names the slot it answered (``answer`` holds the value).

    ``correcting=False`` (a question the visitor asked) hears new values but corrects nothing.

    What is no question's value (the ``extra`` keys) is taken as said; a persona only in answer to the role
    question, else heard with it: "I'm a student" in an opening message closes nothing before they agree.
    """
    new_given = given
    if answered is not None and answer is not None and tells(answer, answered):
        new_given = new_given.merge(only(answer, [answered]))
    new_given = new_given.merge(without(free, QUESTION_ATTRIBUTES))
    heard_attrs, texts = heard.attributes, dict(heard.texts)
    corrected: list[str] = []
    if correcting is None:
        correcting = answered is None or corrects_itself(text)
    # "about 80M" to the revenue question is the revenue, not also a budget heard in passing.
    echoes = sharing(answer, free, answered) if answered is not None and answer is not None else ()
    for name in QUESTION_ATTRIBUTES:
        if name == answered or name in echoes or not tells(free, name):
            continue
        value = only(free, [name])
        if tells(given, name):
            if _same(given, free, name) or (name == "need" and _mentioned_again(given, free) and not corrects_itself(text)):
                continue
            if name == WHO and free.persona not in (None, given.persona) and not corrects_itself(text):
                # Who they are, new beside the role given ("we're a competitor of yours, by the way"): heard,
                # and confirmed before it counts, as any persona not said in answer to the role question.
                heard_attrs = replace(heard_attrs, persona=free.persona)
                texts[name] = said_in(text, name)
                continue
            if name == WHO and (decided := _decides(given, free)) is not None:
                # "I sign off on anything under 75 grand myself" at the budget question, the title known: who decides.
                new_given = replace(new_given, authority=decided)
                continue
            if correcting:
                new_given = new_given.merge(_carried(given, value, name)) if name != "tech_stack" else replace(
                    new_given, tech_stack=free.tech_stack)
                corrected.append(name)
            # A different value inside an answer to another question: what the visitor answered stays.
            continue
        if correcting and answered is None and tells(heard_attrs, name) and not _same(heard_attrs, free, name) \
                and corrects_itself(text):
            # "actually it's closer to 80k" after 50k was heard: meant, and said back (per the heard one's period).
            new_given = new_given.merge(_carried(heard_attrs, value, name))
            heard_attrs = without(heard_attrs, [name])
            texts.pop(name, None)
            corrected.append(name)
            continue
        if name == WHO and (decided := _decides(heard_attrs, free)) is not None:
            # The title heard ("I'm the marketing director"), and now who decides: confirmed together.
            heard_attrs = replace(heard_attrs, authority=decided)
            continue
        if tells(heard_attrs, name) and _partial(heard_attrs, name) and not _partial(free, name):
            # "I run marketing" heard as a role with no title, then "Head of Marketing" at the confirmation: the
            # fuller value takes the place of the part heard (which kept it out, unsaid), keeping what only the part
            # said (who decides).
            value = replace(value, **{name: _filled(getattr(free, name), getattr(heard_attrs, name))})
        elif tells(heard_attrs, name) and not corrects_itself(text):
            # "we're a fintech" heard first stands: "an agency" mentioned later in passing is no new industry.
            continue
        heard_attrs = without(heard_attrs, [name]).merge(value)
        texts[name] = said_in(text, name)
    if answered is not None:
        heard_attrs = without(heard_attrs, [answered])
        texts.pop(answered, None)
    return Hearing(new_given, Heard(heard_attrs, texts), tuple(corrected))


def _partial(attrs: Attributes, name: str) -> bool:
    """Whether ``attrs`` holds only part of a ``name`` value, what makes it one missing: a role with no title ("I run
    marketing" says who decides, not what they are), a budget stated with no amount, a place with no country."""
    value = getattr(attrs, name, None)
    if value is None:
        return False
    if name == "authority":
        return value.title is None
    if name == "budget":
        return value.status == "stated" and value.min is None and value.max is None
    if name == "location":
        return value.country is None
    return False


def _filled(new: Any, old: Any) -> Any:
    """``new`` with each of its parts it leaves empty taken from ``old`` (a title said later keeps who decides)."""
    if new is None or old is None or type(new) is not type(old):
        return new
    return replace(new, **{f: getattr(old, f) for f in new.__dataclass_fields__
                           if getattr(new, f) is None and getattr(old, f) is not None})


def _decides(held: Attributes, free: Attributes) -> Authority | None:
    """``held``'s authority with the decision ``free`` states, when ``free`` names no title of its own and ``held``
    has a role that is no decision maker's yet ("the marketing director", read as an influencer): a decision said at
    any question ("I sign off on anything under 75 grand myself" to the budget question) says who decides, on top
    of the title known."""
    known, said = held.authority, free.authority
    if known is None or said is None or said.role != "decision_maker" or said.title is not None \
            or known.role == "decision_maker":
        return None
    return replace(known, role="decision_maker")


def _carried(old: Attributes, new: Attributes, name: str) -> Attributes:
    """A corrected budget that names no period ("it's 12k, finance trimmed it" after "15k a month") keeps the
    period of the amount it corrects: the visitor changed the amount, not how often it is spent."""
    before, after = getattr(old, name, None), getattr(new, name, None)
    if name != "budget" or before is None or after is None or after.status != "stated" or after.period is not None \
            or before.period is None or before.status != "stated":
        return new
    return replace(new, budget=replace(after, period=before.period))


# Statuses that say there is no value yet ("no idea yet"): a value said later fills them, it corrects nothing.
_NO_VALUE = ("none", "unknown", "no_timeline")


def replaces_a_value(given: Attributes, free: Attributes) -> bool:
    """Whether ``free`` states another value for something given with a value (not "no idea yet")."""
    return any(stated(given, n) and stated(free, n) and not _same(given, free, n)
               and getattr(getattr(given, n), "status", None) not in _NO_VALUE for n in QUESTION_ATTRIBUTES)


def _same(old: Attributes, new: Attributes, name: str) -> bool:
    a, b = getattr(old, name), getattr(new, name)
    if name == "tech_stack":
        return set(b) <= set(a)
    if name == "need":
        return set(b.categories) <= set(a.categories) and (not b.summary or b.summary == a.summary)
    if name == WHO and new.persona is not None and new.persona != old.persona:
        return False
    return a == b or (name == WHO and b is None)


def _mentioned_again(old: Attributes, new: Attributes) -> bool:
    """Whether ``new`` names only kinds of need ``old`` holds ("our SEO is the bigger worry honestly" after "we need
    more leads from SEO and Google Ads"): the need given, mentioned again in other words, not a new one. Said as a
    correction ("actually mostly SEO, not ads") it narrows the need (``hear``)."""
    a, b = old.need, new.need
    return a is not None and b is not None and bool(b.categories) and set(b.categories) <= set(a.categories)


def unchanged(old: Attributes, new: Attributes, name: str) -> bool:
    """Whether ``new`` says for ``name`` what ``old`` holds (a need or tools: nothing beyond it)."""
    return _same(old, new, name)


def confirm(given: Attributes, heard: Heard, names: list[str] | tuple[str, ...]) -> tuple[Attributes, Heard]:
    """The visitor said yes: the heard values of ``names`` become given."""
    return given.merge(only(heard.attributes, list(names))), heard.forget(list(names))
