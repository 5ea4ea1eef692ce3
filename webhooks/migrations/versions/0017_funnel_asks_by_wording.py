"""The funnel's asks indexed by question and wording first, then the period (issue 16: the 12-week view).

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-03

``ix_funnel_asks_wording`` (question, variant, first_user, answered_at,
asked_at, sender_id) replaces ``ix_funnel_asks_period`` (first_user first).
The funnel now reads each (question, wording) pair's asks of the period as
one range of this index, counted without a GROUP BY
(``webhooks.studio.queries._asks``): grouping the period's asks by question,
wording and answer time made SQLite sort every ask of the period (about
50,000 at 12 weeks over 100k leads), most of the 12-week view's time.
"""
from typing import Sequence, Union

from alembic import op

revision: str = '0017'
down_revision: Union[str, Sequence[str], None] = '0016'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table('funnel_asks', schema=None) as batch_op:
        batch_op.drop_index('ix_funnel_asks_period')
        batch_op.create_index('ix_funnel_asks_wording',
                              ['question', 'variant', 'first_user', 'answered_at', 'asked_at', 'sender_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('funnel_asks', schema=None) as batch_op:
        batch_op.drop_index('ix_funnel_asks_wording')
        batch_op.create_index('ix_funnel_asks_period',
                              ['first_user', 'question', 'variant', 'answered_at', 'asked_at', 'sender_id'], unique=False)
