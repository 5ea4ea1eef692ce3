"""The playbook's YAML boundary: marshmallow validates, frozen dataclasses come out.

Every error is keyed by the exact dotted path of the field a marketer has to
fix (``questions.3.wording``, ``routing.routes.0.owners``), so the studio can
point at it and ``python -m qualification check`` can print it.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import replace
from functools import cache
from typing import Any, Callable, ClassVar, Iterable, Mapping

import pycountry
from marshmallow import Schema, ValidationError, fields, post_dump, post_load, validate, validates_schema

from nlu.attributes import INDUSTRIES, PERSONAS, ROLES, SENIORITIES
from scheduling import TimeZoneError, parse_hours, zone
from scheduling.call import MAX_NOTE as MAX_CALL_NOTE
from scheduling.call import problems as call_problems
from scheduling.call import text_problem as call_text_problem

from . import conditions as cond
from .playbook import (
    CRMS,
    DESTINATIONS,
    FAQ_FIELDS,
    GRADES,
    LANGUAGES,
    PRICE,
    QUESTION_ATTRIBUTES,
    STAGES,
    VARIANTS,
    WEEKDAYS,
    AuthorityRule,
    Bant,
    BudgetRule,
    BudgetTier,
    Calendar,
    Company,
    ContentOffer,
    DisqualifyRule,
    Exclusions,
    FaqEntry,
    Icp,
    IcpCriterion,
    MqlRule,
    NeedRule,
    Owner,
    Playbook,
    PqlRule,
    Privacy,
    Question,
    RouteMatch,
    RouteRule,
    Routing,
    Scheduling,
    Segment,
    Service,
    SqlRule,
    StageRules,
    TimingHorizon,
    TimingRule,
)

SLUG = re.compile(r"^[a-z][a-z0-9_]*$")
SLACK_USER = re.compile(r"^[UW][A-Z0-9]{2,}$")
SLACK_CHANNEL = re.compile(r"^(#[a-z0-9][a-z0-9._-]{0,79}|[CG][A-Z0-9]{2,})$")
DOMAIN = re.compile(r"^(?=.{1,253}$)([a-z0-9-]{1,63}\.)+[a-z]{2,63}$")
EMAIL = re.compile(r"^[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+\.)+[A-Za-z]{2,63}$")


def _path_order(path: str) -> tuple[tuple[int, int | str], ...]:
    """Sorts ``questions.2`` before ``questions.10``."""
    return tuple((0, int(p)) if p.isdigit() else (1, p) for p in path.split("."))


class PlaybookError(ValueError):
    """A playbook that cannot be used; ``errors`` maps dotted field paths to what is wrong there."""

    def __init__(self, errors: Mapping[str, list[str]]) -> None:
        self.errors: dict[str, list[str]] = {k: list(errors[k]) for k in sorted(errors, key=_path_order)}
        super().__init__("invalid playbook:\n" + "\n".join(f"  {line}" for line in self.lines()))

    def lines(self) -> list[str]:
        """Each problem as "path: message", in the playbook's order."""
        return [f"{path}: {msg}" for path, msgs in self.errors.items() for msg in msgs]


def _suggest(value: str, choices: Iterable[str]) -> str:
    close = difflib.get_close_matches(value, list(choices), n=1)
    return f" (did you mean {close[0]}?)" if close else ""


def _not_blank(value: str) -> None:
    if not value.strip():
        raise ValidationError("must not be blank")


def _slug(value: str) -> None:
    if not SLUG.match(value):
        raise ValidationError(f"'{value}' must be lower-case letters, digits and underscores, starting with a letter")


def _country(value: str) -> None:
    if not (len(value) == 2 and value.isupper() and pycountry.countries.get(alpha_2=value)):
        raise ValidationError(f"'{value}' is not an ISO 3166-1 alpha-2 country code (such as DE or US)")


def _language(value: str) -> None:
    if not (len(value) == 2 and value.islower() and pycountry.languages.get(alpha_2=value)):
        raise ValidationError(f"'{value}' is not an ISO 639-1 language code (such as de or fr)")


def _currency(value: str) -> None:
    if not (len(value) == 3 and value.isupper() and pycountry.currencies.get(alpha_3=value)):
        raise ValidationError(f"'{value}' is not an ISO 4217 currency code (such as USD or EUR)")


def _one_of(choices: Iterable[str], what: str) -> Callable[[str], None]:
    allowed = tuple(choices)

    def check(value: str) -> None:
        if value not in allowed:
            raise ValidationError(f"unknown {what} '{value}'{_suggest(value, allowed)}; one of: {', '.join(allowed)}")

    return check


def _text(**kwargs: Any) -> fields.String:
    return fields.String(validate=_not_blank, **kwargs)


def _share(**kwargs: Any) -> fields.Float:
    return fields.Float(validate=validate.Range(0, 1, error="must be between 0 and 1"), **kwargs)


def _points() -> fields.Integer:
    return fields.Integer(required=True, strict=True, validate=validate.Range(0, 100, error="must be between 0 and 100"))


def _list(inner: fields.Field, *, min_items: int = 0, error: str | None = None, **kwargs: Any) -> fields.List:
    if min_items:
        kwargs["validate"] = validate.Length(min=min_items, error=error or f"needs at least {min_items}")
    return fields.List(inner, **kwargs)


def _duplicates(values: list[Any]) -> dict[int, list[str]]:
    """Index of each repeat after the first, with the message to show there."""
    first: dict[Any, int] = {}
    errors: dict[int, list[str]] = {}
    for i, v in enumerate(values):
        if v is None:
            continue
        if v in first:
            errors[i] = [f"duplicate '{v}' (first at position {first[v]})"]
        else:
            first[v] = i
    return errors


@cache
def _shared(schema: type[Schema]) -> Schema:
    """One instance of ``schema`` for every load and dump: a schema holds no state between calls, but building one
    deep-copies its fields and its nested schemas, and each part's translations built one per language (a studio
    request parses the playbook several times; building schemas was ~15% of the studio's in-process tests)."""
    return schema()


