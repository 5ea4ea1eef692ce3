"""What to ask next: the playbook's questions still open, and the one worth most."""

from __future__ import annotations

from typing import Sequence

from nlu.attributes import Attributes

from .bant import LetterScore
from .icp import Criterion
from .playbook import GRADES, Playbook, Question
from .signals import Signals


def _unanswered(attrs: Attributes, attribute: str) -> bool:
    value = getattr(attrs, attribute)
    return value is None or value == ()


def questions_to_ask(playbook: Playbook, attributes: Attributes, signals: Signals) -> list[Question]:
    """The unanswered questions whose conditions hold, in playbook order (the bot's form follows it)."""
    return [
        q for q in playbook.questions
        if _unanswered(attributes, q.attribute) and q.applies(attributes, signals)
    ]


def next_question(
    playbook: Playbook,
    attrs: Attributes,
    signals: Signals,
    stage: str,
    bant: Sequence[LetterScore],
    criteria: Sequence[Criterion],
    fit: float,
) -> str | None:
    """The open question whose best answer would change the outcome most.

    First, answers that could move the lead to a better stage (an email that
    makes an interested visitor an MQL; a BANT or ICP answer that could lift it
    to SQL); then the most points at stake (BANT points missing plus ICP fit
    still unknown). Ties go to the earlier question, so the playbook's order
    breaks them. Disqualified leads need no more questions.
    """
    if stage == "disqualified":
        return None
    icp = playbook.icp
    sql = playbook.stages.sql
    score = 0
    points_gap: dict[str, int] = {}
    for letter in bant:
        score += letter.points
        points_gap[letter.letter] = letter.max_points - letter.points
    fit_gap: dict[str, float] = {}
    for (attribute, gain), found in zip(icp.unknown_gains, criteria):
        if found.met is None:
            fit_gap[attribute] = fit_gap.get(attribute, 0.0) + gain
    min_grade = GRADES.index(sql.min_grade)
    email_moves = stage == "iql" and playbook.stages.mql.interest_when.holds(attrs, signals)
    best: str | None = None
    best_value: tuple[int, float] = (-1, -1.0)
    for q in questions_to_ask(playbook, attrs, signals):
        gain_points = points_gap.get(q.attribute, 0)
        gain_fit = fit_gap.get(q.attribute, 0.0)
        moves = 0
        if stage != "sql":
            if score + gain_points >= sql.min_score and GRADES.index(icp.grade(fit + gain_fit)) <= min_grade:
                moves = 2
            elif email_moves and q.attribute == "email":
                moves = 1
        candidate = (moves, gain_points + gain_fit)
        if candidate > best_value:
            best, best_value = q.id, candidate
    return best
