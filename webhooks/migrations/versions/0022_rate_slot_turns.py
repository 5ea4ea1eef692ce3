"""A rate key's pace hands out turns in order: ``rate_slots`` counts them, a waiting delivery keeps its own (issue 18).

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-05

``rate_slots.issued`` and ``rate_slots.served`` (the last turn handed out, the last taken),
``rate_slots.send_seconds`` (how long the key's sends take, which spaces the turns),
``rate_slots.sending_until`` (a send is under way: the next turn waits for its end), and
``deliveries.rate_key`` and ``rate_turn`` (the turn a waiting delivery holds, indexed: a send
wakes the holder of the next turn at its moment). Before, every delivery waiting for a
Slack channel went back to the outbox until the one next free moment, all woke together, one
sent and the rest waited again: a burst of 14 alerts to one channel cost 105 attempts. With a
turn each, a waiter is woken once, at its own moment (``webhooks.delivery.pacing``). Existing
rows start with no turn handed out, which is what they had.
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = '0022'
down_revision: Union[str, Sequence[str], None] = '0021'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table('rate_slots', schema=None) as batch_op:
        batch_op.add_column(sa.Column('issued', sa.Integer(), server_default='0', nullable=False))
        batch_op.add_column(sa.Column('served', sa.Integer(), server_default='0', nullable=False))
        batch_op.add_column(sa.Column('send_seconds', sa.Float(), server_default='0', nullable=False))
        batch_op.add_column(sa.Column('sending_until', sa.DateTime(), nullable=True))
    with op.batch_alter_table('deliveries', schema=None) as batch_op:
        batch_op.add_column(sa.Column('rate_key', sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column('rate_turn', sa.Integer(), nullable=True))
        batch_op.create_index('ix_deliveries_rate_turn', ['rate_key', 'rate_turn'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('deliveries', schema=None) as batch_op:
        batch_op.drop_index('ix_deliveries_rate_turn')
        batch_op.drop_column('rate_turn')
        batch_op.drop_column('rate_key')
    with op.batch_alter_table('rate_slots', schema=None) as batch_op:
        batch_op.drop_column('sending_until')
        batch_op.drop_column('send_seconds')
        batch_op.drop_column('served')
        batch_op.drop_column('issued')
