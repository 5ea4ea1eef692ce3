"""The playbook in code: what marketers decided, ready for scoring.

The YAML file is read and validated once (``schema``); these frozen values are
what every lead is scored against, with lookups (sets, sorted tiers, service
per need category) precomputed so scoring does no parsing or searching.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any, Mapping

from babel.numbers import format_decimal

from nlu.attributes import Attributes
from scheduling import WEEKDAYS, CallMethod

from .conditions import ConditionGroup
from .signals import Signals

STAGES = ("iql", "mql", "sql", "pql", "disqualified")
GRADES = ("A", "B", "C", "D")
DESTINATIONS = ("slack", "hubspot", "salesforce", "pipedrive", "webhook")
QUESTION_ATTRIBUTES = (
    "budget", "authority", "need", "timing", "company_size", "revenue", "industry",
    "location", "tech_stack", "email", "name", "company",
)
BANT_LETTERS = ("budget", "authority", "need", "timing")
# The languages the bot speaks (ISO 639-1); a playbook is written in one of them and may be translated into the rest.
LANGUAGES = ("en", "de", "fr", "es", "pt", "it", "nl")
# Regional variants the bot speaks (BCP 47 tag -> its language): a conversation in one stays in the language (the
# lead, the NLU and everything keyed by language see "pt"); only the wording of what the bot says follows the variant.
# A part's translations may give a variant's texts beside the language's, each falling back to the language's.
VARIANTS: Mapping[str, str] = {"pt-BR": "pt"}
# Each language's and variant's name in English, as the studio's marketer reads it.
LANGUAGE_NAMES: Mapping[str, str] = {"en": "English", "de": "German", "fr": "French", "es": "Spanish", "pt": "Portuguese",
                                     "it": "Italian", "nl": "Dutch", "pt-BR": "Brazilian Portuguese"}
# Per kind of part, the fields a translation may give (see ``qualification.translation``).
TRANSLATABLE: Mapping[str, tuple[str, ...]] = {
    "Company": ("pricing",),
    "Service": ("name", "description"),
    "Privacy": ("text",),
    "ContentOffer": ("title",),
    "FaqEntry": ("questions", "answer"),
    "Question": ("wording", "why"),
    "Scheduling": ("meeting_title", "call_note"),
}
# A part's translations: language -> field -> text (a tuple of texts for wording and FAQ phrasings).
Translations = Mapping[str, Mapping[str, Any]]


def _translations() -> Any:
    # Left out of the hash: a FAQ section is a cache key (bot.actions.faq), and a mapping cannot be hashed.
    return field(default_factory=dict, hash=False)


CRITERION_ATTRIBUTE = {
    "industry": "industry", "company_size": "company_size", "revenue": "revenue",
    "country": "location", "tech_stack": "tech_stack",
}


def _set(obj: object, name: str, value: object) -> None:
    object.__setattr__(obj, name, value)


@dataclass(frozen=True)
class Service:
    id: str
    name: str
    description: str
    categories: tuple[str, ...]
    translations: Translations = _translations()


@dataclass(frozen=True)
class Company:
    name: str
    default_currency: str
    services: tuple[Service, ...]
    pricing: str
    exchange_rates: Mapping[str, float] = field(default_factory=dict)
    translations: Translations = _translations()
    # The amounts the pricing text quotes (``{price.monthly_from}``), each in the currencies the marketer prices in:
    # name -> currency -> amount. The default currency's is always there.
    prices: Mapping[str, Mapping[str, float]] = field(default_factory=dict)
    service_by_category: Mapping[str, Service] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        by_category: dict[str, Service] = {}
        for service in self.services:
            for category in service.categories:
                by_category.setdefault(category, service)
        _set(self, "service_by_category", by_category)

    @property
    def possessive(self) -> str:
        """ "Brightline Growth Partners'" and "Acme's": the apostrophe alone after a final s."""
        name = self.name.strip()
        return f"{name}'" if name.endswith(("s", "S")) else f"{name}'s"

    def pricing_in(self, currency: str | None, lang: str = "en") -> str:
        """The pricing text with its amounts (``{price.NAME}``) in ``currency`` when the marketer priced every one of
        them in it, else in the default currency: a visitor in Germany reads the euro prices the playbook gives, and
        never a dollar amount written beside a euro sign. Each amount as "5,000 USD" ("5.000 EUR" in German)."""
        names = PRICE.findall(self.pricing)
        chosen = currency if currency and names and all(currency in self.prices.get(n, {}) for n in names) \
            else self.default_currency

        def amount(found: re.Match[str]) -> str:
            value = self.prices.get(found.group(1), {}).get(chosen)
            return found.group(0) if value is None else f"{format_decimal(value, locale=lang)} {chosen}"

        return PRICE.sub(amount, self.pricing)

    def to_default_currency(self, amount: float, currency: str | None) -> float | None:
        """The amount in the default currency, or None when the playbook has no rate for it."""
        if currency is None or currency == self.default_currency:
            return amount
        rate = self.exchange_rates.get(currency)
        return None if rate is None else amount * rate


@dataclass(frozen=True)
class Privacy:
    text: str
    url: str
    translations: Translations = _translations()


@dataclass(frozen=True)
class ContentOffer:
    """Something to read or watch: offered to leads of ``stages``, and by need (``needs``) to visitors not ready."""

    id: str
    title: str
    url: str
    stages: tuple[str, ...]
    needs: tuple[str, ...] = ()
    translations: Translations = _translations()


# What a FAQ answer may quote from the visitor's conversation, filled in by the bot: the time zone their call times
# are (or would be) shown in, with why ("Central European Time, as you're in Berlin"). A sentence quoting one the
# conversation does not know yet is left out.
VISITOR_FIELDS = ("visitor.time_zone",)
# What a FAQ answer may quote from the rest of the playbook (``{company.pricing}``), and from the conversation.
FAQ_FIELDS = ("company.name", "company.name's", "company.pricing", "company.services", "privacy.url", *VISITOR_FIELDS)
# An amount the pricing text quotes from ``Company.prices``.
PRICE = re.compile(r"\{price\.([a-z0-9_]+)\}")
# A sentence of an answer, with the spaces after it: the unit left out when it quotes a visitor field with no value.
# A full stop inside a word ("{company.pricing}", "hello@brightline.example") ends nothing.
_SENTENCE = re.compile(r".*?[.!?]+(?:\s+|$)|.+", re.S)


@dataclass(frozen=True)
class FaqEntry:
    """A visitor's question the bot answers: phrasings to match, an answer and/or a content offer to send."""

    id: str
    questions: tuple[str, ...]
    answer: str | None = None
    offer: str | None = None
    translations: Translations = _translations()