class _Model(Schema):
    """Loads into ``model`` with lists as tuples, so the playbook stays immutable."""

    model: ClassVar[type | None] = None

    @post_load
    def _build(self, data: dict[str, Any], **kwargs: Any) -> Any:
        data = {k: tuple(v) if isinstance(v, list) else v for k, v in data.items()}
        return self.model(**data) if self.model else data

    @post_dump
    def _untranslated(self, data: dict[str, Any], **kwargs: Any) -> dict[str, Any]:
        # A part without translations is written as before, so playbooks without them read the same.
        if "translations" in data and not data["translations"]:
            del data["translations"]
        return data


class _Translations(fields.Field):
    """A part's ``translations``: language -> the part's translatable fields in it, each checked as the original.

    Errors are keyed ``<part>.translations.<language>.<field>``, so the studio
    points at the one text to fix.
    """

    def __init__(self, texts: type[Schema], **kwargs: Any) -> None:
        super().__init__(load_default=dict, **kwargs)
        self.texts = texts

    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> dict[str, dict[str, Any]]:
        if not isinstance(value, Mapping):
            raise ValidationError("must map language codes (such as de or fr) to the translated texts")
        loaded: dict[str, dict[str, Any]] = {}
        errors: dict[str, Any] = {}
        for language, texts in value.items():
            if language not in LANGUAGES and language not in VARIANTS:
                # A regional variant ("pt-BR") is accepted beside the languages; misspelt, it is suggested too.
                known = (*LANGUAGES, *VARIANTS)
                errors[str(language)] = [f"unknown language '{language}'{_suggest(str(language), known)}; "
                                         f"one of: {', '.join(known)}"]
                continue
            if not isinstance(texts, Mapping):
                errors[language] = ["must map the fields to translate to their texts"]
                continue
            try:
                loaded[language] = {k: tuple(v) if isinstance(v, list) else v
                                    for k, v in _shared(self.texts).load(dict(texts)).items() if v is not None}
            except ValidationError as e:
                errors[language] = e.messages
        if errors:
            raise ValidationError(errors)
        return loaded

    def _serialize(self, value: Any, attr: str | None, obj: Any, **kwargs: Any) -> dict[str, dict[str, Any]]:
        return {language: {k: list(v) if isinstance(v, tuple) else v for k, v in texts.items()}
                for language, texts in (value or {}).items()}


class ServiceTexts(Schema):
    name = _text()
    description = _text()


class ServiceSchema(_Model):
    model = Service
    id = fields.String(required=True, validate=_slug)
    name = _text(required=True)
    description = _text(required=True)
    categories = _list(fields.String(validate=_slug), min_items=1, required=True)
    translations = _Translations(ServiceTexts)


class CompanyTexts(Schema):
    pricing = _text()


class CompanySchema(_Model):
    model = Company
    name = _text(required=True)
    default_currency = fields.String(required=True, validate=_currency)
    services = _list(fields.Nested(ServiceSchema), min_items=1, required=True)
    pricing = _text(required=True)
    exchange_rates = fields.Dict(keys=fields.String(), values=fields.Raw(), load_default=dict)
    translations = _Translations(CompanyTexts)
    # Names, codes and amounts are checked in ``_price_errors``, each error at the price or the currency at fault
    # (``prices.monthly_from.XYZ``), not at a mapping key of its own.
    prices = fields.Dict(keys=fields.String(), values=fields.Raw(), load_default=dict)

    @validates_schema(skip_on_field_errors=False)
    def _check(self, data: dict[str, Any], **kwargs: Any) -> None:
        errors: dict[str, Any] = {}
        services = data.get("services") or []
        ids = _duplicates([getattr(s, "id", None) for s in services])
        seen: dict[str, str] = {}
        for i, service in enumerate(services):
            if not isinstance(service, Service):
                continue
            for j, category in enumerate(service.categories):
                if category in seen:
                    errors.setdefault("services", {}).setdefault(i, {}).setdefault("categories", {})[j] = [
                        f"'{category}' is already served by '{seen[category]}'"
                    ]
                seen.setdefault(category, service.id)
        for i, msgs in ids.items():
            errors.setdefault("services", {}).setdefault(i, {})["id"] = msgs
        errors.update(_price_errors(data))
        for code, rate in (data.get("exchange_rates") or {}).items():
            try:
                _currency(code)
            except ValidationError as e:
                errors.setdefault("exchange_rates", {})[code] = e.messages
                continue
            if isinstance(rate, bool) or not isinstance(rate, (int, float)) or not rate > 0:
                errors.setdefault("exchange_rates", {})[code] = [
                    f"must be a positive number: one {code} in {data.get('default_currency', 'the default currency')}"
                ]
        if errors:
            raise ValidationError(errors)


def _price_errors(data: Mapping[str, Any]) -> dict[str, Any]:
    """A price quoted by the pricing text (or a translation of it) that ``prices`` lacks, or lacks in the default
    currency; a name that is no slug (``{price.NAME}`` could not quote it), a code that is no ISO currency, an
    amount that is no positive number."""
    errors: dict[str, Any] = {}
    prices = data.get("prices") or {}
    default = data.get("default_currency")
    for name, amounts in prices.items():
        try:
            _slug(str(name))
        except ValidationError as e:
            errors.setdefault("prices", {})[name] = e.messages
            continue
        if not isinstance(amounts, Mapping):
            errors.setdefault("prices", {})[name] = ["must map currency codes to amounts, such as USD: 5000"]
            continue
        for code, value in amounts.items():
            try:
                _currency(str(code))
            except ValidationError as e:
                errors.setdefault("prices", {}).setdefault(name, {})[code] = e.messages
                continue
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not value > 0:
                errors.setdefault("prices", {}).setdefault(name, {})[code] = ["must be a positive number"]
        if default and default not in amounts:
            errors.setdefault("prices", {}).setdefault(name, {})[default] = [
                f"every price needs its amount in the default currency ({default})"]
    texts = [("pricing", data.get("pricing") or "")] + [
        (f"translations.{lang}.pricing", (given or {}).get("pricing") or "")
        for lang, given in (data.get("translations") or {}).items()]
    for where, text in texts:
        unknown = [name for name in PRICE.findall(text) if name not in prices]
        if unknown:
            errors[where] = [f"unknown price {{price.{unknown[0]}}}; one of: "
                             + (", ".join("{price." + n + "}" for n in prices) or "none: add it under prices")]
    return errors


