"""Server-side studio sessions (sign-out revokes), and the funnel's covering indexes (issue 8).

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-23

``studio_sessions``: one row per sign-in, named by a SHA-256 of the cookie's
token; the studio checks it on every request, so a revoked (signed out,
password changed) or expired session is refused even with a copied cookie.

The funnel's indexes let the database answer a long period (two years,
100k leads) from indexes alone, without reading the wide ``leads`` rows
(JSON attributes and qualification) one by one:

- ``ix_leads_funnel`` (created_at, stage, status, id, conversation_id):
  the per-day stage and status counts, the qualified leads whose first
  sales action is looked up, and the leads that end a conversation.
- ``ix_leads_booked`` (created_at), partial: the few leads with a booked
  call whose status is not booked/won (the predicate is written the same
  way in ``webhooks.studio.queries.BOOKED_OTHERWISE``).
- ``ix_status_changes_at`` (at, actor, field, lead_id): the first sales
  action of each lead since a period began, in one range scan.
- ``ix_funnel_conversations_period`` (first_user, last_at, last_question,
  sender_id): where abandoned conversations stopped, per period.
- ``ix_funnel_asks_question`` (question, first_user): how many were asked
  each question in a period, one short range per question.
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = '0007'
down_revision: Union[str, Sequence[str], None] = '0006'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

# Copied, not imported (a migration must not change when the code does): the leads with a booked call
# whose status is not booked/won, as ``webhooks.studio.queries.BOOKED_OTHERWISE`` selects them.
BOOKED_SQLITE = "booking IS NOT NULL AND booking NOT IN ('null', '{}') AND status NOT IN ('booked', 'won')"
BOOKED_POSTGRESQL = ("booking IS NOT NULL AND booking NOT IN ('null'::jsonb, '{}'::jsonb)"
                     " AND status NOT IN ('booked', 'won')")


def upgrade() -> None:
    op.create_table('studio_sessions',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('user_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('seen_at', sa.DateTime(), nullable=False),
    sa.Column('revoked_at', sa.DateTime(), nullable=True),
    sa.Column('revoked_why', sa.String(length=40), nullable=True),
    sa.ForeignKeyConstraint(['user_id'], ['studio_users.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('studio_sessions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_studio_sessions_user_id'), ['user_id'], unique=False)
    with op.batch_alter_table('leads', schema=None) as batch_op:
        batch_op.create_index('ix_leads_funnel', ['created_at', 'stage', 'status', 'id', 'conversation_id'], unique=False)
        batch_op.create_index('ix_leads_booked', ['created_at'], unique=False,
                              sqlite_where=sa.text(BOOKED_SQLITE), postgresql_where=sa.text(BOOKED_POSTGRESQL))
    with op.batch_alter_table('status_changes', schema=None) as batch_op:
        batch_op.create_index('ix_status_changes_at', ['at', 'actor', 'field', 'lead_id'], unique=False)
    with op.batch_alter_table('funnel_conversations', schema=None) as batch_op:
        batch_op.create_index('ix_funnel_conversations_period', ['first_user', 'last_at', 'last_question', 'sender_id'],
                              unique=False)
    with op.batch_alter_table('funnel_asks', schema=None) as batch_op:
        batch_op.create_index('ix_funnel_asks_question', ['question', 'first_user'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('funnel_asks', schema=None) as batch_op:
        batch_op.drop_index('ix_funnel_asks_question')
    with op.batch_alter_table('funnel_conversations', schema=None) as batch_op:
        batch_op.drop_index('ix_funnel_conversations_period')
    with op.batch_alter_table('status_changes', schema=None) as batch_op:
        batch_op.drop_index('ix_status_changes_at')
    with op.batch_alter_table('leads', schema=None) as batch_op:
        batch_op.drop_index('ix_leads_booked')
        batch_op.drop_index('ix_leads_funnel')
    with op.batch_alter_table('studio_sessions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_studio_sessions_user_id'))
    op.drop_table('studio_sessions')