@dataclass(frozen=True)
class Question:
    """One thing the bot asks; ``wording`` variants rotate so repeat visitors hear fresh phrasing.

    The question is asked while its attribute is unanswered, its ``ask_when``
    holds (when given) and its ``skip_when`` does not. ``why`` is what the bot
    says to a visitor who asks why it is asked; None: the bot's own reason for
    the attribute (``bot.actions.phrasing.REASONS``).
    """

    id: str
    attribute: str
    wording: tuple[str, ...]
    required: bool = True
    ask_when: ConditionGroup | None = None
    skip_when: ConditionGroup | None = None
    translations: Translations = _translations()
    why: str | None = None

    def applies(self, attrs: Attributes, signals: Signals) -> bool:
        if self.ask_when is not None and not self.ask_when.holds(attrs, signals):
            return False
        return self.skip_when is None or not self.skip_when.holds(attrs, signals)


@dataclass(frozen=True)
class IcpCriterion:
    """One trait of the ideal customer: ``values`` for industry, country and tech stack, a range otherwise."""

    name: str
    kind: str
    weight: float
    values: tuple[str, ...] = ()
    min: float | None = None
    max: float | None = None
    value_set: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        _set(self, "value_set", frozenset(self.values))


@dataclass(frozen=True)
class Exclusions:
    """Who is never a prospect, whatever they say: competitors, industries or countries we do not serve."""

    companies: tuple[str, ...] = ()
    email_domains: tuple[str, ...] = ()
    industries: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    company_keys: frozenset[str] = field(init=False, repr=False, compare=False)
    domain_set: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        _set(self, "company_keys", frozenset(company_key(c) for c in self.companies))
        _set(self, "domain_set", frozenset(d.lower() for d in self.email_domains))


