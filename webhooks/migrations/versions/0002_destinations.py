"""Destinations: the disqualify reason on leads, and per-channel pacing slots (issue 5).

``leads.status_reason`` keeps why a lead was closed (Slack's Disqualify
modal), so the API shows it and CRMs receive it. ``rate_slots`` holds, per
rate key (e.g. ``slack:C0EMEA``), the earliest moment the next message may
go out; workers take a slot with a compare-and-set update, so every worker
on every machine respects one pace per channel.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23

"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = '0002'
down_revision: Union[str, Sequence[str], None] = '0001'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table('leads') as batch:
        batch.add_column(sa.Column('status_reason', sa.String(length=600), nullable=True))
    op.create_table(
        'rate_slots',
        sa.Column('key', sa.String(length=200), nullable=False),
        sa.Column('next_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('key'),
    )


def downgrade() -> None:
    op.drop_table('rate_slots')
    with op.batch_alter_table('leads') as batch:
        batch.drop_column('status_reason')
