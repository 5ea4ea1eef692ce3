"""The funnel's origin index names each conversation too, so a filtered view joins from it alone (issue 16).

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-03

``ix_funnel_conversations_origin`` (first_user, channel, campaign, language,
page) gains ``sender_id`` at its end. A view filtered by where visitors came
from reads the period's conversations of that origin and then each one's
asks by their primary key (``webhooks.studio.queries._scanned_asks``);
without the conversation's id in the index SQLite read every conversation
row of the period for it (100k leads, 12 weeks, one campaign: that read
took about half the filtered wording table's time). The filters' choices
still read the same index alone.
"""
from typing import Sequence, Union

from alembic import op

revision: str = '0021'
down_revision: Union[str, Sequence[str], None] = '0020'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

ORIGIN = ['first_user', 'channel', 'campaign', 'language', 'page']


def upgrade() -> None:
    with op.batch_alter_table('funnel_conversations', schema=None) as batch_op:
        batch_op.drop_index('ix_funnel_conversations_origin')
        batch_op.create_index('ix_funnel_conversations_origin', [*ORIGIN, 'sender_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('funnel_conversations', schema=None) as batch_op:
        batch_op.drop_index('ix_funnel_conversations_origin')
        batch_op.create_index('ix_funnel_conversations_origin', ORIGIN, unique=False)
