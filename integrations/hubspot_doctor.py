"""The doctor's read-only checks of a HubSpot portal (``integrations.doctor``): the token, every
property and option the mapping writes, the enabled currencies, the pipeline and its stages, and
the owners the owners file names."""

from __future__ import annotations

from typing import Any, Iterator

from integrations import doctor
from integrations.destination import DeliveryFailed
from integrations.hubspot import DELIVERY_SCOPES, SETUP_SCOPES, HubSpot

_SECTIONS = {"contact": "contacts", "deal": "deals", "meeting": "meetings"}
NAME = "hubspot"


def _check(name: str, ok: bool, detail: str = "", fix: str = "", blocking: bool = True) -> doctor.Check:
    return doctor.Check(NAME, name, ok, detail, fix, blocking)


@doctor.register(NAME)
def preflight(hubspot: HubSpot) -> Iterator[doctor.Check]:
    try:
        account = hubspot.account()
    except DeliveryFailed as failed:
        yield _check("token", False, str(failed), "create a service key (Development > Keys > Service keys; legacy private apps "
                     "can no longer be made) with the scopes the README lists and set HUBSPOT_TOKEN to it")
        return
    currencies = [account.get("companyCurrency"), *(account.get("additionalCurrencies") or [])]
    yield _check("token", True, f"portal {account.get('portalId')} ({account.get('accountType')})")
    yield from _scopes(hubspot)
    yield _check("currencies", True, f"enabled: {', '.join(str(c) for c in currencies if c)}; a budget in another "
                 "currency goes in a note on the deal, without an amount")
    yield from _properties(hubspot)
    if "deal" in hubspot.mapping.objects:
        yield from _pipeline(hubspot)
    yield from _owners(hubspot)


def _scopes(hubspot: HubSpot) -> Iterator[doctor.Check]:
    try:
        granted = set(hubspot.scopes())
    except DeliveryFailed as failed:
        yield _check("scopes", False, f"the token's scopes cannot be read ({failed})",
                     "a service key's scopes are not readable here: check them by hand against the README", blocking=False)
        return
    missing = [scope for scope in DELIVERY_SCOPES if scope not in granted]
    yield _check("scopes", not missing, f"missing: {', '.join(missing)}" if missing else "deliveries have the "
                 "scopes they need", "add them to the key (or the legacy private app's Scopes tab)")
    wanted = [scope for scope in SETUP_SCOPES if scope != "crm.objects.owners.read" or hubspot.owners]
    if extra := [scope for scope in wanted if scope not in granted]:
        yield _check("setup scopes", False, f"missing: {', '.join(extra)}", "add them for `setup hubspot` and "
                     "these checks", blocking=False)


def _properties(hubspot: HubSpot) -> Iterator[doctor.Check]:
    for section, kind in _SECTIONS.items():
        mapped = hubspot.mapping.objects.get(section)
        if not mapped:
            continue
        try:
            listed = hubspot.read(f"/crm/v3/properties/{kind}", f"read {kind} properties").get("results") or []
        except DeliveryFailed as failed:
            yield _check(f"{kind} properties", False, str(failed),
                         f"give the key the crm.schemas.{kind}.read scope" if "403" in str(failed) else "")
            continue
        known = {p.get("name"): p for p in listed if isinstance(p, dict)}
        missing = [name for name in mapped if name not in known]
        yield _check(f"{kind} properties", not missing,
                     f"missing: {', '.join(missing)}" if missing else f"all {len(mapped)} mapped properties exist",
                     "run `python -m integrations setup hubspot`" if all(n.startswith("leadbot_") for n in missing)
                     else f"create them in HubSpot or drop them from the mapping (e.g. `{missing[0] if missing else ''}:"
                          " null` in HUBSPOT_MAPPING)")
        if kind == "deals" and hubspot.mapping.setting("deal_upsert", True):
            unique = next((n for n, rule in mapped.items() if rule == "lead_id"), None)
            if unique in known and not known[unique].get("hasUniqueValue"):
                yield _check("deal upserts", False, f"{unique} does not have unique values, so deals cannot be "
                             "upserted on it", "set `settings: {deal_upsert: false}` in HUBSPOT_MAPPING (a retry "
                             "then searches), or recreate the property with unique values")
        for name in mapped:
            definition = known.get(name) or {}
            if definition.get("type") != "enumeration" or name in ("pipeline", "dealstage", "hubspot_owner_id",
                                                                      "deal_currency_code"):
                continue
            options = {o.get("value") for o in definition.get("options") or []}
            wrong = [str(v) for v in hubspot.mapping.constants(section, name) if str(v) not in options]
            if wrong:
                yield _check(f"{kind}.{name} options", False, f"not options of the portal: {', '.join(wrong)}",
                             f"map to the portal's internal values ({', '.join(sorted(str(o) for o in options))[:200]})")


def _pipeline(hubspot: HubSpot) -> Iterator[doctor.Check]:
    wanted = hubspot.mapping.constants("deal", "pipeline") or ["default"]
    try:
        pipelines = hubspot.read("/crm/v3/pipelines/deals", "read deal pipelines").get("results") or []
    except DeliveryFailed as failed:
        yield _check("deal pipeline", False, str(failed), "give the key the crm.objects.deals.read scope")
        return
    by_id: dict[str, Any] = {str(p.get("id")): p for p in pipelines if isinstance(p, dict)}
    for pipeline_id in (str(p) for p in wanted):
        pipeline = by_id.get(pipeline_id)
        if pipeline is None:
            yield _check("deal pipeline", False, f"no pipeline {pipeline_id!r}",
                         f"set deal.pipeline to one of: {', '.join(by_id)}")
            continue
        stages = {str(s.get("id")) for s in pipeline.get("stages") or []}
        wrong = [str(s) for s in hubspot.mapping.constants("deal", "dealstage") if str(s) not in stages]
        yield _check("deal pipeline", not wrong,
                     f"{pipeline.get('label')}: stages {', '.join(wrong)} do not exist" if wrong
                     else f"{pipeline.get('label')}: every mapped stage exists",
                     f"map deal.dealstage to stage ids of this pipeline: {', '.join(sorted(stages))}")


def _owners(hubspot: HubSpot) -> Iterator[doctor.Check]:
    if not hubspot.owners:
        return
    try:
        listed = hubspot.read("/crm/v3/owners", "read owners", limit=500).get("results") or []
    except DeliveryFailed as failed:
        yield _check("owners", False, str(failed), "give the key the crm.objects.owners.read scope",
                     blocking=False)
        return
    known = {str(o.get("id")) for o in listed if isinstance(o, dict)}
    unknown = sorted({owner for owner in hubspot.owners.values() if owner not in known})
    yield _check("owners", not unknown,
                 f"not owners of the portal: {', '.join(unknown)}" if unknown
                 else f"all {len(set(hubspot.owners.values()))} owners in the owners file exist",
                 "fix the hubspot section of the owners file (LEADBOT_OWNERS): owner ids from Settings > Users")
