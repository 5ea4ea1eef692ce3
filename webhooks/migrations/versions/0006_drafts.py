"""Draft leads: a lead the bot posts before the visitor has finished (issues 6 and 7).

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23

``complete`` is false for a draft and for a draft sent on abandoned; every
lead stored before this migration was complete. ``abandon_at`` is set only
while a lead is a draft, and indexed so the worker finds the due ones
without scanning leads; the index is partial (drafts only), so the
many complete leads add nothing to it.
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = '0006'
down_revision: Union[str, Sequence[str], None] = '0005'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table('leads', schema=None) as batch_op:
        batch_op.add_column(sa.Column('complete', sa.Boolean(), server_default=sa.true(), nullable=False))
        batch_op.add_column(sa.Column('abandon_at', sa.DateTime(), nullable=True))
        # Drafts only: the many complete leads (abandon_at NULL) cost this index nothing on insert.
        batch_op.create_index('ix_leads_abandon_at', ['abandon_at'], unique=False,
                              sqlite_where=sa.text('abandon_at IS NOT NULL'),
                              postgresql_where=sa.text('abandon_at IS NOT NULL'))


def downgrade() -> None:
    with op.batch_alter_table('leads', schema=None) as batch_op:
        batch_op.drop_index('ix_leads_abandon_at')
        batch_op.drop_column('abandon_at')
        batch_op.drop_column('complete')
