"""The funnel's conversation cache: conversations folded from Rasa's tracker events (issue 8).

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23

Rasa's ``events`` table is Rasa's (its tracker store creates it when the bot
first starts, possibly after this migration), so nothing here touches it;
the studio reads new events by id and keeps these small tables instead.
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = '0005'
down_revision: Union[str, Sequence[str], None] = '0004'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table('funnel_conversations',
    sa.Column('sender_id', sa.String(length=255), nullable=False),
    sa.Column('first_user', sa.Float(), nullable=True),
    sa.Column('last_at', sa.Float(), nullable=False),
    sa.Column('last_question', sa.String(length=255), nullable=True),
    sa.Column('last_question_event', sa.BigInteger(), nullable=True),
    sa.PrimaryKeyConstraint('sender_id')
    )
    with op.batch_alter_table('funnel_conversations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_funnel_conversations_first_user'), ['first_user'], unique=False)
    op.create_table('funnel_asks',
    sa.Column('sender_id', sa.String(length=255), nullable=False),
    sa.Column('question', sa.String(length=255), nullable=False),
    sa.Column('first_user', sa.Float(), nullable=True),
    sa.PrimaryKeyConstraint('sender_id', 'question')
    )
    with op.batch_alter_table('funnel_asks', schema=None) as batch_op:
        batch_op.create_index('ix_funnel_asks_first_user_question', ['first_user', 'question'], unique=False)
    # The first sales action per lead, read from the index alone (the funnel's claim times).
    with op.batch_alter_table('status_changes', schema=None) as batch_op:
        batch_op.create_index('ix_status_changes_sales', ['lead_id', 'field', 'actor', 'at'], unique=False)
    op.create_table('funnel_progress',
    sa.Column('name', sa.String(length=40), nullable=False),
    sa.Column('last_event_id', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('name')
    )


def downgrade() -> None:
    with op.batch_alter_table('status_changes', schema=None) as batch_op:
        batch_op.drop_index('ix_status_changes_sales')
    op.drop_table('funnel_progress')
    with op.batch_alter_table('funnel_asks', schema=None) as batch_op:
        batch_op.drop_index('ix_funnel_asks_first_user_question')
    op.drop_table('funnel_asks')
    with op.batch_alter_table('funnel_conversations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_funnel_conversations_first_user'))
    op.drop_table('funnel_conversations')