class PrivacyTexts(Schema):
    text = _text()


class PrivacySchema(_Model):
    model = Privacy
    text = _text(required=True)
    url = fields.String(required=True, validate=validate.URL(relative=True, error="'{input}' is not a URL"))
    translations = _Translations(PrivacyTexts)


class ContentOfferTexts(Schema):
    title = _text()


class ContentOfferSchema(_Model):
    model = ContentOffer
    id = fields.String(required=True, validate=_slug)
    title = _text(required=True)
    url = fields.String(required=True, validate=validate.URL(relative=True, error="'{input}' is not a URL"))
    stages = _list(fields.String(validate=_one_of(STAGES, "stage")), min_items=1, required=True)
    needs = _list(fields.String(validate=_slug), load_default=list)
    translations = _Translations(ContentOfferTexts)


_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")


def _faq_answer(value: str) -> None:
    _not_blank(value)
    for name in _PLACEHOLDER.findall(value):
        if name not in FAQ_FIELDS:
            raise ValidationError(f"unknown field {{{name}}}{_suggest(name, FAQ_FIELDS)}; one of: "
                                  + ", ".join("{" + f + "}" for f in FAQ_FIELDS))


class FaqEntryTexts(Schema):
    questions = _list(fields.String(validate=[_not_blank, validate.Length(max=300)]))
    answer = fields.String(validate=_faq_answer)


class FaqEntrySchema(_Model):
    model = FaqEntry
    id = fields.String(required=True, validate=_slug)
    questions = _list(fields.String(validate=[_not_blank, validate.Length(max=300)]), min_items=1, required=True,
                      error="needs at least one phrasing of the question")
    answer = fields.String(allow_none=True, load_default=None, validate=_faq_answer)
    offer = fields.String(allow_none=True, load_default=None, validate=_slug)
    translations = _Translations(FaqEntryTexts)

    @validates_schema(skip_on_field_errors=True)
    def _check(self, data: dict[str, Any], **kwargs: Any) -> None:
        if data.get("answer") is None and data.get("offer") is None:
            raise ValidationError("give an answer, a content offer to send, or both", "answer")


class ConditionSchema(_Model):
    model = cond.Condition
    field = fields.String(required=True)
    op = fields.String(required=True, validate=_one_of(cond.OPS, "operator"))
    value = fields.Raw(allow_none=True, load_default=None)

    @validates_schema(skip_on_field_errors=False)
    def _check(self, data: dict[str, Any], **kwargs: Any) -> None:
        path, op, value = data.get("field"), data.get("op"), data.get("value")
        if path is not None and path not in cond.FIELDS:
            raise ValidationError(
                f"unknown field '{path}'{_suggest(path, cond.FIELDS)}; use a contract path such as "
                "company_size.max or need.categories, or a signal such as signals.existing_customer",
                "field",
            )
        if op is None or path is None:
            return
        if op in cond.VALUELESS_OPS:
            if value is not None:
                raise ValidationError(f"'{op}' takes no value", "value")
            return
        if value is None:
            raise ValidationError(f"'{op}' needs a value", "value")
        numeric = isinstance(value, (int, float)) and not isinstance(value, bool)
        if op in cond.NUMERIC_OPS and not (numeric and path in cond.NUMERIC_FIELDS):
            raise ValidationError(
                f"'{op}' compares numbers: the field must be one of {', '.join(sorted(cond.NUMERIC_FIELDS))} "
                "and the value a number",
                "value" if path in cond.NUMERIC_FIELDS else "field",
            )
        if op in cond.LIST_OPS and not isinstance(value, (list, tuple)):
            raise ValidationError(f"'{op}' needs a list of values", "value")
        items = value if isinstance(value, (list, tuple)) else [value]
        if op not in cond.LIST_OPS and op != "contains" and isinstance(value, (list, tuple)):
            raise ValidationError(f"'{op}' compares one value, not a list", "value")
        if not all(isinstance(v, (str, int, float, bool)) for v in items):
            raise ValidationError("values must be text, numbers or true/false", "value")
        if op == "contains" and path not in cond.LIST_FIELDS:
            raise ValidationError(f"'contains' works on lists: {', '.join(sorted(cond.LIST_FIELDS))}", "field")

    @post_load
    def _build(self, data: dict[str, Any], **kwargs: Any) -> Any:
        value = data.get("value")
        return cond.Condition(data["field"], data["op"], tuple(value) if isinstance(value, (list, tuple)) else value)


class ConditionGroupSchema(_Model):
    model = cond.ConditionGroup
    any = _list(fields.Nested(ConditionSchema), load_default=list)
    all = _list(fields.Nested(ConditionSchema), load_default=list)

    @validates_schema
    def _check(self, data: dict[str, Any], **kwargs: Any) -> None:
        if not data.get("any") and not data.get("all"):
            raise ValidationError("give at least one condition under 'any' or 'all'")


# What the bot says to "why do you ask?": a sentence or two, read in the chat.
MAX_WHY = 300


def _why(**kwargs: Any) -> fields.String:
    return fields.String(validate=[_not_blank, validate.Length(max=MAX_WHY, error=f"must be at most {MAX_WHY} characters")],
                         **kwargs)


class QuestionTexts(Schema):
    wording = _list(_text(), min_items=1, error="needs at least one wording")
    why = _why()


