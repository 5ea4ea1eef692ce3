"""Where a lead came from, as plain columns the funnel filters by (issue 16).

Revision ID: 0015
Revises: 0013
Create Date: 2026-12-03

``leads.origin_channel``, ``origin_page`` (the page without its query and
fragment), ``origin_campaign`` (``utm.campaign``) and ``origin_language``
(the language without its region, lower case), computed by the database
from ``attribution`` and ``language`` (PostgreSQL: stored; SQLite: virtual),
so every way a lead is written or erased keeps them right. The funnel's
filters compared expressions over the JSON (``->>``, ``lower``, ``LIKE``
prefixes) for which PostgreSQL keeps no statistics: it guessed 1 lead where
943 matched and chose a nested loop (one website page, 12 weeks, 100k leads:
the claim times alone took 0.5 s). On plain columns it counts them right.

``funnel_conversations.language`` is brought to the same form (``de-DE`` ->
``de``), so a filter is one equality there too.

For later migrations: on SQLite, ``batch_alter_table('leads')`` that has to
copy the table (``recreate='always'``, or an operation SQLite cannot do in
place) fails with "duplicate column name: origin_page" (Alembic's reflection
of generated columns); adding a column or an index (done in place) works.
Such a migration drops these four columns first and adds them back after.
"""
from typing import Sequence, Union

from alembic import op

revision: str = '0015'
down_revision: Union[str, Sequence[str], None] = '0013'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

# Copied, not imported (a migration must not change when the code does): ``webhooks.models.Lead.origin_*``.
POSTGRESQL = {
    "origin_channel": "attribution ->> 'channel'",
    "origin_page": "NULLIF(split_part(split_part(attribution ->> 'page', '#', 1), '?', 1), '')",
    "origin_campaign": "attribution #>> '{utm,campaign}'",
    "origin_language": "NULLIF(lower(split_part(language, '-', 1)), '')",
}


def _before(value: str, mark: str) -> str:
    """SQLite has no split_part: ``value`` up to ``mark`` (all of it without one)."""
    return f"CASE WHEN instr({value}, '{mark}') > 0 THEN substr({value}, 1, instr({value}, '{mark}') - 1) ELSE {value} END"


PAGE_SQLITE = "json_extract(attribution, '$.page')"
SQLITE = {
    "origin_channel": "json_extract(attribution, '$.channel')",
    "origin_page": f"NULLIF({_before(_before(PAGE_SQLITE, '#'), '?')}, '')",
    "origin_campaign": "json_extract(attribution, '$.utm.campaign')",
    "origin_language": f"NULLIF(lower({_before('language', '-')}), '')",
}
LANGUAGE = {"postgresql": "lower(split_part(language, '-', 1))", "sqlite": f"lower({_before('language', '-')})"}


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    expressions, kind = (POSTGRESQL, "STORED") if dialect == "postgresql" else (SQLITE, "VIRTUAL")
    for name, expression in expressions.items():
        op.execute(f"ALTER TABLE leads ADD COLUMN {name} TEXT GENERATED ALWAYS AS ({expression}) {kind}")
    op.execute(f"UPDATE funnel_conversations SET language = {LANGUAGE[dialect]} WHERE language LIKE '%-%'"
               " OR language <> lower(language)")


def downgrade() -> None:
    for name in POSTGRESQL:
        op.execute(f"ALTER TABLE leads DROP COLUMN {name}")
