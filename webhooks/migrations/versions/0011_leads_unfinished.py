"""The leads whose conversation is not finished, by conversation, for the funnel (issue 16).

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02

``ix_leads_unfinished`` (conversation_id), partial: drafts and drafts sent on
as abandoned (``complete`` false), a small share of the leads. The funnel
counts a conversation as stopped until its lead is finished; with this
index it learns which are not without reading every lead row of the period.
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = '0011'
down_revision: Union[str, Sequence[str], None] = '0010'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

# Copied, not imported (a migration must not change when the code does): ``webhooks.studio.queries.UNFINISHED``.
UNFINISHED_SQLITE = "complete = 0"
UNFINISHED_POSTGRESQL = "complete = false"


def upgrade() -> None:
    with op.batch_alter_table('leads', schema=None) as batch_op:
        batch_op.create_index('ix_leads_unfinished', ['conversation_id'], unique=False,
                              sqlite_where=sa.text(UNFINISHED_SQLITE), postgresql_where=sa.text(UNFINISHED_POSTGRESQL))


def downgrade() -> None:
    with op.batch_alter_table('leads', schema=None) as batch_op:
        batch_op.drop_index('ix_leads_unfinished')