class QuestionSchema(_Model):
    model = Question
    id = fields.String(required=True, validate=_slug)
    attribute = fields.String(required=True, validate=_one_of(QUESTION_ATTRIBUTES, "attribute"))
    wording = _list(_text(), min_items=1, error="needs at least one wording", required=True)
    required = fields.Boolean(load_default=True)
    ask_when = fields.Nested(ConditionGroupSchema, allow_none=True, load_default=None)
    skip_when = fields.Nested(ConditionGroupSchema, allow_none=True, load_default=None)
    translations = _Translations(QuestionTexts)
    why = _why(allow_none=True, load_default=None)

    @post_dump
    def _no_why(self, data: dict[str, Any], **kwargs: Any) -> dict[str, Any]:
        # A question without a reason of its own is written as before (the bot's default reason applies).
        if data.get("why") is None:
            data.pop("why", None)
        return data


_LIST_KINDS = {"industry": "industries", "country": "countries", "tech_stack": "tools"}


class IcpCriterionSchema(_Model):
    model = IcpCriterion
    name = _text(required=True)
    kind = fields.String(required=True, validate=_one_of(("industry", "company_size", "revenue", "country", "tech_stack"), "kind"))
    weight = fields.Float(required=True, validate=validate.Range(min=0, error="must not be negative"))
    values = _list(fields.String(), load_default=list)
    min = fields.Float(allow_none=True, load_default=None, validate=validate.Range(min=0, error="must not be negative"))
    max = fields.Float(allow_none=True, load_default=None, validate=validate.Range(min=0, error="must not be negative"))

    @validates_schema(skip_on_field_errors=False)
    def _check(self, data: dict[str, Any], **kwargs: Any) -> None:
        kind = data.get("kind")
        if kind is None:
            return
        values, low, high = data.get("values") or [], data.get("min"), data.get("max")
        if kind in _LIST_KINDS:
            if not values:
                raise ValidationError(f"a {kind} criterion needs the {_LIST_KINDS[kind]} it looks for", "values")
            for key in ("min", "max"):
                if data.get(key) is not None:
                    raise ValidationError(f"a {kind} criterion matches values, not a range", key)
            check = {"industry": _one_of(INDUSTRIES, "industry"), "country": _country, "tech_stack": _slug}[kind]
            errors: dict[int, list[str]] = {}
            for i, value in enumerate(values):
                try:
                    check(value)
                except ValidationError as e:
                    errors[i] = e.messages
            if errors:
                raise ValidationError({"values": errors})
            return
        if values:
            raise ValidationError(f"a {kind} criterion is a range: use min and max", "values")
        if low is None and high is None:
            raise ValidationError(f"a {kind} criterion needs min, max or both", "min")
        if low is not None and high is not None and low > high:
            raise ValidationError(f"must not be above max ({high:g})", "min")


class GradesSchema(Schema):
    A = fields.Float(required=True, validate=validate.Range(0, 100, error="must be between 0 and 100"))
    B = fields.Float(required=True, validate=validate.Range(0, 100, error="must be between 0 and 100"))
    C = fields.Float(required=True, validate=validate.Range(0, 100, error="must be between 0 and 100"))

    @validates_schema
    def _check(self, data: dict[str, Any], **kwargs: Any) -> None:
        if not data["A"] > data["B"]:
            raise ValidationError(f"must be below A ({data['A']:g})", "B")
        if not data["B"] > data["C"]:
            raise ValidationError(f"must be below B ({data['B']:g})", "C")


class ExclusionsSchema(_Model):
    model = Exclusions
    companies = _list(_text(), load_default=list)
    email_domains = _list(fields.String(validate=validate.Regexp(DOMAIN, error="'{input}' is not a domain such as rival.com")), load_default=list)
    industries = _list(fields.String(validate=_one_of(INDUSTRIES, "industry")), load_default=list)
    countries = _list(fields.String(validate=_country), load_default=list)


class IcpSchema(_Model):
    model = Icp
    criteria = _list(fields.Nested(IcpCriterionSchema), min_items=1, required=True)
    grades = fields.Nested(GradesSchema, required=True)
    unknown_credit = _share(load_default=0.5)
    exclusions = fields.Nested(ExclusionsSchema, load_default=Exclusions)

    @validates_schema(skip_on_field_errors=False)
    def _check(self, data: dict[str, Any], **kwargs: Any) -> None:
        criteria = data.get("criteria")
        if not criteria:
            return
        if not all(isinstance(c, IcpCriterion) for c in criteria):
            return
        names = _duplicates([c.name for c in criteria])
        if names:
            raise ValidationError({"criteria": {i: {"name": m} for i, m in names.items()}})
        if sum(c.weight for c in criteria) <= 0:
            raise ValidationError("at least one criterion needs a weight above 0", "criteria")


class BudgetTierSchema(_Model):
    model = BudgetTier
    at_least = fields.Float(required=True, validate=validate.Range(min=0, error="must not be negative"))
    share = _share(required=True)


class PeriodFactorsSchema(Schema):
    _positive = {"validate": validate.Range(min=0, min_inclusive=False, error="must be above 0")}
    one_time = fields.Float(load_default=1.0, **_positive)
    month = fields.Float(load_default=12.0, **_positive)
    quarter = fields.Float(load_default=4.0, **_positive)
    year = fields.Float(load_default=1.0, **_positive)


class BudgetRuleSchema(_Model):
    model = BudgetRule
    points = _points()
    tiers = _list(fields.Nested(BudgetTierSchema), min_items=1, required=True)
    period_factors = fields.Nested(PeriodFactorsSchema, load_default=lambda: _shared(PeriodFactorsSchema).load({}))
    unknown_share = _share(load_default=0.0)


def _shares_of(keys: Iterable[str], *, unknown_default: bool) -> type[Schema]:
    attrs: dict[str, Any] = {
        k: _share(load_default=0.0) if (k == "unknown" and unknown_default) else _share(required=True)
        for k in keys
    }
    return Schema.from_dict(attrs)


