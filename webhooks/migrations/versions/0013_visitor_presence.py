"""Whether a conversation's visitor is on the page now (issue 19): ``visitor_presence``.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-02

One row per conversation whose widget connected, written when the visitor's
last tab closes (or its heartbeat stops) and when a tab of theirs opens again;
the lead's Slack alert shows it. Keyed by the conversation, not the lead: the
visitor is on the page before any lead exists. Erased with the conversation.
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = '0013'
down_revision: Union[str, Sequence[str], None] = '0012'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table('visitor_presence',
    sa.Column('conversation_id', sa.String(length=200), nullable=False),
    sa.Column('on_page', sa.Boolean(), nullable=False),
    sa.Column('changed_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('conversation_id'),
    )


def downgrade() -> None:
    op.drop_table('visitor_presence')
