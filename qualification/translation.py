"""The playbook in the visitor's language: each text a marketer writes may carry translations.

A translatable part of the playbook (a question, a service, the pricing line,
the privacy notice, a content offer, a FAQ entry, the meeting title) has a
``translations`` mapping: a language code to the same fields in that
language (``{"de": {"wording": ["Wobei können wir helfen?"]}}``). Every field
of a translation is optional: what is left out falls back to the playbook's
own language (``Playbook.language``, English unless said).

A regional variant (``VARIANTS``: "pt-BR") may have its own texts beside
its language's (``{"pt": {...}, "pt-BR": {...}}``); a field it leaves out is
the language's. ``localized(playbook, "pt-BR")`` asks for the variant by
name; ``localized(playbook, "pt")`` is the variant too inside ``in_region("pt-BR")``
(the bot enters the conversation's variant once per action call, so every
caller that asks for the language hears the visitor's variant).

``localized(playbook, language)`` is the playbook as a visitor of that
language hears it; ``missing_translations`` lists, per language, the texts
that still fall back (the studio flags them). Both are pure.
"""

from __future__ import annotations

import contextvars
from dataclasses import replace
from typing import Any, Iterable, Mapping

from .playbook import LANGUAGES, TRANSLATABLE, VARIANTS, Playbook

__all__ = ["LANGUAGES", "TRANSLATABLE", "VARIANTS", "in_region", "leave_region", "localized", "missing_translations", "regional",
           "supported", "untranslated_questions"]

# The regional variant spoken in this context ("pt-BR"), or None: the language's own texts.
_region: contextvars.ContextVar[str | None] = contextvars.ContextVar("leadbot_region", default=None)


def in_region(tag: str | None) -> contextvars.Token[str | None]:
    """Speak the variant ``tag`` (None: none) in this context, from now on: entered once per action call. The token
    puts back what was before (``leave_region``)."""
    return _region.set(tag if tag in VARIANTS else None)


def leave_region(token: contextvars.Token[str | None]) -> None:
    _region.reset(token)


def regional(language: str | None) -> str | None:
    """The tag ``language``'s texts are said in here: the variant in effect when it is one of ``language``'s
    ("pt" in a Brazilian conversation is "pt-BR"), a variant asked for by name, else ``language``."""
    if language in VARIANTS:
        return language
    tag = _region.get()
    return tag if tag is not None and VARIANTS[tag] == language else language


def _tags(language: str) -> tuple[str, ...]:
    """Where a text in ``language`` is looked for, in order: a variant's own texts, then its language's."""
    base = VARIANTS.get(language)
    return (language, base) if base is not None else (language,)


def supported(code: Any) -> str | None:
    """The language a tag names, when the bot speaks it: "de-AT" and "DE" are "de"; "ja" and junk are None."""
    if not isinstance(code, str):
        return None
    base = code.strip().replace("_", "-").split("-")[0].lower()
    return base if base in LANGUAGES else None


def _text(item: Any, language: str, name: str) -> Any:
    given = getattr(item, "translations", None) or {}
    for tag in _tags(language):
        value = given.get(tag, {}).get(name)
        if value not in (None, "", ()):
            return value
    return None


def _localize(item: Any, language: str, **extra: Any) -> Any:
    """``item`` with each translatable field in ``language`` where it is translated."""
    changes = {name: value for name in TRANSLATABLE[type(item).__name__]
               if (value := _text(item, language, name)) is not None}
    changes.update(extra)
    return replace(item, **changes) if changes else item


def localized(playbook: Playbook, language: str | None) -> Playbook:
    """The playbook in ``language``: translated texts where given, the playbook's own elsewhere.

    FAQ entries match the translated phrasings and the original ones, so a
    visitor who asks in either language is understood. A question's ``why``
    left untranslated is None (the bot's default reason, in ``language``). Computed once per
    playbook and language.
    """
    language = regional(language if language in VARIANTS else supported(language) or playbook.language) \
        or playbook.language
    if language == playbook.language:
        return playbook
    cache = playbook.localized_cache
    found = cache.get(language)
    if found is not None:
        return found
    company = playbook.company
    faq = tuple(
        # A variant's phrasings, its language's and the original ones: "Quanto vocês cobram?" and "Quanto cobram?".
        _localize(entry, language, questions=tuple(dict.fromkeys(
            [*(q for tag in _tags(language) for q in _text(entry, tag, "questions") or ()), *entry.questions])))
        for entry in playbook.faq
    )
    result = replace(
        playbook,
        company=_localize(company, language, services=tuple(_localize(s, language) for s in company.services)),
        privacy=_localize(playbook.privacy, language),
        # A reason a marketer wrote but did not translate gives way to the bot's own reason, which is said in every
        # language: a visitor hears why in their language rather than in the playbook's.
        questions=tuple(_localize(q, language, why=_text(q, language, "why")) for q in playbook.questions),
        content_offers=tuple(_localize(o, language) for o in playbook.content_offers),
        scheduling=_localize(playbook.scheduling, language),
        faq=faq,
    )
    cache[language] = result
    return result


def _parts(playbook: Playbook) -> Iterable[tuple[str, Any]]:
    """Every translatable part with its dotted path, in the playbook's order."""
    yield "company", playbook.company
    for i, service in enumerate(playbook.company.services):
        yield f"company.services.{i}", service
    yield "privacy", playbook.privacy
    for i, offer in enumerate(playbook.content_offers):
        yield f"content_offers.{i}", offer
    for i, entry in enumerate(playbook.faq):
        yield f"faq.{i}", entry
    for i, question in enumerate(playbook.questions):
        yield f"questions.{i}", question
    yield "scheduling", playbook.scheduling


def missing_translations(
    playbook: Playbook, languages: Iterable[str] | None = None
) -> Mapping[str, tuple[str, ...]]:
    """Per language, the dotted paths of the texts without a translation (``questions.3.wording``).

    ``languages`` defaults to every language the bot speaks but the
    playbook's own. A field the playbook leaves empty (a FAQ entry without an
    answer) needs no translation. A language with nothing missing maps to ().
    """
    wanted = [lang for lang in (languages if languages is not None else LANGUAGES) if lang != playbook.language]
    report: dict[str, tuple[str, ...]] = {}
    for language in wanted:
        missing: list[str] = []
        for path, item in _parts(playbook):
            for name in TRANSLATABLE[type(item).__name__]:
                if getattr(item, name) in (None, "", ()):
                    continue
                if _text(item, language, name) is None:
                    missing.append(f"{path}.{name}")
        report[language] = tuple(missing)
    return report


def untranslated_questions(playbook: Playbook, language: str) -> tuple[str, ...]:
    """The ids of the questions a visitor of ``language`` would hear in the playbook's own language."""
    if language == playbook.language:
        return ()
    return tuple(q.id for q in playbook.questions if _text(q, language, "wording") is None)
