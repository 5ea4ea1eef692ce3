"""Covering indexes for the funnel's wording breakdown and its filters (issue 16).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02

- ``ix_funnel_asks_period`` (first_user, question, variant, answered_at,
  asked_at, sender_id) replaces ``ix_funnel_asks_first_user_question`` and
  ``ix_funnel_asks_question``: the period's asks per question and wording,
  answered or not and how fast, are read from the index alone (with a
  question-first index there, a question filter sent SQLite to the table).
- ``ix_funnel_conversations_origin`` (first_user, channel, campaign,
  language, page): what each filter can be set to, per period.
"""
from typing import Sequence, Union

from alembic import op

revision: str = '0010'
down_revision: Union[str, Sequence[str], None] = '0009'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table('funnel_asks', schema=None) as batch_op:
        batch_op.drop_index('ix_funnel_asks_first_user_question')
        batch_op.drop_index('ix_funnel_asks_question')
        batch_op.create_index('ix_funnel_asks_period',
                              ['first_user', 'question', 'variant', 'answered_at', 'asked_at', 'sender_id'], unique=False)
    with op.batch_alter_table('funnel_conversations', schema=None) as batch_op:
        batch_op.create_index('ix_funnel_conversations_origin', ['first_user', 'channel', 'campaign', 'language', 'page'],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table('funnel_conversations', schema=None) as batch_op:
        batch_op.drop_index('ix_funnel_conversations_origin')
    with op.batch_alter_table('funnel_asks', schema=None) as batch_op:
        batch_op.drop_index('ix_funnel_asks_period')
        batch_op.create_index('ix_funnel_asks_question', ['question', 'first_user'], unique=False)
        batch_op.create_index('ix_funnel_asks_first_user_question', ['first_user', 'question'], unique=False)
