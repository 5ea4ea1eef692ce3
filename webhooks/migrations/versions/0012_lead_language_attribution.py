"""A lead's language and attribution, and how each answer came to be known (issues 14, 15, 16).

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-02

``leads.language`` (ISO 639-1), ``leads.attribution`` (JSON: channel, page,
referrer, UTM) and ``answers.source`` (given, corrected, confirmed, heard,
chat). All nullable: leads and answers stored before them, and sources that
do not send them, have none.
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = '0012'
down_revision: Union[str, Sequence[str], None] = '0011'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

Json = sa.JSON().with_variant(postgresql.JSONB(), 'postgresql')


def upgrade() -> None:
    with op.batch_alter_table('leads', schema=None) as batch_op:
        batch_op.add_column(sa.Column('language', sa.String(length=8), nullable=True))
        batch_op.add_column(sa.Column('attribution', Json, nullable=True))
    with op.batch_alter_table('answers', schema=None) as batch_op:
        batch_op.add_column(sa.Column('source', sa.String(length=16), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('answers', schema=None) as batch_op:
        batch_op.drop_column('source')
    with op.batch_alter_table('leads', schema=None) as batch_op:
        batch_op.drop_column('attribution')
        batch_op.drop_column('language')