class AuthorityRuleSchema(_Model):
    model = AuthorityRule
    points = _points()
    seniority = fields.Nested(_shares_of(SENIORITIES, unknown_default=True), required=True)
    roles = fields.Nested(_shares_of([r for r in ROLES if r != "unknown"], unknown_default=False), required=True)
    role_weight = _share(load_default=0.5)


class NeedRuleSchema(_Model):
    model = NeedRule
    points = _points()
    unmatched_share = _share(load_default=0.0)


class TimingHorizonSchema(_Model):
    model = TimingHorizon
    within_days = fields.Integer(required=True, strict=True, validate=validate.Range(min=0, error="must not be negative"))
    share = _share(required=True)


class TimingRuleSchema(_Model):
    model = TimingRule
    points = _points()
    horizons = _list(fields.Nested(TimingHorizonSchema), min_items=1, required=True)
    beyond_share = _share(load_default=0.0)
    unknown_share = _share(load_default=0.0)

    @validates_schema(skip_on_field_errors=False)
    def _check(self, data: dict[str, Any], **kwargs: Any) -> None:
        repeats = _duplicates([getattr(h, "within_days", None) for h in data.get("horizons") or []])
        if repeats:
            raise ValidationError({"horizons": {i: {"within_days": m} for i, m in repeats.items()}})


class BantSchema(_Model):
    model = Bant
    budget = fields.Nested(BudgetRuleSchema, required=True)
    authority = fields.Nested(AuthorityRuleSchema, required=True)
    need = fields.Nested(NeedRuleSchema, required=True)
    timing = fields.Nested(TimingRuleSchema, required=True)

    @validates_schema
    def _check(self, data: dict[str, Any], **kwargs: Any) -> None:
        total = sum(data[letter].points for letter in ("budget", "authority", "need", "timing"))
        if total != 100:
            raise ValidationError(f"the letters' points must add up to 100 (the score's scale); they add up to {total}")


class SqlRuleSchema(_Model):
    model = SqlRule
    min_score = _points()
    min_grade = fields.String(required=True, validate=_one_of(GRADES, "grade"))


class MqlRuleSchema(_Model):
    model = MqlRule
    allow_free_mail = fields.Boolean(load_default=False)
    interest_when = fields.Nested(ConditionGroupSchema, load_default=lambda: cond.ConditionGroup())


class DisqualifyRuleSchema(_Model):
    model = DisqualifyRule
    personas = _list(fields.String(validate=_one_of([p for p in PERSONAS if p != "existing_customer"], "persona")), load_default=list)
    title_keywords = _list(_text(), load_default=list)
    no_need = fields.Boolean(load_default=True)


class PqlRuleSchema(_Model):
    model = PqlRule
    enabled = fields.Boolean(load_default=True)


class StageRulesSchema(_Model):
    model = StageRules
    sql = fields.Nested(SqlRuleSchema, required=True)
    mql = fields.Nested(MqlRuleSchema, required=True)
    disqualify = fields.Nested(DisqualifyRuleSchema, required=True)
    pql = fields.Nested(PqlRuleSchema, load_default=PqlRule)


class SegmentSchema(_Model):
    model = Segment
    name = fields.String(required=True, validate=_slug)
    min_employees = fields.Integer(allow_none=True, load_default=None, strict=True, validate=validate.Range(min=0, error="must not be negative"))
    max_employees = fields.Integer(allow_none=True, load_default=None, strict=True, validate=validate.Range(min=0, error="must not be negative"))

    @validates_schema(skip_on_field_errors=False)
    def _check(self, data: dict[str, Any], **kwargs: Any) -> None:
        low, high = data.get("min_employees"), data.get("max_employees")
        if low is None and high is None:
            raise ValidationError("a segment needs min_employees, max_employees or both", "min_employees")
        if low is not None and high is not None and low > high:
            raise ValidationError(f"must not be above max_employees ({high})", "min_employees")


class RouteMatchSchema(_Model):
    model = RouteMatch
    stages = _list(fields.String(validate=_one_of(STAGES, "stage")), min_items=1, required=True,
                   error="name the stages this route takes (e.g. [sql])")
    countries = _list(fields.String(validate=_country), load_default=list)
    territories = _list(fields.String(), load_default=list)
    industries = _list(fields.String(validate=_one_of(INDUSTRIES, "industry")), load_default=list)
    segments = _list(fields.String(), load_default=list)
    grades = _list(fields.String(validate=_one_of(GRADES, "grade")), load_default=list)
    languages = _list(fields.String(validate=_language), load_default=list)


class RouteSchema(_Model):
    model = RouteRule
    name = fields.String(required=True, validate=_slug)
    match = fields.Nested(RouteMatchSchema, required=True)
    slack_channel = fields.String(required=True, validate=validate.Regexp(
        SLACK_CHANNEL, error="'{input}' is not a Slack channel: '#name' or a channel id such as C0123ABC"))
    owners = _list(
        fields.String(validate=validate.Regexp(SLACK_USER, error="'{input}' is not a Slack user id such as U0123ABC")),
        min_items=1, required=True, error="a route needs at least one owner (Slack user id) for round robin",
    )
    destinations = _list(fields.String(validate=_one_of(DESTINATIONS, "destination")), min_items=1, required=True,
                         error="name at least one destination")


class OwnerSchema(Schema):
    """One owner (keyed by Slack user id): a display name and, optionally, their id in each CRM."""

    name = fields.String(required=True, validate=[_not_blank, validate.Length(max=100)])
    hubspot = fields.String(allow_none=True, load_default=None, validate=validate.Length(min=1, max=64))
    salesforce = fields.String(allow_none=True, load_default=None, validate=validate.Length(min=1, max=64))
    pipedrive = fields.String(allow_none=True, load_default=None, validate=validate.Length(min=1, max=64))


