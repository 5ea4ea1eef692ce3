"""Each cached conversation carries the wording and the answer of the question it stopped at (issue 16).

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-03

``funnel_conversations.last_variant`` and ``last_answered`` repeat what the
conversation's ``funnel_asks`` row for its ``last_question`` says (the
wording shown first, answered or not); ``queries._fold``, the only writer
of both tables, keeps them equal. The funnel's drop-off read
(``webhooks.studio.queries._stops``) then needs no join: it looked up that
ask for each conversation of the period (10,000 at 12 weeks over 100k
leads), two B-tree descents each, most of that read's time.
``ix_funnel_conversations_period`` gains the two columns so the read stays
on the index alone. Existing rows are filled from their asks here.
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = '0018'
down_revision: Union[str, Sequence[str], None] = '0017'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

PERIOD = ['first_user', 'last_at', 'last_question', 'sender_id']
ITS_ASK = ("FROM funnel_asks WHERE funnel_asks.sender_id = funnel_conversations.sender_id"
           " AND funnel_asks.question = funnel_conversations.last_question")


def upgrade() -> None:
    with op.batch_alter_table('funnel_conversations', schema=None) as batch_op:
        batch_op.add_column(sa.Column('last_variant', sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column('last_answered', sa.Boolean(), nullable=True))
        batch_op.drop_index('ix_funnel_conversations_period')
    op.execute(f"UPDATE funnel_conversations SET last_variant = (SELECT variant {ITS_ASK}),"
               f" last_answered = (SELECT answered_at IS NOT NULL {ITS_ASK})"
               " WHERE last_question IS NOT NULL")
    with op.batch_alter_table('funnel_conversations', schema=None) as batch_op:
        batch_op.create_index('ix_funnel_conversations_period',
                              ['first_user', 'last_at', 'last_question', 'last_variant', 'last_answered', 'sender_id'],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table('funnel_conversations', schema=None) as batch_op:
        batch_op.drop_index('ix_funnel_conversations_period')
        batch_op.drop_column('last_answered')
        batch_op.drop_column('last_variant')
        batch_op.create_index('ix_funnel_conversations_period', PERIOD, unique=False)
