"""Whether the team a visitor asks for is at work now: the working hours of the human route's owners.

A request for a person goes to the playbook's human route (``routing.human_route``);
someone is fetched when at least one of its owners is inside their working hours
(``scheduling`` in the playbook, in the owner's time zone), as the bot's slots are.
Pure: a playbook and a moment in, a yes or no out.
"""

from __future__ import annotations

from datetime import datetime, timezone

from qualification import Playbook
from scheduling.availability import Availability


def team_at_work(playbook: Playbook, now: datetime | None = None) -> bool:
    moment = (now or datetime.now(timezone.utc)).astimezone(timezone.utc)
    route = playbook.routing.human_route()
    owners = route.owners if route is not None and route.owners else (None,)
    for owner in owners:
        calendar = playbook.scheduling.calendar_for(owner)
        hours = Availability(time_zone=calendar.time_zone or "UTC", working_hours=calendar.working_hours or {})
        local = moment.astimezone(hours.tz)
        for start, end in hours.spans[local.weekday()]:
            if start <= local.time() and (end is None or local.time() < end):
                return True
    return False

