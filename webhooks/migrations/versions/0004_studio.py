"""Studio users, playbook versions and the studio audit log (issue 8).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23

"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = '0004'
down_revision: Union[str, Sequence[str], None] = '0003'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table('studio_users',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False),
    sa.Column('email', sa.String(length=320), nullable=False),
    sa.Column('password_hash', sa.String(length=400), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('email')
    )
    op.create_table('studio_audit',
    sa.Column('seq', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('actor', sa.String(length=320), nullable=False),
    sa.Column('action', sa.String(length=60), nullable=False),
    sa.Column('details', sa.JSON().with_variant(postgresql.JSONB(), 'postgresql'), nullable=False),
    sa.PrimaryKeyConstraint('seq')
    )
    with op.batch_alter_table('studio_audit', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_studio_audit_action'), ['action'], unique=False)
        batch_op.create_index(batch_op.f('ix_studio_audit_at'), ['at'], unique=False)
    op.create_table('playbook_versions',
    sa.Column('version', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('author', sa.String(length=320), nullable=False),
    sa.Column('note', sa.String(length=500), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('published', sa.Boolean(), nullable=False),
    sa.Column('published_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('version')
    )
    with op.batch_alter_table('playbook_versions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_playbook_versions_published_at'), ['published_at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('playbook_versions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_playbook_versions_published_at'))
    op.drop_table('playbook_versions')
    with op.batch_alter_table('studio_audit', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_studio_audit_at'))
        batch_op.drop_index(batch_op.f('ix_studio_audit_action'))
    op.drop_table('studio_audit')
    op.drop_table('studio_users')
