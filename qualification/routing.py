"""Who gets a lead: the first route in the playbook that matches, and its owners in turn."""

from __future__ import annotations

from nlu.attributes import Attributes

from .bant import midpoint
from .playbook import Route, Routing


def segment_of(attrs: Attributes, routing: Routing) -> str | None:
    size = attrs.company_size
    heads = midpoint(size.min, size.max) if size is not None else None
    if heads is None:
        return None
    for segment in routing.segments:
        if (segment.min_employees is None or heads >= segment.min_employees) and (
            segment.max_employees is None or heads <= segment.max_employees
        ):
            return segment.name
    return None


def route_for(routing: Routing, stage: str, attrs: Attributes, grade: str, language: str | None = None) -> Route | None:
    """The first route whose every given list holds the lead's value; a lead lacking a value a route needs skips it.

    ``language`` is the conversation's (ISO 639-1): a route with ``languages``
    takes only leads in one of them (a German lead to the DACH team), so a lead
    whose language is unknown goes on to the next route.
    """
    country = attrs.location.country if attrs.location is not None else None
    segment: str | None = None
    segment_known = False
    for rule in routing.routes:
        m = rule.match
        if stage not in m.stages:
            continue
        if m.countries and country not in m.countries:
            continue
        if m.territories and (country is None or routing.territories_of.get(country, frozenset()).isdisjoint(m.territories)):
            continue
        if m.industries and attrs.industry not in m.industries:
            continue
        if m.grades and grade not in m.grades:
            continue
        if m.languages and language not in m.languages:
            continue
        if m.segments:
            if not segment_known:
                segment, segment_known = segment_of(attrs, routing), True
            if segment not in m.segments:
                continue
        return rule.route
    return None


def pick_owner(route: Route, counter: int) -> str | None:
    """Round robin: the owner whose turn ``counter`` is; the service keeps and advances the counter."""
    if not route.owners:
        return None
    return route.owners[counter % len(route.owners)]