class _RouteOwners(fields.Dict):
    """Owner id -> display name and CRM ids; validated per owner, dumped as plain data."""

    def _serialize(self, value: Any, attr: Any, obj: Any, **kwargs: Any) -> Any:
        return {k: {"name": o.name, **dict(o.crm)} for k, o in (value or {}).items()}


class RoutingSchema(_Model):
    model = Routing
    territories = fields.Dict(keys=fields.String(), values=fields.Raw(), load_default=dict)
    segments = _list(fields.Nested(SegmentSchema), load_default=list)
    routes = _list(fields.Nested(RouteSchema), load_default=list)
    human_request_route = fields.String(allow_none=True, load_default=None, validate=_slug)
    owners = _RouteOwners(keys=fields.String(), values=fields.Raw(), load_default=dict)

    @validates_schema(skip_on_field_errors=False)
    def _check(self, data: dict[str, Any], **kwargs: Any) -> None:
        errors: dict[str, Any] = {}
        for owner, details in (data.get("owners") or {}).items():
            if not SLACK_USER.match(str(owner)):
                errors.setdefault("owners", {})[owner] = [f"'{owner}' is not a Slack user id such as U0123ABC"]
                continue
            try:
                _shared(OwnerSchema).load(details if isinstance(details, Mapping) else {"_": details})
            except ValidationError as e:
                errors.setdefault("owners", {})[owner] = e.messages
        territories = data.get("territories") or {}
        for name, countries in territories.items():
            try:
                _slug(name)
                if not isinstance(countries, (list, tuple)) or not countries:
                    raise ValidationError("must be a list of country codes")
            except ValidationError as e:
                errors.setdefault("territories", {})[name] = e.messages
                continue
            for i, country in enumerate(countries):
                try:
                    _country(country) if isinstance(country, str) else _country(str(country))
                except ValidationError as e:
                    errors.setdefault("territories", {}).setdefault(name, {})[i] = e.messages
        segments = data.get("segments")
        if segments is not None and not all(isinstance(s, Segment) for s in segments):
            segments = None
        for i, msgs in _duplicates([s.name for s in segments or []]).items():
            errors.setdefault("segments", {}).setdefault(i, {})["name"] = msgs
        routes = data.get("routes") or []
        for i, msgs in _duplicates([getattr(r, "name", None) for r in routes]).items():
            errors.setdefault("routes", {}).setdefault(i, {})["name"] = msgs
        human = data.get("human_request_route")
        names = [getattr(r, "name", None) for r in routes]
        if human is not None and all(isinstance(r, RouteRule) for r in routes) and human not in names:
            errors["human_request_route"] = [
                f"unknown route '{human}'{_suggest(human, [n for n in names if n])}; "
                f"routing.routes defines: {', '.join(n for n in names if n) or 'none'}"
            ]
        known = {"territories": set(territories), "segments": {s.name for s in segments or []}}
        for i, route in enumerate(routes):
            if not isinstance(route, RouteRule):
                continue
            for key, names in known.items():
                if key == "segments" and segments is None:
                    continue
                for j, name in enumerate(getattr(route.match, key)):
                    if name not in names:
                        where = ", ".join(sorted(names)) or "none defined"
                        noun = {"territories": "territory", "segments": "segment"}[key]
                        errors.setdefault("routes", {}).setdefault(i, {}).setdefault("match", {}).setdefault(key, {})[j] = [
                            f"unknown {noun} '{name}'{_suggest(name, names)}; routing.{key} defines: {where}"
                        ]
        if errors:
            raise ValidationError(errors)

    @post_load
    def _build(self, data: dict[str, Any], **kwargs: Any) -> Routing:
        return Routing(
            routes=tuple(data["routes"]),
            territories={k: tuple(v) for k, v in data["territories"].items()},
            segments=tuple(data["segments"]),
            human_request_route=data.get("human_request_route"),
            owners={key: _owner(key, _shared(OwnerSchema).load(details)) for key, details in data["owners"].items()},
        )


def _owner(key: str, details: dict[str, Any]) -> Owner:
    return Owner(id=key, name=details["name"], crm={crm: details[crm] for crm in CRMS if details.get(crm)})


def _time_zone(value: str) -> None:
    """An IANA zone name, by scheduling's own rule (the one the bookings use)."""
    try:
        zone(value)
    except TimeZoneError:
        raise ValidationError(f"'{value}' is not a time zone; use an IANA name such as Europe/Berlin") from None


def _minutes(low: int, high: int) -> fields.Integer:
    return fields.Integer(allow_none=True, load_default=None, strict=True,
                          validate=validate.Range(low, high, error=f"must be between {low} and {high}"))


def _span_minutes(text: str) -> tuple[int, int]:
    """A span of working hours as minutes of the day, read by scheduling's own rule (the one slots use)."""
    try:
        start, end = parse_hours(text)
    except ValueError as e:
        raise ValidationError(str(e)) from None
    return start.hour * 60 + start.minute, 24 * 60 if end is None else end.hour * 60 + end.minute


