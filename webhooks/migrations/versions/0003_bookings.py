"""Bookings: calls visitors book in the chat, one per owner and start (issue 7).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23

"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = '0003'
down_revision: Union[str, Sequence[str], None] = '0002'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table('bookings',
    sa.Column('id', sa.String(length=40), nullable=False),
    sa.Column('lead_id', sa.String(length=40), nullable=False),
    sa.Column('owner', sa.String(length=100), nullable=False),
    sa.Column('starts_at', sa.DateTime(), nullable=False),
    sa.Column('ends_at', sa.DateTime(), nullable=False),
    sa.Column('time_zone', sa.String(length=64), nullable=False),
    sa.Column('token', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['lead_id'], ['leads.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('lead_id'),
    sa.UniqueConstraint('token'),
    sa.UniqueConstraint('owner', 'starts_at', name='uq_bookings_owner_starts_at'),
    )


def downgrade() -> None:
    op.drop_table('bookings')
