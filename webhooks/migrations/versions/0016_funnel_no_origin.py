"""The funnel's conversations without an origin, indexed apart (issue 16: an erased lead is no drop-off).

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-03

``ix_funnel_conversations_no_origin`` (first_user, sender_id) holds only the
cache rows without a channel: those whose lead was erased (erasure clears
the origin and deletes the chat) and the rare chat with no input channel.
The funnel finds a period's erased conversations among them
(``webhooks.studio.queries._erased``) without leaving the drop-off read's
covering index: a condition on ``channel`` inside that read cost it a third
more on SQLite, and reading them through ``ix_funnel_conversations_first_user``
visited every row of the period.
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = '0016'
down_revision: Union[str, Sequence[str], None] = '0015'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

NO_ORIGIN = "channel IS NULL"


def upgrade() -> None:
    with op.batch_alter_table('funnel_conversations', schema=None) as batch_op:
        batch_op.create_index('ix_funnel_conversations_no_origin', ['first_user', 'sender_id'], unique=False,
                              sqlite_where=sa.text(NO_ORIGIN), postgresql_where=sa.text(NO_ORIGIN))


def downgrade() -> None:
    with op.batch_alter_table('funnel_conversations', schema=None) as batch_op:
        batch_op.drop_index('ix_funnel_conversations_no_origin')