class CalendarSchema(_Model):
    """One owner's calendar (every field optional: the defaults fill what is left out)."""

    model = Calendar
    name = _text(allow_none=True, load_default=None)
    email = fields.String(allow_none=True, load_default=None, validate=validate.Regexp(
        EMAIL, error="'{input}' is not an email address such as dana@example.com"))
    time_zone = fields.String(allow_none=True, load_default=None, validate=_time_zone)
    working_hours = fields.Dict(keys=fields.String(), values=fields.Raw(), allow_none=True, load_default=None)
    meeting_minutes = _minutes(5, 480)
    buffer_minutes = _minutes(0, 240)
    days_ahead = _minutes(1, 90)
    min_notice_minutes = _minutes(0, 10080)
    # The owner's own way to call (their video link, their line); checked with everyone's kind in SchedulingSchema.
    call = fields.String(allow_none=True, load_default=None)
    call_at = fields.String(allow_none=True, load_default=None)

    @validates_schema(skip_on_field_errors=False)
    def _check(self, data: dict[str, Any], **kwargs: Any) -> None:
        hours = data.get("working_hours")
        if hours is None:
            return
        errors: dict[str, Any] = {}
        for day, spans in hours.items():
            if day not in WEEKDAYS:
                errors[day] = [f"unknown day '{day}'{_suggest(str(day), WEEKDAYS)}; use mon, tue, wed, thu, fri, sat, sun"]
                continue
            if not isinstance(spans, (list, tuple)):
                errors[day] = ["must be a list of spans such as [\"09:00-12:00\", \"13:00-17:00\"]"]
                continue
            parsed: list[tuple[int, int, int]] = []
            for i, span in enumerate(spans):
                try:
                    parsed.append((*_span_minutes(span), i))
                except ValidationError as e:
                    errors.setdefault(day, {})[i] = e.messages
            parsed.sort()
            for (_, end, _), (start, _, j) in zip(parsed, parsed[1:]):
                if start < end:
                    errors.setdefault(day, {})[j] = [f"'{spans[j]}' overlaps another span of the same day"]
        if errors:
            raise ValidationError({"working_hours": errors})

    @post_load
    def _build(self, data: dict[str, Any], **kwargs: Any) -> Calendar:
        hours = data.get("working_hours")
        if hours is not None:
            data = {**data, "working_hours": {day: tuple(spans) for day, spans in hours.items()}}
        return Calendar(**data)


class _Owners(fields.Dict):
    """Owner id -> calendar; validated per owner (errors keyed ``owners.<id>.<field>``), dumped as plain data."""

    def _serialize(self, value: Any, attr: Any, obj: Any, **kwargs: Any) -> Any:
        return {k: _shared(CalendarSchema).dump(v) for k, v in (value or {}).items()}


class SchedulingTexts(Schema):
    meeting_title = fields.String(validate=[_not_blank, validate.Length(max=200)])
    call_note = fields.String(validate=lambda text: _call_text(text, MAX_CALL_NOTE))


def _call_text(text: str, limit: int) -> None:
    """A text of the call by scheduling's own rule (``scheduling.call.text_problem``)."""
    problem = call_text_problem(text, limit)
    if problem is not None:
        raise ValidationError(problem)


class SchedulingSchema(_Model):
    model = Scheduling
    link = fields.String(allow_none=True, load_default=None, validate=validate.URL(
        schemes={"https"}, error="'{input}' is not an https:// link (a Calendly or Cal.com page)"))
    meeting_title = fields.String(load_default="Introductory call", validate=[_not_blank, validate.Length(max=200)])
    defaults = fields.Nested(CalendarSchema, load_default=None)
    owners = _Owners(keys=fields.String(), values=fields.Raw(), load_default=dict)
    translations = _Translations(SchedulingTexts)
    # How the calls happen: said in the booking confirmation, written in the calendar file (``scheduling.call``).
    call = fields.String(allow_none=True, load_default=None)
    call_at = fields.String(allow_none=True, load_default=None)
    call_note = fields.String(allow_none=True, load_default=None)

    @validates_schema(skip_on_field_errors=False)
    def _check(self, data: dict[str, Any], **kwargs: Any) -> None:
        errors: dict[str, Any] = {}
        kind = data.get("call")
        for name, message in call_problems(kind, data.get("call_at"), data.get("call_note")).items():
            errors[name] = [message]
        for owner, calendar in (data.get("owners") or {}).items():
            if not SLACK_USER.match(str(owner)):
                errors.setdefault("owners", {})[owner] = [f"'{owner}' is not a Slack user id such as U0123ABC"]
                continue
            try:
                loaded = _shared(CalendarSchema).load(calendar if isinstance(calendar, Mapping) else {"_": calendar})
            except ValidationError as e:
                errors.setdefault("owners", {})[owner] = e.messages
                continue
            if loaded.call is not None or loaded.call_at is not None:
                # The owner's link or line is checked against the kind it goes with: their own, else everyone's.
                own = call_problems(loaded.call or kind, loaded.call_at)
                if own:
                    errors.setdefault("owners", {})[owner] = {name: [message] for name, message in own.items()}
        if errors:
            raise ValidationError(errors)

    @post_load
    def _build(self, data: dict[str, Any], **kwargs: Any) -> Scheduling:
        data = {**data, "owners": {k: _shared(CalendarSchema).load(v) for k, v in (data.get("owners") or {}).items()}}
        base = Scheduling().defaults
        given = data.get("defaults") or Calendar()
        defaults = Calendar(name=given.name, email=given.email, **{
            name: getattr(given, name) if getattr(given, name) is not None else getattr(base, name)
            for name in ("time_zone", "working_hours", "meeting_minutes", "buffer_minutes", "days_ahead",
                         "min_notice_minutes")
        })
        return Scheduling(link=data.get("link"), meeting_title=data["meeting_title"], defaults=defaults,
                          owners=dict(data.get("owners") or {}), translations=data.get("translations") or {},
                          call=data.get("call"), call_at=data.get("call_at"), call_note=data.get("call_note"))


