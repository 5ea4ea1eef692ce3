"""``qualify``: one lead's attributes and signals, judged by the playbook."""

from __future__ import annotations

from nlu.attributes import Attributes

from .bant import score_bant
from .icp import assess_icp, excluded
from .playbook import Playbook
from .questions import next_question
from .result import Qualification
from .routing import route_for
from .signals import Signals
from .stage import decide_stage

_NO_SIGNALS = Signals()


def qualify(attributes: Attributes, playbook: Playbook, signals: Signals = _NO_SIGNALS) -> Qualification:
    """Score, grade, stage, route and next question for a lead, each with its reasons.

    Pure and deterministic: the same attributes, signals and playbook always
    give the same qualification, whatever subset of attributes is known.
    """
    bant = score_bant(attributes, playbook.bant, playbook.company)
    score = min(100, sum(letter.points for letter in bant))
    criteria, fit, grade = assess_icp(attributes, playbook.icp, playbook.company)
    exclusion = excluded(attributes, playbook.icp.exclusions)
    stage, reasons = decide_stage(attributes, signals, playbook, score, grade, exclusion)
    route = route_for(playbook.routing, stage, attributes, grade, signals.language)
    if signals.human_requested:
        # A person asked for is answered by a person, whatever the stage.
        route = playbook.routing.human_route() or route
        reasons = (*reasons, "asked to talk to a person")
    return Qualification(
        stage=stage,
        score=score,
        grade=grade,
        bant=bant,
        icp=criteria,
        reasons=reasons,
        route=route,
        next_question=next_question(playbook, attributes, signals, stage, bant, criteria, fit),
        fit=fit,
        human_requested=signals.human_requested,
    )
