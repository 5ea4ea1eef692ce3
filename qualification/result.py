"""What qualifying a lead decides, with every reason, as one immutable value."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .bant import LetterScore
from .icp import Criterion
from .playbook import Route


@dataclass(frozen=True, slots=True)
class Qualification:
    """The outcome for one lead: stage, BANT score (0-100), ICP grade (A-D) and why.

    ``route`` is None when the playbook routes this stage nowhere (by default
    IQLs and disqualified leads); ``next_question`` is the id of the open
    question whose answer would change the outcome most.
    """

    stage: str
    score: int
    grade: str
    bant: tuple[LetterScore, ...]
    icp: tuple[Criterion, ...]
    reasons: tuple[str, ...]
    route: Route | None
    next_question: str | None
    fit: float = 0.0
    # The visitor asked for a person; ``route`` is then the playbook's human-request route.
    human_requested: bool = False

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON, as stored with the lead and sent to destinations."""
        route = self.route
        data: dict[str, Any] = {
            "stage": self.stage,
            "score": self.score,
            "grade": self.grade,
            "fit": round(self.fit, 1),
            "bant": [letter.to_dict() for letter in self.bant],
            "icp": [criterion.to_dict() for criterion in self.icp],
            "reasons": list(self.reasons),
            "route": None if route is None else {
                "name": route.name,
                "slack_channel": route.slack_channel,
                "owners": list(route.owners),
                "destinations": list(route.destinations),
                **({"owner_names": dict(route.owner_names)} if route.owner_names else {}),
            },
            "next_question": self.next_question,
        }
        if self.human_requested:
            data["human_requested"] = True
        return data