def company_key(name: str) -> str:
    """A company name reduced so "ACME Inc." and "acme" compare equal."""
    words = "".join(ch if ch.isalnum() else " " for ch in name.lower()).split()
    suffixes = {"inc", "ltd", "llc", "gmbh", "ag", "sa", "bv", "plc", "co", "corp", "limited", "the"}
    return " ".join(w for w in words if w not in suffixes)


@dataclass(frozen=True)
class Icp:
    criteria: tuple[IcpCriterion, ...]
    grades: Mapping[str, float]
    unknown_credit: float = 0.5
    exclusions: Exclusions = Exclusions()
    total_weight: float = field(init=False, repr=False, compare=False)
    grade_steps: tuple[tuple[float, str], ...] = field(init=False, repr=False, compare=False)
    unknown_gains: tuple[tuple[str, float], ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        total = float(sum(c.weight for c in self.criteria))
        _set(self, "total_weight", total)
        # Fit points an answer to each criterion's question could add while it is unknown.
        _set(self, "unknown_gains", tuple(
            (CRITERION_ATTRIBUTE[c.kind], 100.0 * c.weight * (1 - self.unknown_credit) / total if total else 0.0)
            for c in self.criteria
        ))
        _set(self, "grade_steps", tuple((self.grades[g], g) for g in GRADES[:-1]))

    def grade(self, fit: float) -> str:
        for threshold, letter in self.grade_steps:
            if fit >= threshold:
                return letter
        return GRADES[-1]


@dataclass(frozen=True)
class BudgetTier:
    at_least: float
    share: float


@dataclass(frozen=True)
class BudgetRule:
    """Budgets compare as a yearly amount in the default currency: a retainer per month times 12, a one-off once."""

    points: int
    tiers: tuple[BudgetTier, ...]
    period_factors: Mapping[str, float]
    unknown_share: float = 0.0
    sorted_tiers: tuple[BudgetTier, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        _set(self, "sorted_tiers", tuple(sorted(self.tiers, key=lambda t: -t.at_least)))


@dataclass(frozen=True)
class AuthorityRule:
    """``role`` (what they said about the decision) blends with ``seniority`` by ``role_weight``."""

    points: int
    seniority: Mapping[str, float]
    roles: Mapping[str, float]
    role_weight: float = 0.5


@dataclass(frozen=True)
class NeedRule:
    points: int
    unmatched_share: float = 0.0


@dataclass(frozen=True)
class TimingHorizon:
    within_days: int
    share: float


@dataclass(frozen=True)
class TimingRule:
    points: int
    horizons: tuple[TimingHorizon, ...]
    beyond_share: float = 0.0
    unknown_share: float = 0.0
    sorted_horizons: tuple[TimingHorizon, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        _set(self, "sorted_horizons", tuple(sorted(self.horizons, key=lambda h: h.within_days)))


@dataclass(frozen=True)
class Bant:
    budget: BudgetRule
    authority: AuthorityRule
    need: NeedRule
    timing: TimingRule


@dataclass(frozen=True)
class SqlRule:
    min_score: int
    min_grade: str


@dataclass(frozen=True)
class MqlRule:
    """An MQL is identified (an email) and shows interest, as ``interest_when`` defines it."""

    allow_free_mail: bool = False
    interest_when: ConditionGroup = ConditionGroup()


@dataclass(frozen=True)
class DisqualifyRule:
    personas: tuple[str, ...] = ()
    title_keywords: tuple[str, ...] = ()
    no_need: bool = True
    persona_set: frozenset[str] = field(init=False, repr=False, compare=False)
    lower_keywords: tuple[str, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        _set(self, "persona_set", frozenset(self.personas))
        _set(self, "lower_keywords", tuple(k.lower() for k in self.title_keywords))


@dataclass(frozen=True)
class PqlRule:
    enabled: bool = True


@dataclass(frozen=True)
class StageRules:
    sql: SqlRule
    mql: MqlRule
    disqualify: DisqualifyRule
    pql: PqlRule = PqlRule()


@dataclass(frozen=True)
class Segment:
    """A band of company sizes (head count), e.g. SMB below 50."""

    name: str
    min_employees: int | None = None
    max_employees: int | None = None


@dataclass(frozen=True)
class RouteMatch:
    """Every list given must contain the lead's value; an empty list matches anything."""

    stages: tuple[str, ...]
    countries: tuple[str, ...] = ()
    territories: tuple[str, ...] = ()
    industries: tuple[str, ...] = ()
    segments: tuple[str, ...] = ()
    grades: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()  # the conversation's language, ISO 639-1 (``Signals.language``)


@dataclass(frozen=True)
class Route:
    """Where a lead goes: the Slack channel, who owns it in turn, and which destinations get it."""

    name: str
    slack_channel: str
    owners: tuple[str, ...]
    destinations: tuple[str, ...]
    # The owners' display names (``Routing.owners``), for whoever shows the route to people (the Slack alert).
    owner_names: Mapping[str, str] = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class RouteRule:
    name: str
    match: RouteMatch
    slack_channel: str
    owners: tuple[str, ...]
    destinations: tuple[str, ...]
    route: Route = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        _set(self, "route", Route(self.name, self.slack_channel, self.owners, self.destinations))


CRMS = ("hubspot", "salesforce", "pipedrive")


@dataclass(frozen=True)
class Owner:
    """A person the routes hand leads to: ``id`` is their Slack user id (what routes list), ``name`` what
    visitors and sales read, ``crm`` their owner or user id in each CRM (``hubspot``, ``salesforce``,
    ``pipedrive``)."""

    id: str
    name: str
    crm: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Routing:
    routes: tuple[RouteRule, ...]
    territories: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    segments: tuple[Segment, ...] = ()
    # The route of a visitor who asked to talk to a person, whatever their stage;
    # None means the last route that takes sales-qualified leads (the sales channel).
    human_request_route: str | None = None
    # The routes' owners by id, with their names and CRM ids.
    owners: Mapping[str, Owner] = field(default_factory=dict)
    territories_of: Mapping[str, frozenset[str]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        by_country: dict[str, set[str]] = {}
        for territory, countries in self.territories.items():
            for country in countries:
                by_country.setdefault(country, set()).add(territory)
        _set(self, "territories_of", {c: frozenset(t) for c, t in by_country.items()})
        for rule in self.routes:
            names = {o: self.owners[o].name for o in rule.owners if o in self.owners}
            _set(rule, "route", replace(rule.route, owner_names=names))

    def owner_name(self, owner: str | None) -> str | None:
        """The owner's display name; None for an owner the playbook does not name."""
        known = self.owners.get(owner or "")
        return known.name if known is not None else None

    def human_route(self) -> Route | None:
        """Where a request for a person goes: the named route, else the last one taking SQLs."""
        if self.human_request_route is not None:
            return next((r.route for r in self.routes if r.name == self.human_request_route), None)
        return next((r.route for r in reversed(self.routes) if "sql" in r.match.stages), None)


CALENDAR_FIELDS = (
    "time_zone", "working_hours", "meeting_minutes", "buffer_minutes", "days_ahead", "min_notice_minutes",
)


@dataclass(frozen=True)
class Calendar:
    """When an owner takes calls. In ``scheduling.owners`` a field left out (None) comes from the defaults.

    ``working_hours`` maps weekdays (mon..sun) to spans of the owner's local
    time such as ``"09:00-12:00"``; a day not listed has no slots.
    """

    name: str | None = None
    email: str | None = None
    time_zone: str | None = None
    working_hours: Mapping[str, tuple[str, ...]] | None = None
    meeting_minutes: int | None = None
    buffer_minutes: int | None = None
    days_ahead: int | None = None
    min_notice_minutes: int | None = None
    # How this owner's calls happen, when not as everyone's (``Scheduling.call``): their own video link or line.
    call: str | None = None
    call_at: str | None = None


def _default_calendar() -> Calendar:
    return Calendar(
        time_zone="UTC", working_hours={d: ("09:00-17:00",) for d in WEEKDAYS[:5]},
        meeting_minutes=30, buffer_minutes=0, days_ahead=14, min_notice_minutes=60,
    )


@dataclass(frozen=True)
class Scheduling:
    """Booking a call: in the chat from the owners' calendars, or on an external page (``link``)."""

    link: str | None = None
    meeting_title: str = "Introductory call"
    defaults: Calendar = field(default_factory=_default_calendar)
    owners: Mapping[str, Calendar] = field(default_factory=dict)
    translations: Translations = _translations()
    # How the calls happen (``scheduling.call``: video, phone or place; None: not said), where (``call_at``: the
    # link, the number, the address) and a line the marketer adds after it (``call_note``, translatable).
    call: str | None = None
    call_at: str | None = None
    call_note: str | None = None

    def call_for(self, owner: str | None) -> CallMethod | None:
        """How a call with ``owner`` happens: their own way when they have one, else everyone's."""
        own = self.owners.get(owner or "", Calendar())
        if own.call is not None:
            return CallMethod(own.call, own.call_at)
        if self.call is None:
            return None
        # An owner's own link or line with everyone's kind of call ("video", their own meeting room).
        return CallMethod(self.call, own.call_at if own.call_at is not None else self.call_at)

    def calendar_for(self, owner: str | None) -> Calendar:
        """The owner's calendar with every field filled from the defaults."""
        own = self.owners.get(owner or "", Calendar())
        values = {name: getattr(own, name) if getattr(own, name) is not None else getattr(self.defaults, name)
                  for name in CALENDAR_FIELDS}
        return Calendar(name=own.name, email=own.email, **values)


@dataclass(frozen=True)
class Playbook:
    """Everything marketers decide about qualifying leads; see ``default_playbook.yml``."""

    version: int
    company: Company
    privacy: Privacy
    questions: tuple[Question, ...]
    icp: Icp
    bant: Bant
    stages: StageRules
    routing: Routing
    content_offers: tuple[ContentOffer, ...] = ()
    scheduling: Scheduling = field(default_factory=Scheduling)
    faq: tuple[FaqEntry, ...] = ()
    # The language its texts are written in; translations into the others are optional.
    language: str = "en"
    # ``qualification.translation.localized``'s results, by language.
    localized_cache: dict[str, "Playbook"] = field(default_factory=dict, init=False, repr=False, compare=False,
                                                   hash=False)

    def question(self, question_id: str) -> Question | None:
        for q in self.questions:
            if q.id == question_id:
                return q
        return None

    def offers_for(self, stage: str) -> tuple[ContentOffer, ...]:
        """The content offers marketers chose for leads at ``stage`` (e.g. a guide for MQLs)."""
        return tuple(o for o in self.content_offers if stage in o.stages)

    def offer(self, offer_id: str | None) -> ContentOffer | None:
        return next((o for o in self.content_offers if o.id == offer_id), None)

    def offers_for_need(self, categories: tuple[str, ...]) -> tuple[ContentOffer, ...]:
        """The content offers for a visitor's need: those naming one of its categories first, in playbook order,
        then the rest (a visitor who is not ready still gets something worth reading)."""
        wanted = set(categories)
        matching = tuple(o for o in self.content_offers if wanted & set(o.needs))
        return matching + tuple(o for o in self.content_offers if o not in matching)

    def faq_answer(self, entry: FaqEntry, *, currency: str | None = None, lang: str | None = None,
                   visitor: Mapping[str, str] | None = None) -> str | None:
        """The entry's answer with the playbook's fields filled in (``{company.pricing}``, its amounts in
        ``currency`` when the playbook prices in it, written for ``lang``) and the conversation's (``visitor``: a
        sentence quoting a field it has no value for is left out)."""
        if entry.answer is None:
            return None
        values = {
            "company.name": self.company.name,
            "company.name's": self.company.possessive,
            "company.pricing": self.company.pricing_in(currency, lang or self.language),
            "company.services": ", ".join(service.name for service in self.company.services),
            "privacy.url": self.privacy.url,
        }
        known = {key: value for key, value in (visitor or {}).items() if key in VISITOR_FIELDS and value}
        missing = [key for key in VISITOR_FIELDS if key not in known and "{" + key + "}" in entry.answer]
        text = "".join(sentence for sentence in _SENTENCE.findall(entry.answer)
                       if not any("{" + key + "}" in sentence for key in missing)) if missing else entry.answer
        values.update(known)
        for key, value in values.items():
            text = text.replace("{" + key + "}", value)
        return text
