"""The funnel's cache learns where a conversation came from and which wording each question was asked in (issue 16).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02

``funnel_conversations`` gains the visitor's channel, page, UTM campaign and
language (from their first message's metadata); ``funnel_asks`` gains when a
question was first asked, in which wording (``funnel_wordings``), and when it
was answered. The cache is emptied, so the next funnel view folds Rasa's
events again and fills the new columns for past conversations too.
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = '0008'
down_revision: Union[str, Sequence[str], None] = '0007'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.execute("DELETE FROM funnel_asks")
    op.execute("DELETE FROM funnel_conversations")
    op.execute("DELETE FROM funnel_progress")
    with op.batch_alter_table('funnel_conversations', schema=None) as batch_op:
        batch_op.add_column(sa.Column('channel', sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column('page', sa.String(length=500), nullable=True))
        batch_op.add_column(sa.Column('campaign', sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column('language', sa.String(length=35), nullable=True))
    with op.batch_alter_table('funnel_asks', schema=None) as batch_op:
        batch_op.add_column(sa.Column('asked_at', sa.Float(), nullable=True))
        batch_op.add_column(sa.Column('ask_event', sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column('variant', sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column('answered_at', sa.Float(), nullable=True))
    op.create_table('funnel_wordings',
    sa.Column('key', sa.String(length=16), nullable=False),
    sa.Column('question', sa.String(length=255), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )


def downgrade() -> None:
    op.drop_table('funnel_wordings')
    with op.batch_alter_table('funnel_asks', schema=None) as batch_op:
        batch_op.drop_column('answered_at')
        batch_op.drop_column('variant')
        batch_op.drop_column('ask_event')
        batch_op.drop_column('asked_at')
    with op.batch_alter_table('funnel_conversations', schema=None) as batch_op:
        batch_op.drop_column('language')
        batch_op.drop_column('campaign')
        batch_op.drop_column('page')
        batch_op.drop_column('channel')
