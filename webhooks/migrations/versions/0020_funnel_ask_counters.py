"""Per-day counters of the funnel's asks per question and wording, kept with the asks (issue 16: 100k leads).

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-03

``funnel_ask_days`` (question, variant, day: asked, answered) and
``funnel_answer_times`` (question, variant, week, seconds: answers), where
``day`` is the conversation's day (days since 1970-01-01 UTC of its first
visitor message), ``week`` the day of that week's Monday (the funnel's
periods are whole weeks), ``variant`` ``''`` an ask without a recorded
wording, and ``seconds`` the answer time's bucket (whole seconds under a minute, then
10 s to 10 minutes, minutes to an hour, 10 minutes beyond; named by its first
second). ``webhooks.studio.queries._fold``, the only writer of
``funnel_asks``, changes both in the same transaction. The unfiltered
wording table then sums a few rows per day and pair instead of reading
every ask of the period (100k leads, 12 weeks: about 50,000 asks). Filled
here from the asks already cached.
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = '0020'
down_revision: Union[str, Sequence[str], None] = '0019'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

# Copied, not imported (a migration must not change when the code does): ``funnel_stats.epoch_day``,
# ``epoch_monday`` and ``answer_bucket`` (half up: SQLite truncates, which rounds a time plus a half down for any time after -0.5).
DAY = {"sqlite": "CAST(first_user / 86400 AS INTEGER)", "postgresql": "CAST(floor(first_user / 86400) AS INTEGER)"}
WHOLE = {"sqlite": "CAST(answered_at - asked_at + 0.5 AS INTEGER)",
         "postgresql": "CAST(floor(answered_at - asked_at + 0.5) AS INTEGER)"}
BUCKET = ("CASE WHEN s < 60 THEN s WHEN s < 600 THEN s - s % 10 WHEN s < 3600 THEN s - s % 60"
          " ELSE s - s % 600 END")


def upgrade() -> None:
    op.create_table(
        'funnel_ask_days',
        sa.Column('question', sa.String(length=255), nullable=False),
        sa.Column('variant', sa.String(length=16), nullable=False),
        sa.Column('day', sa.Integer(), autoincrement=False, nullable=False),
        sa.Column('asked', sa.Integer(), nullable=False),
        sa.Column('answered', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('question', 'variant', 'day'),
    )
    op.create_table(
        'funnel_answer_times',
        sa.Column('question', sa.String(length=255), nullable=False),
        sa.Column('variant', sa.String(length=16), nullable=False),
        sa.Column('week', sa.Integer(), autoincrement=False, nullable=False),
        sa.Column('seconds', sa.Integer(), autoincrement=False, nullable=False),
        sa.Column('answers', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('question', 'variant', 'week', 'seconds'),
    )
    dialect = op.get_bind().dialect.name
    op.execute(
        "INSERT INTO funnel_ask_days (question, variant, day, asked, answered)"
        f" SELECT question, COALESCE(variant, ''), {DAY[dialect]}, count(*), count(answered_at) FROM funnel_asks"
        f" WHERE first_user IS NOT NULL GROUP BY question, COALESCE(variant, ''), {DAY[dialect]}"
    )
    op.execute(
        "INSERT INTO funnel_answer_times (question, variant, week, seconds, answers)"
        f" SELECT question, variant, day - (day + 3) % 7, {BUCKET} AS bucket, count(*) FROM ("
        f"  SELECT question, COALESCE(variant, '') AS variant, {DAY[dialect]} AS day,"
        f"   CASE WHEN {WHOLE[dialect]} < 0 THEN 0 ELSE {WHOLE[dialect]} END AS s FROM funnel_asks"
        "   WHERE first_user IS NOT NULL AND answered_at IS NOT NULL AND asked_at IS NOT NULL"
        f" ) AS answers GROUP BY question, variant, day - (day + 3) % 7, {BUCKET}"
    )


def downgrade() -> None:
    op.drop_table('funnel_answer_times')
    op.drop_table('funnel_ask_days')
