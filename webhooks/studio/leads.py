"""Studio leads pages: the filtered list, one lead in full, and replaying a dead delivery.

Thin edge: read the query or form, call ``webhooks.studio.queries`` /
``webhooks.delivery.outbox``, render. Everything a visitor wrote reaches the page
through Jinja's autoescape only (no ``|safe``), because visitors type whatever
they like into the chat.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any, Mapping
from urllib.parse import urlencode

from flask import flash, redirect, render_template, request, url_for

from qualification.playbook import STAGES
from webhooks.database import db
from webhooks.delivery import outbox
from webhooks.models import LEAD_STATUSES
from webhooks.studio import attribution, bp, people, queries
from webhooks.studio.auth import audit, login_required

PER_PAGE = 50
MAX_PAGE = 100_000
MAX_LEAD_ID = 40


@dataclass(frozen=True)
class ListQuery:
    where: queries.LeadFilter
    page: int
    errors: dict[str, str]

    def link(self, **changes: Any) -> str:
        """This list's URL with some parameters changed (pagination keeps the filters)."""
        params = {
            "stage": self.where.stage, "owner": self.where.owner, "status": self.where.status,
            "from": self.where.created_from.isoformat() if self.where.created_from else None,
            "to": self.where.created_to.isoformat() if self.where.created_to else None,
            "page": self.page,
        }
        params.update(changes)
        kept = {k: v for k, v in params.items() if v not in (None, "") and not (k == "page" and v == 1)}
        return url_for("studio.leads") + ("?" + urlencode(kept) if kept else "")


def _date(args: Mapping[str, str], name: str, errors: dict[str, str]) -> date | None:
    raw = args.get(name, "").strip()
    if not raw:
        return None
    try:
        return date.fromisoformat(raw)
    except ValueError:
        errors[name] = "use a date such as 2026-11-23"
        return None


def parse_list_query(args: Mapping[str, str]) -> ListQuery:
    """Filters from the query string; a bad value is named and ignored, never passed to SQL as is."""
    errors: dict[str, str] = {}
    stage = args.get("stage", "").strip() or None
    if stage is not None and stage not in STAGES:
        errors["stage"] = "pick one of the listed stages"
        stage = None
    status = args.get("status", "").strip() or None
    if status is not None and status not in LEAD_STATUSES:
        errors["status"] = "pick one of the listed statuses"
        status = None
    owner = args.get("owner", "").strip() or None
    if owner is not None and len(owner) > 100:
        errors["owner"] = "an owner is at most 100 characters"
        owner = None
    if owner is not None and owner != queries.UNASSIGNED:
        owner = people.owner_id(owner)  # typed or picked by name, stored by Slack id
    created_from, created_to = _date(args, "from", errors), _date(args, "to", errors)
    if created_from and created_to and created_from > created_to:
        errors["to"] = "the end date is before the start date"
        created_to = None
    page = 1
    raw_page = args.get("page", "").strip()
    if raw_page:
        if raw_page.isdigit() and 1 <= int(raw_page) <= MAX_PAGE:
            page = int(raw_page)
        else:
            errors["page"] = f"a page is a number from 1 to {MAX_PAGE}"
    return ListQuery(queries.LeadFilter(stage, owner, status, created_from, created_to), page, errors)


@bp.get("/leads")
@login_required
def leads() -> Any:
    query = parse_list_query(request.args)
    with db.session() as session:
        rows, total = queries.lead_page(session, query.where, query.page, PER_PAGE)
        owners = queries.owners(session)
    pages = max(1, -(-total // PER_PAGE))
    return render_template(
        "studio/leads.html", nav="leads", rows=rows, total=total, query=query, pages=pages,
        per_page=PER_PAGE, stages=STAGES, statuses=LEAD_STATUSES, owners=owners, unassigned=queries.UNASSIGNED,
    ), 400 if query.errors else 200


def _not_found() -> Any:
    return render_template(
        "studio/message.html", nav="leads", title="No such lead",
        message="There is no lead with this id. It may have been typed wrong.",
    ), 404


@bp.get("/leads/<lead_id>")
@login_required
def lead(lead_id: str) -> Any:
    if len(lead_id) > MAX_LEAD_ID:
        return _not_found()
    with db.session() as session:
        row = session.execute(queries.select_lead(lead_id)).scalar_one_or_none()
        if row is None:
            return _not_found()
        answers = list(row.answers)
        consents = list(row.consents)
        return render_template(
            "studio/leads_detail.html", nav="leads", lead=row, answers=answers, consents=consents,
            transcript=queries.transcript(session, row.id, row.conversation_id),
            came_from=_came_from(session, row),
            sources=ANSWER_SOURCE_WORDS,
            history=queries.history(session, row.id),
            booked=queries.booking(session, row.id),
            destinations=queries.destinations(session, row.id),
            qualification=row.qualification or {},
        )


# How each answer came to be known (``webhooks.models.ANSWER_SOURCES``), as the lead page says it.
ANSWER_SOURCE_WORDS = {
    "given": "Answered",
    "corrected": "Corrected by the visitor",
    "confirmed": "Heard, then confirmed",
    "heard": "Heard, not confirmed",
    "chat": "Said in the chat with sales",
}


def _came_from(session: Any, lead: Any) -> attribution.Attribution | None:
    """Where the visitor came from: as stored on the lead (since migration 0012), else read from the chat.

    The lead's language is the conversation's; a lead without one shows the browser's, from the chat.
    """
    if lead.erased_at is not None:
        return None
    if lead.attribution:
        return attribution.stored(lead.attribution, lead.language)
    read = queries.came_from(session, lead.conversation_id)
    if lead.language:
        return replace(read or attribution.Attribution(), language=lead.language)
    return read


@bp.post("/leads/<lead_id>/deliveries/<delivery_id>/replay")
@login_required
def replay_delivery(lead_id: str, delivery_id: str) -> Any:
    """Make one dead delivery due again (the ``deliveries replay`` command's core), audited with who did it."""
    if len(lead_id) > MAX_LEAD_ID or len(delivery_id) > MAX_LEAD_ID:
        return _not_found()
    with db.transaction() as session:
        delivery = queries.delivery_of(session, lead_id, delivery_id)
        if delivery is None:
            return _not_found()
        destination = delivery.destination
        count = outbox.replay_in(session, [delivery_id])
        if count:
            audit(session, "delivery.replay", {"lead_id": lead_id, "delivery_id": delivery_id, "destination": destination})
    if count:
        flash(f"The delivery to {destination} is queued again; the worker sends it within moments.", "success")
    else:
        flash(f"The delivery to {destination} was not dead any more, so nothing was replayed.", "warning")
    return redirect(url_for("studio.lead", lead_id=lead_id) + "#deliveries", code=303)
