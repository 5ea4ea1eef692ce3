"""A salesperson in the visitor's chat (issue 19): ``handoffs`` and ``handoff_messages``.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02

``handoffs``: one row per salesperson's turn in a lead's chat (Join chat to
Hand back), found by the alert's thread (``ix_handoffs_thread``) when a
reply arrives from Slack. ``handoff_messages``: what both sides said, kept
with the lead and removed with it (``ON DELETE CASCADE`` from ``leads``).
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = '0009'
down_revision: Union[str, Sequence[str], None] = '0008'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

Serial = sa.BigInteger().with_variant(sa.Integer(), 'sqlite')


def upgrade() -> None:
    op.create_table('handoffs',
    sa.Column('seq', Serial, nullable=False, autoincrement=True),
    sa.Column('lead_id', sa.String(length=40), nullable=False),
    sa.Column('conversation_id', sa.String(length=200), nullable=False),
    sa.Column('channel', sa.String(length=40), nullable=False),
    sa.Column('thread_ts', sa.String(length=40), nullable=False),
    sa.Column('agent_id', sa.String(length=40), nullable=False),
    sa.Column('agent_name', sa.String(length=100), nullable=False),
    sa.Column('state', sa.String(length=10), nullable=False),
    sa.Column('joined_at', sa.DateTime(), nullable=False),
    sa.Column('ended_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['lead_id'], ['leads.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('seq'),
    )
    op.create_index('ix_handoffs_lead_id', 'handoffs', ['lead_id'])
    op.create_index('ix_handoffs_conversation_id', 'handoffs', ['conversation_id'])
    op.create_index('ix_handoffs_thread', 'handoffs', ['channel', 'thread_ts', 'state'])
    op.create_table('handoff_messages',
    sa.Column('seq', Serial, nullable=False, autoincrement=True),
    sa.Column('handoff_seq', Serial, nullable=False),
    sa.Column('lead_id', sa.String(length=40), nullable=False),
    sa.Column('author', sa.String(length=10), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['handoff_seq'], ['handoffs.seq'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['lead_id'], ['leads.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('seq'),
    )
    op.create_index('ix_handoff_messages_handoff_seq', 'handoff_messages', ['handoff_seq'])
    op.create_index('ix_handoff_messages_lead_id', 'handoff_messages', ['lead_id'])


def downgrade() -> None:
    op.drop_table('handoff_messages')
    op.drop_table('handoffs')