class PlaybookSchema(_Model):
    model = Playbook
    version = fields.Integer(required=True, strict=True, validate=validate.OneOf([1], error="only version 1 exists"))
    company = fields.Nested(CompanySchema, required=True)
    privacy = fields.Nested(PrivacySchema, required=True)
    content_offers = _list(fields.Nested(ContentOfferSchema), load_default=list)
    questions = _list(fields.Nested(QuestionSchema), min_items=1, required=True)
    icp = fields.Nested(IcpSchema, required=True)
    bant = fields.Nested(BantSchema, required=True)
    stages = fields.Nested(StageRulesSchema, required=True)
    routing = fields.Nested(RoutingSchema, required=True)
    scheduling = fields.Nested(SchedulingSchema, load_default=Scheduling)
    faq = _list(fields.Nested(FaqEntrySchema), load_default=list)
    # The language the texts are written in; each part may add translations into the others.
    language = fields.String(load_default="en", validate=_one_of(LANGUAGES, "language"))

    @post_load
    def _build(self, data: dict[str, Any], **kwargs: Any) -> Playbook:
        # An owner's name is written once, under routing.owners; their calendar shows it too.
        routing, scheduling = data.get("routing"), data.get("scheduling")
        if isinstance(routing, Routing) and isinstance(scheduling, Scheduling):
            calendars = dict(scheduling.owners)
            for key, owner in routing.owners.items():
                calendar = calendars.get(key)
                if calendar is None:
                    continue
                if calendar.name is None:
                    calendars[key] = replace(calendar, name=owner.name)
            data = {**data, "scheduling": replace(scheduling, owners=calendars)}
        return super()._build(data, **kwargs)

    @validates_schema(skip_on_field_errors=False)
    def _check(self, data: dict[str, Any], **kwargs: Any) -> None:
        errors: dict[str, Any] = {}
        routing, scheduling = data.get("routing"), data.get("scheduling")
        if isinstance(routing, Routing):
            owners = {o for rule in routing.routes for o in rule.owners}
            for key in routing.owners:
                if key not in owners:
                    errors.setdefault("routing", {}).setdefault("owners", {})[key] = [
                        f"'{key}' is not an owner of any route in routing.routes"]
            if isinstance(scheduling, Scheduling):
                for key, calendar in scheduling.owners.items():
                    named = routing.owners.get(key)
                    if named is not None and calendar.name is not None and calendar.name != named.name:
                        errors.setdefault("scheduling", {}).setdefault("owners", {}).setdefault(key, {})["name"] = [
                            f"'{calendar.name}' differs from routing.owners.{key}.name ('{named.name}'); "
                            "name an owner once, under routing.owners"]
        offers = [getattr(o, "id", None) for o in data.get("content_offers") or []]
        entries = data.get("faq") or []
        for i, msgs in _duplicates([getattr(e, "id", None) for e in entries]).items():
            errors.setdefault("faq", {}).setdefault(i, {})["id"] = msgs
        for i, entry in enumerate(entries):
            if isinstance(entry, FaqEntry) and entry.offer is not None and entry.offer not in offers:
                errors.setdefault("faq", {}).setdefault(i, {})["offer"] = [
                    f"unknown content offer '{entry.offer}'{_suggest(entry.offer, [o for o in offers if o])}"]
        routing, scheduling = data.get("routing"), data.get("scheduling")
        if isinstance(routing, Routing) and isinstance(scheduling, Scheduling):
            owners = {o for rule in routing.routes for o in rule.owners}
            for owner in scheduling.owners:
                if owner not in owners:
                    errors.setdefault("scheduling", {}).setdefault("owners", {})[owner] = [
                        f"'{owner}' is not an owner of any route in routing.routes"]
        own = data.get("language")
        company = data.get("company")
        parts: list[tuple[tuple[Any, ...], Any]] = [(("company",), company), (("privacy",), data.get("privacy")),
                                                    (("scheduling",), data.get("scheduling"))]
        parts += [(("company", "services", i), s) for i, s in enumerate(getattr(company, "services", ()) or ())]
        for section in ("content_offers", "faq", "questions"):
            parts += [((section, i), item) for i, item in enumerate(data.get(section) or ())]
        for path, part in parts:
            if own in (getattr(part, "translations", None) or {}):
                place = errors
                for key in path:
                    place = place.setdefault(key, {})
                place.setdefault("translations", {})[own] = [
                    f"'{own}' is the playbook's own language: change the text itself, not a translation"]
        questions = data.get("questions") or []
        for key in ("id", "attribute"):
            for i, msgs in _duplicates([getattr(q, key, None) for q in questions]).items():
                errors.setdefault("questions", {}).setdefault(i, {})[key] = msgs
        for i, msgs in _duplicates([getattr(o, "id", None) for o in data.get("content_offers") or []]).items():
            errors.setdefault("content_offers", {}).setdefault(i, {})["id"] = msgs
        if errors:
            raise ValidationError(errors)


def _flatten(messages: Any, prefix: str = "") -> dict[str, list[str]]:
    if isinstance(messages, dict):
        out: dict[str, list[str]] = {}
        for key, value in messages.items():
            if key == "_schema":
                path = prefix or "_schema"
            else:
                path = f"{prefix}.{key}" if prefix else str(key)
            for p, msgs in _flatten(value, path).items():
                out.setdefault(p, []).extend(msgs)
        return out
    if isinstance(messages, list) and all(isinstance(m, str) for m in messages):
        return {prefix: list(messages)}
    if isinstance(messages, list):
        out = {}
        for item in messages:
            for p, msgs in _flatten(item, prefix).items():
                out.setdefault(p, []).extend(msgs)
        return out
    return {prefix: [str(messages)]}


def _friendly(msg: str) -> str:
    return {"Unknown field.": "unknown field (check the spelling)",
            "Missing data for required field.": "is required"}.get(msg, msg)


def parse_playbook(data: Any) -> Playbook:
    """A validated ``Playbook`` from plain data (parsed YAML or the studio's JSON).

    Raises ``PlaybookError`` listing every problem found, not only the first,
    so a marketer fixes the file in one pass.
    """
    if not isinstance(data, Mapping):
        raise PlaybookError({"_schema": ["a playbook must be a mapping of sections (company, questions, ...)"]})
    try:
        return _shared(PlaybookSchema).load(dict(data))
    except ValidationError as e:
        flat = _flatten(e.messages)
        raise PlaybookError({path: [_friendly(m) for m in msgs] for path, msgs in flat.items()}) from None


def playbook_to_dict(playbook: Playbook) -> dict[str, Any]:
    """Plain data that ``parse_playbook`` reads back into an equal playbook."""
    return _shared(PlaybookSchema).dump(playbook)
